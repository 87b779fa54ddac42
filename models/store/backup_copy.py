"""Copying an open project into a new file through its own connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.errors import InvalidInput
from models.store.history import ChainHead, chain_head


def copy_database(source: sqlite3.Connection, dest: Path) -> ChainHead:
    """SQLite's online backup of ``source`` into ``dest`` (a new file), read
    through ``source`` itself: a consistent snapshot, and no second descriptor
    on the live file. Returns the chain head the copy holds."""
    if dest.exists():
        raise InvalidInput("{dest} already exists; a copy goes to a new file", dest=dest)
    if source.in_transaction:
        # sqlite3's backup would wait for the source forever: it is this very writer
        raise InvalidInput("a copy is made between writes, not inside a transaction")
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
        return chain_head(target)
    finally:
        target.close()
