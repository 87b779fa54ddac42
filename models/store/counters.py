"""The counter of span ids a writer relies on, checked before it writes.

A span's id is never given to another (AUTOINCREMENT): a window that acts on
a span another process removed is refused instead of hitting the span that
took its id. SQLite keeps the promise with its counter in
``sqlite_sequence``, which any ``sqlite3`` may lower and no event guards;
lowered, the next span took the id of the last one removed. Span ids rise
with the history (every span the file gives is given by an event naming
it), so the last event that gave one names the largest: a counter below it
is refused for writing before anything is written, as a foreign trigger is
(``verify`` reads the file and names it)."""

from __future__ import annotations

import sqlite3

import orjson

from models.errors import IntegrityError

# The events that give a span its id (their target).
SPAN_GIVING = ("span.added", "span.restored", "suggestion.accepted", "suggestion.corrected")
SPAN_GIVING_SQL = "(" + ", ".join(f"'{a}'" for a in SPAN_GIVING) + ")"
IDS_KEPT_STEP = "0004_ids_never_reused"
# Tables whose ids the window holds while another process may remove rows
# (the step makes them AUTOINCREMENT). Here, not in schema.py, so that
# verify and backup read it without loading sqlite-utils (86 MB).
IDS_NEVER_REUSED = ("suggestions", "annotations")
IDS_KEPT_SCHEMA = 4  # the schema a project records at creation from which ids were kept
# meta: the last event a project created before step 4 wrote before the step
# ran (recorded by the step; a project upgraded before it was recorded is
# read by the step's time)
IDS_KEPT_SINCE = "ids_kept_since_event"


def created_schema(conn: sqlite3.Connection) -> int | None:
    """The schema the project was created with, as its first event (which the
    chain holds) recorded it; None where it did not."""
    row = conn.execute(
        "SELECT after FROM events WHERE action = 'project.created' AND origin_hash IS NULL"
        " ORDER BY id LIMIT 1"
    ).fetchone()
    try:
        schema = orjson.loads(row[0]).get("schema") if row and row[0] else None
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return schema if type(schema) is int else None


def lowered_span_counter(conn: sqlite3.Connection) -> tuple[int, int] | None:
    """(the counter, the last span id the history gave) when the counter is
    below that id, or None. Read from the end of the history: the last span
    given is near it."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    ).fetchone():
        return None
    last = conn.execute(
        "SELECT CAST(target AS INTEGER) FROM events WHERE origin_hash IS NULL"
        f" AND action IN {SPAN_GIVING_SQL} ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if last is None or last[0] is None:
        return None
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'annotations'").fetchone()
    counter = row[0] if row and type(row[0]) is int else 0
    return (counter, last[0]) if counter < last[0] else None


def refuse_lowered_counter(conn: sqlite3.Connection, path: object, applied: list[str]) -> None:
    """Refuse to write a project created with ids kept whose counter of span
    ids was lowered: the next span would take a removed span's id."""
    if IDS_KEPT_STEP not in applied:
        return  # ids were given again by design before that step
    schema = created_schema(conn)
    if schema is None or schema < IDS_KEPT_SCHEMA:
        return  # created before ids were kept: verify tells what it can
    found = lowered_span_counter(conn)
    if found is not None:
        raise IntegrityError(
            "{path}: the counter of span ids (sqlite_sequence) is {counter}, below span"
            " {last} the history gave: the file was edited by hand and is not opened to write"
            " (the next span would take the id of one removed); biaozhu verify names what"
            " differs; restore a backup",
            path=path,
            counter=found[0],
            last=found[1],
        )


# What a ``project.restored`` event records (in its before) of the merge
# conflict numbers the history it replaced had given: the highest.
CONFLICTS_GIVEN = "conflicts_given"


def conflicts_given(conn: sqlite3.Connection) -> int:
    """The highest merge conflict number this project has given, whether or
    not its row is still here: a restore brings back a table with fewer rows,
    and its event records what the replaced history had given (0: none).
    A merge numbers the next conflict past it, so that a number a reviewer
    saw, an export or an audit log named is never another conflict's."""
    top = 0
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merge_conflicts'"
    ).fetchone():
        (top,) = conn.execute("SELECT coalesce(max(id), 0) FROM merge_conflicts").fetchone()
    for (before,) in conn.execute(
        "SELECT before FROM events WHERE action = 'project.restored' AND origin_hash IS NULL"
    ):
        try:
            given = orjson.loads(before).get(CONFLICTS_GIVEN) if before else None
        except (orjson.JSONDecodeError, AttributeError):
            continue
        if type(given) is int and given > top:
            top = given
    return top
