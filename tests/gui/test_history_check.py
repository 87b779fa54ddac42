"""The window checks the project against its history when it opens one (the
core's verify, in the background): a file edited by hand says so in a bar
above the article, with the first problem, the full report and the way back
(a backup); a file that verifies says nothing but a quiet note. The check
only reads."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit

from desktop.cli import main
from desktop.gui.jobs import verify_history
from desktop.gui.widgets.history_bar import HistoryBar
from models import Project
from models.progress import Cancelled
from tests.gui.conftest import close_window, open_window


def decided_and_tampered(path) -> int:
    """A suggestion accepted, then its score rewritten with sqlite3 (the span
    panel would show 0.12 where the curator was shown 0.9)."""
    with Project.open(path, annotator="tester") as p:
        first = p.suggestions("a")[0]
        p.accept_suggestion(first.id)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"UPDATE suggestions SET score = 0.12 WHERE id = {first.id}")
    conn.close()
    return first.id


def held(path) -> tuple:
    """What the check must leave as it was: the history and the tables it compares."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(
            tuple(conn.execute(sql).fetchall())
            for sql in (
                "SELECT id, hash FROM events ORDER BY id",
                "SELECT * FROM suggestions ORDER BY id",
                "SELECT * FROM annotations ORDER BY id",
                "SELECT * FROM decisions ORDER BY suggestion_id, annotator",
                "SELECT * FROM doc_status ORDER BY doc_id, annotator",
            )
        )
    finally:
        conn.close()


def checked(qtbot, window) -> HistoryBar:
    qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
    return window.findChild(HistoryBar, "historyBar")


def test_a_file_edited_by_hand_is_said_above_the_article(qtbot, project_path, tmp_path, capsys):
    sid = decided_and_tampered(project_path)
    assert main(["verify", str(project_path)]) == 1
    printed = capsys.readouterr().err
    before = held(project_path)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        bar = checked(qtbot, window)
        assert bar is not None and bar.isVisible()
        said = bar.label.text()
        assert f"suggestions row {sid} differs from event" in said
        assert "score 0.12 in the table, 0.9 in the history" in said
        assert "Restore from backup" in said
        assert "\n" not in said
        # not a dialog over the article
        assert window.findChild(QMessageBox) is None or not any(
            b.isVisible() for b in window.findChildren(QMessageBox)
        )
        # the full report is what `biaozhu verify` prints
        assert bar.report_text().strip() == printed.strip()
        bar.details_button.click()
        box = window.findChild(QDialog, "historyReport")
        assert box is not None and box.isVisible() and not box.isModal()
        assert box.findChild(QPlainTextEdit).toPlainText() == printed.strip()
        box.close()
        # the restore is one click away
        assert bar.restore_button.isVisible()
        window.ctx.tasks.wait(20_000)
        window.ctx.host.wait_idle()
        assert held(project_path) == before  # the check wrote nothing
    finally:
        close_window(window)


def test_a_file_that_verifies_shows_no_warning(qtbot, project_path, tmp_path):
    with Project.open(project_path, annotator="tester") as p:
        p.accept_suggestion(p.suggestions("a")[0].id)
    before = held(project_path)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        bar = checked(qtbot, window)
        assert bar is None or not bar.isVisible()
        window.ctx.tasks.wait(20_000)
        window.ctx.host.wait_idle()
        assert held(project_path) == before
    finally:
        close_window(window)


def test_the_check_follows_the_project_the_window_switches_to(qtbot, project_path, tmp_path):
    """A tampered file, then a clean one opened in the same window: the bar
    goes with the file it was about."""
    from tests.gui.conftest import make_project

    decided_and_tampered(project_path)
    clean = tmp_path / "clean.biaozhu"
    make_project(clean)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        bar = checked(qtbot, window)
        assert bar.isVisible()
        window.open_project(str(clean))
        bar = checked(qtbot, window)
        assert not bar.isVisible()
    finally:
        close_window(window)


def test_a_check_stops_when_cancelled(project_path):
    """Cancelled (the window closing, another project opened), the check stops
    at SQLite's next steps rather than reading the file to its end."""
    decided_and_tampered(project_path)

    class Stopped:
        def start(self, total: int, what: str) -> None: ...
        def advance(self, n: int = 1, note: str = "") -> None: ...
        def finish(self) -> None: ...
        def cancelled(self) -> bool:
            return True

    with Project.open(project_path, annotator="tester", readonly=True) as p:
        try:
            verify_history(p, Stopped())
        except Cancelled:
            pass
        else:
            raise AssertionError("the check ran to its end though cancelled")
        assert not p.verify().ok  # the connection is usable afterwards, no handler left
