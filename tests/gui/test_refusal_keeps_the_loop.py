"""A write refused because another program changed the document meanwhile
(the file itself is fine) is said in the status bar and the keyboard loop
goes on: no dialog takes the keys, and the words name what the curator
sees, not a suggestion's number in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import Project
from tests.gui.conftest import DOC_A, suggestion


def press(qtbot, k) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k)


def failure_box_shown(window) -> bool:
    box = window.findChild(QMessageBox, "writeFailed")
    return box is not None and box.isVisible()


def gold_and_decided(project_path) -> tuple[list[str], set[str]]:
    with Project.open(project_path, annotator="tester") as p:
        gold = [a.text for a in p.annotations("a", "tester")]
        decided = {s.text for s in p.suggestions("a", "tester") if s.status != "pending"}
        return gold, decided


def test_an_accept_of_a_suggestion_another_program_replaced_is_said_without_a_dialog(
    window, qtbot, project_path
):
    c = window.controller
    assert window.ctx.host.wait_idle()
    assert c.current_item().text == "932.4亿元"
    with Project.open(project_path, annotator="tester") as other:  # a re-suggest elsewhere
        other.store_suggestions("a", [suggestion(DOC_A, "13.7%", "METRIC")])
    press(qtbot, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    assert not failure_box_shown(window)
    said = window.statusBar().currentMessage()
    assert "932.4亿元" in said and "another program" in said
    assert "suggestion 1" not in said and "{" not in said
    assert window.isActiveWindow()
    press(qtbot, Qt.Key.Key_A)  # the next key goes on, on what the file holds now
    assert window.ctx.host.wait_idle()
    assert gold_and_decided(project_path) == (["13.7%"], {"13.7%"})


def test_keys_dropped_behind_a_refused_accept_are_listed(window, qtbot, project_path):
    """The key typed behind the refused one assumed it and was not made:
    then the dialog comes, and names it."""
    assert window.ctx.host.wait_idle()
    with Project.open(project_path, annotator="tester") as other:
        other.store_suggestions("a", [suggestion(DOC_A, "13.7%", "METRIC")])
    press(qtbot, Qt.Key.Key_A)  # refused: 932.4亿元 is gone
    press(qtbot, Qt.Key.Key_X)  # queued behind it, on 13.7%
    assert window.ctx.host.wait_idle()
    assert failure_box_shown(window)
    box = window.findChild(QMessageBox, "writeFailed")
    assert "932.4亿元" in box.text() and "Reject “13.7%”" in box.detailedText()
    assert gold_and_decided(project_path) == ([], set())
