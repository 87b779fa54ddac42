"""Making written files and renames reach the disk (fsync), for the writers
that publish files atomically: exports and corpus partitions. Never used on
a project file, which only SQLite touches."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush one written file's data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable. Windows cannot open a folder,
    and some file systems refuse to flush one: there the rename is as durable
    as the system makes it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
