"""The Review menu: compare & adjudicate, agreement, document and span history,
each in a window of its own; closing one refreshes the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import DOC_A


def test_review_menu_lists_its_actions_with_keys(window):
    menu = window.menus["review"]
    assert menu.menuAction().isVisible()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "action_review_compare",
        "action_review_agreement",
        "action_review_history",
        "action_review_span_history",
        "action_review_verify",
        "action_review_roles",
    ]
    keys = {
        n: window.actions_by_name[n].shortcut().toString()
        for n in ("review_compare", "review_history", "review_span_history")
    }
    assert keys == {
        "review_compare": "Ctrl+R",
        "review_history": "Ctrl+H",
        "review_span_history": "Ctrl+Shift+H",
    }
    assert menu.title() == "&Review"


def test_compare_adjudicate_then_close_refreshes_the_document(window, qtbot, store):
    from desktop.gui.review import ReviewView

    # alice drew a span the tester has not; the tester reviews
    start = DOC_A.index("高新区全年")
    store.set_role("tester", "reviewer")
    store.add_span("a", start, start + 3, "METRIC", annotator="alice")
    window.controller.accept()  # something on the undo stack
    assert window.ctx.undo_group.canUndo()

    window.actions_by_name["review_compare"].trigger()
    view = window.review_windows[-1]
    assert isinstance(view, ReviewView) and view.isVisible() and view.doc_id() == "a"
    view.set_layers("alice", "tester")
    assert view.model.rowCount() >= 1
    row = next(
        r
        for r in range(view.model.rowCount())
        if any(s.text == "高新区" for s in view.model.difference(r).left)
    )
    view.select_row(row)
    view.choose("left")
    assert ("高新区", "METRIC") in [(a.text, a.label) for a in store.annotations("a", "tester")]
    assert "高新区" not in [i.text for i in window.controller.items]  # not yet re-read
    view.close()
    qtbot.waitUntil(lambda: "高新区" in [i.text for i in window.controller.items], timeout=5000)
    assert window.review_windows == []
    assert not window.ctx.undo_group.canUndo()  # the review changed what the stack knew


def test_agreement_and_history_windows(window, qtbot):
    from desktop.gui.review import AgreementPanel, HistoryView

    window.actions_by_name["review_agreement"].trigger()
    panel = window.review_windows[-1]
    assert isinstance(panel, AgreementPanel) and panel.isVisible()

    window.actions_by_name["review_history"].trigger()
    history = window.review_windows[-1]
    assert isinstance(history, HistoryView) and history.doc_id == "a"
    assert history.model.rowCount() >= 1

    # the focused suggestion no one decided on has no history yet: said
    window.actions_by_name["review_span_history"].trigger()
    assert len(window.review_windows) == 2
    assert "no one has decided" in window.statusBar().currentMessage().lower()
    window.controller.accept()
    gold = next(i for i in window.controller.items if i.is_gold)
    window.controller.set_current(gold.key)
    window.actions_by_name["review_span_history"].trigger()
    span_view = window.review_windows[-1]
    with Project.open(window.ctx.project_path, annotator="tester") as store:
        (saved,) = store.annotations("a")
    assert isinstance(span_view, HistoryView) and span_view.span_id == saved.id
    assert str(saved.id) in span_view.windowTitle()
    rows = range(span_view.proxy.rowCount())
    actions = [span_view.proxy.index(r, 3).data(span_view.model.ActionRole) for r in rows]
    assert actions == ["suggestion.accepted"]

    for w in list(window.review_windows):
        w.close()
    qtbot.waitUntil(lambda: not window.review_windows, timeout=3000)
    QApplication.processEvents()
    assert window.ctx.undo_group.canUndo()  # nothing changed: the undo history stays


def test_the_shortcuts_sheet_lists_the_new_keys(window):
    from desktop.gui.dialogs.shortcuts import shortcuts_html

    sheet = shortcuts_html(window.actions_by_name)
    for text in ("Shift+O", "Accept all occurrences", "Ctrl+R", "Compare &amp; adjudicate"):
        assert text in sheet
    assert "Ctrl+Shift+H" in sheet and "History of the focused span" in sheet
