"""The article keeps its focused span in view when the window takes its size:
opened under a window manager that maximises the window after it is shown,
the article was scrolled for the smaller first size, and the curator found
the focused span in the top tenth of the view with the title and byline
scrolled away, though all of them fitted on the screen."""

from __future__ import annotations

import pytest

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion

LEAD = (
    "园区经济稳步增长\n\n本报记者 林晓岚\n\n" + "园区企业持续发力,产业链条不断延伸。" * 6 + "\n\n"
)
TEXT = LEAD + "2025年,高新区实现营收120亿元,同比增长8.5%。" + "\n\n园区配套设施日益完善。" * 40


@pytest.fixture
def lead_project(tmp_path):
    path = tmp_path / "lead.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document("园区新增企业12家。", doc_id="first")
        doc, _ = project.add_document(TEXT, doc_id="lead")
        project.store_suggestions(doc, [suggestion(TEXT, "120亿元", "METRIC")])
    return path


def test_the_focused_span_stays_in_view_when_the_window_grows(qtbot, tmp_path, lead_project):
    window = open_window(qtbot, lead_project, tmp_path)
    try:
        view = window.view
        qtbot.waitUntil(lambda: window.controller.doc_id == "first")
        window.resize(1300, 260)  # the size before the window manager's
        qtbot.waitUntil(lambda: view.viewport().height() < 400)
        window.doc_panel.select("lead")  # opened at that size
        qtbot.waitUntil(lambda: window.controller.doc_id == "lead")
        qtbot.waitUntil(lambda: window.controller.current_item() is not None)
        window.resize(1366, 740)  # maximised
        qtbot.waitUntil(lambda: view.viewport().height() > 500)
        qtbot.wait(50)
        item = window.controller.current_item()
        top = view.cursorRect(view._cursor(item.start, item.start)).top()
        height = view.viewport().height()
        # where the keys keep a span: not in the top 15 % nor under 80 %
        assert height * 0.15 <= top <= height * 0.8, (top, height)
        # and as it fits there with the article from its start, the title shows
        assert view.verticalScrollBar().value() == 0
    finally:
        close_window(window)
