"""The documents to work from for one label: those holding, for one
annotator, suggestions of that label still pending or gold spans of it.

The window's document list filters by it (beside the status filter), as
INCEpTION's and Prodigy's users find "the documents with COMPANY still to
review". Pending is what the list's Pending column counts
(``PENDING_SQL``: not stale, not decided by the annotator, not in a
document the annotator marked done); gold is the annotator's own layer."""

from __future__ import annotations

from models.store.suggestions import PENDING_SQL


def documents_with_label(project, label: str, annotator: str | None = None) -> set[str]:
    """Ids of the documents with pending suggestions or gold spans of ``label``."""
    who = annotator or project.annotator
    args = {"who": who, "label": label}
    gold = project.conn.execute(
        "SELECT DISTINCT doc_id FROM annotations WHERE annotator = :who AND label = :label", args
    )
    pending = project.conn.execute(
        f"SELECT DISTINCT s.doc_id FROM suggestions s WHERE s.label = :label AND {PENDING_SQL}",
        args,
    )
    return {doc_id for (doc_id,) in gold} | {doc_id for (doc_id,) in pending}
