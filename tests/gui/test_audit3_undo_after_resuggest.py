"""Ctrl+Z of a Delete after the suggestion the span came from left the file:
a second window of the same curator undid the acceptance, and `biaozhu
suggest --project` computed the document's suggestions again without it.
The window's undo failed ('FOREIGN KEY constraint failed') and the span
stayed lost; now it comes back and the file verifies."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import DOC_A, suggestion
from tests.gui.test_keyboard import CTRL, gold, key


def test_undo_of_a_delete_brings_the_span_back_after_its_suggestion_went(
    window, qtbot, store, project_path
):
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 accepted
    key(qtbot, window, Qt.Key.Key_K)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert gold(store) == []
    with Project.open(project_path, annotator="tester") as second:
        (accepted,) = [s for s in second.suggestions("a", "tester") if s.text == "932.4亿元"]
        second.undo_decision(accepted.id)  # the second window's Ctrl+Z
    with Project.open(project_path, annotator="cli") as cli:  # suggest --project
        cli.store_suggestions("a", [suggestion(DOC_A, "13.7%", "METRIC")])

    key(qtbot, window, Qt.Key.Key_Z, CTRL)

    assert gold(store) == [("932.4亿元", "METRIC")]
    assert store.verify().ok
