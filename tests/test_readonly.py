"""Read-only projects (issue 12, item 6): verify, stats, history and export
work on a read-only file and in a read-only folder; a write says why it
cannot; an unreadable file says "permission denied".

File permissions do not stop root, so as root the commands run without the
capabilities that override them (CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH):
still the owner of every file here, but held to its permission bits."""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import Project

REPO = Path(__file__).resolve().parents[1]
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _drop_permission_override() -> None:
    """In the child before exec: take the two capabilities out of its bounding
    set, so that root's program runs with file permissions applied to it."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def as_user() -> dict:
    """subprocess arguments under which permissions apply, even for root."""
    return {"preexec_fn": _drop_permission_override} if os.geteuid() == 0 else {}


def biaozhu(*args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", ""), "BIAOZHU_ANNOTATOR": "reader", "HOME": "/tmp"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        **as_user(),
    )


@pytest.fixture(scope="module", autouse=True)
def _permissions_apply(tmp_path_factory):
    """Skip where this test cannot make permissions bind (e.g. no prctl)."""
    probe = tmp_path_factory.mktemp("probe") / "locked"
    probe.write_text("x")
    probe.chmod(0o444)
    try:
        run = subprocess.run(
            [sys.executable, "-c", f"open({str(probe)!r}, 'a')"], capture_output=True, **as_user()
        )
    except OSError as exc:
        pytest.skip(f"cannot run a process held to file permissions here: {exc}")
    if run.returncode == 0:
        pytest.skip("file permissions do not bind a process here")


@pytest.fixture
def place() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    root = Path(tempfile.mkdtemp(prefix="biaozhu-ro-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        for folder, _dirs, _files in os.walk(root):
            Path(folder).chmod(0o755)
        shutil.rmtree(root)


def build(folder: Path, corpus_dir: Path) -> Path:
    folder.mkdir(mode=0o755)
    path = folder / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        for f in sorted(corpus_dir.glob("*.txt"))[:2]:
            doc, _ = project.add_document(f.read_text(encoding="utf-8"))
            text = project.document_text(doc)
            start = next(i for i, ch in enumerate(text) if not ch.isspace())
            project.add_span(doc, start, start + 2, "COMPANY")
            project.set_status(doc, "done")
    assert not Path(f"{path}-wal").exists()
    path.chmod(0o444)
    return path


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def writable_out(root: Path) -> Path:
    out = root / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    return out


def readers_work(path: Path, out: Path) -> None:
    for command in (["verify"], ["stats"], ["history"], ["stats", "--json"]):
        run = biaozhu(*command, str(path))
        assert run.returncode == 0, (command, run.stderr)
    assert "documents" in biaozhu("stats", str(path)).stdout
    assert "span.added" in biaozhu("history", str(path)).stdout
    run = biaozhu("export", str(path), "--format", "jsonl", "--out", str(out / "gold.jsonl"))
    assert run.returncode == 0, run.stderr
    assert len((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_a_read_only_file_in_a_writable_folder(place, corpus_dir):
    folder = place / "project"
    path = build(folder, corpus_dir)
    before = digest(folder)
    readers_work(path, writable_out(place))
    assert digest(folder) == before  # no -wal or -shm left with the file's permissions
    refused = biaozhu("new", str(folder / "x.biaozhu"))
    assert refused.returncode == 0  # the folder itself is writable
    write = biaozhu("role", str(path), "alice", "reviewer")
    assert write.returncode == 1
    assert write.stderr.startswith("biaozhu: error: ") and "read-only" in write.stderr
    assert len(write.stderr.splitlines()) == 1


def test_a_read_only_folder(place, corpus_dir):
    """No -shm can be made beside the file: it is read as immutable."""
    folder = place / "project"
    path = build(folder, corpus_dir)
    path.chmod(0o644)  # the file could be written; its folder cannot hold a -wal
    folder.chmod(0o555)
    before = digest(folder)
    readers_work(path, writable_out(place))
    assert digest(folder) == before  # not a byte changed, no -wal or -shm left
    write = biaozhu("import", str(path), str(REPO / "README.md"))
    assert write.returncode == 1
    assert write.stderr.startswith("biaozhu: error: ") and "folder is read-only" in write.stderr


def test_an_unreadable_file_says_permission_denied(place, corpus_dir):
    folder = place / "project"
    path = build(folder, corpus_dir)
    path.chmod(0)
    for command in ("verify", "stats"):
        run = biaozhu(command, str(path))
        assert run.returncode == 1
        assert run.stderr.startswith("biaozhu: error: ") and "permission denied" in run.stderr
        assert "not a readable SQLite file" not in run.stderr
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_folder_with_a_wal_left_in_it_says_so(place, corpus_dir):
    """A project copied with the -wal of a session that never closed (a crash)
    into a read-only folder: SQLite can read those commits only by making a
    -shm beside them, and the one line said it was 'not a Biaozhu project'."""
    folder = place / "project"
    path = build(folder, corpus_dir)
    path.chmod(0o644)
    crashed = place / "crashed"
    crashed.mkdir(mode=0o755)
    with Project.open(path, annotator="alice") as project:
        project.set_status(project.document_ids()[0], "in_progress")
        for name in ("p.biaozhu", "p.biaozhu-wal"):  # as a copy taken mid-session
            shutil.copy(folder / name, crashed / name)
    crashed.chmod(0o555)
    run = biaozhu("stats", str(crashed / "p.biaozhu"))
    assert run.returncode == 1 and len(run.stderr.splitlines()) == 1
    assert "not a Biaozhu project" not in run.stderr and "-wal" in run.stderr


def test_the_to_do_queue_reads_a_read_only_project(place, corpus_dir):
    """`queue` only reads (it writes nothing), yet a read-only file was
    refused as one that commands which only read would still open."""
    folder = place / "project"
    path = build(folder, corpus_dir)
    with_todo = place / "todo"
    with_todo.mkdir(mode=0o755)
    shutil.copy(path, with_todo / "p.biaozhu")
    copy = with_todo / "p.biaozhu"
    copy.chmod(0o644)
    with Project.open(copy, annotator="alice") as project:
        project.set_status(project.document_ids()[0], "todo")
    copy.chmod(0o444)
    before = digest(with_todo)
    run = biaozhu("queue", str(copy), "--annotator", "alice")
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == 1 and digest(with_todo) == before
