"""The append-only history: every change writes one event, chained by hash.

Each event's hash covers its content and the previous event's hash, so an
edit or deletion anywhere breaks the chain from that row on. Triggers in
the schema refuse UPDATE and DELETE; the chain catches what bypasses them."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from models.errors import IntegrityError, Message
from models.store.oversize import MAX_VALUE_BYTES, largest_row

GENESIS = "0" * 64
HASHED_FIELDS = (
    "time",
    "annotator",
    "action",
    "doc_id",
    "target",
    "before",
    "after",
    "origin",
    "origin_hash",
)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# One encoder for every event: json.dumps with options builds a new encoder
# per call, which showed in bulk imports.
CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    return CANONICAL_JSON.encode(value)


def event_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's fields, each written as
    its length and its text (``-`` for none), so no field can bleed into the
    next and the encoding costs no second JSON pass."""
    fields = "\x1f".join(_hashed(row.get(name)) for name in HASHED_FIELDS)
    return _chained(prev_hash, fields)


def _hashed(value: str | None) -> str:
    return "-" if value is None else f"{len(value)}:{value}"


def _chained(prev_hash: str, fields: str) -> str:
    return hashlib.sha256(f"{prev_hash}\x1f{fields}".encode()).hexdigest()


def last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


@dataclass(frozen=True)
class ChainHead:
    """Where a project's history stood: how many events, and the last one's hash.

    Written down outside the file (a backup, an export manifest, a merge, the
    window's settings, a reviewer's notes), it lets a later check tell whether
    the history was truncated or rewritten since."""

    count: int
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {"events": self.count, "hash": self.hash}


def chain_head(conn: sqlite3.Connection) -> ChainHead:
    row = conn.execute("SELECT count(*), max(id) FROM events").fetchone()
    if not row[0]:
        return ChainHead(0, GENESIS)
    (digest,) = conn.execute("SELECT hash FROM events WHERE id = ?", (row[1],)).fetchone()
    return ChainHead(row[0], digest)


def head_in_chain(conn: sqlite3.Connection, head: ChainHead) -> bool:
    """True when ``head`` is still where it was: the chain's ``head.count``-th
    event carries ``head.hash``. False means the history was truncated or
    rewritten at or before that point since the head was written down."""
    if head.count == 0:
        return head.hash == GENESIS
    row = conn.execute(
        "SELECT hash FROM events ORDER BY id LIMIT 1 OFFSET ?", (head.count - 1,)
    ).fetchone()
    return row is not None and row[0] == head.hash


@dataclass(frozen=True)
class Event:
    id: int
    time: str
    annotator: str
    action: str
    doc_id: str | None
    target: str | None
    before: Any
    after: Any
    origin: str
    origin_hash: str | None
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "annotator": self.annotator,
            "action": self.action,
            "doc": self.doc_id,
            "target": self.target,
            "before": self.before,
            "after": self.after,
            "origin": self.origin,
            # the event's hash in the file it was first written in, for an
            # event a merge brought; None for the file's own
            "origin_hash": self.origin_hash,
            "hash": self.hash,
        }


class EventWriter:
    """Appends events on one connection; must be called inside a write transaction.

    The previous hash is read inside that transaction (BEGIN IMMEDIATE holds
    the write lock), so two processes never chain onto the same row."""

    def __init__(self, conn: sqlite3.Connection, origin: str):
        self._conn = conn
        self._origin = origin
        self._prev: str | None = None
        # while an undo or a redo writes (Project.undo_step): marks each event
        # with the events it takes back (models.store.undo.Marker)
        self.marker: Any = None

    def reset(self) -> None:
        """Forget the cached tail; called when a transaction begins or rolls back."""
        self._prev = None

    def append(
        self,
        annotator: str,
        action: str,
        doc_id: str | None = None,
        target: str | int | None = None,
        before: Any = None,
        after: Any = None,
        *,
        time: str | None = None,
        origin: str | None = None,
        origin_hash: str | None = None,
    ) -> str:
        return self.append_many(
            annotator,
            action,
            [(doc_id, target, before, after)],
            time=time,
            origin=origin,
            origin_hash=origin_hash,
        )

    def append_many(
        self,
        annotator: str,
        action: str,
        items: list[tuple[str | None, str | int | None, Any, Any]],
        *,
        time: str | None = None,
        origin: str | None = None,
        origin_hash: str | None = None,
    ) -> str:
        """Append one event per (doc_id, target, before, after), chained in order,
        in one statement: the bulk form that imports use."""
        if self._prev is None:
            self._prev = last_hash(self._conn)
        when = time or utc_now()
        origin = origin or self._origin
        # time, annotator and action lead the hashed fields and origin and
        # origin_hash close them: the same for the whole batch, written once.
        head = "\x1f".join(map(_hashed, (when, annotator, action)))
        tail = f"{_hashed(origin)}\x1f{_hashed(origin_hash)}"
        rows = []
        marker = self.marker
        for doc_id, target, before, after in items:
            target = None if target is None else str(target)
            if marker is not None:
                after = marker.mark(action, doc_id, target, before, after)
            before, after = dumps(before), dumps(after)
            fields = (doc_id, target, before, after)
            middle = "\x1f".join(map(_hashed, fields))
            digest = _chained(self._prev, f"{head}\x1f{middle}\x1f{tail}")
            rows.append((when, annotator, action, *fields, origin, origin_hash, self._prev, digest))
            self._prev = digest
        self._conn.executemany(
            "INSERT INTO events (time, annotator, action, doc_id, target, before, after,"
            " origin, origin_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return self._prev

    def append_copied(self, rows: list[tuple]) -> str | None:
        """Append events copied from another file (a merge), chained in order,
        in one statement: each row is (time, annotator, action, doc_id,
        target, before, after, origin, origin_hash), ``before`` and ``after``
        as the canonical JSON text they were checked to be. Returns the new
        head's hash (None: no row)."""
        if not rows:
            return None
        if self._prev is None:
            self._prev = last_hash(self._conn)
        prev = self._prev
        out = []
        for when, annotator, action, doc_id, target, before, after, origin, origin_hash in rows:
            target = None if target is None else str(target)
            row = (when, annotator, action, doc_id, target, before, after)
            row += (origin or self._origin, origin_hash)
            fields = "\x1f".join(map(_hashed, row))
            digest = _chained(prev, fields)
            out.append((*row, prev, digest))
            prev = digest
        self._conn.executemany(
            "INSERT INTO events (time, annotator, action, doc_id, target, before, after,"
            " origin, origin_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            out,
        )
        self._prev = prev
        return prev


def row_to_event(row: sqlite3.Row | tuple) -> Event:
    (eid, time, annotator, action, doc_id, target, before, after, origin, origin_hash, digest) = row
    return Event(
        eid,
        time,
        annotator,
        action,
        doc_id,
        target,
        _payload(eid, "before", before),
        _payload(eid, "after", after),
        origin,
        origin_hash,
        digest,
    )


def _payload(eid: int, field: str, value: str | None) -> Any:
    """An event's before/after as written; one edited into something that is
    not JSON is the file's damage, named, not a reader's crash."""
    if not value:
        return None
    try:
        return json.loads(value)
    except (ValueError, TypeError, RecursionError):
        raise IntegrityError(
            "event {event} of the history is damaged: its {field} is not JSON"
            " (biaozhu verify checks the whole project)",
            event=eid,
            field=field,
        ) from None


EVENT_COLUMNS = (
    "id, time, annotator, action, doc_id, target, before, after, origin, origin_hash, hash"
)


def query_events(
    conn: sqlite3.Connection,
    *,
    doc_id: str | None = None,
    annotator: str | None = None,
    action: str | None = None,
    target: str | None = None,
    since: str | None = None,
    until: str | None = None,
    up_to_id: int | None = None,
    project_level: bool = False,
    damaged: list[Message] | None = None,
) -> list[Event]:
    """The events matching every filter given, oldest first. ``project_level``:
    only those about no document (a merge's record, a person, the labels),
    read through the document index instead of the whole history. With
    ``damaged``, a list, an event grown past anything Biaozhu writes is left
    out and named there, unread (page_events); without it, a read of one
    document's events refuses such an event (IntegrityError naming it)."""
    where, params = _filter_sql(
        doc_id, annotator, action, since, until, target=target, up_to_id=up_to_id
    )
    if project_level:
        where.insert(0, "doc_id IS NULL")
    if damaged is not None:
        found = grown_payloads(conn, " FROM events WHERE " + " AND ".join(["1", *where]), params)
        damaged += [grown_message(*f) for f in found]
        if found:
            where.append(f"id NOT IN ({','.join(str(eid) for eid, _f, _s in found)})")
    elif doc_id is not None:
        # one document's events (its layers as of an event, a reviewer's
        # choices, a suggestion's events): a few hundred, whose sizes cost
        # about 5 µs each; a whole-history reader checks the history first
        # (Project.refuse_grown_history), once, from SQLite's page statistics
        refuse_grown_payloads(conn, " FROM events WHERE " + " AND ".join(where), params)
    sql = f"SELECT {EVENT_COLUMNS} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id"
    return [row_to_event(r) for r in conn.execute(sql, params)]


# How many event ids one step of a paged scan reads when the filters have no
# index (annotator, action, time): a step of the id range, not a whole-table
# scan, so that a filter matching nothing costs a bounded read per page.
SCAN_STEP = 20_000


def _filter_sql(
    doc_id: str | None,
    annotator: str | None,
    action: str | None,
    since: str | None,
    until: str | None,
    *,
    target: str | None = None,
    up_to_id: int | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, value, op in (
        ("doc_id", doc_id, "="),
        ("annotator", annotator, "="),
        ("target", target, "="),
        ("time", since, ">="),
        ("time", until, "<="),
        ("id", up_to_id, "<="),
    ):
        if value is not None:
            where.append(f"{column} {op} ?")
            params.append(value)
    if action is not None:
        where.append("(action = ? OR action LIKE ?)")
        params += [action, action + ".%"]
    return where, params


@dataclass(frozen=True)
class EventPage:
    """Events of a paged read, and where the next read goes on from.

    ``next_id`` is the id the scan reached (exclusive bound of the next read,
    above it oldest first, below it newest first); ``done`` says the history
    holds no further event matching the filters."""

    events: list[Event]
    next_id: int
    done: bool


def page_events(
    conn: sqlite3.Connection,
    *,
    from_id: int | None = None,
    limit: int = 200,
    newest_first: bool = False,
    max_scan: int = 3 * SCAN_STEP,
    doc_id: str | None = None,
    annotator: str | None = None,
    action: str | None = None,
    since: str | None = None,
    until: str | None = None,
    damaged: list[Message] | None = None,
) -> EventPage:
    """Up to ``limit`` events matching the filters, after ``from_id`` (oldest
    first) or before it (newest first; None: from the end).

    An event grown past anything Biaozhu writes (sqlite3) is refused
    (IntegrityError naming it); with ``damaged``, a list, it is left out of
    the page and named there, the events around it read (the window's
    history view: the rest of the history stays browsable).

    A document's events are read through its index; the other filters read
    the id range a step at a time, at most ``max_scan`` ids per call, so
    that each page costs bounded time on any history (a window pages a
    340,000-event project without a wait): a page may then hold fewer
    events than ``limit`` and still not be the last."""
    where, params = _filter_sql(doc_id, annotator, action, since, until)
    (top,) = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
    if from_id is None:
        from_id = top + 1 if newest_first else 0
    order = "DESC" if newest_first else ""
    indexed = doc_id is not None or not where
    events: list[Event] = []
    at = from_id
    scanned = 0
    while len(events) < limit:
        if newest_first:
            low, high = (0, at) if indexed else (max(0, at - SCAN_STEP - 1), at)
        else:
            low, high = (at, top + 1) if indexed else (at, min(top + 1, at + SCAN_STEP + 1))
        if high - low <= 1:
            return EventPage(events, at, True)
        sql = (
            " FROM events WHERE id > ? AND id < ?"
            + "".join(" AND " + w for w in where)
            + f" ORDER BY id {order} LIMIT ?"
        )
        bounds = [low, high, *params, limit - len(events)]
        if damaged is None:
            refuse_grown_payloads(conn, sql, bounds)
        else:  # the grown events left out and named, the others read
            while found := grown_payloads(conn, sql, bounds):
                damaged += [grown_message(*f) for f in found]
                left_out = ",".join(str(eid) for eid, _f, _s in found)
                sql = sql.replace(" ORDER BY", f" AND id NOT IN ({left_out}) ORDER BY", 1)
        rows = conn.execute(f"SELECT {EVENT_COLUMNS}" + sql, bounds).fetchall()
        events += [row_to_event(r) for r in rows]
        if len(events) >= limit:
            return EventPage(events, events[-1].id, False)
        if indexed:
            return EventPage(events, low if newest_first else high, True)
        at = low + 1 if newest_first else high - 1
        scanned += high - low - 1
        if scanned >= max_scan:
            done = at <= 1 if newest_first else at >= top
            return EventPage(events, at, done)
    return EventPage(events, at, False)


def grown_payloads(
    conn: sqlite3.Connection,
    where: str,
    params: Sequence[Any],
    fields: Sequence[str] = ("before", "after"),
) -> list[tuple[int, str, int]]:
    """(event, field, size) of each of the events ``where`` selects (``FROM
    events …``) whose ``fields`` are larger than anything Biaozhu writes:
    someone with ``sqlite3`` can grow one to a gigabyte, which reading as
    JSON holds several times over. Each size is read through SQLite's blob
    handle (``typeof`` reads no value), the value left unread."""
    types = ", ".join(f"typeof({f})" for f in fields)
    found = []
    for eid, *kinds in conn.execute(f"SELECT id, {types}{where}", params).fetchall():
        for field, kind in zip(fields, kinds, strict=True):
            if kind != "text":
                continue
            with conn.blobopen("events", field, eid, readonly=True) as blob:
                size = len(blob)
            if size > MAX_VALUE_BYTES:
                found.append((eid, field, size))
                break
    return found


def grown_message(eid: int, field: str, size: int) -> Message:
    return Message(
        "event {event} of the history is damaged: its {field} is {size:,} bytes,"
        " more than Biaozhu ever writes in one value (biaozhu verify checks the"
        " whole project)",
        event=eid,
        field=field,
        size=size,
    )


def refuse_grown_payloads(
    conn: sqlite3.Connection,
    where: str,
    params: Sequence[Any],
    fields: Sequence[str] = ("before", "after"),
) -> None:
    """IntegrityError naming the first event ``where`` selects one of whose
    ``fields`` is larger than anything Biaozhu writes (grown_payloads)."""
    found = grown_payloads(conn, where, params, fields)
    if found:
        words = grown_message(*found[0])
        raise IntegrityError(words.template, **words.params)


def grown_payload_events(conn: sqlite3.Connection) -> None:
    """refuse_grown_payloads over the whole history and every field, read
    only when SQLite's page statistics show a row of the events larger than
    the bound (a walk of the events' pages: 0.07 s on 343,000 events)."""
    if largest_row(conn, "events") > MAX_VALUE_BYTES:
        fields = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] != "id"]
        refuse_grown_payloads(conn, " FROM events NOT INDEXED", (), fields)


def chain_problem(conn: sqlite3.Connection) -> Message | None:
    """The first thing the history's chain does not prove (verify_chain's
    first problem, or an event grown past anything Biaozhu writes, named
    unread), None when the whole chain holds: what a reader of the gold
    (export, train) can say without a whole verify, which also replays."""
    if largest_row(conn, "events") > MAX_VALUE_BYTES:
        fields = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] != "id"]
        found = grown_payloads(conn, " FROM events NOT INDEXED", (), fields)
        if found:
            return grown_message(*found[0])
    return verify_chain(conn)[1]


def event_names(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """Who has events in the history, and which actions it holds: what a
    filter of ``query_events`` can name and find something."""
    annotators = [r[0] for r in conn.execute("SELECT DISTINCT annotator FROM events ORDER BY 1")]
    actions = [r[0] for r in conn.execute("SELECT DISTINCT action FROM events ORDER BY 1")]
    return annotators, actions


def verify_chain(
    conn: sqlite3.Connection, start: ChainHead | None = None, names: set[str] | None = None
) -> tuple[int, Message | None]:
    """Walk the chain; return (events checked, first problem or None). The
    hash is event_hash's, written out inline: this loop runs once per event.
    ``start``: a head of this chain already walked (its events numbered 1 to
    ``start.count``, as a whole walk proves them), from which the walk goes on.
    ``names``: gathers the annotators the events walked name (verify checks
    them, without a scan of its own)."""
    prev = GENESIS if start is None else start.hash
    count = 0 if start is None else start.count
    gap = None
    sha256 = hashlib.sha256
    cursor = conn.execute(
        "SELECT id, prev_hash, hash, "
        + ", ".join(HASHED_FIELDS)
        + " FROM events WHERE id > ? ORDER BY id",
        (count,),
    )
    for eid, prev_hash, digest, *values in cursor:
        count += 1
        if names is not None:
            names.add(values[1])  # the annotator (HASHED_FIELDS)
        if eid != count and gap is None:
            # Nothing deletes an event and SQLite numbers each row one past the
            # last, so the events are 1, 2, 3…: a number skipped is a row taken
            # out, with the hashes after it recomputed if the chain holds.
            gap = Message(
                "event {count} is missing: event {eid} follows event {before} (an event"
                " was deleted and the chain recomputed)",
                count=count,
                eid=eid,
                before=count - 1,
            )
        if prev_hash != prev:
            return (
                count,
                Message(
                    "event {eid} is broken: it does not follow the event before it"
                    " (a row was removed or reordered)",
                    eid=eid,
                ),
            )
        fields = "\x1f".join(["-" if v is None else f"{len(v)}:{v}" for v in values])
        if sha256(f"{prev}\x1f{fields}".encode()).hexdigest() != digest:
            return (
                count,
                Message(
                    "event {eid} is broken: its content does not match its hash (it was altered)",
                    eid=eid,
                ),
            )
        prev = digest
    return count, gap
