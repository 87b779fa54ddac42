"""Another process computes a document's suggestions again while the window
shows it: a key on a suggestion that is no longer in the file is refused and
said, never applied to the suggestion that took its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import DOC_C, suggestion


def press(qtbot, window, k):
    qtbot.keyClick(QApplication.focusWidget() or window, k)


def test_accepting_a_suggestion_another_process_replaced_accepts_nothing(
    window, qtbot, project_path
):
    c = window.controller
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: c.doc_id == "c" and c.current_item() is not None, timeout=5000)
    assert c.current_item().text == "12家"  # the project's newest suggestion
    with Project.open(project_path, annotator="other") as other:
        other.store_suggestions("c", [suggestion(DOC_C, "8.5%左右", "METRIC")])
    press(qtbot, window, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle(10_000)
    with Project.open(project_path, annotator="tester") as p:
        assert p.annotations("c", "tester") == []
        assert [(s.text, s.status) for s in p.suggestions("c", "tester")] == [
            ("8.5%左右", "pending")
        ]
        assert p.verify().ok
