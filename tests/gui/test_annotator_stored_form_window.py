"""The window opened as alice on a project that stores ａｌｉｃｅ (an older
Biaozhu's or an import's raw name) works in ａｌｉｃｅ's layer: no second
annotator is made, and the accept is theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import close_window, open_window

WIDE = "ａｌｉｃｅ"


def test_the_window_as_alice_writes_in_the_stored_layer(qtbot, project_path, tmp_path):
    with Project.open(project_path, annotator="tester") as p:
        p.ensure_annotator(WIDE)
    window = open_window(qtbot, project_path, tmp_path, annotator="alice")
    try:
        assert window.ctx.host.wait_idle()
        assert window.controller.current_item().text == "932.4亿元"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
        assert window.ctx.host.wait_idle()
        assert window.ctx.annotator == WIDE
    finally:
        close_window(window)
    with Project.open(project_path, readonly=True) as p:
        assert sorted(a["name"] for a in p.annotators()) == sorted(["tester", WIDE])
        assert [a.text for a in p.annotations("a", WIDE)] == ["932.4亿元"]
