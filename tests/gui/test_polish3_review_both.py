"""Compare & adjudicate: B (both) on two spans of other boundaries is refused
where the project keeps one span per place, and the window said "the span
overlaps '“十四五”规划' (POLICY), which is already gold" — a span the
reviewer never took, named as gold. It says why both cannot be taken and
what can, and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import DOC_A


def test_both_on_overlapping_spans_says_why_and_what_to_press(qtbot, project_path, english):
    from desktop.gui.review import ReviewView

    start = DOC_A.index("《江西省")
    end = DOC_A.index("》", start) + 1
    with Project.open(project_path, annotator="rita") as store:
        store.set_role("rita", "reviewer")
        store.add_span("a", start, end, "POLICY", annotator="alice")
        store.add_span("a", start + 1, end - 1, "POLICY", annotator="bob")
    view = ReviewView(str(project_path), "rita", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # its keys are the window's
    try:
        view.set_layers("alice", "bob")
        (row,) = [r for r in range(view.model.rowCount()) if view.model.difference(r).left]
        view.select_row(row)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_B)
        said = view.message.text()
        assert "already gold" not in said
        assert said == (
            "Both: the two spans overlap, and this project keeps one span per place"
            " (Annotate → Allow overlapping spans changes that); take left (L), right (R)"
            " or neither (N)."
        )
        with Project.open(project_path, annotator="rita", readonly=True) as store:
            assert store.annotations("a", "rita") == []
        assert view.model.state(row) is None
        qtbot.keyClick(view.table, Qt.Key.Key_L)  # what it says works
        with Project.open(project_path, annotator="rita", readonly=True) as store:
            assert [(a.start, a.end) for a in store.annotations("a", "rita")] == [(start, end)]
    finally:
        view.close()


def test_ctrl_d_marks_the_document_done_as_in_the_main_window(qtbot, project_path, english):
    """Mark document done was the one choice of the review window without a
    key: Ctrl+D, which marks a document done in the main window, did nothing
    there. It marks the reviewer's document done, and the button says so."""
    from desktop.gui.review import ReviewView

    with Project.open(project_path, annotator="rita") as store:
        store.set_role("rita", "reviewer")
        store.add_span("a", 0, 3, "COMPANY", annotator="alice")
    view = ReviewView(str(project_path), "rita", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    try:
        assert view.act_done.text() == "Mark document done / reopen (Ctrl+D)"
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        with Project.open(project_path, annotator="rita", readonly=True) as store:
            assert store.status("a", "rita") == "done"
        assert view.reviewer_label.text().endswith("done")
    finally:
        view.close()
