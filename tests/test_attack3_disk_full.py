"""The laptop's disk fills up (attack3), on a small tmpfs mounted for the
test (root only; see tests/test_audit5_disk_full.py for the window's writes
and a file that may grow no more).

Fixed: with no room left at all, no program could open the project, not
even to read it: SQLite makes the project's ``-shm`` (32 KB) beside it to
read a file in WAL, and every command, the window's open included, said
"… is not a Biaozhu project (not a readable SQLite file: input/output error
(the disk or device failed))", sending the curator after a damaged disk or
file. Now: "the disk is full", what it means and what to do, in one line;
with room again everything is there and verifies. Also fixed: a backup or a
restore on a full disk (SQLite's own error, a .partial copy left taking the
room); a ``new`` project a full disk stopped (a half-made file left that the
next ``new`` refused); an older project's schema step on a full disk
("cannot rollback - no transaction is active").

Held (through the command line on a 4 MB tmpfs with 0, 100 and 300 KB
left, and in the window under Xvfb): ``import`` of 48 labelled articles and
``merge`` of a laptop's copy refuse in one line ("the disk is full; this
change was not written…") and commit nothing (the history as before, verify
ok); a ``merge`` whose WAL could not be folded back into the file keeps its
commits in the -wal, and the next open with room has them all; the window's
key on a full disk is refused in a dialog, Retry with room saves again;
``verify``, ``stats``, ``export``, ``merge``, ``agreement`` and ``history``
with SQLite's and Python's temporary folder on a full disk work. An export to a full disk: ``tests/test_export_full_disk.py``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import BiaozhuError
from models.store.backup import backup_dir, make_backup, restore_backup
from models.store.documents import NewDocument
from tests import test_audit5_disk_full as audit5
from tests.gui.conftest import make_project
from tests.test_audit5_disk_full import fill, pending

small_disk = audit5.small_disk  # a 1 MB tmpfs, mounted for the test


def everything(path: Path) -> tuple[int, list[str]]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        gold = sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))
        return p.chain_head().count, gold


@pytest.mark.parametrize("readonly", [True, False])
def test_a_project_on_a_disk_with_no_room_at_all_says_the_disk_is_full(small_disk, readonly):
    path = small_disk / "work.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        for sid in pending(p)[:2]:
            p.accept_suggestion(sid)
    before = everything(path)
    filler = fill(small_disk)
    with pytest.raises(BiaozhuError) as caught:
        Project.open(path, annotator="tester", readonly=readonly).close()
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert "disk is full" in message and "not a Biaozhu project" not in message
    filler.unlink()
    assert everything(path) == before
    with Project.open(path, annotator="tester") as p:
        p.accept_suggestion(pending(p)[0])  # and the next save works
        assert p.verify().ok


@pytest.mark.parametrize("command", ["verify", "stats", "history", "import"])
def test_every_command_says_the_disk_is_full_in_one_line(small_disk, command, capsys, tmp_path):
    path = small_disk / "work.biaozhu"
    make_project(path)
    before = everything(path)
    text = tmp_path / "new.txt"
    text.write_text("园区新增规上工业企业12家。", encoding="utf-8")
    filler = fill(small_disk)
    args = [command, str(path)] + ([str(text)] if command == "import" else [])
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "disk is full" in err, err
    filler.unlink()
    assert everything(path) == before
    assert main(["verify", str(path)]) == 0


def fill_leaving(folder: Path, room: int) -> Path:
    """The disk filled but for ``room`` bytes."""
    filler = fill(folder)
    os.truncate(filler, max(0, filler.stat().st_size - room))
    return filler


def backups(path: Path) -> list[str]:
    """The files in the backups folder, but for the -wal and -shm SQLite
    leaves beside a copy it could not read on a full disk (empty, left
    alone: only SQLite touches them)."""
    return sorted(
        p.name for p in backup_dir(path).iterdir() if not p.name.endswith(("-wal", "-shm"))
    )


@pytest.mark.parametrize("room", [0, 150_000])
def test_a_backup_or_restore_on_a_full_disk_is_refused_in_one_line_and_leaves_nothing(
    small_disk, room
):
    """The copy raised SQLite's own OperationalError (no BiaozhuError: the
    window said only "the disk is full", without which file) and left its
    ``.partial`` file, the room it took kept on the full disk for good (each
    copy has a name of its own); a restore with a little room left raised
    it too, and could leave its copy of what it would have replaced."""
    path = small_disk / "work.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        first = make_backup(p)
        p.accept_suggestion(pending(p)[0])
        before, kept = everything(path), backups(path)
        filler = fill_leaving(small_disk, room)
        for attempt in (lambda: make_backup(p), lambda: restore_backup(p, first)):
            with pytest.raises(BiaozhuError) as caught:
                attempt()
            message = str(caught.value)
            assert "\n" not in message and "disk is full" in message, message
            assert not p.conn.in_transaction
            assert backups(path) == kept  # nothing left beside the copies
            assert everything(path) == before
        filler.unlink()
        assert make_backup(p).exists()
        assert p.verify().ok


def test_closing_on_a_full_disk_loses_nothing(small_disk):
    """The last connection's checkpoint on closing (the -wal folded back into
    the file) meets a full disk: the commits stay where they were, and with
    room again all of them are read and verify."""
    path = small_disk / "work.biaozhu"
    make_project(path)
    p = Project.open(path, annotator="tester")
    for sid in pending(p):
        p.accept_suggestion(sid)
    gold = sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))
    head = p.chain_head()
    filler = fill(small_disk)
    p.close()
    filler.unlink()
    assert everything(path) == (head.count, gold)
    with Project.open(path, annotator="tester") as p:
        assert p.chain_head() == head and p.verify().ok


@pytest.mark.parametrize("room", [0, 40_000, 200_000])
def test_a_project_made_on_a_full_disk_leaves_nothing_behind(small_disk, room, capsys):
    """``biaozhu new`` on a full disk said "database: the disk is full" and
    left what it had made: an empty file, an SQLite file "not a Biaozhu
    project", or a project without its creation event that verify failed;
    each refused by the next ``new`` ("a Biaozhu project already; open it
    instead"). Now nothing is left, and the next ``new`` makes it."""
    path = small_disk / "new.biaozhu"
    filler = fill_leaving(small_disk, room)
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "disk is full" in err, err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    filler.unlink()
    assert main(["new", str(path)]) == 0
    assert main(["verify", str(path)]) == 0


@pytest.mark.parametrize("room", [70_000, 90_000])
def test_an_older_project_brought_up_to_date_on_a_full_disk_says_the_disk_is_full(
    small_disk, room, capsys
):
    """Opening a project of an older schema runs its missing steps; the step
    that rebuilds two tables met the full disk, SQLite rolled it back itself,
    and the step's own ROLLBACK then failed: every command said "database:
    cannot rollback - no transaction is active", hiding the cause."""
    path = small_disk / "old.biaozhu"
    with Project.create(path, annotator="tester", _stop_before="0004_ids_never_reused") as p:
        texts = (f"第{i}篇：今年比亚迪营收{i}亿元，同比增长{i % 17}%。" * 5 for i in range(150))
        p.add_documents([NewDocument(text) for text in texts])
    filler = fill_leaving(small_disk, room)
    with pytest.raises(BiaozhuError) as caught:
        Project.open(path, annotator="tester").close()
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and "disk is full" in message, message
    assert main(["import", str(path), str(path.parent / "none.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "disk is full" in err, err
    filler.unlink()
    with Project.open(path, annotator="tester") as p:
        assert p.document_count() == 150 and p.verify().ok
