"""Ctrl+D in Compare & adjudicate on a document already done for the
reviewer reopens it, as in the main window (Annotate → Mark document done /
reopen; the README: "Ctrl+D marks the document done as in the main
window"): it marked it done again, so the reviewer could not reopen it there.
Reopening makes pending again what marking it done rejected, as the main
window's does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project, Suggestion
from models.store.bulk import finish_document
from tests.gui.conftest import DOC_A


def status_and_suggestion(project_path) -> tuple[str, str]:
    with Project.open(project_path, annotator="rita", readonly=True) as store:
        return store.status("a", "rita"), store.suggestions("a", "rita")[0].status


def test_ctrl_d_on_a_done_document_reopens_it(qtbot, project_path, english):
    from desktop.gui.review import ReviewView

    with Project.open(project_path, annotator="rita") as store:
        store.set_role("rita", "reviewer")
        store.add_span("a", 0, 3, "COMPANY", annotator="alice")
        store.store_suggestions("a", [Suggestion(4, 6, "METRIC", DOC_A[4:6], 0.9, "rules", "1")])
        finish_document(store, "a", "rita")  # done in the main window, before
    assert status_and_suggestion(project_path) == ("done", "rejected")
    view = ReviewView(str(project_path), "rita", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    try:
        assert "reopen" in view.act_done.text()
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert status_and_suggestion(project_path) == ("in_progress", "pending")
        assert not view.reviewer_label.text().endswith("done")
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert status_and_suggestion(project_path) == ("done", "rejected")
        assert view.reviewer_label.text().endswith("done")
    finally:
        view.close()
