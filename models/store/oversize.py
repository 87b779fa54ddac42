"""Values grown past anything Biaozhu writes, found without reading them.

Someone with ``sqlite3`` can make any value of the file as large as SQLite
allows (a gigabyte): an event's payload, an annotator's name, a span's
attributes, a document's metadata. Every check that reads such a value
holds it whole in Python, several times over (a 300 MB event payload took
``verify`` 2.4 GB). So each table's largest row is first read from SQLite's
page statistics (``dbstat``: the b-tree's pages, read as ``integrity_check``
reads them, no value held), and only in a table whose largest row is past
the bound is each value's size read, through SQLite's blob handle, which
reads a row's header and not its value."""

from __future__ import annotations

import sqlite3

from models.errors import Message

MB = 1_000_000
# Nothing Biaozhu writes comes near it in one value: its largest are a
# merge's list of the documents it brought (about 80 bytes a document: 8 MB
# for 100,000 articles) and a document's original text (at most 8 MB of
# UTF-8, as its text). A value this large is held a few times over by the
# checks that read it (JSON, hashing), a few hundred MB.
MAX_VALUE_BYTES = 32 * MB

# Told apart elsewhere: a document's text by its own, smaller bound
# (documents.oversize_texts, which verify names), a model's blob is read in
# chunks where it is hashed.
LEFT_TO_OTHERS = {("documents", "text"), ("learned_models", "blob")}


def largest_rows(conn: sqlite3.Connection, skip: frozenset[str] = frozenset()) -> dict[str, int]:
    """Each table's largest row (its payload in bytes), from SQLite's page
    statistics; every table, as if each were over the bound, where SQLite
    was built without them. The tables in ``skip`` are not read."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
        if r[0] not in skip
    ]
    try:
        rows = dict(
            conn.execute(
                "SELECT name, mx_payload FROM dbstat WHERE aggregate = 1 AND name IN"
                f" ({','.join('?' * len(tables))})",
                tables,
            ).fetchall()
        )
    except sqlite3.OperationalError:  # no dbstat in this SQLite
        return dict.fromkeys(tables, MAX_VALUE_BYTES + 1)
    return {table: rows.get(table, 0) for table in tables}


def largest_row(conn: sqlite3.Connection, table: str) -> int:
    """``table``'s largest row (bytes), from SQLite's page statistics (past
    the bound where SQLite was built without them)."""
    try:
        row = conn.execute(
            "SELECT mx_payload FROM dbstat WHERE aggregate = 1 AND name = ?", (table,)
        ).fetchone()
    except sqlite3.OperationalError:
        return MAX_VALUE_BYTES + 1
    return row[0] if row and row[0] is not None else 0


def oversize_values(conn: sqlite3.Connection, skip: frozenset[str] = frozenset()) -> list[Message]:
    """One problem per value larger than MAX_VALUE_BYTES (its table, row,
    column and size), none of them read; the tables in ``skip`` not looked at."""
    problems = []
    try:
        largest_rows_of = largest_rows(conn, skip)
    except sqlite3.DatabaseError:
        return []  # damaged pages: SQLite's integrity check names them
    for table, largest in largest_rows_of.items():
        if largest <= MAX_VALUE_BYTES:
            continue
        found = _rows_over(conn, table)
        if found is None:  # a table without rowids: the blob handle cannot reach it
            problems.append(
                Message(
                    "{table} holds a row of {size:,} bytes, more than Biaozhu ever writes in one"
                    " value ({most:,}): it was left unread, as the file was edited outside"
                    " Biaozhu",
                    table=table,
                    size=largest,
                    most=MAX_VALUE_BYTES,
                )
            )
        problems += found or []
    return problems


def _rows_over(conn: sqlite3.Connection, table: str) -> list[Message] | None:
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {quoted} NOT INDEXED")]
    except sqlite3.OperationalError:  # WITHOUT ROWID
        return None
    columns = [
        r[1]
        for r in conn.execute(f"PRAGMA table_info({quoted})")
        if (table, r[1]) not in LEFT_TO_OTHERS
    ]
    problems = []
    for rowid in rowids:
        for column in columns:
            try:
                with conn.blobopen(table, column, rowid, readonly=True) as blob:
                    size = len(blob)
            except sqlite3.Error:
                continue  # not text or bytes (a number, a NULL): nothing to grow
            if size > MAX_VALUE_BYTES:
                key = _key(conn, quoted, rowid)
                problems.append(
                    Message(
                        "{table} row {row}: its {column} is {size:,} bytes, more than Biaozhu"
                        " ever writes in one value ({most:,}): it was left unread, as the file"
                        " was edited outside Biaozhu",
                        table=table,
                        row=key,
                        column=column,
                        size=size,
                        most=MAX_VALUE_BYTES,
                    )
                )
    return problems


def _key(conn: sqlite3.Connection, quoted: str, rowid: int) -> str:
    """How a row is named: its rowid, or its short text key (a document's id,
    a meta key) where the table has one under the bound."""
    info = conn.execute(f"PRAGMA table_info({quoted})").fetchall()
    keys = [r[1] for r in info if r[5] and r[2].upper() == "TEXT"]
    if len(keys) == 1:
        try:
            with conn.blobopen(quoted.strip('"'), keys[0], rowid, readonly=True) as blob:
                if len(blob) <= 200:
                    return str(blob.read().decode("utf-8", "replace"))
        except sqlite3.Error:
            pass
    return str(rowid)
