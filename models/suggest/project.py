"""Suggestions for a project: the bundled rules, the project's own lexicon
(every COMPANY and POLICY string its curators accepted) and its learned
model, stored with the curators' earlier decisions kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from models.progress import Cancelled, NoProgress, Progress
from models.suggest.engine import Ensemble, default_ensemble

if TYPE_CHECKING:
    from models.store import Project

LEXICON_LABELS = ("COMPANY", "POLICY")


def project_ensemble(project: Project) -> Ensemble:
    """Bundled rules + the project's accepted gold terms as a lexicon + the
    project's active learned model, when it has one."""
    from models.learn import active_suggester

    terms = project.gold_terms(LEXICON_LABELS)
    learned = active_suggester(project)
    return default_ensemble(terms, learned=[learned] if learned is not None else [])


def suggest_project(
    project: Project,
    doc_ids: Sequence[str] | None = None,
    progress: Progress = NoProgress(),  # noqa: B008 - stateless, safe to share
) -> dict[str, Any]:
    """Compute and store suggestions for ``doc_ids`` (default: every document).

    Each document is stored in its own transaction, so a cancelled run keeps
    the documents it finished. Returns counts: documents, suggestions (what
    the ensemble proposed), added, updated and removed (what the store did),
    and the ensemble's version."""
    ids = project.document_ids() if doc_ids is None else list(dict.fromkeys(doc_ids))
    for doc_id in ids:
        project.document_text(doc_id)  # raises NotFound before anything is written
    ensemble = project_ensemble(project)
    totals: dict[str, Any] = {
        "documents": 0,
        "suggestions": 0,
        "added": 0,
        "updated": 0,
        "removed": 0,
    }
    progress.start(len(ids), "suggest")
    try:
        for doc_id in ids:
            if progress.cancelled():
                raise Cancelled()
            suggestions = ensemble.suggest(project.document_text(doc_id))
            result = project.store_suggestions(doc_id, suggestions)
            totals["documents"] += 1
            totals["suggestions"] += len(suggestions)
            totals["added"] += result.added
            totals["updated"] += result.updated
            totals["removed"] += result.removed
            progress.advance(1, doc_id)
    finally:
        progress.finish()
    totals["version"] = ensemble.version
    return totals
