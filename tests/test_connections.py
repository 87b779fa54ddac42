"""One way into a project file: SQLite only, one connection per file and
thread, opened and closed in one place (issue 12, item 1)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from models import Project
from models.errors import NotAProject
from models.io.importers import ImportOptions, import_paths
from models.store.registry import REGISTRY

REPO = Path(__file__).resolve().parents[1]
IMPORT = [sys.executable, "-m", "desktop", "import"]
TEXT = "比亚迪抚州基地投产,全年实现工业营收932.4亿元。"


def in_thread(fn):
    result: list = []
    worker = threading.Thread(target=lambda: result.append(_outcome(fn)))
    worker.start()
    worker.join()
    kind, value = result[0]
    if kind == "error":
        raise value
    return value


def _outcome(fn):
    try:
        return ("ok", fn())
    except BaseException as exc:
        return ("error", exc)


def test_a_thread_opening_a_project_twice_shares_one_connection(tmp_path):
    path = tmp_path / "p.biaozhu"
    first = Project.create(path, annotator="alice")
    second = Project.open(path, annotator="bob")
    assert second.conn is first.conn
    assert REGISTRY.open_paths().count(str(path.resolve())) == 1
    doc, _ = second.add_document(TEXT)
    with first.transaction():  # both append to one chain, even inside one transaction
        first.add_span(doc, 0, 3, "COMPANY")
        second.set_status(doc, "done")
        first.add_span(doc, 13, 20, "METRIC")
    first.close()
    assert second.annotations(doc, "alice")  # the connection stays while one user is left
    assert second.verify().ok
    second.close()
    assert str(path.resolve()) not in REGISTRY.open_paths()


def test_another_thread_gets_its_own_connection_and_cannot_use_ours(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.add_document(TEXT)
        theirs = in_thread(lambda: _count_and_close(path))
        assert theirs == 1
        with pytest.raises(sqlite3.ProgrammingError, match="thread"):
            in_thread(lambda: project.document_count())


def _count_and_close(path: Path) -> int:
    with Project.open(path, readonly=True) as other:
        return other.document_count()


def test_a_closed_project_says_so(tmp_path):
    project = Project.create(tmp_path / "p.biaozhu")
    project.close()
    project.close()  # twice is harmless
    with pytest.raises(Exception, match="was closed"):
        project.document_count()


def test_not_a_project_is_told_by_sqlite_in_one_line(tmp_path):
    junk = tmp_path / "junk.biaozhu"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotAProject, match="not a Biaozhu project") as refused:
        Project.open(junk)
    assert "\n" not in str(refused.value)
    empty = tmp_path / "empty.biaozhu"
    empty.touch()
    with pytest.raises(NotAProject, match="empty"):
        Project.open(empty)
    assert empty.stat().st_size == 0
    with pytest.raises(NotAProject, match="no such project file"):
        Project.open(tmp_path / "missing.biaozhu", readonly=True)


AUDIT = r"""
import json, sys, threading
from pathlib import Path
sys.path.insert(0, sys.argv[2])
folder = Path(sys.argv[1])
watched = str(folder / "p.biaozhu")
opened = []

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        name = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        if name.startswith(watched):
            opened.append(name)

sys.addaudithook(hook)
from models import Project
from models.io.importers import ImportOptions, import_paths
from models.review.merge import merge_project
from models.store.backup import make_backup

project = Project.open(watched, annotator="window")
doc = project.document_ids()[0]
project.add_span(doc, 0, 3, "COMPANY")
t = threading.Thread(target=lambda: make_backup(watched)); t.start(); t.join()
make_backup(project)
second = Project.open(watched, annotator="task"); second.stats(); second.close()
t = threading.Thread(target=lambda: Project.open(watched, readonly=True).close()); t.start(); t.join()
merge_project(project, str(folder / "other.biaozhu"))
for fmt in ("auto", "txt"):
    report = import_paths(project, [folder], ImportOptions(fmt=fmt))
project.verify()
ignored = [(path, str(reason)) for path, reason in report.ignored]  # reasons: Messages
print(json.dumps({"opened": opened, "ignored": ignored, "failed": report.failed}))
"""


def test_nothing_but_sqlite_opens_the_project_file(tmp_path):
    """The window's patterns, a merge and importing the project's own folder
    (with its -wal, -shm and backups beside it): Python never opens any of them."""
    with Project.create(tmp_path / "p.biaozhu", annotator="setup") as project:
        project.add_document(TEXT)
    with Project.create(tmp_path / "other.biaozhu", annotator="carol") as other:
        other.add_document(TEXT + "又一篇。")
    (tmp_path / "note.txt").write_text("一篇要导入的文章。", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", AUDIT, str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["opened"] == []
    ignored = {Path(p).name for p, _ in seen["ignored"]}
    assert {"p.biaozhu", "p.biaozhu-wal", "p.biaozhu-shm", "p.biaozhu.backups"} <= ignored
    assert seen["failed"] == []


def test_importing_a_folder_leaves_a_live_project_in_it_alone(tmp_path, corpus_dir):
    """A project held open (and written) by another connection sits in the
    folder being imported: it stays whole, and import -v says what it left."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(corpus_dir.glob("*.txt"))[:2]:
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    live_path = folder / "live.db"
    target = tmp_path / "target.biaozhu"
    Project.create(target).close()
    with Project.create(live_path, annotator="holder") as live:
        live.add_document(TEXT)
        run = subprocess.run(
            [*IMPORT, str(target), str(folder), "--format", "txt", "-v"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        assert "left unread" in run.stdout and "live.db-wal" in run.stdout
        assert "imported 2 documents" in run.stdout
        live.add_document(TEXT + "再一篇。")  # the holder's locks are intact
        assert live.verify().ok
    with Project.open(live_path, readonly=True) as again:
        assert again.document_count() == 2
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_import_reports_what_it_left_unread(tmp_path):
    folder = tmp_path / "in"
    (folder / "p.biaozhu.backups").mkdir(parents=True)
    (folder / "p.biaozhu.backups" / "a.txt").write_text("备份里的文字。", encoding="utf-8")
    (folder / "notes.txt").write_text("要导入的文字。", encoding="utf-8")
    (folder / "x.sqlite3").write_bytes(b"")
    with Project.create(tmp_path / "t.biaozhu") as project:
        report = import_paths(project, [folder], ImportOptions(fmt="txt"))
    assert len(report.added) == 1
    assert sorted(Path(p).name for p, _ in report.ignored) == ["p.biaozhu.backups", "x.sqlite3"]


def test_naming_only_the_project_itself_as_input_is_an_error(tmp_path):
    """`import P P` (a slip of the shell) reads nothing and says so in one line,
    instead of reporting an import of nothing as a success."""
    target = tmp_path / "p.biaozhu"
    with Project.create(target) as project:
        project.add_document(TEXT)
    run = subprocess.run(
        [*IMPORT, str(target), str(target), "--format", "txt"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "nothing to import" in run.stderr
    assert "only SQLite may open it" in run.stderr
    with Project.open(target, readonly=True) as again:
        assert again.document_count() == 1 and again.verify().ok


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export/home /home/team nfs4 rw,relatime,vers=4.2 0 0
//nas/share /mnt/nas\\040drive cifs rw,relatime 0 0
user@host:/srv /mnt/ssh fuse.sshfs rw,nosuid 0 0
tmpfs /home/team/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path,kind",
    [
        ("/home/team/p.biaozhu", "nfs4"),
        ("/home/team/sub/dir", "nfs4"),
        ("/home/team/local/p.biaozhu", "tmpfs"),  # a local mount inside the share
        ("/mnt/nas drive/p.biaozhu", "cifs"),  # \\040 is a space
        ("/mnt/ssh/p.biaozhu", "fuse.sshfs"),
        ("/home/teamwork/p.biaozhu", "ext4"),  # not under /home/team
        ("/tmp/p.biaozhu", "ext4"),
    ],
)
def test_the_mount_table_tells_which_file_system_holds_a_path(path, kind):
    from models.store.filesystems import mount_type

    assert mount_type(MOUNTS, Path(path)) == kind


def test_a_local_project_is_not_taken_for_a_network_share(tmp_path):
    from models.store.filesystems import NETWORK_TYPES, network_filesystem

    assert network_filesystem(tmp_path) is None
    assert {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"} <= NETWORK_TYPES


def test_a_read_only_opening_cannot_write_and_leaves_no_files_behind(tmp_path):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    with Project.open(path, readonly=True) as project:
        assert project.readonly
        with pytest.raises(Exception, match="read-only"):
            project.add_document(TEXT)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            project.conn.execute("DELETE FROM labels")
        assert project.document_count() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.biaozhu"]
