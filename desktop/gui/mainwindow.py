"""The curation window: documents on the left, the article in the centre,
its spans and attributes on the right. Every key of the loop is a QAction
with a window-wide shortcut (see menus.py); edits go through the controller
to undo commands, which show at once and are written by the store thread
right behind (the status bar says "Saving…" until they are in the file).
Nothing to save. A write that fails is shown at once: the view goes back
to what the file holds and a dialog says what was not saved and why."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import jobs, menus
from desktop.gui.context import AppContext
from desktop.gui.controller import AnnotationController
from desktop.gui.dialogs import file_choosers
from desktop.gui.dialogs.messages import show_about, show_problem
from desktop.gui.host import OTHER_WINDOW, OWN_TASK, Wait, WriteFailure
from desktop.gui.messages import say
from desktop.gui.ops import Outcome, StoreOp
from desktop.gui.quoting import quoted
from desktop.gui.tasks import ProgressStrip, Task
from desktop.gui.widgets.doc_header import DocumentHeader
from desktop.gui.widgets.doc_panel import DocumentPanel
from desktop.gui.widgets.history_bar import HistoryBar
from desktop.gui.widgets.label_tags import LabelTags
from desktop.gui.widgets.span_panel import SpanPanel
from desktop.gui.widgets.text_view import AnnotatedTextView
from models import search, words
from models.changes import Changes
from models.errors import BiaozhuError
from models.io.registry import data_suffixes
from models.suggest import attributes

translate = QCoreApplication.translate
# "Saving…" shows only for writes that take longer than this (no flicker).
SAVING_SHOWN_MS = 300
# How often the window looks whether another process (`biaozhu import` in a
# terminal) added or removed documents: two cheap queries of the reader.
DOCUMENTS_CHECK_MS = 2_000
# The document shown is written to the settings this long after the last
# switch (a run of PgDn writes once, after it; a kill loses at most this).
REMEMBER_DOCUMENT_MS = 1_000

PROJECT_FILTER = "Biaozhu (*.biaozhu);;SQLite (*.sqlite *.db);;* (*)"


def import_filter() -> str:
    """The import chooser's filter: every file ending the importer considers,
    the kinds it reads and those it names as unread with what to save them
    as (a .doc, a spreadsheet, a web page), so that none is hidden."""
    from models.io.registry import EXTENSIONS, OTHER_KINDS

    endings = " ".join(f"*{e}" for e in sorted({*EXTENSIONS, *OTHER_KINDS}))
    return translate("MainWindow", "Texts and annotations") + f" ({endings});;* (*)"


# The title is set apart by its size, not its weight: WenQuanYi Micro Hei has
# no heavier face, so at weight 600 a headline's Chinese stayed regular while
# its digits fell to DejaVu Sans Bold (tests/gui/test_newuser6_title_weight.py).
STYLE = """
QMainWindow { background: #f4f5f7; }
#documentPanel, #spanPanel { background: #f4f5f7; }
#centrePane { background: #ffffff; border-left: 1px solid #dcdfe4; border-right: 1px solid #dcdfe4; }
#articleView { background: #ffffff; color: #1d2127; selection-background-color: #b3d4fc;
               selection-color: #1d2127; }
#documentHeader { background: #ffffff; border-bottom: 1px solid #eceef1; }
#docTitle { font-size: 17pt; font-weight: 500; color: #1d2127; }
#docPosition, #docChars, #docCounts, #docHint { color: #5b6370; }
#docId { color: #9aa3ad; }
QTableView { background: #ffffff; alternate-background-color: #f8f9fb; border: 1px solid #dcdfe4;
             border-radius: 4px; selection-background-color: #dbe8fb; selection-color: #1d2127; }
QHeaderView::section { background: #eef0f3; color: #4b5360; border: none;
                       border-bottom: 1px solid #dcdfe4; padding: 4px 6px; font-weight: 600; }
QLineEdit, QComboBox { background: #ffffff; border: 1px solid #cfd4da; border-radius: 4px;
                       padding: 3px 6px; }
QLineEdit:focus, QComboBox:focus { border: 1px solid #4a86e8; }
QComboBox QAbstractItemView { background: #ffffff; color: #1d2127;
                              selection-background-color: #dbe8fb; selection-color: #1d2127; }
QLineEdit:read-only { background: #f6f7f9; color: #5b6370; }
QGroupBox { border: 1px solid #dcdfe4; border-radius: 4px; margin-top: 14px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #4b5360;
                   font-weight: 600; }
#docCount, #spanSummary, #attrNote { color: #5b6370; }
QStatusBar { background: #eef0f3; color: #4b5360; }
QSplitter::handle { background: #e4e7eb; }
"""


def settle_memory() -> None:
    """What is loaded now (the document list, jieba's word list, Qt's
    objects) lives as long as the window: keep it out of the cycle
    collector's full passes, which otherwise walk it all (60 ms and more, in
    the middle of a key) whenever enough new objects were made."""
    gc.collect()
    gc.freeze()


class CloseWatcher(QObject):
    """Tells when a watched window is closed (the review windows, which change
    the store through connections of their own)."""

    closed = Signal(QObject)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.closed.emit(obj)
        return False


MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)

# a shortcut's key reaches the filter as an override request, another key as a press
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class OtherKeyWatcher(QObject):
    """Installed on the application while a key waits to be pressed again:
    calls ``other`` at the first key pressed that is not ``action``'s
    (a modifier alone is the start of a combination, not a key)."""

    def __init__(self, action: QAction, other: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.action, self.other = action, other

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in KEY_EVENTS and not self._is_action_key(event):
            self.other()
        return False

    def _is_action_key(self, event) -> bool:
        if event.key() in MODIFIER_KEYS:
            return True  # Ctrl before its D: not yet another key
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
            for k in self.action.shortcuts()
        )


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, restore_state: bool = True, keep_backups: bool = True):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.controller = AnnotationController(ctx, self)
        self._from_view = False
        # the status bar's last words and the document they are about (None: the project)
        self._said_about: tuple[str | None, str] = (None, "")
        self._label_actions: dict[str, QAction] = {}
        self._guidelines: QDockWidget | None = None
        self.review_windows: list[QWidget] = []  # open review windows, oldest first
        self._review_changed = False
        self._review_watcher = CloseWatcher(self)
        self._review_watcher.closed.connect(self._review_closed)
        self._rank_generation = 0
        self.last_backup: Path | None = None
        self._keep_backups = keep_backups  # off for --screenshot, which only looks
        self._failure_box: QMessageBox | None = None
        # the last refused write's words, shown in the dialog if keys are dropped behind it
        self._refusal_lines: list[str] = []
        self._last_doc: str | None = None  # the document shown
        # written to the settings once the switches stop, not at each key: a
        # window killed (-9, a battery) reopens where the annotator was
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(REMEMBER_DOCUMENT_MS)
        self._remember_timer.timeout.connect(self._remember_document_now)
        self._hit_doc: str | None = None  # the document whose hits are marked
        self._history_task: Task | None = None  # the open project's history check
        # the suggestions of the documents no suggester ran on, made on opening
        self.opening_suggestions: Task | None = None
        self.history_checked = False  # its check ended (for tests)

        self.doc_panel = DocumentPanel(ctx, self)
        self.header = DocumentHeader(self)
        self.view = AnnotatedTextView(self)
        self.view.set_font_size(ctx.settings.font_size)
        self.span_panel = SpanPanel(self)
        self.span_panel.show_rejected.setChecked(self.controller.show_rejected)
        self.span_panel.model.set_locator(self.controller.state.row_of)
        # Tab moves between the window's parts, not between a table's cells
        self.span_panel.table.setTabKeyNavigation(False)
        self.doc_panel.table.setTabKeyNavigation(False)
        centre = QWidget(self)
        centre.setObjectName("centrePane")
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        self.history_bar = HistoryBar(centre)
        self.history_bar.restoreRequested.connect(self.act_restore_backup)
        cl.addWidget(self.history_bar)
        cl.addWidget(self.header)
        cl.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.doc_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.span_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.doc_panel.setMinimumWidth(240)
        self.span_panel.setMinimumWidth(360)
        # the article keeps a readable width when a narrow screen restores
        # panels sized on a wide one (240 + 360 + 360 still fits 1024 pixels)
        centre.setMinimumWidth(360)
        self.splitter.setSizes([320, 740, 460])
        self._sized = not restore_state or ctx.settings.window_state("splitter") is None
        self.setCentralWidget(self.splitter)
        self.setStyleSheet(STYLE)

        self.progress = ProgressStrip(self)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.words_label = QLabel(self)
        self.user_label = QLabel(self)
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)  # the annotator's name is data
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._saving_timer = QTimer(self)
        self._saving_timer.setSingleShot(True)
        self._saving_timer.setInterval(SAVING_SHOWN_MS)
        self._saving_timer.timeout.connect(self._show_save_state)
        self.controller.set_progress_factory(self.progress.track)
        self._documents_mark: tuple[int, int] | None = None  # (count, last rowid) the list shows
        self._restore_mark: str | None = None  # the last restore's mark the window shows
        self._documents_check = QTimer(self)
        self._documents_check.setInterval(DOCUMENTS_CHECK_MS)
        self._documents_check.timeout.connect(self._check_documents)
        self._documents_check.start()

        self.actions_by_name: dict[str, QAction] = {
            spec.name: menus.make_action(self, spec) for spec in menus.ACTION_SPECS
        }
        self._other_key = OtherKeyWatcher(
            self.actions_by_name["mark_done"], self.controller.forget_done_question, self
        )
        undo = ctx.undo_group.createUndoAction(self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = ctx.undo_group.createRedoAction(self)
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action, name in ((undo, "undo"), (redo, "redo")):
            action.setObjectName(f"action_{name}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            self.actions_by_name[name] = action
        # connected after the group's own undo/redo: they run first
        undo.triggered.connect(self._say_undone)
        redo.triggered.connect(self._say_redone)
        self.menus = menus.build_menus(self, self.actions_by_name)
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.actions_by_name["order_by_uncertainty"].setChecked(ctx.settings.order_by_uncertainty)
        self.label_tags = LabelTags(self.view)
        self.actions_by_name["show_label_names"].setChecked(ctx.settings.show_label_names)
        self.label_tags.set_shown(ctx.settings.show_label_names)
        self.actions_by_name["retry_saving"].setEnabled(False)

        self._connect()
        self.retranslate()
        self.resize(1500, 900)
        self._share_width()
        if restore_state:
            geometry = ctx.settings.window_state("geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
            splitter = ctx.settings.window_state("splitter")
            if splitter is not None:
                self.splitter.restoreState(splitter)
        if ctx.project is not None:
            self._project_changed()
        self._warm_up_words()
        # the article has the keyboard from the start: the first key is for it
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._sized:  # first show without saved state: share the width sensibly
            self._sized = False
            self._share_width()
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        width = max(self.splitter.width(), 900)
        left, right = int(width * 0.2), int(width * 0.3)
        self.splitter.setSizes([left, width - left - right, right])

    # -- wiring -----------------------------------------------------------------------
    def _connect(self) -> None:
        c = self.controller
        c.documentLoaded.connect(self._document_loaded)
        c.documentGone.connect(self._document_gone)
        c.itemsChanged.connect(self._items_changed)
        c.itemsRenamed.connect(self._items_renamed)
        c.currentChanged.connect(self._current_changed)
        c.docStateChanged.connect(self._doc_state_changed)
        c.documentsTouched.connect(self._other_documents_changed)
        c.message.connect(self._say_about_document)
        c.error.connect(self._error_about_document)
        c.projectMessage.connect(self.show_message)
        c.doneAsked.connect(self._done_asked)
        self.statusBar().messageChanged.connect(self._status_message_changed)
        self.ctx.message.connect(self.show_message)
        self.ctx.error.connect(self.show_error)
        self.ctx.projectChanged.connect(self._project_changed)
        host = self.ctx.host
        host.changed.connect(self._store_changed)
        host.pendingChanged.connect(self._pending_changed)
        host.writeFailed.connect(self._write_failed)
        host.dropped.connect(self._dropped)
        self.controller.undoDropped.connect(self._undo_dropped)
        host.waiting.connect(self._write_waiting)
        self.doc_panel.documentActivated.connect(self._open_document)
        self.doc_panel.hitActivated.connect(self._go_to_hit)
        self.doc_panel.searchChanged.connect(self._mark_hits)
        # a search or a filter changes the rows shown: "document 3 of 8" follows
        self.doc_panel.model.modelReset.connect(self._update_header)
        self.view.cursorMoved.connect(self._caret_moved)
        self.span_panel.spanSelected.connect(c.set_current)
        self.span_panel.showRejectedChanged.connect(c.set_show_rejected)
        self.span_panel.editor.attrsEdited.connect(c.set_attrs)
        self.span_panel.editor.done.connect(self.act_focus_text)

    def _warm_up_words(self) -> None:
        self.words_label.setText(translate("MainWindow", "Loading word list…"))
        self.ctx.tasks.run(
            lambda _progress: words.warm_up(),
            show_progress=False,
            on_done=lambda _r: self._warm_up_metric_rules(),
            on_failed=self.show_error,
        )

    def _warm_up_metric_rules(self) -> None:
        """Then what a METRIC's first boundary move reads its value and unit
        with (jieba's word frequencies): read here, in the background once the
        window is up, it no longer holds the first nudge's write for 0.2 s."""
        self._words_ready()
        self.ctx.tasks.run(
            lambda _progress: attributes.warm_up(),
            show_progress=False,
            on_done=lambda _r: settle_memory(),
            on_failed=self.show_error,
        )

    def _words_ready(self) -> None:
        self.words_label.setText(translate("MainWindow", "Word boundaries ready"))
        settle_memory()

    # -- project and documents ------------------------------------------------------
    def _project_changed(self) -> None:
        project = self.ctx.project
        if project is None:
            return
        self._labels_changed()
        self._rank_generation += 1
        self.doc_panel.set_order(None)
        # a search of the project before would hide every document of this one
        # and leave the article before on show
        self.doc_panel.clear_search()
        self._documents_mark = self._documents_now()
        self._restore_mark = self._restore_now()
        self.doc_panel.reload()
        settle_memory()
        self.setWindowTitle(f"{Path(self.ctx.project_path).name} — 标注 Biaozhu")
        self.user_label.setText(
            translate("MainWindow", "Annotator: %1").replace("%1", self.ctx.annotator)
        )
        first = self._remembered_doc() or self.doc_panel.first_doc()
        self.controller.open_document(None)
        self._open_document(first)
        self.last_backup = None
        self.actions_by_name["retry_saving"].setEnabled(False)
        if self._keep_backups:
            jobs.session_backup(self.ctx, on_done=self._backup_made)
        jobs.build_search_index(self.ctx)
        # documents a terminal's import brought before the window opened get
        # their suggestions, as those it brings while the window is open do
        if self.ctx.remember_projects:  # not a --screenshot run: it draws the file as it is
            self.opening_suggestions = jobs.suggest_never_suggested(self, self.ctx)
        if self._ordering():
            self._rank_todo()
        self._check_history()  # first: it clears the bar of the project before
        if self.ctx.history_warning:
            self._warn_history()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def act_review_verify(self) -> None:
        """The check run when a project opens, run now: a reviewer who
        suspects the file was edited since need not reopen it."""
        if self.ctx.project is not None:
            self.statusBar().showMessage(translate("MainWindow", "Checking the history…"))
            self._check_history(asked=True)

    def _check_history(self, asked: bool = False) -> None:
        """Verify the open project in the background (on opening it, after a
        merge or a restore made here, or when ``asked``): a file that fails
        says so in the bar above the article; one that verifies, quietly in
        the status bar (over any other note when asked). A check still
        running for the project before is cancelled."""
        self._cancel_history_check()
        self.history_checked = False
        self.history_bar.clear()
        path = self.ctx.project_path

        def done(report) -> None:
            if task is not self._history_task or self.ctx.project_path != path:
                return  # a check of a project the window has left
            self._history_task = None
            self.history_checked = True
            settle_memory()  # the replayed state goes back to the system
            if not report.ok:
                self.history_bar.show_report(report, self._restore_menu_path)
                self.show_error(
                    translate("MainWindow", "History check failed: %1").replace(
                        "%1", " ".join(say(report.problems[0]).split())
                    )
                )
            elif asked or not self.statusBar().currentMessage():
                self.statusBar().showMessage(
                    translate("MainWindow", "History checked: the file matches it."), 5000
                )

        def failed(reason: str) -> None:
            if task is self._history_task:
                self._history_task = None
                self.history_checked = True
                self.show_error(
                    translate("MainWindow", "The history could not be checked: %1").replace(
                        "%1", reason
                    )
                )

        task = jobs.check_history(self.ctx, done, failed)
        self._history_task = task

    def _cancel_history_check(self) -> None:
        if self._history_task is not None:
            self._history_task.cancel()
            self._history_task = None

    def _restore_menu_path(self) -> str:
        """File → Restore from backup, as the menus say it now."""

        def plain(text: str) -> str:
            return re.sub(r"\(&\w\)|&", "", text).rstrip("…").rstrip(".").strip()

        return " → ".join(
            plain(t)
            for t in (self.menus["file"].title(), self.actions_by_name["restore_backup"].text())
        )

    def _warn_history(self) -> None:
        """The head remembered from the last close is gone: said in the bar
        above the article (with the report, if the history check finds more),
        not in a dialog over it; the keys stay with the article. The bar words
        it again when the language changes."""
        self.show_error(self.ctx.history_warning or "")
        self.history_bar.show_warning(lambda: self.ctx.history_warning or "")

    def _labels_changed(self) -> None:
        labels = self.ctx.project.labels()
        colours = {lab.name: lab.colour for lab in labels}
        self.view.set_colours(colours)
        self.span_panel.model.set_colours(colours)
        self.span_panel.set_labels([lab.name for lab in labels])
        self.header.set_labels(labels)
        self._rebuild_label_actions(labels)
        self.actions_by_name["allow_overlap"].setChecked(self.ctx.project.allow_overlap)

    def _store_changed(self, changes: Changes, _initiator) -> None:
        """A write is done (the window's own, a job's, a review window's): the
        labels and the document list follow it; the controller sees to the
        document shown."""
        # its own events: not another's change. Read now: taken at the next
        # check (up to 2 s on), another window's write meanwhile went unseen
        self.controller.loaded_mark = self._shown_mark()
        if changes.labels:
            self.ctx.project._forget_cached_state()  # the reader's cached labels
            self._labels_changed()
        if changes.doc_list:
            self._documents_mark = self._documents_now()
            self.doc_panel.reload()
            if self.controller.doc_id is None:
                self._open_document(self.doc_panel.first_doc())
            if self._ordering():
                self._rank_todo()

    def _shown_mark(self) -> int | None:
        """The last event about the document shown (None: none shown, or
        the file unreadable now: the next check takes it)."""
        project, doc_id = self.ctx.project, self.controller.doc_id
        if project is None or doc_id is None:
            return None
        try:
            return project.document_mark(doc_id)
        except BiaozhuError:
            return None

    def _documents_now(self) -> tuple[int, int] | None:
        project = self.ctx.project
        if project is None:
            return None
        return project.documents_mark()

    def _restore_now(self) -> str | None:
        project = self.ctx.project
        return None if project is None else project.restore_mark()

    def _check_restore(self) -> None:
        """Another program restored a backup of the project: the document
        shown is read again (what it showed may be gone), and the status bar
        says which copy came back and where the work it replaced is kept."""
        mark = self._restore_now()
        if mark == self._restore_mark:
            return
        self._restore_mark = mark
        self.ctx.host.announce(Changes(doc_list=True))
        self.controller.reload()
        words = self.ctx.project.restored_words() if self.ctx.project else None
        if words is not None:
            self.statusBar().showMessage(say(words))

    def _check_shown_document(self) -> None:
        """Another window or program changed the document shown (an accept,
        an undo, a merge): it is read again, as after a key refused for it."""
        c, project = self.controller, self.ctx.project
        if c.doc_id is None or project is None or self.ctx.host.pending:
            return
        mark = project.document_mark(c.doc_id)
        if c.loaded_mark is None:
            c.loaded_mark = mark  # after the window's own write: its events
        elif mark != c.loaded_mark:
            c.reload()

    def _check_documents(self) -> None:
        """Another process added or removed documents (an import from the
        command line): the list is read again and the new documents get
        suggestions, as after an import here. Not while a job of the window
        runs: it announces its own changes."""
        if self.ctx.tasks.busy:
            return
        try:
            now = self._documents_now()
            changed = self._documents_mark is not None and now != self._documents_mark
            listed = self.doc_panel.model.has
            project = self.ctx.project  # None once closed: nothing to suggest for
            added = (
                [d for d in project.document_ids() if not listed(d)] if changed and project else []
            )
        except BiaozhuError:
            # ProjectUnreadable: the file is busy or failing (the window says so
            # when it writes); next time
            return
        try:
            self._check_restore()
            self._check_shown_document()
        except BiaozhuError:
            return  # unreadable now: next time
        if changed:
            self.ctx.host.announce(Changes(doc_list=True))
            if added:
                # as after File > Import: the new documents get their suggestions,
                # in the background (no progress dialog: the curator is mid-document)
                jobs.suggest(self, self.ctx, added, show_progress=False)
        self._documents_mark = now

    def _other_documents_changed(self, doc_ids) -> None:
        """An edit here changed other documents too (occurrence offers, accept
        everywhere): their rows follow (the list is re-read only when
        documents come or go, see _store_changed)."""
        self.doc_panel.update_docs(doc_ids)
        self._update_header()

    def _remember_document(self) -> None:
        if self._last_doc and self.ctx.project_path is not None:
            self.ctx.settings.set_last_document(str(self.ctx.project_path), self._last_doc)

    def _remember_document_now(self) -> None:
        """The document shown, in the settings file at once (a window that
        never closes leaves it there)."""
        self._remember_document()
        self.ctx.settings.sync()

    def _remembered_doc(self) -> str | None:
        doc = self.ctx.settings.last_document(str(self.ctx.project_path))
        if doc and self.doc_panel.model.has(doc):
            return doc
        return None

    def _open_document(self, doc_id: str | None) -> None:
        try:
            self.controller.open_document(doc_id)
        except BiaozhuError as exc:
            self.show_error(say(exc))
            return
        if doc_id:
            self._last_doc = doc_id
            self._remember_timer.start()  # restarted by each switch of a run

    def _document_gone(self) -> None:
        """The document shown is no longer in the project (a backup restored
        without it): the list is read again and its first document shown."""
        self.doc_panel.reload()
        self._open_document(self.doc_panel.first_doc())

    def _document_loaded(self, doc_id: str) -> None:
        self._unsay_other_document(doc_id)
        c = self.controller
        self.view.set_document(c.text, c.omap)
        self.doc_panel.select(doc_id or None, emit=False)
        self._mark_hits()
        self._update_header()

    def _items_changed(self) -> None:
        items = self.controller.items
        self.view.set_items(items, self.controller.state.between)
        self.span_panel.set_items(items)
        self._current_changed(self.controller.current, scroll=False)
        self._update_header()

    def _items_renamed(self) -> None:
        """Spans shown before they were saved now carry the store's ids: the
        table's rows take them (nothing moves, no count changes)."""
        items = self.controller.items
        self.view.set_items(items, self.controller.state.between)
        self.span_panel.model.set_items(items)
        self._current_changed(self.controller.current, scroll=False)

    def _current_changed(self, key, scroll: bool = True) -> None:
        item = self.controller.item(key)
        self.view.set_focused(item, scroll=scroll and not self._from_view)
        self.span_panel.set_current(item)

    def _doc_state_changed(self, doc_id: str, status: str, gold: int, pending: int) -> None:
        self.doc_panel.update_doc(doc_id, status, gold, pending)

    def _update_header(self) -> None:
        c = self.controller
        if c.doc_id is None:
            self.header.set_document("", "", "todo", 0, 0, 0)
            return
        self.header.set_document(
            c.title,
            c.doc_id,
            c.status,
            len(c.text),
            c.state.gold_count,
            c.state.pending_count,
            self.doc_panel.position(c.doc_id),
        )

    def _caret_moved(self, pos: int) -> None:
        self._from_view = True
        try:
            self.controller.focus_at(pos)
        finally:
            self._from_view = False

    def _rebuild_label_actions(self, labels) -> None:
        menu = self.menus["label"]
        for action in self._label_actions.values():
            self.removeAction(action)
            menu.removeAction(action)
            action.deleteLater()
        self._label_actions = {}
        for name in [n for n in self.actions_by_name if n.startswith("label:")]:
            del self.actions_by_name[name]
        taken = {
            seq.toString()
            for name, act in self.actions_by_name.items()
            for seq in act.shortcuts()
            if not name.startswith("label:")
        }
        for lab in labels:
            action = QAction(menus.label_text(lab.name), self)
            action.setObjectName(f"action_label_{lab.name}")
            key = QKeySequence(lab.hotkey) if lab.hotkey else QKeySequence()
            if not key.isEmpty() and key.toString() in taken:
                self.show_error(
                    translate(
                        "MainWindow",
                        "The hotkey %1 of label %2 is already used; "
                        "choose it from the Annotate menu.",
                    )
                    .replace("%1", lab.hotkey)
                    .replace("%2", lab.name)
                )
            elif not key.isEmpty():
                action.setShortcut(key)
                taken.add(key.toString())
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, name=lab.name: self.act_label(name))
            self.addAction(action)
            menu.addAction(action)
            self._label_actions[lab.name] = action
            self.actions_by_name[f"label:{lab.name}"] = action

    # -- saving, and when it fails ---------------------------------------------------------
    def _pending_changed(self, count: int) -> None:
        if count == 0:
            self._saving_timer.stop()
            self.progress.idle()
            self._show_save_state()
        elif not self._saving_timer.isActive():
            self._saving_timer.start()

    def _show_save_state(self) -> None:
        host = self.ctx.host
        if host.failure is not None and host.failure.io:
            text = translate("MainWindow", "Not saving: read-only")
        elif host.pending_edits:
            text = translate("MainWindow", "Saving…")
        else:
            text = translate("MainWindow", "All changes saved")
        self.save_label.setText(text)

    def _write_waiting(self, wait: Wait | None) -> None:
        """A write has waited a while: for whom, in the status bar (the
        window's own job by its name, never as another program)."""
        if wait is None:
            self._show_save_state()
            return
        seconds = str(int(wait.seconds))
        if wait.on == OWN_TASK and wait.task:  # the title last: it may hold a "%1" of its own
            text = translate(
                "MainWindow",
                "Waiting %1 s for this window's background task (%2) to finish writing…",
            )
            self.save_label.setText(text.replace("%1", seconds).replace("%2", wait.task))
            return
        if wait.on == OWN_TASK:
            text = translate(
                "MainWindow", "Waiting %1 s for this window's background task to finish writing…"
            )
        elif wait.on == OTHER_WINDOW:
            text = translate(
                "MainWindow", "Waiting %1 s for another window of Biaozhu to finish writing…"
            )
        else:
            text = translate("MainWindow", "Waiting %1 s for another program to finish writing…")
        self.save_label.setText(text.replace("%1", seconds))

    def _write_failed(self, failure: WriteFailure) -> None:
        """The view goes back to what the file holds, and the curator is told
        what was not saved and why (in the status bar alone when another
        program had changed what a key acted on: the keys go on); after a
        failure of the file itself the window stays read-only until Retry
        works."""
        self.controller.write_failed()
        self.actions_by_name["retry_saving"].setEnabled(failure.io)
        self._show_save_state()
        lines = [
            translate("MainWindow", "Not saved: %1").replace("%1", failure.what or "—"),
            translate("MainWindow", "Why: %1").replace("%1", failure.reason),
        ]
        if failure.replaced:
            lines.append(
                translate(
                    "MainWindow",
                    "The window shows what it had saved and changes nothing more: "
                    "Retry opens the file now at the project's place.",
                )
            )
        elif failure.io:
            lines.append(
                translate(
                    "MainWindow",
                    "The window shows the project as the file holds it and changes nothing "
                    "until the file can be written again: Retry when the cause is gone.",
                )
            )
        else:
            lines.append(
                translate("MainWindow", "The window shows the project as the file holds it.")
            )
        self.show_error(lines[0] + " — " + failure.reason)
        if failure.meanwhile:
            # another program changed what the key acted on; the view shows it
            # now: the status bar says why and the keys go on (a dialog would
            # take them), unless keys typed meanwhile were dropped: listed then
            self._refusal_lines = lines
        else:
            self._refusal_lines = []
            self._show_failure_box(failure, lines)

    def _show_failure_box(self, failure: WriteFailure, lines: list[str]) -> None:
        box = self._failure_box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, "", "", parent=self)
            box.setObjectName("writeFailed")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._failure_answered)
            self._failure_box = box
        box.setWindowTitle(translate("MainWindow", "Changes not saved"))
        box.setText("\n".join(lines))
        box.setStandardButtons(
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close
            if failure.io
            else QMessageBox.StandardButton.Close
        )
        box.setDetailedText("\n".join(failure.dropped) if failure.dropped else "")
        box.show()

    def _dropped(self, failure: WriteFailure) -> None:
        """Writes queued behind the failed one were not made either: listed."""
        box = self._failure_box
        if (box is None or not box.isVisible()) and self._refusal_lines:
            self._show_failure_box(failure, self._refusal_lines)
            self._refusal_lines = []
        elif box is not None:
            box.setDetailedText("\n".join(failure.dropped))

    def _undo_dropped(self, texts: list[str]) -> None:
        """After a refusal, the undo entries another program changed are
        named after what the status bar says of the refusal."""
        said = self.tr(
            "%n change(s) another program changed can no longer be undone: %1", "", len(texts)
        ).replace("%1", "; ".join(texts))
        before = self.statusBar().currentMessage()
        self.show_error(f"{before} · {said}" if before else said)

    def _failure_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Retry:
            self.act_retry_saving()
        self.act_focus_text()

    def act_retry_saving(self) -> None:
        if self.ctx.host.failure is None:
            return
        # Retry after the file was replaced opens the file now at the path
        replaced = self.ctx.host.failure.replaced

        def retried(ok: bool, reason: str) -> None:
            self.actions_by_name["retry_saving"].setEnabled(not ok)
            self._show_save_state()
            if ok:
                self.controller.writable_again()
                self.show_message(translate("MainWindow", "The project can be written again."))
                if replaced:  # another file is open now: checked as on opening it
                    self._check_history()
            else:
                self.show_error(
                    translate("MainWindow", "Still not writable: %1").replace("%1", reason)
                )

        self.ctx.host.retry(retried)

    # -- messages ---------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        """A key of the loop that reached the window unused says why it did
        nothing (undo or redo with nothing to do, a number no label has)."""
        said = self._why_nothing(event)
        if said is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.show_message(said)

    def _why_nothing(self, event) -> str | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Z and mods == ctrl:
            return translate("MainWindow", "Nothing to undo in this document.")
        if event.key() == Qt.Key.Key_Z and mods == ctrl | shift:
            return translate("MainWindow", "Nothing to redo in this document.")
        digit = Qt.Key.Key_1.value <= event.key() <= Qt.Key.Key_9.value
        if digit and mods == Qt.KeyboardModifier.NoModifier and self.ctx.project is not None:
            keys = translate("Spans", ", ").join(
                f"{lab.hotkey} {lab.name}" for lab in self.ctx.project.labels() if lab.hotkey
            )
            return (
                translate("MainWindow", "No label has the key %1: %2.")
                .replace("%1", event.text() or chr(event.key()))
                .replace("%2", keys)
            )
        return None

    def show_message(self, text: str, about: str | None = None) -> None:
        """Say ``text`` for 6 s; ``about``: the document it is about, whose
        switch away takes it (``None``: about the project, it stays)."""
        self._status_style(error=False)
        self._said_about = (about, text)
        self.statusBar().showMessage(text, 6000)

    def show_error(self, text: str, about: str | None = None) -> None:
        self._status_style(error=True)
        self._said_about = (about, text)
        self.statusBar().showMessage(text, 10000)

    def _say_about_document(self, text: str) -> None:
        self.show_message(text, self.controller.doc_id or None)

    def _error_about_document(self, text: str) -> None:
        self.show_error(text, self.controller.doc_id or None)

    def _unsay_other_document(self, doc_id: str) -> None:
        """Words about the document left do not stand over the next one: after
        Ctrl+D and PgDn, "Document marked done." stood 6 s over a to-do one."""
        about, text = self._said_about
        if about is not None and about != doc_id:
            self._said_about = (None, "")
            bar = self.statusBar()
            if bar.currentMessage() == text:
                bar.clearMessage()

    def _status_style(self, error: bool) -> None:
        if getattr(self, "_status_error", None) != error:
            self._status_error = error
            self.statusBar().setStyleSheet("QStatusBar { color: #b3261e; }" if error else "")

    # -- the keyboard loop (slots named act_<action>) ---------------------------------
    def act_next_span(self) -> None:
        self.controller.step(+1, self.view.caret())

    def act_prev_span(self) -> None:
        self.controller.step(-1, self.view.caret())

    def act_next_doc(self) -> None:
        if self.doc_panel.step(+1) is None and self.doc_panel.model.rowCount():
            # a key that does nothing silently reads as a key the window missed
            self.show_message(translate("MainWindow", "This is the last document."))

    def act_prev_doc(self) -> None:
        if self.doc_panel.step(-1) is None and self.doc_panel.model.rowCount():
            self.show_message(translate("MainWindow", "This is the first document."))

    def act_focus_search(self) -> None:
        self.doc_panel.focus_search()

    def act_focus_text(self) -> None:
        if self.progress.cancel_shown():  # Shift+A or Shift+O under way: Esc cancels it
            return
        self.view.clear_selection()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def act_accept(self) -> None:
        self.controller.accept()

    def act_reject(self) -> None:
        self.controller.reject()

    def act_accept_all(self) -> None:
        self.controller.accept_all()

    def act_accept_occurrences(self) -> None:
        self.controller.accept_occurrences()

    def _say_undone(self) -> None:
        """Undo says what it undid: the status bar went on saying what the key
        before it did ("Document marked done." over the article it reopened)."""
        text = self.ctx.undo_group.redoText()  # what was just undone
        if text:
            said = translate("MainWindow", "Undone: %1").replace("%1", text)
            self.show_message(said, self.controller.doc_id or None)

    def _say_redone(self) -> None:
        stack = self.ctx.undo_group.activeStack()
        redone = stack.command(stack.index() - 1) if stack is not None and stack.index() else None
        if self.controller.writing(redone):
            return  # a Shift+A or Shift+O under way says what it is doing, then what it did
        text = self.ctx.undo_group.undoText()  # what was just redone
        if text:
            said = translate("MainWindow", "Redone: %1").replace("%1", text)
            self.show_message(said, self.controller.doc_id or None)

    def act_delete_span(self) -> None:
        self.controller.delete()

    def act_mark_done(self) -> None:
        self.controller.toggle_done()

    def _done_asked(self, waiting: bool) -> None:
        """While a Ctrl+D waits for its second press, any other key forgets it."""
        app = QApplication.instance()
        if waiting:
            app.installEventFilter(self._other_key)
        else:
            app.removeEventFilter(self._other_key)
            # a question no longer open is not left asking: after PgDn it
            # stood over the next article with the count of the one before
            bar = self.statusBar()
            if bar.currentMessage() == self.controller.done_question:
                bar.clearMessage()

    def _status_message_changed(self, text: str) -> None:
        """The question of a first Ctrl+D is open while the status bar asks it."""
        if text != self.controller.done_question:
            self.controller.forget_done_question()

    def act_label(self, label: str) -> None:
        selection = self.view.selection()
        if selection is not None:
            if self.controller.add_span(*selection, label):
                self.view.clear_selection()
            return
        self.controller.apply_label(label)

    def _move(self, edge: str, delta: int, unit: str) -> None:
        self.controller.move_boundary(edge, delta, unit)

    def act_start_left(self) -> None:
        self._move("start", -1, "char")

    def act_start_right(self) -> None:
        self._move("start", +1, "char")

    def act_end_left(self) -> None:
        self._move("end", -1, "char")

    def act_end_right(self) -> None:
        self._move("end", +1, "char")

    def act_start_word_left(self) -> None:
        self._move("start", -1, "word")

    def act_start_word_right(self) -> None:
        self._move("start", +1, "word")

    def act_end_word_left(self) -> None:
        self._move("end", -1, "word")

    def act_end_word_right(self) -> None:
        self._move("end", +1, "word")

    # -- search hits --------------------------------------------------------------------
    def _hits_here(self) -> list[tuple[int, int]]:
        query = self.doc_panel.query
        if not query or self.controller.doc_id is None:
            return []
        return search.places(self.controller.text, query)

    def _mark_hits(self) -> None:
        """The article marks the places of the query being searched."""
        hits = self._hits_here()
        self._hit_doc = self.controller.doc_id if hits else None
        self.view.set_hits(hits, -1)

    def _go_to_hit(self, hit) -> None:
        """A hit chosen in the list: its document, the hit selected (a label
        key then makes it a span), the article focused."""
        if hit.doc_id != self.controller.doc_id:
            self.doc_panel.select(hit.doc_id)
            if self.controller.doc_id != hit.doc_id:
                self._open_document(hit.doc_id)
        self._select_hit(hit.start, hit.end)

    def _select_hit(self, start: int, end: int) -> None:
        hits = self.view.hits or self._hits_here()
        current = hits.index((start, end)) if (start, end) in hits else -1
        self.view.set_hits(hits, current)
        self.view.show_range(start, end)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_hit(self, delta: int) -> None:
        """F3 / Shift+F3 (n / N): the next or previous hit, on into the next
        document that has one."""
        if not self.doc_panel.query:
            self.show_message(translate("MainWindow", "Nothing is searched: / to search."))
            return
        hits = self._hits_here()
        caret = self.view.selection() or (self.view.caret(), self.view.caret())
        if delta > 0:
            here = [h for h in hits if h[0] > caret[0]]
            target = here[0] if here else None
        else:
            here = [h for h in hits if h[0] < caret[0]]
            target = here[-1] if here else None
        if target is not None:
            self._select_hit(*target)
            return
        doc_id = self.doc_panel.model.neighbour(self.controller.doc_id, delta)
        while doc_id is not None:
            self.doc_panel.select(doc_id)
            places = self._hits_here()
            if places:
                self._select_hit(*(places[0] if delta > 0 else places[-1]))
                return
            doc_id = self.doc_panel.model.neighbour(doc_id, delta)
        self.show_message(translate("MainWindow", "No more hits."))

    def act_next_hit(self) -> None:
        self._step_hit(+1)

    def act_prev_hit(self) -> None:
        self._step_hit(-1)

    # -- project menu ------------------------------------------------------------------
    def act_new_project(self) -> None:
        path = file_choosers.save_file_name(
            self,
            translate("MainWindow", "New project"),
            # a name in the window's language: the chooser shows it, ready to keep
            str(Path.home() / (translate("MainWindow", "project") + ".biaozhu")),
            PROJECT_FILTER,
        )
        if not path:
            return
        suffix = Path(path).suffix.lower()
        if not suffix or suffix in data_suffixes():
            # a data file's name (notes.txt) would put a SQLite file where the
            # curator's data goes: the project takes the name with its own ending
            path += ".biaozhu"
        self._remember_document()
        try:
            self.ctx.create_project(path)
        except BiaozhuError as exc:
            show_problem(self, translate("MainWindow", "New project"), say(exc))

    def act_open_project(self) -> None:
        start = str(Path(self.ctx.project_path).parent) if self.ctx.project_path else ""
        path = file_choosers.open_file_name(
            self, translate("MainWindow", "Open project"), start, PROJECT_FILTER
        )
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        self._remember_document()
        try:
            self.ctx.open_project(path)
        except BiaozhuError as exc:
            show_problem(self, translate("MainWindow", "Open project"), say(exc))
            return False
        return True

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        recent = self.ctx.settings.recent_projects()
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not recent:
            empty = menu.addAction(translate("MainWindow", "(none)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(
                translate("MainWindow", "Clear list"), self.ctx.settings.clear_recent_projects
            )

    def act_import_files(self) -> None:
        if self.ctx.project is None:
            return
        paths = file_choosers.open_file_names(
            self, translate("MainWindow", "Import files"), "", import_filter()
        )
        self._import(paths)

    def act_import_folder(self) -> None:
        """A folder, walked as `biaozhu import PROJECT FOLDER` walks it."""
        if self.ctx.project is None:
            return
        folder = file_choosers.existing_folder(self, translate("MainWindow", "Import folder"))
        self._import([folder] if folder else [])

    def _import(self, paths: list[str]) -> None:
        if not paths:
            self.act_focus_text()
            return
        from desktop.gui.dialogs.import_options import ask_import_options

        options = ask_import_options(paths, self.ctx.settings, self)
        self.act_focus_text()
        if options is not None:
            jobs.import_files(
                self, self.ctx, paths, on_finished=self.controller.clear_undo, options=options
            )

    def act_export(self) -> None:
        if self.ctx.project is None:
            return
        from desktop.gui.dialogs.export_dialog import export_dialog

        self.ctx.host.wait_idle()  # the export reads the file: every change in it first
        export_dialog(self, str(self.ctx.project_path), self.ctx.annotator, self.ctx.settings)

    def act_merge_projects(self) -> None:
        if self.ctx.project is None:
            return
        paths = file_choosers.open_file_names(
            self,
            translate("MainWindow", "Merge projects"),
            str(Path(self.ctx.project_path).parent),
            PROJECT_FILTER,
        )
        if paths:
            jobs.merge_projects(self, self.ctx, paths, on_finished=self._merged)

    def _merged(self) -> None:
        self.controller.clear_undo()
        self._check_history()  # what came in is checked as a whole with the file

    def act_restore_backup(self) -> None:
        if self.ctx.project is None:
            return
        from desktop.gui.dialogs.backups import RestoreBackupDialog
        from models.store.backup import list_backups

        dialog = RestoreBackupDialog(list_backups(self.ctx.project_path), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self.restore_backup(d.selected()))
        dialog.open()
        self._check_backups(dialog)

    def _check_backups(self, dialog) -> None:
        """Check each listed backup as a restore would (``verify`` on the copy,
        the project it belongs to), in the background: the list marks the
        ones that would be refused, and why, as the checks end."""
        import shiboken6

        from models.store.backup import backup_refusal

        project_id = self.ctx.project.project_id
        for backup in dialog.backups:

            def check(_progress, path=backup.path) -> tuple[Path, str | None]:
                refusal = backup_refusal(path, project_id)
                return path, None if refusal is None else say(refusal)

            def done(result, d=dialog) -> None:
                if shiboken6.isValid(d):
                    d.set_refusal(*result)

            def failed(reason: str, d=dialog, path=backup.path) -> None:
                if shiboken6.isValid(d):
                    d.set_refusal(path, reason)

            self.ctx.tasks.run(check, on_done=done, on_failed=failed, show_progress=False)

    def restore_backup(self, backup: Path | None) -> bool:
        """Bring a backup back into the open project (on the store thread, the
        one writer), then re-read everything; the undo history goes with the
        state it undid. A copy the store refuses (``BackupRefused``, before
        it changed anything) is no failed write: one box says why, and the
        file, the view and the undo history stay as they were. A write that
        fails on the way is reported as any failed write is."""
        if backup is None or self.ctx.project is None:
            return False
        from models.errors import BackupRefused
        from models.store.backup import restore_backup

        def run(project, _progress) -> Outcome:
            try:
                return Outcome(Changes.all(), restore_backup(project, backup))
            except BackupRefused as refused:
                return Outcome(value=refused)

        def done(outcome: Outcome | None) -> None:
            if outcome is None:
                return
            if isinstance(outcome.value, BackupRefused):
                show_problem(
                    self, translate("MainWindow", "Restore from backup"), say(outcome.value)
                )
                return
            self.controller.clear_undo()
            self._check_history()
            self.show_message(
                translate("MainWindow", "Backup %1 restored; the state before it is saved as %2.")
                .replace("%1", Path(backup).name)
                .replace("%2", outcome.value.name)
            )

        StoreOp(self.ctx.host, run, translate("MainWindow", "Restore from backup")).success(
            done
        ).run()
        return True

    def _backup_made(self, path) -> None:
        self.last_backup = Path(path)

    def act_quit(self) -> None:
        self.close()

    def act_preferences(self) -> None:
        from desktop.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        if dialog.exec():
            self.view.set_font_size(self.ctx.settings.font_size)
            self.view.set_items(self.controller.items, self.controller.state.between)

    # -- tools and help ---------------------------------------------------------------
    def act_suggest_all(self) -> None:
        jobs.suggest(self, self.ctx, None, on_finished=self.controller.clear_undo)

    def act_suggest_doc(self) -> None:
        if self.controller.doc_id is not None:
            said = ""
            if self.controller.status == "done":
                # a done document is final: what the suggesters add waits, unshown
                said = translate(
                    "MainWindow",
                    "This document is done: Ctrl+D reopens it to show its suggestions.",
                )
            jobs.suggest(
                self,
                self.ctx,
                [self.controller.doc_id],
                on_finished=self.controller.clear_undo,
                said=said,
            )

    def act_train_suggester(self) -> None:
        if self.ctx.project is None:
            return
        jobs.train_suggester(
            self, self.ctx, on_finished=self._trained, choose=self.choose_suggester
        )

    def _trained(self, result) -> None:
        if result.activated:
            said = translate("Jobs", "Suggester %1 trained; it is now the active one.")
            said = said.replace("%1", result.record.version)
            if result.unproven is not None:  # kept in the status line the suggestions rewrite
                from desktop.gui.dialogs.reports import unproven_sentence
                from desktop.gui.i18n import sentences

                said = sentences(said, unproven_sentence(result))
            self.suggester_changed(said)
        elif self._ordering():
            self._rank_todo()

    def act_suggester_models(self) -> None:
        if self.ctx.project is None:
            return
        from desktop.gui.dialogs.models_dialog import open_models

        open_models(self, self.ctx.project, self.choose_suggester)

    def choose_suggester(
        self,
        version: str | None,
        done: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        """Make the stored model ``version`` the one that suggests (None: the
        bundled model), on the store thread; then the window's suggestions
        are computed again with it."""
        from desktop.gui.ops import models as model_ops

        title = translate("MainWindow", "Choose the suggester")
        if version is None:
            op = model_ops.use_bundled(self.ctx.host, title)
            said = translate("MainWindow", "The bundled model suggests again.")
        else:
            op = model_ops.activate(self.ctx.host, version, title)
            said = translate("MainWindow", "Suggester %1 is now the active one.").replace(
                "%1", version
            )

        def chosen(_outcome) -> None:
            self.show_message(said)
            self.suggester_changed(said)
            done()

        op.success(chosen).failure(failed).run()

    def suggester_changed(self, said: str = "") -> None:
        """Another model suggests now: the stored suggestions are computed
        again with it (as Tools → Suggest all documents does), and the
        to-do order after them; ``said`` stays in the status bar with
        "up to date"."""

        def finished() -> None:
            self.controller.clear_undo()
            if self._ordering():
                self._rank_todo()

        jobs.suggest(self, self.ctx, None, on_finished=finished, said=said)

    def act_show_label_names(self, checked: bool) -> None:
        self.ctx.settings.show_label_names = checked
        self.label_tags.set_shown(checked)

    def act_allow_overlap(self, checked: bool) -> None:
        """The project's setting (not the window's): changed through the core,
        which records it in the history and refuses turning it off while spans
        overlap; the switch then shows the file's setting again."""
        action = self.actions_by_name["allow_overlap"]
        if self.ctx.project is None:
            action.setChecked(False)
            return

        def run(project, _progress) -> Outcome:
            project.set_allow_overlap(checked)
            return Outcome(Changes(everything=True))

        def done(_outcome) -> None:
            action.setChecked(self.ctx.project.allow_overlap)
            self.controller.reload()
            self.show_message(
                translate("MainWindow", "Spans may now overlap in this project.")
                if checked
                else translate("MainWindow", "Spans may no longer overlap in this project.")
            )

        def failed(reason: str) -> None:
            action.setChecked(self.ctx.project.allow_overlap)
            self.show_error(reason)

        StoreOp(self.ctx.host, run, translate("MainWindow", "Overlapping spans")).success(
            done
        ).failure(failed).run()

    def _ordering(self) -> bool:
        return self.actions_by_name["order_by_uncertainty"].isChecked()

    def act_order_by_uncertainty(self, checked: bool) -> None:
        self.ctx.settings.order_by_uncertainty = checked
        if checked:
            self._rank_todo(show_progress=True)
        else:
            self._rank_generation += 1  # a ranking still on its way is dropped
            self.doc_panel.set_order(None)
            self._update_header()
            self.show_message(translate("MainWindow", "Documents in project order."))

    def _rank_todo(self, show_progress: bool = False) -> None:
        """Order the to-do documents by the suggesters' uncertainty (background)."""
        if self.ctx.project is None:
            return
        self._rank_generation += 1
        generation = self._rank_generation

        def ranked(doc_ids: list[str]) -> None:
            if generation != self._rank_generation or not self._ordering():
                return
            self.doc_panel.set_order(doc_ids)
            self._update_header()
            if show_progress:
                self.show_message(
                    translate(
                        "MainWindow", "To-do documents ordered by uncertainty, least sure first."
                    )
                )

        def cancelled() -> None:
            if generation == self._rank_generation:
                self.actions_by_name["order_by_uncertainty"].setChecked(False)
                self.act_order_by_uncertainty(False)

        jobs.rank_todo(self, self.ctx, ranked, cancelled, show_progress=show_progress)

    # -- review -----------------------------------------------------------------------
    def _open_review_window(self, opener, *args, **kwargs) -> QWidget | None:
        """Open a review window on the project's file (it has a connection of its
        own); when it closes, or this window is active again after it changed
        something, the document shown here is read again."""
        if self.ctx.project is None:
            return None
        self.ctx.host.wait_idle()  # it reads the file: every change here first
        try:
            window = opener(self, str(self.ctx.project_path), self.ctx.annotator, *args, **kwargs)
        except BiaozhuError as exc:
            self.show_error(say(exc))
            return None
        window.installEventFilter(self._review_watcher)
        changed = getattr(window, "changed", None)
        if changed is not None:
            changed.connect(self._mark_review_changed)
        go_to = getattr(window, "goToRequested", None)
        if go_to is not None:
            go_to.connect(self.show_from_review)
        self.review_windows.append(window)
        return window

    def _mark_review_changed(self) -> None:
        self._review_changed = True

    def _review_closed(self, window) -> None:
        if window in self.review_windows:
            self.review_windows.remove(window)
        QTimer.singleShot(0, self, self._refresh_after_review)

    def _refresh_after_review(self) -> None:
        if self.ctx.project is None:
            return
        if self._review_changed:
            self._review_changed = False
            self.controller.clear_undo()  # the review changed spans the stacks refer to
        self.ctx.host.announce(Changes.all())

    def act_review_compare(self) -> None:
        from desktop.gui.review import open_review

        if self.controller.doc_id is not None:
            self._open_review_window(open_review, self.controller.doc_id)

    def show_from_review(self, doc_id: str, span_id: int, start: int) -> None:
        """A review window's event (history, Ctrl+G): its document here, its
        span focused when it is in this layer, else the place it started."""
        if self.ctx.project is None:
            return
        if doc_id != self.controller.doc_id:
            self.doc_panel.select(doc_id)
            if self.controller.doc_id != doc_id:
                self._open_document(doc_id)
        if self.controller.doc_id != doc_id:
            return
        handles = self.controller.handles
        for item in self.controller.state.gold.values():
            if span_id >= 0 and handles.current_gold(item.id) == span_id:
                self.controller.set_current(item.key)
                break
        else:
            if start >= 0:
                self.controller.focus_at(start)
        self.raise_()
        self.activateWindow()

    def act_review_agreement(self) -> None:
        from desktop.gui.review import open_agreement

        self._open_review_window(open_agreement)

    def act_review_history(self) -> None:
        from desktop.gui.review import open_history

        for window in self.review_windows:  # one that stepped aside for its Go to
            if window.isHidden() and getattr(window, "goToRequested", None) is not None:
                window.show()
                window.raise_()
                window.activateWindow()
                return
        if self.controller.doc_id is not None:
            self._open_review_window(open_history, self.controller.doc_id)

    def act_review_span_history(self) -> None:
        from desktop.gui.review import open_history

        self.ctx.host.wait_idle()  # a span accepted a moment ago has its id once saved
        span_id = self.controller.focused_gold_id()
        if span_id is not None:
            self._open_review_window(open_history, self.controller.doc_id, span_id=span_id)
            return
        focused = self.controller.focused_suggestion()
        if focused is None or self.ctx.project is None:
            self.show_message(translate("MainWindow", "Focus a span first."))
            return
        # a suggestion's history is its document's events about it: who
        # rejected it and when, shown at the last of them
        sugg_id, text = focused
        try:
            about = self.ctx.project.suggestion_event_ids(self.controller.doc_id, sugg_id)
        except BiaozhuError as exc:  # an event of the document grown with sqlite3: named
            self.show_message(say(exc))
            return
        if not about:
            self.show_message(
                translate(
                    "MainWindow",
                    "No one has decided on %1 yet: a suggestion has a history once it is"
                    " accepted, rejected or offered",
                ).replace("%1", quoted(text))
            )
            return
        window = self._open_review_window(open_history, self.controller.doc_id)
        if window is not None:
            window.select_event(about[-1])

    def act_review_roles(self) -> None:
        from desktop.gui.review.roles import open_roles

        if self.ctx.project is not None:
            open_roles(self, self.ctx.project, self._write_people)

    def _write_people(self, change, done, failed) -> None:
        """A change of people or roles, on the store thread like every write."""

        def run(project, _progress) -> Outcome:
            change(project)
            return Outcome(Changes(everything=True))

        StoreOp(self.ctx.host, run, translate("MainWindow", "Roles")).success(
            lambda _outcome: done()
        ).failure(failed).run()

    # -- help -------------------------------------------------------------------------
    def act_shortcuts(self) -> None:
        from desktop.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.actions_by_name, self).exec()

    def act_guidelines(self) -> None:
        from desktop.gui.dialogs.guidelines import toggle_guidelines

        self._guidelines = toggle_guidelines(self, self._guidelines)

    def act_about(self) -> None:
        show_about(self)

    # -- language and closing -----------------------------------------------------------
    def retranslate(self) -> None:
        menus.retranslate(self.actions_by_name, self.menus)
        self.history_bar.retranslate()
        if self.ctx.project is not None:
            self.user_label.setText(
                translate("MainWindow", "Annotator: %1").replace("%1", self.ctx.annotator)
            )
        if words.is_ready():
            self._words_ready()
        self._show_save_state()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_documents()  # back from the terminal that imported
            if self._review_changed:
                # back from a review window still open: the document and the
                # list showed the reviewer's layer as it was before its choices
                QTimer.singleShot(0, self, self._refresh_after_review)
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._cancel_history_check()  # a check of seconds does not hold the closing
        for window in list(self.review_windows):
            window.close()  # each closes its own connection
        # a Shift+A or Shift+O under way stops after the part being committed
        # (each part with its history event): closing does not wait for the rest
        self.progress.cancel_for_closing()
        self.ctx.host.wait_idle()  # every change the window shows is written before it goes
        self.controller.forget_done_question()  # no key watcher outlives the window
        self._remember_document()
        self.ctx.settings.set_window_state("geometry", self.saveGeometry())
        self.ctx.settings.set_window_state("splitter", self.splitter.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)
