"""The status filter answers the keyboard: Tab reaches it, and there ↓/↑
choose what the list shows (to do, in progress, done) as in any list box,
where the window's ↓/↑ (next / previous span) took them and the filter
could not be changed without a mouse; Esc comes back to the article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def test_down_in_the_status_filter_filters_the_list(window, qtbot, store):
    press(qtbot, window, Qt.Key.Key_A)  # document a begun: in progress
    assert store.status("a", "tester") == "in_progress"
    panel = window.doc_panel
    for _ in range(20):
        if QApplication.focusWidget() is panel.status_filter:
            break
        press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.status_filter
    focused = window.controller.current_item()
    press(qtbot, window, Qt.Key.Key_Down)  # to do
    todo = [d for d in store.document_ids() if store.status(d, "tester") == "todo"]
    assert panel.model.ids_shown() == todo == ["b", "c"]
    assert window.controller.current_item() == focused  # no span moved
    press(qtbot, window, Qt.Key.Key_Down)  # in progress
    assert panel.model.ids_shown() == ["a"]
    press(qtbot, window, Qt.Key.Key_Up)
    assert panel.model.ids_shown() == todo
    press(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
