"""Rolling backups of a project file, made with SQLite's online backup API.

The app makes one when it opens a project and keeps the last few beside it
in ``<name>.backups/``. Restoring one never rewrites history quietly: the
current state is first saved as a backup of its own, then the chosen copy
is brought back with a ``project.restored`` event appended to it, naming
both files and the last event of each, in one step."""

from __future__ import annotations

import errno
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.errors import BackupRefused, BiaozhuError, Message, ProjectBusy, WriteRefused
from models.store.backup_copy import copy_database
from models.store.connection import BACKED_UP_PATH_MOST, path_bytes
from models.store.counters import CONFLICTS_GIVEN, conflicts_given
from models.store.documents import RESTORE_MARK
from models.store.files import backups_folder_name
from models.store.history import ChainHead, EventWriter, chain_head
from models.system_errors import sqlite_reason

KEEP = 5
SUFFIX = ".biaozhu"


@dataclass(frozen=True)
class Backup:
    path: Path
    time: str
    events: int
    documents: int
    head: ChainHead  # where the project's history stood when the copy was made
    project_id: str = ""
    # Hashes of the project.restored events the copy holds: a restore it does
    # not hold came after it.
    restores: frozenset[str] = frozenset()
    # when the copy was saved, as the clock read then (ISO, UTC; "" unknown):
    # ``saved_time``
    saved: str = ""
    # saved at a time earlier than an older copy's: the clock was set back
    # between them (the list is still in the order the copies were made)
    clock_back: bool = False
    # the file's time where it differs from ``saved`` (ISO, UTC; "" when not):
    # a copy (cp) or touch set it, so it is shown, never taken for ``saved``
    file_time: str = ""


STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMPED = re.compile(r"^(\d{8}T\d{12})Z-")


def _stamp(folder: Path) -> str:
    """The name's stamp of a copy made now in ``folder``: the time, or, when
    the clock reads earlier than the newest copy's stamp (a time sync set a
    laptop's clock back), just after it. Names keep the order copies were
    made in: pruning keeps the newest and the restore dialog lists them so;
    the pruning had deleted the copy just made."""
    now = datetime.now(UTC)
    newest = max(
        (m.group(1) for p in folder.glob(f"*{SUFFIX}") if (m := _STAMPED.match(p.name))),
        default=None,
    )
    if newest is not None:
        try:
            last = datetime.strptime(newest, STAMP[:-1]).replace(tzinfo=UTC)
        except ValueError:
            return now.strftime(STAMP)
        if last >= now:
            now = last + timedelta(microseconds=1)
    return now.strftime(STAMP)


def backup_dir(project_path: Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(backups_folder_name(project_path.name))


def make_backup(project_or_path, keep: int = KEEP, reason: str = "session") -> Path:
    """Copy a project into its backup folder; keep the newest ``keep`` session copies.

    Given an open Project, the copy is read through its connection. Given a
    path, through a read-only Project of this thread (the window makes the
    copy in a background thread while the curator works); either way only
    SQLite touches the live file."""
    from models.store.project import Project

    if hasattr(project_or_path, "backup_to"):
        return _backup(project_or_path, keep, reason)
    with Project.open(project_or_path, readonly=True) as project:
        return _backup(project, keep, reason)


def _too_deep(project) -> Message | None:
    """Why no copy of a project deeper than leaves room for its backups'
    paths (SQLite's longest path) can be made, or None: the copy failed with
    SQLite's "unable to open database file"."""
    whole = path_bytes(project.path)
    if whole <= BACKED_UP_PATH_MOST:
        return None
    return Message(
        "the path of its backups would be too long for SQLite (the project's is {whole}"
        " bytes with its folders; at most {most}): move the project to a folder with a"
        " shorter path",
        whole=whole,
        most=BACKED_UP_PATH_MOST,
    )


def _backup(project, keep: int, reason: str) -> Path:
    deep = _too_deep(project)
    if deep is not None:
        raise WriteRefused("{path}: no backup was made: {reason}", path=project.path, reason=deep)
    folder = backup_dir(project.path)
    folder.mkdir(exist_ok=True)
    stamp = _stamp(folder)
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    project.backup_to(target)
    _prune(folder, keep)
    return target


def _prune(folder: Path, keep: int) -> None:
    sessions = sorted(folder.glob(f"*-session{SUFFIX}"))
    for old in sessions[:-keep] if keep > 0 else sessions:
        old.unlink(missing_ok=True)


# A copy's file time this far from the time it was saved is shown beside it
# (a copy or ``touch`` changed it; a file system keeping whole seconds
# dates a copy a little before its name)
FILE_TIME_SLACK = timedelta(seconds=2)


def _named(path: Path) -> datetime | None:
    m = _STAMPED.match(Path(path).name)
    if m is None:
        return None
    try:
        return datetime.strptime(m.group(1), STAMP[:-1]).replace(tzinfo=UTC)
    except ValueError:
        return None


def _event_time(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def saved_time(backup: Backup, older: Backup | None) -> datetime | None:
    """When a copy was saved, as the clock read then, from what Biaozhu
    recorded: its name's stamp; or, for a copy named just after the one
    before it (``older``: ``_stamp`` moved its name on, the clock reading no
    later than that copy's) that holds changes made since that copy, its last
    event's time where that is earlier: the clock's latest reading the copy
    holds, after a time sync set it back. Never the file's time, which a copy
    (``cp``) or ``touch`` sets to anything: a copy dated 2020 with ``touch``
    was listed as saved in 2020 and every newer copy marked *clock set back*.
    None: a name without a stamp."""
    named = _named(backup.path)
    if named is None:
        return None
    before = _named(older.path) if older is not None else None
    moved_on = before is not None and named - before == timedelta(microseconds=1)
    if moved_on and older is not None and backup.head != older.head:
        changed = _event_time(backup.time)
        if changed is not None and changed < named:
            return changed
    return named


def file_time(path: Path) -> datetime | None:
    """The time the file system gives a copy (shown beside its saved time
    where they differ, never taken for it)."""
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None


def list_backups(project_path: Path) -> list[Backup]:
    """The backups of a project, newest first: in the order they were made
    (their names', ``_stamp``), each with the time it was saved as the clock
    read it then (``saved``), marked ``clock_back`` when that is earlier than
    an older copy's, and with its file's time where that differs from it
    (``file_time``: a copy or ``touch`` changed it)."""
    found = []
    try:
        paths = sorted(backup_dir(project_path).glob(f"*{SUFFIX}"), reverse=True)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
        return []  # a project named too long for a backups folder beside it has none
    for path in paths:
        try:
            found.append(_read_backup(path))
        except sqlite3.DatabaseError:
            continue  # a damaged copy is not offered
    latest: datetime | None = None  # the latest saved time among the older copies
    for i in reversed(range(len(found))):
        older = found[i + 1] if i + 1 < len(found) else None
        when = saved_time(found[i], older)
        back = when is not None and latest is not None and when < latest
        if when is not None and (latest is None or when > latest):
            latest = when
        on_file = file_time(found[i].path)
        differs = on_file is not None and (when is None or abs(on_file - when) > FILE_TIME_SLACK)
        found[i] = replace(
            found[i],
            saved=when.isoformat(timespec="microseconds") if when else "",
            clock_back=back,
            file_time=on_file.isoformat(timespec="microseconds") if differs else "",
        )
    return found


def _read_backup(path: Path) -> Backup:
    # immutable: nothing writes a backup, and reading it leaves no -wal or -shm
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        # the last change made (the last event), whatever times the clock gave;
        # read only if it is the size of a time (a copy in the folder may hold
        # anything: a time grown to 200 MB took verify of the project 440 MB)
        row = conn.execute("SELECT max(id) FROM events").fetchone()
        when = _short_text(conn, "events", "time", row[0]) if row and row[0] else ""
        row = conn.execute("SELECT rowid FROM meta NOT INDEXED WHERE key = 'project_id'").fetchone()
        row = (_short_text(conn, "meta", "value", row[0]),) if row else None
        restores = frozenset(
            r[0] for r in conn.execute("SELECT hash FROM events WHERE action = 'project.restored'")
        )
        head = chain_head(conn)
    finally:
        conn.close()
    return Backup(path, when, head.count, docs, head, row[0] if row else "", restores)


SHORT_TEXT_BYTES = 1000  # a time, a project id: far less


def _short_text(conn: sqlite3.Connection, table: str, column: str, rowid: int) -> str:
    """A short text value, read through SQLite's blob handle only when it is
    short ("" when it is not, or not text)."""
    try:
        with conn.blobopen(table, column, rowid, readonly=True) as blob:
            if len(blob) > SHORT_TEXT_BYTES:
                return ""
            return blob.read().decode("utf-8", "replace")
    except sqlite3.Error:
        return ""


def _refusal(source, project_id: str) -> Message | None:
    """Why the backup open as ``source`` is not restored into the project
    ``project_id``, in one line without the file's name, or None. A backup
    becomes the project, so it must pass what ``biaozhu verify`` checks
    (integrity, triggers, chain, tables replayed from the history), not only
    SQLite's integrity: a copy edited or cut by hand would otherwise become
    a history no one can tell was rewritten."""
    from models.store.verify import verify_project  # verify imports this module

    if source.project_id != project_id:  # a file copied into the folder
        return Message("a copy of another project")
    report = verify_project(source.conn)
    if not report.ok:
        return Message("does not verify: {problem}", problem=report.problems[0])
    return None


def backup_refusal(backup: Path, project_id: str) -> Message | BiaozhuError | None:
    """What ``restore_backup`` would refuse ``backup`` for (into the project
    ``project_id``), in one line without the file's name, or None when it
    would restore it: the window marks the copies it cannot offer. As slow
    as ``verify`` on the copy: run it off the window's thread."""
    from models.store.project import Project

    try:
        with Project.open(backup, readonly=True) as source:
            return _refusal(source, project_id)
    except BiaozhuError as exc:
        return exc


# Pages a restore copies into the project per step of SQLite's online backup.
STEP_PAGES = 1024
# Times a restore tries again when another process wrote the project between
# the moment it read what it replaces and the moment it held the write lock.
RESTORE_ATTEMPTS = 20


class _Changed(Exception):
    """The project is no longer what the restore read of it."""


def restore_backup(project, backup: Path) -> Path:
    """Bring ``backup`` back into the open project; returns the backup of the state
    it replaced. The project stays open on the restored content. A copy that
    is not restored (not one of the project's backups, not a project, another
    project's, one that does not verify) raises ``BackupRefused`` before
    anything is changed.

    The file goes from what it was to the restored project in one step
    (``_replace``): a crash leaves one or the other, never the restored copy
    without its event or its id counters; and the copy of what it replaces
    is saved with the project's write lock held, so that no other process's
    work is committed between it and the restore (lost from both files)."""
    from models.store.project import Project

    backup = Path(backup)
    if backup.parent != backup_dir(project.path):
        raise BackupRefused("{backup} is not one of this project's backups", backup=backup)
    deep = _too_deep(project)
    if deep is not None:
        raise WriteRefused(
            "{backup_name} was not restored: {reason}", backup_name=backup.name, reason=deep
        )
    # Opening refuses non-projects and newer files.
    try:
        source = Project.open(backup, readonly=True, annotator=project.annotator)
    except BiaozhuError as exc:
        raise BackupRefused(
            "{backup_name} was not restored: {exc}", backup_name=backup.name, exc=exc
        ) from None
    with source:
        refusal = _refusal(source, project.project_id)
        if refusal is not None:
            raise BackupRefused(
                "{backup_name} was not restored: {refusal}",
                backup_name=backup.name,
                refusal=refusal,
            )
        for _attempt in range(RESTORE_ATTEMPTS):
            try:
                saved = _replace(project, source, backup.name)
            except (sqlite3.Error, WriteRefused) as exc:
                # a full disk (the scratch copy, the copy of what it replaces,
                # the copy into the project): rolled back, and said in one line
                reason = exc if isinstance(exc, WriteRefused) else sqlite_reason(exc)
                raise WriteRefused(
                    "{backup_name} was not restored: {reason}; the project is as it was",
                    backup_name=backup.name,
                    reason=reason,
                ) from None
            if saved is not None:
                break
        else:
            raise ProjectBusy(
                "{backup_name} was not restored: other processes kept writing"
                " {project_name}; try again when they are done",
                backup_name=backup.name,
                project_name=project.path.name,
            )
    project._texts.clear()
    project._forget_cached_state()
    return saved


def _replace(project, source, name: str) -> Path | None:
    """Replace the project's content with the backup open as ``source``, plus
    the ``project.restored`` event and the id counters carried on from what
    it replaces, in one write transaction: SQLite's online backup into the
    project of a scratch copy that holds all three. What it replaces is read
    and saved as a backup of its own with the project's write lock held; the
    lock is let go for the online backup to take it, and after its first
    step (the lock held to its commit) the project must still be what was
    read: otherwise nothing is written, and None. Returns the saved copy."""
    restored = source.chain_head()
    folder = backup_dir(project.path)
    folder.mkdir(exist_ok=True)
    stamp = _stamp(folder)
    saved = folder / f"{stamp}-before-restore{SUFFIX}"
    scratch = folder / f"{stamp}-restoring.tmp"
    reader = sqlite3.connect(project.path.resolve().as_uri() + "?mode=ro", uri=True)
    conn = sqlite3.connect(scratch, isolation_level=None)
    try:
        source.conn.backup(conn)
        conn.execute("PRAGMA synchronous = OFF")  # a scratch copy, copied on in one step
        with project.transaction():  # the write lock: nothing else is committed meanwhile
            replaced, given = chain_head(project.conn), _ids_given(project.conn)
            conflicts = conflicts_given(project.conn)
            copy_database(reader, saved)  # the last commit: the state read
        conn.execute("BEGIN IMMEDIATE")
        _never_give_again(conn, given)
        EventWriter(conn, project.project_id).append(
            project.annotator,
            "project.restored",
            None,
            name,
            # the conflict numbers it had given, never given again (merge)
            {
                "events_tail": replaced.hash,
                "events": replaced.count,
                "saved_as": saved.name,
                CONFLICTS_GIVEN: conflicts,
            },
            {"events_tail": restored.hash, "events": restored.count, "from": name},
        )
        # other processes' caches of the texts hold documents this takes away
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (RESTORE_MARK, chain_head(conn).hash),
        )
        conn.execute("COMMIT")
        checked = False

        def still_as_read(_status: int, _remaining: int, _pages: int) -> None:
            nonlocal checked
            if not checked:
                checked = True
                if chain_head(reader) != replaced:
                    raise _Changed()

        # Less than the whole file per step, so that the first step ends before
        # the commit (a project has a page for each of its tables: never one).
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        try:
            conn.backup(
                project.conn,
                pages=max(1, min(STEP_PAGES, pages // 2)),
                progress=still_as_read,
                sleep=0.001,
            )
        except _Changed:
            saved.unlink()  # a copy of the project as it no longer is
            return None
        return saved
    except BaseException:
        # nothing was restored (a full disk fails any of the copies): no copy
        # of what it replaced is kept either
        saved.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
        reader.close()
        scratch.unlink(missing_ok=True)


def _ids_given(conn: sqlite3.Connection) -> dict[str, int]:
    """The last span and suggestion ids the file gave, whether or not their
    rows are still there (AUTOINCREMENT's counters)."""
    from models.store.counters import IDS_NEVER_REUSED

    given: dict[str, int] = {}
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    ).fetchone():
        return given
    for table in IDS_NEVER_REUSED:
        row = conn.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
            f" coalesce((SELECT max(id) FROM {table}), 0))",
            (table,),
        ).fetchone()
        given[table] = row[0]
    return given


def _never_give_again(conn: sqlite3.Connection, given: dict[str, int]) -> None:
    """After a restore, the counters go on from where the replaced history had
    taken them: an id it gave (a span a window may still show) is never the
    id of another span or suggestion. (A copy from before ids were never
    reused has no counters to carry on.)"""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    ).fetchone():
        return
    for table, last in given.items():
        updated = conn.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (last, table)
        ).rowcount
        if not updated and last:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, last))
