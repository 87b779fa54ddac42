"""Crash safety: SIGKILL at random moments loses nothing that was committed.

A large import and a burst of edits are each killed 20 times. After every
kill the project verifies, every document present is complete, and every
event the process reported as committed is there."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models import Project, Suggestion

REPO = Path(__file__).resolve().parents[1]
KILLS = 20
FILES = 15000

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def run_and_kill(cmd: list[str], delay: float) -> list[str]:
    """Start cmd, SIGKILL it after ``delay`` seconds, return the lines it printed."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    return [line.strip() for line in lines]


def check_documents_complete(project: Project) -> set[str]:
    imported = {e.doc_id: e.after for e in project.history(action="doc.imported")}
    present = set()
    for doc_id in project.document_ids():
        doc = project.document(doc_id)
        assert hashlib.sha256(doc.text.encode()).hexdigest() == doc.hash
        assert imported[doc_id]["hash"] == doc.hash and imported[doc_id]["chars"] == len(doc.text)
        present.add(doc_id)
    assert set(imported) == present
    return present


def test_killed_imports_lose_nothing_committed(tmp_path, corpus_dir):
    sentences = [
        s
        for f in sorted(corpus_dir.glob("*.txt"))
        for s in f.read_text(encoding="utf-8").split("。")
        if len(s) > 10
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(3)
    for i in range(FILES):
        body = "。".join(rng.choice(sentences) for _ in range(40))
        (folder / f"a{i:04d}.txt").write_text(f"第{i}篇\n{body}", encoding="utf-8")
    cmd = [sys.executable, "-m", "desktop", "import", "PROJECT", str(folder), "-v"]
    started = time.monotonic()
    full = tmp_path / "full.biaozhu"
    Project.create(full).close()
    subprocess.run([*cmd[:4], str(full), *cmd[5:]], check=True, capture_output=True, cwd=REPO)
    duration = time.monotonic() - started
    interrupted = 0
    for attempt in range(KILLS):
        path = tmp_path / f"crash{attempt}.biaozhu"
        Project.create(path).close()
        lines = run_and_kill([*cmd[:4], str(path), *cmd[5:]], rng.uniform(0.1, 0.8 * duration))
        committed = {line.split()[1] for line in lines if line.startswith("committed ")}
        with Project.open(path) as project:
            report = project.verify()
            assert report.ok, f"after kill {attempt}: {report.problems}"
            present = check_documents_complete(project)
        assert committed <= present, f"after kill {attempt}: lost {committed - present}"
        interrupted += 0 < len(present) < FILES
        path.unlink()
    assert interrupted >= KILLS // 4, "the kills should land in the middle of the import"


def test_killed_edit_bursts_lose_nothing_committed(tmp_path, corpus_dir):
    path = tmp_path / "edits.biaozhu"
    with Project.create(path) as project:
        for f in sorted(corpus_dir.glob("*.txt")):
            doc, _ = project.add_document(f.read_text(encoding="utf-8"))
            text = project.document_text(doc)
            found = []
            for i, ch in enumerate(text):
                if ch == "%" and i >= 4 and text[i - 4 : i].replace(".", "").isdigit():
                    found.append(
                        Suggestion(i - 4, i + 1, "METRIC", text[i - 4 : i + 1], 0.9, "test", "1")
                    )
            project.store_suggestions(doc, found)
    rng = random.Random(5)
    for attempt in range(KILLS):
        cmd = [sys.executable, "tests/crash/edit_burst.py", str(path), str(attempt), "100000"]
        lines = run_and_kill(cmd, rng.uniform(0.3, 1.0))
        reported = [line.split()[1:] for line in lines if line.startswith("committed ")]
        with Project.open(path) as project:
            report = project.verify()
            assert report.ok, f"after kill {attempt}: {report.problems}"
            hashes = {e.id: e.hash for e in project.history()}
            for event_id, digest in reported:
                assert hashes.get(int(event_id)) == digest, f"event {event_id} lost"
            for doc in project.document_ids():
                text = project.document_text(doc)
                for ann in project.all_annotations(doc):
                    assert text[ann.start : ann.end] == ann.text
