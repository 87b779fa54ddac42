"""The curation loop for the open document, without widgets.

It holds the document's text and span items, the focused span, and one
QUndoStack per visited document (in the context's QUndoGroup). Keys and
clicks become calls here; edits become undo commands; views follow its
signals. Reading goes through the ``models`` API, never SQL."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.gui import commands as cmd
from desktop.gui.context import AppContext
from desktop.gui.offsets import OffsetMap
from desktop.gui.spans import GOLD, SUGGESTION, Key, SpanItem, build_items
from models import words
from models.errors import BiaozhuError

translate = QCoreApplication.translate


class AnnotationController(QObject):
    documentLoaded = Signal(str)  # doc id ("" when none)
    itemsChanged = Signal()
    currentChanged = Signal(object)  # Key or None
    docStateChanged = Signal(str, str, int, int)  # doc id, status, gold, pending
    documentsTouched = Signal(object)  # set of other doc ids an edit changed too
    message = Signal(str)
    error = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.env = cmd.CommandEnv(
            lambda: self.ctx.project, self._applied, self.error.emit, self.documentsTouched.emit
        )
        self.doc_id: str | None = None
        # (project, text, label) whose occurrences were offered project-wide
        self._propagated: set[tuple[str, str, str]] = set()
        self.title = ""
        self.text = ""
        self.omap = OffsetMap("")
        self.status = "todo"
        self.items: list[SpanItem] = []
        self._by_key: dict[Key, SpanItem] = {}
        self.current: Key | None = None
        self.show_rejected = ctx.settings.show_rejected
        self._stacks: dict[str, QUndoStack] = {}
        ctx.projectChanged.connect(self._project_changed)

    # -- documents ----------------------------------------------------------------
    @property
    def project(self):
        return self.ctx.project

    def _project_changed(self) -> None:
        self.clear_undo()
        self.doc_id = None
        self.items, self._by_key, self.current = [], {}, None

    def clear_undo(self) -> None:
        """Forget every document's undo history (after bulk changes such as
        re-suggesting, which commands on the stacks could no longer undo)."""
        self.ctx.undo_group.setActiveStack(None)
        for stack in self._stacks.values():
            self.ctx.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.env.clear()
        if self.doc_id is not None:
            self.ctx.undo_group.setActiveStack(self.stack())

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
            self.doc_id = None
            self.text, self.title, self.omap = "", "", OffsetMap("")
            self.items, self._by_key, self.current = [], {}, None
            self.ctx.undo_group.setActiveStack(None)
            self.documentLoaded.emit("")
            self.itemsChanged.emit()
            self.currentChanged.emit(None)
            return
        doc = self.project.document(doc_id)
        self.doc_id = doc_id
        self.title = doc.title
        self.text = doc.text
        self.omap = OffsetMap(doc.text)
        self.current = None
        self.ctx.undo_group.setActiveStack(self.stack())
        self._load_items()
        self.documentLoaded.emit(doc_id)
        self.itemsChanged.emit()
        first = next((i for i in self.items if i.is_pending), None)
        self.set_current(first.key if first else None)

    def reload(self, focus: cmd.Focus = None) -> None:
        """Re-read the document's spans (after an edit or a background change)."""
        if self.doc_id is None:
            return
        before = self._by_key.get(self.current) if self.current else None
        self._load_items()
        self.itemsChanged.emit()
        key = self._resolve_focus(focus, before)
        self.current = None
        self.set_current(key)

    def _load_items(self) -> None:
        project, doc = self.project, self.doc_id
        gold = project.annotations(doc)
        suggestions = project.suggestions(doc)
        self.items = build_items(gold, suggestions)
        if not self.show_rejected:
            self.items = [i for i in self.items if i.status != "rejected"]
        self._by_key = {i.key: i for i in self.items}
        self.status = project.status(doc)
        self.docStateChanged.emit(
            doc, self.status, len(gold), sum(1 for i in self.items if i.is_pending)
        )

    def set_show_rejected(self, show: bool) -> None:
        self.show_rejected = show
        self.ctx.settings.show_rejected = show
        self.reload(("keep", 0))

    # -- focus --------------------------------------------------------------------
    def item(self, key: Key | None) -> SpanItem | None:
        return self._by_key.get(key) if key is not None else None

    def current_item(self) -> SpanItem | None:
        return self.item(self.current)

    def focused_gold_id(self) -> int | None:
        """The gold annotation id of the focused span (None for a suggestion)."""
        item = self.current_item()
        return item.id if item is not None and item.is_gold else None

    def set_current(self, key: Key | None) -> None:
        if key is not None and key not in self._by_key:
            key = None
        if key == self.current:
            return
        self.current = key
        self.currentChanged.emit(key)

    def items_at(self, pos: int) -> list[SpanItem]:
        return [i for i in self.items if i.covers(pos)]

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
            return (kind, value) if (kind, value) in self._by_key else None
        if kind == "keep":
            if before is None:
                return None
            if before is not None and before.key in self._by_key:
                return before.key
            return self._near(before.start if before else 0)
        if kind == "next_pending":
            pending = [i for i in self.items if i.is_pending]
            after = next((i for i in pending if i.start >= value), None)
            target = after or (pending[0] if pending else None)
            if target is None:
                target = next((i for i in self.items if i.covers(value)), None)
                if target is None:
                    target = self._item_near(value)
                self.message.emit(
                    translate(
                        "Controller",
                        "No pending suggestions left here: Ctrl+D marks the document done.",
                    )
                )
            return target.key if target else None
        return self._near(value)

    def _item_near(self, pos: int) -> SpanItem | None:
        if not self.items:
            return None
        return next((i for i in self.items if i.end > pos), self.items[-1])

    def _near(self, pos: int) -> Key | None:
        item = self._item_near(pos)
        return item.key if item else None

    def step(self, delta: int, cursor_pos: int | None = None) -> None:
        """Focus the next (delta=+1) or previous (-1) span in text order."""
        if not self.items:
            return
        cur = self.current_item()
        if cur is None:
            pos = cursor_pos or 0
            if delta > 0:
                target = next((i for i in self.items if i.start >= pos), self.items[0])
            else:
                target = next((i for i in reversed(self.items) if i.start < pos), self.items[-1])
        else:
            idx = self.items.index(cur) + delta
            target = self.items[max(0, min(idx, len(self.items) - 1))]
        self.set_current(target.key)

    # -- edits --------------------------------------------------------------------
    def _push(self, command: cmd.CoreCommand) -> bool:
        stack = self.stack()
        if stack is None:
            return False
        stack.push(command)
        return command.error is None

    def _applied(self, doc_id: str, focus: cmd.Focus) -> None:
        if doc_id != self.doc_id:
            return
        if focus is not None and focus[0] == "status":
            focus = ("keep", 0)
        elif self.status == "todo":
            try:
                self.project.set_status(doc_id, "in_progress")
            except BiaozhuError as exc:
                self.error.emit(str(exc))
        self.reload(focus)

    def _need(self, kinds: tuple[str, ...] = (GOLD, SUGGESTION)) -> SpanItem | None:
        item = self.current_item()
        if item is None or item.kind not in kinds:
            if self.doc_id is not None:
                self.message.emit(
                    translate("Controller", "No span is focused (J/K or ↓/↑ to move).")
                )
            return None
        return item

    def accept(self) -> None:
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            self.reload(("next_pending", item.start))
            return
        command = cmd.AcceptCommand(self.env, self.doc_id, item.id, item.text, item.start)
        if self._push(command):
            self._offer_occurrences([command.ann_id])

    def reject(self) -> None:
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            self.message.emit(translate("Controller", "This span is gold: Delete removes it."))
            return
        self._push(cmd.RejectCommand(self.env, self.doc_id, item.id, item.text, item.start))

    def apply_label(self, label: str) -> None:
        """A label key with no selection: accept the focused suggestion as that
        label, or relabel the focused gold span."""
        item = self._need()
        if item is None:
            return
        if item.is_gold:
            if item.label == label:
                return
            self._push(
                cmd.RelabelCommand(self.env, self.doc_id, item.id, item.text, item.label, label)
            )
        else:
            command = cmd.AcceptCommand(
                self.env, self.doc_id, item.id, item.text, item.start, label=label
            )
            if self._push(command):
                self._offer_occurrences([command.ann_id])

    def add_span(self, start: int, end: int, label: str) -> bool:
        """A label key on a selection: a new gold span (white space trimmed)."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self.message.emit(translate("Controller", "Select some text first."))
            return False
        command = cmd.AddSpanCommand(self.env, self.doc_id, start, end, label, text[start:end])
        if not self._push(command):
            return False
        self._offer_occurrences([command.ann_id])
        return True

    def delete(self) -> None:
        item = self._need()
        if item is None:
            return
        if not item.is_gold:
            self.message.emit(translate("Controller", "A suggestion is rejected with X."))
            return
        self._push(cmd.RemoveSpanCommand(self.env, self.doc_id, item.id, item.text))

    def move_boundary(self, edge: str, delta: int, unit: str = "char") -> None:
        """Move the focused span's start or end one character or one jieba word."""
        item = self._need()
        if item is None:
            return
        new = self._moved(item, edge, delta, unit)
        if new is None or new == (item.start, item.end):
            self.message.emit(translate("Controller", "The boundary cannot move further."))
            return
        if item.is_gold:
            self._push(
                cmd.ResizeCommand(
                    self.env, self.doc_id, item.id, item.text, (item.start, item.end), new
                )
            )
        else:
            command = cmd.AcceptCommand(
                self.env, self.doc_id, item.id, item.text, item.start, resize=new
            )
            if self._push(command):
                self._offer_occurrences([command.ann_id])

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
        if self.doc_id is None:
            return
        if not any(i.is_pending for i in self.items):
            self.message.emit(translate("Controller", "Nothing is pending in this document."))
            return
        command = cmd.AcceptAllCommand(self.env, self.doc_id)
        if self._push(command):
            self._offer_occurrences([ann_id for _sugg, ann_id in command.pairs])

    # -- accept everywhere ----------------------------------------------------------
    def _offer_occurrences(self, ann_ids: list[int | None]) -> int:
        """A COMPANY or POLICY name became gold: offer its other occurrences as
        pending suggestions (not part of the undo step: undoing the acceptance
        leaves them pending, to be decided like any suggestion). Occurrences in
        this document are offered at once, so focus can go to them; the rest of
        the project is searched in the background, keeping the accept fast."""
        from models.learn.occurrences import PROPAGATED_LABELS, propagate

        project = self.project
        offered = 0
        anchor: int | None = None
        seen: set[tuple[str, str]] = set()
        names: list[int] = []
        try:
            for ann_id in ann_ids:
                if ann_id is None:
                    continue
                ann = project.annotation(self.env.resolve(ann_id))
                if ann.label not in PROPAGATED_LABELS or (ann.text, ann.label) in seen:
                    continue
                seen.add((ann.text, ann.label))
                offered += propagate(project, ann, doc_ids=[ann.doc_id])
                name = (str(project.path), ann.text, ann.label)
                if name not in self._propagated:
                    # the rest of the project once per name and session: after
                    # that, its occurrences are already on offer there
                    self._propagated.add(name)
                    names.append(ann.id)
                anchor = ann.start if anchor is None else min(anchor, ann.start)
        except (BiaozhuError, sqlite3.Error) as exc:
            self.error.emit(str(exc))
            return offered
        if offered:
            self.reload(("keep", 0))
            cur = self.current_item()
            if anchor is not None and (cur is None or not cur.is_pending):
                # an occurrence offered in this document is the next thing to decide
                after = next((i for i in self.items if i.is_pending and i.start >= anchor), None)
                if after is not None:
                    self.set_current(after.key)
            # self.tr: pyside6-lupdate finds plural forms only there (context: the class)
            self.message.emit(self.tr("%n other occurrence(s) offered", "", offered))
        if names and self.doc_id is not None:
            self._offer_elsewhere(names, self.doc_id, offered)
        return offered

    def _offer_elsewhere(self, ann_ids: list[int], doc_id: str, offered_here: int) -> None:
        def work(project, progress):
            from models.errors import NotFound
            from models.learn.occurrences import propagate

            offered, touched = 0, set()
            for ann_id in ann_ids:
                try:
                    ann = project.annotation(ann_id)
                except NotFound:  # undone before the search ran: nothing to offer
                    continue
                offered += propagate(project, ann, exclude=frozenset({doc_id}), touched=touched)
            return offered, touched

        def done(result) -> None:
            offered, touched = result
            if offered:
                self.documentsTouched.emit(touched)
                total = offered_here + offered
                self.message.emit(self.tr("%n other occurrence(s) offered", "", total))

        self.ctx.tasks.run_on_project(
            self.ctx.project.path,
            self.ctx.annotator,
            work,
            show_progress=False,
            on_done=done,
            on_failed=self.error.emit,
        )

    def accept_occurrences(self) -> None:
        """Accept every pending occurrence of the focused span's text and label
        across the project: one undo step."""
        from models.learn.occurrences import PROPAGATED_LABELS

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
        command = cmd.AcceptOccurrencesCommand(
            self.env,
            self.doc_id,
            item.text,
            item.label,
            item.start,
            seed_id=item.id if item.is_gold else None,
        )
        if not self._push(command):
            return
        if not command.pairs:
            self.message.emit(
                translate("Controller", "No pending occurrence of “%1” is left to accept.").replace(
                    "%1", cmd.short(item.text)
                )
            )
            return
        accepted = len(command.pairs)
        docs = len({doc for _s, _a, doc in command.pairs})
        self.message.emit(
            self.tr("%n occurrence(s) accepted", "", accepted)
            + " · "
            + self.tr("in %n document(s)", "", docs)
        )

    def toggle_done(self) -> None:
        if self.doc_id is None:
            return
        new = "in_progress" if self.status == "done" else "done"
        if self._push(cmd.StatusCommand(self.env, self.doc_id, self.status, new)):
            self.message.emit(
                translate("Controller", "Document marked done.")
                if new == "done"
                else translate("Controller", "Document reopened.")
            )

    def set_attrs(self, ann_id: int, attrs: dict) -> None:
        item = self.item((GOLD, ann_id))
        if item is None or attrs == item.attrs:
            return
        self._push(cmd.AttrsCommand(self.env, self.doc_id, ann_id, item.text, item.attrs, attrs))
