"""Files that appear whole or not at all: written under a temporary name in
the folder they belong to, flushed to disk, then renamed over the target."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from models.durable import fsync_file, fsync_folder

TEMP_MARK = ".tmp-"


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """``write(temp)`` fills a temporary file beside ``target``, which then
    replaces ``target`` in one rename. A process killed before the rename
    leaves ``target`` as it was (and a temporary file for the next run to
    sweep away)."""
    temp = target.with_name(f".{target.name}{TEMP_MARK}{uuid.uuid4().hex[:12]}")
    try:
        write(temp)
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def sweep_temporary(folder: Path) -> int:
    """Remove what killed writers left behind in ``folder``; returns how many."""
    removed = 0
    for path in folder.glob(f".*{TEMP_MARK}*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed
