"""File → Open on a project whose labels table was replaced by a view that
never ends: the window refused nothing and froze reading it; now it says why
in one line, keeps the project it has open and the file as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_audit3_views import dump, hostile


def problem_text(qtbot) -> str:
    def boxes() -> list[QMessageBox]:
        return [
            b
            for b in QApplication.topLevelWidgets()
            if isinstance(b, QMessageBox) and b.isVisible() and b.objectName() == "problemBox"
        ]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=10_000)
    (box,) = boxes()
    text = box.text()
    box.close()
    return text


def test_opening_a_file_with_a_view_is_refused(window, qtbot, tmp_path):
    bad = tmp_path / "bad.biaozhu"
    hostile(bad)
    before = dump(bad)
    opened = window.ctx.project.path

    assert not window.open_project(str(bad))

    text = problem_text(qtbot)
    assert "labels" in text and "view" in text, text
    assert window.ctx.project.path == opened
    assert dump(bad) == before


def test_opening_a_file_with_a_trigger_that_rewrites_spans_is_refused(window, qtbot, tmp_path):
    """A trigger that relabelled every span the curator saved: the window
    opened the file and each accept was stored as another label."""
    from tests.test_audit3_foreign_triggers import QUIET, with_trigger

    bad = tmp_path / "quiet.biaozhu"
    before = with_trigger(bad, QUIET)
    opened = window.ctx.project.path

    assert not window.open_project(str(bad))

    text = problem_text(qtbot)
    assert "quiet" in text and "annotations" in text, text
    assert window.ctx.project.path == opened
    assert bad.read_bytes() == before
