"""Ctrl+D while Shift+A is still writing, on a real article: a suggestion
is marked rejected only by a decision the curator made on it, or by a
Ctrl+D that asked about it pending.

Before, Ctrl+D pressed while Shift+A wrote saw nothing pending (the window
showed every suggestion accepted), marked the document done without
asking, and when Shift+A was then cancelled the store's finish_document
recorded every suggestion it had not written as rejected: decisions the
curator never made, on suggestions never shown to them pending.

Now Ctrl+D refuses while a Shift+A or Shift+O writes, saying so in the
status line; and the store marks a document done only with the pending
suggestions the window asked about (``bulk.finish_document(asked=…)``):
one pending that the window did not show is refused, changing nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from models import Project
from models.store import bulk
from tests.gui.test_bulk_cancel_partial import (
    CHUNK,
    DOC,
    SHIFT,
    article,  # noqa: F401 - the fixture
    shown,
    store_held,
    stored,
    window,  # noqa: F401
)

CTRL = Qt.KeyboardModifier.ControlModifier


def said(win) -> str:
    return win.statusBar().currentMessage()


def rejected(path) -> list[int]:
    with Project.open(path, annotator="tester", readonly=True) as project:
        return [s.id for s in project.suggestions(DOC, "tester", status="rejected")]


def key(qtbot, win, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(win.focusWidget() or win, k, mods)


def test_ctrl_d_while_shift_a_writes_is_refused_and_its_cancel_rejects_nothing(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    before = stored(article)
    release = store_held(window)
    key(qtbot, window, Qt.Key.Key_A, SHIFT)
    reported, go_on = threading.Event(), threading.Event()

    def hold(done: int, _total: int, _note: str) -> None:  # on the store thread
        if done and not reported.is_set():
            reported.set()
            go_on.wait(10)

    window.progress._signals.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    release.set()
    assert reported.wait(10)  # its first part is written, the rest to come
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert said(window) == (
        "Not marked done while “Accept all suggestions” writes: Ctrl+D once it has"
        " ended (Esc cancels it)."
    )
    assert window.controller.status != "done"
    key(qtbot, window, Qt.Key.Key_Escape)
    go_on.set()
    assert window.ctx.host.wait_idle(30_000)

    after = stored(article)
    assert rejected(article) == []
    assert after["status"] == "in_progress"
    assert len(after["gold"]) == CHUNK
    assert len(after["pending"]) == len(before["pending"]) - CHUNK
    assert shown(window) == after

    # what the cancel left is pending: Ctrl+D asks about it, and a second
    # one records those it asked about as rejected
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    left = len(after["pending"])
    assert said(window).startswith(f"{left} suggestions still pending")
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.ctx.host.wait_idle(30_000)
    assert sorted(rejected(article)) == sorted(p[3] for p in after["pending"])
    assert stored(article)["status"] == "done"


def test_ctrl_d_is_refused_by_the_store_when_a_suggestion_it_did_not_ask_about_is_pending(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    """The window shows nothing pending (all accepted), and just before its
    Ctrl+D is written one of them is pending again in the file (as another
    program's undo makes it): the store refuses to mark the document done,
    rejects nothing, and the window shows the file as it is."""
    key(qtbot, window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    accepted = stored(article)
    assert accepted["pending"] == [] and accepted["gold"]
    first = min(i.suggestion_id for i in window.controller.items if i.is_gold)
    release = threading.Event()

    def meanwhile(project, _progress) -> None:  # on the store thread, before Ctrl+D's write
        release.wait(10)
        bulk.undo_decisions(project, [first], annotator="tester")

    window.ctx.host.submit(meanwhile)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert said(window) == "Document marked done."
    release.set()
    assert window.ctx.host.wait_idle(30_000)
    after = stored(article)
    assert rejected(article) == []
    assert after["status"] == "in_progress"
    assert [p[3] for p in after["pending"]] == [first]
    qtbot.waitUntil(lambda: shown(window) == after, timeout=5000)
    assert said(window).startswith("Not saved: Mark document done")


def test_ctrl_d_while_shift_a_waits_for_another_program_says_so_and_it_stays_said(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    """Shift+A waits for another program's write lock; Ctrl+D's refusal
    stays in the status line while the wait goes on (it is reported every
    0.25 s: the line said the wait again at once, so the curator never read
    why nothing was marked), and once the lock is free Shift+A writes and
    the document is not done."""
    import sqlite3

    other = sqlite3.connect(article, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        key(qtbot, window, Qt.Key.Key_A, SHIFT)
        qtbot.waitUntil(lambda: "waiting for another program" in said(window), timeout=5000)
        key(qtbot, window, Qt.Key.Key_D, CTRL)
        refusal = said(window)
        assert refusal.startswith("Not marked done while “Accept all suggestions” writes")
        qtbot.wait(1000)  # four reports of the wait
        assert said(window) == refusal
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.ctx.host.wait_idle(30_000)
    after = stored(article)
    assert after["pending"] == [] and after["status"] == "in_progress"
    assert rejected(article) == []


def test_ctrl_d_then_undo_and_redo_before_the_file_answers_rejects_what_it_asked_about(
    window,  # noqa: F811
    article,  # noqa: F811
    qtbot,
):
    """Ctrl+D (asked, then pressed again), Ctrl+Z and Ctrl+Shift+Z typed
    while the file is busy: the redo is written after the reopen made the
    suggestions pending again in the file, though the window still showed
    them rejected (it shows them pending once the reopen's write says
    which): they were asked about at the first Ctrl+D, and the redo
    rejects them again rather than being refused (found by the stress
    writers, whose keys come that fast)."""
    before = stored(article)
    release = store_held(window)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    release.set()
    assert window.ctx.host.wait_idle(30_000)
    assert window.ctx.host.failure is None
    after = stored(article)
    assert after["status"] == "done"
    assert sorted(rejected(article)) == sorted(p[3] for p in before["pending"])
    assert shown(window) == after
