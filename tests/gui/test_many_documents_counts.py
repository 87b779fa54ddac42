"""A key whose write reaches hundreds of documents (Shift+O on a name
found across the project, an accept whose offers go into 500 documents)
has the document list's rows follow what the store holds in one step:
under a status filter the list is rebuilt once, not once per document
whose status changed (10,000 rows, thousands of times, froze the window
for seconds on a big project)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion

NAME = "青溪锂能科技"  # a made-up firm
COUNT = 300


@pytest.fixture
def many_path(tmp_path):
    path = tmp_path / "many.biaozhu"
    project = Project.create(path, annotator="tester")
    with project.transaction():
        for n in range(COUNT):
            project.add_document(f"第{n}篇：{NAME}今年新增订单{n + 1}笔。", doc_id=f"d{n:04d}")
            if n:  # suggested, nothing found: what comes to them is the accept's offers
                project.store_suggestions(f"d{n:04d}", [])
    first = project.document_text("d0000")
    project.store_suggestions("d0000", [suggestion(first, NAME, "COMPANY", 0.8)])
    project.close()
    return path


def test_shift_o_across_the_project_rebuilds_a_filtered_list_once(qtbot, tmp_path, many_path):
    window = open_window(qtbot, many_path, tmp_path)
    try:
        panel = window.doc_panel
        assert window.controller.current_item().text == NAME
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        assert window.ctx.host.wait_idle(30_000)
        qtbot.waitUntil(lambda: panel.model.doc_at(panel.model.row_of("d0299")).pending == 1)
        panel.status_filter.setCurrentIndex(1)  # to do
        resets = []
        panel.model.modelReset.connect(lambda: resets.append(1))
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ShiftModifier)
        assert window.ctx.host.wait_idle(60_000)
        with Project.open(many_path, annotator="tester") as store:
            todo = [d for d in store.document_ids() if store.status(d, "tester") == "todo"]
            begun = [d for d in store.document_ids() if store.status(d, "tester") != "todo"]
        assert len(begun) == COUNT  # Shift+O began every document
        qtbot.waitUntil(lambda: panel.model.ids_shown() == todo)
        assert len(resets) <= 3, f"the list was rebuilt {len(resets)} times"
    finally:
        close_window(window)
