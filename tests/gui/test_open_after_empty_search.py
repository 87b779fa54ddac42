"""Opening another project while a search shows no hit: the window shows
the new project's first document, never the article and spans of the
project before under a header that says there is no document."""

from __future__ import annotations

from models import Project
from tests.gui.conftest import close_window, open_window


def test_another_project_opened_under_an_empty_search_shows_its_own_article(
    qtbot, project_path, tmp_path
):
    other = tmp_path / "other.biaozhu"
    with Project.create(other, annotator="tester") as project:
        project.add_document("赣州经开区新增规上工业企业20家。", doc_id="z")
    window = open_window(qtbot, project_path, tmp_path)
    panel = window.doc_panel
    panel.search.setText("没有这样的词语")
    panel._search_now()
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() == 0, timeout=10_000)
    assert window.open_project(str(other))
    qtbot.waitUntil(lambda: window.controller.doc_id == "z", timeout=10_000)
    assert window.view.text == "赣州经开区新增规上工业企业20家。"
    assert window.span_panel.table.model().rowCount() == 0
    assert panel.search.text() == "" and panel.model.rowCount() == 1
    close_window(window)
