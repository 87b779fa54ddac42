"""After Retry on a project file replaced under the window, the window has
another file open: it checks that file against its history in the
background, as on opening one, and the bar above the article says what the
check finds there."""

from __future__ import annotations

import sqlite3
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui.widgets.history_bar import HistoryBar
from models import Project
from tests.gui.conftest import close_window, open_window


def tampered_copy(path, to) -> int:
    """A copy of the project (a colleague's), with a suggestion accepted there
    and then its score rewritten with sqlite3: it fails verify."""
    with Project.open(path, annotator="tester") as p:
        p.backup_to(to)
    with Project.open(to, annotator="colleague") as p:
        first = p.suggestions("c")[0]
        p.accept_suggestion(first.id)
    conn = sqlite3.connect(to, isolation_level=None)
    conn.execute(f"UPDATE suggestions SET score = 0.12 WHERE id = {first.id}")
    conn.close()
    return first.id


def test_retry_on_a_replaced_file_checks_the_history_of_the_file_now_open(
    qtbot, project_path, tmp_path
):
    colleague = tmp_path / "colleague.biaozhu"
    sid = tampered_copy(project_path, colleague)
    with Project.open(colleague, readonly=True) as p:
        assert not p.verify().ok
    window = open_window(qtbot, project_path, tmp_path)
    try:
        host = window.ctx.host
        bar = window.findChild(HistoryBar, "historyBar")
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        assert not bar.isVisible()  # the file opened verifies
        assert host.wait_idle()
        subprocess.run(["mv", str(colleague), str(project_path)], check=True)
        qtbot.waitUntil(lambda: host.failure is not None, timeout=5000)
        box = window.findChild(QMessageBox, "writeFailed")
        qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=5000)
        box.close()
        window.activateWindow()
        window.actions_by_name["retry_saving"].trigger()
        assert host.wait_idle(10_000) and host.failure is None
        # the file now open is checked, and its problem is said above the article
        qtbot.waitUntil(lambda: window.history_checked and bar.isVisible(), timeout=20_000)
        assert f"suggestions row {sid} differs from event" in bar.label.text()
        assert "History check failed" in window.statusBar().currentMessage()
        # the keys stay with the article and still write to the file now open
        window.act_focus_text()
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_A)
        assert host.wait_idle()
        with Project.open(project_path, annotator="tester", readonly=True) as p:
            assert [a.text for a in p.annotations("a", "tester")] == ["932.4亿元"]
    finally:
        close_window(window)
