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
    AlreadyDecided,
    BiaozhuError,
    NotFound,
    ProjectBusy,
    ProjectReplaced,
    ReadOnlyProject,
    WriteRefused,
)
from models.progress import Cancelled, NoProgress
from models.store import Project
from models.store.undo import ChangedMeanwhile
from models.system_errors import sqlite_reason, system_words

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


def open_side_reader(path: str | Path) -> Project:
    """A read-only project of its own for a thread a window starts to read
    the whole file (the history window's audit CSV), closed by that thread."""
    return _open(path, None, readonly=True)


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
    if isinstance(exc, sqlite3.Error):
        return say(sqlite_reason(exc))  # "SQLite:" translated, SQLite's own text after it
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text


def _gone_words() -> str:
    """Why a write on what the window shows found it missing: the core names
    the row by its number in the file, which the curator never sees."""
    return translate(
        "Host",
        "it is no longer in the project: another program or window changed this document meanwhile",
    )


def _changed_words() -> str:
    """Why an undo (or redo) was refused: another program changed what it
    would take back, and writing it would undo that change too."""
    return translate(
        "Host",
        "another program or window changed it meanwhile, and undoing it now would undo "
        "that change too",
    )


def is_io_failure(exc: BaseException) -> bool:
    """A failure of the file rather than of the edit (locked, read-only,
    disk full, I/O error): the window goes read-only until it passes."""
    if isinstance(exc, (ProjectBusy, ReadOnlyProject, ProjectReplaced, WriteRefused)):
        return True
    return isinstance(exc, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)) and not (
        isinstance(exc, sqlite3.IntegrityError)
    )


# Whom a write that waits is waiting for (``Wait.on``).
OTHER_PROGRAM = "program"  # another process holds the write lock
OTHER_WINDOW = "window"  # another window of this process holds it (a review window)
OWN_TASK = "task"  # the window's own work: a job holding the lock, or a long write queued before


@dataclass(frozen=True)
class Wait:
    """A write of the window that has waited a while, and for whom."""

    seconds: float
    on: str  # OTHER_PROGRAM, OTHER_WINDOW or OWN_TASK
    task: str = ""  # OWN_TASK: the title of the work waited for ("" when untitled)


@dataclass
class WriteFailure:
    """A write that failed, and the writes queued after it that were dropped."""

    what: str
    reason: str
    io: bool
    dropped: list[str] = field(default_factory=list)
    replaced: bool = False  # the path names another file now: Retry opens that one
    # what the write acted on was changed by another program or window meanwhile
    meanwhile: bool = False


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
    queued_at: float = 0.0  # when it was handed to the store thread


class ProjectHost(QObject):
    changed = Signal(object, object)  # Changes, initiator (the object that asked)
    pendingChanged = Signal(int)  # writes queued or running
    writeFailed = Signal(object)  # WriteFailure
    dropped = Signal(object)  # WriteFailure, with one more write dropped behind it
    waiting = Signal(
        object
    )  # Wait: a write has been waiting a while, and for whom (None: no longer)

    def __init__(
        self, annotator: str, parent: QObject | None = None, *, write_wait_ms: int = WRITE_WAIT_MS
    ):
        super().__init__(parent)
        # who the window works as, as given, and as the open project stores
        # the name (ａｌｉｃｅ for alice: who.stored_form)
        self.asked = annotator
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
        self._last_failure: WriteFailure | None = None  # what dropped writes were behind
        self._started: float | None = None  # when the running write began
        self._running: _Op | None = None  # the write running on the store thread
        self._queued: list[_Op] = []  # handed to the store thread, not yet reported, in order
        self._said_wait = False  # a wait is shown
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
        self.annotator = writer.annotator
        try:
            self.reader = _open(path, self.annotator, readonly=True)
        except BaseException:
            self._store = None
            store.submit(self._close_writer).result()
            store.shutdown(wait=True)
            raise
        self.path = path
        self._blocked, self._failure, self._last_failure = False, None, None
        self._file_check.start()

    def _make_writer(self, path: Path, create: bool) -> Project:
        """On the store thread: the window's one read-write project."""
        if create:
            project = Project.create(path, annotator=self.asked)
        else:
            project = _open(path, self.asked, readonly=False)
        try:
            project.ensure_annotator(project.annotator)
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
        self._queued.clear()
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
        op.queued_at = time.monotonic()
        self._queued.append(op)
        self._store.submit(self._run_op, op)

    def _reported(self, op: _Op) -> None:
        """On the GUI thread: ``op`` ran (or was dropped) and is reported."""
        try:
            self._queued.remove(op)
        except ValueError:
            pass

    def _run_op(self, op: _Op) -> None:
        """On the store thread."""
        if self._blocked:
            self._main.call.emit(lambda: self._dropped(op))
            return
        self._started, self._running = time.monotonic(), op
        progress = op.progress or NoProgress()
        self._let_cancel_stop_the_wait(progress)
        try:
            result = op.fn(self._writer, progress)
        except Cancelled:
            self._main.call.emit(lambda: self._finished(op, None, cancelled=True))
            return
        except BaseException as exc:  # every failure is reported, none is fatal
            if not isinstance(exc, (BiaozhuError, sqlite3.Error, OSError)):
                log.error("write failed\n%s", traceback.format_exc())
            self._blocked = True
            failure = WriteFailure(
                op.title,
                _changed_words()
                if isinstance(exc, ChangedMeanwhile)
                else _gone_words()
                if isinstance(exc, NotFound)
                else describe(exc),
                is_io_failure(exc),
                replaced=isinstance(exc, ProjectReplaced),
                meanwhile=isinstance(exc, (NotFound, AlreadyDecided)),
            )
            self._main.call.emit(lambda: self._failed(op, failure))
            return
        finally:
            self._started = self._running = None
            self._let_cancel_stop_the_wait(None)
        self._main.call.emit(lambda: self._finished(op, result))

    def _let_cancel_stop_the_wait(self, progress: Any) -> None:
        """On the store thread: while the write of ``progress`` waits for
        another program's write lock, its cancel (Esc, the status bar's
        Cancel, closing the window) stops the wait and the write ends having
        written nothing; once a part of it is written, the cancel takes
        effect between its parts (an operation stopped inside a later wait
        would not say what it had written: the undo needs that)."""
        writer = self._writer
        if writer is None:
            return
        try:
            transaction = writer.transaction
        except BiaozhuError:
            return  # closed
        if progress is None:
            transaction.stop_waiting = None
            return
        conn = writer.conn
        written = conn.total_changes  # rows written on this connection so far

        def stop() -> bool:
            return progress.cancelled() and conn.total_changes == written

        transaction.stop_waiting = stop

    def _finished(self, op: _Op, result: Any, *, cancelled: bool = False) -> None:
        self._reported(op)
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
        self._reported(op)
        self._background -= op.background
        self._set_pending(self._pending - 1)
        self._failure = self._last_failure = failure
        if op.on_failed is not None:
            op.on_failed(failure.reason)
        self.writeFailed.emit(failure)

    def _dropped(self, op: _Op) -> None:
        self._reported(op)
        self._background -= op.background
        self._set_pending(self._pending - 1)
        # the failure it was dropped behind, though the window may have got
        # past it already (a refusal of content: writes resume at once)
        failure = self._last_failure
        if failure is not None and op.title and not op.background:
            failure.dropped.append(op.title)
            self.dropped.emit(failure)
        if op.on_failed is not None:
            op.on_failed(translate("Host", "not saved: an earlier change could not be saved"))

    def _set_pending(self, count: int) -> None:
        self._pending = max(0, count)
        if self._pending and not self._watch.isActive():
            self._watch.start()
        self.pendingChanged.emit(self._pending)

    def _watch_slow(self) -> None:
        wait = self._wait_now()
        if wait is not None:
            self._said_wait = True
            self.waiting.emit(wait)
        elif self._said_wait or not self._pending:
            self._said_wait = False
            self.waiting.emit(None)
        if not self._pending:
            self._watch.stop()

    def _wait_now(self) -> Wait | None:
        """What a write of the window has been waiting for, once it is
        SLOW_WRITE_S: the write lock, held by another process, another window
        of this one, or a job of this window (named); or, behind a long write
        of the window's own (Shift+O's batches), that write (named)."""
        started, running, writer = self._started, self._running, self._writer
        if started is None or running is None or writer is None:
            return None
        now = time.monotonic()
        try:
            transaction = writer.transaction
        except BiaozhuError:
            return None  # closed meanwhile
        waited = transaction.lock_waited()
        if waited is not None and min(waited, now - started) >= SLOW_WRITE_S:
            holder = transaction.lock_holder()
            if holder is None:
                return Wait(now - started, OTHER_PROGRAM)
            if not holder:
                return Wait(now - started, OTHER_WINDOW)
            return Wait(now - started, OWN_TASK, holder)
        # not waiting for the lock (or only just, as a batch writer is at each
        # batch's start): the running write is the window's own, and a write
        # queued behind it is what waits
        try:
            behind = self._queued[self._queued.index(running) + 1]
        except (ValueError, IndexError):
            return None
        seconds = now - max(started, behind.queued_at)
        if seconds < SLOW_WRITE_S:
            return None
        return Wait(seconds, OWN_TASK, running.title)

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
        self, fn: Callable[[Project, Any], Any], *, readonly: bool = False, title: str = ""
    ) -> Callable[[Any], Any]:
        """``fn(project, progress)`` wrapped for a worker of the task runner:
        the project is opened on the worker's thread here and closed when the
        job ends. ``title`` names the job to a key's write that waits for it."""
        path, annotator = self.path, self.annotator

        def work(progress) -> Any:
            project = _open(path, annotator, readonly=readonly)
            if not readonly:
                project.transaction.purpose = title
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


__all__ = ["ProjectHost", "Wait", "WriteFailure", "open_side_project", "open_side_reader"]
