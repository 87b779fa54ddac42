"""A reviewer checks the history from the window when they choose (Review →
Check the history), not only when the project opens: a file rewritten with
sqlite3 while the window is open is found and said in the bar above the
article, and a file that verifies says so in the status bar even when
another note is showing there."""

from __future__ import annotations

import sqlite3

from desktop.gui.widgets.history_bar import HistoryBar
from models import Project
from tests.gui.conftest import close_window, open_window


def check_now(qtbot, window) -> HistoryBar:
    qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
    window.actions_by_name["review_verify"].trigger()
    assert not window.history_checked  # a check is running
    qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
    return window.findChild(HistoryBar, "historyBar")


def test_a_rewrite_made_while_the_window_is_open_is_found_on_demand(qtbot, project_path, tmp_path):
    with Project.open(project_path, annotator="tester") as p:
        first = p.suggestions("a")[0]
        p.accept_suggestion(first.id)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        assert not window.findChild(HistoryBar, "historyBar").isVisible()
        conn = sqlite3.connect(project_path, isolation_level=None)
        conn.execute(f"UPDATE suggestions SET score = 0.12 WHERE id = {first.id}")
        conn.close()
        bar = check_now(qtbot, window)
        assert bar.isVisible()
        assert f"suggestions row {first.id} differs from event" in bar.label.text()
    finally:
        close_window(window)


def test_a_file_that_verifies_says_so_whatever_the_status_bar_showed(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        window.statusBar().showMessage("another note")
        bar = check_now(qtbot, window)
        assert not bar.isVisible()
        assert window.statusBar().currentMessage() == "History checked: the file matches it."
    finally:
        close_window(window)
