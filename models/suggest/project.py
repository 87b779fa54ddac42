"""Suggestions for a project: the rules and the bundled model, the
project's own lexicon (the COMPANY and POLICY names its curators accepted,
while its finished documents back them), its trained model when one is
active, and the curators' record with each source; stored with the
curators' earlier decisions kept."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from models.errors import Message
from models.progress import Cancelled, NoProgress, Progress
from models.suggest.base import Suggester

if TYPE_CHECKING:
    from models.store import Project

LEXICON_LABELS = ("COMPANY", "POLICY")
PROJECT_TAGGER = "project"


class ProjectSuggesters(NamedTuple):
    """A project's suggester (``weighed``: its record with each source moves
    the scorer's probabilities), the same without the record (``measuring``:
    what a finished document is suggested, so that its pending suggestions
    go on measuring the sources), and the record itself."""

    weighed: Suggester
    measuring: Suggester
    evidence: dict


def project_ensemble(project: Project) -> Suggester:
    """The project's suggester (see the module's docstring). Without a
    bundled model or a trained one, the rules and the lexicon alone."""
    return project_suggesters(project).weighed


def project_suggesters(project: Project) -> ProjectSuggesters:
    """The project's suggester with and without its record (``ProjectSuggesters``)."""
    from models.learn.bundled import bundled_model
    from models.learn.evidence import (
        merged,
        offered_terms,
        project_source_evidence,
        project_term_evidence,
        source_adjust,
        trained_source_evidence,
    )
    from models.learn.registry import load_active
    from models.learn.span_features import Featurizer
    from models.suggest.engine import default_ensemble, default_suggesters
    from models.suggest.pipeline import SuggestPipeline

    terms = offered_terms(project_term_evidence(project, LEXICON_LABELS))
    base = bundled_model()
    model = load_active(project)
    if base is None and model is None:
        rules = default_ensemble({t: label for t, (label, _p) in terms.items()})
        return ProjectSuggesters(rules, rules, {})
    taggers = dict(base.taggers) if base is not None else {}
    adapter = None
    if model is not None and model.adapter is not None and base is not None:
        # the bundled model, its probabilities moved by the project's adapter:
        # the suggestions stay the bundled model's, the adapter named in the version
        adapter = model.adapter
        scorer = base.scorer
        version = f"{base.version}+adapter-{model.version}"
    elif model is not None:
        if model.proposes:
            taggers[PROJECT_TAGGER] = model.tagger
        scorer = model.scorer
        version = model.version
    else:
        scorer = base.scorer
        version = base.version
    evidence = project_source_evidence(project, version)
    if model is None:  # the bundled scorer was not fitted to the project: its record there counts
        evidence = merged(trained_source_evidence(project, version), evidence)
    featurizer = Featurizer(default_suggesters(), taggers, terms, proposers=(PROJECT_TAGGER,))
    weighed = SuggestPipeline(
        featurizer,
        scorer,
        name="model",
        version=with_project_evidence(version, terms, evidence),
        adjust=source_adjust(evidence),
        adapter=adapter,
    )
    if not evidence:
        return ProjectSuggesters(weighed, weighed, evidence)
    measuring = SuggestPipeline(
        featurizer,
        scorer,
        name="model",
        version=with_project_evidence(version, terms, {}),
        adapter=adapter,
    )
    return ProjectSuggesters(weighed, measuring, evidence)


def with_project_evidence(version: str, terms: dict, evidence: dict) -> str:
    """``version`` marked with a digest of the project's lexicon and source
    record: both change what is suggested, so a stored or cached suggestion
    made before they changed must not pass for one made after."""
    if not terms and not evidence:
        return version
    digest = hashlib.sha256(repr((sorted(terms.items()), sorted(evidence.items()))).encode())
    return f"{version}+project-{digest.hexdigest()[:10]}"


def suggest_project(
    project: Project,
    doc_ids: Sequence[str] | None = None,
    progress: Progress = NoProgress(),  # noqa: B008 - stateless, safe to share
) -> dict[str, Any]:
    """Compute and store suggestions for ``doc_ids`` (default: every document).

    Each document is stored in its own transaction, so a cancelled run keeps
    the documents it finished. A finished document is suggested without the
    project's record with each source (``ProjectSuggesters.measuring``): its
    pending suggestions are the record's evidence, which a source scored
    down would otherwise take away. Returns counts: documents, suggestions
    (what the ensemble proposed), added, updated, unchanged and removed (what
    the store did), the ensemble's version, and ``weighed_down``: the sources the
    project's record scores down, with the suggestions they kept below the
    threshold in this run (``evidence.weighed_down``)."""
    from models.learn.evidence import note_applied_shifts, weighed_down

    ids = project.document_ids() if doc_ids is None else list(dict.fromkeys(doc_ids))
    for doc_id in ids:
        project.document_text(doc_id)  # raises NotFound before anything is written
    suggesters = project_suggesters(project)
    ensemble = suggesters.weighed
    note_applied_shifts(project, ensemble.version, suggesters.evidence)
    finished = {doc_id for doc_id, _annotator in project.gold_layers()}
    totals: dict[str, Any] = {
        "documents": 0,
        "suggestions": 0,
        "added": 0,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
    }
    progress.start(len(ids), Message("suggest"))
    try:
        for doc_id in ids:
            if progress.cancelled():
                raise Cancelled()
            suggester = suggesters.measuring if doc_id in finished else ensemble
            suggestions = suggester.suggest(project.document_text(doc_id))
            result = project.store_suggestions(doc_id, suggestions)
            totals["documents"] += 1
            totals["suggestions"] += len(suggestions)
            totals["added"] += result.added
            totals["updated"] += result.updated
            totals["unchanged"] += result.unchanged
            totals["removed"] += result.removed
            progress.advance(1, doc_id)
    finally:
        progress.finish()
    totals["version"] = ensemble.version
    totals["weighed_down"] = weighed_down(suggesters.evidence, getattr(ensemble, "held", {}))
    return totals
