"""Tools → Suggest this document kept the suggesters' output and dropped the
names the curator's own accept had offered in the document (source "the
same name accepted elsewhere"): a curator asking for fresh suggestions
lost work the window had just carried there for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion

# A short brand name none of the suggesters find: only the offer puts it on d2.
NAME = "蓝鲸"
DOCS = {
    "d1": f"{NAME}今年营收增长百分之十二，{NAME}计划扩产。",
    "d2": f"记者从{NAME}获悉，新厂房已经投产，投资5亿元。",
}


@pytest.fixture
def offers_path(tmp_path):
    path = tmp_path / "offers.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for doc_id, text in DOCS.items():
            project.add_document(text, doc_id=doc_id)
            # suggested, the suggesters finding nothing: the window suggests a
            # document no suggester has run on when it opens
            project.store_suggestions(doc_id, [])
        project.store_suggestions("d1", [suggestion(DOCS["d1"], NAME, "COMPANY", 0.8)])
    return path


def pending(path, doc):
    with Project.open(path, annotator="tester", readonly=True) as store:
        return [
            (s.start, s.text, s.source) for s in store.suggestions(doc, "tester", status="pending")
        ]


def test_suggest_this_document_keeps_the_offers_of_an_accept(qtbot, tmp_path, offers_path):
    window = open_window(qtbot, offers_path, tmp_path)
    try:
        c = window.controller
        assert c.current_item().text == NAME
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        assert window.ctx.host.wait_idle(10_000)
        offer = (DOCS["d2"].index(NAME), NAME, "occurrence")
        assert pending(offers_path, "d2") == [offer]

        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: c.doc_id == "d2")
        window.actions_by_name["suggest_doc"].trigger()
        assert window.ctx.tasks.wait(60_000)
        assert window.ctx.host.wait_idle(10_000)

        now = pending(offers_path, "d2")
        assert offer in now  # the offer stays, beside the suggesters' own
        assert any(text == "5亿元" for _start, text, _source in now)
        # and the window shows it, pending, among the document's spans
        qtbot.waitUntil(lambda: any(i.start == offer[0] and i.is_pending for i in c.items))
        model = window.doc_panel.model
        assert model.doc_at(model.row_of("d2")).pending == len(now)
    finally:
        close_window(window)
