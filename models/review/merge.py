"""Merging projects from other laptops into this one, with nothing dropped.

``merge_project(project, other_path)`` brings in another project file (opened
read-only, never changed) in one transaction:

1. **Labels** are reconciled by name. A label new to this project is added.
   A label both files know may differ in colour (this project's colour is
   kept) and in hotkey (this project's key is kept; noted in the report). It
   is a *clash*, an error naming both definitions and nothing written, when
   the two descriptions are both non-empty and differ (after collapsing white
   space): the same name means two things. A new label whose hotkey is
   already taken here by another label is a clash too.
2. **Annotators** new to this project are added with their role in the other
   file (an existing annotator keeps the role given here). A name the other
   file stores in another form of one stored here (ａｌｉｃｅ for alice, as
   NFKC reads it: ``who.typed_name``) is that annotator here, as every
   command reaches it (``who.stored_form``): its layers, decisions and
   statuses merge into hers, while its events are copied as they were
   written. A name that file also stores exactly as here keeps its other
   forms apart, as they are there; two names of it that would be one
   annotator here, neither stored so here, are refused before anything is
   written.
3. **Documents** are matched by content hash; missing ones are imported
   (with the other file's id where it is free).
4. **Suggestions** are matched by (document, start, end, label); missing ones
   are copied with their provenance (source, version, score, attributes).
5. **Events** of the other file that this one does not hold yet are appended
   to this chain in their order, with their original annotator, time and
   origin. ``origin_hash`` is the hash the event has in the file where it was
   first written. An event is recognised as already held by that identity
   (``origin_hash``, or ``hash`` for an event written here), so merging the
   same file twice, or a file that merged this one, adds nothing twice.
   The hash that preceded each event in its origin file is recorded in the
   ``merge.completed`` event, which is itself part of the chain; with it
   ``verify_merged`` recomputes every merged event's origin hash from its
   content, proving it unchanged since it left its origin.
6. **Spans** are merged per (document, annotator) with a three-way rule.
   The *base* is the other file's layer as it stood at the end of the longest
   run of its first events that this project already holds (empty on a first
   merge; the fork point for a copied project). If both layers are
   equal nothing happens; if only the other file changed since the base, its
   layer is taken (``span.added`` with origin ``merged`` and a ``merged_from``
   note, ``span.removed``); if only this file changed, it is kept; if both
   changed, this layer is kept and the incoming spans are stored as a
   ``merge_conflicts`` row (and a ``merge.conflict`` event) for a reviewer.
   Decisions on suggestions and document statuses (the further of the two:
   todo < in_progress < done) follow the layer unless it is in conflict,
   and three-way too: a decision or status no event of the other file wrote
   since the fork is not brought (this project has seen it, and an undo or a
   reopening made here since stands).
   Unresolved conflicts recorded in the other file come along too, but for
   one offering a layer this project (or a copy of it) once held: it has seen
   that layer, and an edit or a reviewer's choice made since stands.

The spans a merge changes here are local events, so ``asof.layers_as_of``
replays them like any other work, and ``biaozhu verify`` passes afterwards."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.domain import Label, Span, StoredSuggestion
from models.errors import IntegrityError, InvalidInput, Message, counted, shown
from models.progress import NoProgress, Progress
from models.review.asof import apply_event, layers_as_of
from models.review.conflicts import conflicts
from models.store import history
from models.store import verify as store_verify
from models.store.counters import conflicts_given
from models.store.history import ChainHead, dumps, event_hash, head_in_chain
from models.store.replay import Replayed, replay_project
from models.store.spans import Provenance, SpanRefused
from models.store.suggestions import suggestion_record
from models.store.verify import VerifyReport
from models.who import typed_name

STATUS_RANK = {"todo": 0, "in_progress": 1, "done": 2}
# the events that write a decision: what the other file decided since the fork
DECISION_ACTIONS = (
    "suggestion.accepted",
    "suggestion.corrected",
    "suggestion.rejected",
    "suggestion.undone",
    "decision.merged",
)
TAKEN_BACK = ("suggestion.rejected", "suggestion.undone")
EVENT_SQL = (
    "SELECT id, time, annotator, action, doc_id, target, before, after, origin, origin_hash,"
    " prev_hash, hash FROM events ORDER BY id"
)


@dataclass
class MergeReport:
    source: str
    origin: str = ""
    documents_added: list[str] = field(default_factory=list)
    documents_matched: int = 0
    labels_added: list[str] = field(default_factory=list)
    annotators_added: list[str] = field(default_factory=list)
    suggestions_added: int = 0
    events_added: int = 0
    events_known: int = 0
    spans_added: int = 0
    spans_removed: int = 0
    layers_taken: int = 0
    layers_kept: int = 0
    decisions_added: int = 0
    statuses_changed: int = 0
    conflicts: list[int] = field(default_factory=list)
    # open conflicts here closed because the other file settled their mirror
    conflicts_closed: list[int] = field(default_factory=list)
    notes: list[str | Message] = field(default_factory=list)  # str() is the English

    @property
    def changed(self) -> bool:
        return bool(
            self.documents_added
            or self.labels_added
            or self.annotators_added
            or self.suggestions_added
            or self.events_added
            or self.spans_added
            or self.spans_removed
            or self.decisions_added
            or self.statuses_changed
            or self.conflicts
            or self.conflicts_closed
        )

    def as_json(self) -> dict[str, Any]:
        return {**vars(self), "notes": [str(note) for note in self.notes]}

    def summary(self) -> str:
        source = shown(self.source, None)  # the file whole, on one line
        if not self.changed:
            return f"{source}: nothing new ({counted(self.events_known, 'event')} already here)"
        parts = [
            f"{counted(len(self.documents_added), 'new document')},"
            f" {self.documents_matched} matched",
            f"{counted(self.events_added, 'event')} appended ({self.events_known} already here)",
            f"{counted(self.spans_added, 'span')} added, {self.spans_removed} removed",
            counted(self.suggestions_added, "suggestion"),
        ]
        if self.labels_added:
            parts.append("labels added: " + ", ".join(self.labels_added))
        if self.conflicts:
            parts.append(f"{counted(len(self.conflicts), 'conflict')} for a reviewer")
        return f"{source}: " + "; ".join(parts)


# -- opening the other file ----------------------------------------------------------------


def open_readonly(path: Path):
    """Another project file as a read-only Project (never changed by a merge)."""
    from models.store.project import Project

    return Project.open(path, annotator="merge", readonly=True)


# -- labels ------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split())


def _describe(lab: Label, where: str) -> Message:
    key = lab.hotkey or "none"
    return Message(
        "{name} in {where} (colour {colour}, hotkey {key}, {description!r})",
        name=lab.name,
        where=where,
        colour=lab.colour,
        key=key,
        description=lab.description,
    )


def reconcile_labels(
    mine: list[Label], theirs: list[Label], here: str, there: str
) -> tuple[list[Label], list[Message]]:
    """The labels to add and notes; raises InvalidInput on a clash (see the module doc)."""
    by_name = {lab.name: lab for lab in mine}
    keys = {lab.hotkey: lab for lab in mine if lab.hotkey}
    new: list[Label] = []
    notes: list[Message] = []
    for lab in theirs:
        local = by_name.get(lab.name)
        if local is None:
            taken = keys.get(lab.hotkey) if lab.hotkey else None
            if taken is not None:
                raise InvalidInput(
                    "label clash: hotkey {lab_hotkey} is {ours} but {theirs}",
                    lab_hotkey=lab.hotkey,
                    ours=_describe(taken, here),
                    theirs=_describe(lab, there),
                )
            new.append(lab)
            if lab.hotkey:
                keys[lab.hotkey] = lab
            continue
        a, b = _norm(local.description), _norm(lab.description)
        if a and b and a != b:
            raise InvalidInput(
                "label clash: {ours} but {theirs}; make the definitions agree before merging",
                ours=_describe(local, here),
                theirs=_describe(lab, there),
            )
        if local.hotkey != lab.hotkey:
            notes.append(
                Message(
                    "label {name}: hotkey {theirs} in {there}, {ours} kept here",
                    name=lab.name,
                    theirs=lab.hotkey or "none",
                    there=there,
                    ours=local.hotkey or "none",
                )
            )
    return new, notes


# -- events ------------------------------------------------------------------------------


def identity(origin_hash: str | None, digest: str) -> str:
    """What an event is, wherever it was copied: its hash where it was first written."""
    return origin_hash or digest


def origin_prevs(project) -> dict[str, str]:
    """origin hash -> the hash before it in its origin file, from every merge record held."""
    return store_verify.origin_prevs(project.conn)


def verify_merged(project) -> list[str]:
    """Re-check every merged event against its origin (see models/store/verify.py)."""
    return store_verify.verify_merged_events(project.conn)[0]


def merge_records(project, damaged: list[Message] | None = None) -> list[history.Event]:
    """Every merge's record (``merge.completed``), oldest first. A record
    grown with ``sqlite3`` past anything Biaozhu writes is not read: with
    ``damaged``, a list, it is left out and named there (once, however many
    readers ask), without it refused (IntegrityError naming it). Every reader
    of a document's or a span's history reads them all, to find the ids the
    document had in the files merged in."""
    found: list[Message] = []
    events = project.history(action="merge.completed", project_level=True, damaged=found)
    if found and damaged is None:
        raise IntegrityError(found[0].template, **found[0].params)
    if damaged is not None:
        named = {m.params.get("event") for m in damaged}
        damaged += [m for m in found if m.params.get("event") not in named]
    return events


def doc_aliases(project, doc_id: str, damaged: list[Message] | None = None) -> set[str]:
    """Ids a document had in the files merged into this one (their events
    keep them); a grown merge record as ``merge_records`` says."""
    maps = [
        documents
        for e in merge_records(project, damaged)
        if isinstance(e.after, dict) and isinstance(documents := e.after.get("documents"), dict)
    ]
    found = {doc_id}
    grew = True
    while grew:
        grew = False
        for m in maps:
            for theirs, ours in m.items():
                if ours in found and theirs not in found:
                    found.add(theirs)
                    grew = True
    return found


# -- the merge ---------------------------------------------------------------------------


def merge_project(project, other_path: str | Path, progress: Progress | None = None) -> MergeReport:
    """Bring another project file into ``project``; see the module docstring.
    The other file is checked whole before anything is written, and before the
    write lock is taken (check_incoming)."""
    incoming = open_incoming(project, other_path, progress)
    try:
        incoming.read_fork(project)
        with project.transaction():
            return incoming.merge(project)
    finally:
        incoming.close()


def merge_projects(
    project, others: Sequence[str | Path], progress: Progress | None = None
) -> tuple[list[MergeReport], VerifyReport]:
    """Merge every file of ``others`` into ``project``, all or none, and only
    into a result that verifies: the ``biaozhu merge`` of several files.
    Returns each file's report and the check of the result. See MergePlan for
    what holds the write lock and for how long."""
    with prepare_merge(project, others, progress) as plan:
        return plan.apply()


class MergePlan:
    """A merge of several files, all or none, into a result that verifies,
    that holds the project's write lock only while it writes.

    Prepared without the lock (``prepare_merge``): every other file is
    checked whole in a read snapshot it keeps until the merge is done, and
    the project itself is verified whole, in a snapshot whose head is noted.
    ``apply`` then takes the lock, merges the files, and checks the result
    from that head on (verify_since): the head must still be in the chain,
    and the chain after it, the events merged, and every document an event
    after it names are checked as ``verify`` checks them. Work written here
    by others between the two (a curator's keys) is part of what is merged
    into, and of what is checked; a history rewritten or cut meanwhile (a
    restore) fails the check, and nothing is merged."""

    def __init__(self, project, progress: Progress):
        self.project = project
        self.progress = progress
        self.incoming: list[Incoming] = []
        self.verified: VerifyReport | None = None

    def prepare(self, others: Sequence[str | Path]) -> None:
        refuse_named_twice(others)
        for other in others:
            self.incoming.append(open_incoming(self.project, other, self.progress))
        self.progress.start(0, Message("check {name}", name=self.project.path.name))
        check = self.project.verify()
        self.progress.finish()
        if not check.ok:
            raise IntegrityError(
                "nothing was merged: the result would not verify: {problem}",
                problem=check.problems[0],
            )
        self.verified = check
        for incoming in self.incoming:
            incoming.read_fork(self.project)

    def apply(self) -> tuple[list[MergeReport], VerifyReport]:
        """Take the write lock, merge every file, check the result; raises
        (nothing merged) where a file is refused or the result would not verify."""
        before = self.verified
        assert before is not None and before.head is not None, "prepare() first"
        with self.project.transaction():
            reports = [incoming.merge(self.project) for incoming in self.incoming]
            after = store_verify.verify_since(self.project.conn, before.head)
            if not after.ok:
                raise IntegrityError(
                    "nothing was merged: the result would not verify: {problem}",
                    problem=after.problems[0],
                )
        gaps = list(before.gaps)
        gaps += [gap for gap in after.gaps if str(gap) not in map(str, gaps)]
        return reports, VerifyReport([], after.events_checked, after.head, gaps, None, after.merged)

    def close(self) -> None:
        for incoming in self.incoming:
            incoming.close()
        self.incoming = []

    def __enter__(self) -> MergePlan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def prepare_merge(
    project, others: Sequence[str | Path], progress: Progress | None = None
) -> MergePlan:
    """A MergePlan with every file checked and the project verified, no
    write lock taken; close it (or use it in ``with``) when done."""
    plan = MergePlan(project, progress or NoProgress())
    try:
        plan.prepare(others)
    except BaseException:
        plan.close()
        raise
    return plan


class Incoming:
    """Another project file to merge, checked, and held open in one read
    snapshot until it is closed: what was verified is what is merged, even if
    its laptop's window goes on writing it meanwhile. Checking it needs no
    write lock on the project: only ``merge`` does."""

    def __init__(self, other, progress: Progress):
        self.other = other
        self.progress = progress
        self.state: Replayed | None = None
        self.notes: list[Message] = []
        self.checked: CheckedEvents | None = None
        # (the fork, the other file's layers there): read before the write lock
        self.fork: tuple[int | None, dict[str, dict[str, list]]] | None = None

    def read_fork(self, project) -> None:
        """Find the fork (the other file's last event this project holds) and
        read the other file's layers there, without the write lock: they
        read only the other file, in its snapshot, and the fork, which
        ``merge`` finds again under the lock (the layers are used while it is
        the same; a merge of this file by another process meanwhile moves
        it). Read under the lock, they held a window's keys for most of a
        merge's hold (0.93 s of 1.7 s on the stress project's copy)."""
        probe = _Merger(project, self.other, self.state, self.checked, self.progress)
        fork = probe._last_known_event()
        docs = [d for (d,) in self.other.conn.execute("SELECT id FROM documents")]
        self.fork = (fork, _fork_layers(self.other, docs, fork))

    def merge(self, project) -> MergeReport:
        """Merge the checked file into ``project`` (the caller holds the
        write lock, in a transaction: nothing of it stays if this raises)."""
        name = self.other.path.name
        self.notes += check_merged_head(project, self.other)
        merger = _Merger(
            project, self.other, self.state, self.checked, self.progress, fork=self.fork
        )
        new_labels, label_notes = reconcile_labels(
            project.labels(), self.other.labels(), str(project.path.name), str(name)
        )
        merger.run(new_labels)
        merger.report.notes[:0] = self.notes + label_notes
        return merger.report

    def close(self) -> None:
        try:
            if self.other.conn.in_transaction:
                self.other.conn.execute("ROLLBACK")
        finally:
            self.other.close()


def refuse_named_twice(others: Sequence[str | Path]) -> None:
    """One line naming a file given twice (by another spelling or a link too):
    merging it once brings everything in, and its second opening failed in
    words about transactions."""
    seen: dict[tuple[int, int], str | Path] = {}
    for other in others:
        try:
            st = os.stat(other)
        except OSError:
            continue  # the merge names a missing or unreadable file itself
        key = (st.st_dev, st.st_ino)
        if key in seen:
            raise InvalidInput(
                "{other} is the same file as {first}, named twice; name it once",
                other=other,
                first=seen[key],
            )
        seen[key] = other


def open_incoming(project, other_path: str | Path, progress: Progress | None = None) -> Incoming:
    """Open another project file read-only, begin the read snapshot every read
    of it is made in, and check it whole (check_incoming); raises on a file
    that may not be merged, with nothing held open."""
    other_path = Path(other_path)
    if other_path.exists() and other_path.resolve() == Path(project.path).resolve():
        raise InvalidInput(
            "{other_path} is this project; merge another file into it", other_path=other_path
        )
    other = open_readonly(other_path)
    incoming = Incoming(other, progress or NoProgress())
    try:
        other.conn.execute("BEGIN")  # the snapshot, until close()
        incoming.progress.start(0, Message("check {name}", name=other_path.name))
        incoming.state, incoming.notes = check_incoming(project, other)
        incoming.checked = check_events(other)
        incoming.progress.finish()
    except BaseException:
        incoming.close()
        raise
    return incoming


def check_incoming(project, other) -> tuple[Replayed, list[Message]]:
    """Trust nothing in a file to be merged: its history must verify whole
    (chain, triggers, and its tables the replay of its events), and still hold
    the head recorded when it was last merged here. Raises IntegrityError
    naming the first problem; returns the file's replayed project rows (its
    annotators and their roles, labels, models) and notes."""
    name = other.path.name
    check = other.verify()
    if not check.ok:
        raise IntegrityError(
            "{name}: merge refused, it does not verify: {check_problems}",
            name=name,
            check_problems=check.problems[0],
        )
    notes = [Message("{name} cannot prove {gap}", name=name, gap=gap) for gap in check.gaps]
    check_merged_head(project, other)  # refused now, before any lock: checked again then
    return replay_project(other.conn), notes


@dataclass
class CheckedEvents:
    """The other file's events as checked before the write lock is taken:
    the hash before each merged one in its origin file, and the events that
    cannot be copied (refused only if the merge has to copy them)."""

    prevs: dict[str, str]
    refused: dict[int, IntegrityError]


def check_events(other) -> CheckedEvents:
    """Each event of ``other`` (read in its snapshot) must be copyable exactly
    (its JSON in the canonical form) and, where its place in its origin file
    is known, match its origin hash."""
    their_prevs = origin_prevs(other)
    refused: dict[int, IntegrityError] = {}
    name = other.path.name
    for row in other.conn.execute(EVENT_SQL):
        (eid, time, annotator, action, doc_id, target, before, after, origin, origin_hash) = row[
            :10
        ]
        prev_hash, digest = row[10:]
        before_v = json.loads(before) if before is not None else None
        after_v = json.loads(after) if after is not None else None
        if dumps(before_v) != before or dumps(after_v) != after:
            refused[eid] = IntegrityError(
                "event {eid} of {path_name} cannot be copied exactly (its JSON is not in the canonical form)",
                eid=eid,
                path_name=name,
            )
            continue
        prev = prev_hash if origin_hash is None else their_prevs.get(origin_hash)
        if prev is None:
            continue
        content = {
            "time": time,
            "annotator": annotator,
            "action": action,
            "doc_id": doc_id,
            "target": target,
            "before": before,
            "after": after,
            "origin": origin,
            "origin_hash": None,
        }
        if event_hash(prev, content) != identity(origin_hash, digest):
            refused[eid] = IntegrityError(
                "event {eid} of {path_name} does not match its origin hash",
                eid=eid,
                path_name=name,
            )
    return CheckedEvents(their_prevs, refused)


def check_merged_head(project, other) -> list[Message]:
    """The file must still hold the head recorded when it was last merged
    here (raises IntegrityError), unless it was restored from a backup since
    (then a note says so). Cheap: checked again holding the write lock, since
    a merge of the same file may have been recorded meanwhile."""
    name = other.path.name
    merged = last_merged_head(project, other)
    if merged is None or head_in_chain(other.conn, merged):
        return []
    if not other.history(action="project.restored"):
        raise IntegrityError(
            "{name}: merge refused, its history no longer holds the head merged here earlier ({merged_count}:{merged_hash}…): it was truncated or rewritten since",
            name=name,
            merged_count=merged.count,
            merged_hash=merged.hash[:12],
        )
    return [
        Message(
            "{name} was restored from a backup since it was last merged here: the history "
            "it held then can no longer be checked against it",
            name=name,
        )
    ]


def last_merged_head(project, other) -> ChainHead | None:
    """The chain head recorded by the last merge here of the file ``other`` is,
    or of an earlier state of it. Copies of one project (one laptop each) share
    its id: a merge of one copy is another copy's only when the incoming file
    holds, as its own events, some that merge brought (the copy's own work, not
    what the copies share); a merge recorded before merges listed the events
    they brought is taken as the file's."""
    for event in reversed(merge_records(project)):
        after = event.after or {}
        if event.origin_hash is not None or after.get("from") != other.project_id:
            continue
        if not after.get("head"):
            continue
        brought = after.get("origin_prev")
        if brought is not None and not _holds_as_its_own(other.conn, list(brought)):
            continue  # another copy of the same project
        return ChainHead(after["head"]["events"], after["head"]["hash"])
    return None


def _holds_as_its_own(conn, identities: list[str]) -> bool:
    """Whether any of these event identities is an event first written in this file."""
    for i in range(0, len(identities), 500):
        part = identities[i : i + 500]
        marks = ",".join("?" * len(part))
        if conn.execute(
            f"SELECT 1 FROM events WHERE origin_hash IS NULL AND hash IN ({marks}) LIMIT 1",
            part,
        ).fetchone():
            return True
    return False


def _fork_layers(other, docs: Sequence[str], fork: int | None) -> dict[str, dict[str, list]]:
    """Each document's layers in the other file as they stood at ``fork``
    (none on a first merge): the base of the three-way span merge."""
    return {doc: layers_as_of(other, doc, fork) if fork else {} for doc in docs}


class _Merger:
    def __init__(
        self,
        project,
        other,
        state: Replayed,
        checked: CheckedEvents,
        progress: Progress,
        fork: tuple[int | None, dict[str, dict[str, list]]] | None = None,
    ):
        self.fork = fork  # (fork, layers there) read before the lock, if any
        self.p = project
        self.o = other
        self.state = state  # the other file's project rows as its own events make them
        self.checked = checked  # its events, checked before the lock
        self.progress = progress
        self.report = MergeReport(source=str(other.path), origin=other.project_id)
        self.docmap: dict[str, str] = {}
        self.sugmap: dict[int, int] = {}
        self.origin_prev: dict[str, str] = {}
        self.names: dict[str, str] = {}  # the other file's annotator names -> this one's
        self.last_known: int | None = None  # the fork: the other file's last event held here
        self._since_fork: dict[str, tuple[set[tuple[int, str]], set[str]]] = {}
        # the last conflict number the project gave (read under the lock, once)
        self._conflict_top: int | None = None

    def run(self, new_labels: list[Label]) -> None:
        self.names = self._local_names()
        if new_labels:
            self.p.set_labels(self.p.labels() + new_labels)
            self.report.labels_added = [lab.name for lab in new_labels]
        self._annotators()
        self._documents()
        self._suggestions()
        last_known = self.last_known = self._last_known_event()
        if self.fork is not None and self.fork[0] == last_known:
            bases = self.fork[1]  # read before the lock, at this very fork
        else:
            bases = _fork_layers(self.o, list(self.docmap), last_known)
        self._events()
        self._layers(bases)
        self._their_conflicts()
        self._settled_there()
        if self.report.changed:
            self.p.events.append(
                self.p.annotator,
                "merge.completed",
                None,
                self.o.project_id,
                None,
                {
                    "from": self.o.project_id,
                    "file": self.o.path.name,
                    "events": self.report.events_added,
                    "origin_prev": self.origin_prev,
                    "documents": {k: v for k, v in self.docmap.items()},
                    "documents_added": self.report.documents_added,
                    "spans_added": self.report.spans_added,
                    "spans_removed": self.report.spans_removed,
                    "decisions": self.report.decisions_added,
                    "conflicts": self.report.conflicts,
                    "conflicts_closed": self.report.conflicts_closed,
                    "head": self.o.chain_head().as_json(),
                },
            )

    # annotators and documents -----------------------------------------------------------

    def _their_names(self) -> set[str]:
        """Every annotator name the other file stores, in its events or its layers."""
        names = set(self.state.annotators)
        for (name,) in self.o.conn.execute(
            "SELECT annotator FROM annotations UNION SELECT annotator FROM doc_status"
            " UNION SELECT annotator FROM decisions"
        ):
            names.add(name)
        has_conflicts = self.o.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='merge_conflicts'"
        ).fetchone()
        if has_conflicts:
            names.update(
                name
                for (name,) in self.o.conn.execute("SELECT DISTINCT annotator FROM merge_conflicts")
            )
        return names

    def _local_names(self) -> dict[str, str]:
        """Each name of the other file as this project stores it: itself when
        stored so here or new here; else the one name here of its form (NFKC),
        as ``who.stored_form`` reaches it, unless that file stores that name
        too (then it stays apart, as there). Raises InvalidInput, before
        anything is written, where that is not one annotator for one."""
        mine = [a["name"] for a in self.p.annotators()]
        out: dict[str, str] = {}
        for name in sorted(self._their_names()):
            if name in mine:
                out[name] = name
                continue
            same = [m for m in mine if typed_name(m) == typed_name(name)]
            if len(same) > 1:
                raise InvalidInput(
                    "{there}: merge refused, nothing was merged: its annotator {name!r} is"
                    " the same name as {names} here, in other forms: whose work it is"
                    " cannot be told",
                    there=self.o.path.name,
                    name=name,
                    names=", ".join(repr(m) for m in same),
                )
            out[name] = same[0] if same else name
        by_local: dict[str, list[str]] = {}
        for name, local in out.items():
            by_local.setdefault(local, []).append(name)
        for local, theirs in sorted(by_local.items()):
            if len(theirs) < 2:
                continue
            if local in theirs:
                # that file stores this name as it is written here, and keeps
                # its other forms apart (typed, the name reaches its exact
                # form there): so are they here
                out.update((name, name) for name in theirs)
                continue
            raise InvalidInput(
                "{there}: merge refused, nothing was merged: it stores the annotators"
                " {names}, which would be one here ({here!r}): their work cannot be told"
                " apart in one layer",
                there=self.o.path.name,
                names=" and ".join(repr(n) for n in theirs),
                here=local,
            )
        return out

    def _annotators(self) -> None:
        """Annotators and their roles as the other file's events made them (in
        the order they came), never as its table says; a name stored here in
        another form is that annotator here (noted)."""
        mine = {a["name"]: a["role"] for a in self.p.annotators()}
        arrived = sorted(self.state.annotators.items(), key=lambda item: item[1].event)
        for name, written in arrived:
            role = written.value[0]
            local = self.names.get(name, name)
            if local != name:
                self.report.notes.append(
                    Message(
                        "annotator {theirs!r} of {there} is {here!r} here (the same name in"
                        " another form)",
                        theirs=name,
                        there=self.o.path.name,
                        here=local,
                    )
                )
            if local not in mine:
                self.p.ensure_annotator(local, role)
                self.report.annotators_added.append(local)
                mine[local] = role
            elif mine[local] != role:
                self.report.notes.append(
                    Message(
                        "{name} is {role} in {there}, {here} here (kept)",
                        name=local,
                        role=role,
                        there=self.o.path.name,
                        here=mine[local],
                    )
                )

    def _documents(self) -> None:
        rows = self.o.conn.execute(
            "SELECT id, hash, title, text, source, meta, original, offset_map FROM documents"
            " ORDER BY rowid"
        ).fetchall()
        self.progress.start(len(rows), Message("merge {name}", name=self.o.path.name))
        for doc_id, digest, title, text, source, meta, original, offset_map in rows:
            local = self.p.has_document_hash(digest)
            if local:
                self.report.documents_matched += 1
            else:
                local, _ = self.p.add_document(
                    text,
                    title=title,
                    source=source,
                    meta=json.loads(meta),
                    doc_id=doc_id,
                    original=original,
                    offset_map=json.loads(offset_map) if offset_map else None,
                )
                self.report.documents_added.append(local)
                if local != doc_id:  # its id names another article here
                    self.report.notes.append(
                        Message(
                            "document {doc} of {there} is {here} here: that id names another"
                            " article in this project",
                            doc=doc_id,
                            there=self.o.path.name,
                            here=local,
                        )
                    )
            self.docmap[doc_id] = local
            self.progress.advance(1, doc_id)
        self.progress.finish()

    def _suggestions(self) -> None:
        rows = self.o.conn.execute(
            "SELECT id, doc_id, start_pos, end_pos, label, text, score, source, version, attrs,"
            " created, stale FROM suggestions ORDER BY id"
        ).fetchall()
        audience = self._their_audience()
        for (
            sid,
            doc,
            start,
            end,
            label,
            text,
            score,
            source,
            version,
            attrs,
            created,
            stale,
        ) in rows:
            local_doc = self.docmap[doc]
            found = self.p.conn.execute(
                "SELECT id FROM suggestions WHERE doc_id=? AND start_pos=? AND end_pos=?"
                " AND label=?",
                (local_doc, start, end, label),
            ).fetchone()
            if found:
                self.sugmap[sid] = found[0]
                if (
                    sid in audience
                    and self.p.conn.execute(
                        "SELECT 1 FROM suggestion_audience WHERE suggestion_id = ?", (found[0],)
                    ).fetchone()
                ):
                    # offered to some here, to others there: each sees it
                    self._give_audience(found[0], audience[sid])
                continue
            cur = self.p.conn.execute(
                "INSERT INTO suggestions (doc_id, start_pos, end_pos, label, text, score, source,"
                " version, attrs, created, stale) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (local_doc, start, end, label, text, score, source, version, attrs, created, stale),
            )
            self.sugmap[sid] = cur.lastrowid
            self.report.suggestions_added += 1
            if sid in audience:  # an annotator's offer there is theirs alone here too
                self._give_audience(cur.lastrowid, audience[sid])

    def _their_audience(self) -> dict[int, list[tuple[str, str]]]:
        """The other file's offers: suggestion id -> (annotator, offer) of
        each annotator it is offered to alone (none: everyone's)."""
        out: dict[int, list[tuple[str, str]]] = {}
        if not self.o.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='suggestion_audience'"
        ).fetchone():
            return out
        for sid, annotator, offer in self.o.conn.execute(
            "SELECT suggestion_id, annotator, offer FROM suggestion_audience"
        ):
            out.setdefault(sid, []).append((self.names.get(annotator, annotator), offer))
        return out

    def _give_audience(self, sugg_id: int, audience: list[tuple[str, str]]) -> None:
        self.p.conn.executemany(
            "INSERT OR IGNORE INTO suggestion_audience (suggestion_id, annotator, offer)"
            " VALUES (?,?,?)",
            [(sugg_id, annotator, offer) for annotator, offer in audience],
        )

    # events ---------------------------------------------------------------------------------

    def _known(self) -> set[str]:
        return {
            identity(oh, h) for oh, h in self.p.conn.execute("SELECT origin_hash, hash FROM events")
        }

    def _last_known_event(self) -> int | None:
        """The last event of the other file's longest prefix this project already holds:
        the other layers as they stood there are the base of the three-way span merge.
        (A later event held here, e.g. one both files merged from a third, does not
        move the base past other work this project has not seen.)"""
        known = self._known()
        last = None
        for eid, oh, h in self.o.conn.execute(
            "SELECT id, origin_hash, hash FROM events ORDER BY id"
        ):
            if identity(oh, h) not in known:
                break
            last = eid
        return last

    def _events(self) -> None:
        """Append the other file's events this project does not hold, as they
        were checked before the lock (check_events), in one statement."""
        known = self._known()
        their_prevs = self.checked.prevs
        copied = []
        for row in self.o.conn.execute(EVENT_SQL):
            (eid, *content, origin, origin_hash, prev_hash, digest) = row
            ident = identity(origin_hash, digest)
            if ident in known:
                self.report.events_known += 1
                continue
            refused = self.checked.refused.get(eid)
            if refused is not None:
                raise refused
            prev = prev_hash if origin_hash is None else their_prevs.get(origin_hash)
            if prev is None:
                self.report.notes.append(
                    Message(
                        "event {eid} of {there} came from {origin} without a record "
                        "of its place there; it is kept but cannot be re-checked against it",
                        eid=eid,
                        there=self.o.path.name,
                        origin=origin,
                    )
                )
            else:
                self.origin_prev[ident] = prev
            copied.append((*content, origin, ident))
            known.add(ident)
            self.report.events_added += 1
        self.p.events.append_copied(copied)

    # layers, decisions, statuses ------------------------------------------------------------

    def _their_spans(self, doc: str, annotator: str) -> list[tuple]:
        return self.o.conn.execute(
            "SELECT id, start_pos, end_pos, label, text, attrs, origin, suggestion_id, created,"
            " updated FROM annotations WHERE doc_id = ? AND annotator = ?"
            " ORDER BY start_pos, end_pos",
            (doc, annotator),
        ).fetchall()

    def _layers(self, bases: dict[str, dict[str, list]]) -> None:
        pairs = self.o.conn.execute(
            "SELECT doc_id, annotator FROM annotations"
            " UNION SELECT doc_id, annotator FROM doc_status"
            " UNION SELECT s.doc_id, d.annotator FROM decisions d"
            " JOIN suggestions s ON s.id = d.suggestion_id"
        ).fetchall()
        for doc, annotator in sorted(pairs):
            local = self.docmap[doc]
            who = self.names.get(annotator, annotator)  # as this project stores the name
            theirs = self._their_spans(doc, annotator)
            mine = self.p.annotations(local, who)
            k_theirs = {(r[1], r[2], r[3], _attrs(json.loads(r[5]))) for r in theirs}
            k_mine = {(a.start, a.end, a.label, _attrs(a.attrs)) for a in mine}
            k_base = {
                (s.start, s.end, s.label, _attrs(s.attrs))
                for s in bases.get(doc, {}).get(annotator, [])
            }
            if k_theirs == k_mine:
                outcome = "same"
            elif k_theirs == k_base:
                outcome = "ours"
                self.report.layers_kept += 1
            elif k_mine == k_base:
                outcome = "theirs"
                self._take(local, who, theirs, mine, k_theirs)
                self.report.layers_taken += 1
            else:
                outcome = "conflict"
                self._conflict(local, who, theirs, self._their_decisions(doc, annotator))
            if outcome != "conflict":
                self._decisions(doc, local, annotator, who)
                self._status(doc, local, annotator, who)

    def _take(self, doc: str, annotator: str, theirs: list[tuple], mine, k_theirs) -> None:
        keep = set()
        for a in mine:
            key = (a.start, a.end, a.label, _attrs(a.attrs))
            if key in k_theirs:
                keep.add(key)
            else:
                self.p.remove_span(a.id, annotator=annotator)
                self.report.spans_removed += 1
        spans, provenance = [], []
        for sid, start, end, label, _text, attrs, origin, sugg, created, updated in theirs:
            attrs_v = json.loads(attrs)
            if (start, end, label, _attrs(attrs_v)) in keep:
                continue
            spans.append(Span(start, end, label, attrs=attrs_v))
            came_from = {
                "project": self.o.project_id,
                "file": self.o.path.name,
                "span_id": sid,
                "origin": origin,
            }
            suggestion = self.sugmap.get(sugg) if sugg is not None else None
            provenance.append(Provenance(suggestion, {"merged_from": came_from}, created, updated))
        try:
            self.p.add_spans(
                doc, spans, origin="merged", annotator=annotator, provenance=provenance
            )
        except SpanRefused as exc:
            # the whole merge is one transaction: nothing of it stays
            raise InvalidInput(
                "{name}: merge refused, nothing was merged: {annotator}'s span {text!q}"
                " [{start}:{end}] in {doc_id}: {reason}",
                name=self.o.path.name,
                annotator=annotator,
                text=self.p.document_text(doc)[exc.span.start : exc.span.end],
                start=exc.span.start,
                end=exc.span.end,
                doc_id=doc,
                reason=Message(exc.template, **exc.params),
            ) from None
        self.report.spans_added += len(spans)

    def _their_decisions(self, doc: str, annotator: str) -> list[list]:
        """The other file's decisions of ``annotator`` in ``doc`` that a merge
        taking its layer would bring (those made since the fork: the rest this
        project holds, and may have changed since), as [suggestion here,
        decision]: a conflict's merge.conflict event keeps them, and keeping
        "theirs" takes those behind the spans it takes and replaces."""
        changed = self._changed_since_fork(doc)[0] if self.last_known is not None else None
        rows = self.o.conn.execute(
            "SELECT d.suggestion_id, d.decision FROM decisions d"
            " JOIN suggestions s ON s.id = d.suggestion_id"
            " WHERE s.doc_id = ? AND d.annotator = ? ORDER BY d.suggestion_id",
            (doc, annotator),
        ).fetchall()
        return [
            [self.sugmap[sid], decision]
            for sid, decision in rows
            if (changed is None or (sid, annotator) in changed) and sid in self.sugmap
        ]

    def _conflict(
        self, doc: str, annotator: str, theirs: list[tuple], decisions: Sequence[list] = ()
    ) -> None:
        spans = [
            {
                "start": start,
                "end": end,
                "label": label,
                "text": text,
                "attrs": json.loads(attrs),
                "origin": origin,
                "id_in_origin": sid,
                "suggestion_id": self.sugmap.get(sugg) if sugg is not None else None,
                "created": created,
                "updated": updated,
            }
            for sid, start, end, label, text, attrs, origin, sugg, created, updated in theirs
        ]
        self._record_conflict(doc, annotator, self.o.project_id, spans, list(decisions))

    def _record_conflict(
        self,
        doc: str,
        annotator: str,
        origin: str,
        spans: list[dict],
        decisions: list[list] | None = None,
    ) -> None:
        text = json.dumps(spans, ensure_ascii=False, sort_keys=True)
        if self.p.conn.execute(
            "SELECT 1 FROM merge_conflicts WHERE doc_id=? AND annotator=? AND origin=? AND spans=?",
            (doc, annotator, origin, text),
        ).fetchone():
            return
        created = history.utc_now()
        # past every number the project gave, a restore between (never a
        # number a reviewer saw, or an export named, for another conflict)
        if self._conflict_top is None:
            self._conflict_top = conflicts_given(self.p.conn)
        self._conflict_top += 1
        cur = self.p.conn.execute(
            "INSERT INTO merge_conflicts (id, doc_id, annotator, origin, spans, created)"
            " VALUES (?,?,?,?,?,?)",
            (self._conflict_top, doc, annotator, origin, text, created),
        )
        self.p.events.append(
            self.p.annotator,
            "merge.conflict",
            doc,
            cur.lastrowid,
            None,
            {
                "annotator": annotator,
                "origin": origin,
                "file": self.o.path.name,
                "spans": len(spans),
                # what "keep theirs" will take into the layer, held by verify
                "spans_sha256": hashlib.sha256(text.encode()).hexdigest(),
                # when it was raised, as ``conflicts`` lists it, held by verify
                "created": created,
            }
            # the incoming file's decisions of that layer, [suggestion here,
            # decision], which keeping "theirs" takes with the spans
            | ({"decisions": decisions} if decisions else {}),
        )
        self.report.conflicts.append(cur.lastrowid)

    def _changed_since_fork(self, doc: str) -> tuple[set[tuple[int, str]], set[str]]:
        """What the other file changed in document ``doc`` after the fork (its
        last event this project holds): the (suggestion, annotator) decisions
        and the annotators' statuses its later events wrote. The rest this
        project has seen, and may have changed since (an undo, a reopening),
        which a merge keeps. Everything, on a first merge (no fork)."""
        if doc not in self._since_fork:
            decided: set[tuple[int, str]] = set()
            statuses: set[str] = set()
            rows = self.o.conn.execute(
                "SELECT action, annotator, before, after FROM events WHERE doc_id = ? AND id > ?",
                (doc, self.last_known or 0),
            )
            for action, who, before, after in rows:
                if action == "doc.status":
                    statuses.add(who)
                elif action in DECISION_ACTIONS:
                    # an accept and a merged decision say it in their after, the rest before
                    record = json.loads((before if action in TAKEN_BACK else after) or "{}")
                    sid = record.get("suggestion_id")
                    if sid is None and isinstance(record.get("suggestion"), dict):
                        sid = record["suggestion"].get("suggestion_id")
                    decided.add((sid, record.get("annotator", who)))
            self._since_fork[doc] = (decided, statuses)
        return self._since_fork[doc]

    def _decisions(self, doc: str, local: str, annotator: str, who: str) -> None:
        """The other file's decisions of ``annotator`` in ``doc``, as ``who``'s here."""
        changed = self._changed_since_fork(doc)[0] if self.last_known is not None else None
        rows = self.o.conn.execute(
            "SELECT d.suggestion_id, d.decision, d.time, a.start_pos, a.end_pos, a.label"
            " FROM decisions d JOIN suggestions s ON s.id = d.suggestion_id"
            " LEFT JOIN annotations a ON a.id = d.annotation_id"
            " WHERE s.doc_id = ? AND d.annotator = ?",
            (doc, annotator),
        ).fetchall()
        for sid, decision, time, start, end, label in rows:
            if changed is not None and (sid, annotator) not in changed:
                continue  # as it was at the fork, which this project holds: its own stands
            ann_id = None
            if start is not None:
                found = self.p.conn.execute(
                    "SELECT id FROM annotations WHERE doc_id=? AND annotator=? AND start_pos=?"
                    " AND end_pos=? AND label=?",
                    (local, who, start, end, label),
                ).fetchone()
                ann_id = found[0] if found else None
            local_sid = self.sugmap[sid]
            cur = self.p.conn.execute(
                "INSERT OR IGNORE INTO decisions (suggestion_id, annotator, decision,"
                " annotation_id, time) VALUES (?,?,?,?,?)",
                (local_sid, who, decision, ann_id, time),
            )
            if cur.rowcount:
                self.p.events.append(
                    self.p.annotator,
                    "decision.merged",
                    local,
                    local_sid,
                    None,
                    {
                        "suggestion_id": local_sid,
                        "annotator": who,
                        "decision": decision,
                        "annotation_id": ann_id,
                        # the suggestion it now stands on here, which verify
                        # holds the row to while the decision stands
                        "suggestion": self._suggestion_record(local_sid),
                    },
                )
            self.report.decisions_added += cur.rowcount

    def _suggestion_record(self, sid: int) -> dict[str, Any]:
        """The suggestion's record as a decision event keeps it, read whoever
        it is offered to (an offer here may be another annotator's alone)."""
        row = self.p.conn.execute(
            "SELECT id, doc_id, start_pos, end_pos, label, text, score, source, version, attrs"
            " FROM suggestions WHERE id = ?",
            (sid,),
        ).fetchone()
        sid, doc, start, end, label, text, score, source, version, attrs = row
        return suggestion_record(
            StoredSuggestion(
                start, end, label, text, score, source, version, json.loads(attrs), sid, doc, ""
            )
        )

    def _status(self, doc: str, local: str, annotator: str, who: str) -> None:
        row = self.o.conn.execute(
            "SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?", (doc, annotator)
        ).fetchone()
        theirs = row[0] if row else "todo"
        if self.last_known is not None and annotator not in self._changed_since_fork(doc)[1]:
            return  # as it was at the fork, which this project holds: its own stands
        mine = self.p.status(local, who)
        if STATUS_RANK[theirs] > STATUS_RANK[mine]:
            self.p.set_status(local, theirs, annotator=who)
            self.report.statuses_changed += 1

    def _their_conflicts(self) -> None:
        has = self.o.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='merge_conflicts'"
        ).fetchone()
        if not has:
            return
        for doc, annotator, origin, spans in self.o.conn.execute(
            "SELECT doc_id, annotator, origin, spans FROM merge_conflicts WHERE resolved = 0"
            " ORDER BY id"
        ).fetchall():
            items = json.loads(spans)
            for s in items:
                sugg = s.get("suggestion_id")
                s["suggestion_id"] = self.sugmap.get(sugg) if sugg is not None else None
            local = self.docmap[doc]
            who = self.names.get(annotator, annotator)
            current = {
                (a.start, a.end, a.label, _attrs(a.attrs)) for a in self.p.annotations(local, who)
            }
            incoming = {(s["start"], s["end"], s["label"], _attrs(s.get("attrs"))) for s in items}
            if incoming == current:
                continue  # the layer here is already what that conflict offered
            if origin == self.p.project_id and incoming in self._layers_held(local, who):
                # this project's own layer as it once stood (the other file
                # merged it and held it against its own): seen here, and what
                # was done with it since (an edit, a reviewer's choice) stands
                continue
            self._record_conflict(local, who, origin, items)

    def _settled_there(self) -> None:
        """Close each open conflict here that offers the other file's layer
        when that file settled its mirror (a conflict of the same document
        and layer offering this project's) and the two layers are the same
        after this merge: the disagreement is gone, and a reviewer here would
        be asked again to choose the layer the reviewer there set aside. The
        layer here is kept, as it is; the event names the file and its
        conflict. Where the layers still differ, the conflict stays open."""
        has = self.o.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='merge_conflicts'"
        ).fetchone()
        if not has:
            return
        mirrors: dict[tuple[str, str], tuple[int, str, str]] = {}
        for mid, doc, annotator in self.o.conn.execute(
            "SELECT id, doc_id, annotator FROM merge_conflicts WHERE resolved = 1 AND origin = ?"
            " ORDER BY id",
            (self.p.project_id,),
        ):
            if doc in self.docmap:
                mirrors[(self.docmap[doc], self.names.get(annotator, annotator))] = (
                    mid,
                    doc,
                    annotator,
                )
        if not mirrors:
            return
        for c in conflicts(self.p):
            mirror = mirrors.get((c.doc_id, c.annotator))
            if c.origin != self.o.project_id or mirror is None:
                continue
            mid, doc, annotator = mirror
            theirs = {
                (r[1], r[2], r[3], _attrs(json.loads(r[5])))
                for r in self._their_spans(doc, annotator)
            }
            mine = {
                (a.start, a.end, a.label, _attrs(a.attrs))
                for a in self.p.annotations(c.doc_id, c.annotator)
            }
            if theirs != mine:
                continue  # still a difference between the two files: a reviewer's
            self.p.conn.execute("UPDATE merge_conflicts SET resolved = 1 WHERE id = ?", (c.id,))
            self.p.events.append(
                self.p.annotator,
                "merge.conflict_resolved",
                c.doc_id,
                c.id,
                {"annotator": c.annotator, "origin": c.origin},
                {
                    "keep": "mine",
                    "spans": len(c.spans),
                    "settled_in": {"file": self.o.path.name, "conflict": mid},
                },
            )
            self.report.conflicts_closed.append(c.id)
            self.report.notes.append(
                Message(
                    "merge conflict {cid} ({annotator}'s layer of {doc_id}) closed: {there}"
                    " settled it as its conflict {mid}, and the layer is now the same in both"
                    " files",
                    cid=c.id,
                    annotator=c.annotator,
                    doc_id=c.doc_id,
                    there=self.o.path.name,
                    mid=mid,
                )
            )

    def _layers_held(self, doc: str, annotator: str) -> list[set[tuple]]:
        """Every state this project's layer of ``annotator`` in ``doc`` has
        held, replayed from its own events (empty before the first)."""
        state: dict[int, dict[str, Any]] = {}
        held: list[set[tuple]] = [set()]
        for event in self.p.history(doc_id=doc):
            if apply_event(state, event):
                layer = {
                    (r["start"], r["end"], r["label"], _attrs(r["attrs"]))
                    for r in state.values()
                    if r["annotator"] == annotator
                }
                if layer != held[-1]:
                    held.append(layer)
        return held


def _attrs(attrs: Any) -> str:
    return json.dumps(attrs or {}, ensure_ascii=False, sort_keys=True)


__all__ = [
    "MergeReport",
    "doc_aliases",
    "merge_records",
    "merge_project",
    "merge_projects",
    "prepare_merge",
    "origin_prevs",
    "reconcile_labels",
    "verify_merged",
]
