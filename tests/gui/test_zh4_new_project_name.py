"""File → New project suggests a file name in the window's language (it
offered "project.biaozhu" in the Chinese window)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.gui.conftest import close_window, open_window
from tests.gui_polish.ui_strings import english_left


def suggested_name(qtbot, window) -> str:
    """What the chooser New project opens offers as the file's name; then Cancel."""
    seen: dict[str, str] = {}

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [w for w in shown if w.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        seen["name"] = shown[0].findChild(QLineEdit, "fileNameEdit").text()
        shown[0].reject()

    QTimer.singleShot(50, look)
    window.act_new_project()
    return seen["name"]


def test_a_new_projects_suggested_name_is_chinese(qtbot, project_path, tmp_path, chinese):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        name = suggested_name(qtbot, window)
    finally:
        close_window(window)
    assert name == "项目.biaozhu"
    assert english_left(name, ["biaozhu"]) == []
