"""Shift+A shows at once, is written in chunks with progress in the status
bar, and can be cancelled: what was not written goes back to pending in
the view, so the window shows what the file holds."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

SHIFT = Qt.KeyboardModifier.ShiftModifier


def held_store(window) -> threading.Event:
    """Keep the store thread busy until the event is set (writes queue behind)."""
    release = threading.Event()
    window.ctx.host.submit(lambda _project, _progress: release.wait(10))
    return release


def test_shift_a_shows_progress_and_a_cancel_takes_back_what_was_not_written(window, qtbot, store):
    release = held_store(window)
    qtbot.keyClick(window.view, Qt.Key.Key_A, SHIFT)
    assert sum(i.is_gold for i in window.controller.items) == 4  # shown at once
    strip = window.progress
    assert strip.isVisible() and strip.label.text() == "Accept all suggestions"
    strip.cancel_button.click()
    release.set()
    assert window.ctx.host.wait_idle()
    assert store.annotations("a", "tester") == []
    assert [i.status for i in window.controller.items] == ["pending"] * 4
    assert not strip.isVisible()
    assert window.doc_panel.model.doc_at(0).pending == 4


def test_shift_a_written_then_undone_in_one_step(window, qtbot, store):
    qtbot.keyClick(window.view, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle()
    assert len(store.annotations("a", "tester")) == 4
    assert not window.progress.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.status for i in window.controller.items] == ["pending"] * 4
    assert window.ctx.host.wait_idle()
    assert store.annotations("a", "tester") == []
    undone = [e for e in store.history(doc_id="a") if e.action == "suggestion.undone"]
    assert len(undone) == 4
    assert store.verify().ok
