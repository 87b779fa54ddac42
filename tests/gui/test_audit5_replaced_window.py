"""The project file replaced under the open window by another program (a
colleague's ``mv`` of a copy, a sync tool's rename): the window notices
within a second, without a key, keeps what it saved in a new file beside
the path, says so and goes read-only; Retry opens the file now at the path
and the window writes there."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import Project
from tests.gui.conftest import close_window, open_window


def press(qtbot, window, k):
    qtbot.keyClick(QApplication.focusWidget() or window, k)


def back_to(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.act_focus_text()


def gold(path) -> list[str]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        return sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))


def test_a_file_moved_over_the_open_project_is_noticed_and_nothing_is_lost(
    qtbot, project_path, tmp_path
):
    colleague = tmp_path / "colleague.biaozhu"
    with Project.open(project_path, annotator="tester") as p:
        p.backup_to(colleague)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        host, c = window.ctx.host, window.controller
        assert host.wait_idle()
        back_to(window, qtbot)  # the key reaches the text, also under load
        press(qtbot, window, Qt.Key.Key_A)  # saved in the file the window opened
        assert host.wait_idle()
        assert gold(project_path) == ["932.4亿元"]
        subprocess.run(["mv", str(colleague), str(project_path)], check=True)
        # noticed without a key
        qtbot.waitUntil(lambda: host.failure is not None, timeout=5000)
        box = window.findChild(QMessageBox, "writeFailed")
        qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=5000)
        (kept,) = tmp_path.glob("gui.kept-*.biaozhu")
        assert "replaced by another file" in box.text() and str(kept) in box.text()
        assert "read-only" in window.save_label.text()
        assert gold(kept) == ["932.4亿元"]
        # a key now is refused visibly, and nothing reaches either file
        box.close()
        back_to(window, qtbot)
        press(qtbot, window, Qt.Key.Key_A)
        assert host.wait_idle()
        assert "cannot be written now" in window.statusBar().currentMessage()
        assert gold(project_path) == [] and gold(kept) == ["932.4亿元"]
        # Retry opens the file now at the path: the window shows it and writes there
        window.actions_by_name["retry_saving"].trigger()
        assert host.wait_idle(10_000)
        assert host.failure is None
        qtbot.waitUntil(lambda: not any(i.is_gold for i in c.items), timeout=5000)
        back_to(window, qtbot)
        press(qtbot, window, Qt.Key.Key_A)
        assert host.wait_idle()
        assert len(gold(project_path)) == 1
        with Project.open(project_path, readonly=True) as p:
            assert p.verify().ok
        assert gold(kept) == ["932.4亿元"]
    finally:
        close_window(window)
