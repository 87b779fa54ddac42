"""Opening a project file: through SQLite only, checked before anything is written.

Nothing in the process may open a project file, its ``-wal`` or its ``-shm``
except SQLite: POSIX locks belong to the whole process, and closing any
descriptor of the file drops all of them, so the next process to close its
connection believes it is the last, checkpoints and deletes the WAL under our
feet, and committed work is lost (SQLite's "How To Corrupt An SQLite Database
File", 2.2). So the file's kind is told by SQLite itself (reading its schema),
and what cannot be asked of SQLite is asked of the file system (``stat``,
``access``), never by reading the file.

Nothing is written to a file until it is known to be a Biaozhu project this
version can handle, so a newer project or a stray file is never damaged."""

from __future__ import annotations

import errno
import itertools
import os
import sqlite3
import stat
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from models.errors import (
    IntegrityError,
    InvalidInput,
    Message,
    NotAProject,
    ProjectBusy,
    ProjectReplaced,
    ProjectTooNew,
    ReadOnlyProject,
    WriteRefused,
)
from models.progress import Cancelled
from models.store.filesystems import network_filesystem
from models.system_errors import sqlite_reason

# The schema steps this version knows, in order. Kept here, free of imports,
# so opening an up-to-date project does not load sqlite-utils (which imports
# pandas); models/store/schema.py holds the steps themselves and a test checks
# that the two lists agree.
MIGRATION_SET = "biaozhu"
MIGRATION_NAMES = (
    "0001_initial",
    "0002_merge_conflicts",
    "0003_suggestion_audience",
    "0004_ids_never_reused",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)
# The tables each step makes (the search index's aside: the window rebuilds
# it), which every later read and write relies on (a test keeps this in
# step with schema.py). Step 4 rebuilds two tables and makes none.
TABLES_OF_STEP = {
    "0001_initial": (
        "meta",
        "documents",
        "labels",
        "annotators",
        "suggestions",
        "annotations",
        "decisions",
        "doc_status",
        "events",
        "learned_models",
    ),
    "0002_merge_conflicts": ("merge_conflicts",),
    "0003_suggestion_audience": ("suggestion_audience",),
}

# How long a write waits for another process to finish its own: long enough
# for any import batch or merge, short enough that a stuck writer is noticed.
# BIAOZHU_LOCK_WAIT (seconds) changes it.
BUSY_TIMEOUT_MS = 60_000
LOCK_WAIT_ENV = "BIAOZHU_LOCK_WAIT"
# A wait shorter than this is routine (another window's keypress) and not
# reported; a longer one is reported once, then bounded by lock_wait_ms().
QUIET_WAIT_MS = 250
ALLOW_NETWORK_FS = "BIAOZHU_ALLOW_NETWORK_FS"


def open_connection(path: Path, *, create: bool, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the project at ``path``, its kind and schema checked.

    ``readonly`` refuses every write: where the file and its folder may be
    written, through SQLite's ``query_only`` (so that, closing last, it still
    folds the WAL into the file and removes it, as any connection would);
    elsewhere with ``mode=ro``, or ``immutable=1`` where nothing can be
    writing the file (see immutable_only)."""
    path = Path(path)
    _check_place(path, create=create, readonly=readonly)
    _check_wal_is_its_own(path)
    mode = ("rwc" if create else "rw") if not readonly else read_mode(path)
    try:
        conn = sqlite3.connect(
            _uri(path, mode),
            uri=True,
            timeout=lock_wait_ms() / 1000,
            isolation_level=None,
        )
    except sqlite3.OperationalError as exc:
        raise NotAProject(
            "{path}: cannot open it ({reason})", path=path, reason=sqlite_reason(exc)
        ) from None
    try:
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        check_schema(conn, path, create=create)
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def lock_wait_ms() -> int:
    """The bound on a wait for another process's write, in milliseconds."""
    raw = os.environ.get(LOCK_WAIT_ENV)
    if not raw:
        return BUSY_TIMEOUT_MS
    try:
        seconds = float(raw)
    except ValueError:
        raise InvalidInput(
            "{lock_wait_env}={raw!r} is not a number of seconds",
            lock_wait_env=LOCK_WAIT_ENV,
            raw=raw,
        ) from None
    if not 0 <= seconds <= 24 * 3600:
        raise InvalidInput(
            "{lock_wait_env}={raw!r} is outside 0 to 86400 seconds",
            lock_wait_env=LOCK_WAIT_ENV,
            raw=raw,
        )
    return int(seconds * 1000)


# The longest ending of a name kept beside a project: SQLite's "-journal"
# (while a project is made) and "-wal", "-shm"; the folder of its backups.
COMPANION_ROOM = max(len(s) for s in ("-journal", "-wal", "-shm", ".backups"))
READ_ROOM = len("-wal")  # what a reader needs beside it
# SQLite's longest path of a file (the whole path once resolved: 512 bytes
# in its unix VFS, 1,040 in its Windows one), less the room for the endings
# of its companions
SQLITE_PATH_MOST = (1040 if os.name == "nt" else 512) - len("-journal")
# ... and of a project whose backups' paths fit too: a copy being made in its
# backups folder is ".backups/<stamp>-before-restore.biaozhu.partial"
BACKED_UP_PATH_MOST = SQLITE_PATH_MOST - len(
    ".backups/20261207T013535722633Z-before-restore.biaozhu.partial"
)


def path_bytes(path: Path) -> int:
    """The length of the whole path SQLite opens (resolved, as SQLite resolves it)."""
    return len(os.fsencode(str(Path(path).resolve())))


def refuse_link_loop(path: Path) -> None:
    """A path the system cannot follow to a file, for a loop of symbolic
    links on it (the project a link to itself, or a folder on its path linked
    round to itself): Python said "Symlink loop from …" as an unexpected
    error, and a reading command "no such project file", which ``new``
    then failed on."""
    if is_link_loop(path):
        raise NotAProject(
            "{path}: the path is a loop of symbolic links (a link that leads back to itself,"
            " at once or through others), so it names no file: remove the link or point it"
            " at a project",
            path=path,
        ) from None


def is_link_loop(path: Path | str) -> bool:
    """The system cannot follow ``path`` for a loop of symbolic links on it
    (``exists()`` says False, as for a file that is not there)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:
        return False  # a NUL in the name: said where it is opened
    return False


def refuse_link_to_no_folder(path: Path) -> None:
    """``new`` through a link to nowhere is made where the link leads (SQLite
    follows it); a link into a folder that does not exist failed in SQLite's
    words ("the file cannot be opened")."""
    if not path.is_symlink() or path.exists():
        return
    target = Path(os.readlink(path))
    where = target if target.is_absolute() else path.parent / target
    if not where.parent.is_dir():
        raise NotAProject(
            "{path} is a link to {target}, which cannot be made: no such folder {folder}",
            path=path,
            target=target,
            folder=where.parent,
        )


def check_name_room(path: Path, *, readonly: bool = False, new: bool = False) -> None:
    """A file name the file system takes may leave no room for the names
    kept beside it: a project named 248 to 255 bytes (80-odd Chinese
    characters) could not be made ("the file cannot be opened", an empty file
    left behind), its -wal was "not a file", its backups never made. Refused
    by the name's length (``pathconf``), before anything is made. So is a
    path longer than SQLite takes (nested folders of Chinese names), which
    could not be made or opened: "cannot open it (the file cannot be opened)".
    A ``new`` project leaves room for its backups' paths too (a project made
    a little less deep opened, but its backups could not be made or restored)."""
    refuse_link_loop(path)
    size = len(os.fsencode(path.name))
    try:
        limit = os.pathconf(path.parent if str(path.parent) else ".", "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    room = READ_ROOM if readonly else COMPANION_ROOM
    whole = path_bytes(path)
    if new and whole > BACKED_UP_PATH_MOST:
        raise NotAProject(
            "{path}: the path is too long for SQLite and the backups kept beside the project"
            " ({whole} bytes with its folders; at most {most}): make it in a folder with a"
            " shorter path",
            path=path,
            whole=whole,
            most=BACKED_UP_PATH_MOST,
        )
    if whole > SQLITE_PATH_MOST:
        raise NotAProject(
            "{path}: the path is too long for SQLite ({whole} bytes with its folders; at most"
            " {most}): move the project to a folder with a shorter path, or make it there",
            path=path,
            whole=whole,
            most=SQLITE_PATH_MOST,
        )
    if size + room > limit:
        raise NotAProject(
            "{path}: the file name is too long ({size} bytes; at most {most} here, to leave"
            " room for the files SQLite keeps beside it and the backups folder): rename it"
            " shorter",
            path=path,
            size=size,
            most=limit - room,
        )


def _check_place(path: Path, *, create: bool, readonly: bool) -> None:
    """What the file system can say before SQLite opens anything: a name too
    long for its companions, a missing or empty file, a permission problem, a
    read-only place, a network share."""
    check_name_room(path, readonly=readonly)
    try:
        found = path.stat()
    except FileNotFoundError:
        if not create:
            raise NotAProject("{path}: no such project file", path=path) from None
        found = None
    except PermissionError:
        raise NotAProject("{path}: permission denied (cannot reach the file)", path=path) from None
    size = None if found is None else found.st_size
    if found is not None and not stat.S_ISREG(found.st_mode):
        # a named pipe would block SQLite's open until a writer came (its
        # size 0 read as "empty"); a device or socket is no project either
        raise NotAProject(
            "{path} is {kind}, not a regular file: a project is a .biaozhu file",
            path=path,
            kind=_special_kind(found.st_mode),
        )
    if size is not None and not create and size == 0:
        raise NotAProject("{path} is empty, not a Biaozhu project", path=path)
    if size is not None and not os.access(path, os.R_OK):
        raise NotAProject("{path}: permission denied (cannot read the file)", path=path)
    _check_companions(path, ("-wal", "-shm"))
    if not readonly:
        _check_writable(path, exists=size is not None)
    elif _unreadable_wal(path):
        raise NotAProject(
            "{path}: its -wal holds commits not yet in the file, which SQLite reads only by making a -shm beside it, and the folder is read-only: copy the project and its -wal to a folder you may write",
            path=path,
        )


def _special_kind(mode: int) -> Message:
    """What a file that is not a regular one is, for a message."""
    if stat.S_ISDIR(mode):
        return Message("a folder")
    if stat.S_ISFIFO(mode):
        return Message("a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return Message("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("a device")
    return Message("a special file")


def _check_companions(path: Path, suffixes: tuple[str, ...]) -> None:
    """SQLite keeps a project's recent commits in ``-wal`` and its readers'
    shared memory in ``-shm`` beside it: a folder there, or a link to
    nowhere, made every open fail with "not a readable SQLite file" (a
    reader of a project in WAL needs both), which sent the curator
    looking for a damaged project. Asked of the file system (``lstat``),
    never by opening them."""
    for suffix in suffixes:
        companion = Path(f"{path}{suffix}")
        try:
            mode = companion.lstat().st_mode
        except FileNotFoundError:
            continue
        except OSError:
            mode = None
        if mode is not None and stat.S_ISREG(mode):
            continue
        if mode is not None and stat.S_ISLNK(mode) and companion.is_file():
            continue  # a link to a file: SQLite follows it
        what = (
            Message("a folder")
            if mode is not None and stat.S_ISDIR(mode)
            else Message("a link to nowhere")
            if mode is not None and stat.S_ISLNK(mode)
            else Message("not a file")
        )
        raise NotAProject(
            "{path}: {name} beside it is {what}, where SQLite keeps the project's recent"
            " changes: the project cannot be opened until it is moved away",
            path=path,
            name=companion.name,
            what=what,
        )


def _unreadable_wal(path: Path) -> bool:
    """A -wal left by a session that never closed (a crash, a copy taken while
    open), without its -shm, in a folder where none can be made."""
    return (
        Path(f"{path}-wal").exists()
        and not Path(f"{path}-shm").exists()
        and not os.access(path.parent, os.W_OK | os.X_OK)
    )


def _check_wal_is_its_own(path: Path) -> None:
    """A -wal names no database: SQLite lays the pages of whatever -wal sits
    beside a file over the file's, and whoever closes last folds them in. A
    -wal of another database (a sync client's, a project copied back over by
    hand beside the -wal a crash left) replaced the project with that
    database, ``verify`` and ``stats`` included. The history only grows, so
    the project's own -wal keeps the file's last event, under the same
    project id, unless a restore (which marks the file) replaced the history.
    Read through SQLite alone: the file without its -wal (``immutable``), and
    with it through a connection that cannot write (``mode=ro``), so nothing
    is folded in before the two agree. A file that is not yet a project with
    a history is left to the checks that follow."""
    wal = Path(f"{path}-wal")
    try:
        if wal.stat().st_size == 0 or not path.is_file():
            return
    except OSError:
        return
    # no -shm: no session has it open (one left the -wal, or it was brought
    # here); looked at before this check's own reader makes one
    unheld = not Path(f"{path}-shm").exists()
    alone = _last_event(path, "immutable")
    if alone is None:
        return
    for attempt in range(2):  # a checkpoint under way can tear the first reading
        owner = _wal_owner(path, alone, unheld=unheld)
        if owner is None:
            return
        if attempt == 0:
            time.sleep(0.05)
            alone = _last_event(path, "immutable") or alone
    raise NotAProject(
        "{path}: {name} beside it is the -wal of {owner}, not of this project; opening it"
        " would overwrite the project with it, so nothing was opened: move {name} away"
        " and try again",
        path=path,
        name=wal.name,
        owner=owner,
    )


def _last_event(path: Path, mode: str) -> tuple[str, str, int, str] | None:
    """The project id, the restore mark, and the last event's id and hash of
    the project as read in ``mode``; None where it is no project with a
    history (or cannot be read so)."""
    try:
        conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        meta = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('project_id', 'restored')"
            ).fetchall()
        )
        last = conn.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if last is None or "project_id" not in meta:
        return None
    return meta["project_id"], meta.get("restored", ""), last[0], last[1]


def _wal_owner(path: Path, alone: tuple[str, str, int, str], *, unheld: bool) -> Message | None:
    """Whose the -wal beside ``path`` is, where it is not the project's own
    (whose file holds ``alone``): None where it is. ``unheld``: no session
    has it open, so nothing waits on SQLite's own check of the whole."""
    project_id, restored, last_id, last_hash = alone
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=lock_wait_ms() / 1000)
    except sqlite3.Error:
        return None  # SQLite will say why when the project is opened
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                return None  # a live session's: SQLite waits for it as usual
            return Message("a database whose pages do not fit this file")
        if not {"meta", "events"} <= tables:
            return Message("another database")
        try:
            meta = dict(
                conn.execute(
                    "SELECT key, value FROM meta WHERE key IN ('project_id', 'restored')"
                ).fetchall()
            )
            # the file's last event, and the chain on from it unbroken: an
            # older copy under a newer -wal reads the events between the two
            # from pages the -wal's parents do not point at
            chain = conn.execute(
                "SELECT id, prev_hash, hash FROM events WHERE id >= ? ORDER BY id", (last_id,)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                return None
            return Message("a database whose pages do not fit this file")
        if unheld:
            # SQLite's own check, before anything folds it in: a -wal whose
            # pages leave the file's tree damaged reads as damaged here
            try:
                found = conn.execute("PRAGMA quick_check").fetchone()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                    return None
                found = None
            if (found is None or found[0] != "ok") and _sound_alone(path):
                return Message("a database whose pages do not fit this file")
    finally:
        conn.close()
    if meta.get("project_id") != project_id:
        return Message("another project")
    if meta.get("restored", "") != restored:
        return None  # a restore replaced the history since the file's last event
    if not chain or chain[0][0] != last_id or chain[0][2] != last_hash:
        return Message("another copy of this project (its history differs from the file's)")
    for (before_id, _, before_hash), (event_id, prev_hash, _) in itertools.pairwise(chain):
        if event_id != before_id + 1 or prev_hash != before_hash:
            return Message("another copy of this project (its history differs from the file's)")
    return None


def _sound_alone(path: Path) -> bool:
    """The file passes SQLite's quick_check without its -wal: the damage the
    two show together is the -wal's (else the file's own, said as such when
    it is opened, and its -wal not blamed)."""
    try:
        conn = sqlite3.connect(_uri(path, "immutable"), uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _check_writable(path: Path, *, exists: bool) -> None:
    folder = path.parent
    if not folder.is_dir():  # not a read-only folder: no folder at all
        raise InvalidInput(
            "{path}: no such folder {folder}; make it first", path=path, folder=folder
        )
    if exists and not os.access(path, os.W_OK):
        raise ReadOnlyProject(
            "{path} is read-only (permission denied to write it); commands that only read it (verify, stats, history, export) still work",
            path=path,
        )
    if not exists and not os.access(folder, os.W_OK | os.X_OK):
        # no project yet: nothing a reading command could read
        raise ReadOnlyProject(
            "{path}: the folder {folder} cannot be written (read-only, or no permission to write"
            " there), so no project can be made in it: choose a folder you may write",
            path=path,
            folder=folder,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyProject(
            "{path}: its folder is read-only (SQLite keeps its -wal and -shm there); commands that only read it (verify, stats, history, export) still work",
            path=path,
        )
    kind = network_filesystem(folder)
    if kind and not os.environ.get(ALLOW_NETWORK_FS):
        raise ReadOnlyProject(
            "{path} is on a network file system ({kind}), where the locks that keep several writers apart may not work: copy it to a local disk, or set {allow_network_fs}=1 if only this computer ever opens it",
            path=path,
            kind=kind,
            allow_network_fs=ALLOW_NETWORK_FS,
        )


def _uri(path: Path, mode: str) -> str:
    base = path.resolve().as_uri()
    return f"{base}?mode=ro&immutable=1" if mode == "immutable" else f"{base}?mode={mode}"


def read_mode(path: Path) -> str:
    """How to open ``path`` for reading only: ``rw`` (with query_only) where
    this process may write the file and its folder, else ``immutable`` or ``ro``."""
    if immutable_only(path):
        return "immutable"
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    return "rw" if writable else "ro"


def immutable_only(path: Path) -> bool:
    """True where the file can only be read as ``immutable`` (no locks, no
    ``-shm``): no ``-wal`` exists, so nobody has it open to write, and either
    its folder can hold no ``-shm`` (a read-only disk or folder), or nobody may
    write the file at all (no write permission bits). In the second case
    ``mode=ro`` would also work, but would leave a ``-wal`` and ``-shm`` with
    the file's read-only permissions beside it, which would keep its owner
    from writing it later. A ``-wal`` left beside the file holds commits not
    yet in it: then ``mode=ro`` reads them."""
    if Path(f"{path}-wal").exists():
        return False
    writable_by_nobody = not path.stat().st_mode & 0o222
    return writable_by_nobody or not os.access(path.parent, os.W_OK | os.X_OK)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The schema steps recorded in the file. Reading the schema is also how
    the file's kind is told: SQLite refuses a file that is not a database."""
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotAProject(
            "not a Biaozhu project (not a readable SQLite file: {reason})",
            reason=sqlite_reason(exc),
        ) from None
    if not has_table:
        return []
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        )
    ]


def schema_record_problem(applied: list[str]) -> Message | None:
    """What is wrong with a file's record of its schema steps, if anything: this
    version writes them in order, each once, so a record that is not the first
    steps of MIGRATION_NAMES was edited by hand (running the steps it lacks
    again would fail over the tables they made)."""
    if applied == list(MIGRATION_NAMES[: len(applied)]):
        return None
    missing = [name for name in MIGRATION_NAMES[: len(applied)] if name not in applied]
    what = (
        Message("step {step} is missing", step=missing[0])
        if missing
        else Message("its steps are out of order or repeated")
    )
    return Message(
        "the file's record of schema steps ({steps}) is not one Biaozhu writes: {what}"
        " (the record was edited by hand)",
        steps=", ".join(applied),
        what=what,
    )


def migrate(conn: sqlite3.Connection, *, stop_before: str | None = None) -> None:
    """Apply pending schema steps (sqlite-utils Migrations), loading it only when needed."""
    applied = applied_migrations(conn)
    if stop_before is None and tuple(applied) == MIGRATION_NAMES:
        return
    problem = schema_record_problem(applied)
    if problem is not None:
        raise IntegrityError("{problem}; nothing was written", problem=problem)
    from sqlite_utils import Database

    from models.store.schema import migrations

    migrations.apply(Database(conn), stop_before=stop_before)


# SQLite's primary result codes for a read or write the file system refused
SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL = 8, 10, 13
# Less room than this on the project's disk, and SQLite's I/O error on its
# first read is the full disk's: its -shm takes 32 KB at once.
NO_ROOM_BYTES = 64 * 1024


def _refuse_no_room(conn: sqlite3.Connection, path: Path) -> None:
    """A project on a disk with no room left cannot even be read: SQLite makes
    its ``-shm`` (32 KB) beside a file in WAL to read it, and fails with an
    I/O error (SQLITE_IOERR_SHMSIZE), which ``applied_migrations`` called
    "not a readable SQLite file: … the disk or device failed". Said as what
    it is, by the room the file system reports (``statvfs``)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int) or code & 0xFF not in (SQLITE_IOERR, SQLITE_FULL):
            return  # applied_migrations says what the file is
        try:
            folder = os.statvfs(path.resolve().parent)
        except (OSError, AttributeError):
            return
        if folder.f_bavail * folder.f_frsize < NO_ROOM_BYTES:
            raise WriteRefused(
                "{path}: the disk is full: SQLite needs a little room beside the project"
                " (its -shm file) even to read it; nothing was changed (make room on the"
                " disk, then try again)",
                path=path,
            ) from None


def check_schema(conn: sqlite3.Connection, path: Path, *, create: bool = False) -> None:
    """Refuse a file that is not a Biaozhu project, or one from a newer version."""
    _refuse_no_room(conn, path)
    try:
        applied = applied_migrations(conn)
    except NotAProject as exc:
        raise NotAProject("{path} is {exc}", path=path, exc=exc) from None
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if unknown:
        raise ProjectTooNew(
            "{path} was written by a newer Biaozhu (schema {n_applied}, this version knows {schema_version}: unknown step {unknown}); update Biaozhu to open it",
            path=path,
            n_applied=len(applied),
            schema_version=SCHEMA_VERSION,
            unknown=unknown[0],
        )
    if not applied:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables or not create:
            raise NotAProject("{path} is an SQLite file but not a Biaozhu project", path=path)
    # Biaozhu makes no view; one in a project replaces a table (a table's name
    # can name nothing else) and runs whatever query it holds whenever the
    # table is read: a recursive one that never ends kept verify, merge,
    # import and the window's open running until killed.
    view = conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' LIMIT 1").fetchone()
    if view is not None:
        raise IntegrityError(
            "{path}: {name} is a view, which Biaozhu never makes: the file was edited by hand"
            " and is not opened (reading the view would run its query); restore a backup",
            path=path,
            name=view[0],
        )
    tables = schema_tables_problem(conn, applied)
    if tables is not None:
        raise IntegrityError(
            "{path}: {problem}: the file was edited by hand or damaged and is not opened"
            " (Biaozhu reads and writes every table it makes); restore a backup",
            path=path,
            problem=tables,
        )


def schema_tables_problem(conn: sqlite3.Connection, applied: list[str]) -> Message | None:
    """What is wrong with the tables against the record of schema steps, if
    anything: a table a recorded step makes that is gone (dropped or renamed
    with ``sqlite3``: ``verify`` compared merge conflicts and models only
    where their table was, so an open conflict dropped with its table passed,
    and later reads failed on "no such table"), or one that a step the record
    lacks makes (the record cut short: the next write ran that step again)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for step in applied:
        for table in TABLES_OF_STEP.get(step, ()):
            if table not in tables:
                return Message("its {table} table is missing", table=table)
    for step in MIGRATION_NAMES[len(applied) :]:
        for table in TABLES_OF_STEP.get(step, ()):
            if table in tables:
                return Message(
                    "its record of schema steps lacks {step}, though the {table} table"
                    " that step makes is there",
                    step=step,
                    table=table,
                )
    return _ids_step_record_problem(conn, applied)


def _ids_step_record_problem(conn: sqlite3.Connection, applied: list[str]) -> Message | None:
    """Step 4 makes no table: it rebuilds the spans' and suggestions' tables so
    that their ids are never given again, and records the last event before
    it. A record lacking it where the tables were rebuilt and events written
    since was cut by hand: the writer's check of the counter of span ids
    (counters.refuse_lowered_counter) went by the record, so a counter
    lowered with it went through, and the step ran again and put its record
    back. Killed between its end and its record, nothing is written since
    (the step runs before the opening writes): that file opens."""
    from models.store.counters import IDS_KEPT_SINCE, IDS_KEPT_STEP

    if IDS_KEPT_STEP in applied or len(applied) != MIGRATION_NAMES.index(IDS_KEPT_STEP):
        return None
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'annotations'"
    ).fetchone()
    if sql is None or "AUTOINCREMENT" not in str(sql[0]).upper():
        return None  # not rebuilt: the step has not run
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (IDS_KEPT_SINCE,)).fetchone()
    since = int(row[0]) if row is not None and str(row[0]).isdigit() else 0
    (after,) = conn.execute("SELECT count(*) FROM events WHERE id > ?", (since,)).fetchone()
    if not after:
        return None
    return Message(
        "its record of schema steps lacks {step}, though the spans' table that step rebuilds"
        " keeps its ids (AUTOINCREMENT) and {n} {n:event was|events were} written since it ran",
        step=IDS_KEPT_STEP,
        n=after,
    )


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Several reads that see one state of the file: a read transaction (in
    WAL, writers go on meanwhile). Inside a transaction already, that one."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


WaitReporter = Callable[[Path], None]

# Where this process kept the work of each file it let go of, by identity;
# an entry lasts while a connection holds that file open (an inode number is
# given again only to a file made after the last descriptor of the old closed).
_KEPT: dict[tuple[int, int], Path] = {}
_WRITERS: dict[tuple[int, int], int] = {}
_KEPT_LOCK = threading.Lock()

FileIdentity = tuple[int, int]

# Which connection of this process holds each file's write lock now, by the
# file's identity: a write waiting for the lock can tell the process's own
# work (a window's import job) from another process's (``lock_holder``).
_HOLDING: dict[FileIdentity, Transactions] = {}
# Which connection let each file's write lock go last, and when: a write
# waiting for the lock that has not been refused since then still waits for
# that work, not for another process (SQLite's busy handler sleeps between
# its tries, on a loaded machine for much longer than it asks).
_RELEASED: dict[FileIdentity, tuple[weakref.ref[Transactions], float]] = {}
# A waiting write tries for the lock in slices this long, noting the moment
# each is refused: a refusal after this process let the lock go is another
# process holding it.
LOCK_SLICE_MS = 100


def file_identity(path: Path) -> FileIdentity | None:
    """Which file ``path`` names now (device and inode, by ``stat``: the file
    is never opened), or None where it names none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def kept_name(path: Path, stamp: str, n: int) -> Path:
    """Where the work of a replaced project is kept: beside it, named for it
    and the moment (``work.kept-20261205-173000.biaozhu``)."""
    extra = f"-{n}" if n else ""
    return path.with_name(f"{path.stem}.kept-{stamp}{extra}{path.suffix}")


class Transactions:
    """BEGIN IMMEDIATE transactions, nested as savepoints, on one connection.

    IMMEDIATE takes the write lock at once, so two processes writing the same
    project queue on the busy timeout instead of failing on a stale snapshot.
    A wait longer than QUIET_WAIT_MS is reported once through ``on_wait``
    (the CLI prints a line, the window shows it in its status bar); after
    the bound (lock_wait_ms) the write fails with ProjectBusy and nothing is
    written."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        on_reset: Callable[[], None],
        on_wait: Callable[[], WaitReporter | None],
        *,
        readonly: bool = False,
    ):
        self._conn = conn
        self._path = path
        self._on_reset = on_reset
        self._on_wait = on_wait
        self._readonly = readonly
        self._names = itertools.count()
        self._bound_ms = lock_wait_ms()
        # the file this connection opened: a write finding another file (or
        # none) at the path is refused, since it would go where nobody looks
        self._where = path.resolve()
        self._identity = None if readonly else file_identity(self._where)
        self._replaced: ProjectReplaced | None = None
        # what this connection's writes are for, in the words of whoever opened
        # it (the window names its jobs: "Importing files"); "" when unnamed
        self.purpose = ""
        self._waiting = False  # a write here is waiting for the write lock now
        self._waiting_since = 0.0  # since when (monotonic), while waiting
        self._refused_at: float | None = None  # when that wait was last refused
        # asked between the slices of a wait for the write lock (on the thread
        # that waits): True stops the wait with Cancelled, nothing written
        # (the window's cancel of a bulk write that waits for another program)
        self.stop_waiting: Callable[[], bool] | None = None
        if self._identity is not None:
            with _KEPT_LOCK:
                _WRITERS[self._identity] = _WRITERS.get(self._identity, 0) + 1

    def closed(self) -> None:
        """The connection is closing: the file's kept copy is forgotten with
        its last connection in this process."""
        self._let_lock_go()
        identity, self._identity = self._identity, None
        if identity is None:
            return
        with _KEPT_LOCK:
            _WRITERS[identity] -= 1
            if not _WRITERS[identity]:
                del _WRITERS[identity]
                _KEPT.pop(identity, None)

    @contextmanager
    def __call__(self, *, savepoint: bool = True) -> Iterator[None]:
        """``savepoint=False`` is for writers that validate everything before
        their first write: nested in a larger transaction they need no savepoint
        of their own, since any failure after that is an SQLite error that
        aborts the enclosing unit as a whole."""
        self._refuse_if_readonly()
        if self._conn.in_transaction and not savepoint:
            yield
            return
        if self._conn.in_transaction:
            with self._savepoint():
                yield
            return
        self.begin()
        try:
            yield
        except sqlite3.OperationalError as exc:
            self._roll_back_after(exc)
        except BaseException:
            self.rollback()
            raise
        else:
            self.commit()

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
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

    def set_lock_wait(self, ms: int) -> None:
        """Bound the wait for another process's write lock at ``ms`` (the
        window waits less than a command: it says so and stays usable)."""
        if ms < 0:
            raise ValueError(f"a lock wait of {ms} ms")
        self._bound_ms = int(ms)
        self._conn.execute(f"PRAGMA busy_timeout = {self._bound_ms}")

    def begin(self) -> None:
        """Take the write lock (waiting, bounded and reported) and start a
        transaction; for writers that commit in batches (the importer)."""
        self._refuse_if_readonly()
        if self._replaced is not None:
            raise self._replaced
        started = time.monotonic()
        self._waiting_since = started
        self._waiting = True
        try:
            if not self._try_lock_until(started + min(QUIET_WAIT_MS, self._bound_ms) / 1000):
                self._wait_for_lock(started)
        finally:
            self._waiting = False
            self._refused_at = None
            self._conn.execute(f"PRAGMA busy_timeout = {self._bound_ms}")
        # told first: a write waiting for the lock looks at who holds it
        if self._identity is not None:
            with _KEPT_LOCK:
                _HOLDING[self._identity] = self
        self._on_reset()
        # checked holding the lock: a file put at the path by SQLite's own
        # means (a restore) is written in place and keeps its identity
        if self._identity is not None and file_identity(self._where) != self._identity:
            self._conn.execute("ROLLBACK")
            self._let_lock_go()
            self._on_reset()
            raise self._let_go()

    @property
    def waiting_for_lock(self) -> bool:
        """Whether a write on this connection is waiting for the write lock
        now (safe to ask from any thread)."""
        return self._waiting

    def lock_waited(self) -> float | None:
        """How long the write on this connection has been waiting for the
        write lock, in seconds, or None when it is not waiting (safe from any
        thread). A batch writer is "waiting" for a moment at each batch's
        start even when nobody holds the lock: only a wait that lasts says
        someone does."""
        since = self._waiting_since
        return time.monotonic() - since if self._waiting else None

    def lock_holder(self) -> str | None:
        """Who else holds this file's write lock now, as far as this process
        knows (safe from any thread): the ``purpose`` of another connection of
        this process ("" when unnamed), or None when none of them does (another
        process, or nobody)."""
        if self._identity is None:
            return None
        with _KEPT_LOCK:
            holder = _HOLDING.get(self._identity)
            if holder is None and self._identity in _RELEASED:
                last, when = _RELEASED[self._identity]
                refused = self._refused_at
                if refused is None or refused < when:
                    holder = last()
        return None if holder is None or holder is self else holder.purpose

    def _let_lock_go(self) -> None:
        """The transaction ended (committed, rolled back, or the connection closes)."""
        if self._identity is None:
            return
        with _KEPT_LOCK:
            if _HOLDING.get(self._identity) is self:
                del _HOLDING[self._identity]
                _RELEASED[self._identity] = (weakref.ref(self), time.monotonic())

    def path_changed(self) -> bool:
        """Whether the path names another file than the one opened, or none
        (a ``stat``: cheap, and safe from any thread)."""
        if self._replaced is not None or self._identity is None:
            return False
        return file_identity(self._where) != self._identity

    def check_file(self) -> None:
        """Raise ProjectReplaced if the path no longer names the file this
        connection opened (a ``stat``, no lock): for a window that checks now
        and then between writes, so that a replaced file is let go of before
        anything opens the new one."""
        if self._replaced is not None:
            raise self._replaced
        if self._identity is None or file_identity(self._where) == self._identity:
            return
        if self._conn.in_transaction:
            return  # the write under way finds it when it begins its next
        raise self._let_go()

    def _let_go(self) -> ProjectReplaced:
        """The path names another file now, or none. The commits still in the
        -wal (which sits beside the path and so would be read as part of the
        file there) are folded into the file this connection opened, which
        is then copied into a new file beside the path: every commit is kept,
        and nothing more is written here."""
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error:
            pass  # the copy below reads the -wal anyway
        gone = file_identity(self._where) is None
        try:
            kept = self._keep_copy()
        except (OSError, sqlite3.Error, InvalidInput) as exc:
            self._replaced = ProjectReplaced(
                "{path} was replaced, deleted or moved while open here; nothing more is written"
                " to it, and what was saved here could not be copied beside it ({exc})",
                path=self._path,
                exc=sqlite_reason(exc) if isinstance(exc, sqlite3.Error) else exc,
            )
        else:
            self._replaced = (
                ProjectReplaced(
                    "{path} was deleted or moved while open here; nothing more is written to it."
                    " Everything saved here is kept in {kept}: open that file (or the moved one)"
                    " to go on",
                    path=self._path,
                    kept=kept,
                )
                if gone
                else ProjectReplaced(
                    "{path} was replaced by another file while open here; nothing more is"
                    " written to it. Everything saved here is kept in {kept}: go on with that"
                    " file; to bring in the work of the file now at {path}, merge a copy of it"
                    " under another name into {kept} (biaozhu merge)",
                    path=self._path,
                    kept=kept,
                )
            )
        return self._replaced

    def _keep_copy(self) -> Path:
        """One kept file per file let go of, in this process: a second
        connection to it (a job's) finding it replaced too copies it again
        over the same name, since it has seen every commit the first saw."""
        from models.store.backup_copy import copy_database

        with _KEPT_LOCK:
            kept = _KEPT.get(self._identity)
            if kept is None:
                stamp = time.strftime("%Y%m%d-%H%M%S")
                n = 0
                while (kept := kept_name(self._path, stamp, n)).exists():
                    n += 1
            copy_database(self._conn, kept, replace=kept in _KEPT.values())
            _KEPT[self._identity] = kept
        return kept

    def _try_lock_until(self, deadline: float) -> bool:
        """BEGIN IMMEDIATE, tried in slices until ``deadline`` (monotonic):
        whether the lock was taken. Each refused slice is noted, so that
        ``lock_holder`` knows the lock was held after this process let it go;
        after each, ``stop_waiting`` may stop the wait (Cancelled)."""
        while True:
            left_ms = int((deadline - time.monotonic()) * 1000)
            self._conn.execute(f"PRAGMA busy_timeout = {max(0, min(LOCK_SLICE_MS, left_ms))}")
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                self._refused_at = time.monotonic()
            stop = self.stop_waiting
            if stop is not None and stop():
                raise Cancelled("the wait for the write lock was cancelled; nothing was written")
            if left_ms <= LOCK_SLICE_MS:
                return False

    def _wait_for_lock(self, started: float) -> None:
        report = self._on_wait()
        if report is not None:
            report(self._path)
        if not self._try_lock_until(started + self._bound_ms / 1000):
            waited = time.monotonic() - started
            holder = self.lock_holder()
            if holder:  # a job of this process, by the name its window gave it
                raise ProjectBusy(
                    "{path}: this program's own work ({holder}) kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)",
                    path=self._path,
                    holder=holder,
                    waited=waited,
                ) from None
            if holder is not None:
                raise ProjectBusy(
                    "{path}: another window of this program kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)",
                    path=self._path,
                    waited=waited,
                ) from None
            raise ProjectBusy(
                "{path}: another process kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)",
                path=self._path,
                waited=waited,
            ) from None

    def commit(self) -> None:
        """COMMIT; where the file system refuses it, the transaction is rolled
        back (no write lock kept) and WriteRefused says why."""
        if not self._conn.in_transaction:
            # SQLite took the whole transaction back when a write of it failed
            # (the disk full, a file size limit): COMMIT said "cannot commit -
            # no transaction is active", hiding why, where a caller commits
            # what it had after an error (the importer keeps the files read)
            self.rollback()
            raise WriteRefused(
                "{path}: the disk refused to write, and SQLite took back the whole transaction:"
                " nothing of it was written, and the file holds every change before it (is the"
                " disk full or failing, or is a file size limit set?)",
                path=self._path,
            )
        try:
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._roll_back_after(exc)
        self._let_lock_go()

    def _roll_back_after(self, exc: sqlite3.OperationalError) -> NoReturn:
        """A write or its COMMIT failed: roll back (no write lock kept) and
        raise WriteRefused where the file system refused it, else SQLite's
        own error. The one path for both, so they never drift apart."""
        self.rollback()
        refused = self.refused(exc)
        if refused is None:
            raise exc
        raise refused from None

    def refused(self, exc: sqlite3.OperationalError) -> WriteRefused | None:
        """SQLite's failure of a write as the core's words, where the file
        system refused it (SQLite has rolled back or is rolled back here)."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == SQLITE_FULL:
            return WriteRefused(
                "{path}: the disk is full; this change was not written, and the file holds"
                " every change before it (make room on the disk, then try again)",
                path=self._path,
            )
        if code == SQLITE_READONLY:
            # SQLite's own text adds nothing to these words ("attempt to write a
            # readonly database", "disk I/O error") and would be English in any window
            return WriteRefused(
                "{path}: the disk or the file became read-only; this change was not"
                " written, and the file holds every change before it",
                path=self._path,
            )
        if code == SQLITE_IOERR:
            return WriteRefused(
                "{path}: the disk refused to write; this change was not written, and"
                " the file holds every change before it (is the disk full or failing?)",
                path=self._path,
            )
        return None

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        self._let_lock_go()
        self._on_reset()

    def _refuse_if_readonly(self) -> None:
        if self._readonly:
            raise ReadOnlyProject("{path} is open read-only; nothing was written", path=self._path)
