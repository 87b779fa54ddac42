"""What the order of the history proves without a backup.

A history rewritten with its hash chain recomputed passes the chain's
check; the tables prove what it says only where the rewrite changes them.
Two rewrites changed nothing the replay compares (safe7): two events
swapped, and a merge's record with its map of documents emptied. Each
breaks what every history Biaozhu writes holds, which these checks hold
the file to:

- a span's id is handed out by AUTOINCREMENT (schema step 4 on), so the
  first event that gives each id comes in the order of the ids;
- a merge copies the other file's events in one statement, just before its
  record (``merge.completed``, nothing else copies events), and that record
  counts them and maps every document of the file merged from: each copied
  event made in that file names a document the map holds, each mapped
  document is one of this project's.

A rewrite that renumbers the spans, the tables and every later event
consistently is not told (nor one of the history before step 4): that is
what a backup or a head written down elsewhere proves."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from models.errors import Message, shown
from models.store.counters import SPAN_GIVING_SQL


def span_order_problems(conn: sqlite3.Connection, cutoff: int, since: int = 0) -> list[Message]:
    """The first giving of each span id after ``cutoff`` (the last event
    before ids were never given again), in the order of the ids and one
    after another: AUTOINCREMENT gives the next id, and a transaction that
    does not commit takes its ids back with it. A restore carries the
    counter on from the history it replaced (ids that history gave are not
    in this one), so the next id may leap; so may the first after ``cutoff``.
    ``since``: only the events after that one, against the ids given before."""
    (before,) = conn.execute(
        "SELECT coalesce(max(CAST(target AS INTEGER)), 0) FROM events WHERE origin_hash IS NULL"
        f" AND action IN {SPAN_GIVING_SQL} AND id > ? AND id <= ?",
        (cutoff, since),
    ).fetchone()
    given = _first_givings(conn, max(cutoff, since), before, cutoff > 0 or _restored(conn, since))
    # two events swapped show as a leap before the step back: a step back is
    # looked for first, then a leap (the ids between taken out)
    (before_event,) = conn.execute(
        "SELECT min(id) FROM events WHERE origin_hash IS NULL"
        f" AND action IN {SPAN_GIVING_SQL} AND CAST(target AS INTEGER) = ? AND id > ?",
        (before, cutoff),
    ).fetchone()
    for back in (True, False):
        top, top_event = before, before_event
        for event, span, leap in given:
            if (span <= top) if back else (span > top + 1 and not leap):
                return [_out_of_order(event, span, top_event, top)]
            if span > top:
                top, top_event = span, event
    return []


def _restored(conn: sqlite3.Connection, since: int) -> bool:
    """Whether a restore stands between the last span given up to event
    ``since`` and it: the next id may leap past the ids of the history the
    restore replaced."""
    if not since:
        return False
    (restored,) = conn.execute(
        "SELECT count(*) FROM events WHERE origin_hash IS NULL AND action = 'project.restored'"
        " AND id <= ? AND id > (SELECT coalesce(max(id), 0) FROM events WHERE origin_hash IS NULL"
        f" AND action IN {SPAN_GIVING_SQL} AND id <= ?)",
        (since, since),
    ).fetchone()
    return restored > 0


def _first_givings(
    conn: sqlite3.Connection, after: int, before: int, leap: bool
) -> list[tuple[int, int, bool]]:
    """(event, span id, whether the id may leap) of each span id's first
    giving after event ``after`` (a redo gives the same span again), ids up
    to ``before`` left out: given before ``after``."""
    seen: set[int] = set()
    out = []
    for event, action, span in conn.execute(
        "SELECT id, action, CAST(target AS INTEGER) FROM events WHERE origin_hash IS NULL"
        f" AND (action IN {SPAN_GIVING_SQL} OR action = 'project.restored') AND id > ?"
        " ORDER BY id",
        (after,),
    ):
        if action == "project.restored":
            leap = True
        elif span not in seen and not (after and span <= before):
            seen.add(span)
            out.append((event, span, leap))
            leap = False
    return out


def _out_of_order(event: int, span: int, earlier: int | None, top: int) -> Message:
    if earlier is None:
        return Message(
            "span ids are given one after another from 1, but the first span given is"
            " {span}, by event {event}: the events that gave the ids before it were taken out"
            " and the history renumbered (its chain recomputed)",
            event=event,
            span=span,
        )
    if span <= top:
        return Message(
            "span ids are given in increasing order, but event {event} gives span"
            " {span} after event {earlier} gave span {top}: the history's events were"
            " reordered or renumbered (its chain recomputed)",
            event=event,
            span=span,
            earlier=earlier,
            top=top,
        )
    return Message(
        "span ids are given one after another, but event {event} gives span {span} next"
        " after event {earlier} gave span {top}: the events that gave the ids between were"
        " taken out and the history renumbered (its chain recomputed)",
        event=event,
        span=span,
        earlier=earlier,
        top=top,
    )


def merge_record_problems(conn: sqlite3.Connection, since: int = 0) -> list[Message]:
    """Each merge's record (``merge.completed`` written here) against the
    events it copied (the merged events since the merge before it) and the
    documents this project holds; ``since``: only the merges after that event."""
    documents = dict(conn.execute("SELECT id, hash FROM documents").fetchall())
    merges = conn.execute(
        "SELECT id, after FROM events WHERE action = 'merge.completed' AND origin_hash IS NULL"
        " ORDER BY id"
    ).fetchall()
    previous = 0
    for event, after in merges:
        if event > since:
            problem = _merge_problem(conn, event, previous, _record(after), documents)
            if problem is not None:
                return [problem]
        previous = event
    return []


def _record(after: str | None) -> dict[str, Any]:
    try:
        record = orjson.loads(after or "null")
    except orjson.JSONDecodeError:
        return {}
    return record if isinstance(record, dict) else {}


def _merge_problem(
    conn: sqlite3.Connection,
    event: int,
    previous: int,
    record: dict[str, Any],
    documents: dict[str, str],
) -> Message | None:
    mapped, counted, origin = record.get("documents"), record.get("events"), record.get("from")
    if not isinstance(mapped, dict) or type(counted) is not int or not isinstance(origin, str):
        return Message(
            "event {event} (merge.completed) lacks its map of documents, its count of events"
            " or the project merged from: the merge's record was rewritten",
            event=event,
        )
    (copied,) = conn.execute(
        "SELECT count(*) FROM events WHERE origin_hash IS NOT NULL AND id > ? AND id < ?",
        (previous, event),
    ).fetchone()
    if copied != counted:
        return Message(
            "event {event} (merge.completed) counts {counted} {counted:event|events} copied, but"
            " {copied} copied {copied:event stands|events stand} between it and the merge"
            " before: events were taken out, added or moved, and the history renumbered",
            event=event,
            counted=counted,
            copied=copied,
        )
    return _unmapped(conn, event, previous, origin, mapped, documents)


def _unmapped(
    conn: sqlite3.Connection,
    event: int,
    previous: int,
    origin: str,
    mapped: dict[str, Any],
    documents: dict[str, str],
) -> Message | None:
    taken: dict[Any, str] = {}
    for theirs, ours in mapped.items():
        if not isinstance(ours, str) or ours not in documents:
            return Message(
                "event {event} (merge.completed) maps document {theirs} to {ours}, which this"
                " project does not hold: the merge's record was rewritten",
                event=event,
                theirs=shown(theirs),
                ours=shown(ours),
            )
        if ours in taken:
            return Message(
                "event {event} (merge.completed) maps both {first} and {theirs} to document"
                " {ours}: a merge matches each document of a file to another one here (by"
                " its text); the merge's record was rewritten",
                event=event,
                first=shown(taken[ours]),
                theirs=shown(theirs),
                ours=shown(ours),
            )
        taken[ours] = theirs
    return _imports_mapped(conn, event, previous, origin, mapped, documents) or _copied_unmapped(
        conn, event, previous, origin, mapped
    )


def _imports_mapped(
    conn: sqlite3.Connection,
    event: int,
    previous: int,
    origin: str,
    mapped: dict[str, Any],
    documents: dict[str, str],
) -> Message | None:
    """A document the merge copied the import of maps to the one here
    with the same text (its content hash)."""
    for named, doc, digest in conn.execute(
        "SELECT id, doc_id, json_extract(CASE WHEN json_valid(after) THEN after END, '$.hash')"
        " FROM events WHERE origin_hash IS NOT NULL AND id > ? AND id < ? AND origin = ?"
        " AND action = 'doc.imported' ORDER BY id",
        (previous, event, origin),
    ):
        ours = mapped.get(doc)
        if ours is not None and documents.get(ours) != digest:
            return Message(
                "event {event} (merge.completed) maps document {doc} to {ours}, whose text is"
                " not the one event {named} imported there: the merge's record was rewritten",
                event=event,
                doc=shown(doc),
                ours=shown(ours),
                named=named,
            )
    return None


def _copied_unmapped(
    conn: sqlite3.Connection,
    event: int,
    previous: int,
    origin: str,
    mapped: dict[str, Any],
) -> Message | None:
    for named, doc in conn.execute(
        "SELECT id, doc_id FROM events WHERE origin_hash IS NOT NULL AND id > ? AND id < ?"
        " AND origin = ? AND doc_id IS NOT NULL ORDER BY id",
        (previous, event, origin),
    ):
        if doc not in mapped:
            return Message(
                "event {event} (merge.completed) does not map document {doc}, which event"
                " {named} it copied from that file names: the merge's record was rewritten"
                " (a document's history would leave out its events there)",
                event=event,
                doc=shown(doc),
                named=named,
            )
    return None
