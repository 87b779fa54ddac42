"""Undo and redo as the history records them.

An undo is a new event, never a rewrite of history; the window's Ctrl+Z
writes the events of the plain verbs (a resize back, a span removed, a
decision undone…). So that a reviewer can tell a correction from an undo,
and see which event it took back, each event written while undoing a step
names, in its ``after``, the events of that step it takes back:
``{"undo_of": [12, 13], …}`` (a span's nudges merged into one step are
several events); an event written while redoing names the undo it takes
back (``redo_of``). A step is what one write of the window made
(``UndoStep``, filled by ``Project.undo_step``).

An event names an event of the step with the same document (their
annotator is the same: the step's), that its action can take back
(``UNDOES``) and that is about the same thing (``subjects``: a span, a
suggestion, a document's status). A change that restores a value (a
boundary, a label, a status) names events only where it restores what the
first of them found (``restores``): a status the undo's own edit set in
passing is no undo.

``verify`` holds every mark to the same rules (``mark_problems``), and an
event named twice by undos (or by redos) too; a history without marks (a
file of an older Biaozhu) is as valid as before."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from models.errors import Message, NotFound

UNDO_OF = "undo_of"
REDO_OF = "redo_of"
MARKS = (UNDO_OF, REDO_OF)

# action of an undo -> the actions of the events it can take back. A redo
# takes back an undo: its action is one the undo's action can take back.
UNDOES: dict[str, frozenset[str]] = {
    "span.resized": frozenset({"span.resized"}),
    "span.relabelled": frozenset({"span.relabelled"}),
    "span.attrs": frozenset({"span.attrs"}),
    "span.removed": frozenset(
        {"span.added", "span.restored", "suggestion.accepted", "suggestion.corrected"}
    ),
    "span.restored": frozenset({"span.removed"}),
    "suggestion.undone": frozenset(
        {
            "suggestion.accepted",
            "suggestion.corrected",
            "suggestion.rejected",
            # an accept with its boundaries corrected, in one step
            "span.resized",
            "span.attrs",
        }
    ),
    "suggestion.rejected": frozenset({"suggestion.undone"}),
    "doc.status": frozenset({"doc.status"}),
}

# the part of its after a change restores, by action
RESTORED = {
    "span.resized": ("start", "end"),
    "span.relabelled": ("label",),
    "doc.status": ("status",),
}

DECISIONS = ("suggestion.accepted", "suggestion.corrected", "suggestion.rejected")


def can_take_back(kind: str, action: str, other: str) -> bool:
    """Whether an event of ``action`` marked ``kind`` may name one of ``other``."""
    if kind == UNDO_OF:
        return other in UNDOES.get(action, ())
    return action in UNDOES.get(other, ())


def _sid(record: Any) -> Any:
    if isinstance(record, dict) and isinstance(record.get("suggestion"), dict):
        return record["suggestion"].get("suggestion_id")
    return None


def subjects(action: str, target: Any, before: Any, after: Any) -> frozenset[tuple[str, str]]:
    """What an event is about, as keys an undo and what it takes back share:
    ("span", id), ("suggestion", id), ("status", ""), and for a span added
    or removed its ("place", "start:end:label")."""
    out: set[tuple[str, str]] = set()
    if action == "doc.status":
        out.add(("status", ""))
    elif action.startswith("span.") or action in DECISIONS or action == "suggestion.undone":
        if target is not None:
            out.add(("span", str(target)))
        for record in (before, after):
            sid = _sid(record)
            if sid is not None:
                out.add(("suggestion", str(sid)))
        # a span added again (the redo of an add) has an id of its own: it is
        # the span the undo removed, at its place
        record = after if action == "span.added" else before if action == "span.removed" else None
        if isinstance(record, dict) and all(k in record for k in ("start", "end", "label")):
            out.add(("place", f"{record['start']}:{record['end']}:{record['label']}"))
        restored = after.get("restored_from") if isinstance(after, dict) else None
        if action == "span.restored" and restored is not None:
            out.add(("span", str(restored)))
    return frozenset(out)


def restores(action: str, after: Any, first_before: Any) -> bool:
    """Whether a change of ``action`` with ``after`` gives back what the first
    event it names found (its ``before``); a change of another kind restores
    nothing that can be held here."""
    fields = RESTORED.get(action)
    if fields is None:
        return True
    if not isinstance(after, dict) or not isinstance(first_before, dict):
        return False
    return all(after.get(f) == first_before.get(f) for f in fields)


def marks(after: Any) -> tuple[str, list[Any]] | None:
    """(``undo_of`` or ``redo_of``, the events named) of an event's after, if any."""
    if not isinstance(after, dict):
        return None
    for kind in MARKS:
        if kind in after:
            return kind, after[kind]
    return None


def without_marks(value: Any) -> Any:
    """An event's after as it would be unmarked (what the change itself says):
    a removal's ``{"undo_of": [...]}`` is None."""
    if not isinstance(value, dict) or not any(k in value for k in MARKS):
        return value
    rest = {k: v for k, v in value.items() if k not in MARKS}
    return rest or None


class ChangedMeanwhile(NotFound):
    """An undo (or redo) of a step that another program or window changed
    since: refused, as writing it would undo that change too."""


@dataclass(frozen=True)
class StepEvent:
    id: int
    action: str
    doc_id: str | None
    subjects: frozenset[tuple[str, str]]
    before: Any
    # whether it takes back events itself (an undo's, a redo's): a redo names
    # only those, not a plain event its undo wrote besides (verify holds it)
    marked: bool = False
    # its chain hash: the file still holds this very event, not another one
    # numbered alike after a restore replaced the history
    hash: str | None = None


@dataclass
class UndoStep:
    """The events one write of an undoable edit made (by its annotator):
    filled by ``Project.undo_step`` once written, read by the write that
    undoes (or redoes) it; and the suggestions its withdrawals of offers
    took out of the file (``step_removed``)."""

    events: list[StepEvent] = field(default_factory=list)
    removed: set[int] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        """Whether the write, once it ended, left nothing to take back: no
        event of the step's annotator that an undo names, no suggestion
        withdrawn (a job cancelled before its first part, or while it
        waited for another program's write lock). Such a step is no undo
        step: the window keeps none for it."""
        return not self.events and not self.removed


def wrote_nothing(steps: Iterable[UndoStep]) -> bool:
    """Whether all these steps (one edit's writes, once ended) are ``empty``."""
    return all(step.empty for step in steps)


def step_events(conn: sqlite3.Connection, after_id: int, annotator: str) -> list[StepEvent]:
    """The file's own events by ``annotator`` after event ``after_id``."""
    rows = conn.execute(
        "SELECT id, action, doc_id, target, before, after, hash FROM events"
        " WHERE id > ? AND annotator = ? AND origin_hash IS NULL ORDER BY id",
        (after_id, annotator),
    )
    out = []
    for eid, action, doc_id, target, before, after, digest in rows:
        if action not in UNDOES and not any(action in v for v in UNDOES.values()):
            continue
        b, a = _load(before), _load(after)
        about = subjects(action, target, b, a)
        out.append(StepEvent(eid, action, doc_id, about, b, marks(a) is not None, digest))
    return out


def step_removed(conn: sqlite3.Connection, after_id: int, annotator: str) -> set[int]:
    """The suggestions that the file's own withdrawals of offers by
    ``annotator`` after event ``after_id`` took out of the file (the undo of
    a Shift+O that offered its name where nothing suggested it)."""
    out: set[int] = set()
    for (before,) in conn.execute(
        "SELECT before FROM events WHERE id > ? AND annotator = ? AND action = ?"
        " AND origin_hash IS NULL",
        (after_id, annotator, "suggestions.withdrawn"),
    ):
        record = _load(before)
        if isinstance(record, dict) and isinstance(record.get("removed"), list):
            out.update(sid for sid in record["removed"] if isinstance(sid, int))
    return out


def changed_meanwhile(
    conn: sqlite3.Connection, steps: Sequence[UndoStep], own: Collection[int] | Mapping[int, str]
) -> bool:
    """Whether what ``steps`` wrote was changed since by a write that is not
    among ``own`` (the events the asking window wrote: their ids, or each id
    with its chain hash, which holds after a restore gave the id to another
    event): an event after the first of theirs, on the same document, about
    the same thing (``subjects``: a span, a suggestion, a place, the status),
    or a suggestion they are about that is no longer in the file (a new run
    of the suggesters took it away), or the steps' own events no longer in
    the history (a backup restored by another window replaced them). Undoing
    such a step would write over another program's change, or fail: the
    window drops it from its undo history instead. Steps that wrote nothing
    have nothing changed; a suggestion the steps' own withdrawal of an offer
    removed is no change."""
    events = [e for step in steps for e in step.events]
    if not events:
        return False
    for step in steps:
        last = max(step.events, key=lambda e: e.id, default=None)
        if last is not None and last.hash is not None:
            row = conn.execute("SELECT hash FROM events WHERE id = ?", (last.id,)).fetchone()
            if row is None or row[0] != last.hash:
                return True  # the chain to it is another now: the history was replaced
    first = min(e.id for e in events)
    about: dict[str | None, set[tuple[str, str]]] = {}
    for e in events:
        about.setdefault(e.doc_id, set()).update(e.subjects)
    for doc_id, keys in about.items():
        rows = conn.execute(
            "SELECT id, action, target, before, after, hash FROM events"
            " WHERE doc_id IS ? AND id > ? ORDER BY id",
            (doc_id, first),
        )
        for eid, action, target, before, after, digest in rows:
            if eid in own and (not isinstance(own, Mapping) or own[eid] == digest):
                continue
            if subjects(action, target, _load(before), _load(after)) & keys:
                return True
    wanted = {int(k) for keys in about.values() for kind, k in keys if kind == "suggestion"}
    wanted -= {sid for step in steps for sid in step.removed}
    for sid in wanted:
        if conn.execute("SELECT 1 FROM suggestions WHERE id = ?", (sid,)).fetchone() is None:
            return True
    return False


def _load(text: str | None) -> Any:
    return None if text is None else orjson.loads(text)


class Marker:
    """While an undo (or redo) writes: names, in each event written, the
    events of the steps it takes back (each named once)."""

    def __init__(self, kind: str, steps: Iterable[UndoStep]):
        self.kind = kind
        self._events = [e for step in steps for e in step.events]
        self._taken: set[int] = set()

    def mark(self, action: str, doc_id: str | None, target: Any, before: Any, after: Any) -> Any:
        """``after`` with the mark, or as it is when it takes back nothing."""
        if action not in UNDOES and self.kind == UNDO_OF:
            return after
        about = subjects(action, target, before, after)
        if not about:
            return after
        named = [
            e
            for e in self._events
            if e.id not in self._taken
            and e.doc_id == doc_id
            and (self.kind != REDO_OF or e.marked)
            and can_take_back(self.kind, action, e.action)
            and e.subjects & about
        ]
        if not named or not restores(action, after, named[0].before):
            return after
        self._taken.update(e.id for e in named)
        marked = dict(after) if isinstance(after, dict) else {}
        marked[self.kind] = [e.id for e in named]
        return marked


# -- verify ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """An event of the history that says it takes back others."""

    id: int
    action: str
    annotator: str
    doc_id: str | None
    target: Any
    before: Any
    after: dict[str, Any]


def claim_of(eid: int, action: str, who: str, doc: str | None, target: Any, before, after):
    """A Claim for an event whose after names events, else None."""
    if not isinstance(after, dict) or not any(k in after for k in MARKS):
        return None
    return Claim(eid, action, who, doc, target, before, after)


def mark_problems(conn: sqlite3.Connection, claims: Sequence[Claim]) -> list[tuple[int, Message]]:
    """(event, problem) for each mark that does not hold: the events it names
    must be earlier events of this file, of the same document and annotator,
    that its action can take back, about the same thing; a change that
    restores must restore what the first found; an undo of a decision names
    the decision it undid; a redo names undos; no event is named twice by
    undos, or by redos."""
    if not claims:
        return []
    wanted = sorted(
        {
            n
            for c in claims
            for kind in MARKS
            if isinstance(c.after.get(kind), list)
            for n in c.after[kind]
            if type(n) is int
        }
    )
    named: dict[int, tuple] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        rows = conn.execute(
            "SELECT id, action, annotator, doc_id, target, before, after, origin_hash"
            f" FROM events WHERE id IN ({','.join('?' * len(part))})",
            part,
        )
        for eid, action, who, doc, target, before, after, origin_hash in rows:
            named[eid] = (action, who, doc, target, _safe(before), _safe(after), origin_hash)
    problems: list[tuple[int, Message]] = []
    seen: dict[tuple[str, int], int] = {}
    for c in claims:
        for kind in MARKS:
            if kind not in c.after:
                continue
            ids = c.after[kind]
            problem = _claim_problem(c, kind, ids, named)
            if problem is not None:
                problems.append((c.id, problem))
                continue
            for n in ids:
                earlier = seen.setdefault((kind, n), c.id)
                if earlier != c.id:
                    problems.append(
                        (
                            c.id,
                            Message(
                                "event {event} ({action}) says it takes back event {named},"
                                " which event {earlier} took back already",
                                event=c.id,
                                action=c.action,
                                named=n,
                                earlier=earlier,
                            ),
                        )
                    )
    return problems


def _safe(text: str | None) -> Any:
    try:
        return _load(text)
    except orjson.JSONDecodeError:
        return None


def _claim_problem(c: Claim, kind: str, ids: Any, named: dict[int, tuple]) -> Message | None:
    if not isinstance(ids, list) or not ids or any(type(n) is not int for n in ids):
        return Message(
            "event {event} ({action}): its {kind} is not a list of event numbers",
            event=c.id,
            action=c.action,
            kind=kind,
        )
    if kind == UNDO_OF and c.action not in UNDOES:
        return Message(
            "event {event} ({action}) says it undoes events, which no {action} does",
            event=c.id,
            action=c.action,
        )
    about = subjects(c.action, c.target, c.before, c.after)
    for n in ids:
        row = named.get(n) if n < c.id else None
        if (
            row is None
            or row[6] is not None
            or (row[1], row[2]) != (c.annotator, c.doc_id)
            or not can_take_back(kind, c.action, row[0])
            or not subjects(row[0], row[3], row[4], row[5]) & about
            or (kind == REDO_OF and marks(row[5]) is None)
        ):
            return Message(
                "event {event} ({action}) says it takes back event {named}, which is not"
                " an earlier event of {who} on the same span, suggestion or document"
                " status that it can take back",
                event=c.id,
                action=c.action,
                named=n,
                who=c.annotator,
            )
    first = named[min(ids)]
    if not restores(c.action, c.after, first[4]):
        return Message(
            "event {event} ({action}) says it takes back event {named}, but does not give"
            " back what that event changed",
            event=c.id,
            action=c.action,
            named=min(ids),
        )
    if kind == UNDO_OF and c.action == "suggestion.undone":
        decided = [named[n][0] for n in ids if named[n][0] in DECISIONS]
        was = c.before.get("decision") if isinstance(c.before, dict) else None
        if decided != [f"suggestion.{was}"]:
            return Message(
                "event {event} ({action}) undoes a decision {decision}, but the events it"
                " names are not that decision",
                event=c.id,
                action=c.action,
                decision=str(was),
            )
    return None


# -- reading ----------------------------------------------------------------------------


def named_events(event_after: Any) -> tuple[str, list[int]] | None:
    """(kind, the event numbers) an event's after names, or None (an unmarked
    event, or a mark that is not a list of numbers: verify names that)."""
    found = marks(event_after)
    if found is None or not isinstance(found[1], list):
        return None
    ids = [n for n in found[1] if type(n) is int]
    return (found[0], ids) if ids else None


def named_actions(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """The action of each of these events of the file's own history."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        out.update(
            conn.execute(
                "SELECT id, action FROM events WHERE origin_hash IS NULL"
                f" AND id IN ({','.join('?' * len(part))})",
                part,
            ).fetchall()
        )
    return out
