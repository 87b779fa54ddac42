"""A restore forged into a history rewritten with ``sqlite3``: each backup in
``PROJECT.backups/`` is a head written down outside the file, and ``verify``
fails when a backup's head is no longer in the history, unless the two
histories part at a restore made here (the backup then holds the history
that restore replaced). One ``project.restored`` event inserted where the
rewrite begins, its record of what it brought back mended to the event
before it and the chain recomputed after, excused every backup: ``biaozhu
verify`` said "ok" on a history whose past was rewritten, with the
session's backup beside it saying otherwise.

A restore saves the history it replaces as a copy of its own
(``…-before-restore.biaozhu``) and records that copy's head: a backup is
now excused only by a restore whose copy of the history it replaced is
there, with that head, and holds the backup's head (or parts from it at a
restore of its own that excuses it). Legitimate restores, one after
another, still verify."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from desktop.cli import main
from models import Project
from models.store.backup import make_backup, restore_backup
from models.store.history import dumps
from models.store.triggers import GUARDS as TRIGGERS
from tests.test_tamper import GUARDS, rechain
from tests.test_verify import TEXT, at


def project_with_a_backup(path: Path) -> Path:
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        p.add_span(doc, *at(TEXT, "932.4亿元"), "METRIC")
        backup = make_backup(p)
        p.set_status(doc, "in_progress")
    return backup


def forge_a_restore_before(path: Path, position: int) -> None:
    """A project.restored event put at ``position`` (the events from there on
    move one up), recording the event before it as the head it brought
    back, as a real restore does; the chain recomputed, the guards put back."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        (prev,) = conn.execute("SELECT hash FROM events WHERE id = ?", (position - 1,)).fetchone()
        (project_id,) = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
        conn.execute("UPDATE events SET id = -id WHERE id >= ?", (position,))
        conn.execute("UPDATE events SET id = 1 - id WHERE id < 0")
        conn.execute(
            "INSERT INTO events (id, time, annotator, action, doc_id, target, before, after,"
            " origin, origin_hash, prev_hash, hash) VALUES (?, ?, 'alice', 'project.restored',"
            " NULL, NULL, ?, ?, ?, NULL, '', 'forged')",
            (
                position,
                "2026-12-06T00:00:00.000000Z",
                dumps({"events": 99, "events_tail": "f" * 64, "saved_as": "gone.biaozhu"}),
                dumps({"events": position - 1, "events_tail": prev, "from": "old.biaozhu"}),
                project_id,
            ),
        )
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))
    finally:
        conn.close()


def test_a_forged_restore_does_not_excuse_the_backups(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    backup = project_with_a_backup(path)
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()
    (span_added,) = (
        sqlite3.connect(path)
        .execute("SELECT max(id) FROM events WHERE action = 'span.added'")
        .fetchone()
    )
    forge_a_restore_before(path, span_added)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"the backup {backup.name} holds head" in err, err


def test_restores_one_after_another_still_verify(tmp_path, capsys):
    """Backups of histories two restores replaced, each held to the copy its
    restore saved (one of them reached only through the other)."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        early = make_backup(p)
        time.sleep(0.01)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        make_backup(p)  # of the first history
        time.sleep(0.01)
        restore_backup(p, early)
        p.add_span(doc, *at(TEXT, "932.4亿元"), "METRIC")
        make_backup(p)  # of the second
        time.sleep(0.01)
        restore_backup(p, early)  # the first history is now reached through the second's copy
        p.set_status(doc, "in_progress")
        assert p.verify().ok, p.verify().problems
    assert main(["verify", str(path)]) == 0
