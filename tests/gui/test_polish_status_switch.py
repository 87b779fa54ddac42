"""What the status bar says about a document goes when the window leaves it:
after Ctrl+D, Ctrl+D and PgDn, "Document marked done." (文档已标记完成。)
stood for 6 s over the next document, still to do. Words about the project
(an import's, a backup's, Shift+O's over every document) stay."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.gui.conftest import DOC_B, close_window, open_window  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def said(window) -> str:
    return window.statusBar().currentMessage()


def page_down(qtbot, window) -> str:
    before = window.controller.doc_id
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: window.controller.doc_id != before, timeout=5000)
    return window.controller.doc_id


def status_of(path, doc_id: str) -> str:
    with Project.open(path, annotator="tester") as store:
        return store.status(doc_id, "tester")


def test_done_is_not_said_over_the_next_document(qtbot, project_path, tmp_path, language):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        assert window.controller.doc_id == "a"
        qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)  # asks: suggestions pending
        qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
        assert window.ctx.host.wait_idle()
        done = QCoreApplication.translate("Controller", "Document marked done.")
        assert said(window) == done
        assert status_of(project_path, "a") == "done"
        shown = page_down(qtbot, window)
        assert status_of(project_path, shown) != "done"
        assert said(window) == ""
        # a refusal about this document goes with it too
        assert shown == "b"
        start = DOC_B.index("18亿元")
        assert window.controller.add_span(start, start + 4, "METRIC")
        assert window.ctx.host.wait_idle()
        assert not window.controller.add_span(start, start + 3, "METRIC")
        assert "18亿元" in said(window)
        page_down(qtbot, window)
        assert said(window) == ""
        with Project.open(project_path, annotator="tester") as store:
            assert [a.text for a in store.annotations("b", "tester")] == ["18亿元"]
    finally:
        close_window(window)


def test_words_about_the_project_stay_over_the_next_document(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        words = "Backed up to gui-2026.biaozhu"
        window.ctx.message.emit(words)
        page_down(qtbot, window)
        assert said(window) == words
    finally:
        close_window(window)
