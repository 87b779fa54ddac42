"""Undoable edits: one QUndoCommand per core verb (Orange canvas style).

``redo`` and ``undo`` each change the ``DocumentState`` at once (what the
curator sees, on the keypress) and queue the core verb on the store thread
(``ops.spans``), which is first in, first out, so an undo never overtakes
its redo and keys typed meanwhile act in order on what the curator sees.
Undoing is a new event in the history, never a rewrite of it. Commands hold
handles, not objects: a span not saved yet has a provisional id, a span
brought back by undo gets a new one, and ``ops.Handles`` maps each to the
store's id when the write runs. Once the write is done the state takes the
store's ids (``settle``).

A write that fails is not the command's to handle: the window rolls the
view back to what the file holds (``AnnotationController.write_failed``).
After a write refused because another program changed what it acted on,
the undo stacks keep the commands whose steps were written and that no
one else changed since (``Project.changed_meanwhile``); after a failure of
the file itself, they are cleared.

An accept, a new span or a relabel to COMPANY or POLICY offers the name at
its other places to this annotator (models.learn.occurrences): here at
once, in the rest of the project by a write queued right behind it. The
offer carries a token per redo, and undoing the command withdraws it in
the same undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.gui.ops import Handles, Outcome, StoreOp
from desktop.gui.ops import spans as ops
from desktop.gui.quoting import quoted
from desktop.gui.spans import GOLD, SUGGESTION, SpanItem
from desktop.gui.state import DocumentState
from models.domain import Annotation, relabelled_attrs
from models.learn.occurrences import free_places, is_propagated, longer_than, new_token
from models.store.bulk import fitting
from models.store.undo import REDO_OF, UNDO_OF, UndoStep, wrote_nothing

translate = QCoreApplication.translate

# A focus hint says which span the window should focus once a command ran:
# ("gold", id), ("suggestion", id), ("next_pending", pos), ("near", pos),
# ("status", 0) (keep the focus; the command set the status itself) or None.
Focus = tuple[str, int] | None

RESIZE_ID = 4201
# A name is offered elsewhere this long after the edit: the curator's next
# keys are written first.
OFFER_PAUSE_MS = 150
# The names of one edit (Shift+A's, a hundred and more on a long article) are
# then offered in background writes of as many names as this much time holds
# (one at least; each write finds its names' places in one pass,
# occurrences.offer_many), each queued this long after the one before: a key
# pressed meanwhile waits for one such write at most (its effect is on the
# screen at once; "Saving…" waits). One name per write, each after
# OFFER_PAUSE_MS, spent 20 s in pauses alone on 131 names. Each write reads
# its names' documents and commits once: at 60 ms a write held one or two of
# Shift+A's names (some 50 ms each on bench_offers' 2,000 articles) and paid
# that for each; at 200 ms the 131 names took 49 writes and 9.1 s, at 400 ms
# 21 writes and 7.4 s (one run). On a loaded machine a name costs three
# times that, and the writes hold two or three names whatever the bound
# (bench_offers against main: 1.1-1.4x at 250 ms, 1.1-1.2x at 400 ms).
OFFER_BATCH_MS = 250
OFFER_NEXT_MS = 10
# How many more names a write takes than the one before, at most (the time
# per name is what the writes so far took).
OFFER_GROWTH = 2


class CommandEnv:
    """What commands share: the document state, the span operations, and the
    controller's callbacks."""

    def __init__(
        self,
        state: DocumentState,
        spans: ops.SpanEnv,
        on_applied: Callable[[str, Focus], None],
        on_settled: Callable[[str, list[tuple[str, int, int]]], None],
        on_offered: Callable[[int, int], None] | None = None,
        on_stored: Callable[[str, Annotation], None] | None = None,
        on_withdrawn: Callable[[], None] | None = None,
        on_nothing_written: Callable[[EditCommand, bool], None] | None = None,
    ):
        self.state = state
        self.spans = spans
        self.on_applied = on_applied
        self.on_settled = on_settled  # (doc id, [(kind, id used, id stored)])
        # occurrences offered elsewhere, and finished documents left without offer
        self.on_offered = on_offered
        self.on_stored = on_stored  # (doc id, a gold span as the store wrote it)
        self.on_withdrawn = on_withdrawn  # offers the store withdrew left the open document
        # (command, a redo) whose write ended having written nothing: no undo step
        self.on_nothing_written = on_nothing_written
        # the events the commands' steps wrote, id -> chain hash (added on the
        # store thread): what another program changed since is told from them,
        # and an id a restore elsewhere gave to another event is not ours
        self.own_events: dict[int, str | None] = {}

    @property
    def handles(self) -> Handles:
        return self.spans.handles

    def withdraw(self, token: str) -> bool:
        """An offer is taken back (its command undone): gone from the view at
        once, and an offer of it still waiting to be written never is. True
        when the open document showed some of it."""
        self.spans.withdrawn.add(token)
        return self.state.withdraw(token)

    def gold_id(self, handle: int) -> int:
        """The id the open document knows this gold span by: the store may
        have saved it (or made it anew) before the window has heard."""
        chain = self.handles.gold_chain(handle)
        return next((i for i in reversed(chain) if i in self.state.gold), chain[-1])

    def sugg_id(self, handle: int) -> int:
        chain = self.handles.suggestion_chain(handle)
        return next((i for i in reversed(chain) if i in self.state.suggestions), chain[-1])

    def here(self, doc_id: str, text: str, label: str) -> list[tuple[int, int]]:
        """(new handle, start) of the places in the open document where a new
        gold span of ``text`` and ``label`` offers its name: clear of gold,
        where no suggestion of this label and stretch is shown already, and
        not inside a longer suggestion of this label the curator is shown
        undecided (the guideline takes the longest name as written: the rule
        the core keeps in the other documents: ``occurrences.longer_than``)."""
        if not is_propagated(label, text) or self.state.doc_id != doc_id:
            return []
        state = self.state
        taken = [(g.start, g.end) for g in state.gold.values()]
        longer = longer_than(
            len(text), label, ((i.start, i.end, i.label) for i in state.items if i.is_pending)
        )
        out = []
        for start in free_places(state.text, text, taken):
            if longer.covers(start, len(text)):
                continue
            existing = state.suggestion_at(start, start + len(text), label)
            if existing is None or existing.private:
                out.append((self.handles.new() if existing is None else existing.id, start))
        return out


class EditCommand(QUndoCommand):
    """Applies an edit to the state and queues its write; subclasses say how."""

    def __init__(self, env: CommandEnv, doc_id: str, text: str):
        super().__init__(text)
        self.env = env
        self.doc_id = doc_id
        # what the last do (or undo) wrote, filled on the store thread, and
        # what the writes under way take back (models.store.undo)
        self.steps: list[UndoStep] = []
        self._taking_back: tuple[str, list[UndoStep]] | None = None
        self._done_once = False
        # steps of the last do (or undo) not written yet: once the window is
        # idle, one left was refused or dropped (its write never happened)
        self.unwritten = 0
        # set while the command moves to a new stack (``adopt``): Qt's push
        # and setIndex call redo and undo, which must not edit again
        self._adopting = False

    @property
    def state(self) -> DocumentState:
        return self.env.state

    def do(self) -> Focus:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_it(self) -> Focus:  # pragma: no cover - abstract
        raise NotImplementedError

    def adopt(self) -> EditCommand:
        """This command as a new one (its state shared), for an undo stack
        rebuilt without the entries that cannot be undone any more: Qt has
        no way to take a command out of a stack. ``adopted`` ends the move."""
        clone = type(self).__new__(type(self))
        QUndoCommand.__init__(clone, self.text())
        clone.__dict__.update(self.__dict__)
        clone._adopting = True
        return clone

    def adopted(self) -> None:
        self._adopting = False

    def redo(self) -> None:
        if self._adopting:
            return
        self._begin_step(REDO_OF if self._done_once else None)
        self._done_once = True
        self.env.on_applied(self.doc_id, self.do())

    def undo(self) -> None:
        if self._adopting:
            return
        self._begin_step(UNDO_OF)
        self.env.on_applied(self.doc_id, self.undo_it())

    def _begin_step(self, kind: str | None) -> None:
        """An undo takes back what the last do wrote, a redo what the undo wrote."""
        self._taking_back = (kind, self.steps) if kind else None
        self.steps = []
        self.unwritten = 0

    def wrote_nothing(self, into: UndoStep) -> bool:
        """Whether ``into``, a write of the do (or redo) still current, ended
        having written nothing (``UndoStep.empty``: cancelled before its first
        part, or while it waited for another program's write lock) and no
        other write of it did either: the edit is no undo step."""
        return any(step is into for step in self.steps) and wrote_nothing(self.steps)

    def left_nothing(self, redo: bool) -> None:
        """The do (``redo``: a redo) wrote nothing: a first do leaves the undo
        history, a redo leaves the edit undone as it was, its redo still to
        press (the controller rebuilds the stack: ``on_nothing_written``)."""
        if redo and self._taking_back is not None:
            self.steps = self._taking_back[1]  # what the next redo takes back
            self._taking_back = None
            self.unwritten = 0
        if self.env.on_nothing_written is not None:
            self.env.on_nothing_written(self, redo)

    def step(self, op: StoreOp) -> StoreOp:
        """``op`` as a write of this step: the history says what it takes back."""
        into = UndoStep()
        self.steps.append(into)
        self.unwritten += 1
        kind, earlier = self._taking_back or (None, [])
        own = self.env.own_events

        def written() -> None:  # on the store thread
            own.update({e.id: e.hash for e in into.events})
            if any(step is into for step in self.steps):  # not a later redo's
                self.unwritten -= 1

        return op.in_step(
            into,
            self.env.spans.annotator,
            undoing=earlier if kind == UNDO_OF else (),
            redoing=earlier if kind == REDO_OF else (),
            written=written,
            own=own,
        )

    def queue(
        self,
        op,
        settle: list[tuple[str, int, int]] = (),
        then: Callable[[Outcome], None] | None = None,
    ) -> None:
        """Queue ``op``; once written, the ids in ``settle`` (kind, handle, id
        the state used) take the store's, a gold span the store made or
        changed shows the attributes it stored (the store may derive them,
        e.g. after a boundary change), and ``then`` is given the outcome."""
        settle = list(settle)

        def done(outcome: Outcome | None) -> None:
            renamed = []
            handles = self.env.handles
            for kind, handle, used in settle:
                stored = (
                    handles.current_gold(handle)
                    if kind == GOLD
                    else handles.current_suggestion(handle)
                )
                if stored != used and stored > 0:
                    renamed.append((kind, used, stored))
            if renamed:
                self.env.on_settled(self.doc_id, renamed)
            stored_span = outcome.value if outcome is not None else None
            if isinstance(stored_span, Annotation) and self.env.on_stored is not None:
                self.env.on_stored(self.doc_id, stored_span)
            if then is not None and outcome is not None:
                then(outcome)

        self.step(op).success(done).run(initiator=self)


class _Offering:
    """The occurrence offer of one redo: its token and the places here."""

    def __init__(self, env: CommandEnv, doc_id: str, text: str, label: str):
        self.token = new_token() if is_propagated(label, text) else None
        self.here = env.here(doc_id, text, label) if self.token else []

    def apply(self, state: DocumentState, label: str, length: int) -> list[tuple[str, int, int]]:
        if not self.token:
            return []
        state.offer(self.token, [(h, s, s + length) for h, s in self.here], label)
        return [(SUGGESTION, h, h) for h, _s in self.here if h < 0]


class AcceptCommand(EditCommand):
    """Accept a suggestion, as its own label or another one; optionally with
    corrected boundaries (accept, then resize, in one transaction). A
    boundary correction offers nothing: the places of the in-between texts
    a curator steps through are not names."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        sugg: SpanItem,
        label: str | None = None,
        resize: tuple[int, int] | None = None,
    ):
        if resize is not None:
            text = translate("Commands", "Correct %1")
        elif label:
            text = translate("Commands", "Accept %1 as %2").replace("%2", label)
        else:
            text = translate("Commands", "Accept %1")
        super().__init__(env, doc_id, text.replace("%1", quoted(sugg.text)))
        self.sugg = sugg.id
        self.label = label
        self.start = sugg.start
        self.resize = resize
        self.gold = env.handles.new()
        self.offering: _Offering | None = None

    def do(self) -> Focus:
        state, env = self.state, self.env
        item = state.accept(env.sugg_id(self.sugg), env.gold_id(self.gold), self.label, self.resize)
        self.offering = None
        if item is not None and self.resize is None:
            self.offering = _Offering(env, self.doc_id, item.text, item.label)
        settle = [(GOLD, self.gold, env.gold_id(self.gold))]
        token = here = None
        if self.offering is not None and self.offering.token:
            settle += self.offering.apply(state, item.label, len(item.text))
            token, here = self.offering.token, self.offering.here
        self.queue(
            ops.accept(
                env.spans,
                self.doc_id,
                self.sugg,
                self.gold,
                label=self.label,
                span=self.resize,
                token=token,
                here=here or (),
                title=self.text(),
            ),
            settle,
        )
        if token:
            _offer_elsewhere(self, [self.gold], token)
        if self.resize is not None:
            return (GOLD, env.gold_id(self.gold))
        return ("next_pending", self.start)

    def undo_it(self) -> Focus:
        env = self.env
        token = self.offering.token if self.offering is not None else None
        self.state.unaccept(env.sugg_id(self.sugg), env.gold_id(self.gold))
        if token:
            self.env.withdraw(token)
        self.queue(
            ops.undo_accept(env.spans, self.doc_id, self.sugg, self.gold, token, self.text())
        )
        return (SUGGESTION, env.sugg_id(self.sugg))


def _offer_elsewhere(command: EditCommand, golds: list[int], token: str) -> None:
    """Offer the names of these gold spans in other documents, in background
    writes of a few tens of milliseconds, each a moment after the one before:
    the keys pressed meanwhile are written first. One whose edit was undone meanwhile writes
    nothing (its token withdrawn, or its span gone: ``bulk.source_stands``)."""
    env = command.env
    offering = getattr(command, "offering", None)
    offered = [len(offering.here) if offering is not None else 0]
    skipped: set[str] = set()  # finished documents the names were not offered in

    pace = [0.0, 0]  # seconds the writes took, names they offered

    def how_many() -> int:
        """Names for the next write: as many as OFFER_BATCH_MS holds at the
        pace of the writes so far (one write's own cost spread over its
        names), one for the first."""
        took, names = pace
        if not names:
            return 1
        fits = int(OFFER_BATCH_MS / 1000 / (took / names)) if took > 0 else names
        return max(1, min(fits, names * OFFER_GROWTH))

    def next_names(rest: list[int], pause_ms: int) -> None:
        size = how_many()

        def done(outcome: Outcome | None) -> None:
            used = 1  # a write that did not run (a failed file) leaves its first name
            if outcome is not None and outcome.value:
                count, finished, used, took = outcome.value
                offered[0] += count
                skipped.update(finished)
                pace[:] = [took, used]
            if rest[used:]:
                next_names(rest[used:], OFFER_NEXT_MS)
            elif token in env.spans.withdrawn:
                pass  # taken back meanwhile (undone, or its span removed): nothing to say
            elif (offered[0] or skipped) and env.on_offered is not None:
                env.on_offered(offered[0], len(skipped))

        op = ops.offer_elsewhere(
            env.spans,
            command.doc_id,
            rest,
            token,
            size,
            translate("Commands", "offering names at their other places"),
        )
        op.success(done).in_background(pause_ms).run(initiator=command)

    if golds:
        next_names(list(golds), OFFER_PAUSE_MS)


class RejectCommand(EditCommand):
    def __init__(self, env: CommandEnv, doc_id: str, sugg: SpanItem):
        super().__init__(
            env, doc_id, translate("Commands", "Reject %1").replace("%1", quoted(sugg.text))
        )
        self.sugg = sugg.id
        self.start = sugg.start

    def do(self) -> Focus:
        self.state.decide(self.env.sugg_id(self.sugg), "rejected")
        self.queue(ops.reject(self.env.spans, self.doc_id, self.sugg, self.text()))
        return ("next_pending", self.start)

    def undo_it(self) -> Focus:
        self.state.decide(self.env.sugg_id(self.sugg), None)
        self.queue(ops.undo_decision(self.env.spans, self.doc_id, self.sugg, self.text()))
        return (SUGGESTION, self.env.sugg_id(self.sugg))


class AddSpanCommand(EditCommand):
    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        start: int,
        end: int,
        label: str,
        surface: str,
        attrs: dict | None = None,
    ):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Add %1 %2").replace("%1", label).replace("%2", quoted(surface)),
        )
        self.start, self.end, self.label, self.attrs = start, end, label, attrs
        self.gold = env.handles.new()
        self.offering: _Offering | None = None

    def do(self) -> Focus:
        state, env = self.state, self.env
        gold_id = env.gold_id(self.gold)
        state.put_gold(
            SpanItem(
                GOLD,
                gold_id,
                self.start,
                self.end,
                self.label,
                state.text[self.start : self.end],
                "manual",
                None,
                "gold",
                dict(self.attrs or {}),
                None,
                "manual",
            )
        )
        self.offering = _Offering(env, self.doc_id, state.text[self.start : self.end], self.label)
        settle = [(GOLD, self.gold, gold_id)]
        settle += self.offering.apply(state, self.label, self.end - self.start)
        self.queue(
            ops.add(
                env.spans,
                self.doc_id,
                self.gold,
                (self.start, self.end),
                self.label,
                attrs=self.attrs,
                token=self.offering.token,
                here=self.offering.here,
                title=self.text(),
            ),
            settle,
        )
        if self.offering.token:
            _offer_elsewhere(self, [self.gold], self.offering.token)
        return (GOLD, gold_id)

    def undo_it(self) -> Focus:
        token = self.offering.token if self.offering is not None else None
        self.state.remove_gold(self.env.gold_id(self.gold))
        if token:
            self.env.withdraw(token)
        self.queue(
            ops.remove(
                self.env.spans,
                self.doc_id,
                self.gold,
                tokens=[token] if token else [],
                title=self.text(),
            )
        )
        return ("near", self.start)


class RemoveSpanCommand(EditCommand):
    """Remove a gold span, and withdraw the still-undecided offers its accept,
    add or relabel made, here and elsewhere, as undoing that edit would: a
    span removed as wrong should not leave its name pending in other
    documents. ``offers``: the tokens of the edits on this window's undo
    stack, withdrawn from the view at once (and never written if they are
    still on their way); the store finds the others (made in an earlier
    session: ``bulk.offers_from_span``) and the view drops them once it
    has. Undo brings the span back, not the offers: they left the file as
    an undone accept's do, and the accept's redo offers anew."""

    def __init__(self, env: CommandEnv, doc_id: str, gold: SpanItem, offers: Sequence[str] = ()):
        super().__init__(
            env, doc_id, translate("Commands", "Remove %1").replace("%1", quoted(gold.text))
        )
        self.gold = gold.id
        self.offers = list(offers)
        self.item: SpanItem | None = None
        self.keep: dict[str, Any] = {}

    def do(self) -> Focus:
        env = self.env
        self.item = self.state.remove_gold(env.gold_id(self.gold))
        for token in self.offers:
            env.withdraw(token)
        self.queue(
            ops.remove(
                env.spans,
                self.doc_id,
                self.gold,
                keep=self.keep,
                tokens=self.offers,
                title=self.text(),
            ),
            then=self._withdrawn,
        )
        return ("near", self.item.start if self.item is not None else 0)

    def _withdrawn(self, outcome: Outcome) -> None:
        """The offers the store found and withdrew leave the view too."""
        shown = [self.env.withdraw(token) for token in outcome.value or ()]
        if any(shown) and self.env.on_withdrawn is not None:
            self.env.on_withdrawn()

    def undo_it(self) -> Focus:
        env = self.env
        used = env.gold_id(self.gold)
        if self.item is not None:
            self.state.put_gold(replace(self.item, id=used))
        self.queue(
            ops.restore(env.spans, self.doc_id, self.gold, self.keep, self.text()),
            [(GOLD, self.gold, used)],
        )
        return (GOLD, used)


class RelabelCommand(EditCommand):
    def __init__(self, env: CommandEnv, doc_id: str, gold: SpanItem, new: str):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Relabel %1 as %2")
            .replace("%1", quoted(gold.text))
            .replace("%2", new),
        )
        self.gold, self.old, self.new = gold.id, gold.label, new
        self.offering: _Offering | None = None
        # the span's attributes before the relabel, as the store held them
        # (the old label's go with it): its undo gives them back
        self.keep: dict[str, Any] = {}
        self.attrs = dict(gold.attrs)

    def do(self) -> Focus:
        state, env = self.state, self.env
        shown = state.gold.get(env.gold_id(self.gold))
        if shown is not None:
            self.attrs = dict(shown.attrs)
        item = state.change_gold(
            env.gold_id(self.gold),
            label=self.new,
            attrs=relabelled_attrs(self.attrs, self.old, self.new),
        )
        self.offering = _Offering(env, self.doc_id, item.text, self.new) if item else None
        token = self.offering.token if self.offering else None
        settle = self.offering.apply(state, self.new, len(item.text)) if token else []
        self.queue(
            ops.change(
                env.spans,
                self.doc_id,
                self.gold,
                label=self.new,
                token=token,
                here=self.offering.here if token else (),
                keep=self.keep,
                title=self.text(),
            ),
            settle,
        )
        if token:
            _offer_elsewhere(self, [self.gold], token)
        return (GOLD, env.gold_id(self.gold))

    def undo_it(self) -> Focus:
        env = self.env
        token = self.offering.token if self.offering else None
        self.state.change_gold(env.gold_id(self.gold), label=self.old, attrs=dict(self.attrs))
        if token:
            self.env.withdraw(token)
        self.queue(
            ops.change(
                env.spans,
                self.doc_id,
                self.gold,
                label=self.old,
                withdraw=token,
                restore=self.keep,
                title=self.text(),
            )
        )
        return (GOLD, env.gold_id(self.gold))


class ResizeCommand(EditCommand):
    """Move a gold span's boundaries. Repeated nudges of one span merge into
    one undo step."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        gold: SpanItem,
        new: tuple[int, int],
    ):
        super().__init__(
            env, doc_id, translate("Commands", "Resize %1").replace("%1", quoted(gold.text))
        )
        self.gold, self.old, self.new = gold.id, (gold.start, gold.end), new

    def id(self) -> int:  # noqa: A003 - Qt's name
        return RESIZE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ResizeCommand) or other._adopting:
            return False  # entries of a rebuilt stack stay as they were
        if self.env.gold_id(other.gold) != self.env.gold_id(self.gold):
            return False
        self.new = other.new
        self.steps += other.steps  # the nudges of one step, undone together
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def _to(self, span: tuple[int, int]) -> Focus:
        env = self.env
        self.state.change_gold(env.gold_id(self.gold), start=span[0], end=span[1])
        self.queue(ops.change(env.spans, self.doc_id, self.gold, span=span, title=self.text()))
        return (GOLD, env.gold_id(self.gold))

    def do(self) -> Focus:
        return self._to(self.new)

    def undo_it(self) -> Focus:
        return self._to(self.old)


class AttrsCommand(EditCommand):
    def __init__(self, env: CommandEnv, doc_id: str, gold: SpanItem, new: dict):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Edit attributes of %1").replace("%1", quoted(gold.text)),
        )
        self.gold, self.old, self.new = gold.id, dict(gold.attrs), dict(new)

    def _to(self, attrs: dict) -> Focus:
        env = self.env
        self.state.change_gold(env.gold_id(self.gold), attrs=dict(attrs))
        self.queue(ops.change(env.spans, self.doc_id, self.gold, attrs=attrs, title=self.text()))
        return (GOLD, env.gold_id(self.gold))

    def do(self) -> Focus:
        return self._to(self.new)

    def undo_it(self) -> Focus:
        return self._to(self.old)


class StatusCommand(EditCommand):
    """Mark the document done, or reopen it. Done rejects the suggestions
    still pending, as the store records it (``bulk.finish_document``): they
    are shown rejected at once and the counts say nothing is pending; the
    store rejects those alone, refusing if another is pending there; going
    back from done makes pending again what that rejected, once the store
    has said which (``bulk.reopen_document``)."""

    def __init__(self, env: CommandEnv, doc_id: str, old: str, new: str):
        text = (
            translate("Commands", "Mark document done")
            if new == "done"
            else translate("Commands", "Reopen document")
        )
        super().__init__(env, doc_id, text)
        self.old, self.new = old, new

    def _to(self, status: str) -> Focus:
        state = self.state
        shown: list[int] = []
        asked: list[int] = []
        if status == "done":
            shown = [i.id for i in state.items if i.is_pending]
            # what the file may reject with it: what the curator is shown
            # pending (asked about) or rejected (a reopen whose write has not
            # come back makes those pending in the file); never what they are
            # shown accepted, as a Shift+A still writing shows its suggestions
            asked = shown + [i for i, s in state.suggestions.items() if s.decision == "rejected"]
            for sid in shown:
                state.decide(sid, "rejected")
        state.set_status(status)

        def written(outcome: Outcome) -> None:
            if state.doc_id != self.doc_id:
                return
            changed = set(outcome.value or ())
            for sid in changed:
                state.decide(sid, "rejected" if status == "done" else None)
            for sid in set(shown) - changed:  # the store found it decided meanwhile
                state.decide(sid, None)
            if changed or shown:
                self.env.on_applied(self.doc_id, ("status", 0))

        self.queue(
            ops.set_status(self.env.spans, self.doc_id, status, self.text(), asked=asked),
            then=written,
        )
        return ("status", 0)

    def do(self) -> Focus:
        return self._to(self.new)

    def undo_it(self) -> Focus:
        return self._to(self.old)


class BulkWatcher(Protocol):
    """Hears where the write of a do or redo of a ``BulkCommand`` is, to say
    it in the status line (the controller): queued, how far, ended."""

    def bulk_started(self, command: BulkCommand) -> None: ...

    def bulk_progressed(self, command: BulkCommand, done: int, total: int) -> None: ...

    def bulk_ended(self, command: BulkCommand) -> None: ...


class BulkCommand(EditCommand):
    """A command whose write runs in chunks with progress (``progress``
    makes one per run: the status bar's, which can cancel a do or redo; an
    undo runs to its end, ``cancellable=False``). The write of a do or redo
    tells ``watcher`` when it is queued, how far it is and when it ended."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        text: str,
        progress: Callable[..., Any],
        watcher: BulkWatcher | None = None,
    ):
        super().__init__(env, doc_id, text)
        self.progress = progress
        self.watcher = watcher

    def _writing(self) -> Any:
        """The progress of a do or redo's write, the watcher told it started."""
        if self.watcher is None:
            return self.progress(self.text())
        watcher = self.watcher
        progress = self.progress(
            self.text(), report=lambda done, total: watcher.bulk_progressed(self, done, total)
        )
        watcher.bulk_started(self)
        return progress

    def _ended(self) -> None:
        if self.watcher is not None:
            self.watcher.bulk_ended(self)


class AcceptAllCommand(BulkCommand):
    """Accept every pending suggestion of the document that fits beside the
    gold (the same rule as the store's ``accept_all``), as one undo step:
    shown at once, written in chunks with progress. A cancel (or a
    suggestion the store skipped) puts back in the view what was not
    written, and the document is read again once the window's writes are
    done: its status is the file's (to do, if nothing was written). The
    undo takes back what was written, and a redo gives back that, no more
    (``finished`` hears how much of how many the write accepted, and whether
    it was cancelled)."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        progress: Callable[..., Any],
        finished: Callable[[int, int, bool], None] | None = None,
        watcher: BulkWatcher | None = None,
    ):
        super().__init__(
            env, doc_id, translate("Commands", "Accept all suggestions"), progress, watcher
        )
        self.pairs: list[tuple[int, int]] = []  # (suggestion handle, gold handle)
        self.token: str | None = None
        # hears (accepted, asked, cancelled) once a do or redo's write ended
        self.finished = finished
        # the suggestions (handles) the last write accepted: what a redo gives back
        self.written: list[int] | None = None

    def _fitting(self) -> list[SpanItem]:
        """The pending suggestions the store's rule accepts (``bulk.fitting``)."""
        state = self.state
        pending = [i for i in state.items if i.is_pending]
        if state.allow_overlap:
            return pending
        taken = [(g.start, g.end) for g in state.gold.values()]
        return [pending[i] for i in fitting(taken, [(i.start, i.end) for i in pending])]

    def do(self) -> Focus:
        env = self.env
        fits = self._fitting()
        redo = self.written is not None
        if redo:  # what the undo took back, no more
            taken = {env.sugg_id(s) for s in self.written}
            fits = [i for i in fits if i.id in taken]
        self.pairs = [(i.id, env.handles.new()) for i in fits]
        if not self.pairs:
            self.setObsolete(True)
            return None
        self.state.accept_many([(env.sugg_id(s), env.gold_id(g)) for s, g in self.pairs])
        self.token = new_token()
        used = {g: env.gold_id(g) for _s, g in self.pairs}
        op = ops.accept_many(env.spans, self.doc_id, self.pairs, self.text())
        progress = self._writing()
        op.with_progress(progress)
        asked = len(self.pairs)

        def done(outcome: Outcome | None) -> None:
            written = set(outcome.value) if outcome is not None else set()
            left = [p for p in self.pairs if p not in written]
            if left and self.state.doc_id == self.doc_id:
                self.state.unaccept_many([(env.sugg_id(s), env.gold_id(g)) for s, g in left])
            self.pairs = [p for p in self.pairs if p in written]
            nothing = self.wrote_nothing(into)
            if not (nothing and redo):  # a redo that wrote nothing gives back as much later
                self.written = [s for s, _g in self.pairs]
            renamed = [
                (GOLD, used[g], env.handles.current_gold(g))
                for _s, g in self.pairs
                if env.handles.current_gold(g) > 0
            ]
            if renamed:
                env.on_settled(self.doc_id, renamed)
            if left:
                env.on_applied(self.doc_id, ("keep", 0))
                # the keypress showed the document begun, which only a write
                # that accepted something makes it: the file's, once it is idle
                env.on_applied(self.doc_id, ("reload", 0))
            if nothing:
                self.left_nothing(redo)
            self._ended()
            if self.finished is not None:
                self.finished(len(self.pairs), asked, progress.cancelled())

        stepped = self.step(op)
        into = self.steps[-1]
        stepped.success(done).run(initiator=self)
        # one gold span per name offers it elsewhere
        names: dict[tuple[str, str], int] = {}
        for (_s, gold), item in zip(self.pairs, fits, strict=True):
            if is_propagated(item.label, item.text):
                names.setdefault((item.text, item.label), gold)
        if names:
            _offer_elsewhere(self, list(names.values()), self.token)
        # what is left pending is said once the write ended (``finished``)
        return ("next_pending_quietly", 0)

    def undo_it(self) -> Focus:
        env = self.env
        if not self.pairs:
            return None
        self.state.unaccept_many([(env.sugg_id(s), env.gold_id(g)) for s, g in self.pairs])
        if self.token:
            env.withdraw(self.token)
        op = ops.undo_many(
            env.spans, self.doc_id, [s for s, _g in self.pairs], self.token, self.text()
        )
        op.with_progress(
            self.progress(
                translate("Commands", "Undoing: %1").replace("%1", self.text()), cancellable=False
            )
        )
        self.step(op).run(initiator=self)
        return (SUGGESTION, env.sugg_id(self.pairs[0][0]))


class AcceptEverywhereCommand(BulkCommand):
    """Accept every place of a name (this text, this label) across the
    project, as one undo step: the places in this document at once, the
    rest as the write goes (with progress); undo makes them pending again
    and withdraws what the command offered. What the write accepted is kept
    for the undo on the store thread itself, so an undo pressed before the
    write ended still undoes all of it."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        surface: str,
        label: str,
        start: int,
        progress: Callable[..., Any],
        on_done: Callable[[Any], None],
        watcher: BulkWatcher | None = None,
    ):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Accept every %1 as %2")
            .replace("%1", quoted(surface))
            .replace("%2", label),
            progress,
            watcher,
        )
        self.surface, self.label, self.start = surface, label, start
        self.on_done = on_done
        self.token: str | None = None
        self.here: list[tuple[int, int]] = []  # (suggestion handle, gold handle) shown at once
        self.written: dict[
            str, list
        ] = {}  # "accepted": suggestion ids, "begun": docs (store thread)

    def do(self) -> Focus:
        env = self.env
        # a redo gives back what the last write accepted (a cancel may have
        # stopped it part way), in the documents it changed, no more
        earlier = self.written if self.token is not None else None
        self.token = new_token()
        self.written = {}
        # not inside a longer name of its label shown pending, which the
        # write leaves as it is too (``occurrences.longer_than``)
        longer = longer_than(
            len(self.surface),
            self.label,
            ((i.start, i.end, i.label) for i in self.state.items if i.is_pending),
        )
        shown = [
            i
            for i in self.state.items
            if i.is_pending
            and i.text == self.surface
            and i.label == self.label
            and not longer.covers(i.start, len(self.surface))
        ]
        if earlier is not None and self.doc_id not in earlier.get("docs", (self.doc_id,)):
            shown = []  # (known once that write is done; else the reload shows it)
        self.here = [(i.id, env.handles.new()) for i in shown]
        self.state.accept_many([(env.sugg_id(s), env.gold_id(g)) for s, g in self.here])
        op = ops.accept_everywhere(
            env.spans,
            self.surface,
            self.label,
            self.token,
            self.here,
            self.written,
            self.text(),
            here=self.doc_id,
            only=None if earlier is None else (lambda: earlier.get("docs", [])),
        )
        op.with_progress(self._writing())

        def done(outcome: Outcome | None) -> None:
            if self.state.doc_id == self.doc_id:
                env.on_applied(self.doc_id, ("reload", self.start))
            if self.wrote_nothing(into):
                if earlier is not None:  # a redo: the next one gives back as much
                    self.written = earlier
                self.left_nothing(earlier is not None)
            self._ended()
            self.on_done(outcome.value if outcome is not None else None)

        stepped = self.step(op)
        into = self.steps[-1]
        stepped.success(done).run(initiator=self)
        return ("near", self.start)

    def undo_it(self) -> Focus:
        env = self.env
        self.state.unaccept_many([(env.sugg_id(s), env.gold_id(g)) for s, g in self.here])
        if self.token:
            self.env.withdraw(self.token)
        written = self.written
        op = ops.undo_many(
            env.spans,
            self.doc_id,
            lambda: written.get("accepted", []),
            self.token,
            self.text(),
            begun=lambda: written.get("begun", []),
        )
        op.with_progress(
            self.progress(
                translate("Commands", "Undoing: %1").replace("%1", self.text()), cancellable=False
            )
        )
        self.step(op).success(lambda _o: env.on_applied(self.doc_id, ("reload", self.start))).run(
            initiator=self
        )
        return ("near", self.start)
