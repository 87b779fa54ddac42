"""The window's Ctrl+Z after another window restored a backup of the
project (attack2; the core's side is tests/test_attack2_undo_after_restore.py).

The curator accepts two suggestions here; a second window restores a backup
made before them, and its curator accepts the first one again. Ctrl+Z here
took back the second window's accept, and its event named the restore's
event as the accept it undid: ``verify`` failed on the file from then on.
Now the undo is refused in words, the second window's work stands and the
file verifies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from models.store.backup import make_backup, restore_backup

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def layer(project_path) -> dict[str, str]:
    with Project.open(project_path, annotator="tester") as p:
        gold = {a.text: a.label for a in p.annotations("a", "tester")}
        assert p.verify().ok, p.verify().problems
        return gold


def test_ctrl_z_after_another_window_restored_a_backup(window, qtbot, project_path):
    c = window.controller
    assert window.ctx.host.wait_idle()
    backup = make_backup(project_path)
    assert c.current_item().text == "932.4亿元"
    press(qtbot, Qt.Key.Key_A)  # accept 932.4亿元
    press(qtbot, Qt.Key.Key_A)  # accept 13.7%
    assert window.ctx.host.wait_idle()
    assert layer(project_path) == {"932.4亿元": "METRIC", "13.7%": "METRIC"}
    with Project.open(project_path, annotator="tester") as other:  # the second window
        restore_backup(other, backup)
        (sugg,) = [s for s in other.suggestions("a", "tester") if s.text == "932.4亿元"]
        other.accept_suggestion(sugg.id, label="COMPANY")  # its curator's own choice
    assert layer(project_path) == {"932.4亿元": "COMPANY"}
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the accept of 13.7%
    assert window.ctx.host.wait_idle()
    qtbot.wait(100)
    said = window.statusBar().currentMessage()
    assert "another program" in said, said
    # neither entry can be undone any more: both steps left the history
    assert not window.ctx.undo_group.canUndo()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle()
    assert layer(project_path) == {"932.4亿元": "COMPANY"}
