"""Training a project's learned suggester end to end: read the gold,
evaluate by cross-validation, train on all of it, store the model as the
active one. What ``biaozhu train`` and the GUI call."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.learn.crf import CrfParams, train_crf
from models.learn.data import data_hash, require_gold
from models.learn.evaluate_cv import RulesFactory, cross_validate, default_rules
from models.learn.registry import ModelRecord, store_model
from models.progress import NoProgress, Progress

if TYPE_CHECKING:
    from models.store import Project

_DEFAULT = object()


@dataclass(frozen=True)
class TrainResult:
    record: ModelRecord
    evaluation: dict[str, Any] | None
    documents: int
    characters: int
    spans: int
    seconds: float  # the final training alone, without the evaluation


def train_project(
    project: Project,
    *,
    folds: int | None = None,
    params: CrfParams | None = None,
    rules: RulesFactory | None | object = _DEFAULT,
    progress: Progress | None = None,
) -> TrainResult:
    """Train on the project's gold and make the model the active suggester.

    ``folds``: None for the default evaluation (5-fold, or a held-out fifth
    for big projects), 0 for none, k >= 2 for k-fold. ``rules``: the rule
    ensemble to compare with (default: the bundled rules), None for none.
    Raises InvalidInput when the project has no gold."""
    progress = progress or NoProgress()
    docs = require_gold(project)
    digest = data_hash(docs)
    if rules is _DEFAULT:
        rules = default_rules()
    evaluation = None
    if folds != 0 and len(docs) >= 2:
        evaluation = cross_validate(
            docs, folds=folds, params=params, rules=rules, progress=progress
        )
    began = time.perf_counter()
    model = train_crf(docs, params, progress=progress, what="training")
    seconds = time.perf_counter() - began
    record = store_model(project, model, data_hash=digest, evaluation=evaluation)
    return TrainResult(
        record=record,
        evaluation=evaluation,
        documents=len(docs),
        characters=sum(len(d.text) for d in docs),
        spans=sum(len(d.spans) for d in docs),
        seconds=seconds,
    )
