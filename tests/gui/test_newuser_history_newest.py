"""Review → History's "Newest first" (Alt+W) puts the latest events at the
top of a document's timeline too, where the window opens: a newcomer
following the README ticked it there and the list stayed oldest first (it
ordered only the whole project's history, a field-emptying away)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def alt_w(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)


def test_newest_first_orders_a_documents_timeline(window, qtbot, store):
    for _ in range(3):  # three decisions in document a, each an event
        window.controller.accept()
        window.ctx.host.wait_idle()
    events = [e.id for e in store.history(doc_id="a")]
    assert len(events) >= 4
    window.actions_by_name["review_history"].trigger()
    history = window.review_windows[-1]
    qtbot.waitExposed(history)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history, timeout=3000)
    assert history.visible_event_ids() == events  # oldest first, as it opens
    alt_w(qtbot)
    qtbot.waitUntil(history.newest.isChecked, timeout=2000)  # a mnemonic clicks it
    assert history.visible_event_ids() == events[::-1]
    alt_w(qtbot)
    qtbot.waitUntil(lambda: not history.newest.isChecked(), timeout=2000)
    assert history.visible_event_ids() == events
