"""What the status bar says while Shift+A writes, on a real article: that
it is accepting (how many of how many are written, or that it waits for
another program's write lock), and when it is done, how many it accepted
as the file holds them; never "No pending suggestions left here" while
none is written yet (a cancel would make them pending again).

Before, the keypress said at once "No pending suggestions left here:
Ctrl+D marks the document done." and nothing more when the write ended."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import close_window, open_window
from tests.gui.test_accept_everywhere_cancel_redo import (
    HERE,
    NAME,
    file_holds,
    project,  # noqa: F401 - the fixture
)
from tests.gui.test_bulk_cancel_partial import (
    CHUNK,
    CTRL,
    SHIFT,
    article,  # noqa: F401 - the fixture
    store_held,
    stored,
    window,  # noqa: F401
)

NONE_LEFT = "No pending suggestions left here: Ctrl+D marks the document done."


def said(win) -> str:
    return win.statusBar().currentMessage()


def waiting_for_the_lock(win) -> bool:
    return win.ctx.host._writer.transaction.waiting_for_lock


def test_shift_a_says_it_waits_for_another_program_then_what_it_accepted(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    count = len(stored(article)["pending"])
    other = sqlite3.connect(article, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
        assert said(window) == f"Accepting {count} suggestions…"
        qtbot.waitUntil(lambda: waiting_for_the_lock(window), timeout=5000)
        qtbot.waitUntil(
            lambda: (
                said(window)
                == f"Accepting {count} suggestions: waiting for another program to finish writing…"
            ),
            timeout=5000,
        )
        assert stored(article)["gold"] == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.ctx.host.wait_idle(30_000)
    held = stored(article)
    assert len(held["gold"]) == count and held["pending"] == []
    assert said(window) == f"{count} suggestions accepted. {NONE_LEFT}"


def test_shift_a_says_how_many_are_written_as_it_goes(window, article, qtbot):  # noqa: F811
    count = len(stored(article)["pending"])
    release = store_held(window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    assert NONE_LEFT not in said(window)
    reported, go_on = threading.Event(), threading.Event()

    def hold(done: int, _total: int, _note: str) -> None:  # on the store thread
        if done and not reported.is_set():
            reported.set()
            go_on.wait(10)

    window.progress._signals.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    release.set()
    try:
        assert reported.wait(10)
        qtbot.waitUntil(
            lambda: said(window) == f"Accepting suggestions: {CHUNK} of {count} written…",
            timeout=5000,
        )
        assert len(stored(article)["gold"]) == CHUNK
    finally:
        go_on.set()
    assert window.ctx.host.wait_idle(30_000)
    assert said(window) == f"{count} suggestions accepted. {NONE_LEFT}"


def test_shift_o_says_it_waits_for_another_program_then_what_it_accepted(
    project,  # noqa: F811
    qtbot,
    tmp_path,
    english,
):
    win = open_window(qtbot, project, tmp_path)
    try:
        c = win.controller
        c.open_document(HERE)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        other = sqlite3.connect(project, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            QTest.keyClick(win.focusWidget() or win, Qt.Key.Key_O, SHIFT)
            assert said(win) == f"Accepting “{NAME}” everywhere…"
            qtbot.waitUntil(lambda: waiting_for_the_lock(win), timeout=5000)
            qtbot.waitUntil(
                lambda: (
                    said(win) == f"Accepting “{NAME}” everywhere: waiting for another"
                    " program to finish writing…"
                ),
                timeout=5000,
            )
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert win.ctx.host.wait_idle(30_000)
        held = file_holds(project)
        accepted = sum(len(gold) for gold, _pending, _status in held.values())
        assert accepted == 3  # two places here (not inside 中国国家能源集团), one there
        assert said(win) == "3 occurrences accepted · in 2 documents"
    finally:
        close_window(win)


def test_a_redo_of_shift_a_says_it_is_accepting_not_that_it_was_redone(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    count = len(stored(article)["pending"])
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(30_000)
    assert stored(article)["gold"] == []
    other = sqlite3.connect(article, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL | SHIFT)
        assert said(window) == f"Accepting {count} suggestions…"
        qtbot.waitUntil(
            lambda: (
                said(window)
                == f"Accepting {count} suggestions: waiting for another program to finish writing…"
            ),
            timeout=5000,
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.ctx.host.wait_idle(30_000)
    assert len(stored(article)["gold"]) == count
    assert said(window) == f"{count} suggestions accepted. {NONE_LEFT}"
