"""What the attack tests do to a project file, once: edit a copy with
``sqlite3`` as an attacker would (the history's guards dropped), grow an
event, forge a gold label, and run a reader in a child process whose peak
memory is its own (its last line of output, JSON)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

GUARDS = (
    "DROP TRIGGER IF EXISTS events_append_only_update;"
    "DROP TRIGGER IF EXISTS events_append_only_delete;"
)
ROOT = Path(__file__).resolve().parent.parent


def edited_copy(
    original: Path,
    tmp_path: Path,
    edit: Callable[[sqlite3.Connection], object],
    name: str = "e.biaozhu",
) -> Path:
    """A copy of ``original`` in ``tmp_path`` with ``edit`` run on it,
    the history's guards dropped first."""
    path = tmp_path / name
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        edit(conn)
    finally:
        conn.close()
    return path


def grow_event(conn: sqlite3.Connection, event: int, by: int) -> None:
    """``event``'s payload grown by ``by`` bytes, still JSON."""
    conn.execute(
        "UPDATE events SET after = json_set(after, '$.pad', printf('%.*c', ?, 'x')) WHERE id = ?",
        (by, event),
    )
    assert conn.execute("SELECT changes()").fetchone()[0] == 1


def forge_label(conn: sqlite3.Connection, annotator: str | None = None) -> int:
    """The first COMPANY span (``annotator``'s, or anyone's) relabelled
    POLICY in its row and its event, the chain left as it was; the event's id."""
    (span,) = conn.execute(
        "SELECT min(id) FROM annotations WHERE label = 'COMPANY' AND (? IS NULL OR annotator = ?)",
        (annotator, annotator),
    ).fetchone()
    conn.execute("UPDATE annotations SET label = 'POLICY' WHERE id = ?", (span,))
    conn.execute(
        'UPDATE events SET after = replace(after, \'"label":"COMPANY"\','
        " '\"label\":\"POLICY\"') WHERE action = 'span.added' AND target = ?",
        (str(span),),
    )
    assert conn.execute("SELECT changes()").fetchone()[0] == 1
    (event,) = conn.execute(
        "SELECT id FROM events WHERE action = 'span.added' AND target = ?", (str(span),)
    ).fetchone()
    return event


def last_json(script: str, *args: str | Path, env: dict[str, str] | None = None) -> dict:
    """Run ``script`` in a child Python from the repository's root; what its
    last line printed, as JSON (the child must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def grown_copy(
    original: Path, tmp_path: Path, where: str, params: tuple = (), by: int = 120_000_000
) -> tuple[Path, int]:
    """A copy of ``original`` whose first event matching ``where`` (SQL on
    ``events``) is grown by ``by`` bytes, still JSON; that event's id."""
    found: list[int] = []

    def grow(conn: sqlite3.Connection) -> None:
        (event,) = conn.execute(f"SELECT min(id) FROM events WHERE {where}", params).fetchone()
        grow_event(conn, event, by)
        found.append(event)

    path = edited_copy(original, tmp_path, grow, "g.biaozhu")
    return path, found[0]
