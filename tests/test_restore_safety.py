"""A restore killed or written around: the file is the project before the
restore or the restored one with its event and its id counters carried on,
never something between; and work another process commits while a restore
runs is in the copy the restore saves of what it replaced (nothing committed
is lost)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models import Project, Suggestion
from models.store import backup as backups
from models.store.backup import make_backup, restore_backup

REPO = Path(__file__).resolve().parents[1]
TEXT = "2024年,比亚迪抚州基地实现工业营收932.4亿元,同比增长13.7%。"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def project_with_a_backup(path: Path) -> tuple[Path, int]:
    """A project, a session backup of it, then a span made after the backup:
    (the backup, the id of that span)."""
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at("932.4亿元"), "METRIC")
        saved = make_backup(p)
        return saved, p.add_span(doc, *at("13.7%"), "METRIC").id


# Restores the backup given and is killed (SIGKILL) the moment the restore has
# replaced the file's content: the next thing it does is forget the project's
# cache of that content.
KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path
from models import Project
from models.store import backup

project = Project.open(sys.argv[1], annotator="alice")
project._forget_cached_state = lambda: os.kill(os.getpid(), signal.SIGKILL)
backup.restore_backup(project, Path(sys.argv[2]))
"""


def test_a_restore_killed_once_the_file_is_replaced_leaves_a_file_that_verifies(tmp_path):
    """The restore copied the backup over the file, then wrote its event and
    carried the id counters on in a second transaction: killed between the
    two, the file failed verify (the before-restore copy's head 'truncated or
    rewritten') and gave span id 2, which the window had shown as 13.7%, to
    the next span."""
    path = tmp_path / "p.biaozhu"
    saved, shown = project_with_a_backup(path)
    run = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(path), str(saved)], cwd=REPO, check=False
    )
    assert run.returncode == -9
    with Project.open(path, annotator="alice") as p:
        report = p.verify()
        assert report.ok, report.problems
        assert [e.action for e in p.history()][-1] == "project.restored"
        assert [s.text for s in p.annotations(p.document_ids()[0])] == ["932.4亿元"]
        later = p.add_span(p.document_ids()[0], *at("2024年"), "METRIC")
        assert later.id > shown


def test_work_another_process_commits_during_restores_is_never_lost(tmp_path):
    """A restore saved the project (its before-restore copy), then replaced the
    file: what another process committed in between was in neither file. Five
    restores while a burst of edits runs: every event it reported committed
    is in the project or in a copy a restore saved."""
    path = tmp_path / "p.biaozhu"
    saved, _ = project_with_a_backup(path)
    with Project.open(path, annotator="alice") as p:
        doc = p.document_ids()[0]
        p.store_suggestions(doc, [Suggestion(*at("比亚迪"), "COMPANY", "比亚迪", 0.9, "t", "1")])
    writer = subprocess.Popen(
        [sys.executable, "tests/crash/edit_burst.py", str(path), "1", "100000"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(writer.stdout), daemon=True)
    reader.start()
    try:
        while not lines:  # the writer is writing
            time.sleep(0.05)
        with Project.open(path, annotator="alice") as p:
            copies = [restore_backup(p, saved) for _ in range(5)]
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        reader.join(timeout=10)
    kept = set()
    for copy in [path, *copies]:
        with Project.open(copy, readonly=True) as p:
            kept |= {e.hash for e in p.history()}
            assert p.verify().ok
    reported = [line.split()[2] for line in lines if line.startswith("committed ")]
    assert reported and [h for h in reported if h not in kept] == []


# Makes a backup and is killed (SIGKILL) once SQLite has copied the pages,
# before the copy is finished (its chain head read, its connection closed).
KILLED_BACKUP = """
import os, signal, sys
from models import Project
from models.store import backup_copy

project = Project.open(sys.argv[1], annotator="alice")
backup_copy.chain_head = lambda conn: os.kill(os.getpid(), signal.SIGKILL)
backup_copy.copy_database(project.conn, backup_copy.Path(sys.argv[2]))
"""


def test_a_copy_killed_before_it_is_finished_is_not_found_as_a_backup(tmp_path):
    """A backup killed mid-copy was left under its name in the backups folder,
    where the window's Backups dialog and verify read it as one."""
    path = tmp_path / "p.biaozhu"
    saved, _ = project_with_a_backup(path)
    target = saved.with_name("20300101T000000000000Z-session.biaozhu")
    run = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(path), str(target)], cwd=REPO, check=False
    )
    assert run.returncode == -9
    assert not target.exists()
    assert [b.path for b in backups.list_backups(path)] == [saved]
