"""One merge conflict resolved from two places at once (the review window
and `biaozhu conflicts --resolve`): each saw it open, the second waited for
the first's write lock and then resolved it again, writing a second
resolution over the first one's result. The second is refused in one line."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from models import Project
from models.errors import InvalidInput
from models.review.conflicts import conflicts, resolve_conflict
from models.review.merge import merge_projects

TEXT = "比亚迪与宁德时代2024年营收增长。"

CHILD = """
import sys, time
from pathlib import Path
from models import Project
from models.review.conflicts import resolve_conflict
path, ready, conflict = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
with Project.open(path, annotator="rev") as p:
    with p.transaction():
        resolve_conflict(p, conflict, "theirs")
        ready.write_text("holding")
        time.sleep(1.5)  # the other side reads the conflict (still open) and waits
"""


def with_conflict(tmp_path):
    here, there = tmp_path / "here.biaozhu", tmp_path / "there.biaozhu"
    for path, surface in ((here, "比亚迪"), (there, "宁德时代")):
        with Project.create(path, annotator="alice") as p:
            doc, _ = p.add_document(TEXT)
            start = TEXT.index(surface)
            p.add_span(doc, start, start + len(surface), "COMPANY")
            p.set_status(doc, "done")
    with Project.open(here, annotator="rev") as p:
        merge_projects(p, [there])
        (conflict,) = conflicts(p)
    return here, conflict


def test_a_conflict_resolved_meanwhile_elsewhere_is_not_resolved_again(tmp_path):
    path, conflict = with_conflict(tmp_path)
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ready), str(conflict.id)])
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.01)
        with (
            Project.open(path, annotator="rev") as window,
            pytest.raises(InvalidInput, match="already resolved"),
        ):
            resolve_conflict(window, conflict.id, "mine")
    finally:
        assert child.wait(30) == 0
    with Project.open(path, annotator="rev") as p:
        resolutions = [e for e in p.history() if e.action == "merge.conflict_resolved"]
        assert len(resolutions) == 1
        assert sorted(a.text for a in p.annotations(conflict.doc_id, "alice")) == ["宁德时代"]
        assert p.verify().ok
