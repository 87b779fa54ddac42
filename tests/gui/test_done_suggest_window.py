"""Tools → Suggest this document on a document the curator marked done added
suggestions the document list counted as pending, though a done document's
gold is final (Ctrl+D records what is pending as rejected). Suggesting it
now shows and counts nothing pending; Ctrl+D reopens it, and then its
suggestions are pending, and Suggest this document works there again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from models.store import bulk
from tests.gui.conftest import close_window, open_window

TEXT = "2024年，园区实现工业营收932.4亿元，同比增长13.7%，比亚迪满产运行。"


@pytest.fixture
def done_path(tmp_path):
    path = tmp_path / "done.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document(TEXT, doc_id="d1")
        project.add_document("园区新增规上工业企业12家。", doc_id="d2")
        bulk.finish_document(project, "d1", "tester")
    return path


def stored_pending(path, doc: str) -> int:
    with Project.open(path, annotator="tester", readonly=True) as store:
        return store.document_counts([doc], "tester")[doc][2]


def test_suggest_this_document_adds_nothing_pending_to_a_done_one(qtbot, tmp_path, done_path):
    window = open_window(qtbot, done_path, tmp_path)
    try:
        c = window.controller
        model = window.doc_panel.model
        qtbot.waitUntil(lambda: c.doc_id == "d1")
        window.actions_by_name["suggest_doc"].trigger()
        assert window.ctx.tasks.wait(60_000)
        assert window.ctx.host.wait_idle(10_000)
        with Project.open(done_path, annotator="tester", readonly=True) as store:
            assert store.suggestions("d1", "tester")  # stored: the evidence reads them
        assert stored_pending(done_path, "d1") == 0
        qtbot.wait(200)
        assert model.doc_at(model.row_of("d1")).pending == 0
        assert c.state.pending_count == 0
        assert not any(i.is_pending for i in c.items)
        # the status bar says why nothing new is shown, and how to see it
        said = window.statusBar().currentMessage()
        assert said.startswith("This document is done: Ctrl+D reopens it"), said

        # Ctrl+D on the done document reopens it: its suggestions are pending
        window.activateWindow()  # the suggesting's progress had it
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(
            window.focusWidget() or window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
        )
        assert window.ctx.host.wait_idle(10_000)
        pending = stored_pending(done_path, "d1")
        assert pending > 0
        qtbot.waitUntil(lambda: model.doc_at(model.row_of("d1")).pending == pending)
        assert c.state.pending_count == pending
        assert sum(i.is_pending for i in c.items) == pending

        window.actions_by_name["suggest_doc"].trigger()
        assert window.ctx.tasks.wait(60_000)
        assert window.ctx.host.wait_idle(10_000)
        assert stored_pending(done_path, "d1") == pending
        qtbot.waitUntil(lambda: c.state.pending_count == pending)
        assert not window.statusBar().currentMessage().startswith("This document is done")
        with Project.open(done_path, readonly=True) as store:
            assert store.verify().ok
    finally:
        close_window(window)
