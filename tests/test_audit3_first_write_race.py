"""A window opened as a new annotator (its writer adds them to the project
on opening, desktop/gui/host.py) while another process adds the same
annotator (`biaozhu import --annotator bob`): the window saw no bob, waited
for the write lock, and failed to open with SQLite's 'UNIQUE constraint
failed: annotators.name'. It now finds him added."""

from __future__ import annotations

import subprocess
import sys
import time

from models import Project

CHILD = """
import sys, time
from pathlib import Path
from models import Project
path, ready = sys.argv[1], Path(sys.argv[2])
with Project.open(path, annotator="bob") as p:
    with p.transaction():
        p.ensure_annotator("bob")
        ready.write_text("holding")
        time.sleep(1.5)  # the other process reads (no bob yet) and waits for the lock
"""


def test_a_new_annotator_added_by_another_process_meanwhile_is_not_added_twice(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document("比亚迪2024年营收932.4亿元。", doc_id="a")
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ready)])
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.01)
        with Project.open(path, annotator="bob") as window:
            window.ensure_annotator("bob")  # as the window's writer does on opening
            span = window.add_span(doc, 0, 3, "COMPANY", annotator="bob")
            assert [a.id for a in window.annotations(doc, "bob")] == [span.id]
            assert [a["name"] for a in window.annotators()].count("bob") == 1
            assert window.verify().ok
    finally:
        assert child.wait(30) == 0
