"""Full-text search a curator can work from: the documents whose text holds
a query, page by page in project order, and the places in a text where it
occurs, with their context.

The FTS5 trigram index (``documents_fts``) is built in the background in
short transactions (``index_some``), so a large project stays writable
while it grows; until it covers every document, the texts past its
watermark are scanned, so a search is always complete and its first page
comes at once. Matching ignores case as the trigram index does; queries of
one or two characters, which the index cannot serve, are scanned.

Matching ignores the writing too (``models.writings``): 比亚迪 finds 比亞迪
in a Hong Kong article and the other way round. The index is asked for
every spelling of the query at once (``"比亚迪" OR "比亞迪"``), and the scan
reads each text once with a character-class pattern (``比[亚亞]迪``),
whatever the number of spellings. A query none of whose characters has a
second writing (GDP, 比) runs the very statements it ran before."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from models.errors import Message
from models.store.documents import TITLE_MAX, oversize_texts
from models.system_errors import sqlite_reason
from models.writings import has_other_writing, spellings, writings

INDEX_BATCH = 100  # documents indexed per transaction (~0.2 s of write lock on 3,000-char texts)
CONTEXT = 18  # characters of context on each side of a hit
# Spellings of a query the index is asked for at once. Each phrase of an OR
# costs the index about 13 µs (256 of them: 3.4 ms on a 10,000-article
# project), a hundred times less than scanning those texts (~300 ms); past
# 256 (a query of nine characters or more with a second writing, rather a
# sentence than a name) the spellings double with each such character, so
# the texts are scanned instead, each once, by the pattern.
MAX_SPELLINGS = 256
SCAN_BATCH = 200  # texts read per statement by a pattern scan


@dataclass(frozen=True)
class Hit:
    """One place where the query occurs in a document, with context."""

    doc_id: str
    start: int
    end: int
    before: str
    match: str
    after: str


# meta's watermark: the rowid of the last document indexed (texts never
# change and documents are never deleted, so the index holds every document
# up to it, and nothing past it).
WATERMARK = "fts_rowid"


def indexed_up_to(project) -> int:
    """The rowid of the last document in the search index; 0 while meta's
    watermark is damaged (``watermark_problem``), so that a search scans
    every text, as it does before the index is built, until the indexing
    job (``index_some``) has rebuilt the index."""
    mark = _watermark(project.conn)
    return 0 if mark is None else mark


def _watermark(conn) -> int | None:
    """meta's watermark when it is one Biaozhu writes and the one the index
    itself holds (the rowid of its last text, from FTS5's ``_docsize``
    table); None otherwise: a value edited by hand or damaged."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    value = row[0] if row else "0"
    if not (isinstance(value, str) and value.isascii() and value.isdigit()):
        return None
    return int(value) if int(value) == _index_top(conn) else None


def _index_top(conn) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM documents_fts_docsize").fetchone()[0]


def watermark_problem(conn) -> Message | None:
    """What is wrong with meta's watermark of the search index, for verify: a
    value that is not a whole number, or not the index's own last rowid."""
    if _watermark(conn) is not None:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    value = row[0] if row else "0"
    top = _index_top(conn)
    what = (
        Message("but the search index holds the texts up to rowid {top}", top=top)
        if isinstance(value, str) and value.isascii() and value.isdigit()
        else Message("not a document rowid")
    )
    return Message(
        "meta's {key} (how far the search index reaches) is {value!r}, {what}:"
        " edited by hand or damaged; a search scans the texts, and the window rebuilds"
        " the index when it next opens the project",
        key=WATERMARK,
        value=value,
        what=what,
    )


# FTS5's tables of the search index: its segments, their index, each text's
# size, its settings (https://sqlite.org/fts5.html#fts5_shadow_tables).
INDEX_TABLES = ("data", "idx", "docsize", "config")
CHECKED = "biaozhu_fts_check"  # the copy checked, in the connection's temporary database


def index_problem(conn) -> Message | None:
    """What FTS5's own integrity check finds wrong with the search index
    (its structure: the index holds the texts up to the watermark only, so
    it is not compared with the texts), or None.

    The check is an INSERT (``INSERT INTO t(t, rank) VALUES('integrity-check',
    0)``), which SQLite refuses on a read-only connection (before 3.45,
    ``PRAGMA integrity_check`` does not run it either): the index's tables
    are copied into an FTS5 table of the connection's temporary database,
    which a read-only connection may write, in the snapshot being read,
    and checked there."""
    tables = {
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'documents_fts_%'")
    }
    if not all(f"documents_fts_{suffix}" in tables for suffix in INDEX_TABLES):
        return Message("the search index's tables are missing (documents_fts)") if tables else None
    # A read-only project's connection refuses every write (query_only), the
    # temporary database's too: allowed for the check's own statements, each
    # of which names the temporary database.
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only = OFF")
    try:
        return _check_copy(conn)
    finally:
        conn.execute(f"PRAGMA query_only = {int(query_only)}")


def _check_copy(conn) -> Message | None:
    conn.execute(f"DROP TABLE IF EXISTS temp.{CHECKED}")  # left by a check interrupted
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.{CHECKED} USING fts5(title, text,"
        f" content='{CHECKED}_texts', content_rowid='rowid', tokenize='trigram')"
    )
    try:
        for suffix in INDEX_TABLES:
            conn.execute(f"DELETE FROM temp.{CHECKED}_{suffix}")
            conn.execute(
                f"INSERT INTO temp.{CHECKED}_{suffix} SELECT * FROM main.documents_fts_{suffix}"
            )
        conn.execute(f"INSERT INTO temp.{CHECKED} ({CHECKED}, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc):
            raise  # a check cancelled (the window's progress handler), not a finding
        return Message(
            "the search index cannot be read ({reason}): a search may miss documents"
            " or fail; the window rebuilds it when it next opens the project",
            reason=sqlite_reason(exc),
        )
    finally:
        try:
            conn.execute(f"DROP TABLE IF EXISTS temp.{CHECKED}")
        except sqlite3.DatabaseError:
            pass  # dropped by the next check
    return None


def repair_index(project) -> bool:
    """Empty a damaged search index (``index_problem``) so that ``index_some``
    builds it again from the first text. True when it was damaged."""
    if index_problem(project.conn) is None:
        return False
    with project.transaction():
        project.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
        project.set_meta(WATERMARK, "0")
    return True


def last_rowid(project) -> int:
    return project.conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]


def index_some(project, batch: int = INDEX_BATCH) -> int:
    """Index up to ``batch`` documents past the watermark, in one short
    transaction (the watermark is read inside it, so two processes never
    index the same rows). Returns how many were indexed: 0 when complete.
    A damaged watermark (``watermark_problem``) empties the index first, so
    that it is built again from the first text: indexing the rows again
    past a wrong watermark would corrupt it (FTS5: "database disk image is
    malformed")."""
    with project.transaction():
        mark = _watermark(project.conn)
        if mark is None:
            project.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
            project.set_meta(WATERMARK, "0")
            mark = 0
        top = project.conn.execute(
            "SELECT max(rowid) FROM (SELECT rowid FROM documents WHERE rowid > ?"
            " ORDER BY rowid LIMIT ?)",
            (mark, batch),
        ).fetchone()[0]
        if top is None:
            return 0
        # a text longer than the store takes (put in by hand; verify names
        # it) is not indexed: a gigabyte's index doubled the file on opening
        skipped = ",".join(
            str(r[0]) for r in oversize_texts(project.conn, "rowid > ? AND rowid <= ?", (mark, top))
        )
        cur = project.conn.execute(
            "INSERT INTO documents_fts (rowid, title, text)"
            f" SELECT rowid, substr(title, 1, {TITLE_MAX}), text FROM documents"
            " WHERE rowid > ? AND rowid <= ?"
            f" AND rowid NOT IN ({skipped})",
            (mark, top),
        )
        project.set_meta(WATERMARK, str(top))
    return max(cur.rowcount, 0)


def matching_documents(
    project, query: str, *, after: int = 0, limit: int = 200, up_to: int | None = None
) -> list[tuple]:
    """(rowid, document id) of up to ``limit`` documents with rowids past
    ``after`` (and at most ``up_to``) whose text holds ``query`` in either
    writing, in project order."""
    query = query.strip()
    if not query:
        return []
    top = up_to if up_to is not None else last_rowid(project)
    forms = spellings(query, limit=MAX_SPELLINGS)
    # a NUL ends FTS5's query string early ("unterminated string"): scanned
    usable = len(query) >= 3 and forms is not None and "\x00" not in query
    mark = min(indexed_up_to(project), top) if usable else 0
    found: list[tuple] = []
    if after < mark:
        phrases = " OR ".join('"' + form.replace('"', '""') + '"' for form in forms or ())
        match = "text : " + (phrases if len(forms or ()) == 1 else f"({phrases})")
        rowids = [
            r[0]
            for r in project.conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid > ?"
                " AND rowid <= ? ORDER BY rowid LIMIT ?",
                (match, after, mark, limit),
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
    the index when the query has Latin letters. A query with a second
    writing is matched by its pattern, each text read once."""
    if limit <= 0 or after >= top:
        return []
    # SQLite's lower() folds only ASCII: a query with other cased letters
    # (ＧＤＰ, Москва) is matched in Python, which folds them as the index does
    if has_other_writing(query) or not _ascii_case(query):
        return _scan_pattern(project, query, after, top, limit)
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


def _ascii_case(query: str) -> bool:
    """True when SQLite's lower() folds every cased letter of ``query``."""
    return all(ch.isascii() or ch.lower() == ch.upper() for ch in query)


def _scan_pattern(project, query: str, after: int, top: int, limit: int) -> list:
    """Texts past ``after`` read in batches and matched in Python: as quick
    as SQLite's instr over the same texts, and one pass whatever the
    number of spellings. The pattern is compiled only for a text long enough
    to hold the query (a pasted report's takes seconds)."""
    found: re.Pattern[str] | None = None
    out: list[tuple] = []
    while len(out) < limit and after < top:
        rows = project.conn.execute(
            "SELECT rowid, id, text FROM documents WHERE rowid > ? AND rowid <= ?"
            " ORDER BY rowid LIMIT ?",
            (after, top, SCAN_BATCH),
        ).fetchall()
        if not rows:
            break
        for rowid, doc_id, text in rows:
            if len(text) < len(query):
                continue  # each writing of a character is one character
            found = found or pattern(query)
            if found is not None and found.search(text):
                out.append((rowid, doc_id))
        after = rows[-1][0]
    return out[:limit]


def pattern(query: str) -> re.Pattern[str] | None:
    """The query as a case-insensitive pattern matching it in either writing
    (None for an empty one)."""
    query = query.strip()
    if not query:
        return None
    return re.compile("".join(map(_either, query)), re.IGNORECASE)


def _either(ch: str) -> str:
    """One character of a query as a pattern: itself, or the class of its
    writings."""
    forms = writings(ch)
    if len(forms) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(c) for c in sorted(forms)) + "]"


def places(text: str, query: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each place ``query`` occurs in ``text``, in order."""
    if len(query.strip()) > len(text):
        return []  # no place can hold it: not worth compiling a long pattern
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
