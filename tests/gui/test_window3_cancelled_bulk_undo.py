"""Shift+A and Shift+O cancelled before they wrote anything leave no undo
step: the curator's Ctrl+Z then takes back their previous key (a reject
by X here), as the file shows it, and the status bar names that key. A
Shift+A cancelled part way is one step that takes back exactly what it
wrote, and then the key before it.

Before, the cancelled job stayed on the undo stack: Ctrl+Z "undid" it,
writing nothing and saying "Undone: Accept all suggestions", and only a
second Ctrl+Z reached the reject."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.gui.quoting import quoted
from models import Project
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
    DOC,
    SHIFT,
    article,  # noqa: F401 - the fixture
    shift_a_cancelled,
    shown,
    stored,
    window,  # noqa: F401
)


def press(win, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(win.focusWidget() or win, k, mods)


def decisions(path, doc_id: str) -> list[tuple[str, int]]:
    """(action, suggestion id) of the decisions and their undoing, in order."""
    with Project.open(path, annotator="tester", readonly=True) as store:
        assert store.verify().ok
        return [
            (e.action, about(e.before, e.after))
            for e in store.history(doc_id=doc_id)
            if e.action.startswith("suggestion.")
        ]


def about(*records) -> int:
    """The suggestion a decision's event records."""
    return next(
        r["suggestion"]["suggestion_id"]
        for r in records
        if isinstance(r, dict) and isinstance(r.get("suggestion"), dict)
    )


def rejected_first(win, qtbot) -> tuple[int, str]:
    """X on the first pending suggestion, written: its id and text."""
    c = win.controller
    c.focus_first_pending()
    item = c.current_item()
    press(win, Qt.Key.Key_X)
    assert win.ctx.host.wait_idle(20_000)
    return c.handles.current_suggestion(item.id), item.text


def waiting_for_the_lock(win) -> bool:
    return win.ctx.host._writer.transaction.waiting_for_lock


def cancelled_in_the_lock_wait(win, qtbot, path, keys) -> None:
    """``keys`` pressed while another program holds the write lock; Esc
    once the write waits for it; the lock let go."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        press(win, *keys)
        qtbot.waitUntil(lambda: waiting_for_the_lock(win), timeout=5000)
        time.sleep(0.2)
        press(win, Qt.Key.Key_Escape)
        assert win.ctx.host.wait_idle(20_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert win.ctx.host.wait_idle(20_000)


@pytest.mark.parametrize("how", ["lock-wait", "before-first-part"])
def test_a_shift_a_that_wrote_nothing_leaves_no_undo_step(window, article, qtbot, how):  # noqa: F811
    sid, text = rejected_first(window, qtbot)
    rejected = stored(article)
    assert sid not in {p[3] for p in rejected["pending"]}
    if how == "lock-wait":
        cancelled_in_the_lock_wait(window, qtbot, article, (Qt.Key.Key_A, SHIFT))
    else:
        shift_a_cancelled(window, qtbot, part_way=False, by_key=True)
    assert window.statusBar().currentMessage().startswith("Cancelled: 0 of ")
    assert stored(article) == rejected  # nothing written
    stack = window.controller.stack()
    assert [stack.text(i) for i in range(stack.count())] == [f"Reject {quoted(text)}"]

    # Ctrl+Z takes back the reject, the key before the cancelled Shift+A
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(20_000)
    undone = stored(article)
    assert sid in {p[3] for p in undone["pending"]}
    assert undone["gold"] == [] and undone["status"] == "in_progress"
    assert shown(window) == undone
    assert decisions(article, DOC) == [("suggestion.rejected", sid), ("suggestion.undone", sid)]
    assert window.statusBar().currentMessage() == f"Undone: Reject {quoted(text)}"


def test_a_shift_a_cancelled_part_way_undoes_its_part_then_the_key_before(window, article, qtbot):  # noqa: F811
    sid, _text = rejected_first(window, qtbot)
    rejected = stored(article)
    shift_a_cancelled(window, qtbot, part_way=True, by_key=True)
    part = stored(article)
    assert len(part["gold"]) == CHUNK
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(20_000)
    assert stored(article) == rejected  # exactly what the part wrote, taken back
    assert window.statusBar().currentMessage() == "Undone: Accept all suggestions"
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(20_000)
    back = stored(article)
    assert sid in {p[3] for p in back["pending"]} and back["gold"] == []
    assert shown(window) == back


def test_a_shift_o_that_wrote_nothing_leaves_no_undo_step(project, qtbot, tmp_path, english):  # noqa: F811
    path = project
    win = open_window(qtbot, path, tmp_path)
    try:
        c = win.controller
        c.open_document(HERE)
        # X on a suggestion that is not the name, then the name focused
        other = next(i for i in c.items if i.is_pending and i.text != NAME)
        c.set_current(other.key)
        press(win, Qt.Key.Key_X)
        assert win.ctx.host.wait_idle(20_000)
        sid = c.handles.current_suggestion(other.id)
        rejected = file_holds(path)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        cancelled_in_the_lock_wait(win, qtbot, path, (Qt.Key.Key_O, SHIFT))
        assert win.statusBar().currentMessage() == f"Cancelled: “{NAME}” was accepted nowhere."
        assert file_holds(path) == rejected
        stack = c.stack()
        assert [stack.text(i) for i in range(stack.count())] == [f"Reject {quoted(other.text)}"]

        press(win, Qt.Key.Key_Z, CTRL)
        assert win.ctx.host.wait_idle(20_000)
        assert sid in {s[3] for s in file_holds(path)[HERE][1]}
        assert decisions(path, HERE) == [
            ("suggestion.rejected", sid),
            ("suggestion.undone", sid),
        ]
        assert win.statusBar().currentMessage() == f"Undone: Reject {quoted(other.text)}"
    finally:
        close_window(win)


def test_a_redo_of_shift_a_that_wrote_nothing_leaves_it_to_redo(window, article, qtbot):  # noqa: F811
    """Ctrl+Shift+Z of a Shift+A, cancelled in the lock wait: the entry stays
    undone (Ctrl+Z then takes back the reject before it, not a redo that
    never was), and the next Ctrl+Shift+Z gives the accepts back, each
    naming the undo it takes back."""
    sid, text = rejected_first(window, qtbot)
    rejected = stored(article)
    press(window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    accepted = stored(article)
    assert accepted["pending"] == []
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(30_000)
    assert stored(article) == rejected
    cancelled_in_the_lock_wait(window, qtbot, article, (Qt.Key.Key_Z, CTRL | SHIFT))
    assert stored(article) == rejected
    assert shown(window) == rejected
    stack = window.controller.stack()
    assert (stack.count(), stack.index()) == (2, 1)
    assert stack.redoText() == "Accept all suggestions"

    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    redone = stored(article)
    assert [g[:4] for g in redone["gold"]] == [g[:4] for g in accepted["gold"]]
    assert shown(window) == redone
    with Project.open(article, annotator="tester", readonly=True) as store:
        again = [e for e in store.history(doc_id=DOC) if e.action == "suggestion.accepted"]
        again = again[len(accepted["gold"]) :]
    assert len(again) == len(accepted["gold"]) and all(e.after.get("redo_of") for e in again)

    # and the history behind it is as it was: two undos reach the reject
    press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(30_000)
    assert sid in {p[3] for p in stored(article)["pending"]}
    assert window.statusBar().currentMessage() == f"Undone: Reject {quoted(text)}"
