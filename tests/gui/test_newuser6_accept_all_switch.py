"""What Shift+A says goes with its document (newuser6, 7 December 2026):
Shift+A writes in the background, and PgDn pressed at once, before its
writes end, left "Accepted n suggestions. …" over the next document, where
nothing had been accepted. After PgDn the bar says nothing about the
document left, whenever Shift+A's writing ends."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.gui.conftest import close_window, open_window  # noqa: E402
from tests.gui.test_polish_status_switch import page_down, said  # noqa: E402

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("wait_first", [True, False], ids=["after-writes", "at-once"])
def test_accept_all_is_not_said_over_the_next_document(
    qtbot, project_path, tmp_path, language, wait_first
):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        # the opening history check says its verdict, about the project: not this test's
        qtbot.waitUntil(lambda: window.history_checked, timeout=30_000)
        window.statusBar().clearMessage()
        assert window.controller.doc_id == "a"
        qtbot.keyClick(window.view, Qt.Key.Key_A, SHIFT)
        if wait_first:
            assert window.ctx.host.wait_idle()
            assert said(window)  # how many it accepted
        assert page_down(qtbot, window) == "b"
        assert window.ctx.host.wait_idle()
        qtbot.wait(200)  # the writes' results reach the window
        with Project.open(project_path, annotator="tester") as store:
            assert len(store.annotations("a", "tester")) == 4
            assert store.annotations("b", "tester") == []
        assert said(window) == ""
    finally:
        close_window(window)
