"""A project whose disk fills up (or whose files may grow no more) while it
is open: each write is refused in one line of the core's own words, the
file keeps every change made before, the connection is left with no
transaction open (no write lock held against other programs), and once there
is room again writes go on and the history verifies."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from models import Project
from models.errors import BiaozhuError
from tests.gui.conftest import make_project


@contextmanager
def files_may_not_grow(*paths: Path) -> Iterator[None]:
    """RLIMIT_FSIZE at the size of the largest of ``paths``: a write past it
    fails with EFBIG (SIGXFSZ ignored), as on a disk with no room left."""
    limit = max(p.stat().st_size for p in paths if p.exists())
    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
        signal.signal(signal.SIGXFSZ, old_handler)


def gold(path: Path) -> list[str]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        return sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))


def pending(p: Project) -> list[int]:
    return [
        s.id for d in ("a", "b", "c") for s in p.suggestions(d, "tester") if s.status == "pending"
    ]


def attack(p: Project) -> tuple[int, list[str]]:
    """Accept every pending suggestion; the writes made, and the refusals."""
    made, refused = 0, []
    for sid in pending(p):
        try:
            p.accept_suggestion(sid)
            made += 1
        except BiaozhuError as exc:
            refused.append(str(exc))
            assert not p.conn.in_transaction  # no write lock kept
    return made, refused


def check_after(path: Path, p: Project, before: list[str], made: int, refused: list[str]) -> None:
    assert refused, "the limit refused nothing"
    for message in refused:
        assert "\n" not in message and str(path) in message
        assert "not written" in message
    p.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # room again: readable and writable
    assert len(gold(path)) == len(before) + made  # every write made is there
    assert attack(p)[1] == []  # and the rest are written now
    assert p.verify().ok


def test_a_file_that_may_not_grow_refuses_writes_in_the_cores_words(tmp_path):
    path = tmp_path / "work.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        p.accept_suggestion(pending(p)[0])
        before = gold(path)
        with files_may_not_grow(path, Path(f"{path}-wal")):
            made, refused = attack(p)
        check_after(path, p, before, made, refused)


def mounted_disk(tmp_path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (mount's, e.g. "1m") under ``tmp_path``, for a
    fixture to yield (root only; the test is skipped elsewhere)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], capture_output=True
    )
    if run.returncode:
        pytest.skip(f"cannot mount a small disk here: {run.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 1 MB tmpfs (root only; skipped elsewhere)."""
    yield from mounted_disk(tmp_path, "1m")


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_refuses_writes_and_keeps_every_change_before(small_disk):
    path = small_disk / "work.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        p.accept_suggestion(pending(p)[0])
        before = gold(path)
        filler = fill(small_disk)
        made, refused = attack(p)
        assert any("disk is full" in m for m in refused)
        filler.unlink()
        check_after(path, p, before, made, refused)
