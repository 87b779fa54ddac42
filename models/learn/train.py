"""Training a project's own model end to end: read the gold, cross-validate
the new model against what is active, train it on all of the gold, store
it, and make it the active one only when it measured better (or when the
caller insists). What ``biaozhu train`` and the GUI call.

The project's model extends the bundled one: its CRF learns the project's
gold and proposes names everywhere, and its scorer learns from the bundled
scorer's own training candidates and the project's, so a few finished
documents adjust the bundled model rather than replace it, and a large,
differently annotated gold (CLUENER imported as a project) takes over where
it measures better. Whether the CRF's names are offered at all is measured
too (``evaluate_cv.project_scorer``): over a few documents, the scorer
retrained on them without the CRF is often the cheaper."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.errors import InvalidInput, Message, counted
from models.learn import steps
from models.learn.adapter import Adapter
from models.learn.bundled import BundledModel, bundled_model
from models.learn.crf import CrfParams, train_crf
from models.learn.data import TrainingDoc, data_hash, require_gold
from models.learn.evaluate_cv import (
    LEAVE_BUNDLED_CONFIDENCE,
    WORKER_MODULES,
    ActiveModel,
    awaited,
    cross_validate,
)
from models.learn.registry import ModelRecord, ProjectModel, active_record, load_active, store_model
from models.learn.scorer import ScorerModel, ScorerParams
from models.learn.workers import Workers
from models.progress import NoProgress, Progress
from models.store.history import chain_problem

if TYPE_CHECKING:
    from models.store import Project

# The project's scorer learns each feature twice, shared with the bundled
# model's candidates and as the project's own copy (scorer.augmented). How
# strongly L2 pulls the weights (the project's copies towards zero, the
# shared ones towards what every domain agrees on) decides how much the
# project's gold weighs against the shipped examples. No one setting suits
# every project: the bundled scorer's c2 1.0 keeps a few documents from
# overruling it, while a large gold with its own conventions (CLUENER train,
# 5-fold: company F1 0.757 with 1.0, 0.779 with 0.1) must take over. A
# training tries these, strongest first, and keeps the one whose
# cross-validated suggestions cost the curator least (evaluate_cv); on fewer
# tested documents than evaluate_cv.SETTINGS_FROM_DOCUMENTS, too few to
# tell them apart, it tries the first alone.
PROJECT_SCORERS = (ScorerParams(c2=1.0), ScorerParams(c2=0.3), ScorerParams(c2=0.1))


@dataclass(frozen=True)
class TrainResult:
    record: ModelRecord
    evaluation: dict[str, Any] | None
    documents: int
    characters: int
    spans: int
    seconds: float  # the final training alone, without the evaluation (0 when reused)
    activated: bool
    reason: str  # why it was or was not activated, one sentence
    # what the history's chain does not prove of the gold trained on (a label
    # and its event edited together with sqlite3), in one line; None when it
    # proves it all. Training goes on (not refused): the model learns the
    # tables as they hold it, and whoever trained is told
    unproven: Message | None = None


def train_project(
    project: Project,
    *,
    folds: int | None = None,
    params: CrfParams | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> TrainResult:
    """Train on the project's gold; activate the model when its
    cross-validation costs the curator less than what suggests now (the
    bundled model, beyond the noise of few documents, or the active one; a
    tie keeps what is active: ``evaluate_cv.compare``), or when ``force``;
    never unmeasured: where the bundled model learned every tested document
    there is nothing to compare it with, and it is stored inactive.
    ``folds``: None for the default evaluation (5-fold, or a
    held-out fifth for big projects), k >= 2 for k-fold. Raises InvalidInput
    when the project has no gold to learn from."""
    if folds is not None and folds < 2:
        raise InvalidInput(
            "training needs cross-validation (at least 2 folds): its scorer learns "
            "from candidates judged by models that did not see them"
        )
    progress = progress or NoProgress()
    docs = require_gold(project)
    if len(docs) < 2:
        raise InvalidInput("training needs at least 2 gold documents, the project has 1")
    unproven = unproven_gold(project)
    base = bundled_model()
    active = load_active(project)
    active_row = active_record(project) if active is not None else None
    with Workers(preload=WORKER_MODULES) as workers:
        # The CRF kept learns from all the gold, as the folds' would have
        # with more of it: it needs nothing of the evaluation, so a worker
        # trains it while the folds are judged.
        final = workers.submit(train_crf, docs, params)
        evaluation, scorer = _evaluate(
            docs, folds, params, progress, base, active, active_row, workers
        )
        crf = awaited(final, progress, steps.step(steps.training(), "fitting"))
    if crf is None:
        crf = train_crf(docs, params, progress=progress)
    seconds = crf.training.get("feature_seconds", 0.0) + crf.training.get("fit_seconds", 0.0)
    proposes = bool((evaluation.get("scorer") or {}).get("crf", True))
    kept_adapter = (evaluation.get("contest") or {}).get("kept") == "adapter"
    model = ProjectModel(
        crf,
        scorer,
        base.version if base else "",
        [d.doc_id for d in docs],
        proposes=proposes and not kept_adapter,
        adapter=Adapter.from_dict(evaluation["adapter"]) if kept_adapter else None,
    )
    activated, reason = decide(
        evaluation["comparison"],
        force,
        evaluation.get("base", ""),
        evaluation.get("active_name", ""),
    )
    if kept_adapter:
        reason = _adapter_reason(evaluation, activated, reason)
    record = store_model(
        project, model, data_hash=data_hash(docs), evaluation=evaluation, activate=activated
    )
    return TrainResult(
        record=record,
        evaluation=evaluation,
        documents=len(docs),
        characters=sum(len(d.text) for d in docs),
        spans=sum(len(d.spans) for d in docs),
        seconds=seconds,
        activated=activated,
        reason=reason,
        unproven=unproven,
    )


def unproven_gold(project: Project) -> Message | None:
    """The warning a training gives when the history's chain does not prove
    the gold (its first problem, as ``verify`` says it), or None."""
    problem = chain_problem(project.conn)
    if problem is None:
        return None
    return Message(
        "the history does not prove the gold trained on: {problem}; the model learns the"
        " tables as they hold it (run `biaozhu verify`)",
        problem=problem,
    )


def _evaluate(
    docs: list[TrainingDoc],
    folds: int | None,
    params: CrfParams | None,
    progress: Progress,
    base: BundledModel | None,
    active: ProjectModel | None,
    active_row: ModelRecord | None,
    workers: Workers,
) -> tuple[dict[str, Any], ScorerModel]:
    """``train_project``'s cross-validation and the scorer it kept; raises
    InvalidInput when there is nothing to measure or learn."""
    from models.suggest.engine import default_suggesters

    evaluation, scorer, _fold_crfs = cross_validate(
        docs,
        rules=default_suggesters(),
        base_taggers=base.taggers if base else {},
        base_scorer=base.scorer if base else None,
        base_name=base.version if base else "",
        folds=folds,
        params=params,
        scorer_params=PROJECT_SCORERS,
        progress=progress,
        active=ActiveModel(
            active.tagger if active.proposes else None,
            active.scorer,
            frozenset(active.documents),
            active.adapter,
        )
        if active is not None
        else None,
        active_name=active_row.version if active_row else "",
        seen=base.seen if base else frozenset(),
        base_examples=base.examples if base else (),
        base_in_domain=base.in_domain_groups if base else 0,
        workers=workers,
    )
    if not evaluation["test_documents"]:
        raise InvalidInput(
            "every gold document to test on is one the bundled model was trained on:"
            " there is nothing to measure a new model on"
        )
    if scorer is None:
        raise InvalidInput(
            "the gold gives the scorer nothing to learn: every candidate was right, or none"
        )
    return evaluation, scorer


def _adapter_reason(evaluation: dict[str, Any], activated: bool, reason: str) -> str:
    """``decide``'s sentence for a training that kept the adapter of the
    bundled model over the project's own model. Its saving over the
    project's model is said only where the adapter also saved something
    against what suggests now; where neither contestant was cheaper than
    that (cluener-policy's first training: the adapter 1.367 actions per
    gold span, the bundled model 1.367), that is what decided."""
    comparison = evaluation["comparison"]
    if activated or comparison.get("saved", 0) > 0:
        return f"the adapter of the bundled model, cheaper than the project's own model; {reason}"
    contest = evaluation["contest"]
    what = (
        "the active model"
        if comparison.get("against") == "active"
        else f"the bundled model ({evaluation.get('base', '')})"
    )
    return (
        f"neither the project's own model ({contest['project']:.3f}) nor the adapter of the"
        f" bundled model ({contest['adapter']:.3f}) measured cheaper than {what}, which stays"
        f" in use; the adapter, the cheaper of the two, is what was stored: {reason}"
    )


def decide(
    comparison: dict[str, Any], force: bool, base_name: str, active_name: str = ""
) -> tuple[bool, str]:
    """Whether to activate the new model, and the sentence that says why
    (``active_name``: the model active when it was trained, if any)."""
    against = comparison.get("against")
    if against is None:
        if comparison.get("unmeasured"):
            # the bundled model (and the active one) learned every tested document
            learned = (
                f"the active model ({active_name}) and the bundled model both learned"
                if active_name
                else "the bundled model learned"
            )
            nothing = f"there was nothing to compare it with: {learned} every tested document"
            if force:
                return True, f"activated by --force although {nothing}"
            return False, (
                f"{nothing}, so it could not be shown to cost the curator less than what"
                " suggests now; use --force to activate it anyway"
            )
        if (force or comparison.get("better")) and active_name:
            return True, (
                f"there was nothing to compare it with: the active model ({active_name})"
                " and the bundled model both learned every tested document"
            )
        if force or comparison.get("better"):
            return True, "there was nothing to compare it with"
        return False, "it could not be scored"
    what = "the active model" if against == "active" else f"the bundled model ({base_name})"
    figures = (
        f"{comparison['new']:.3f} actions per gold span against {comparison['reference']:.3f}"
        f" for {what} on {counted(comparison['documents'], 'held-out document')}, cheaper in"
        f" {comparison['confidence']:.0%} of resamples"
    )
    if comparison.get("within_noise"):
        return True, (
            f"it measured no cheaper than {what}, but over so many held-out documents a"
            f" project's own model is kept unless the bundled model is cheaper in at least"
            f" {LEAVE_BUNDLED_CONFIDENCE:.0%} of resamples: {figures}"
        )
    if comparison["better"]:
        return True, f"it measured better: {figures}"
    if force:
        return True, f"activated by --force although it did not measure better: {figures}"
    if comparison.get("saved", 0) > 0 and against == "base":
        return False, (
            f"it measured cheaper than {what}, but within the noise of so few documents"
            f" (at least {LEAVE_BUNDLED_CONFIDENCE:.0%} of resamples needed): {figures};"
            " use --force to activate it anyway"
        )
    if comparison.get("saved") == 0 and against == "active":
        return False, (
            f"it measured as cheap as {what}, and a tie keeps the model in use (a change of"
            f" suggester needs a measured saving): {figures}; use --force to activate it anyway"
        )
    return False, f"it did not measure better: {figures}; use --force to activate it anyway"
