"""A key of the loop that has nothing to do says so in the status bar
instead of doing nothing: Ctrl+Z with nothing to undo, Ctrl+Shift+Z with
nothing to redo, a number key no label has. The store is left as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier) -> str:
    window.statusBar().clearMessage()
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)
    return window.statusBar().currentMessage()


def test_undo_and_redo_with_nothing_to_do_say_so(window, qtbot, store):
    events = len(store.history())
    assert press(qtbot, window, Qt.Key.Key_Z, CTRL) == "Nothing to undo in this document."
    assert press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT) == "Nothing to redo in this document."
    assert len(store.history()) == events
    press(qtbot, window, Qt.Key.Key_A)  # something to undo now: it is undone, not refused
    assert press(qtbot, window, Qt.Key.Key_Z, CTRL) != "Nothing to undo in this document."
    assert store.annotations("a", "tester") == []


def test_a_number_no_label_has_names_the_label_keys(window, qtbot, store):
    events = len(store.history())
    item = window.controller.current_item()
    said = press(qtbot, window, Qt.Key.Key_7)
    assert said.startswith("No label has the key 7")
    for lab in store.labels():
        assert f"{lab.hotkey} {lab.name}" in said
    assert window.controller.current_item() == item
    assert len(store.history()) == events
