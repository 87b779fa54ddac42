"""What a project file proves about itself, and what it cannot.

``verify`` checks, in one read:

1. SQLite's own integrity and the foreign keys;
2. the guard triggers by what they do (their SQL), not by their names, and
   that no other trigger changes what the file stores;
3. the hash chain of the events, and every merged event against the hash it
   has in the file it came from;
4. that the tables are the replay of the history (replay.py): every span
   with its attributes and provenance, decision, document status, label,
   annotator and role, each difference named with its table, its row and the
   event that should have written it; and the settings that change what the
   store accepts (allow_overlap) against what project.created recorded; and
   what each event records of what it changed (its ``before``: the span,
   decision, suggestion, status, role, labels, setting or models it
   replaced), and the provenance an added span names (its owner as the
   event's annotator, the removed span it restores, the span a reviewer took
   it from, of the layer named unless both layers held it alike, the
   conflict it was kept from), the spans a reviewer's choice settled (of the
   layers named, and as the history holds them unless an edit changed them
   since), and the file each merge conflict came from (its merge's), against
   the replay of the events before it, since the history view and the audit
   exports show them; when each conflict was raised, where its merge
   recorded it; and the origin of the file's own events (this project). The
   documents' rows are replayed and compared a range of documents at a time
   (check_state), so that memory stays bounded on the longest history;
5. every document's text against its content hash and its import event,
   and the search index by FTS5's own integrity check;
6. optionally, a chain head written down earlier (by a reviewer, a backup, an
   export manifest, a merge): still in the history, or it was truncated or
   rewritten since.

A file can prove its own consistency, not its completeness: someone who
deletes the last events together with the state they made, or rewrites the
whole file with a new chain, is caught only against a head written down
outside it (6)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from models.errors import InvalidInput, Message, quoted_text, shown
from models.store.backup import Backup
from models.store.connection import (
    MIGRATION_SET,
    applied_migrations,
    read_snapshot,
    schema_record_problem,
)
from models.store.counters import (
    IDS_KEPT_SCHEMA,
    IDS_KEPT_SINCE,
    IDS_KEPT_STEP,
    SPAN_GIVING,
    created_schema,
)
from models.store.documents import (
    details_digest,
    oversize_text_message,
    oversize_texts,
)
from models.store.event_order import merge_record_problems, span_order_problems
from models.store.history import (
    GENESIS,
    HASHED_FIELDS,
    ChainHead,
    chain_head,
    event_hash,
    head_in_chain,
    verify_chain,
)
from models.store.oversize import oversize_values
from models.store.replay import (
    GUARDED_SETTINGS,
    KNOWN_ACTIONS,
    PROJECT_ACTIONS_SQL,
    SPAN_FIELDS,
    SUGGESTION_FIELDS,
    Replayed,
    Written,
    counter_problem,
    joined,
    model_content_hash,
    model_f1,
    replay_documents,
    replay_documents_in,
    replay_project,
)
from models.store.triggers import unexpected_triggers
from models.system_errors import sqlite_reason


@dataclass(frozen=True)
class VerifyReport:
    problems: list[Message]  # str() of each: the English `biaozhu verify` prints
    events_checked: int
    head: ChainHead | None  # None: the file is too damaged to read it
    # What the history cannot prove because the Biaozhu that wrote it did not
    # record it (not a sign of tampering, but not proven either).
    gaps: list[Message] = field(default_factory=list)
    expected: Message | None = None  # how a head written down earlier was found
    merged: int = 0  # events merged from other files, each checked against its origin hash

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return str(self.summary_words())

    def summary_words(self) -> Message:
        """The summary line in words the window translates (``str()``: ``summary()``)."""
        if self.problems:
            return self.problems[0]
        checked = Message(
            "integrity, foreign keys, triggers, {events} chained {events:event|events} and the"
            " state replayed from them (spans, decisions and the suggestions decided on, statuses,"
            " labels, roles, texts, models)",
            events=self.events_checked,
        )
        if self.merged:
            checked = Message(
                "{checked}; {merged} merged {merged:event matches its origin hash|events match their"
                " origin hashes}",
                checked=checked,
                merged=self.merged,
            )
        if self.gaps:
            return Message(
                "verified, except what older versions did not record: {checked}", checked=checked
            )
        return Message("ok: {checked}", checked=checked)

    def head_line(self) -> str:
        if self.head is None:
            return "head: unknown (the file is damaged)"
        return f"head: {self.head.count}:{self.head.hash}"


def verify_project(
    conn: sqlite3.Connection,
    expected: ChainHead | str | None = None,
    backups: Sequence[Backup] = (),
) -> VerifyReport:
    """``expected``: a head written down earlier, as a ChainHead or as text
    (``HASH`` or ``COUNT:HASH``, see parse_head); ``backups``: the project's
    own copies, whose heads must still be in its history. Everything is read
    in one snapshot, so other processes may write meanwhile."""
    with read_snapshot(conn):
        try:
            return _verify(conn, expected, backups)
        except sqlite3.DatabaseError as exc:
            return VerifyReport(
                [
                    Message(
                        "the file cannot be read ({reason}); restore a backup of it",
                        reason=sqlite_reason(exc),
                    )
                ],
                0,
                None,
            )


def _verify(
    conn: sqlite3.Connection, expected: ChainHead | str | None, backups: Sequence[Backup]
) -> VerifyReport:
    problems: list[Message] = []
    gaps: list[Message] = []
    oversize = oversize_values(conn)
    if oversize:
        # every other check would read the value whole (SQLite's integrity
        # check too, where an index holds it): named, nothing more read
        return VerifyReport(oversize, 0, chain_head(conn))
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(
            Message("SQLite integrity check failed: {found}", found="; ".join(integrity[:3]))
        )
    names: set[str] = set()
    count, chain_problem = verify_chain(conn, names=names)
    if chain_problem:
        problems.append(chain_problem)
    found = None
    if expected is not None:
        found = _check_expected(conn, expected, problems)
    schema = schema_record_problem(applied_migrations(conn))
    if schema is not None:
        problems.append(schema)
    problems += project_id_problems(conn)
    problems += meta_counter_problems(conn)
    problems += id_counter_problems(conn, gaps)
    problems += span_order_problems(conn, _ids_kept_since(conn))
    problems += merge_record_problems(conn)
    gaps += suggestion_ids_given_twice(conn)
    problems += backups_not_in_chain(conn, backups)
    problems += restore_problems(conn)
    problems += unexpected_triggers(conn)
    problems += _foreign_keys(conn)
    merged_problems, merged = verify_merged_events(conn)
    problems += merged_problems
    problems += unknown_actions(conn)
    problems += unusable_names(conn, names)
    problems += own_origin_problems(conn)
    try:
        problems += check_state(conn, gaps)
    except sqlite3.DatabaseError as exc:
        problems.append(
            Message(
                "the tables cannot be read to compare them with the history ({reason})",
                reason=sqlite_reason(exc),
            )
        )
    return VerifyReport(problems, count, chain_head(conn), gaps, found, merged)


def verify_since(conn: sqlite3.Connection, since: ChainHead) -> VerifyReport:
    """``verify`` of a history that verified whole when ``since`` was its
    head, for a writer holding the write lock since that check's snapshot
    was left (a merge): ``since`` is still where it was, and what came
    after it is checked as ``verify`` checks it — the chain from ``since``
    on, the events merged since, the project's rows, and the rows of every
    document an event since names, against the replay of its whole history.
    What no event may change (the schema record, the project id, the
    triggers) is checked again; SQLite's own integrity and the foreign keys,
    which only a write bypassing SQLite or its foreign keys breaks, are not."""
    with read_snapshot(conn):
        if not head_in_chain(conn, since):
            return VerifyReport(
                [
                    Message(
                        "the history no longer holds the head {count}:{hash}… verified before:"
                        " it was truncated or rewritten meanwhile",
                        count=since.count,
                        hash=since.hash[:12],
                    )
                ],
                0,
                chain_head(conn),
            )
        oversize = oversize_values(conn)
        if oversize:
            return VerifyReport(oversize, 0, chain_head(conn))
        problems: list[Message] = []
        names: set[str] = set()
        count, chain_problem = verify_chain(conn, since, names)
        if chain_problem:
            problems.append(chain_problem)
        schema = schema_record_problem(applied_migrations(conn))
        if schema is not None:
            problems.append(schema)
        problems += project_id_problems(conn)
        problems += restore_problems(conn)
        problems += unexpected_triggers(conn)
        problems += verify_merged_events(conn, since.count)[0]
        problems += unknown_actions(conn, since.count)
        problems += unusable_names(conn, names, since.count)
        problems += own_origin_problems(conn, since.count)
        gaps: list[Message] = []
        problems += id_counter_problems(conn, gaps, since.count)
        problems += span_order_problems(conn, _ids_kept_since(conn), since.count)
        problems += merge_record_problems(conn, since.count)
        problems += check_state_since(conn, since.count, gaps)
        merged = conn.execute("SELECT count(*) FROM events WHERE origin_hash IS NOT NULL")
        return VerifyReport(problems, count, chain_head(conn), gaps, None, merged.fetchone()[0])


def unknown_actions(conn: sqlite3.Connection, since: int = 0) -> list[Message]:
    """Events whose action this version does not know, one problem per
    action (its first event and how many): replay passes over an action it
    has no rule for, so without this such an event went unreported.
    ``since``: only the events after that one."""
    marks = ",".join("?" * len(KNOWN_ACTIONS))
    rows = conn.execute(
        f"SELECT action, min(id), count(*) FROM events WHERE id > ? AND action NOT IN ({marks})"
        " GROUP BY action ORDER BY min(id) LIMIT 10",
        (since, *sorted(KNOWN_ACTIONS)),
    )
    return [
        Message(
            "event {event}: its action {action!r} is not one Biaozhu writes ({n} {n:event|events});"
            " the history was altered",
            event=eid,
            action=action,
            n=n,
        )
        for action, eid, n in rows
    ]


# -- ids never given again -------------------------------------------------------------------

# The events that give a span its id (their target), and those that name the
# suggestion a decision was on (in the suggestion record they carry).
SPAN_TAKING = ("span.removed", "suggestion.undone")  # their target: the span taken away
DECIDING = (
    "suggestion.accepted",
    "suggestion.corrected",
    "suggestion.rejected",
    "suggestion.undone",
)


# What no name Biaozhu takes holds (who.check_annotator_name): white space,
# control, format (zero-width, bidi overrides), surrogate and private-use
# characters. Unassigned code points are left out: a newer Unicode may
# assign them.
_NOT_IN_NAMES = ("Cc", "Cf", "Cs", "Co")


def _unusable_char(name: str) -> str | None:
    return next((c for c in name if c.isspace() or unicodedata.category(c) in _NOT_IN_NAMES), None)


def unusable_names(conn: sqlite3.Connection, names: set[str], since: int = 0) -> list[Message]:
    """The first event (after ``since``) made by, or adding, an annotator
    whose name Biaozhu never takes: another program wrote it, under a name
    that reads as someone else's (``bo<U+200B>b``) or turns a line round (a
    right-to-left override). ``names``: the events' annotators, which the
    chain's walk gathered; the annotators added are the table's (the replay
    holds it to their events). One problem, the name escaped."""
    added = [r[0] for r in conn.execute("SELECT name FROM annotators")]
    found = []
    for name in {*names, *added}:
        bad = _unusable_char(name) if isinstance(name, str) else None
        if bad is None:
            continue
        (eid,) = conn.execute(
            "SELECT min(id) FROM events WHERE id > ? AND (annotator = ?"
            " OR (action = 'annotator.added' AND target = ?))",
            (since, name, name),
        ).fetchone()
        if eid is not None:
            found.append((eid, name, bad))
    if not found:
        return []
    eid, name, bad = min(found)
    return [
        Message(
            "event {event} names the annotator {name}, a name Biaozhu never takes (it"
            " holds U+{code:04X}: white space, a control or an invisible character):"
            " the event was written outside Biaozhu",
            event=eid,
            name=shown(name),
            code=ord(bad),
        )
    ]


def _actions_sql(actions: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{a}'" for a in actions) + ")"


def id_counter_problems(
    conn: sqlite3.Connection, gaps: list[Message], since: int = 0
) -> list[Message]:
    """A span's or a suggestion's id is never given to another (a window that
    acts on a removed one is then refused instead of hitting the row that
    took its id): AUTOINCREMENT's counters in ``sqlite_sequence``, which no
    event guards, must be at or past every id the table holds and the
    history gave, the two tables must still be AUTOINCREMENT, and no span id
    may have been given twice. A project created before schema step 4 may
    have given one twice before that step: a gap, not a problem. ``since``: a
    history verified whole up to that event (a merge holding the write
    lock), whose ids since are held to the counters without reading the
    whole history again under the lock."""
    if IDS_KEPT_STEP not in applied_migrations(conn):
        return []  # ids were given again by design before that step
    from models.store.counters import IDS_NEVER_REUSED

    problems: list[Message] = []
    for table in IDS_NEVER_REUSED:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if row is not None and "AUTOINCREMENT" not in (row[0] or "").upper():
            problems.append(
                Message(
                    "the {table} table's ids are no longer AUTOINCREMENT (its definition was"
                    " edited by hand): the id of a row removed would be given again",
                    table=table,
                )
            )
    cutoff = _ids_kept_since(conn)
    (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
    if cutoff > last:
        # step 4 records the last event before it, and events only grow: a
        # place past the last one was written by hand, to excuse ids given twice
        problems.append(
            Message(
                "meta's {key} ({cutoff}) places schema step 4 after the last event ({last}):"
                " it was edited by hand (ids given twice after the step would pass as from"
                " before it)",
                key=IDS_KEPT_SINCE,
                cutoff=cutoff,
                last=last,
            )
        )
    span_top, suggestion_top = conn.execute(
        f"SELECT max(CASE WHEN action IN {_actions_sql(SPAN_GIVING)}"
        " THEN CAST(target AS INTEGER) END),"
        f" max(CASE WHEN action IN {_actions_sql(DECIDING)} THEN CAST(coalesce("
        "json_extract(CASE WHEN json_valid(after) THEN after END, '$.suggestion.suggestion_id'),"
        "json_extract(CASE WHEN json_valid(before) THEN before END,"
        " '$.suggestion.suggestion_id')) AS INTEGER) END)"
        " FROM events WHERE origin_hash IS NULL AND id > ?",
        (max(cutoff, since),),
    ).fetchone()
    counters = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    for table, given in (("annotations", span_top), ("suggestions", suggestion_top)):
        (held,) = conn.execute(f"SELECT max(id) FROM {table}").fetchone()
        top = max(given or 0, held or 0)
        counter = counters.get(table)
        if type(counter) is not int or counter < top:
            problems.append(
                Message(
                    "the counter of {table} ids (sqlite_sequence) is {counter}, but id {top}"
                    " was given already: ids would be given again, to rows a window may take"
                    " for the removed ones (the counter was edited by hand)",
                    table=table,
                    counter=counter if counter is not None else Message("missing"),
                    top=top,
                )
            )
    if since:
        return problems
    # an id given again is one removed before (the table's key holds one row
    # an id): only the removed ones are grouped, a few of the spans given
    twice = conn.execute(
        "SELECT CAST(target AS INTEGER) AS span, min(id), max(id) FROM events"
        f" WHERE origin_hash IS NULL AND action IN {_actions_sql(SPAN_GIVING)}"
        " AND target IN (SELECT target FROM events WHERE origin_hash IS NULL"
        f" AND action IN {_actions_sql(SPAN_TAKING)} AND target IS NOT NULL)"
        " GROUP BY span HAVING count(*) > 1 ORDER BY min(id)"
    ).fetchall()
    before = [row for row in twice if row[2] <= cutoff]
    if before:
        gaps.append(
            Message(
                "span ids were given twice ({n}) before this project's ids were never given"
                " again (schema step 4): the history cannot tell those spans apart by id",
                n=len(before),
            )
        )
    for span, first, again in twice:
        if again > cutoff:
            problems.append(
                Message(
                    "span id {span} was given twice, by event {first} and again by event"
                    " {again}: the second span took the id of one removed (the counter of"
                    " span ids was lowered by hand)",
                    span=span,
                    first=first,
                    again=again,
                )
            )
            break
    return problems


def suggestion_ids_given_twice(conn: sqlite3.Connection) -> list[Message]:
    """A suggestion id this file's history gave to two suggestions (another
    place or label of a document), in one line for them all. Before
    986520d (6 December 2026) an offer gave its suggestions the ids past the
    largest the table held: after an offer was undone, which takes its
    suggestions out of the file, the next offer gave the same ids to other
    places. The tables are right (the replay holds them to the history), but
    the history names two suggestions by one number; it cannot be rewritten,
    and nothing is to be repaired (``Project.suggestion_event_ids`` reads a
    suggestion's history from its last giving). The places are read from the
    offers' events and the suggestion each decision records."""
    after = "CASE WHEN json_valid(e.after) THEN e.after END"
    places = conn.execute(
        "WITH given (event, sid, doc, start, end_, label) AS ("
        " SELECT e.id, json_extract(j.value, '$[0]'), e.doc_id, json_extract(j.value, '$[1]'),"
        f"  json_extract(j.value, '$[1]') + length(json_extract({after}, '$.text')),"
        f"  json_extract({after}, '$.label')"
        f" FROM events AS e, json_each({after}, '$.suggestions') AS j"
        " WHERE e.origin_hash IS NULL AND e.action = 'suggestions.offered'"
        "  AND j.type = 'array'"
        " UNION ALL"
        " SELECT id, json_extract(r, '$.suggestion_id'), doc_id, json_extract(r, '$.start'),"
        "  json_extract(r, '$.end'), json_extract(r, '$.label')"
        " FROM (SELECT id, doc_id, coalesce("
        "  json_extract(CASE WHEN json_valid(after) THEN after END, '$.suggestion'),"
        "  json_extract(CASE WHEN json_valid(before) THEN before END, '$.suggestion')) AS r"
        f"  FROM events WHERE origin_hash IS NULL AND action IN {_actions_sql(DECIDING)})"
        " WHERE json_valid(r))"
        " SELECT sid, doc, start, end_, label, min(event) FROM given"
        " WHERE typeof(sid) = 'integer' GROUP BY sid, doc, start, end_, label"
        " ORDER BY sid, min(event)"
    ).fetchall()
    twice: dict[int, list[tuple]] = {}
    for sid, *place in places:
        twice.setdefault(sid, []).append(tuple(place))
    twice = {sid: seen for sid, seen in twice.items() if len(seen) > 1}
    if not twice:
        return []
    sid, seen = next(iter(twice.items()))
    (doc, start, end, label, first), (doc2, start2, end2, label2, again) = seen[:2]
    return [
        Message(
            "suggestion id {sid} was given to two suggestions, {label} [{start}:{end}] in"
            " {doc} by event {first} and {label2} [{start2}:{end2}] in {doc2} by event"
            " {again}{more}: an offer of Biaozhu before 7 December 2026 gave an undone offer's"
            " ids again; the spans and decisions are right, nothing to repair, but the"
            " history names both suggestions by that number (a suggestion's history is read"
            " from its last offer)",
            sid=sid,
            label=label,
            start=start,
            end=end,
            doc=doc,
            first=first,
            label2=label2,
            start2=start2,
            end2=end2,
            doc2=doc2,
            again=again,
            more=Message(" (and {n} more {n:id|ids} alike)", n=len(twice) - 1)
            if len(twice) > 1
            else "",
        )
    ]


def _ids_kept_since(conn: sqlite3.Connection) -> int:
    """The last event of a project created before step 4 that was written
    before that step (0: the project was created with it). Which schema the
    project was created with is read from its first event, which the chain
    holds; where step 4 stood, from the last event it recorded before it
    (else, for a project upgraded before the step recorded it, from its time
    in the record of schema steps)."""
    schema = created_schema(conn)
    if schema is not None and schema >= IDS_KEPT_SCHEMA:
        return 0
    # recorded by the step, where in the history it stood (this version's)
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (IDS_KEPT_SINCE,)).fetchone()
    if row is not None and str(row[0]).isdigit():
        return int(row[0])
    # else by the step's time, as a project upgraded before kept it: a clock
    # set back or run ahead between the events and the step misplaces it
    row = conn.execute(
        "SELECT applied_at FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
        (MIGRATION_SET, IDS_KEPT_STEP),
    ).fetchone()
    try:
        when = datetime.fromisoformat(str(row[0])).astimezone(UTC)
        since = when.strftime("%Y-%m-%dT%H:%M:%S.%f")
    except (TypeError, ValueError):
        since = "9"  # no readable time: every event may be older
    (last,) = conn.execute(
        "SELECT coalesce(max(id), 0) FROM events WHERE origin_hash IS NULL AND time < ?",
        (since,),
    ).fetchone()
    return last


def own_origin_problems(conn: sqlite3.Connection, since: int = 0) -> list[Message]:
    """The file's own events (``origin_hash`` NULL) were made in this project:
    their ``origin`` (the audit CSV's column) is its id, as project.created
    recorded it. The chain hashes it, but a chain recomputed after it was
    rewritten showed an event as made elsewhere; events a merge brought are
    held to their origin's hash instead. ``since``: only the events after
    that one."""
    created = conn.execute(
        "SELECT target FROM events WHERE action = 'project.created'"
        " AND origin_hash IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    if created is None:
        return []  # named by the replay: no event records the project
    first, n = conn.execute(
        "SELECT min(id), count(*) FROM events WHERE id > ? AND origin_hash IS NULL"
        " AND origin IS NOT ?",
        (since, created[0]),
    ).fetchone()
    if not n:
        return []
    action, origin = conn.execute(
        "SELECT action, origin FROM events WHERE id = ?", (first,)
    ).fetchone()
    return [
        Message(
            "event {event} ({action}): its origin {origin!r} is not this project's id"
            " {project!r} (project.created), though it was made here ({n} {n:event|events})",
            event=first,
            action=action,
            origin=origin,
            project=created[0],
            n=n,
        )
    ]


def _foreign_keys(conn: sqlite3.Connection) -> list[Message]:
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if not fk:
        return []
    table, rowid, parent, _ = fk[0]
    return [
        Message(
            "foreign key check failed: {n} {n:row|rows}, first {table} row {rowid} -> {parent}",
            n=len(fk),
            table=table,
            rowid=rowid,
            parent=parent,
        )
    ]


# -- a head written down earlier -----------------------------------------------------------

HEAD = re.compile(r"(?:(\d{1,18}):)?([0-9a-f]{12,64})")


def parse_head(text: str) -> tuple[int | None, str]:
    """``COUNT:HASH`` or ``HASH`` (the whole hash, or at least its first 12 digits)."""
    match = HEAD.fullmatch(text.strip().lower())
    if not match:
        raise InvalidInput(
            "{text!r} is not a chain head: give HASH or COUNT:HASH as `verify` prints it", text=text
        )
    return (int(match.group(1)) if match.group(1) else None), match.group(2)


def find_head(conn: sqlite3.Connection, text: str) -> ChainHead | None:
    """The head ``text`` names, as (its position in the chain, its full hash),
    or None when no event of this history carries that hash."""
    count, digest = parse_head(text)
    if count == 0 and GENESIS.startswith(digest):
        return ChainHead(0, GENESIS)
    rows = conn.execute(
        "SELECT (SELECT count(*) FROM events e WHERE e.id <= events.id), hash FROM events"
        " WHERE hash >= ? AND hash < ? ORDER BY id",
        (digest, digest + "g"),
    ).fetchall()
    if count is not None:
        rows = [r for r in rows if r[0] == count]
    if len(rows) > 1:
        raise InvalidInput(
            "{text!r} matches {n_rows} events: give more of the hash", text=text, n_rows=len(rows)
        )
    return ChainHead(*rows[0]) if rows else None


def _check_expected(
    conn: sqlite3.Connection, expected: ChainHead | str, problems: list[Message]
) -> Message | None:
    if isinstance(expected, str):
        written = expected.strip()
        found = find_head(conn, written)
    else:
        written = f"{expected.count}:{expected.hash}"
        found = expected if head_in_chain(conn, expected) else None
    if found is not None:
        return Message(
            "the expected head {written} is in this history (event {count})",
            written=written,
            count=found.count,
        )
    problems.append(
        Message(
            "the expected head {written} is not in this history: it was truncated or "
            "rewritten since that head was written down",
            written=written,
        )
    )
    return None


def project_id_problems(conn: sqlite3.Connection) -> list[Message]:
    """Backups and merges know a file by the project id in ``meta``, a row no
    event guards; the history recorded it when the project was created (the
    target of its own first ``project.created``). A changed id would make
    every backup look like another project's, and a cut history pass."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
    created = conn.execute(
        "SELECT id, target FROM events WHERE action = 'project.created'"
        " AND origin_hash IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    if created is None or (row is not None and row[0] == created[1]):
        return []
    found = repr(row[0]) if row else Message("missing")
    return [
        Message(
            "meta's project id {found} is not the one event {event} (project.created)"
            " recorded, {recorded!r}: backups and merges know the file by it",
            found=found,
            event=created[0],
            recorded=created[1],
        )
    ]


def meta_counter_problems(conn: sqlite3.Connection) -> list[Message]:
    """meta's counters and caches that are not what Biaozhu writes: the count
    of label changes, and the search index's watermark; and the search index
    itself, as FTS5's integrity check finds it."""
    from models.search import index_problem, watermark_problem

    row = conn.execute("SELECT value FROM meta WHERE key = 'labels_version'").fetchone()
    found = [
        counter_problem("labels_version", row[0] if row else None),
        watermark_problem(conn),
        index_problem(conn),
    ]
    return [problem for problem in found if problem is not None]


def backups_not_in_chain(conn: sqlite3.Connection, backups: Sequence[Backup]) -> list[Message]:
    """Each backup of this project is a head written down outside the file:
    still in the history, or left behind by a restore. The two histories are
    compared where they part (the first event they do not share): a backup of
    a history a restore replaced parts from this one at that restore, or at
    a restore of its own that a later restore here undid. Anywhere else, the
    history was cut or rewritten after the backup was made: what the file
    says of its own restores is not taken on trust."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
    project_id = row[0] if row else ""
    problems = []
    for backup in backups:
        if backup.project_id != project_id or head_in_chain(conn, backup.head):
            continue
        head = backup.head
        try:
            at, here, there = _parting(conn, backup)
        except sqlite3.DatabaseError:
            continue  # a copy that can no longer be read anchors nothing
        if _left_by_a_restore(conn, at, here, there) and _replaced_holds(
            conn, at, here, backup, backups
        ):
            continue
        problems.append(
            Message(
                "the backup {name} holds head {count}:{hash}…, which this history no longer"
                " contains: it was truncated or rewritten after that backup (the two part at"
                " event {at})",
                name=backup.path.name,
                count=head.count,
                hash=head.hash[:12],
                at=at,
            )
        )
    return problems


def _parting(conn: sqlite3.Connection, backup: Backup) -> tuple[int, Any, Any]:
    """Where the backup's history and this one part: the first position they do
    not share, and each one's event there as (action, origin_hash), None past
    its end. Hashes chain, so sharing a position's hash is sharing every event
    up to it: a binary search, a few reads of each file."""
    copy = sqlite3.connect(backup.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        lo, hi = 0, backup.head.count  # position lo is shared, the backup's head is not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if _event_at(conn, mid, "hash") == _event_at(copy, mid, "hash"):
                lo = mid
            else:
                hi = mid
        return hi, _event_at(conn, hi), _event_at(copy, hi)
    finally:
        copy.close()


def _event_at(conn: sqlite3.Connection, position: int, what: str = "action, origin_hash") -> Any:
    row = conn.execute(
        f"SELECT {what} FROM events ORDER BY id LIMIT 1 OFFSET ?", (position - 1,)
    ).fetchone()
    if row is None:
        return None
    return row[0] if what == "hash" else tuple(row)


RESTORE = ("project.restored", None)  # a restore made in the file itself


def _left_by_a_restore(conn: sqlite3.Connection, at: int, here: Any, there: Any) -> bool:
    """Two histories part legitimately at a restore: one made here (the backup
    holds the history it replaced), or one the backup holds that a later
    restore here undid (it brought back a copy from before it)."""
    if here == RESTORE:
        return True
    return there == RESTORE and any(position > at for position, *_ in _restores(conn))


def _replaced_holds(
    conn: sqlite3.Connection,
    at: int,
    here: Any,
    backup: Backup,
    backups: Sequence[Backup],
    depth: int = 0,
) -> bool:
    """A backup parting from this history at a restore made here holds the
    history that restore replaced: the restore saved that history as a copy
    beside the others and recorded the copy's head (its ``before``), so that
    copy, found among the backups by that head, must hold the backup's head,
    or part from it at a restore of its own that this check lets pass. A
    ``project.restored`` event forged where a rewritten history begins names
    a copy no one made, and excused every backup. (A backup holding a
    restore that a later one here undid is not held further.)"""
    if here != RESTORE:
        return True
    row = conn.execute("SELECT before FROM events ORDER BY id LIMIT 1 OFFSET ?", (at - 1,))
    found = row.fetchone()
    record = _record(found[0] if found else None)
    tail, count = record.get("events_tail"), record.get("events")
    saved = next(
        (
            b
            for b in backups
            if b.head.hash == tail
            and (count is None or b.head.count == count)
            and b.project_id == backup.project_id
        ),
        None,
    )
    if saved is None:
        return False
    if saved.path == backup.path:
        return True
    copy = sqlite3.connect(saved.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        if head_in_chain(copy, backup.head):
            return True
        if depth >= len(backups):
            return False
        parted, here_there, there_there = _parting(copy, backup)
        return _left_by_a_restore(copy, parted, here_there, there_there) and _replaced_holds(
            copy, parted, here_there, backup, backups, depth + 1
        )
    except sqlite3.DatabaseError:
        return False
    finally:
        copy.close()


def _restores(conn: sqlite3.Connection) -> list[tuple[int, int, str, str | None]]:
    """The file's own restores: (position in the chain, event id, the hash
    before it, its record of what it restored)."""
    return conn.execute(
        "SELECT (SELECT count(*) FROM events e WHERE e.id <= r.id), r.id, r.prev_hash, r.after"
        " FROM events r WHERE r.action = 'project.restored' AND r.origin_hash IS NULL"
    ).fetchall()


def _record(after: str | None) -> dict[str, Any]:
    try:
        record = orjson.loads(after) if after else {}
    except orjson.JSONDecodeError:
        return {}
    return record if isinstance(record, dict) else {}


def restore_problems(conn: sqlite3.Connection) -> list[Message]:
    """A restore appends its event right after the history it brought back,
    and records that history's head: the event before it. A chain recomputed
    after an edit made before the restore no longer leads there."""
    problems = []
    for at, eid, prev, after in _restores(conn):
        record = _record(after)
        tail, count = record.get("events_tail"), record.get("events", at - 1)
        if tail is None or (tail == prev and count == at - 1):
            continue
        problems.append(
            Message(
                "event {event} (project.restored) records that the history it brought back"
                " ended at its event {count} ({tail}…), but what comes before it here is"
                " {before} {before:event|events} ending in {prev}…: the history before the restore was"
                " rewritten",
                event=eid,
                count=count,
                tail=str(tail)[:12],
                before=at - 1,
                prev=prev[:12],
            )
        )
    return problems


# -- merged events ---------------------------------------------------------------------------


def origin_prevs(conn: sqlite3.Connection) -> dict[str, str]:
    """origin hash -> the hash before it in its origin file, from every merge record held."""
    prevs: dict[str, str] = {}
    for (after,) in conn.execute("SELECT after FROM events WHERE action = 'merge.completed'"):
        record = orjson.loads(after) if after else {}
        prevs.update(record.get("origin_prev") or {})
    return prevs


# Where a verify keeps the merge records' origin hashes while it checks them
# (SQLite's temporary database: its pages, not Python's heap, hold them).
ORIGIN_PREV_TABLE = "temp.bz_verify_origin_prev"
TEMP_CACHE_KIB = -8192  # negative: KiB, as SQLite's cache_size takes it


def verify_merged_events(conn: sqlite3.Connection, since: int = 0) -> tuple[list[Message], int]:
    """Re-check every merged event against its origin: its content and the hash that
    preceded it there must give its ``origin_hash``. Returns the problems (empty:
    ok) and how many merged events there are.

    The origin hashes of every merge record are gathered in a temporary table
    (a later record's word on a hash standing, as ``origin_prevs`` reads
    them) and joined to the merged events as they stream past, so memory does
    not grow with the number of merged events. ``since``: only the events
    after that one (those before were checked when it was the head)."""
    # a read-only project's connection refuses every write (query_only), the
    # temporary database's too: allowed for these statements, each of which
    # names the temporary database
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only = OFF")
    try:
        return _check_merged_events(conn, since)
    finally:
        conn.execute(f"PRAGMA query_only = {int(query_only)}")


def _check_merged_events(conn: sqlite3.Connection, since: int) -> tuple[list[Message], int]:
    table = ORIGIN_PREV_TABLE
    conn.execute(f"DROP TABLE IF EXISTS {table}")  # left by a check interrupted
    conn.execute(f"CREATE TABLE {table} (hash TEXT PRIMARY KEY, prev) WITHOUT ROWID")
    # a cache of 8 MB for it: with SQLite's 2 MB the lookups in random order
    # went to the temporary file and the check took 1.4-1.7 times as long
    cache = conn.execute("PRAGMA temp.cache_size").fetchone()[0]
    conn.execute(f"PRAGMA temp.cache_size = {TEMP_CACHE_KIB}")
    try:
        conn.execute(
            f"INSERT OR REPLACE INTO {table} (hash, prev)"
            " SELECT j.key, j.value FROM"
            " (SELECT id, after FROM events WHERE action = 'merge.completed' ORDER BY id) AS m,"
            " json_each(m.after, '$.origin_prev') AS j WHERE typeof(j.key) = 'text'"
        )
        problems = []
        count = 0
        sql = (
            "SELECT e.id, p.prev, "
            + ", ".join(f"e.{name}" for name in HASHED_FIELDS)
            + f" FROM events AS e LEFT JOIN {table} AS p ON p.hash = e.origin_hash"
            " WHERE e.origin_hash IS NOT NULL AND e.id > ? ORDER BY e.id"
        )
        for eid, prev, *values in conn.execute(sql, (since,)):
            count += 1
            row = dict(zip(HASHED_FIELDS, values, strict=True))
            origin_hash = row["origin_hash"]
            if prev is None:
                problems.append(
                    Message(
                        "event {event}: no record of where it stood in {origin}",
                        event=eid,
                        origin=row["origin"],
                    )
                )
            elif event_hash(prev, row | {"origin_hash": None}) != origin_hash:
                problems.append(
                    Message(
                        "event {event}: its content does not match its hash in {origin}",
                        event=eid,
                        origin=row["origin"],
                    )
                )
        return problems, count
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(f"PRAGMA temp.cache_size = {int(cache)}")


# -- the tables against the replay ------------------------------------------------------


# Columns that hold JSON; a row whose JSON does not parse is malformed (a
# reader, a merge, would choke on it).
JSON_COLUMNS = (
    ("documents", "id", "meta"),
    ("documents", "id", "offset_map"),
    ("annotations", "id", "attrs"),
    ("suggestions", "id", "attrs"),
    ("merge_conflicts", "id", "spans"),
)


def malformed_rows(conn: sqlite3.Connection) -> list[Message]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems = []
    for table, key, column in JSON_COLUMNS:
        if table not in tables:
            continue
        rows = conn.execute(
            f"SELECT {key} FROM {table} WHERE {column} IS NOT NULL AND NOT json_valid({column})"
        ).fetchall()
        if rows:
            more = Message(" (and {n} more {n:row|rows})", n=len(rows) - 1) if len(rows) > 1 else ""
            problems.append(
                Message(
                    "{table} row {row}: its {column} is not valid JSON{more}",
                    table=table,
                    row=rows[0][0],
                    column=column,
                    more=more,
                )
            )
    return problems


# Events replayed at a time, at most (a document with more is replayed alone):
# the replayed state holds about 1 KB per event, the rows of its documents.
CHUNK_EVENTS = 20_000


def check_state(
    conn: sqlite3.Connection, gaps: list[str], chunk_events: int = CHUNK_EVENTS
) -> list[Message]:
    """The tables against the replay of the history: the problems of the
    replay (in the order of the events), then of each table. The documents'
    rows are replayed and compared a range of documents at a time, so that
    memory is bounded by the largest range and not by the whole history."""
    project = replay_project(conn)
    replay_problems = list(zip(project.problem_events, project.problems, strict=True))
    unproven: list[tuple[int, Message]] = []
    tables = _Tables(conn)
    for low, high in document_ranges(conn, chunk_events):
        state = replay_documents(conn, low, high)
        replay_problems += zip(state.problem_events, state.problems, strict=True)
        unproven += state.unproven_before
        tables.compare(state, lambda column, low=low, high=high: _in_range(column, low, high))
    replay_problems += _unproven_before(unproven, project, gaps)
    replay_problems.sort(key=lambda item: (item[0], str(item[1])))  # as the English sorts
    return [p for _, p in replay_problems] + tables.finish(project, gaps)


def _unproven_before(
    unproven: list[tuple[int, Message]], project: Replayed, gaps: list[Message]
) -> list[tuple[int, Message]]:
    """Undos naming a decision no event wrote: a problem, unless a merge made
    before merges recorded decisions as events may have brought it (a gap)."""
    if unproven and project.legacy_merges:
        gaps.append(
            Message(
                "{n} {n:undo|undos} of decisions a merge may have brought before merges recorded"
                " them as events",
                n=len(unproven),
            )
        )
        return []
    return unproven


# Where a check of the documents changed since a head keeps their ids, a
# group at a time (SQLite's temporary database).
CHANGED_DOCS_TABLE = "temp.bz_verify_docs"


def check_state_since(
    conn: sqlite3.Connection, since: int, gaps: list[str], chunk_events: int = CHUNK_EVENTS
) -> list[Message]:
    """check_state for a history whose state was verified whole at event
    ``since``: the project's rows, and the rows of the documents that an
    event after it names (a group of about ``chunk_events`` events at a time),
    against the replay of their whole history. The rows of the other
    documents are as they were verified: every change writes an event that
    names its document."""
    project = replay_project(conn)
    replay_problems = list(zip(project.problem_events, project.problems, strict=True))
    unproven: list[tuple[int, Message]] = []
    tables = _Tables(conn)
    if conn.execute(
        "SELECT 1 FROM events WHERE doc_id IS NULL AND origin_hash IS NULL AND id > ?"
        f" AND action NOT IN {PROJECT_ACTIONS_SQL} LIMIT 1",
        (since,),
    ).fetchone():
        state = replay_documents(conn, None, None)
        replay_problems += zip(state.problem_events, state.problems, strict=True)
        unproven += state.unproven_before
        tables.compare(state, lambda column: _in_range(column, None, None))
    table = CHANGED_DOCS_TABLE
    conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        changed = conn.execute(
            "SELECT doc_id, (SELECT count(*) FROM events e WHERE e.doc_id = c.doc_id) FROM"
            " (SELECT DISTINCT doc_id FROM events WHERE id > ? AND origin_hash IS NULL"
            " AND doc_id IS NOT NULL) AS c ORDER BY doc_id",
            (since,),
        ).fetchall()
        group: list[str] = []
        held = 0
        for i, (doc, n) in enumerate(changed):
            group.append(doc)
            held += n
            if held < chunk_events and i + 1 < len(changed):
                continue
            conn.execute(f"DELETE FROM {table}")
            conn.executemany(f"INSERT INTO {table} (id) VALUES (?)", ((d,) for d in group))
            state = replay_documents_in(conn, table)
            replay_problems += zip(state.problem_events, state.problems, strict=True)
            unproven += state.unproven_before
            tables.compare(state, lambda column: (f"{column} IN (SELECT id FROM {table})", ()))
            group, held = [], 0
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    replay_problems += _unproven_before(unproven, project, gaps)
    replay_problems.sort(key=lambda item: (item[0], str(item[1])))  # as the English sorts
    return [p for _, p in replay_problems] + tables.finish(project, gaps)


def document_ranges(
    conn: sqlite3.Connection, chunk_events: int
) -> Iterable[tuple[str | None, str | None]]:
    """Ranges [low, high) of document ids (high None: to the last) that cover
    every id, each holding about ``chunk_events`` events; first (None, None)
    where events that should name a document name none."""
    if conn.execute(
        "SELECT 1 FROM events WHERE doc_id IS NULL AND origin_hash IS NULL"
        f" AND action NOT IN {PROJECT_ACTIONS_SQL} LIMIT 1"
    ).fetchone():
        yield None, None
    bounds, held = [""], 0
    counts = conn.execute(
        "SELECT doc_id, count(*) FROM events WHERE doc_id IS NOT NULL GROUP BY doc_id"
        " ORDER BY doc_id"
    )
    for doc, n in counts:
        if held and held + n > chunk_events:
            bounds.append(doc)
            held = 0
        held += n
    for i, low in enumerate(bounds):
        yield low, (bounds[i + 1] if i + 1 < len(bounds) else None)


def _in_range(column: str, low: str | None, high: str | None) -> tuple[str, tuple]:
    """The SQL condition for ``column`` in [low, high); low None: no row."""
    if low is None:
        return "0", ()
    if high is None:
        return f"{column} >= ?", (low,)
    return f"{column} >= ? AND {column} < ?", (low, high)


class _Table:
    """One table's rows against the replayed ones, compared a range of
    documents at a time. A replayed row not found in its range is looked up
    in the whole table (``lookup``: a row edited to name another document is
    then one that differs, as when the whole file was compared at once); a
    row no event of its range wrote is named at the end, unless a lookup
    from another range found it."""

    def __init__(
        self,
        name: str,
        fields: tuple[str, ...],
        describe: Callable[[Any, tuple], str] | None = None,
        lookup: Callable[[Any, Written], tuple | None] | None = None,
    ) -> None:
        self.name = name
        self.fields = fields
        self.describe = describe or _name_of
        self.lookup = lookup
        self.problems: list[Message] = []
        self.unwritten: list[tuple[Any, Message]] = []
        self.found: set[Any] = set()

    def compare(self, rows: Iterable[tuple[Any, tuple]], replayed: dict[Any, Written]) -> None:
        """Each (key, value) row against the replayed one with that key;
        ``replayed`` is emptied."""
        for key, value in rows:
            written = replayed.pop(key, None)
            if written is None:
                self.unwritten.append(
                    (
                        key,
                        Message(
                            "{table} row {row} is in the table but no event wrote it",
                            table=self.name,
                            row=self.describe(key, value),
                        ),
                    )
                )
            elif written.value != value:
                self.problems.append(self._differs(key, value, written))
        for key, written in replayed.items():
            value = self.lookup(key, written) if self.lookup is not None else None
            if value is None:
                self.problems.append(
                    Message(
                        "{table} row {row} is missing: {by} wrote it",
                        table=self.name,
                        row=self.describe(key, written.value),
                        by=written.by(),
                    )
                )
                continue
            self.found.add(key)
            if written.value != value:
                self.problems.append(self._differs(key, value, written))
        replayed.clear()

    def _differs(self, key: Any, value: tuple, written: Written) -> Message:
        return Message(
            "{table} row {row} differs from {by}, which last wrote it: {differences}",
            table=self.name,
            row=self.describe(key, value),
            by=written.by(),
            differences=_difference(self.fields, value, written.value),
        )

    def finish(self) -> list[Message]:
        return self.problems + [p for key, p in self.unwritten if key not in self.found]


def _compare_rows(
    table: str,
    rows: Iterable[tuple[Any, tuple]],
    replayed: dict[Any, Written],
    fields: tuple[str, ...],
    describe: Callable[[Any, tuple], str | Message] | None = None,
) -> list[Message]:
    """Each (key, value) row of ``table`` against the replayed one with that key.
    ``describe`` names a row in a problem (made only for rows that differ)."""
    compared = _Table(table, fields, describe)
    compared.compare(rows, dict(replayed))
    return compared.finish()


SPAN_SQL = (
    "SELECT id, doc_id, annotator, start_pos, end_pos, label, text, attrs, origin,"
    " suggestion_id FROM annotations"
)
DECISION_SQL = "SELECT d.suggestion_id, d.annotator, d.decision, d.annotation_id FROM decisions d"
DECIDED_SQL = (
    "SELECT id, doc_id, start_pos, end_pos, label, text, score, source, version, attrs"
    " FROM suggestions WHERE id IN (SELECT suggestion_id FROM decisions)"
)
CONFLICT_SQL = "SELECT id, doc_id, annotator, origin, spans, resolved, created FROM merge_conflicts"


class _Tables:
    """The tables compared with the replay, range by range of documents."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.has_conflicts = "merge_conflicts" in tables
        self.spans = _Table("annotations", SPAN_FIELDS, _span_name, self._span)
        self.decisions = _Table(
            "decisions",
            ("decision", "span"),
            lambda key, _v: Message("(suggestion {sid}, {who})", sid=key[0], who=key[1]),
            self._decision,
        )
        self.decided: list[Message] = []
        self.statuses = _Table("doc_status", ("status",))
        self.documents = _Table(
            "documents",
            ("hash", "title", "source", "chars", "metadata, original and offset map (hash)"),
        )
        self.texts: list[Message] = []  # documents whose text fails its hash or length
        self.oversize: list[int] = []  # rowids of texts longer than the store takes, unread
        self.conflicts = _Table(
            "merge_conflicts",
            ("doc_id", "annotator", "origin", "spans", "resolved", "spans (SHA-256)", "created"),
            lookup=self._conflict,
        )
        self.conflict_rows: list[Message] = []  # malformed spans
        # conflict id -> (file, event) as each merge.conflict named it, held at
        # the end to the merge.completed that raised it (the project's replay)
        self.conflict_files: dict[int, tuple[Any, int]] = {}
        self.conflicts_unrecorded = 0  # raised by merges that did not record when
        self.conflict_state: Replayed | None = None

    # -- rows found outside their range ------------------------------------------------

    def _span(self, span_id: int, _written: Written) -> tuple | None:
        row = self.conn.execute(SPAN_SQL + " WHERE id = ?", (span_id,)).fetchone()
        return None if row is None else _span_row(row)[1]

    def _decision(self, key: tuple[int, str], _written: Written) -> tuple | None:
        row = self.conn.execute(
            DECISION_SQL + " WHERE d.suggestion_id = ? AND d.annotator = ?", key
        ).fetchone()
        return None if row is None else (row[2], row[3])

    def _conflict(self, conflict_id: int, written: Written) -> tuple | None:
        row = self.conn.execute(CONFLICT_SQL + " WHERE id = ?", (conflict_id,)).fetchone()
        return None if row is None else self._conflict_row(row, None, written)[1]

    # -- a range of documents ----------------------------------------------------------

    def compare(self, state: Replayed, within: Callable[[str], tuple[str, tuple]]) -> None:
        """The rows of the documents ``within`` selects (the SQL condition on
        a column naming a document id, and its parameters) against ``state``."""
        conn = self.conn
        where, params = within("doc_id")
        rows = conn.execute(f"{SPAN_SQL} WHERE {where}", params)
        self.spans.compare(map(_span_row, rows), state.spans)
        s_where, s_params = within("s.doc_id")
        rows = conn.execute(
            f"{DECISION_SQL} JOIN suggestions s ON s.id = d.suggestion_id WHERE {s_where}",
            s_params,
        )
        self.decisions.compare(
            (((sid, who), (decision, span)) for sid, who, decision, span in rows), state.decisions
        )
        self._compare_decided(state, where, params)
        rows = conn.execute(
            f"SELECT doc_id, annotator, status FROM doc_status WHERE {where}", params
        )
        self.statuses.compare((((d, who), (status,)) for d, who, status in rows), state.statuses)
        self._compare_documents(state, *within("id"))
        self.conflict_files.update(state.conflict_files)
        if self.has_conflicts:
            rows = conn.execute(f"{CONFLICT_SQL} WHERE {where}", params)
            self.conflicts.compare(
                [self._conflict_row(row, state) for row in rows], state.conflicts
            )

    def _compare_decided(self, state: Replayed, where: str, params: tuple) -> None:
        """A decided suggestion is what its decision event recorded the curator was
        shown (span, score, source, version, attributes): the span panel, the
        history's source column and each source's record with the curators read it
        from its row, which no event guards otherwise."""
        shown = {sid: w for sid, w in state.suggestions.items() if state.deciders.get(sid)}
        if not shown:
            return
        rows = self.conn.execute(f"{DECIDED_SQL} AND {where}", params).fetchall()
        seen = {row[0] for row in rows}
        for sid in shown.keys() - seen:  # its row edited to name another document
            rows += self.conn.execute(f"{DECIDED_SQL} AND id = ?", (sid,)).fetchall()
        for sid, *row in rows:
            written = shown.get(sid)
            if written is None:
                continue
            value = (*row[:-1], _attrs(row[-1]))
            if value != written.value:
                self.decided.append(
                    Message(
                        "suggestions row {sid} differs from {by}, which decided on it:"
                        " {differences}",
                        sid=sid,
                        by=written.by(),
                        differences=_difference(SUGGESTION_FIELDS, value, written.value),
                    )
                )

    def _compare_documents(self, state: Replayed, where: str, params: tuple) -> None:
        """Each text against its content hash and length, and each row against its
        import event."""
        oversize = self._oversize_texts(where, params)
        self.oversize += oversize
        # an oversize text is left unread (CASE reads a column only when asked)
        ids = ",".join(map(str, oversize))
        rows = self.conn.execute(
            f"SELECT id, hash, title, source, chars, CASE WHEN rowid IN ({ids}) THEN NULL"
            f" ELSE length(text) END, CASE WHEN rowid IN ({ids}) THEN NULL"
            f" ELSE CAST(text AS BLOB) END, meta, original, offset_map FROM documents WHERE {where}",
            params,
        )
        documents = []
        for doc_id, digest, title, source, chars, length, utf8, *beside in rows:
            if utf8 is None:
                pass  # named by _oversize_texts
            elif hashlib.sha256(utf8).hexdigest() != digest:
                self.texts.append(
                    Message(
                        "documents row {doc}: its text does not match its content hash "
                        "(the text was changed after it was imported)",
                        doc=doc_id,
                    )
                )
            elif length != chars:
                self.texts.append(
                    Message(
                        "documents row {doc}: {chars} characters recorded, {length} held",
                        doc=doc_id,
                        chars=chars,
                        length=length,
                    )
                )
            imported = state.documents.get(doc_id)
            recorded = imported is not None and imported.value[4] is not None
            details = details_digest(*beside) if recorded else None
            documents.append((doc_id, (digest, title, source, chars, details)))
        self.documents.compare(documents, state.documents)

    def _oversize_texts(self, where: str, params: tuple) -> list[int]:
        """The rows whose text is longer than any text the store takes (a
        gigabyte put in one row with ``sqlite3`` took verify, and the window's
        check on opening, 30 s and 3 GB to hash), named by their size."""
        found = oversize_texts(self.conn, where, params)
        self.texts += [oversize_text_message(doc_id, size) for _rowid, doc_id, size in found]
        return [rowid for rowid, _doc, _size in found]

    def _conflict_row(
        self, row: tuple, state: Replayed | None, written: Written | None = None
    ) -> tuple[int, tuple]:
        """Merge conflicts kept for a reviewer: each as its merge.conflict event
        recorded it (document, annotator, origin, how many spans, and since
        merges record it, when it was raised, which ``conflicts`` lists), its
        spans well formed, and resolved exactly when a merge.conflict_resolved
        event says so. (``state`` None: a row looked up outside its range, for
        ``written``.)"""
        cid, doc, who, origin, spans, resolved, created = row
        items = _attrs(spans)
        if not isinstance(items, list) or not all(map(_well_formed_span, items)):
            if state is not None:
                self.conflict_rows.append(
                    Message("merge_conflicts row {cid}: its spans are malformed", cid=cid)
                )
            items = []
        recorded = state.conflicts.get(cid) if state is not None else written
        digest = when = None
        if recorded is not None and recorded.value[5] is not None:
            digest = hashlib.sha256(spans.encode()).hexdigest()
        if recorded is None or recorded.value[6] is not None:
            when = created
        elif state is not None:
            self.conflicts_unrecorded += 1
        return cid, (doc, who, origin, len(items), bool(resolved), digest, when)

    def _conflict_file_problems(self, project: Replayed, gaps: list[Message]) -> list[Message]:
        """The file a conflict came from (``conflicts`` shows it from its
        merge.conflict event) is the file its merge read, as the
        merge.completed event that raised it names it; older merges, which
        did not record when a conflict was raised, are a gap."""
        problems = []
        for cid, (name, eid) in sorted(self.conflict_files.items()):
            merged = project.merge_files.get(cid)
            if merged is not None and merged[0] != name:
                problems.append(
                    Message(
                        "event {event} (merge.conflict) says merge conflict {cid} came from"
                        " {file!r}, but event {merge} (merge.completed), which raised it,"
                        " merged {merged!r}",
                        event=eid,
                        cid=cid,
                        file=name,
                        merge=merged[1],
                        merged=merged[0],
                    )
                )
        if self.conflicts_unrecorded:
            gaps.append(
                Message(
                    "{n} merge {n:conflict|conflicts} raised before merges recorded when (the time"
                    " `conflicts` shows for them is not proven)",
                    n=self.conflicts_unrecorded,
                )
            )
        return problems

    # -- the whole project -------------------------------------------------------------

    def finish(self, project: Replayed, gaps: list[str]) -> list[Message]:
        conn = self.conn
        orphans = conn.execute(
            DECISION_SQL + " WHERE d.suggestion_id NOT IN (SELECT id FROM suggestions)"
        )
        self.decisions.compare(
            (((sid, who), (decision, span)) for sid, who, decision, span in orphans), {}
        )
        problems: list[Message] = malformed_rows(conn)
        problems += self.spans.finish()
        problems += _span_texts(conn, self.oversize)
        problems += _decision_problems(self.decisions.finish(), project, gaps)
        problems += self.decided
        problems += self.statuses.finish()
        problems += _compare_rows(
            "annotators",
            ((name, (role,)) for name, role in _rows(conn, "annotators")),
            project.annotators,
            ("role",),
        )
        problems += _compare_labels(conn, project, gaps)
        problems += self.texts + self.documents.finish()
        problems += self.conflict_rows + self.conflicts.finish()
        problems += self._conflict_file_problems(project, gaps)
        problems += _compare_settings(conn, project)
        problems += _compare_models(conn, project)
        return problems


def _span_row(row: tuple) -> tuple[int, tuple]:
    sid, doc, who, start, end, label, text, attrs, origin, sugg = row
    return sid, (doc, who, start, end, label, text, _attrs(attrs), origin, sugg)


def _decision_problems(
    problems: list[Message], project: Replayed, gaps: list[Message]
) -> list[Message]:
    """Decisions a merge made before merges recorded them as events are gaps,
    not problems."""
    if not project.legacy_merges:
        return problems
    unproven = [p for p in problems if str(p).endswith("is in the table but no event wrote it")]
    if unproven:
        gaps.append(
            Message(
                "{n} {n:decision|decisions} on suggestions brought in by a merge made before "
                "merges recorded them as events",
                n=len(unproven),
            )
        )
    return [p for p in problems if p not in unproven]


def _compare_models(conn: sqlite3.Connection, state: Replayed) -> list[Message]:
    """The learned models the project holds and the one that suggests: the
    window and ``suggest`` take whichever row says active, and every suggestion
    names it; the F1 that ``models`` shows; and, for a model whose event
    recorded it, the hash of its evaluation and CRF and when it was trained
    (older events recorded only the F1, so an older model's weights and
    time are not proven)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'learned_models'"
    ).fetchone():
        return []
    rows = conn.execute(
        "SELECT version, name, format, data_hash, active, evaluation, blob, created"
        " FROM learned_models"
    )

    def row(
        version: str,
        name: str,
        fmt: int,
        digest: str,
        active: int,
        evaluation: str,
        blob: bytes,
        created: str,
    ) -> tuple[str, tuple]:
        recorded = state.models.get(version)
        f1 = content = when = None
        # a field the history did not record is not compared
        if recorded is None or recorded.value[4] is not None:
            f1 = model_f1(evaluation)
        if recorded is None or recorded.value[5] is not None:
            content = model_content_hash(evaluation, bytes(blob))
        if recorded is None or recorded.value[6] is not None:
            when = created
        return version, (name, fmt, digest, bool(active), f1, content, when)

    return _compare_rows(
        "learned_models",
        (row(*r) for r in rows),
        state.models,
        (
            "name",
            "format",
            "data_hash",
            "active",
            "f1",
            "evaluation and CRF (SHA-256)",
            "created",
        ),
    )


def _compare_settings(conn: sqlite3.Connection, state: Replayed) -> list[Message]:
    """A setting edited in ``meta`` by hand would change what the store accepts
    (overlapping spans) with no event saying so."""
    problems = []
    for name, created in GUARDED_SETTINGS.items():
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        value = row[0] if row else created
        written = state.settings.get(name)
        expected = written.value[0] if written else created
        if value != expected:
            by = written.by() if written else Message("a project created before it was recorded")
            problems.append(
                Message(
                    "meta's {name} is {value!r}, but the history has {expected!r} (from {by})",
                    name=name,
                    value=value,
                    expected=expected,
                    by=by,
                )
            )
    return problems


TABLE_SQL = {
    "doc_status": "SELECT doc_id, annotator, status FROM doc_status",
    "annotators": "SELECT name, role FROM annotators",
}


def _rows(conn: sqlite3.Connection, table: str) -> Iterable[tuple]:
    return conn.execute(TABLE_SQL[table])


def _name_of(key: Any, _value: tuple) -> str:
    return f"({', '.join(map(str, key))})" if isinstance(key, tuple) else str(key)


def _difference(fields: tuple[str, ...], table: tuple, history: tuple) -> Message | str:
    parts = [
        Message(
            "{field} {table} in the table, {history} in the history",
            field=name,
            table=_show(a),
            history=_show(b),
        )
        for name, a, b in zip(fields, table, history, strict=True)
        if a != b
    ]
    return joined(parts)


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    return repr(value) if isinstance(value, str) else str(value)


def _span_name(span_id: int, v: tuple) -> str:
    doc, who, start, end, label, text = v[:6]
    return f"{span_id} ({who}, {doc} {start}–{end} {label} {quoted_text(text)})"


def _attrs(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return text


def _span_texts(conn: sqlite3.Connection, oversize: list[int]) -> list[Message]:
    """Every span's text is what its document reads at its offsets (a text
    too long for the store, named already, is not read: once a span)."""
    rows = conn.execute(
        "SELECT a.id, a.doc_id, a.start_pos, a.end_pos, a.text,"
        " substr(d.text, a.start_pos + 1, a.end_pos - a.start_pos), length(d.text)"
        " FROM annotations a JOIN documents d ON d.id = a.doc_id"
        f" WHERE CASE WHEN d.rowid IN ({','.join(map(str, oversize))}) THEN 0"
        " ELSE a.end_pos > length(d.text)"
        " OR substr(d.text, a.start_pos + 1, a.end_pos - a.start_pos) IS NOT a.text END"
    )
    return [
        Message(
            "annotations row {sid}: its text {text!q} is not what document {doc} reads at "
            "{start}–{end} ({actual!q})",
            sid=sid,
            text=text,
            doc=doc,
            start=start,
            end=end,
            actual=actual,
        )
        for sid, doc, start, end, text, actual, _ in rows
    ]


def _compare_labels(conn: sqlite3.Connection, state: Replayed, gaps: list[str]) -> list[Message]:
    rows = tuple(
        conn.execute("SELECT name, colour, hotkey, description FROM labels ORDER BY position")
    )
    if state.labels is None:
        return [
            Message("labels: no event records the project's labels (its creation event is missing)")
        ]
    if not state.labels_complete:
        gaps.append(
            Message(
                "the colours, hotkeys and descriptions of the labels the project was created "
                "with (only their names were recorded then): names and order checked"
            )
        )
        rows = tuple((r[0],) for r in rows)
    if rows == state.labels.value:
        return []
    return [
        Message(
            "labels differ from {by}, which last wrote them: {table} in the table, {history}"
            " in the history",
            by=state.labels.by(),
            table=_labels_text(rows),
            history=_labels_text(state.labels.value),
        )
    ]


def _labels_text(labels: tuple[tuple, ...]) -> str:
    return "[" + ", ".join("/".join(map(str, lab)) for lab in labels) + "]"


def _well_formed_span(item: Any) -> bool:
    if not isinstance(item, dict):
        return False
    start, end = item.get("start"), item.get("end")
    return (
        type(start) is int
        and type(end) is int
        and 0 <= start < end
        and isinstance(item.get("label"), str)
        and isinstance(item.get("attrs", {}), dict | None)
    )
