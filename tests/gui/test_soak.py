"""Never lose a committed edit (issue 12): the real window, in a child
process, accepts and rejects on a project while the command line imports,
suggests, counts and exports on it in a loop (or while a second window
curates it as another annotator); then the window is killed with SIGKILL.
Every edit the window had shown as saved must be in the file, ``verify``
must pass and SQLite's integrity check must say ok. Each run is bounded
(about 25 seconds of work)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models import Project, Suggestion
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("soak_window.py")
WORK_S = 20.0


def biaozhu(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def paragraphs(count: int) -> list[str]:
    """Paragraphs of the reference corpus, long enough to hold suggestions."""
    out = []
    for path in sorted(shared_path("corpus").glob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 60]
    return out[:count]


def quick(text: str) -> list[Suggestion]:
    from tests.benchmarks.bench_gui import quick_suggestions

    return quick_suggestions(text)


@pytest.fixture
def soak_project(tmp_path) -> Path:
    path = tmp_path / "soak.biaozhu"
    with Project.create(path, annotator="setup") as project:
        for n, text in enumerate(paragraphs(24)):
            doc_id, _ = project.add_document(text, doc_id=f"p{n:02d}")
            project.store_suggestions(doc_id, quick(text))
        project.set_status("p23", "done")  # some gold for the exports
    return path


class Child:
    """A window in a child process, its "saved" lines gathered as they come."""

    def __init__(self, project: Path, annotator: str, tmp: Path, env: dict, seed: int):
        settings = tmp / f"settings-{annotator}"
        settings.mkdir()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(project), annotator, str(settings), str(seed)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if line == "ready":
                self.ready.set()
            self.lines.append(line)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(10)

    def saved(self) -> dict[int, str]:
        out = {}
        for line in self.lines:
            if line.startswith("saved "):
                _, kind, sid = line.split()
                out[int(sid)] = kind
        return out


def environment(tmp: Path) -> dict:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp / "cfg"),
        XDG_DATA_HOME=str(tmp / "data"),
    )


def check_file(project: Path, children: dict[str, Child], env: dict) -> None:
    """Every edit shown as saved is in the file; the file verifies."""
    with Project.open(project) as p:
        for annotator, child in children.items():
            decided = dict(
                p.conn.execute(
                    "SELECT suggestion_id, decision FROM decisions WHERE annotator = ?",
                    (annotator,),
                ).fetchall()
            )
            saved = child.saved()
            assert saved, f"{annotator}'s window saved nothing: {child.lines[-5:]}"
            lost = {
                sid: kind
                for sid, kind in saved.items()
                if decided.get(sid)
                not in (("rejected",) if kind == "reject" else ("accepted", "corrected"))
            }
            assert not lost, f"{len(lost)} of {annotator}'s saved edits are not in the file"
    result = biaozhu("verify", str(project), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    conn = sqlite3.connect(project)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_window_beside_the_command_line_loses_nothing(soak_project, tmp_path):
    env = environment(tmp_path)
    child = Child(soak_project, "curator", tmp_path, env, seed=1)
    try:
        assert child.ready.wait(60), child.proc.stderr.read() if child.proc.poll() else "no ready"
        texts = paragraphs(40)[24:]
        deadline, n = time.monotonic() + WORK_S, 0
        while time.monotonic() < deadline:
            new = tmp_path / f"new{n}.txt"
            new.write_text(texts[n % len(texts)] + f"（第{n}次导入）", encoding="utf-8")
            for args in (
                ("import", str(soak_project), str(new)),
                ("suggest", "--project", str(soak_project)),
                ("stats", str(soak_project)),
                (
                    "export",
                    str(soak_project),
                    "--format",
                    "jsonl",
                    "--out",
                    str(tmp_path / f"e{n}.jsonl"),
                ),
            ):
                result = biaozhu(*args, env=env)
                assert result.returncode == 0, f"{args[0]}: {result.stderr}"
            n += 1
        assert child.proc.poll() is None, "the window died on its own"
    finally:
        child.kill()
    assert n >= 2
    check_file(soak_project, {"curator": child}, env)


def test_two_windows_on_one_project_lose_nothing(soak_project, tmp_path):
    env = environment(tmp_path)
    children = {
        name: Child(soak_project, name, tmp_path, env, seed=seed)
        for seed, name in enumerate(("alice", "bob"), 1)
    }
    try:
        for child in children.values():
            assert child.ready.wait(60), "a window did not start"
        time.sleep(WORK_S)
        assert all(c.proc.poll() is None for c in children.values()), "a window died"
    finally:
        for child in children.values():
            child.kill()
    check_file(soak_project, children, env)
