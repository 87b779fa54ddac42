"""A restore killed or written around: the file is the project before the
restore or the restored one with its event and its id counters carried on,
never something between; and work another process commits while a restore
runs is in the copy the restore saves of what it replaced (nothing committed
is lost)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from models import Project
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
# replaced the file's content: after the first copy the restore makes of the
# project (the one it saves), the next thing the project forgets is its cache
# of the file's content, which a restore does right after replacing it.
KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path
from models import Project
from models.store import backup

project = Project.open(sys.argv[1], annotator="alice")
made = backup.make_backup

def make_then_arm(*args, **kwargs):
    saved = made(*args, **kwargs)
    project._forget_cached_state = lambda: os.kill(os.getpid(), signal.SIGKILL)
    return saved

backup.make_backup = make_then_arm
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


def test_work_committed_by_another_process_during_a_restore_is_in_the_copy_it_saves(
    tmp_path, monkeypatch
):
    """A span committed elsewhere after the restore had saved the project
    (its before-restore copy) and before it replaced the file was in neither:
    lost."""
    path = tmp_path / "p.biaozhu"
    saved, _ = project_with_a_backup(path)
    made = backups.make_backup
    written: list[int] = []

    def another_process_writes() -> None:
        with Project.open(path, annotator="bob") as other:
            doc = other.document_ids()[0]
            written.append(other.add_span(doc, *at("比亚迪"), "COMPANY").id)

    def make_then_someone_writes(*args, **kwargs):
        copy = made(*args, **kwargs)
        if not written:
            writer = threading.Thread(target=another_process_writes)  # its own connection
            writer.start()
            writer.join()
        return copy

    monkeypatch.setattr(backups, "make_backup", make_then_someone_writes)
    with Project.open(path, annotator="alice") as p:
        before_restore = restore_backup(p, saved)
        assert p.verify().ok
        after = p.add_span(p.document_ids()[0], *at("2024年"), "METRIC")
        assert after.id > written[0]
    with Project.open(before_restore, readonly=True) as copy:
        spans = copy.annotations(copy.document_ids()[0], "bob")
        assert [(s.id, s.text) for s in spans] == [(written[0], "比亚迪")]
