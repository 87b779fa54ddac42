"""ProjectHost: the one place the window's process opens a project, and the
one thread it writes from (Anki's ``aqt/taskman.py``).

- **Writes** run on ONE store thread, first in, first out, on the only
  read-write ``Project`` of the window (``submit``). A keypress queues its
  write and returns at once; because the thread is FIFO, an undo can never
  overtake its redo. A write that fails stops the queue behind it: the
  writes queued after it are dropped (they assumed it happened) and the
  window is told once (``writeFailed``), so that it shows the file as it is.
- **Reads** for the window run on the GUI thread on a ``Project`` of their
  own (``reader``): a document, its spans, the document list, each a few
  milliseconds. Searches the curator types run on a query thread with a
  third ``Project`` (``query``), so that a scan of 100,000 texts never
  holds a key.
- **Long jobs** (import, suggestions, merge, training, ranking, indexing,
  the session backup) run on a worker of the task runner with a ``Project``
  opened for them here and closed when they end (``run_job``): they commit
  in short transactions of their own, so the curator's writes are never
  queued behind a ten-minute import.

A ``Project`` is only ever used on the thread that opened it (sqlite3's
``check_same_thread``). ``Project.open`` is called here and nowhere else in
the GUI (``tests/test_architecture.py`` checks it)."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from desktop.gui.messages import say
from models.changes import NOTHING, Changes
from models.errors import (
    BiaozhuError,
    ProjectBusy,
    ProjectReplaced,
    ReadOnlyProject,
    WriteRefused,
)
from models.progress import Cancelled, NoProgress
from models.store import Project
from models.system_errors import system_words

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

# The window's writes wait this long for another process's write lock
# before they fail (and the window says so) rather than queue for a minute.
WRITE_WAIT_MS = 15_000
# A write running longer than this is shown as waiting in the status bar.
SLOW_WRITE_S = 1.0
# How often the window looks whether its project's path still names the file
# it opened (a ``stat``): a file moved over it by another program is let go
# of (its work kept) before anything opens the new one and reads its -wal.
FILE_CHECK_MS = 1000


def _open(path: str | Path, annotator: str | None, *, readonly: bool) -> Project:
    """Open ``path`` for this thread, read-only for the window's readers."""
    return Project.open(path, annotator=annotator, readonly=readonly)


def open_side_project(path: str | Path, annotator: str | None) -> Project:
    """A project of its own for a window or dialog that still reads and writes
    through one (the review windows, the export dialog), on the GUI thread."""
    return _open(path, annotator, readonly=False)


def changes_of(result: Any) -> Changes:
    """The change set an operation's result carries (``Changes`` or ``.changes``)."""
    if isinstance(result, Changes):
        return result
    return getattr(result, "changes", NOTHING)


def describe(exc: BaseException) -> str:
    """One line for a person: the core's own message (in the window's
    language), or SQLite's."""
    if isinstance(exc, BiaozhuError) or system_words(exc) is not None:
        return say(exc)  # the disk full, permission denied…: by its kind, translated
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text


def is_io_failure(exc: BaseException) -> bool:
    """A failure of the file rather than of the edit (locked, read-only,
    disk full, I/O error): the window goes read-only until it passes."""
    if isinstance(exc, (ProjectBusy, ReadOnlyProject, ProjectReplaced, WriteRefused)):
        return True
    return isinstance(exc, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)) and not (
        isinstance(exc, sqlite3.IntegrityError)
    )


@dataclass
class WriteFailure:
    """A write that failed, and the writes queued after it that were dropped."""

    what: str
    reason: str
    io: bool
    dropped: list[str] = field(default_factory=list)
    replaced: bool = False  # the path names another file now: Retry opens that one


class _ToMain(QObject):
    """Runs closures on the GUI thread (Anki's ``run_on_main``)."""

    call = Signal(object)

    def __init__(self):
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


@dataclass
class _Op:
    fn: Callable[[Project, Any], Any]
    title: str
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[str], None] | None
    initiator: object
    progress: Any = None
    background: bool = False  # derived work (occurrence offers): not shown as saving


class ProjectHost(QObject):
    changed = Signal(object, object)  # Changes, initiator (the object that asked)
    pendingChanged = Signal(int)  # writes queued or running
    writeFailed = Signal(object)  # WriteFailure
    dropped = Signal(object)  # WriteFailure, with one more write dropped behind it
    waiting = Signal(float)  # seconds the current write has been waiting (0: no longer)

    def __init__(
        self, annotator: str, parent: QObject | None = None, *, write_wait_ms: int = WRITE_WAIT_MS
    ):
        super().__init__(parent)
        self.annotator = annotator
        self.write_wait_ms = write_wait_ms
        self.path: Path | None = None
        self.reader: Project | None = None
        self._writer: Project | None = None
        self._querier: Project | None = None
        self._store: ThreadPoolExecutor | None = None
        self._query: ThreadPoolExecutor | None = None
        self._main = _ToMain()
        self._pending = 0
        self._background = 0  # of which background work
        # set on the store thread when a write fails: the writes queued after
        # it are dropped until the window has shown the file as it is
        self._blocked = False
        self._failure: WriteFailure | None = None
        self._started: float | None = None  # when the running write began
        self._watch = QTimer(self)
        self._watch.setInterval(250)
        self._watch.timeout.connect(self._watch_slow)
        self._file_check = QTimer(self)
        self._file_check.setInterval(FILE_CHECK_MS)
        self._file_check.timeout.connect(self._check_file)

    # -- opening and closing ------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.reader is not None

    def open(self, path: str | Path, *, create: bool = False) -> None:
        """Open (or create) ``path``: a writer on a new store thread, then the
        reader here; then the project open until now is closed. Raises
        BiaozhuError on a bad file, leaving the open project as it was."""
        path = Path(path)
        store = ThreadPoolExecutor(max_workers=1, thread_name_prefix="biaozhu-store")
        try:
            writer = store.submit(self._make_writer, path, create).result()
        except BaseException:
            store.shutdown(wait=True)
            raise
        # the old project goes before the new reader comes: one project per
        # file and thread (the GUI thread's reader may be the same file)
        self.close()
        self._store, self._writer = store, writer
        try:
            self.reader = _open(path, self.annotator, readonly=True)
        except BaseException:
            self._store = None
            store.submit(self._close_writer).result()
            store.shutdown(wait=True)
            raise
        self.path = path
        self._blocked, self._failure = False, None
        self._file_check.start()

    def _make_writer(self, path: Path, create: bool) -> Project:
        """On the store thread: the window's one read-write project."""
        if create:
            project = Project.create(path, annotator=self.annotator)
        else:
            project = _open(path, self.annotator, readonly=False)
        try:
            project.ensure_annotator(self.annotator)
            project.transaction.set_lock_wait(self.write_wait_ms)
        except BaseException:
            project.close()
            raise
        return project

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self, timeout_s: float = 30.0) -> None:
        """Finish the queued writes, then close every project of the window."""
        if self._store is None:
            return
        self.wait_idle(int(timeout_s * 1000))
        store, query = self._store, self._query
        self._store = self._query = None
        store.submit(self._close_writer).result(timeout=timeout_s)
        store.shutdown(wait=True)
        if query is not None:
            query.submit(self._close_querier).result(timeout=timeout_s)
            query.shutdown(wait=True)
        if self.reader is not None:
            self.reader.close()
        self.reader, self.path = None, None
        self._watch.stop()
        self._file_check.stop()

    # -- writes ---------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Writes queued or running."""
        return self._pending

    @property
    def pending_edits(self) -> int:
        """Writes of the curator's edits queued or running (what "Saving…" is about)."""
        return self._pending - self._background

    @property
    def failure(self) -> WriteFailure | None:
        """The failed write the window has not got past yet (None: writable)."""
        return self._failure

    def submit(
        self,
        fn: Callable[[Project, Any], Any],
        *,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        initiator: object = None,
        progress: Any = None,
        background: bool = False,
        delay_ms: int = 0,
    ) -> None:
        """Queue ``fn(project, progress)`` on the store thread; its result's
        ``Changes`` are announced with ``changed`` on the GUI thread, then
        ``on_done(result)`` runs. ``title`` names the write for a person.
        A ``background`` write is work derived from an edit (occurrence
        offers): the window does not show it as saving, and with ``delay_ms``
        it is queued a moment later, leaving the processor to the keys."""
        if self._store is None:
            raise BiaozhuError("no project is open")
        op = _Op(fn, title, on_done, on_failed, initiator, progress, background)
        self._background += background
        self._set_pending(self._pending + 1)
        if delay_ms:
            QTimer.singleShot(delay_ms, self, lambda: self._queue(op))
        else:
            self._queue(op)

    def _queue(self, op: _Op) -> None:
        if self._store is None:  # closed meanwhile
            self._background -= op.background
            self._set_pending(self._pending - 1)
            return
        self._store.submit(self._run_op, op)

    def _run_op(self, op: _Op) -> None:
        """On the store thread."""
        if self._blocked:
            self._main.call.emit(lambda: self._dropped(op))
            return
        self._started = time.monotonic()
        try:
            result = op.fn(self._writer, op.progress or NoProgress())
        except Cancelled:
            self._main.call.emit(lambda: self._finished(op, None, cancelled=True))
            return
        except BaseException as exc:  # every failure is reported, none is fatal
            if not isinstance(exc, (BiaozhuError, sqlite3.Error, OSError)):
                log.error("write failed\n%s", traceback.format_exc())
            self._blocked = True
            failure = WriteFailure(
                op.title,
                describe(exc),
                is_io_failure(exc),
                replaced=isinstance(exc, ProjectReplaced),
            )
            self._main.call.emit(lambda: self._failed(op, failure))
            return
        finally:
            self._started = None
        self._main.call.emit(lambda: self._finished(op, result))

    def _finished(self, op: _Op, result: Any, *, cancelled: bool = False) -> None:
        try:
            changes = changes_of(result)
            if changes:
                self.changed.emit(changes, op.initiator)
            if op.on_done is not None:
                op.on_done(None if cancelled else result)
        finally:
            # counted down last: a write queued by on_done keeps the count above 0
            self._background -= op.background
            self._set_pending(self._pending - 1)

    def _failed(self, op: _Op, failure: WriteFailure) -> None:
        self._background -= op.background
        self._set_pending(self._pending - 1)
        self._failure = failure
        if op.on_failed is not None:
            op.on_failed(failure.reason)
        self.writeFailed.emit(failure)

    def _dropped(self, op: _Op) -> None:
        self._background -= op.background
        self._set_pending(self._pending - 1)
        if self._failure is not None and op.title and not op.background:
            self._failure.dropped.append(op.title)
            self.dropped.emit(self._failure)
        if op.on_failed is not None:
            op.on_failed(translate("Host", "not saved: an earlier change could not be saved"))

    def _set_pending(self, count: int) -> None:
        self._pending = max(0, count)
        if self._pending and not self._watch.isActive():
            self._watch.start()
        self.pendingChanged.emit(self._pending)

    def _watch_slow(self) -> None:
        started = self._started
        if started is not None and time.monotonic() - started >= SLOW_WRITE_S:
            self.waiting.emit(time.monotonic() - started)
        elif not self._pending:
            self._watch.stop()
            self.waiting.emit(0.0)

    def _check_file(self) -> None:
        """Now and then, between keys: if the path names another file than
        the writer's (or none), a check on the store thread lets go of it
        (the core keeps its work in a new file) and fails like any write."""
        writer = self._writer
        if writer is None or self._failure is not None or self._blocked:
            return
        try:
            changed = writer.transaction.path_changed()
        except BiaozhuError:
            return  # closed meanwhile
        if changed:
            self.submit(
                lambda project, _progress: project.transaction.check_file(),
                title=translate("Host", "changes from now on"),
                background=True,
            )

    def resume(self) -> None:
        """The window has shown the file as it is after a refused write: writes
        queued from now on run again (those queued before were dropped)."""
        self._failure = None
        self._store.submit(self._unblock)

    def retry(self, on_result: Callable[[bool, str], None]) -> None:
        """After a write failed on the file: reopen the writer, take and
        release the write lock, and if that works let writes run again.
        ``on_result(True, "")`` then, else ``(False, reason)``."""

        def probe() -> None:
            try:
                self._reopen_and_probe()
            except BaseException as exc:
                reason = describe(exc)
                self._main.call.emit(lambda: self._retried(False, reason, on_result))
                return
            self._blocked = False
            self._main.call.emit(lambda: self._retried(True, "", on_result))

        self._set_pending(self._pending + 1)
        self._store.submit(probe)

    def _reopen_and_probe(self) -> None:
        """On the store thread: a fresh connection (a file made writable again is
        only seen by a new one), then a write that changes nothing, committed
        (on a disk still full, only the commit fails)."""
        self._close_writer()
        self._writer = self._make_writer(self.path, False)
        with self._writer.transaction():
            self._writer.conn.execute("UPDATE meta SET value = value WHERE key = 'project_id'")

    def _retried(self, ok: bool, reason: str, on_result: Callable[[bool, str], None]) -> None:
        self._set_pending(self._pending - 1)
        if ok:
            replaced = self._failure is not None and self._failure.replaced
            self._failure = None
            if replaced:
                self._read_the_new_file()
        elif self._failure is not None:
            self._failure.reason = reason
        on_result(ok, reason)

    def _read_the_new_file(self) -> None:
        """After Retry opened the writer on the file now at the path: the
        window's readers let go of the old one too, and every view re-reads."""
        if self.reader is not None:
            self.reader.close()
        self.reader = _open(self.path, self.annotator, readonly=True)
        if self._query is not None:
            self._query.submit(self._close_querier)  # opened again on its next query
        self.changed.emit(Changes.all(), None)

    def _unblock(self) -> None:
        self._blocked = False

    def call_on_store(self, fn: Callable[[Project], Any], timeout_s: float = 60.0) -> Any:
        """Run ``fn(writer)`` on the store thread and wait for it (opening
        checks, closing bookkeeping: never from a keypress)."""
        if self._store is None:
            raise BiaozhuError("no project is open")
        return self._store.submit(lambda: fn(self._writer)).result(timeout=timeout_s)

    # -- queries ----------------------------------------------------------------------
    def query(
        self,
        fn: Callable[[Project], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> Future:
        """Run ``fn(project)`` on the query thread with a project of its own;
        ``on_done(result)`` on the GUI thread."""
        if self._query is None:
            self._query = ThreadPoolExecutor(max_workers=1, thread_name_prefix="biaozhu-query")

        def job() -> None:
            try:
                if self._querier is None:
                    self._querier = _open(self.path, self.annotator, readonly=True)
                result = fn(self._querier)
            except Exception as exc:
                reason = describe(exc)
                if on_failed is not None:
                    self._main.call.emit(lambda: on_failed(reason))
                return
            self._main.call.emit(lambda: on_done(result))

        return self._query.submit(job)

    def _close_querier(self) -> None:
        if self._querier is not None:
            self._querier.close()
            self._querier = None

    # -- long jobs ------------------------------------------------------------------------
    def job(
        self, fn: Callable[[Project, Any], Any], *, readonly: bool = False
    ) -> Callable[[Any], Any]:
        """``fn(project, progress)`` wrapped for a worker of the task runner:
        the project is opened on the worker's thread here and closed when the
        job ends."""
        path, annotator = self.path, self.annotator

        def work(progress) -> Any:
            project = _open(path, annotator, readonly=readonly)
            try:
                return fn(project, progress)
            finally:
                project.close()

        return work

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """A job or another window changed the file: the views reconcile."""
        if changes:
            self.changed.emit(changes, initiator)

    # -- tests and shutdown -----------------------------------------------------------------
    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Process events until every queued write has run and been reported."""
        deadline = time.monotonic() + msecs / 1000
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            threading.Event().wait(0.002)
        QCoreApplication.processEvents()
        return not self._pending


__all__ = ["ProjectHost", "WriteFailure", "open_side_project"]
