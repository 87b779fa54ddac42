"""Shift+A on a real article while another program holds the project's
write lock (a second SQLite connection in BEGIN IMMEDIATE): the write waits
for the lock; Esc, or the status bar's Cancel, stops that wait at once and
nothing is written, the status bar saying so. The file read back, verified.

Before, the cancel was only looked at between two parts of the write: the
wait ran out the window's bound (15 s) and then failed, or wrote everything
if the other program let go meanwhile."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import close_window, open_window
from tests.gui.test_accept_everywhere_cancel_redo import (
    HERE,
    NAME,
    file_holds,
    project,  # noqa: F401 - the fixture
)
from tests.gui.test_bulk_cancel_partial import (
    DOC,
    SHIFT,
    article,  # noqa: F401 - the fixture
    events,
    shown,
    stored,
    window,  # noqa: F401
)


@pytest.fixture
def locked(article):  # noqa: F811
    """Another program holding the project's write lock."""
    conn = sqlite3.connect(article, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def waiting_for_the_lock(win) -> bool:
    return win.ctx.host._writer.transaction.waiting_for_lock


@pytest.mark.parametrize("by_key", [True, False], ids=["esc", "cancel-button"])
def test_a_cancel_stops_shift_a_waiting_for_another_programs_lock(
    window,  # noqa: F811
    article,  # noqa: F811
    locked,
    qtbot,
    by_key,
):
    before = stored(article)
    assert before["gold"] == [] and before["pending"]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    qtbot.waitUntil(lambda: waiting_for_the_lock(window), timeout=5000)
    time.sleep(0.3)  # well into the wait
    assert waiting_for_the_lock(window)
    pressed = time.monotonic()
    if by_key:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    else:
        window.progress.cancel_button.click()
    assert window.ctx.host.wait_idle(20_000)
    took = time.monotonic() - pressed
    assert took < 3, f"the cancel waited {took:.1f} s for the lock"
    assert window.ctx.host.failure is None  # cancelled, not failed on the lock
    said = window.statusBar().currentMessage()
    assert said == f"Cancelled: 0 of {len(before['pending'])} suggestions accepted"

    locked.execute("ROLLBACK")  # the other program lets go: nothing comes after
    assert window.ctx.host.wait_idle(20_000)
    assert stored(article) == before  # verified, nothing written
    assert events(article, "suggestion.accepted") == []
    assert shown(window) == before
    assert not window.progress.isVisible()
    # and the window writes again: a second Shift+A accepts them all
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    after = stored(article)
    assert len(after["gold"]) == len(before["pending"]) and after["pending"] == []
    assert DOC in {e.doc_id for e in events(article, "suggestion.accepted")}


def test_a_cancel_stops_shift_o_waiting_for_another_programs_lock(project, qtbot, tmp_path):  # noqa: F811
    """The same for Shift+O on a company name of a real article."""
    path = project
    before = file_holds(path)
    win = open_window(qtbot, path, tmp_path)
    try:
        c = win.controller
        c.open_document(HERE)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_O, SHIFT)
            qtbot.waitUntil(lambda: waiting_for_the_lock(win), timeout=5000)
            pressed = time.monotonic()
            qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_Escape)
            assert win.ctx.host.wait_idle(20_000)
            assert time.monotonic() - pressed < 3
            assert win.ctx.host.failure is None
            said = win.statusBar().currentMessage()
            assert said == f"Cancelled: “{NAME}” was accepted nowhere."
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert win.ctx.host.wait_idle(20_000)
        assert file_holds(path) == before  # verified, nothing written
        shows = sorted((i.start, i.end, i.label, i.id) for i in c.items if i.is_pending)
        assert shows == before[HERE][1]
    finally:
        close_window(win)
