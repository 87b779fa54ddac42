"""File → Open on a project whose merge_conflicts table was dropped with
``sqlite3`` (the reviewer's open conflicts gone with it), whose counter of
span ids was lowered, or whose ``-wal`` is a folder: the window says why
in one line, keeps the project it has
open, and leaves the file as it was (tests/test_attack_schema.py,
tests/test_attack_companions.py for the command line)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from tests.gui.test_audit3_view_window import problem_text


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_a_project_missing_a_table_is_refused(window, qtbot, tmp_path):
    opened = window.ctx.project.path
    bad = tmp_path / "bad.biaozhu"
    shutil.copy(opened, bad)
    conn = sqlite3.connect(bad)
    conn.execute("DROP TABLE merge_conflicts")
    conn.close()
    before = digest(bad)

    assert not window.open_project(str(bad))

    text = problem_text(qtbot)
    assert "merge_conflicts" in text and "missing" in text, text
    assert window.ctx.project.path == opened
    assert digest(bad) == before


def test_opening_a_project_whose_wal_is_a_folder_is_refused(window, qtbot, tmp_path):
    opened = window.ctx.project.path
    bad = tmp_path / "wal.biaozhu"
    shutil.copy(opened, bad)
    Path(f"{bad}-wal").mkdir()
    before = digest(bad)

    assert not window.open_project(str(bad))

    text = problem_text(qtbot)
    assert "wal.biaozhu-wal" in text and "folder" in text, text
    assert window.ctx.project.path == opened
    assert digest(bad) == before


def test_opening_a_project_whose_span_counter_was_lowered_is_refused(window, qtbot, tmp_path):
    """The next span the curator made would take the id of one removed."""
    from models import Project

    opened = window.ctx.project.path
    bad = tmp_path / "counter.biaozhu"
    shutil.copy(opened, bad)
    with Project.open(bad, annotator="bob") as p:
        doc = p.document_ids()[0]
        span = p.add_span(doc, 0, 1, p.label_names()[0], annotator="bob")
        p.remove_span(span.id, annotator="bob")
    conn = sqlite3.connect(bad)
    conn.execute("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    conn.commit()
    conn.close()
    before = digest(bad)

    assert not window.open_project(str(bad))

    text = problem_text(qtbot)
    assert "sqlite_sequence" in text and str(span.id) in text, text
    assert window.ctx.project.path == opened
    assert digest(bad) == before
