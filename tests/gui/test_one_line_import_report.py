"""The window's import report lists a file whose name holds a line break,
a terminal escape and a bidi override, or a label of 10 kB, on one row
each: the file's name and the reason escaped and shortened, as the command
line shows them (models.errors.shown), and the project unchanged."""

from __future__ import annotations

import json

from models import Project
from tests.gui.conftest import import_report_rows


def test_hostile_names_and_values_are_one_readable_row_each(qtbot, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    named = folder / "a\nb\x1b[2J\u202e.jsonl"
    named.write_text("{not json\n", encoding="utf-8")
    valued = folder / "label.jsonl"
    span = {"start": 0, "end": 2, "label": "A\nB" + "长" * 10_000}
    valued.write_text(json.dumps({"text": "华为营收增长", "spans": [span]}), encoding="utf-8")
    project_path = tmp_path / "p.biaozhu"
    rows = import_report_rows(qtbot, tmp_path, project_path, [named, valued])
    assert len(rows) == 2
    for where, why in rows.items():
        assert where.isprintable() and why.isprintable()
        assert len(where) <= 300 and len(why) <= 1000  # a few values of 160 at most
    assert any("a\\nb\\x1b[2J\\u202e.jsonl" in where for where in rows)
    project = Project.open(project_path)
    try:
        assert project.stats()["documents"] == 0
    finally:
        project.close()
