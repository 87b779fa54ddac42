"""Which files belong to SQLite: told by name and by what sits beside them,
never by reading them.

Reading a live project file (or its ``-wal``/``-shm``) from Python and
closing it drops every SQLite lock the process holds on it (see
connection.py); so a walk over a folder, such as an import, leaves them
alone, together with the backup folders beside projects."""

from __future__ import annotations

from pathlib import Path

from models.errors import Message

SQLITE_SUFFIXES = (".biaozhu", ".db", ".db3", ".sqlite", ".sqlite3")
COMPANIONS = ("-wal", "-shm", "-journal")
BACKUPS_SUFFIX = ".backups"


def backups_folder_name(project_name: str) -> str:
    """The folder beside a project where its backups are kept."""
    return project_name + BACKUPS_SUFFIX


def is_backups_folder(folder: Path) -> bool:
    return folder.name.endswith(BACKUPS_SUFFIX)


def why_sqlite_owned(path: Path) -> Message | None:
    """Why ``path`` must not be opened by anything but SQLite, ending "only
    SQLite may open it", or None (words the window translates; ``str()`` is
    the English)."""
    name = path.name
    for companion in COMPANIONS:
        if name.endswith(companion):
            return Message("an SQLite {kind} file: only SQLite may open it", kind=companion[1:])
    if path.suffix.lower() in SQLITE_SUFFIXES:
        return Message("an SQLite database file (by its name): only SQLite may open it")
    if any(Path(f"{path}{companion}").exists() for companion in COMPANIONS):
        return Message(
            "an SQLite database in use (its -wal, -shm or -journal is beside it):"
            " only SQLite may open it"
        )
    if any(part.endswith(BACKUPS_SUFFIX) for part in path.parent.parts):
        return Message("inside a project's backups folder: only SQLite may open it")
    return None
