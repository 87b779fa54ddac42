"""A span edit reads the span it changes under the write lock, so that what
its history event says the span was is what the file held when it changed.

Read before the lock, an edit that another process (the command line, a
second window) committed in between went unseen: the event said the
curator removed or changed 比亚迪 (0-3) when the file held 比 (0-1), a
history that tells a reviewer something that never was."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from models import Project
from models.store.connection import LOCK_WAIT_ENV

TEXT = "比亚迪与宁德时代签署协议。"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="ann") as p:
        doc, _ = p.add_document(TEXT, doc_id="d1")
        p.add_span(doc, 0, 3, "COMPANY")
    return path


OTHER_PROCESS = """
import sys
from models import Project
from models.store.connection import LOCK_WAIT_ENV
with Project.open(sys.argv[1], annotator="bob") as other:
    try:
        other.resize_span(int(sys.argv[2]), 0, 1)
    except ProjectBusy:
        sys.exit(3)  # the span is read under the lock: no edit can come between
"""


def edited_meanwhile(p: Project, path) -> None:
    """Another process resizes the span right after ``p`` reads it, where
    the file lets it (not while ``p`` holds the write lock)."""
    real = p.annotation
    done = []

    def annotation(ann_id, *args, **kwargs):
        ann = real(ann_id, *args, **kwargs)
        if not done:
            done.append(True)
            env = {**os.environ, LOCK_WAIT_ENV: "0"}
            ran = subprocess.run(
                [sys.executable, "-c", OTHER_PROCESS, str(path), str(ann_id)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert ran.returncode in (0, 3), ran.stderr
        return ann

    p.annotation = annotation


@pytest.mark.parametrize(
    "change",
    [
        lambda p, a: p.remove_span(a),
        lambda p, a: p.relabel_span(a, "POLICY"),
        lambda p, a: p.resize_span(a, 0, 2),
        lambda p, a: p.set_span_attrs(a, {"note": "checked"}),
    ],
    ids=["remove", "relabel", "resize", "attrs"],
)
def test_an_edit_racing_another_process_keeps_the_history_true(project, change):
    with Project.open(project, annotator="ann") as p:
        (ann,) = p.annotations("d1", "ann")
        edited_meanwhile(p, project)
        try:
            change(p, ann.id)
        except Exception:  # noqa: BLE001 - refused is fine; a false history is not
            pass
    with Project.open(project, annotator="ann", readonly=True) as p:
        report = p.verify()
        assert report.ok, [str(m) for m in report.problems]
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT annotator, before, after FROM events WHERE action LIKE 'span.%' ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    # each event's "before" is the span as the event before it left it
    state = None
    for annotator, before, after in rows:
        if before is not None:
            was = json.loads(before)
            assert (was["start"], was["end"], was["label"]) == state, (annotator, was, state)
        now = json.loads(after) if after is not None else None
        state = None if now is None else (now["start"], now["end"], now["label"])
