"""The curation loop for the open document, without widgets.

It holds the document as the curator sees it (``DocumentState``), the
focused span, and one QUndoStack per visited document (in the context's
QUndoGroup). Keys and clicks become calls here; edits become undo commands,
which change the state at once and queue their write on the store thread;
views follow this object's signals. Reading goes through the host's reader
and the ``models`` API, never SQL, and a keypress never waits for the disk.

When a write fails, the window shows the file as it is: the document is
read again once the queue is empty, and edits are refused until the window
can write again (``write_failed``). After a failure of the file the undo
stacks are cleared (their commands assumed writes that did not happen);
after a key refused because another program changed what it acted on, they
keep every entry that was written and that no one else changed since, and
the status bar names those dropped (``_prune_undo``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from desktop.gui import commands as cmd
from desktop.gui.context import AppContext
from desktop.gui.host import OTHER_PROGRAM, OTHER_WINDOW, Wait
from desktop.gui.ops import Handles
from desktop.gui.ops.spans import SpanEnv
from desktop.gui.quoting import quoted
from desktop.gui.spans import GOLD, SUGGESTION, Key, SpanItem
from desktop.gui.state import DocumentState
from models import words
from models.changes import Changes
from models.errors import NotFound
from models.learn.occurrences import PROPAGATED_LABELS
from models.store import bulk

translate = QCoreApplication.translate


class AnnotationController(QObject):
    documentLoaded = Signal(str)  # doc id ("" when none)
    documentGone = Signal()  # the document shown left the project (a restored backup)
    itemsChanged = Signal()
    itemsRenamed = Signal()  # provisional ids became the store's: nothing else changed
    currentChanged = Signal(object)  # Key or None
    docStateChanged = Signal(str, str, int, int)  # doc id, status, gold, pending
    documentsTouched = Signal(object)  # set of other doc ids an edit changed too
    # words about the document shown: the window takes them away with it
    message = Signal(str)
    error = Signal(str)
    # words about the project (Shift+O over every document, offers made in
    # others, a write waiting for the file): they stay after a switch
    projectMessage = Signal(str)
    doneAsked = Signal(bool)  # a Ctrl+D waits for its second press (True), or no longer
    # the texts of undo entries dropped because another program changed what they did
    undoDropped = Signal(list)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = DocumentState()
        # the last event about the document shown when it was read (None:
        # the window's own write came since); the window's check compares it
        self.loaded_mark: int | None = None
        self.handles = Handles()
        self.env = cmd.CommandEnv(
            self.state,
            SpanEnv(ctx.host, self.handles, ctx.annotator),
            self._applied,
            self._settled,
            self._offered_elsewhere,
            self._stored,
            self._offers_withdrawn,
            self._nothing_written,
        )
        self.current: Key | None = None
        self.show_rejected = ctx.settings.show_rejected
        self.writable = True
        self._stacks: dict[str, QUndoStack] = {}
        self._reload_when_idle: tuple | None = None
        self._prune_when_idle = False
        self._progress_factory = None  # set by the window: (title, cancellable) -> Progress
        self._reports: _Reports | None = None  # where the last bulk write's progress is heard
        # the Shift+A or Shift+O whose write is queued or under way (what the
        # status line says while it waits)
        self._bulk: cmd.BulkCommand | None = None
        self._done_asked: str | None = None  # the document whose Ctrl+D awaits a second press
        self.done_question = ""  # what the status bar said of it
        self._wait_said = ""  # what the status line last said of the bulk write's wait
        ctx.projectChanged.connect(self._project_changed)
        ctx.host.changed.connect(self._store_changed)
        ctx.host.pendingChanged.connect(self._pending_changed)
        ctx.host.waiting.connect(self._write_waiting)

    # -- what the window reads ------------------------------------------------------
    @property
    def project(self):
        """The window's reader (GUI thread)."""
        return self.ctx.project

    @property
    def doc_id(self) -> str | None:
        return self.state.doc_id

    @property
    def text(self) -> str:
        return self.state.text

    @property
    def title(self) -> str:
        return self.state.title

    @property
    def omap(self):
        return self.state.omap

    @property
    def status(self) -> str:
        return self.state.status

    @property
    def items(self) -> list[SpanItem]:
        return self.state.items

    def set_progress_factory(self, factory) -> None:
        """Where chunked writes (Shift+A, Shift+O and their undo) report."""
        self._progress_factory = factory

    def _progress(self, title: str, cancellable: bool = True, report=None):
        """The progress of a chunked write; ``report(done, total)`` hears it
        on this thread too."""
        if self._progress_factory is None:
            from models.progress import NoProgress

            return NoProgress()
        progress = self._progress_factory(title, cancellable)
        if report is not None and hasattr(progress, "report_to"):
            if self._reports is not None:
                self._reports.deleteLater()
            self._reports = _Reports(report, self)
            progress.report_to(self._reports.progressed)
        return progress

    # -- what a bulk write says while it goes (cmd.BulkWatcher) -------------------
    def _doing(self, command: cmd.BulkCommand, *, going: bool = False) -> str:
        """What ``command``'s write does, in words (``going``: as it starts)."""
        if isinstance(command, cmd.AcceptAllCommand):
            if going:
                return self.tr("Accepting %n suggestion(s)…", "", len(command.pairs))
            return self.tr("Accepting %n suggestion(s)", "", len(command.pairs))
        if isinstance(command, cmd.AcceptEverywhereCommand):
            words = (
                translate("Controller", "Accepting %1 everywhere…")
                if going
                else translate("Controller", "Accepting %1 everywhere")
            )
            return words.replace("%1", quoted(command.surface))
        return command.text()

    def bulk_started(self, command: cmd.BulkCommand) -> None:
        """A Shift+A or Shift+O (or its redo) is queued: the status line says
        what it is doing, never yet what it will have done."""
        self._bulk = command
        self._wait_said = ""
        self._say_bulk(command, self._doing(command, going=True))

    def bulk_progressed(self, command: cmd.BulkCommand, done: int, total: int) -> None:
        if command is not self._bulk or not 0 < done < total:
            return  # its start and end are said otherwise
        if isinstance(command, cmd.AcceptAllCommand):
            said = self.tr("Accepting suggestions: %1 of %n written…", "", total)
            self.message.emit(said.replace("%1", str(done)))
        elif isinstance(command, cmd.AcceptEverywhereCommand):
            said = self.tr("Accepting %1 everywhere: %2 of %n document(s) done…", "", total)
            said = said.replace("%1", quoted(command.surface)).replace("%2", str(done))
            self.projectMessage.emit(said)

    def writing(self, command: object) -> bool:
        """Whether ``command`` is the Shift+A or Shift+O whose write is queued
        or under way (the status line follows it)."""
        return command is not None and command is self._bulk

    def bulk_ended(self, command: cmd.BulkCommand) -> None:
        if command is self._bulk:
            self._bulk = None

    def _write_waiting(self, wait: Wait | None) -> None:
        """A write waits (the window's status bar says for whom): while a
        Shift+A or Shift+O is queued or under way, the status line says it
        waits, rather than what it was about to do."""
        command = self._bulk
        if wait is None or command is None:
            return
        if wait.on == OTHER_PROGRAM:
            words = translate("Controller", "%1: waiting for another program to finish writing…")
        elif wait.on == OTHER_WINDOW:
            words = translate(
                "Controller", "%1: waiting for another window of Biaozhu to finish writing…"
            )
        elif wait.task and wait.task != command.text():
            words = translate("Controller", "%1: waiting for %2 to finish…").replace(
                "%2", wait.task
            )
        else:
            return  # a key queued behind it waits for it: its progress says how far it is
        said = words.replace("%1", self._doing(command))
        if said == self._wait_said:
            return  # said already: the wait is reported every 0.25 s, and a key's words since stay
        self._wait_said = said
        self._say_bulk(command, said)

    def _say_bulk(self, command: cmd.BulkCommand, said: str) -> None:
        """Shift+O's words are about every document; Shift+A's about this one."""
        if isinstance(command, cmd.AcceptEverywhereCommand):
            self.projectMessage.emit(said)
        else:
            self.message.emit(said)

    # -- documents ----------------------------------------------------------------
    def _project_changed(self) -> None:
        self.env.spans.annotator = self.ctx.annotator  # as this project stores the name
        self.clear_undo()
        self.env.own_events.clear()  # event ids of the file open before mean nothing here
        self.handles.clear()
        self.state.clear()
        self.current = None
        self.writable = self.ctx.host.failure is None

    def clear_undo(self) -> None:
        """Forget every document's undo history (after bulk changes such as
        re-suggesting, or a failed write, which commands on the stacks could
        no longer undo)."""
        self.ctx.undo_group.setActiveStack(None)
        for stack in self._stacks.values():
            self.ctx.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        if self.doc_id is not None:
            self.ctx.undo_group.setActiveStack(self.stack())

    def _prune_if_idle(self) -> None:
        if self._prune_when_idle and not self.ctx.host.pending:
            self._prune_undo()

    def _prune_undo(self) -> None:
        """After a refusal, with no write queued: each document's undo stack
        without its entries whose writes never happened (the refused one, the
        keys dropped behind it) and those another program or window changed
        since (``Project.changed_meanwhile``); the others stay, in order, as
        done or undone as they were. The status bar names the entries of the
        second kind (the first never were in the file)."""
        self._prune_when_idle = False
        project = self.project
        if project is None:
            return
        own = dict(self.env.own_events)
        lost: list[str] = []
        for doc_id, stack in list(self._stacks.items()):
            kept: list[cmd.EditCommand] = []
            index, dropped = 0, False
            for i in range(stack.count()):
                command = stack.command(i)
                if not isinstance(command, cmd.EditCommand) or command.unwritten:
                    dropped = True
                    continue
                if project.changed_meanwhile(command.steps, own):
                    dropped = True
                    lost.append(command.text())
                    continue
                kept.append(command)
                index += i < stack.index()
            if not dropped:
                continue
            self._rebuild(doc_id, kept, index)
        if lost:
            self.undoDropped.emit(lost)

    def _rebuild(self, doc_id: str, kept: list[cmd.EditCommand], index: int) -> None:
        """Replace the document's undo stack with one of ``kept`` (in order,
        the first ``index`` done): Qt has no way to take a command out."""
        group = self.ctx.undo_group
        stack = self._stacks[doc_id]
        fresh = QUndoStack(group)
        clones = [command.adopt() for command in kept]
        for clone in clones:
            fresh.push(clone)
        fresh.setIndex(index)
        for clone in clones:
            clone.adopted()
        if group.activeStack() is stack:
            group.setActiveStack(fresh)
        group.removeStack(stack)
        stack.deleteLater()
        self._stacks[doc_id] = fresh

    def _nothing_written(self, command: cmd.EditCommand, redo: bool) -> None:
        """The write of ``command`` (a bulk key's, cancelled before its first
        part) ended having written nothing: it is no undo step. A first do
        leaves the stack, and Ctrl+Z takes back the key before it; a redo
        that is the last done entry is undone again, as it was before the
        redo (one with later entries above it leaves the stack too)."""
        stack = self._stacks.get(command.doc_id)
        if stack is None:
            return
        commands = [stack.command(i) for i in range(stack.count())]
        at = next((i for i, c in enumerate(commands) if c is command), None)
        index = stack.index()
        if at is None or at >= index:
            return  # undone meanwhile: its undo's write is what counts
        if redo and at == index - 1:
            self._rebuild(command.doc_id, commands, index - 1)
        else:
            self._rebuild(command.doc_id, commands[:at] + commands[at + 1 :], index - 1)

    def stack(self) -> QUndoStack | None:
        if self.doc_id is None:
            return None
        stack = self._stacks.get(self.doc_id)
        if stack is None:
            stack = QUndoStack(self.ctx.undo_group)
            self._stacks[self.doc_id] = stack
        return stack

    def open_document(self, doc_id: str | None) -> None:
        if doc_id == self.doc_id:
            return
        previous = self._stacks.get(self.doc_id) if self.doc_id else None
        if previous is not None and previous.count() == 0:
            self.ctx.undo_group.removeStack(previous)
            previous.deleteLater()
            del self._stacks[self.doc_id]
        if doc_id is None or self.project is None:
            self.state.clear()
            self.current = None
            self.ctx.undo_group.setActiveStack(None)
            self.documentLoaded.emit("")
            self.itemsChanged.emit()
            self.currentChanged.emit(None)
            return
        self._load(doc_id)
        if self.ctx.host.pending:
            # read before the window's own writes were in the file (PgDn, PgUp
            # faster than an accept's write, or the offers it makes behind
            # it): shown again once they are, else this document would show
            # the file as it was until it is opened again
            self._reload_when_idle = (("keep", 0),)
        self.current = None
        self.ctx.undo_group.setActiveStack(self.stack())
        self.documentLoaded.emit(doc_id)
        self.itemsChanged.emit()
        self._emit_counts()
        self.focus_first_pending()

    def _load(self, doc_id: str) -> None:
        project = self.project
        # read first: a write by another program after it shows as a change
        self.loaded_mark = project.document_mark(doc_id)
        doc = project.document(doc_id)
        spans = bulk.read_document_spans(project, doc_id, self.ctx.annotator)
        self.state.load(
            doc_id,
            doc.title,
            doc.text,
            spans,
            show_rejected=self.show_rejected,
            allow_overlap=project.allow_overlap,
        )

    def focus_first_pending(self) -> None:
        first = next((i for i in self.items if i.is_pending), None)
        self.set_current(first.key if first else None)

    def reload(self, focus: cmd.Focus = None) -> None:
        """Read the document again (after a change made elsewhere, or to show
        the file as it is); waits until the window's own writes are done."""
        if self.doc_id is None:
            return
        if self.ctx.host.pending:
            self._reload_when_idle = (focus,)
            return
        before = self.current_item()
        try:
            self._load(self.doc_id)
        except NotFound:
            if self.project is None or self.doc_id in self.project.document_ids():
                raise  # not the document that went: as before
            self.open_document(None)  # the window opens one the project holds
            self.documentGone.emit()
            return
        self.itemsChanged.emit()
        self._emit_counts()
        key = self._resolve_focus(focus, before)
        self.current = None
        self.set_current(key)
        if self.current is None:
            self.focus_first_pending()

    def _pending_changed(self, count: int) -> None:
        if count == 0:
            self._bulk = None  # (a failed write ends without its command hearing)
        if count == 0 and self._prune_when_idle:
            self._prune_undo()
        if count == 0 and self._reload_when_idle is not None:
            (focus,) = self._reload_when_idle
            self._reload_when_idle = None
            self.reload(focus)

    def _emit_counts(self) -> None:
        state = self.state
        if state.doc_id is not None:
            self.docStateChanged.emit(
                state.doc_id, state.status, state.gold_count, state.pending_count
            )

    def set_show_rejected(self, show: bool) -> None:
        self.show_rejected = show
        self.ctx.settings.show_rejected = show
        self.state.show_rejected = show
        before = self.current_item()
        self.state.rebuild()
        self.itemsChanged.emit()
        self.set_current(self._resolve_focus(("keep", 0), before))

    # -- the store's news ----------------------------------------------------------------
    def _store_changed(self, changes: Changes, initiator) -> None:
        """A write is done. Our own commands' effects are shown already; what
        they changed elsewhere, and anyone else's changes, are read."""
        ours = isinstance(initiator, cmd.EditCommand)
        others = set(changes.touched) - ({self.doc_id} if ours else set())
        if not ours and changes.affects(self.doc_id):
            self.reload(("keep", 0))
        others.discard(self.doc_id)
        if others and not changes.doc_list:
            self.documentsTouched.emit(others)

    def write_failed(self) -> None:
        """A write failed (the window shows why): the view shows the file as
        it is, and edits wait until the window can write. A failure of the
        file clears the undo stacks; a key refused because another program
        changed what it acted on drops only the entries that cannot be undone
        any more, once the writes queued behind it are dropped too."""
        failure = self.ctx.host.failure
        if failure is not None and failure.meanwhile and not failure.io:
            self._prune_when_idle = True
            # once the window has said why the key was refused (the status
            # bar then adds what was dropped), or the writes behind it are done
            QTimer.singleShot(0, self, self._prune_if_idle)
        else:
            self.clear_undo()
        self.writable = failure is None or not failure.io
        self.reload(("keep", 0))
        if failure is not None and not failure.io:
            self.ctx.host.resume()

    def writable_again(self) -> None:
        self.writable = True

    def _settled(self, doc_id: str, renamed: list[tuple[str, int, int]]) -> None:
        if doc_id != self.doc_id:
            return
        for kind, old, new in renamed:
            self.state.rename(kind, old, new)
            if self.current == (kind, old):
                self.current = (kind, new)
        self.itemsRenamed.emit()

    def _stored(self, doc_id: str, ann) -> None:
        """A gold span as written: its attributes shown if the store derived
        others than the window guessed."""
        if doc_id != self.doc_id:
            return
        if self.ctx.host.pending_edits > 1:
            return  # a later edit is on its way: the window shows its result already
        item = self.state.gold.get(ann.id)
        same = item is not None and (item.start, item.end) == (ann.start, ann.end)
        if same and item.attrs != ann.attrs:
            self.state.change_gold(ann.id, attrs=dict(ann.attrs))
            self.itemsChanged.emit()

    def _offers_withdrawn(self) -> None:
        """Offers the store withdrew (a Del's, made in an earlier session)
        left the open document's state: the view follows, the focus kept."""
        before = self.current_item()
        self.itemsChanged.emit()
        self._emit_counts()
        key = self._resolve_focus(("keep", 0), before)
        self.current = None
        self.set_current(key)

    def _offered_elsewhere(self, count: int, skipped: int = 0) -> None:
        # the documents the curator finished are left as they are
        # (occurrences.finished_by), and the status bar says how many
        parts = [self.tr("%n other occurrence(s) offered", "", count)] if count else []
        if skipped:
            parts.append(self.tr("not offered in %n document(s) you marked done", "", skipped))
        self.projectMessage.emit(" · ".join(parts))

    # -- focus --------------------------------------------------------------------
    def item(self, key: Key | None) -> SpanItem | None:
        return self.state.item(key)

    def current_item(self) -> SpanItem | None:
        return self.item(self.current)

    def focused_gold_id(self) -> int | None:
        """The gold annotation id of the focused span (None for a suggestion)."""
        item = self.current_item()
        if item is None or not item.is_gold:
            return None
        real = self.handles.current_gold(item.id)
        return real if real > 0 else None

    def focused_suggestion(self) -> tuple[int, str] | None:
        """(store id, text) of the focused suggestion, once saved; None for a
        gold span or nothing focused."""
        item = self.current_item()
        if item is None or item.is_gold:
            return None
        real = self.handles.current_suggestion(item.id)
        return (real, item.text) if real > 0 else None

    def set_current(self, key: Key | None) -> None:
        if key is not None and not self.state.has(key):
            key = None
        if key == self.current:
            return
        self.current = key
        self.currentChanged.emit(key)

    def items_at(self, pos: int) -> list[SpanItem]:
        return self.state.items_at(pos)

    def focus_at(self, pos: int) -> None:
        """The text cursor moved: focus the span under it (pending first), if any."""
        here = self.items_at(pos)
        if not here:
            return
        cur = self.current_item()
        if cur is not None and cur in here:
            return
        here.sort(key=lambda i: (not i.is_pending, i.kind != GOLD))
        self.set_current(here[0].key)

    def _resolve_focus(self, focus: cmd.Focus, before: SpanItem | None) -> Key | None:
        if focus is None:
            focus = ("near", before.start) if before is not None else None
        if focus is None:
            return None
        kind, value = focus
        if kind in (GOLD, SUGGESTION):
            return (kind, value) if self.state.has((kind, value)) else None
        if kind in ("keep", "reload"):
            if before is not None and self.state.has(before.key):
                return before.key
            if kind == "reload":
                return self._near(value)
            return self._near(before.start) if before is not None else None
        if kind == "next_pending":
            return self._next_pending(value)
        if kind == "next_pending_quietly":
            return self._next_pending(value, say=False)
        return self._near(value)

    def _next_pending(self, pos: int, say: bool = True) -> Key | None:
        items = self.items
        i = self.state.first_from(pos)
        target = next((it for it in items[i:] if it.is_pending), None)
        if target is None:
            target = next((it for it in items if it.is_pending), None)
        if target is None:
            target = next((it for it in self.items_at(pos)), None) or self._item_near(pos)
            if say:
                self.message.emit(_none_left())
        return target.key if target else None

    def _item_near(self, pos: int) -> SpanItem | None:
        items = self.items
        if not items:
            return None
        i = self.state.first_from(pos)
        for item in items[max(0, i - 1) :]:
            if item.end > pos:
                return item
        return items[-1]

    def _near(self, pos: int) -> Key | None:
        item = self._item_near(pos)
        return item.key if item else None

    def step(self, delta: int, cursor_pos: int | None = None) -> None:
        """Focus the next (delta=+1) or previous (-1) span in text order."""
        items = self.items
        if not items:
            self._say_no_spans()
            return
        cur = self.current_item()
        if cur is None:
            pos = cursor_pos or 0
            i = self.state.first_from(pos)
            if delta > 0:
                target = items[i] if i < len(items) else items[0]
            else:
                target = items[i - 1] if i > 0 else items[-1]
        else:
            idx = self.state.index_of(cur) + delta
            target = items[max(0, min(idx, len(items) - 1))]
        self.set_current(target.key)

    # -- edits --------------------------------------------------------------------
    def _push(self, command: cmd.EditCommand) -> bool:
        """Do ``command`` as the document's next undo step. The status line
        says what it did, in place of the words of the key before it (what
        the edit says itself, a bulk key's progress or a document's status,
        comes after and stays)."""
        stack = self.stack()
        if stack is None:
            return False
        if not isinstance(command, (cmd.BulkCommand, cmd.StatusCommand)):
            self.message.emit(translate("Controller", "Done: %1").replace("%1", command.text()))
        stack.push(command)
        return True

    def _applied(self, doc_id: str, focus: cmd.Focus) -> None:
        if doc_id != self.doc_id:
            return
        if focus is not None and focus[0] == "reload":
            self.reload(focus)
            return
        status = focus is not None and focus[0] == "status"
        if status:
            focus = ("keep", 0)
        elif self.state.status == "todo":
            self.state.status = "in_progress"  # the write marks it in the same transaction
        before = self.current_item()
        self.itemsChanged.emit()
        self._emit_counts()
        key = self._resolve_focus(focus, before)
        self.current = None
        self.set_current(key)
        if status and self.current is None:
            # a reopened document's suggestions are pending again: the keys go on there
            self.focus_first_pending()

    def _editable(self) -> bool:
        if self.writable:
            return True
        failure = self.ctx.host.failure
        reason = failure.reason if failure is not None else ""
        self.error.emit(
            translate(
                "Controller",
                "The project cannot be written now (%1): nothing is changed until it can "
                "(File → Retry saving).",
            ).replace("%1", reason)
        )
        return False

    def _need(self, kinds: tuple[str, ...] = (GOLD, SUGGESTION)) -> SpanItem | None:
        if not self._editable():
            return None
        item = self.current_item()
        if item is None or item.kind not in kinds:
            if self.doc_id is not None and not self.items:
                self._say_no_spans()  # J/K cannot help here
            elif self.doc_id is not None:
                self.message.emit(
                    translate("Controller", "No span is focused (J/K or ↓/↑ to move).")
                )
            return None
        return item

    def _say_no_spans(self) -> None:
        if self.doc_id is not None:
            self.message.emit(
                translate(
                    "Controller",
                    "No spans are shown in this article: select text (Shift+arrows) and press"
                    " a label key to add one.",
                )
            )

    def _refused(
        self, start: int, end: int, exclude: int | None = None, label: str | None = None
    ) -> bool:
        """The store would refuse a gold span ``label`` here: say why, do nothing."""
        clash = self.state.overlapping_gold(start, end, exclude, label)
        if clash is None:
            return False
        if self.state.allow_overlap:  # overlapping is allowed, holding a span twice is not
            words = translate("Controller", "%1 (%2) is already gold.")
        else:
            words = translate("Controller", "The span overlaps %1 (%2), which is already gold.")
        self.error.emit(words.replace("%1", quoted(clash.text)).replace("%2", clash.label))
        return True

    def accept(self) -> None:
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            self.set_current(self._next_pending(item.start))
            return
        if self._refused(item.start, item.end, label=item.label):
            return
        self._push(cmd.AcceptCommand(self.env, self.doc_id, item))
        self._say_offered_here()

    def reject(self) -> None:
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            self.message.emit(translate("Controller", "This span is gold: Delete removes it."))
            return
        self._push(cmd.RejectCommand(self.env, self.doc_id, item))

    def apply_label(self, label: str) -> None:
        """A label key with no selection: accept the focused suggestion as that
        label, or relabel the focused gold span."""
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            if item.label != label:
                if self._refused(item.start, item.end, exclude=item.id, label=label):
                    return
                self._push(cmd.RelabelCommand(self.env, self.doc_id, item, label))
                self._say_offered_here()
            return
        if self._refused(item.start, item.end, label=label):
            return
        self._push(cmd.AcceptCommand(self.env, self.doc_id, item, label=label))
        self._say_offered_here()

    def add_span(self, start: int, end: int, label: str) -> bool:
        """A label key on a selection: a new gold span (white space trimmed)."""
        if not self._editable() or self.doc_id is None:
            return False
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self.message.emit(translate("Controller", "Select some text first."))
            return False
        if self._refused(start, end, label=label):
            return False
        self._push(cmd.AddSpanCommand(self.env, self.doc_id, start, end, label, text[start:end]))
        self._say_offered_here()
        return True

    def _say_offered_here(self) -> None:
        command = self.stack().command(self.stack().index() - 1) if self.stack() else None
        offering = getattr(command, "offering", None)
        count = len(offering.here) if offering is not None else 0
        if count:
            self.message.emit(self.tr("%n other occurrence(s) offered", "", count))

    def delete(self) -> None:
        item = self._need()
        if item is None:
            return
        if not item.is_gold:
            self.message.emit(translate("Controller", "A suggestion is rejected with X."))
            return
        self._push(cmd.RemoveSpanCommand(self.env, self.doc_id, item, self._offers_of(item.id)))

    def _offers_of(self, gold_id: int) -> list[str]:
        """The offer tokens of the edits on this document's undo stack (done,
        not undone) that made gold ``gold_id`` or gave it its label: an
        accept, an add, a relabel. A span from an earlier session or a
        cleared stack has none to give (its offers stay)."""
        stack = self.stack()
        tokens = []
        for i in range(stack.index() if stack is not None else 0):
            command = stack.command(i)
            offering = getattr(command, "offering", None)
            if offering is None or not offering.token:
                continue
            if self.env.gold_id(command.gold) == gold_id:
                tokens.append(offering.token)
        return tokens

    def move_boundary(self, edge: str, delta: int, unit: str = "char") -> None:
        """Move the focused span's start or end one character or one jieba word."""
        item = self._need()
        if item is None:
            return
        new = self._moved(item, edge, delta, unit)
        if new is None or new == (item.start, item.end):
            self.message.emit(translate("Controller", "The boundary cannot move further."))
            return
        exclude = item.id if item.is_gold else None
        if self._refused(*new, exclude=exclude, label=item.label):
            return
        if item.is_gold:
            self._push(cmd.ResizeCommand(self.env, self.doc_id, item, new))
        else:
            self._push(cmd.AcceptCommand(self.env, self.doc_id, item, resize=new))

    def _moved(self, item: SpanItem, edge: str, delta: int, unit: str) -> tuple[int, int] | None:
        text, start, end = self.text, item.start, item.end
        if unit == "word":
            if edge == "start":
                start = (words.word_left if delta < 0 else words.word_right)(text, start)
            else:
                end = (words.word_left if delta < 0 else words.word_right)(text, end)
        elif edge == "start":
            start += delta
            while 0 <= start < end and text[start].isspace():
                start += delta
        else:
            end += delta
            while start < end <= len(text) and text[end - 1].isspace():
                end += delta
        if not (0 <= start < end <= len(text)):
            return None
        if text[start].isspace() or text[end - 1].isspace():
            return None
        return start, end

    def accept_all(self) -> None:
        if self.doc_id is None or not self._editable():
            return
        if not any(i.is_pending for i in self.items):
            self.message.emit(translate("Controller", "Nothing is pending in this document."))
            return

        doc_id = self.doc_id

        def finished(accepted: int, asked: int, cancelled: bool) -> None:
            if cancelled and accepted == asked:  # the cancel came as the last part was written
                said = self.tr(
                    "Too late to cancel: all %n suggestion(s) were accepted (Ctrl+Z takes them"
                    " back)",
                    "",
                    asked,
                )
            elif cancelled:
                said = self.tr("Cancelled: %1 of %n suggestion(s) accepted", "", asked).replace(
                    "%1", str(accepted)
                )
            elif accepted == asked:
                if self.doc_id != doc_id:
                    # PgDn pressed before the writes ended: what is said of a
                    # document goes when the window leaves it, and this came
                    # after (a cancel or a partial write is still said)
                    return
                said = self.tr("%n suggestion(s) accepted.", "", asked)
            else:  # the store skipped some, decided meanwhile by another program or window
                said = self.tr(
                    "%1 of %n suggestion(s) accepted: the others had changed in the file"
                    " meanwhile.",
                    "",
                    asked,
                ).replace("%1", str(accepted))
            if not cancelled and self.doc_id == doc_id and not self.state.pending_count:
                said += " " + _none_left()
            self.message.emit(said)

        self._push(
            cmd.AcceptAllCommand(self.env, self.doc_id, self._progress, finished, watcher=self)
        )

    # -- accept everywhere ----------------------------------------------------------
    def accept_occurrences(self) -> None:
        """Accept every pending occurrence of the focused span's text and label
        across the project: one undo step."""
        item = self._need()
        if item is None:
            return
        if item.label not in PROPAGATED_LABELS:
            self.message.emit(
                translate("Controller", "Only %1 names are accepted everywhere.").replace(
                    "%1", " / ".join(PROPAGATED_LABELS)
                )
            )
            return

        def done(everywhere) -> None:
            if everywhere is None:  # cancelled before anything was written
                self.projectMessage.emit(
                    translate("Controller", "Cancelled: %1 was accepted nowhere.").replace(
                        "%1", quoted(item.text)
                    )
                )
                return
            if not everywhere.accepted:
                said = translate(
                    "Controller", "No pending occurrence of %1 is left to accept."
                ).replace("%1", quoted(item.text))
            else:
                said = (
                    self.tr("%n occurrence(s) accepted", "", len(everywhere.accepted))
                    + " · "
                    + self.tr("in %n document(s)", "", len(everywhere.docs))
                )
            if everywhere.skipped:
                said += " · " + self.tr(
                    "%n document(s) you marked done left as they are (Ctrl+D there reopens one)",
                    "",
                    len(everywhere.skipped),
                )
            self.projectMessage.emit(said)

        self._push(
            cmd.AcceptEverywhereCommand(
                self.env,
                self.doc_id,
                item.text,
                item.label,
                item.start,
                self._progress,
                done,
                watcher=self,
            )
        )

    def toggle_done(self) -> None:
        """Mark the document done, or reopen it. Done with suggestions still
        pending counts them as rejected against their suggesters (the
        project's evidence), so that takes a second press: the first says
        how many there are (``done_question``), and any other key forgets it
        (``forget_done_question``)."""
        if self.doc_id is None or not self._editable():
            return
        new = "in_progress" if self.status == "done" else "done"
        if new == "done" and self._bulk is not None:
            # it shows its suggestions accepted before they are written: a
            # cancel would leave pending ones this key never asked about
            self.forget_done_question()
            self.message.emit(
                translate(
                    "Controller",
                    "Not marked done while “%1” writes: Ctrl+D once it has ended (Esc cancels it).",
                ).replace("%1", self._bulk.text())
            )
            return
        pending = self.state.pending_count
        if new == "done" and pending and self._done_asked != self.doc_id:
            self._done_asked = self.doc_id
            self.done_question = self.tr(
                "%n suggestion(s) still pending: Ctrl+D again marks the document done"
                " and counts them as rejected; any other key cancels.",
                "",
                pending,
            )
            self.doneAsked.emit(True)
            self.message.emit(self.done_question)
            return
        self.forget_done_question()
        self._push(cmd.StatusCommand(self.env, self.doc_id, self.status, new))
        self.message.emit(
            translate("Controller", "Document marked done.")
            if new == "done"
            else translate("Controller", "Document reopened.")
        )

    def forget_done_question(self) -> None:
        """The curator did something else after a Ctrl+D that asked to be
        pressed again: the next Ctrl+D asks again."""
        if self._done_asked is not None:
            self._done_asked = None
            self.doneAsked.emit(False)

    def set_attrs(self, ann_id: int, attrs: dict) -> None:
        item = self.item((GOLD, ann_id))
        if item is None or attrs == item.attrs or not self._editable():
            return
        self._push(cmd.AttrsCommand(self.env, self.doc_id, item, attrs))


def _none_left() -> str:
    return translate(
        "Controller", "No pending suggestions left here: Ctrl+D marks the document done."
    )


class _Reports(QObject):
    """Hears a chunked write's progress reports on the window's thread."""

    def __init__(self, report, parent: QObject | None = None):
        super().__init__(parent)
        self._report = report

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, _note: str) -> None:
        self._report(done, total)
