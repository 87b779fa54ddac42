"""The search's hit list follows the document list's status filter: on the
CLUENER project, "in progress" showed 12 documents while the list beside
them said "1150 hit(s)" and listed hits in documents the filter hid, one
Enter away from opening one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import close_window, open_window
from tests.gui.test_search import DOCS, QUERY, enter_query, press


@pytest.fixture
def done_s1(qtbot, tmp_path):
    path = tmp_path / "search.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for doc_id, text in DOCS.items():
            project.add_document(text, doc_id=doc_id)
        project.set_status("s1", "done", annotator="tester")
    window = open_window(qtbot, path, tmp_path)
    yield window
    close_window(window)


def hit_docs(panel) -> list[str]:
    shown = panel.hit_list.model()
    return [
        shown.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).doc_id for r in range(shown.rowCount())
    ]


def test_hits_in_documents_the_filter_hides_are_not_listed(done_s1, qtbot):
    window = done_s1
    panel = window.doc_panel
    enter_query(qtbot, window, QUERY)
    assert hit_docs(panel) == ["s1", "s1", "s3", "s4"]
    assert panel.hit_label.text() == "4 hit(s)"
    panel.status_filter.setFocus()
    press(qtbot, window, Qt.Key.Key_Down)  # to do: s1 is done
    assert panel.model.ids_shown() == ["s3", "s4"]
    assert hit_docs(panel) == ["s3", "s4"]
    assert panel.hit_label.text() == "2 hit(s)"
    # Enter in the search box goes to the first hit the list shows
    press(qtbot, window, Qt.Key.Key_Slash)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.doc_id == "s3")
    assert QApplication.focusWidget() is window.view
    # every document again: every hit again
    panel.status_filter.setCurrentIndex(0)
    assert hit_docs(panel) == ["s1", "s1", "s3", "s4"]
    assert panel.hit_label.text() == "4 hit(s)"


def test_a_search_cut_at_its_limit_says_of_how_many(done_s1, qtbot, monkeypatch):
    from desktop.gui.widgets import doc_panel

    monkeypatch.setattr(doc_panel, "HITS_LISTED", 3)  # the search stops at 3 hits
    window = done_s1
    panel = window.doc_panel
    enter_query(qtbot, window, QUERY)
    assert panel.hit_label.text() == "the first 3 hits"
    panel.status_filter.setCurrentIndex(1)  # to do
    assert hit_docs(panel) == ["s3"]
    assert panel.hit_label.text() == "1 of the first 3 hits"
