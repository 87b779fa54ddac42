"""Learned models stored inside the project (table ``learned_models``).

A row holds one trained model (``ProjectModel``): the project's own CRF
and the candidate scorer trained on the project's gold over the bundled
model's opinion.

- ``blob``: the CRF's crfsuite model file, byte for byte;
- ``version``: ``model-<n>-<data hash prefix>``, unique in the project and
  written on every suggestion the model scores;
- ``data_hash``: the digest of the gold it was trained on (data.data_hash);
- ``format``: ``MODEL_FORMAT``, the layout of the row and the feature recipe;
- ``evaluation``: JSON ``{"cv": <cross-validation, evaluate_cv>,
  "model": <the CRF's labels, gold terms, parameters, training figures>,
  "scorer": <the scorer's weights and calibration>, "base": <the bundled
  model it extends>, "documents": <the gold documents it saw>, "adapter": <when
  set, the adapter of the bundled model that suggests instead (adapter.py)>}``;
- ``active``: 1 for the one model suggestions come from. ``train`` stores
  every model it trains, and activates it only when its cross-validation
  beats what is active (``--force`` overrides).

Storing a model is a ``model.trained`` event in the same transaction (with
its F1 and the SHA-256 of its evaluation and CRF, which ``verify`` checks); a
model that this version cannot read (an older format, or an unreadable
blob) is retired — ``active = 0`` with a ``model.retired`` event — when it
is loaded, so the app carries on with its rules. A model of a *newer*
format is left alone (the newer Biaozhu that wrote it still reads it) and
simply not used."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from models.errors import InvalidInput, NotFound
from models.learn.adapter import Adapter
from models.learn.crf import CrfModel, CrfTagger
from models.learn.scorer import ScorerModel
from models.store.history import utc_now
from models.store.replay import evaluation_f1, model_content_hash

if TYPE_CHECKING:
    from models.store import Project

# Bump whenever the features (features.FEATURE_SET, span_features.SPAN_FEATURES)
# or the stored layout change.
MODEL_FORMAT = 3
# A record whose model is an adapter of the bundled model (adapter.py): a
# Biaozhu that reads format 3 alone would suggest with the project's CRF and
# scorer stored beside it, the contestant the training did not keep; it sees
# a newer format instead and leaves the model to the Biaozhu that wrote it.
ADAPTER_FORMAT = 4
READ_FORMATS = (MODEL_FORMAT, ADAPTER_FORMAT)
MODEL_NAME = "model"


@dataclass
class ProjectModel:
    """What a project's training produces: its CRF, its scorer, the version of
    the bundled model it extends, and its record once stored."""

    crf: CrfModel
    scorer: ScorerModel
    base: str
    documents: list[str]
    version: str = ""
    proposes: bool = True  # whether its CRF reads the text (else only its scorer counts)
    # When set, what suggests is the bundled model moved by this adapter
    # (``adapter.Adapter``): the training measured it cheaper than the
    # project's own CRF and scorer, which are stored beside it all the same.
    adapter: Adapter | None = None

    @cached_property
    def tagger(self) -> CrfTagger:
        return CrfTagger(self.crf, self.version)


_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelRecord:
    id: int
    name: str
    version: str
    created: str
    data_hash: str
    format: int
    active: bool
    evaluation: dict[str, Any]

    @property
    def cv(self) -> dict[str, Any]:
        return self.evaluation.get("cv") or {}

    @property
    def training(self) -> dict[str, Any]:
        return (self.evaluation.get("model") or {}).get("training") or {}


_COLUMNS = "id, name, version, created, data_hash, format, active, evaluation"


@dataclass(frozen=True)
class ModelSummary:
    """What a person choosing between stored models compares: when it was
    trained, on how much gold, and what its cross-validation measured
    (None where the model was stored without an evaluation)."""

    version: str
    created: str
    documents: int
    active: bool
    readable: bool  # whether this Biaozhu can load it (its name and format)
    actions_per_span: float | None
    f1: dict[str, float]  # per label, in the order the evaluation lists them


def summarize(record: ModelRecord) -> ModelSummary:
    """The figures of a stored model, read from its stored evaluation."""
    # the contestant the training kept: the project's own model, or the
    # adapter of the bundled model (whose figures are its own, not "new"'s)
    kept = "adapter" if (record.cv.get("contest") or {}).get("kept") == "adapter" else "new"
    new = (record.cv.get("systems") or {}).get(kept) or {}
    per_label = new.get("labels") or {}
    f1 = {
        label: float(per_label[label]["f1"])
        for label in record.cv.get("labels") or []
        if isinstance(per_label.get(label), dict) and "f1" in per_label[label]
    }
    actions = new.get("actions_per_span")
    return ModelSummary(
        version=record.version,
        created=record.created,
        documents=len(record.evaluation.get("documents") or []),
        active=record.active,
        readable=record.name == MODEL_NAME and record.format in READ_FORMATS,
        actions_per_span=float(actions) if actions is not None else None,
        f1=f1,
    )


def _record(row: tuple) -> ModelRecord:
    mid, name, version, created, digest, fmt, active, evaluation = row
    try:
        data = json.loads(evaluation or "{}")
    except ValueError:
        data = {}
    return ModelRecord(
        mid,
        name,
        version,
        created,
        digest,
        int(fmt),
        bool(active),
        data if isinstance(data, dict) else {},
    )


def list_models(project: Project) -> list[ModelRecord]:
    """Every stored model, oldest first."""
    rows = project.conn.execute(f"SELECT {_COLUMNS} FROM learned_models ORDER BY id")
    return [_record(r) for r in rows]


def active_record(project: Project) -> ModelRecord | None:
    row = project.conn.execute(
        f"SELECT {_COLUMNS} FROM learned_models WHERE active = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _record(row) if row else None


def store_model(
    project: Project,
    model: ProjectModel,
    *,
    data_hash: str,
    evaluation: dict[str, Any] | None = None,
    activate: bool = True,
    annotator: str | None = None,
) -> ModelRecord:
    """Store a trained model (a ``model.trained`` event), as the project's
    active one when ``activate``."""
    who = annotator or project.annotator
    stored = {
        "cv": evaluation or {},
        "model": model.crf.meta(),
        "scorer": model.scorer.as_dict(),
        "base": model.base,
        "documents": model.documents,
        "proposes": model.proposes,
    }
    if model.adapter is not None:
        stored["adapter"] = model.adapter.as_dict()
    evaluation_text = json.dumps(stored, ensure_ascii=False)
    blob = model.crf.model_bytes
    fmt = MODEL_FORMAT if model.adapter is None else ADAPTER_FORMAT
    with project.transaction():
        seq = project.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM learned_models"
        ).fetchone()[0]
        version = f"{MODEL_NAME}-{seq}-{data_hash[:8]}"
        previous = [
            r[0]
            for r in project.conn.execute(
                "SELECT version FROM learned_models WHERE active = 1 ORDER BY id"
            )
        ]
        if activate:
            project.conn.execute("UPDATE learned_models SET active = 0 WHERE active = 1")
        else:
            previous = []
        created = utc_now()
        cur = project.conn.execute(
            "INSERT INTO learned_models (name, version, created, data_hash, format, evaluation,"
            " blob, active) VALUES (?,?,?,?,?,?,?,?)",
            (
                MODEL_NAME,
                version,
                created,
                data_hash,
                fmt,
                evaluation_text,
                sqlite3.Binary(blob),
                int(activate),
            ),
        )
        project.events.append(
            who,
            "model.trained",
            None,
            version,
            {"active": previous} if previous else None,
            {
                "name": MODEL_NAME,
                "version": version,
                "format": fmt,
                "data_hash": data_hash,
                "labels": model.crf.labels,
                "training": model.crf.training,
                "active": activate,
                "f1": summary_f1(evaluation),
                # what the row holds besides this record, so that verify
                # finds its figures or its weights changed by hand
                "sha256": model_content_hash(evaluation_text, blob),
                # when it was trained, which models and Suggester models… list:
                # verify holds the row's time to it
                "created": created,
            },
        )
        row = project.conn.execute(
            f"SELECT {_COLUMNS} FROM learned_models WHERE id = ?", (cur.lastrowid,)
        ).fetchone()
    return _record(row)


def summary_f1(evaluation: dict[str, Any] | None) -> dict[str, float] | None:
    """Per-label F1 of the trained model in an evaluation, for the history."""
    return evaluation_f1(evaluation)


def retire(project: Project, version: str, reason: str, *, annotator: str | None = None) -> None:
    """Stop using a model (active = 0) and say why in the history."""
    with project.transaction():
        row = project.conn.execute(
            "SELECT active FROM learned_models WHERE version = ?", (version,)
        ).fetchone()
        if row is None:
            raise NotFound("no model {version!r} in this project", version=version)
        if not row[0]:
            return
        project.conn.execute("UPDATE learned_models SET active = 0 WHERE version = ?", (version,))
        project.events.append(
            annotator or project.annotator,
            "model.retired",
            None,
            version,
            {"active": True},
            {"active": False, "reason": reason},
        )
    _forget(project, version)


def activate(project: Project, version: str, *, annotator: str | None = None) -> None:
    """Make a stored model the active one again (checked readable first)."""
    row = project.conn.execute(
        "SELECT name, format, evaluation, blob FROM learned_models WHERE version = ?", (version,)
    ).fetchone()
    if row is None:
        raise NotFound("no model {version!r} in this project", version=version)
    _build(version, *row)  # raises InvalidInput when this version cannot read it
    with project.transaction():
        previous = [
            r[0]
            for r in project.conn.execute(
                "SELECT version FROM learned_models WHERE active = 1 AND version != ?", (version,)
            )
        ]
        project.conn.execute("UPDATE learned_models SET active = (version = ?)", (version,))
        project.events.append(
            annotator or project.annotator,
            "model.activated",
            None,
            version,
            {"active": previous} if previous else None,
            {"active": version},
        )


# -- loading ------------------------------------------------------------------------

_CACHE_SIZE = 4
_cache: OrderedDict[tuple[str, str, str, str], ProjectModel] = OrderedDict()
_cache_lock = threading.Lock()


def _forget(project: Project, version: str) -> None:
    with _cache_lock:
        for key in [k for k in _cache if k[:2] == (project.project_id, version)]:
            del _cache[key]


def _check_format(version: str, name: str, fmt: int) -> None:
    if name != MODEL_NAME:
        raise InvalidInput(
            "model {version} is a {name!r} model; this Biaozhu reads {model_name!r}",
            version=version,
            name=name,
            model_name=MODEL_NAME,
        )
    if fmt not in READ_FORMATS:
        raise InvalidInput(
            "model {version} has format {fmt}; this Biaozhu reads format {model_format}",
            version=version,
            fmt=fmt,
            model_format=MODEL_FORMAT if fmt < MODEL_FORMAT else ADAPTER_FORMAT,
        )


def _build(version: str, name: str, fmt: int, evaluation: str, blob: bytes) -> ProjectModel:
    _check_format(version, name, fmt)
    try:
        stored = json.loads(evaluation or "{}")
        meta, scorer = stored.get("model"), stored.get("scorer")
    except (ValueError, AttributeError):
        meta = scorer = None
    if not isinstance(meta, dict) or not isinstance(scorer, dict):
        raise InvalidInput("model {version} has no feature description", version=version)
    documents = stored.get("documents") or []
    if not isinstance(documents, list):  # edited by hand: else a TypeError on every suggestion
        raise InvalidInput(
            "the stored model's description is incomplete ({exc})",
            exc=f"documents is {type(documents).__name__}, not a list",
        )
    model = ProjectModel(
        CrfModel.from_parts(blob, meta),
        ScorerModel.from_dict(scorer),
        str(stored.get("base") or ""),
        [str(d) for d in documents],
        version,
        bool(stored.get("proposes", True)),
        Adapter.from_dict(stored["adapter"]) if stored.get("adapter") is not None else None,
    )
    model.tagger  # noqa: B018 - raises InvalidInput when crfsuite cannot read it
    return model


def load(project: Project, version: str) -> ProjectModel:
    """One stored model; InvalidInput if this version cannot read it.
    Models are cached per process (a model row never changes once written)."""
    head = project.conn.execute(
        "SELECT name, format, created, data_hash FROM learned_models WHERE version = ?",
        (version,),
    ).fetchone()
    if head is None:
        raise NotFound("no model {version!r} in this project", version=version)
    name, fmt, created, digest = head
    _check_format(version, name, fmt)
    key = (project.project_id, version, created, digest)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    row = project.conn.execute(
        "SELECT name, format, evaluation, blob FROM learned_models WHERE version = ?", (version,)
    ).fetchone()
    suggester = _build(version, *row)
    with _cache_lock:
        _cache[key] = suggester
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return suggester


def load_active(project: Project) -> ProjectModel | None:
    """The active model; None when there is none this version can use.

    An active model of an older format, or one crfsuite cannot read, is
    retired with a ``model.retired`` event; one of a newer format is left
    active for the newer Biaozhu and skipped here."""
    row = project.conn.execute(
        "SELECT version, name, format FROM learned_models WHERE active = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    version, name, fmt = row
    if name == MODEL_NAME and fmt > ADAPTER_FORMAT:
        _log.warning(
            "model %s has format %s, newer than this Biaozhu reads (%s); not used",
            version,
            fmt,
            ADAPTER_FORMAT,
        )
        return None
    try:
        return load(project, version)
    except InvalidInput as exc:
        reason = str(exc)
    _log.warning("retiring model %s: %s", version, reason)
    try:
        retire(project, version, reason)
    except sqlite3.Error as exc:  # a read-only file: carry on without the model
        _log.warning("could not retire model %s (%s)", version, exc)
    return None
