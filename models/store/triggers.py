"""The guard triggers of the history, checked by what they do.

A trigger's name proves nothing: a no-op trigger can carry the guard's name,
and the guard can be renamed. So the file's triggers are compared by their
SQL, normalised (case, white space, the name itself left out), with the
guards the schema creates; a missing guard, or any other trigger (which
could change what the file stores behind the history's back), is a problem."""

from __future__ import annotations

import re
import sqlite3

from models.errors import IntegrityError, Message

# As schema.py's first step creates them (a test keeps the two in step).
GUARDS = {
    "events_append_only_update": (
        "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be changed'); END"
    ),
    "events_append_only_delete": (
        "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be deleted'); END"
    ),
}
WHAT = {
    "events_append_only_update": Message("the guard that refuses changes to events"),
    "events_append_only_delete": Message("the guard that refuses deleting events"),
}

TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|\w+|[^\w\s]")


def trigger_body(sql: str) -> tuple[str, ...]:
    """What a CREATE TRIGGER statement does: its tokens after the trigger's
    name, keywords and identifiers folded to lower case, strings kept as written."""
    tokens = [t if t[0] == "'" else t.strip('"`[]').lower() for t in TOKEN.findall(sql)]
    i = 2 if tokens[:2] == ["create", "trigger"] else 3  # CREATE TEMP TRIGGER
    if tokens[i : i + 3] == ["if", "not", "exists"]:
        i += 3
    i += 3 if tokens[i + 1 : i + 2] == ["."] else 1  # schema.name or name
    return tuple(tokens[i:])


EXPECTED = {trigger_body(sql): name for name, sql in GUARDS.items()}


def unexpected_triggers(conn: sqlite3.Connection) -> list[Message]:
    """Problems with the file's triggers: a guard missing (or altered) and any
    trigger that is not one of the guards."""
    found = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
    present: set[str] = set()
    problems = []
    for name, table, sql in found:
        guard = EXPECTED.get(trigger_body(sql or ""))
        if guard is not None:
            present.add(guard)
            continue
        problems.append(
            Message(
                "trigger {name} on {table} is not one of the history's guards: {sql}",
                name=name,
                table=table,
                sql=" ".join((sql or "").split())[:120],
            )
        )
    missing = [
        Message(
            "{what} is missing (no trigger does what {guard} does)", what=WHAT[guard], guard=guard
        )
        for guard in GUARDS
        if guard not in present
    ]
    return missing + problems


def refuse_foreign_triggers(conn: sqlite3.Connection, path: object) -> None:
    """Refuse to write a file that holds a trigger Biaozhu never makes: it
    would run inside every write, where a trigger can rewrite what is saved
    (a span relabelled as it is stored) or run a query that never ends while
    the project's write lock is held. Reading, and so ``verify``, stays
    possible; a missing guard is verify's to name (it changes nothing we write)."""
    found = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
    for name, table, sql in found:
        if trigger_body(sql or "") not in EXPECTED:
            raise IntegrityError(
                "{path}: trigger {name} on {table} is not one Biaozhu makes: the file was"
                " edited by hand and is not opened to write (the trigger would run in every"
                " change); biaozhu verify names what differs; restore a backup",
                path=path,
                name=name,
                table=table,
            )
