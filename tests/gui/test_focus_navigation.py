"""Focus where the work is, and navigation that holds (issue 15, items 2 and
4): the first key after opening is the article's, Tab never wanders into
the search box, Esc always comes back to the article, ``/`` is the only key
into search; the document shown stays current through search, filter and
order, and PgDn/PgUp move on from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui import jobs
from models import Project
from tests.gui.conftest import DOC_A, DOC_B, close_window, open_window

SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def test_the_article_has_the_first_key(window, qtbot, store):
    assert QApplication.focusWidget() is window.view
    assert window.controller.current_item().text == "932.4亿元"
    press(qtbot, window, Qt.Key.Key_A)  # typed nowhere else: accepted
    assert [a.text for a in store.annotations("a", "tester")] == ["932.4亿元"]
    assert window.doc_panel.search.text() == ""
    assert window.doc_panel.model.rowCount() == 3


def test_tab_never_enters_the_search_box_and_esc_comes_back(window, qtbot):
    seen = []
    for _ in range(12):
        press(qtbot, window, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    for _ in range(12):
        press(qtbot, window, Qt.Key.Key_Tab, SHIFT)
        seen.append(QApplication.focusWidget())
    assert window.doc_panel.search not in seen
    assert len(set(seen)) > 1  # Tab did move
    # from the attribute editor too
    field = window.span_panel.editor.fields["unit"]
    field.setFocus()
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.doc_panel.search
    # Esc comes back to the article from wherever focus went
    for widget in (window.doc_panel.table, window.span_panel.table, field):
        widget.setFocus()
        press(qtbot, window, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.view, widget


def test_slash_is_the_way_into_search(window, qtbot):
    press(qtbot, window, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is window.doc_panel.search
    qtbot.keyClicks(window.doc_panel.search, "abc")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
    # typing / in an attribute field (of a gold METRIC) types it
    press(qtbot, window, Qt.Key.Key_A)
    press(qtbot, window, Qt.Key.Key_K)
    field = window.span_panel.editor.fields["period"]
    field.setFocus()
    qtbot.keyClicks(field, "2024/25")
    assert field.text() == "2024/25" and QApplication.focusWidget() is field


def test_a_document_whose_suggestions_come_later_gets_its_first_one_focused(qtbot, tmp_path):
    path = tmp_path / "plain.biaozhu"
    with Project.create(path, annotator="tester") as p:
        p.add_document(DOC_A, doc_id="a")
        p.store_suggestions("a", [])  # a run that found nothing: opened without any
    window = open_window(qtbot, path, tmp_path)
    try:
        assert window.controller.current_item() is None
        jobs.suggest(window, window.ctx, None, show_progress=False)
        assert window.ctx.tasks.wait(60_000)
        assert window.ctx.host.wait_idle()
        item = window.controller.current_item()
        assert item is not None and item.is_pending
        assert QApplication.focusWidget() is window.view
        press(qtbot, window, Qt.Key.Key_A)
        with Project.open(path, annotator="tester") as store:
            assert [a.text for a in store.annotations("a", "tester")] == [item.text]
    finally:
        close_window(window)


def search(qtbot, window, query: str) -> None:
    panel = window.doc_panel
    press(qtbot, window, Qt.Key.Key_Slash)
    panel.search.insert(query)  # QTest types Latin-1 only
    panel._debounce.stop()
    panel._typed()
    qtbot.waitUntil(lambda: panel.query == query and not panel.searching, timeout=10_000)


def test_pgdn_moves_on_from_the_current_document_after_a_search(window, qtbot):
    search(qtbot, window, "营收超400")
    panel = window.doc_panel
    assert panel.order() == ["b"]
    assert window.controller.doc_id == "a"  # still the document shown
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "b" and window.view.toPlainText() == DOC_B
    press(qtbot, window, Qt.Key.Key_PageDown)  # b is the last found: it stays
    assert window.controller.doc_id == "b"
    # the search cleared, PgDn goes on from b, PgUp back
    panel.search.clear()
    panel._typed()
    assert panel.model.rowCount() == 3
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "c"
    press(qtbot, window, Qt.Key.Key_PageUp)
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.controller.doc_id == "a"


def test_pgdn_after_a_filter_and_an_order(window, qtbot):
    panel = window.doc_panel
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # a is done
    panel.status_filter.setCurrentIndex(1)  # to do: b, c
    assert panel.order() == ["b", "c"]
    assert window.controller.doc_id == "a"  # hidden by the filter, still current
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "b"
    press(qtbot, window, Qt.Key.Key_PageUp)  # nothing to do before b
    assert window.controller.doc_id == "b"
    panel.status_filter.setCurrentIndex(0)
    panel.set_order(["c", "b"])  # ranked first, the rest after
    assert panel.order() == ["c", "b", "a"]
    assert window.controller.doc_id == "b"
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.controller.doc_id == "c"
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "a"
    assert panel.table.currentIndex().row() == 2
