"""Background work: QThreadPool + QRunnable, results back on the GUI thread.

A task is a plain function ``fn(progress) -> result`` run in a worker
thread; a task on the project gets a ``Project`` opened for it on that
thread by the host (``ProjectHost.job``: an sqlite connection never crosses
threads). ``progress`` follows the core's protocol (models/progress.py); a
QProgressDialog shows it, or for the store thread's chunked writes a strip
in the status bar (``ProgressStrip``), and Cancel sets the flag that
``progress.cancelled()`` reads. Workers never touch widgets."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from desktop.gui.messages import say
from models.errors import BiaozhuError, Message
from models.progress import Cancelled
from models.system_errors import sqlite_reason, system_words

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)
    stage = Signal(object)  # the core's Message for the step that starts
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class ThreadProgress:
    """The core's Progress protocol, fulfilled from a worker thread."""

    def __init__(self, signals: _Signals, cancel: threading.Event):
        self._signals = signals
        self._cancel = cancel
        self._total = 0
        self._done = 0
        self._last = 0.0

    def report_to(self, slot: Callable[[int, int, str], None]) -> None:
        """Report (done, total, note) to ``slot`` too, a QObject's slot: it
        runs on that object's thread (the window's, for the status bar)."""
        self._signals.progress.connect(slot, Qt.ConnectionType.QueuedConnection)

    def start(self, total: int, what: Message | str) -> None:
        self._total, self._done = int(total), 0
        if isinstance(what, Message):  # a step the window names; a plain str is for logs
            self._signals.stage.emit(what)
        self._signals.progress.emit(0, self._total, "")

    def advance(self, n: int = 1, note: str = "") -> None:
        self._done += n
        now = time.monotonic()
        if now - self._last > 0.05 or self._done >= self._total:
            self._last = now
            # a note names a document or a file (data); the step (``what``)
            # went to the dialog as a Message, translated there
            self._signals.progress.emit(self._done, self._total, note)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def finish(self) -> None:
        self._signals.progress.emit(self._total, self._total, "")


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[[ThreadProgress], Any], signals: _Signals, cancel: threading.Event
    ):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        progress = ThreadProgress(self._signals, self._cancel)
        try:
            result = self._fn(progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except BiaozhuError as exc:
            self._signals.failed.emit(say(exc))
        except Exception as exc:  # a bug or a missing module: reported, never fatal
            log.error("background task failed\n%s", traceback.format_exc())
            words = system_words(exc)
            if words is not None:  # the file system refused (a read-only folder, a full disk)
                self._signals.failed.emit(say(words))
                return
            if isinstance(exc, sqlite3.Error):  # SQLite's own text, after words translated
                self._signals.failed.emit(say(sqlite_reason(exc)))
                return
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            self._signals.failed.emit(f"{exc.__class__.__name__}: {first}".rstrip(": "))
        else:
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.finished.emit(result)


class Task(QObject):
    """One running task, living on the GUI thread: its slots run there."""

    done = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        on_done,
        on_failed,
        on_cancelled,
        dialog: QProgressDialog | None,
        owner: QObject | None = None,
    ):
        super().__init__(runner)
        self.title = title
        self.cancel_flag = threading.Event()
        self.signals = _Signals()
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self.dialog = dialog
        self.result: Any = None
        self.error: str | None = None
        self.finished = False
        # the window the task reports to is gone: the task runs to its end
        # (what it writes stays written), but its dialog went with the window
        # and its callbacks, which show reports on it, are not called
        self.orphaned = False
        self.stage = ""  # the step under way, in the window's language
        self.note = ""
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.signals.stage.connect(self._stage, Qt.ConnectionType.QueuedConnection)
        self.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            dialog.canceled.connect(self.cancel)
            dialog.destroyed.connect(self._dialog_gone)
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)

    @Slot()
    def _dialog_gone(self) -> None:
        self.dialog = None  # deleted with its window: never touched again

    @Slot()
    def _owner_gone(self) -> None:
        self.orphaned = True
        self.dialog = None

    def cancel(self) -> None:
        self.cancel_flag.set()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Tasks", "Cancelling…"))

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, note: str) -> None:
        dialog = self.dialog
        if dialog is None or self.finished:
            return
        dialog.setMaximum(max(total, 0))
        # a window-modal dialog's setValue processes events: the task may end meanwhile
        dialog.setValue(min(done, total) if total else 0)
        if note and not self.cancel_flag.is_set() and not self.finished:
            self.note = note
            self._show_label()

    @Slot(object)
    def _stage(self, what: Message) -> None:
        self.stage, self.note = say(what), ""
        if self.dialog is not None and not self.cancel_flag.is_set() and not self.finished:
            self._show_label()

    def _show_label(self) -> None:
        """The title, then the step and the file or document it is at."""
        if self.stage and self.note:
            line = translate("Tasks", "%1: %2").replace("%1", self.stage).replace("%2", self.note)
        else:
            line = self.stage or self.note
        self.dialog.setLabelText(f"{self.title}\n{line}" if line else self.title)

    def _close(self) -> None:
        self.finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.done.emit()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self.result = result
        self._close()
        if self._on_done is not None and not self.orphaned:
            self._on_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.error = message
        self._close()
        if self._on_failed is not None and not self.orphaned:
            self._on_failed(message)

    @Slot()
    def _cancelled(self) -> None:
        self._close()
        if self._on_cancelled is not None and not self.orphaned:
            self._on_cancelled()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they end."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        self._running: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        fn: Callable[[ThreadProgress], Any],
        *,
        title: str = "",
        parent: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        show_progress: bool = True,
        owner: QObject | None = None,
    ) -> Task:
        """``owner``: the window whose callbacks these are (default
        ``parent``); once it is destroyed the task's callbacks are dropped."""
        dialog = None
        if show_progress:
            dialog = QProgressDialog(title, translate("Tasks", "Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumWidth(380)
            dialog.setValue(0)
        owner = owner if owner is not None else parent
        task = Task(self, title, on_done, on_failed, on_cancelled, dialog, owner)
        self._running.add(task)
        task.done.connect(lambda t=task: self._forget(t))
        self.pool.start(_Runnable(fn, task.signals, task.cancel_flag))
        return task

    def run_on_project(
        self,
        path: str | Path,
        annotator: str,
        fn: Callable[[Any, ThreadProgress], Any],
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(project, progress)`` on a Project of the worker's own
        (opened through the host module, the one place that opens projects);
        the task's title names it to a write of the window that waits for it."""

        def job(progress: ThreadProgress) -> Any:
            from desktop.gui.host import open_side_project

            project = open_side_project(path, annotator)
            project.transaction.purpose = kwargs.get("title", "")
            try:
                return fn(project, progress)
            finally:
                project.close()

        return self.run(job, **kwargs)

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        QTimer.singleShot(0, task.deleteLater)
        if not self._running:
            self.idle.emit()

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the pool and deliver the results (for tests and shutdown)."""
        deadline = time.monotonic() + msecs / 1000
        while self._running and time.monotonic() < deadline:
            self.pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._running


class ProgressStrip(QWidget):
    """Progress of a chunked write in the status bar: what, how far, Cancel.
    ``track(title)`` gives the Progress object for the store thread."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressStrip")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelWrite")
        self.cancel_button.setText(translate("Tasks", "Cancel"))
        self.cancel_button.setToolTip(translate("Tasks", "Cancel the write under way (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._signals: _Signals | None = None
        self._cancel: threading.Event | None = None
        self.hide()

    def track(self, title: str, cancellable: bool = True) -> ThreadProgress:
        """The progress of a write titled ``title``; one not ``cancellable``
        (an undo, which runs to its end) shows no Cancel."""
        signals, cancel = _Signals(self), threading.Event()
        signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._signals, self._cancel = signals, cancel if cancellable else None
        self.label.setText(title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.show()
        return ThreadProgress(signals, cancel)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _note: str) -> None:
        if self.sender() is not self._signals:
            return  # an earlier write's last report
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total))
        if total and done >= total:
            self.hide()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("Tasks", "Cancelling…"))

    def cancel_shown(self) -> bool:
        """Esc: cancel the write the strip shows, if one can still be; True if it was."""
        if not self.isVisible() or self._cancel is None or self._cancel.is_set():
            return False
        self.cancel()
        return True

    def cancel_for_closing(self) -> None:
        """The window closes: the write the strip tracks stops after the
        part being committed (an undo, not cancellable, runs to its end)."""
        if self._cancel is not None:
            self._cancel.set()

    def idle(self) -> None:
        """Nothing is being written any more."""
        self._signals = self._cancel = None
        self.hide()
