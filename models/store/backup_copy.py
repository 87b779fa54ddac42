"""Copying an open project into a new file through its own connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.errors import InvalidInput, WriteRefused
from models.store.history import ChainHead, chain_head
from models.system_errors import sqlite_reason

PARTIAL = ".partial"


def copy_database(source: sqlite3.Connection, dest: Path, *, replace: bool = False) -> ChainHead:
    """SQLite's online backup of ``source`` into ``dest`` (a new file), read
    through ``source`` itself: a consistent snapshot, and no second descriptor
    on the live file. Returns the chain head the copy holds. ``dest`` appears
    when the copy is complete; with ``replace``, in place of a copy made
    before of the same file (a later snapshot of it holds all that one did)."""
    if dest.exists() and not replace:
        raise InvalidInput("{dest} already exists; a copy goes to a new file", dest=dest)
    if source.in_transaction:
        # sqlite3's backup would wait for the source forever: it is this very writer
        raise InvalidInput("a copy is made between writes, not inside a transaction")
    # Written under a name no one reads as a copy, and given its own when
    # finished: a copy killed half-way is never taken for one.
    partial = dest.with_name(dest.name + PARTIAL)
    partial.unlink(missing_ok=True)  # left by a copy killed before
    target = None
    try:
        target = sqlite3.connect(partial)
        source.backup(target)
        head = chain_head(target)
    except sqlite3.Error as exc:
        if target is not None:
            target.close()
        # a full disk: the part written is room the disk needs, under a name
        # no later copy takes
        partial.unlink(missing_ok=True)
        raise WriteRefused(
            "{dest}: the copy was not made ({reason}); the project is as it was",
            dest=dest,
            reason=sqlite_reason(exc),
        ) from None
    finally:
        if target is not None:
            target.close()
    partial.replace(dest)
    return head
