"""Many processes on one project: every write commits and stays, or fails
with one clear line; nothing is corrupted (issue 12)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import Project

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "desktop"]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX locks and os._exit")


def biaozhu(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, cwd=REPO, check=check, timeout=120
    )


def corpus_project(path: Path, corpus_dir: Path, count: int = 3) -> Path:
    with Project.create(path, annotator="setup") as project:
        for f in sorted(corpus_dir.glob("*.txt"))[:count]:
            project.add_document(f.read_text(encoding="utf-8"))
    return path


def test_window_patterns_beside_cli_readers_lose_no_commit(tmp_path, corpus_dir):
    """Issue 12's scenario without Qt: a process holds the project and commits;
    in it run a session backup, a background task's Project and a review
    window's Project; meanwhile `stats` and `verify` run in other processes;
    the first process commits again and dies. Its second commit is in the file."""
    path = corpus_project(tmp_path / "p.biaozhu", corpus_dir)
    holder = subprocess.Popen(
        [sys.executable, "tests/crash/hold_project.py", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        ready = holder.stdout.readline().split()
        assert ready[:1] == ["ready"], holder.stderr.read()
        assert "documents" in biaozhu("stats", str(path)).stdout
        assert biaozhu("verify", str(path)).returncode == 0
        holder.stdin.write("go\n")
        holder.stdin.flush()
        committed = holder.stdout.readline().split()
        assert holder.wait(timeout=60) == 0, holder.stderr.read()
    finally:
        if holder.poll() is None:
            holder.kill()
    assert committed[0] == "committed"
    second_id = int(committed[1])
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {r[0] for r in conn.execute("SELECT id FROM annotations")}
        heads = {r[0] for r in conn.execute("SELECT hash FROM events")}
    finally:
        conn.close()
    assert {int(ready[1]), second_id} <= ids
    assert committed[2] in heads


HOLD_WRITE_LOCK = """
import sys
sys.path.insert(0, sys.argv[2])
from models import Project
project = Project.open(sys.argv[1], annotator="holder")
with project.transaction():
    project.add_document("另一个进程正在写入的文章。")
    print("locked", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""


def hold_write_lock(path: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(path), str(REPO)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    assert holder.wait(timeout=30) == 0


def test_a_write_waiting_for_another_process_says_so_then_commits(tmp_path, corpus_dir):
    path = corpus_project(tmp_path / "p.biaozhu", corpus_dir, count=1)
    text = tmp_path / "new.txt"
    text.write_text("等待写锁的文章,营收18亿元。", encoding="utf-8")
    holder = hold_write_lock(path)
    try:
        importing = subprocess.Popen(
            [*CLI, "import", str(path), str(text)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        waiting = importing.stderr.readline()
        assert waiting.startswith("biaozhu: waiting for another process to finish writing")
        assert str(path) in waiting
    finally:
        release(holder)
    out, err = importing.communicate(timeout=60)
    assert importing.returncode == 0, err
    assert "imported 1 document" in out
    with Project.open(path, readonly=True) as project:
        assert project.document_count() == 3  # the corpus text, the holder's, the import's
        assert project.verify().ok


def test_a_write_that_waits_past_the_bound_fails_in_one_line_and_writes_nothing(
    tmp_path, corpus_dir
):
    path = corpus_project(tmp_path / "p.biaozhu", corpus_dir, count=1)
    text = tmp_path / "new.txt"
    text.write_text("等不到写锁的文章。", encoding="utf-8")
    holder = hold_write_lock(path)
    try:
        run = subprocess.run(
            [*CLI, "import", str(path), str(text)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
            env=os.environ | {"BIAOZHU_LOCK_WAIT": "1"},
        )
    finally:
        release(holder)
    lines = run.stderr.splitlines()
    assert run.returncode == 1
    assert lines[0].startswith("biaozhu: waiting for another process")
    assert len(lines) == 2 and lines[1].startswith("biaozhu: error: ")
    assert "locked for writing" in lines[1] and "nothing was written" in lines[1]
    with Project.open(path, readonly=True) as project:
        assert project.document_count() == 2  # the corpus text and the holder's


def test_cli_commands_in_parallel_on_one_project_lose_nothing(tmp_path, corpus_dir):
    """Imports of three folders, suggest --project, stats and export run at the
    same time on one project: every command succeeds, every document each
    import reported is there, and the file verifies."""
    path = corpus_project(tmp_path / "p.biaozhu", corpus_dir, count=1)
    with Project.open(path, annotator="setup") as project:
        project.set_status(project.document_ids()[0], "done")  # gold to export
    sentences = [
        s
        for f in sorted(corpus_dir.glob("*.txt"))
        for s in f.read_text(encoding="utf-8").split("。")
        if len(s) > 12
    ]
    folders = []
    for k in range(3):
        folder = tmp_path / f"in{k}"
        folder.mkdir()
        for i in range(40):
            body = "。".join(sentences[(k * 40 + i + j) % len(sentences)] for j in range(6))
            (folder / f"{k}-{i:02d}.txt").write_text(f"第{k}-{i}篇\n{body}。", encoding="utf-8")
        folders.append(folder)
    out = tmp_path / "out"
    out.mkdir()
    commands = [["import", str(path), str(f), "-v"] for f in folders]
    commands += [["suggest", "--project", str(path)] for _ in range(2)]
    commands += [["stats", str(path)] for _ in range(3)]
    commands += [["verify", str(path)] for _ in range(2)]
    commands += [
        ["export", str(path), "--format", "jsonl", "--out", str(out / f"gold{i}.jsonl")]
        for i in range(2)
    ]
    procs = [
        subprocess.Popen(
            [*CLI, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO
        )
        for command in commands
    ]
    results = [
        (command, *proc.communicate(timeout=240), proc.returncode)
        for command, proc in zip(commands, procs, strict=True)
    ]
    for command, _out, err, code in results:
        assert code == 0, (command, err)
    committed = {
        line.split()[1]
        for command, stdout, _err, _code in results
        if command[0] == "import"
        for line in stdout.splitlines()
        if line.startswith("committed ")
    }
    assert len(committed) == 120
    with Project.open(path, readonly=True) as project:
        assert committed <= set(project.document_ids())
        assert project.document_count() == 121
        report = project.verify()
        assert report.ok, report.problems[:3]
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
