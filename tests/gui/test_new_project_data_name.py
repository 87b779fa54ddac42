"""File → New project with a data file's name typed in the chooser
(notes.txt) makes notes.txt.biaozhu, never a SQLite file called notes.txt
where the curator's data goes (the command line refuses such a name)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from models import Project
from tests.gui.conftest import close_window, open_window


def create_as(window, path) -> None:
    """New project, the name typed in the chooser, then Save."""

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [w for w in shown if w.isVisible()]
        if not shown:
            QTimer.singleShot(50, answer)
            return
        shown[0].findChild(QLineEdit, "fileNameEdit").setText(str(path))
        shown[0].accept()

    QTimer.singleShot(50, answer)
    window.act_new_project()


def test_a_data_files_name_becomes_a_project_beside_it(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        create_as(window, tmp_path / "notes.txt")
        made = tmp_path / "notes.txt.biaozhu"
        qtbot.waitUntil(lambda: window.ctx.project_path == str(made) or made.exists(), timeout=5000)
    finally:
        close_window(window)
    assert not (tmp_path / "notes.txt").exists()
    with Project.open(made) as p:
        assert p.verify().ok


def test_a_projects_own_name_is_kept(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        create_as(window, tmp_path / "mine.db")
        made = tmp_path / "mine.db"
        qtbot.waitUntil(made.exists, timeout=5000)
    finally:
        close_window(window)
    assert not (tmp_path / "mine.db.biaozhu").exists()
