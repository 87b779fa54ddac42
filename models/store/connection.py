"""Opening a project file safely: header check, schema check, pragmas.

Nothing is written to a file until it is known to be a Biaozhu project this
version can handle, so a newer project or a stray file is never damaged."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.errors import NotAProject, ProjectTooNew

# The schema steps this version knows, in order. Kept here, free of imports,
# so opening an up-to-date project does not load sqlite-utils (which imports
# pandas); models/store/schema.py holds the steps themselves and a test checks
# that the two lists agree.
MIGRATION_SET = "biaozhu"
MIGRATION_NAMES = ("0001_initial", "0002_merge_conflicts", "0003_suggestion_audience")
SCHEMA_VERSION = len(MIGRATION_NAMES)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 60_000


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise NotAProject(f"{path} is not a Biaozhu project (not an SQLite file)")
    elif not create:
        raise NotAProject(f"{path}: no such project file")
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check_schema(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotAProject(f"not a readable SQLite file ({exc})") from None
    if not has_table:
        return []
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        )
    ]


def migrate(conn: sqlite3.Connection, *, stop_before: str | None = None) -> None:
    """Apply pending schema steps (sqlite-utils Migrations), loading it only when needed."""
    if stop_before is None and tuple(applied_migrations(conn)) == MIGRATION_NAMES:
        return
    from sqlite_utils import Database

    from models.store.schema import migrations

    migrations.apply(Database(conn), stop_before=stop_before)


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    applied = applied_migrations(conn)
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if unknown:
        raise ProjectTooNew(
            f"{path} was written by a newer Biaozhu (schema {len(applied)}, this version "
            f"knows {SCHEMA_VERSION}: unknown step {unknown[0]}); update Biaozhu to open it"
        )
    if not applied:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables:
            raise NotAProject(f"{path} is an SQLite file but not a Biaozhu project")


class Transactions:
    """BEGIN IMMEDIATE transactions, nested as savepoints.

    IMMEDIATE takes the write lock at once, so two processes writing the same
    project queue on the busy timeout instead of failing on a stale snapshot."""

    def __init__(self, conn: sqlite3.Connection, on_reset):
        self._conn = conn
        self._on_reset = on_reset
        self._names = itertools.count()

    @contextmanager
    def __call__(self, *, savepoint: bool = True) -> Iterator[None]:
        """``savepoint=False`` is for writers that validate everything before
        their first write: nested in a larger transaction they need no savepoint
        of their own, since any failure after that is an SQLite error that
        aborts the enclosing unit as a whole."""
        if self._conn.in_transaction and not savepoint:
            yield
            return
        if self._conn.in_transaction:
            name = f"bz_{next(self._names)}"
            self._conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self._conn.execute(f"RELEASE SAVEPOINT {name}")
                self._on_reset()
                raise
            else:
                self._conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._on_reset()
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self._on_reset()
            raise
        else:
            self._conn.execute("COMMIT")
