"""A file that cannot be imported is found so before the write lock is taken:
it never keeps a curator's keys waiting, and changes nothing."""

from __future__ import annotations

import json
import sqlite3

from models import Project
from models.io.importers import ImportOptions, import_paths


def test_a_file_with_a_bad_span_is_refused_without_taking_the_write_lock(tmp_path, monkeypatch):
    monkeypatch.setenv("BIAOZHU_LOCK_WAIT", "0.5")
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="ann").close()
    rows = [
        {"id": f"d{i}", "text": f"第{i}篇：比亚迪营收增长了百分之{i}。", "spans": []}
        for i in range(200)
    ]
    for row in rows:
        row["spans"] = [{"start": 4, "end": 7, "label": "COMPANY"}]
    # the last record's spans overlap each other
    rows[-1]["spans"] += [{"start": 5, "end": 9, "label": "METRIC"}]
    source = tmp_path / "big.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    holder = sqlite3.connect(path, isolation_level=None)  # the window, mid-write
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Project.open(path, annotator="ann") as project:
            report = import_paths(project, [source], ImportOptions(annotator="gold"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert report.added == []
    [(name, reason)] = report.failed
    assert "overlaps" in reason and "line 200" in reason, reason
    with Project.open(path, annotator="ann") as project:
        assert project.document_ids() == []
        assert project.verify().ok
