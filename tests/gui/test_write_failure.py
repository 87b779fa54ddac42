"""The window never shows what the file lacks (issue 12, item 3): a write
the file refuses (here: another connection holds the write lock past the
window's wait) is rolled back in the view at once, a dialog says what was
not saved and why, and the window stays usable: read-only until Retry
works, then writing again."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import Project
from tests.gui.conftest import close_window, open_window


@pytest.fixture
def locked(project_path):
    """Another program holding the project's write lock."""
    conn = sqlite3.connect(project_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


@pytest.fixture
def impatient(qtbot, project_path, tmp_path):
    """A window that waits 200 ms for the write lock."""
    window = open_window(qtbot, project_path, tmp_path, write_wait_ms=200)
    yield window
    close_window(window)


def press(qtbot, window, k):
    qtbot.keyClick(QApplication.focusWidget() or window, k)


def back_to(window, qtbot) -> None:
    """The dialog closed, the window active again, the article focused."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.act_focus_text()


def state(project_path) -> tuple[list, set]:
    with Project.open(project_path, annotator="tester") as p:
        gold = [a.text for a in p.annotations("a", "tester")]
        decided = {s.text for s in p.suggestions("a", "tester") if s.status != "pending"}
        return gold, decided


def failure_box(window) -> QMessageBox:
    box = window.findChild(QMessageBox, "writeFailed")
    assert box is not None and box.isVisible()
    return box


def test_a_refused_write_is_rolled_back_and_said(impatient, qtbot, project_path, locked):
    window, c = impatient, impatient.controller
    assert window.ctx.host.wait_idle()  # the window's own start-up writes are done
    press(qtbot, window, Qt.Key.Key_A)  # shown at once as gold ...
    assert c.current_item().text == "13.7%"
    press(qtbot, window, Qt.Key.Key_X)  # ... and a second key queued behind it
    assert window.ctx.host.wait_idle(10_000)
    # ... but the file refused: the view shows what the file holds
    assert [i.status for i in c.items] == ["pending"] * 4
    assert c.current_item() is not None and c.current_item().is_pending
    assert state(project_path) == ([], set())
    box = failure_box(window)
    assert "Not saved: Accept “932.4亿元”" in box.text()
    assert "locked" in box.text()
    assert "Reject “13.7%”" in box.detailedText()  # dropped: it assumed the accept
    assert "read-only" in window.save_label.text()
    assert not window.ctx.undo_group.canUndo()
    # Retry while still locked: still read-only
    box.button(QMessageBox.StandardButton.Retry).click()
    assert window.ctx.host.wait_idle(10_000)
    assert window.ctx.host.failure is not None
    assert "Still not writable" in window.statusBar().currentMessage()
    # read-only until the cause is gone: keys change nothing, and say why
    box.close()
    back_to(window, qtbot)
    press(qtbot, window, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    assert [i.status for i in c.items] == ["pending"] * 4
    assert "cannot be written now" in window.statusBar().currentMessage()
    # the other program lets go; Retry (File menu) and the window writes again
    locked.execute("ROLLBACK")
    window.actions_by_name["retry_saving"].trigger()
    assert window.ctx.host.wait_idle(10_000)
    assert window.ctx.host.failure is None
    assert window.save_label.text() == "All changes saved"
    back_to(window, qtbot)
    assert c.current_item().text == "比亚迪"  # where the curator's keys had taken the focus
    press(qtbot, window, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    assert state(project_path) == (["比亚迪"], {"比亚迪"})
    with Project.open(project_path) as p:
        assert p.verify().ok


def test_a_write_refused_for_its_content_is_rolled_back_and_the_window_goes_on(
    window, qtbot, project_path
):
    """Another program made the same span gold meanwhile: the window's accept
    is refused, shown as the file has it, and the next keys work."""
    c = window.controller
    with Project.open(project_path, annotator="tester") as other:
        other.accept_suggestion(other.suggestions("a")[0].id)  # behind the window's back
    press(qtbot, window, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    # said in the status bar; no dialog takes the keys (tests/gui/test_refusal_keeps_the_loop.py)
    assert "already accepted" in window.statusBar().currentMessage()
    assert window.findChild(QMessageBox, "writeFailed") is None
    assert window.ctx.host.failure is None  # the file is fine: the window goes on writing
    assert [i.text for i in c.items if i.is_gold] == ["932.4亿元"]  # what the file holds
    assert c.current_item().text == "13.7%"  # the focus stays where the curator went
    press(qtbot, window, Qt.Key.Key_X)  # still writable
    assert window.ctx.host.wait_idle()
    assert state(project_path) == (["932.4亿元"], {"932.4亿元", "13.7%"})
