"""Rolling backups of a project file, made with SQLite's online backup API.

The app makes one when it opens a project and keeps the last few beside it
in ``<name>.backups/``. Restoring one never rewrites history quietly: the
current state is first saved as a backup of its own, then the chosen copy
is brought back and a ``project.restored`` event is appended to it, naming
both files and the last event of each."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.errors import InvalidInput
from models.store.connection import connect
from models.store.history import last_hash

KEEP = 5
SUFFIX = ".biaozhu"


@dataclass(frozen=True)
class Backup:
    path: Path
    time: str
    events: int
    documents: int


def backup_dir(project_path: Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + ".backups")


def make_backup(project_or_path, keep: int = KEEP, reason: str = "session") -> Path:
    """Copy a project into its backup folder; keep the newest ``keep`` session copies.

    Given a path, it reads through a connection of its own, so the app can
    make the copy in a background thread while the curator works."""
    own = not hasattr(project_or_path, "conn")
    path = Path(project_or_path) if own else project_or_path.path
    source = connect(path, create=False) if own else project_or_path.conn
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        if own:
            source.close()
    _prune(folder, keep)
    return target


def _prune(folder: Path, keep: int) -> None:
    sessions = sorted(folder.glob(f"*-session{SUFFIX}"))
    for old in sessions[:-keep] if keep > 0 else sessions:
        old.unlink(missing_ok=True)


def list_backups(project_path: Path) -> list[Backup]:
    """The backups of a project, newest first."""
    found = []
    for path in sorted(backup_dir(project_path).glob(f"*{SUFFIX}"), reverse=True):
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
                docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                when = conn.execute("SELECT coalesce(max(time), '') FROM events").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue  # a damaged copy is not offered
        found.append(Backup(path, when, events, docs))
    return found


def restore_backup(project, backup: Path) -> Path:
    """Bring ``backup`` back into the open project; returns the backup of the state
    it replaced. The project stays open on the restored content."""
    backup = Path(backup)
    if backup.parent != backup_dir(project.path):
        raise InvalidInput(f"{backup} is not one of this project's backups")
    source = connect(backup, create=False)  # refuses non-projects and newer files
    try:
        if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise InvalidInput(f"{backup} is damaged and cannot be restored")
        restored_tail = last_hash(source)
        saved = make_backup(project, reason="before-restore")
        replaced_tail = last_hash(project.conn)
        source.backup(project.conn)
    finally:
        source.close()
    project._texts.clear()
    project._forget_cached_state()
    with project.transaction():
        project.events.append(
            project.annotator,
            "project.restored",
            None,
            backup.name,
            {"events_tail": replaced_tail, "saved_as": saved.name},
            {"events_tail": restored_tail, "from": backup.name},
        )
    return saved
