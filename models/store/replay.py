"""The project's state rebuilt from its history alone.

Every change to what curators own (spans with their attributes and
provenance, decisions on suggestions, document statuses, labels, annotators
and their roles, the documents themselves) writes an event that carries
enough to redo it. Replaying the file's own events in order (``origin_hash``
NULL: events a merge copied in are the other file's history, and what the
merge changed here it wrote as events of its own) gives the state the
tables must hold; ``verify`` compares the two.

Each replayed row remembers the event that last wrote it, so that a
difference can name the event that should have written the row.

A new verb that changes one of these tables must write events of the shapes
handled here (HANDLERS), or add its own handler: otherwise every change it
makes is reported by ``verify`` as a row no event wrote."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from models.errors import Message, Worded
from models.store import undo

# Keys of the span record an event carries (spans.span_record), in the order
# they are compared with a row of ``annotations``.
SPAN_FIELDS = ("doc_id", "annotator", "start", "end", "label", "text", "attrs", "origin", "sid")
# Keys of the suggestion record a decision event carries (suggestions.suggestion_record),
# in the order they are compared with a row of ``suggestions``, after its document.
SUGGESTION_KEYS = ("start", "end", "label", "text", "score", "source", "version", "attrs")
SUGGESTION_FIELDS = ("doc_id", *SUGGESTION_KEYS)
LABEL_FIELDS = ("name", "colour", "hotkey", "description")
# The project settings that change what the store accepts, each with the
# value a project gets by default: ``meta`` holds them, and the history guards
# them: project.created records them at creation and settings.changed each
# change since (a file created before that was recorded holds the default).
# meta's other keys are an id checked on its own (project_id), a creation
# stamp, and counters or caches (labels_version counts label changes for
# exports, fts_rowid marks how far the search index reaches).
GUARDED_SETTINGS = {"allow_overlap": "0"}


def counter_problem(key: str, value: str | None) -> Message | None:
    """What is wrong with a counter of ``meta`` (labels_version), if anything:
    Biaozhu writes whole numbers from 1; another value was edited by hand or
    damaged, and the next count written from it would be a guess."""
    if value is None or (value.isascii() and value.isdigit() and int(value) >= 1):
        return None
    return Message(
        "meta's {key} is {value!r}, not a count (edited by hand or damaged)", key=key, value=value
    )


class Written(NamedTuple):
    """A row as the history says it is, and the event that last wrote it."""

    value: tuple
    event: int
    action: str

    def by(self) -> Message:
        return Message("event {event} ({action})", event=self.event, action=self.action)


@dataclass
class Replayed:
    spans: dict[int, Written] = field(default_factory=dict)
    decisions: dict[tuple[int, str], Written] = field(default_factory=dict)
    statuses: dict[tuple[str, str], Written] = field(default_factory=dict)
    annotators: dict[str, Written] = field(default_factory=dict)
    documents: dict[str, Written] = field(default_factory=dict)
    conflicts: dict[int, Written] = field(default_factory=dict)
    # learned model version -> (name, format, data hash, active, F1, content
    # hash, created), as the model.trained / activated / retired events left it
    # (F1, content hash and created None where the event did not record them)
    models: dict[str, Written] = field(default_factory=dict)
    labels: Written | None = None
    settings: dict[str, Written] = field(default_factory=dict)  # as the last event set them
    # span id -> the span as span.removed took it away, which a span.restored
    # names as the span it brings back (the history view follows it)
    removed: dict[int, Written] = field(default_factory=dict)
    # span id -> the span as an undo of the accept that made it took it away
    # (with ``spans`` and ``removed``: every span this document ever held,
    # which an adjudicated span names as the one it was taken from)
    dropped: dict[int, Written] = field(default_factory=dict)
    # the spans an edit changed (relabelled, resized, attributes): a span not
    # among them has held one content all its life, so a record of it made at
    # any time (a reviewer's choice, read before it was written) must be it
    edited: set[int] = field(default_factory=set)
    # merge conflict id -> (the file its merge.conflict event names, the event)
    conflict_files: dict[int, tuple[Any, int]] = field(default_factory=dict)
    # merge conflict id -> (the file the merge.completed that raised it names,
    # the event): the project's replay, which the documents' is held to
    merge_files: dict[int, tuple[Any, int]] = field(default_factory=dict)
    # merge conflict id -> (event, who it names as resolving it) of each span
    # taken from it ("keep theirs"), until the conflict's resolution event
    resolving: dict[int, list[tuple[int, Any]]] = field(default_factory=dict)
    # span id -> the decision that points at it (a removal unlinks it)
    decision_of_span: dict[int, tuple[int, str]] = field(default_factory=dict)
    # A decided suggestion as the latest decision on it recorded it (what the
    # curator was shown: span, score, source, version, attributes). Nothing
    # rewrites a suggestion while anyone's decision stands on it, so while one
    # does, its row must still be this.
    suggestions: dict[int, Written] = field(default_factory=dict)
    # suggestion id -> the annotators whose decision on it stands
    deciders: dict[int, set[str]] = field(default_factory=dict)
    # False when the labels rest on a project.created event of a Biaozhu that
    # recorded only their names (colours, hotkeys, descriptions unknown).
    labels_complete: bool = True
    legacy_merges: int = (
        0  # merges by a Biaozhu that wrote no events for the decisions they brought
    )
    problems: list[Message] = field(default_factory=list)
    problem_events: list[int] = field(default_factory=list)  # the event of each problem
    # (event, problem) of a ``before`` record naming a decision no event
    # wrote: a problem, unless a merge made before merges recorded decisions
    # as events brought it (check_state tells, from the project's events)
    unproven_before: list[tuple[int, Message]] = field(default_factory=list)
    events: int = 0


class BadEvent(Exception):
    """An event whose content cannot be replayed (not what its action writes):
    ``BadEvent(Message(...))``, the reason in words the window translates."""


Event = tuple[
    int, str, str, str | None, str | None, Any, Any
]  # id, action, who, doc, target, before, after
Handler = Callable[[Replayed, Event], None]


# The actions whose rows belong to no document: the labels, the annotators and
# their roles, the learned models, the settings and the merges. Every other
# action's rows (spans, decisions, the suggestions decided on, statuses,
# documents, merge conflicts) belong to the document its event names, so a
# document's events alone rebuild them: verify replays the history a few
# documents at a time, its memory bounded by them instead of the whole file.
PROJECT_ACTIONS = (
    "project.created",
    "labels.changed",
    "annotator.added",
    "annotator.role",
    "model.trained",
    "model.activated",
    "model.retired",
    "settings.changed",
    "merge.completed",
)
PROJECT_ACTIONS_SQL = "(" + ", ".join(f"'{a}'" for a in PROJECT_ACTIONS) + ")"


def replay(conn: sqlite3.Connection) -> Replayed:
    """Replay every local event of the file into a fresh state."""
    return _replay(conn, "", ())


def replay_project(conn: sqlite3.Connection) -> Replayed:
    """The rows of the project as a whole (labels, annotators, models,
    settings, merges), replayed from their events alone; its memory does not
    grow with the documents."""
    return _replay(conn, f" AND action IN {PROJECT_ACTIONS_SQL}", ())


def replay_documents(conn: sqlite3.Connection, low: str | None, high: str | None) -> Replayed:
    """The rows of the documents whose ids are in [low, high) (``high`` None:
    to the last), replayed from those documents' events; ``low`` None: from
    the events that name no document though their action writes a
    document's rows (Biaozhu writes none)."""
    where = f" AND action NOT IN {PROJECT_ACTIONS_SQL}"
    if low is None:
        return _replay(conn, where + " AND doc_id IS NULL", ())
    if high is None:
        return _replay(conn, where + " AND doc_id >= ?", (low,))
    return _replay(conn, where + " AND doc_id >= ? AND doc_id < ?", (low, high))


def replay_documents_in(conn: sqlite3.Connection, table: str) -> Replayed:
    """The rows of the documents whose ids ``table`` (a table of the
    connection, with an ``id`` column) lists, replayed from their events."""
    where = f" AND action NOT IN {PROJECT_ACTIONS_SQL} AND doc_id IN (SELECT id FROM {table})"
    return _replay(conn, where, ())


def _replay(conn: sqlite3.Connection, where: str, params: tuple) -> Replayed:
    state = Replayed()
    rows = conn.execute(
        "SELECT id, action, annotator, doc_id, target, before, after FROM events"
        f" WHERE origin_hash IS NULL{where} ORDER BY id",
        params,
    )
    claims: list[undo.Claim] = []  # events that say they take others back
    for eid, action, who, doc, target, before, after in rows:
        state.events += 1
        handler = HANDLERS.get(action)
        if handler is None:
            continue  # an event that changes none of the replayed tables
        try:
            event = (eid, action, who, doc, target, _json(before), _json(after))
            handler(state, event)
            if after is not None and 'do_of"' in after:  # "undo_of" or "redo_of": one scan
                claim = undo.claim_of(*event[:3], doc, target, event[5], event[6])
                if claim is not None:
                    claims.append(claim)
        except (BadEvent, KeyError, TypeError, ValueError, AttributeError) as exc:
            state.problems.append(
                Message(
                    "event {event} ({action}) cannot be replayed: {reason}",
                    event=eid,
                    action=action,
                    reason=_reason(exc),
                )
            )
            state.problem_events.append(eid)
    for eid, problem in undo.mark_problems(conn, claims):
        state.problems.append(problem)
        state.problem_events.append(eid)
    for conflict_id, taken in state.resolving.items():
        for eid, _who in taken:
            state.problems.append(
                Message(
                    "event {event} (span.added) takes a span of merge conflict {cid}"
                    " into its layer, but no event resolves that conflict",
                    event=eid,
                    cid=conflict_id,
                )
            )
            state.problem_events.append(eid)
    return state


def _json(text: str | None) -> Any:
    return None if text is None else orjson.loads(text)


def _reason(exc: Exception) -> Message:
    if isinstance(exc, BadEvent) and exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    if isinstance(exc, KeyError):
        return Message("it lacks {key!r}", key=exc.args[0])
    if isinstance(exc, orjson.JSONDecodeError):
        return Message("its before/after is not JSON")
    # Python's words (a list where a record was expected…) for the command line
    words = Message("its content is not what its action writes")
    return Worded(words, words, str(exc) or exc.__class__.__name__)


def _written(event: Event, value: tuple) -> Written:
    # tuple.__new__ makes the named tuple without its Python-level __new__:
    # this runs once per replayed event.
    return _new_tuple(Written, (value, event[0], event[1]))


_new_tuple = tuple.__new__


def _integer(value: Any, what: str) -> int:
    if type(value) is not int:  # not a bool, not a float
        raise BadEvent(Message("its {what} is not an integer", what=what))
    if not -(2**63) <= value < 2**63:  # no row has it: looking it up failed in SQLite
        raise BadEvent(
            Message("its {what} {value} is past SQLite's integers", what=what, value=value)
        )
    return value


# -- what an event says was there before it ----------------------------------------------
#
# An event that changes or removes something records it as it was (its
# ``before``): the history view, ``biaozhu history`` and the audit CSV show it
# to a reviewer as what the change replaced. Nothing else reads it, so a
# ``before`` rewritten with the chain recomputed after it changed no table,
# and verify said ok while a reviewer was shown a past the history never had.
# Each is held to the replay of the events before it.


def _before_differs(
    state: Replayed,
    event: Event,
    what: Message,
    fields: tuple[str | Message, ...],
    recorded: Callable[[], tuple],
    written: Written | None,
    default: tuple | None = None,
) -> None:
    """``recorded()`` (the event's ``before``, as a tuple of ``fields``) against
    ``written``, the replay of the events before it (None: no event wrote it;
    ``default``: what it is then, if anything)."""
    try:
        value = recorded()
    except (BadEvent, KeyError, TypeError, ValueError, AttributeError) as exc:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}): its record of {what} before it is not what"
                " its action writes: {reason}",
                event=event[0],
                action=event[1],
                what=what,
                reason=_reason(exc),
            ),
        )
        return
    if written is None and default is None:
        _problem(state, event, _unwritten_before(event, what))
    elif written is None and value != default:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}): its record of {what} before it differs from"
                " what it was while no event had changed it: {differences}",
                event=event[0],
                action=event[1],
                what=what,
                differences=before_difference(fields, value, default),
            ),
        )
    elif written is not None and value != written.value:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}): its record of {what} before it differs from"
                " {by}, which last wrote it: {differences}",
                event=event[0],
                action=event[1],
                what=what,
                by=written.by(),
                differences=before_difference(fields, value, written.value),
            ),
        )


def _unwritten_before(event: Event, what: Message) -> Message:
    return Message(
        "event {event} ({action}): its record of {what} before it names what no"
        " earlier event wrote",
        event=event[0],
        action=event[1],
        what=what,
    )


def _problem(state: Replayed, event: Event, problem: Message) -> None:
    state.problems.append(problem)
    state.problem_events.append(event[0])


def before_difference(
    fields: tuple[str | Message, ...], recorded: tuple, history: tuple
) -> Message | str:
    """The fields in which an event's ``before`` differs from the history, in words."""
    parts = [
        Message(
            "{field} {recorded} in the event, {history} in the history",
            field=name,
            recorded=show_value(a),
            history=show_value(b),
        )
        for name, a, b in zip(fields, recorded, history, strict=True)
        if a != b
    ]
    return joined(parts)


def joined(parts: list[Message]) -> Message | str:
    """``parts`` joined by "; ", each translated on its own."""
    if not parts:
        return ""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Message("{part}; {rest}", part=part, rest=out)
    return out


def show_value(value: Any) -> str:
    """A value of a row or a record as a problem shows it."""
    if isinstance(value, LabelList):
        return "[" + ", ".join("/".join(map(str, lab)) for lab in value) + "]"
    if isinstance(value, dict | list | tuple):
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    return repr(value) if isinstance(value, str) else str(value)


def _span_before(state: Replayed, event: Event, record: Any) -> None:
    """A span as an edit, a removal or an undo recorded it before it."""
    span_id = record.get("id") if isinstance(record, dict) else None
    written = state.spans.get(span_id) if type(span_id) is int else None
    try:
        if written is not None and span_value(record, event[3]) == written.value:
            return  # the usual case, without making the words of a problem
    except (BadEvent, KeyError, TypeError, ValueError, AttributeError):
        pass  # named below
    _before_differs(
        state,
        event,
        Message("span {span}", span=span_id),
        SPAN_FIELDS,
        lambda: span_value(record, event[3]),
        written,
    )


# -- spans and decisions ---------------------------------------------------------------------


def span_value(record: dict[str, Any], doc_id: str | None) -> tuple:
    """A span record (spans.span_record) as the tuple compared with a table row."""
    attrs = record.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise BadEvent(Message("its span attributes are not a mapping"))
    sid = record.get("suggestion_id")
    return (
        doc_id,
        record["annotator"],
        _integer(record["start"], "start"),
        _integer(record["end"], "end"),
        record["label"],
        record["text"],
        attrs,
        record["origin"],
        None if sid is None else _integer(sid, "suggestion id"),
    )


def _span_set(state: Replayed, event: Event) -> None:
    record = event[6]
    span_id = _integer(record["id"], "span id")
    state.spans[span_id] = _written(event, span_value(record, event[3]))


def _span_added(state: Replayed, event: Event) -> None:
    """span.added, span.restored, suggestion.accepted / corrected: a span
    added to a layer is added as its owner (add_span and add_spans write one
    name for both), so the event's annotator, which the history view and the
    audit CSV show as who did it, is the span's."""
    owner = event[6]["annotator"]
    if "conflict" in event[6]:
        _conflict_span(state, event, event[6])
    if "adjudication" in event[6]:
        _adjudicated_from(state, event, event[6]["adjudication"])
    if event[2] != owner:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) names {who} as who made it, but the span it adds"
                " is in {owner}'s layer: Biaozhu writes the one name for both",
                event=event[0],
                action=event[1],
                who=event[2],
                owner=owner,
            ),
        )
    _span_set(state, event)


def _conflict_span(state: Replayed, event: Event, record: dict[str, Any]) -> None:
    """A span a reviewer's "keep theirs" took from a merge conflict names the
    conflict and who resolved it (the history shows both): an unresolved
    conflict of this document and layer, resolved next by that reviewer."""
    conflict_id = record["conflict"]
    recorded = state.conflicts.get(conflict_id) if type(conflict_id) is int else None
    if (
        recorded is None
        or recorded.value[4]
        or recorded.value[:2] != (event[3], record["annotator"])
    ):
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) takes a span of merge conflict {cid} into"
                " {owner}'s layer, but no event recorded that conflict open there",
                event=event[0],
                action=event[1],
                cid=conflict_id,
                owner=record["annotator"],
            ),
        )
        return
    state.resolving.setdefault(conflict_id, []).append((event[0], record.get("resolved_by")))


def _adjudicated_from(state: Replayed, event: Event, adjudication: Any) -> None:
    """A span a reviewer took into their layer names the span it was taken
    from (``biaozhu history`` shows it, the history view follows the span's
    past through it): a span this document held. Only that it was one is
    held: the layer it names is not (Biaozhu named the left layer for a span
    both layers held alike), nor its content (it may have changed since the
    reviewer read it). A span taken from the suggestions or a conflict names
    one of those, which no event here writes."""
    side = adjudication.get("from") if isinstance(adjudication, dict) else None
    if not isinstance(side, str) or side.startswith(("@suggestions", "@conflict")):
        return
    taken = adjudication.get("from_span")
    held = _held_span(state, taken)
    if held is None or held.value[0] != event[3]:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) says it takes span {span} from {side},"
                " a span no earlier event of this document wrote",
                event=event[0],
                action=event[1],
                span=taken,
                side=side,
            ),
        )
    elif not side.startswith("@") and held.value[1] != side and not _alike_in(state, side, held):
        # Before 9c8be9e a span both layers held alike was named by the left
        # layer with the right layer's id: no version is recorded, but that
        # slip leaves its mark (the named layer held the same span), so only
        # a span that mark does not excuse is a problem.
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) says it takes span {span} from {side},"
                " but that is not a span of {side}'s layer (it is {owner}'s)",
                event=event[0],
                action=event[1],
                span=taken,
                side=side,
                owner=held.value[1],
            ),
        )


def _held_span(state: Replayed, span_id: Any) -> Written | None:
    """A span this range's history wrote, live, removed or undone."""
    if type(span_id) is not int:
        return None
    return state.spans.get(span_id) or state.removed.get(span_id) or state.dropped.get(span_id)


def _alike_in(state: Replayed, layer: str, span: Written) -> bool:
    """Whether ``layer`` held a span of ``span``'s document at its offsets with
    its label (a scan, made only for a span named by another layer)."""
    doc, _, start, end, label = span.value[:5]
    return any(
        w.value[:5] == (doc, layer, start, end, label)
        for held in (state.spans, state.removed, state.dropped)
        for w in held.values()
    )


# The fields of a span a reviewer's choice records that the span keeps for
# life unless an edit changes them: a replayed span's value[2:8].
CHOSEN_FIELDS = ("start", "end", "label", "text", "attrs", "origin")


def _review_choice(state: Replayed, event: Event) -> None:
    """review.choice records the spans of the two layers the reviewer chose
    between (its before: left and right), which the history shows as what
    was settled. Each span of an annotator's layer (or of the gold, which is
    one) is a span this document held in that layer, and, unless an edit
    changed it since (the reviewer may have read it before), as the history
    holds it. The suggestions and a merge conflict are no layer the replay
    writes."""
    before, after = event[5], event[6]
    layers = after.get("layers") if isinstance(after, dict) else None
    if not isinstance(before, dict) or not isinstance(layers, list) or len(layers) != 2:
        raise BadEvent(Message("its record of the layers it settled is not what it writes"))
    for side, layer in zip(("left", "right"), layers, strict=True):
        if not isinstance(layer, str) or layer.startswith(("@suggestions", "@conflict")):
            continue
        for record in before[side]:
            _chosen_span(state, event, record, None if layer.startswith("@") else layer)


def _chosen_span(state: Replayed, event: Event, record: Any, layer: str | None) -> None:
    if not isinstance(record, dict):
        raise BadEvent(Message("its record of the layers it settled is not what it writes"))
    span_id = record.get("id")
    held = _held_span(state, span_id)
    owner = record.get("source")
    if (
        held is None
        or held.value[0] != event[3]
        or held.value[1] != owner
        or (layer is not None and layer != owner)
    ):
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) shows span {span} as {layer}'s, but no earlier"
                " event of this document wrote it in that layer",
                event=event[0],
                action=event[1],
                span=span_id,
                layer=layer or owner,
            ),
        )
        return
    if span_id in state.edited:
        return  # its content may have changed since the reviewer read it
    history = held.value[2:8]

    def recorded() -> tuple:
        get = record.__getitem__
        return (
            get("start"),
            get("end"),
            get("label"),
            get("text"),
            get("attrs") or {},
            get("origin"),
        )

    try:
        if recorded() == history:
            return  # the usual case, without making the words of a problem
    except KeyError:
        pass  # named below
    _before_differs(
        state,
        event,
        Message("span {span}", span=span_id),
        CHOSEN_FIELDS,
        recorded,
        _new_tuple(Written, (history, held.event, held.action)),
    )


def _span_edited(state: Replayed, event: Event) -> None:
    """span.relabelled / resized / attrs: the span as it was, then as it is."""
    _span_before(state, event, event[5])
    _span_set(state, event)
    state.edited.add(event[6]["id"])


def _span_removed(state: Replayed, event: Event) -> None:
    """A span gone: so is it from the decision that pointed at it."""
    _span_before(state, event, event[5])
    span_id = _integer(event[5]["id"], "span id")
    gone = state.spans.pop(span_id, None)
    if gone is not None:
        state.removed[span_id] = _written(event, gone.value)
    key = state.decision_of_span.pop(span_id, None)
    decision = state.decisions.get(key) if key else None
    if decision is not None and decision.value[1] == span_id:
        state.decisions[key] = _written(event, (decision.value[0], None))


def _decide(state: Replayed, event: Event, key: tuple[int, str], value: tuple) -> None:
    state.decisions[key] = _written(event, value)
    state.deciders.setdefault(key[0], set()).add(key[1])
    if value[1] is not None:
        state.decision_of_span[value[1]] = key


def _shown(state: Replayed, event: Event, sid: int, record: Any) -> None:
    """The suggestion as a decision event recorded it; a record of an older
    shape (not a mapping with every key) proves nothing and is left out."""
    value = _suggestion_value(state, event, sid, record)
    if value is not None:
        state.suggestions[sid] = _written(event, value)


def _suggestion_value(state: Replayed, event: Event, sid: int, record: Any) -> tuple | None:
    """The suggestion as ``record`` has it (None: a record of an older shape),
    held to what the last decision event recorded while a decision stands on
    it, since nothing rewrites a suggestion then: a decision or an undo
    showing a reviewer another score or source than the one decided on is
    an edited record. A record that differs gives the one standing."""
    if not isinstance(record, dict) or not all(k in record for k in SUGGESTION_KEYS):
        return None
    attrs = record["attrs"] if record["attrs"] is not None else {}
    value = (event[3], *(record[k] for k in SUGGESTION_KEYS[:-1]), attrs)
    standing = state.suggestions.get(sid)
    if standing is None or standing.value == value:
        return value
    _problem(
        state,
        event,
        Message(
            "event {event} ({action}): its record of suggestion {sid} differs from"
            " {by}, which recorded it while a decision stands on it: {differences}",
            event=event[0],
            action=event[1],
            sid=sid,
            by=standing.by(),
            differences=before_difference(SUGGESTION_FIELDS, value, standing.value),
        ),
    )
    return standing.value


def _span_restored(state: Replayed, event: Event) -> None:
    _span_added(state, event)
    record = event[6]
    _restored_from(state, event, record)
    sid = record.get("suggestion_id")
    key = (sid, record["annotator"])
    decision = state.decisions.get(key)
    if sid is not None and decision is not None and decision.value[1] is None:
        _decide(state, event, key, (decision.value[0], record["id"]))


def _restored_from(state: Replayed, event: Event, record: dict[str, Any]) -> None:
    """A restored span is the removed one it names (``restored_from``), with a
    new id: the history view and ``biaozhu history`` follow a span's past
    through it, and the offers an undone accept withdraws are found by it.
    Its suggestion may be gone meanwhile (then it names none)."""
    old = record.get("restored_from")
    removed = state.removed.get(old) if type(old) is int else None
    if removed is None:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) says it brings back span {span}, which no earlier"
                " event removed from this document",
                event=event[0],
                action=event[1],
                span=old,
            ),
        )
        return
    value = state.spans[record["id"]].value
    if value[-1] is None:  # the suggestion gone: compared without it
        value = value[:-1] + (removed.value[-1],)
    if value != removed.value:
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}): the span it brings back differs from span"
                " {span} as {by} removed it: {differences}",
                event=event[0],
                action=event[1],
                span=old,
                by=removed.by(),
                differences=before_difference(SPAN_FIELDS, value, removed.value),
            ),
        )


def _suggestion_taken(state: Replayed, event: Event) -> None:
    """suggestion.accepted / suggestion.corrected: a span and the decision that made it."""
    _span_added(state, event)
    record = event[6]
    sid = _integer(record["suggestion"]["suggestion_id"], "suggestion id")
    decision = event[1].split(".", 1)[1]
    _decide(state, event, (sid, record["annotator"]), (decision, record["id"]))
    _shown(state, event, sid, record["suggestion"])


def _suggestion_rejected(state: Replayed, event: Event) -> None:
    sid = _integer(event[5]["suggestion"]["suggestion_id"], "suggestion id")
    if isinstance(event[6], dict) and event[6].get("with") == "doc.done":
        _with_done(state, event)
    _decide(state, event, (sid, event[2]), ("rejected", None))
    _shown(state, event, sid, event[5]["suggestion"])


def _with_done(state: Replayed, event: Event) -> None:
    """A rejection that says it came with the curator marking the document
    done (the history view says so; reopening the document takes exactly
    those back) follows that curator's status done, in one transaction."""
    status = state.statuses.get((event[3], event[2]))
    if status is None or status.value != ("done",):
        _problem(
            state,
            event,
            Message(
                "event {event} ({action}) says it came with {who} marking document {doc}"
                " done, but {who}'s status there was then {status}",
                event=event[0],
                action=event[1],
                who=event[2],
                doc=event[3],
                status=status.value[0] if status is not None else "todo",
            ),
        )


def _suggestion_undone(state: Replayed, event: Event) -> None:
    before = event[5]
    span = before.get("span")
    sid = _integer(before["suggestion"]["suggestion_id"], "suggestion id")
    _undone_before(state, event, sid, before)
    if span:
        span_id = _integer(span["id"], "span id")
        gone = state.spans.pop(span_id, None)
        if gone is not None:
            state.dropped[span_id] = gone
    state.decisions.pop((sid, event[2]), None)
    deciders = state.deciders.get(sid, set())
    deciders.discard(event[2])
    if not deciders:  # undecided: a later run of the suggesters may rewrite it
        state.suggestions.pop(sid, None)


def _undone_before(state: Replayed, event: Event, sid: int, before: dict[str, Any]) -> None:
    """What an undo says it took back (the decision, the span its acceptance
    made, the suggestion decided on) against the replay: the history view
    shows it as what the curator undid."""
    key = (sid, event[2])
    what = Message("the decision of {who} on suggestion {sid}", who=event[2], sid=sid)
    decision = state.decisions.get(key)
    if decision is None:
        # a decision a merge brought before merges recorded them as events
        # is in no event: check_state tells that from an undo naming nothing
        state.unproven_before.append((event[0], _unwritten_before(event, what)))
    else:

        def recorded() -> tuple:
            span = before["span"]
            span_id = None if span is None else _integer(span["id"], "span id")
            target = None if event[4] is None else int(event[4])
            if target != span_id:
                raise BadEvent(Message("its target is not the span it names"))
            return (before["decision"], span_id)

        _before_differs(state, event, what, ("decision", "span"), recorded, decision)
        span = before.get("span")
        if isinstance(span, dict) and span.get("id") == decision.value[1] is not None:
            _span_before(state, event, span)
    _suggestion_value(state, event, sid, before["suggestion"])


def _decision_merged(state: Replayed, event: Event) -> None:
    after = event[6]
    sid = _integer(after["suggestion_id"], "suggestion id")
    span = after.get("annotation_id")
    value = (after["decision"], None if span is None else _integer(span, "span id"))
    _decide(state, event, (sid, after["annotator"]), value)
    _shown(state, event, sid, after.get("suggestion"))  # older merges did not record it


# -- documents, statuses, annotators, labels ---------------------------------------------


def _doc_imported(state: Replayed, event: Event) -> None:
    after = event[6]
    details = after.get("details")  # recorded since schema 4; older events prove less
    value = (after["hash"], after["title"], after["source"], _integer(after["chars"], "chars"))
    state.documents[event[3]] = _written(event, (*value, details))


def _doc_status(state: Replayed, event: Event) -> None:
    key = (event[3], event[2])
    written = state.statuses.get(key)
    before = event[5]
    if isinstance(before, dict) and (before.get("status"),) == (
        written.value if written is not None else ("todo",)
    ):
        state.statuses[key] = _written(event, (event[6]["status"],))
        return  # the usual case, without making the words of a problem
    _before_differs(
        state,
        event,
        Message("the status of {doc} for {who}", doc=event[3], who=event[2]),
        ("status",),
        lambda: (event[5]["status"],),
        state.statuses.get(key),
        ("todo",),  # a document without a status is to do
    )
    state.statuses[key] = _written(event, (event[6]["status"],))


def _annotator_added(state: Replayed, event: Event) -> None:
    after = event[6]
    state.annotators.setdefault(after["name"], _written(event, (after["role"],)))


def _annotator_role(state: Replayed, event: Event) -> None:
    _before_differs(
        state,
        event,
        Message("the role of {who}", who=event[4]),
        ("role",),
        lambda: (event[5]["role"],),
        state.annotators.get(event[4]),
    )
    state.annotators[event[4]] = _written(event, (event[6]["role"],))


def _project_created(state: Replayed, event: Event) -> None:
    after = event[6]
    for name, value in (after.get("settings") or {}).items():
        if name not in GUARDED_SETTINGS or not isinstance(value, str):
            raise BadEvent(_no_setting(name, value))
        state.settings[name] = _written(event, (value,))
    schema = after.get("label_schema")
    if schema is None:
        state.labels = _written(event, tuple((name,) for name in after["labels"]))
        state.labels_complete = False
    else:
        _labels(state, event, schema)


def _settings_changed(state: Replayed, event: Event) -> None:
    for name, value in event[6].items():
        if name not in GUARDED_SETTINGS or value not in ("0", "1"):
            raise BadEvent(_no_setting(name, value))
        _before_differs(
            state,
            event,
            Message("the setting {name}", name=name),
            ("value",),
            lambda name=name: (event[5][name],),
            state.settings.get(name),
            (GUARDED_SETTINGS[name],),  # a project created before it was recorded
        )
        state.settings[name] = _written(event, (value,))


def _no_setting(name: Any, value: Any) -> Message:
    return Message("it sets {name!r} to {value!r}, no setting Biaozhu has", name=name, value=value)


class LabelList(tuple):
    """Labels as a problem names them: those that differ, name/colour/hotkey/description."""


def _labels_changed(state: Replayed, event: Event) -> None:
    labels = state.labels
    if labels is None:  # no creation event: named as such by verify
        _labels(state, event, event[6])
        return
    names_only = not state.labels_complete  # a creation that recorded only names
    history = labels.value
    try:
        value = tuple(
            (lab["name"],) if names_only else tuple(lab[k] for k in LABEL_FIELDS)
            for lab in event[5]
        )
    except (KeyError, TypeError):
        value = None  # _before_differs names it
    if value is not None and value != history:
        # each side as a problem shows it: the labels the other lacks (a
        # schema is long, the difference short), or all when only the order differs
        ours = LabelList(lab for lab in value if lab not in history)
        theirs = LabelList(lab for lab in history if lab not in value)
        value, history = (
            (ours, theirs) if ours or theirs else (LabelList(value), LabelList(history))
        )

    def recorded() -> tuple:
        if value is None:
            raise BadEvent(Message("its labels are not label records"))
        return (value,)

    _before_differs(
        state,
        event,
        Message("the labels"),
        (Message("labels (those the other lacks)"),),
        recorded,
        _new_tuple(Written, ((history,), labels.event, labels.action)),
    )
    _labels(state, event, event[6])


def _labels(state: Replayed, event: Event, labels: list[dict[str, Any]]) -> None:
    state.labels = _written(event, tuple(tuple(lab[k] for k in LABEL_FIELDS) for lab in labels))
    state.labels_complete = True


def _conflict_recorded(state: Replayed, event: Event) -> None:
    after = event[6]
    # the digest of the spans as stored, recorded since merges kept it; before,
    # only how many
    digest = after.get("spans_sha256")
    # when it was raised, recorded since 6 December 2026 (None before)
    created = after.get("created")
    value = (event[3], after["annotator"], after["origin"], after["spans"], False, digest, created)
    conflict_id = _integer(int(event[4]), "conflict id")
    state.conflicts[conflict_id] = _written(event, value)
    if "file" in after:
        state.conflict_files[conflict_id] = (after["file"], event[0])


def _conflict_resolved(state: Replayed, event: Event) -> None:
    conflict_id = int(event[4])
    recorded = state.conflicts.get(conflict_id)
    if recorded is None:
        raise BadEvent(
            Message(
                "it resolves merge conflict {conflict_id}, which no event recorded",
                conflict_id=conflict_id,
            )
        )
    for eid, who in state.resolving.pop(conflict_id, []):
        if who != event[2]:
            state.problems.append(
                Message(
                    "event {span_event} (span.added) says {who} resolved merge conflict {cid},"
                    " but event {event} ({action}) resolved it as {resolver}",
                    span_event=eid,
                    who=who,
                    cid=conflict_id,
                    event=event[0],
                    action=event[1],
                    resolver=event[2],
                )
            )
            state.problem_events.append(eid)
    _before_differs(
        state,
        event,
        Message("merge conflict {cid}", cid=conflict_id),
        ("annotator", "origin", "resolved"),
        lambda: (event[5]["annotator"], event[5]["origin"], False),
        _new_tuple(Written, (recorded.value[1:3] + recorded.value[4:5], *recorded[1:])),
    )
    state.conflicts[conflict_id] = _written(
        event, recorded.value[:4] + (True,) + recorded.value[5:]
    )


def _merge_completed(state: Replayed, event: Event) -> None:
    after = event[6] or {}
    if "decisions" not in after:
        state.legacy_merges += 1
    if "file" in after:
        for conflict_id in after.get("conflicts") or ():
            if type(conflict_id) is int:
                state.merge_files[conflict_id] = (after["file"], event[0])


# -- learned models: which one suggests -------------------------------------------------


def model_content_hash(evaluation: str, blob: bytes) -> str:
    """The SHA-256 of what a ``learned_models`` row holds besides its record:
    its evaluation (the figures ``models`` shows, the scorer's weights, the
    CRF's description) and its CRF. ``model.trained`` records it, so that a
    model cannot claim figures it never measured, nor suggest with weights
    no training produced, without ``verify`` saying so."""
    text = evaluation.encode("utf-8")
    digest = hashlib.sha256(len(text).to_bytes(8, "big"))
    digest.update(text)
    digest.update(blob)
    return digest.hexdigest()


def model_f1(evaluation: str) -> str | None:
    """A stored evaluation's F1 per label, as ``model.trained`` records it
    (canonical JSON, so that it compares and reads alike); None where it
    holds none, and the text itself where it is not one (edited by hand)."""
    try:
        # json, not orjson: the registry writes it with json.dumps, whose NaN
        # (a figure of the scorer's, say) orjson refuses
        f1 = evaluation_f1(json.loads(evaluation).get("cv"))
    except (ValueError, AttributeError, KeyError, TypeError):
        return evaluation
    return _canonical_f1(f1)


def evaluation_f1(evaluation: dict[str, Any] | None) -> dict[str, float] | None:
    """Per-label F1 of the trained model in a cross-validation's evaluation
    (None where it holds none): what ``model.trained`` records and verify
    reads back from the stored row."""
    new = ((evaluation or {}).get("systems") or {}).get("new")
    if not new:
        return None
    return {label: s["f1"] for label, s in new["labels"].items()}


def _canonical_f1(f1: Any) -> str | None:
    return None if f1 is None else orjson.dumps(f1, option=orjson.OPT_SORT_KEYS).decode()


def _model_trained(state: Replayed, event: Event) -> None:
    after = event[6]
    active = after.get("active", True)  # a model was always activated before it was said
    if active:
        _active_before(state, event)
        _deactivate_models(state, event)
    value = (
        after["name"],
        _integer(after["format"], "format"),
        after["data_hash"],
        bool(active),
        _canonical_f1(after.get("f1")),
        after.get("sha256"),  # recorded since 6 December 2026
        after.get("created"),  # when it was trained, as models lists it; recorded since too
    )
    state.models[event[4]] = _written(event, value)


def _model_activated(state: Replayed, event: Event) -> None:
    _active_before(state, event)
    _deactivate_models(state, event)
    _set_model_active(state, event, True)


def _active_before(state: Replayed, event: Event) -> None:
    """A model made the active one records the models that suggested until
    then (its before; None: none did), which it replaced."""
    active = sorted(v for v, m in state.models.items() if m.value[3] and v != event[4])
    last = max(state.models.values(), key=lambda m: m.event, default=None)
    _before_differs(
        state,
        event,
        Message("the active models"),
        ("active",),
        lambda: (sorted((event[5] or {}).get("active") or []),),
        None if last is None else _new_tuple(Written, ((active,), last.event, last.action)),
        ([],),  # no model stored yet
    )


def _model_retired(state: Replayed, event: Event) -> None:
    stored = state.models.get(event[4])
    if stored is not None:
        _before_differs(
            state,
            event,
            Message("model {model}", model=event[4]),
            ("active",),
            lambda: (event[5]["active"],),
            _new_tuple(Written, ((stored.value[3],), stored.event, stored.action)),
        )
    _set_model_active(state, event, False)


def _set_model_active(state: Replayed, event: Event, active: bool) -> None:
    stored = state.models.get(event[4])
    if stored is None:
        raise BadEvent(Message("it names model {model!r}, which no event stored", model=event[4]))
    state.models[event[4]] = _written(event, _with_active(stored.value, active))


def _with_active(value: tuple, active: bool) -> tuple:
    return value[:3] + (active,) + value[4:]


def _deactivate_models(state: Replayed, event: Event) -> None:
    for version, stored in list(state.models.items()):
        if stored.value[3]:
            state.models[version] = _written(event, _with_active(stored.value, False))


HANDLERS: dict[str, Handler] = {
    "model.trained": _model_trained,
    "model.activated": _model_activated,
    "model.retired": _model_retired,
    "span.added": _span_added,
    "span.relabelled": _span_edited,
    "span.resized": _span_edited,
    "span.attrs": _span_edited,
    "span.restored": _span_restored,
    "span.removed": _span_removed,
    "suggestion.accepted": _suggestion_taken,
    "suggestion.corrected": _suggestion_taken,
    "suggestion.rejected": _suggestion_rejected,
    "suggestion.undone": _suggestion_undone,
    "decision.merged": _decision_merged,
    "doc.imported": _doc_imported,
    "doc.status": _doc_status,
    "annotator.added": _annotator_added,
    "annotator.role": _annotator_role,
    "project.created": _project_created,
    "labels.changed": _labels_changed,
    "settings.changed": _settings_changed,
    "merge.completed": _merge_completed,
    "merge.conflict": _conflict_recorded,
    "merge.conflict_resolved": _conflict_resolved,
    "review.choice": _review_choice,
}

# The actions this version writes that change none of the replayed tables:
# a record of what happened (a restore, a reviewer's agreements, suggestions
# computed, offered or withdrawn), checked by the chain alone.
RECORD_ONLY_ACTIONS = (
    "project.restored",
    "review.agreements",
    "suggestions.computed",
    "suggestions.added",
    "suggestions.offered",
    "suggestions.withdrawn",
)
# Every action this version knows. A project written by a newer version is
# refused when opened (its schema version), so an action outside these in a
# file that opened is damage or tampering, which verify reports.
KNOWN_ACTIONS = frozenset(HANDLERS) | frozenset(RECORD_ONLY_ACTIONS)
