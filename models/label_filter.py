"""The documents to work from for one label, or for one suggestion source:
those holding, for one annotator, suggestions of that label (source) still
pending or gold spans of that label (that came from that source).

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


# A gold span came from a source when it was accepted or corrected from one of
# its suggestions: the span keeps that suggestion's id.
GOLD_FROM_SOURCE_SQL = """SELECT DISTINCT a.doc_id FROM annotations a
    JOIN suggestions s ON s.id = a.suggestion_id
    WHERE a.annotator = :who AND s.source = :source"""


def documents_from_source(
    project, source: str, annotator: str | None = None, label: str | None = None
) -> set[str]:
    """Ids of the documents with pending suggestions of ``source`` (a
    suggester: ``model``, a rule set, ``occurrence`` for the offers of a
    name accepted elsewhere) or gold spans accepted from one; the gold keeps
    a document in the list once its suggestions are decided, as the label
    filter does. With ``label``, only its suggestions and gold spans count:
    the model's COMPANY, not the model's METRIC beside a rule's COMPANY."""
    who = annotator or project.annotator
    args = {"who": who, "source": source, "label": label}
    gold_sql, pending_sql = (
        GOLD_FROM_SOURCE_SQL,
        (f"SELECT DISTINCT s.doc_id FROM suggestions s WHERE s.source = :source AND {PENDING_SQL}"),
    )
    if label is not None:
        gold_sql += " AND a.label = :label"
        pending_sql += " AND s.label = :label"
    gold = project.conn.execute(gold_sql, args)
    pending = project.conn.execute(pending_sql, args)
    return {doc_id for (doc_id,) in gold} | {doc_id for (doc_id,) in pending}


def suggestion_sources(project, annotator: str | None = None) -> list[str]:
    """The sources the filter offers, sorted: those of the annotator's
    pending suggestions and of the suggestions behind their gold."""
    who = annotator or project.annotator
    pending = project.conn.execute(
        f"SELECT DISTINCT s.source FROM suggestions s WHERE {PENDING_SQL}", {"who": who}
    )
    gold = project.conn.execute(
        """SELECT DISTINCT s.source FROM annotations a JOIN suggestions s
           ON s.id = a.suggestion_id WHERE a.annotator = :who""",
        {"who": who},
    )
    return sorted({source for (source,) in pending} | {source for (source,) in gold})
