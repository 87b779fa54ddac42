"""From the history window to the main window: Ctrl+G on an event shows its
document there with the event's span focused (the main window on another
document meanwhile), from the whole project's history too; the history steps
aside and Ctrl+H brings it back as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project


def test_ctrl_g_on_an_event_shows_its_document_and_span(window, qtbot):
    window.controller.accept()  # the first suggestion of document a, now a gold span
    window.ctx.host.wait_idle()
    with Project.open(window.ctx.project_path, annotator="tester") as store:
        (span,) = store.annotations("a")
        (accepted,) = store.history(doc_id="a", action="suggestion.accepted")
    window.actions_by_name["review_history"].trigger()
    history = window.review_windows[-1]
    history.set_document(None)  # the whole project's history
    window.doc_panel.select("c")
    qtbot.waitUntil(lambda: window.controller.doc_id == "c")
    qtbot.waitUntil(
        lambda: accepted.id in history.visible_event_ids() or not history.paged.canFetchMore()
    )
    history.select_event(accepted.id)
    qtbot.waitExposed(history)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history, timeout=3000)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.doc_id == "a"
    assert window.controller.focused_gold_id() == span.id
    # the history stepped aside (it stays above its main window otherwise);
    # Ctrl+H brings it back as it was: the whole project, the event selected
    assert history.isHidden() and history in window.review_windows
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert history.isVisible() and history.whole_project
    assert window.review_windows.count(history) == 1 and len(window.review_windows) == 1
    assert history.selected_event_id() == accepted.id
    # an event about no document: said in the history window, the main window stays
    with Project.open(window.ctx.project_path, readonly=True) as store:
        (created,) = store.history(action="project.created")
    history.select_event(created.id)
    history.go_to_event()
    assert window.controller.doc_id == "a"
    assert history.count_label.text() == "Select an event about a document first."
    assert history.isVisible()
    history.close()
