"""A reviewer settles differences in Review → Compare, then comes back to the
main window with the review window still open: the main window went on
showing the document as it was before (to do, no gold) although the
reviewer's layer now held the spans they took, until the review window was
closed. Coming back to the main window reads the document again."""

from __future__ import annotations

from tests.gui.conftest import DOC_A


def test_the_main_window_shows_what_the_review_window_wrote_when_activated(window, qtbot, store):
    from desktop.gui.review import ReviewView

    start = DOC_A.index("高新区全年")
    store.set_role("tester", "reviewer")
    store.add_span("a", start, start + 3, "METRIC", annotator="alice")
    window.controller.accept()  # something on the undo stack
    assert window.ctx.host.wait_idle(10_000)

    window.actions_by_name["review_compare"].trigger()
    view = window.review_windows[-1]
    assert isinstance(view, ReviewView)
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.set_layers("alice", "tester")
    row = next(
        r
        for r in range(view.model.rowCount())
        if any(s.text == "高新区" for s in view.model.difference(r).left)
    )
    view.select_row(row)
    view.choose("left")
    assert ("高新区", "METRIC") in [(a.text, a.label) for a in store.annotations("a", "tester")]

    # back to the main window, the review window left open
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: "高新区" in [i.text for i in window.controller.items], timeout=5000)
    assert view.isVisible() and view in window.review_windows
    model = window.doc_panel.model
    gold = len(store.annotations("a", "tester"))
    assert model.doc_at(model.row_of("a")).gold == gold
    # the undo stack knew spans the review changed: emptied, as on closing
    assert not window.ctx.undo_group.canUndo()
    view.close()
