"""Full-text search a curator can work from: the documents whose text holds
a query, page by page in project order, and the places in a text where it
occurs, with their context.

The FTS5 trigram index (``documents_fts``) is built in the background in
short transactions (``index_some``), so a large project stays writable
while it grows; until it covers every document, the texts past its
watermark are scanned, so a search is always complete and its first page
comes at once. Matching ignores case as the trigram index does; queries of
one or two characters, which the index cannot serve, are scanned."""

from __future__ import annotations

import re
from dataclasses import dataclass

INDEX_BATCH = 100  # documents indexed per transaction (~0.2 s of write lock on 3,000-char texts)
CONTEXT = 18  # characters of context on each side of a hit


@dataclass(frozen=True)
class Hit:
    """One place where the query occurs in a document, with context."""

    doc_id: str
    start: int
    end: int
    before: str
    match: str
    after: str


def indexed_up_to(project) -> int:
    """The rowid of the last document in the search index."""
    return int(project.meta("fts_rowid", "0"))


def last_rowid(project) -> int:
    return project.conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]


def index_some(project, batch: int = INDEX_BATCH) -> int:
    """Index up to ``batch`` documents past the watermark, in one short
    transaction (the watermark is read inside it, so two processes never
    index the same rows). Returns how many were indexed: 0 when complete."""
    with project.transaction():
        mark = indexed_up_to(project)
        top = project.conn.execute(
            "SELECT max(rowid) FROM (SELECT rowid FROM documents WHERE rowid > ?"
            " ORDER BY rowid LIMIT ?)",
            (mark, batch),
        ).fetchone()[0]
        if top is None:
            return 0
        cur = project.conn.execute(
            "INSERT INTO documents_fts (rowid, title, text)"
            " SELECT rowid, title, text FROM documents WHERE rowid > ? AND rowid <= ?",
            (mark, top),
        )
        project.set_meta("fts_rowid", str(top))
    return max(cur.rowcount, 0)


def matching_documents(
    project, query: str, *, after: int = 0, limit: int = 200, up_to: int | None = None
) -> list[tuple]:
    """(rowid, document id) of up to ``limit`` documents with rowids past
    ``after`` (and at most ``up_to``) whose text holds ``query``, in project
    order."""
    query = query.strip()
    if not query:
        return []
    top = up_to if up_to is not None else last_rowid(project)
    mark = min(indexed_up_to(project), top) if len(query) >= 3 else 0
    found: list[tuple] = []
    if after < mark:
        phrase = '"' + query.replace('"', '""') + '"'
        rowids = [
            r[0]
            for r in project.conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid > ?"
                " AND rowid <= ? ORDER BY rowid LIMIT ?",
                ("text : " + phrase, after, mark, limit),
            )
        ]
        found = _ids_of(project, rowids)
        if len(found) >= limit:
            return found
        after = mark
    return found + _scan(project, query, after, top, limit - len(found))


def _ids_of(project, rowids: list[int]) -> list[tuple]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    rows = project.conn.execute(
        f"SELECT rowid, id FROM documents WHERE rowid IN ({marks}) ORDER BY rowid", rowids
    )
    return rows.fetchall()


def _scan(project, query: str, after: int, top: int, limit: int) -> list[tuple]:
    """The texts past the index read one by one (by SQLite): case folded like
    the index when the query has Latin letters."""
    if limit <= 0 or after >= top:
        return []
    if query.lower() != query.upper():
        sql = "instr(lower(text), ?) > 0"
        query = query.lower()
    else:
        sql = "instr(text, ?) > 0"
    return project.conn.execute(
        f"SELECT rowid, id FROM documents WHERE rowid > ? AND rowid <= ? AND {sql}"
        " ORDER BY rowid LIMIT ?",
        (after, top, query, limit),
    ).fetchall()


def pattern(query: str) -> re.Pattern[str] | None:
    """The query as a case-insensitive literal pattern (None for an empty one)."""
    query = query.strip()
    return re.compile(re.escape(query), re.IGNORECASE) if query else None


def places(text: str, query: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each place ``query`` occurs in ``text``, in order."""
    found = pattern(query)
    if found is None:
        return []
    out = []
    for m in found.finditer(text):
        out.append((m.start(), m.end()))
        if limit is not None and len(out) >= limit:
            break
    return out


def hits(project, doc_id: str, query: str, limit: int | None = None) -> list[Hit]:
    """The places of ``query`` in one document, with context."""
    text = project.document_text(doc_id)
    return [hit_in(text, doc_id, start, end) for start, end in places(text, query, limit)]


def hit_in(text: str, doc_id: str, start: int, end: int) -> Hit:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return Hit(doc_id, start, end, _one_line(before), text[start:end], _one_line(after))


def _one_line(text: str) -> str:
    return " ".join(text.split()) if any(c.isspace() for c in text) else text
