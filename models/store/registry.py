"""The process's connections to project files, opened and closed here only.

A thread that opens a project it already has open gets the same connection
back (counted), so no code path quietly opens and closes a second handle on
the file; the connection closes when its last user closes it. Connections are
per thread (sqlite3 refuses a connection used from another thread), and a
read-only opening has its own, so that it can never write.

Each connection carries the one transaction manager and history writer of
that connection: two ``Project`` objects on one connection share them, so
their events chain one after the other even inside one transaction."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from models.store.connection import Transactions, WaitReporter, file_identity, open_connection
from models.store.history import EventWriter

Key = tuple[str, int, bool]


class Handle:
    """One open connection to a project file and what is shared on it."""

    def __init__(self, key: Key, path: Path, conn: sqlite3.Connection, readonly: bool):
        self.key = key
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.users = 0
        self.identity = file_identity(Path(key[0]))  # the file opened
        self._listeners: list[Callable[[], None]] = []
        self._events: EventWriter | None = None
        self.transaction = Transactions(
            conn, path, self._reset, lambda: REGISTRY.on_wait, readonly=readonly
        )

    @property
    def events(self) -> EventWriter:
        if self._events is None:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
            self._events = EventWriter(self.conn, row[0] if row else "unknown")
        return self._events

    def listen(self, on_reset: Callable[[], None]) -> None:
        """Call ``on_reset`` whenever a transaction begins or rolls back (caches
        a Project keeps of the file's state are stale then)."""
        self._listeners.append(on_reset)

    def unlisten(self, on_reset: Callable[[], None]) -> None:
        self._listeners.remove(on_reset)

    def _reset(self) -> None:
        if self._events is not None:
            self._events.reset()
        for on_reset in list(self._listeners):
            on_reset()


class Registry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handles: dict[Key, Handle] = {}
        # Called with the project's path when a write has to wait for another
        # process's; the CLI prints a line, the window its status bar.
        self.on_wait: WaitReporter | None = None

    def acquire(self, path: Path, *, create: bool = False, readonly: bool = False) -> Handle:
        key = (os.path.realpath(path), threading.get_ident(), readonly)
        with self._lock:
            handle = self._handles.get(key)
        if handle is not None and handle.identity != file_identity(Path(key[0])):
            # another file is at the path now (moved over it, or none): the
            # caller gets that one; the old handle closes with its last user
            handle = None
        if handle is None:
            conn = open_connection(Path(path), create=create, readonly=readonly)
            handle = Handle(key, Path(path), conn, readonly)
            with self._lock:
                self._handles[key] = handle
        handle.users += 1
        return handle

    def release(self, handle: Handle) -> None:
        """One user fewer; the last one closes the connection."""
        handle.users -= 1
        if handle.users > 0:
            return
        with self._lock:
            if self._handles.get(handle.key) is handle:
                del self._handles[handle.key]
        handle.transaction.closed()
        if handle.conn.in_transaction:
            handle.conn.execute("ROLLBACK")
        handle.conn.close()

    def open_paths(self) -> list[str]:
        """The files this process has open, once per connection (for tests and diagnostics)."""
        with self._lock:
            return [key[0] for key in self._handles]


REGISTRY = Registry()


def set_wait_reporter(report: WaitReporter | None) -> WaitReporter | None:
    """Install the process's report of waits on another process's write; returns the old one."""
    old, REGISTRY.on_wait = REGISTRY.on_wait, report
    return old
