"""Each edit key says what it did in the status line, in place of what the
key before it said, on a real article: X after an undo says it rejected
(not "Undone: …" still), Delete after a relabel says it removed (not the
relabel's "n other occurrences offered"), and what it says is what the
file holds afterwards.

Before, an edit key said nothing, and the status line went on showing the
previous key's words for six seconds: after Delete, "5 other occurrences
offered"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.quoting import quoted
from models import Project
from tests.gui.test_bulk_cancel_partial import (
    CTRL,
    DOC,
    article,  # noqa: F401 - the fixture
    stored,
    window,  # noqa: F401
)


def said(win) -> str:
    return win.statusBar().currentMessage()


def key(qtbot, win, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(win.focusWidget() or win, k, mods)
    assert win.ctx.host.wait_idle(30_000)


def test_edit_keys_say_what_they_did(window, article, qtbot):  # noqa: F811
    c = window.controller
    c.focus_first_pending()
    first = c.current_item()
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert said(window) == f"Undone: Accept {quoted(first.text)}"

    c.set_current(first.key)
    key(qtbot, window, Qt.Key.Key_X)
    assert said(window) == f"Done: Reject {quoted(first.text)}"
    assert first.id not in {p[3] for p in stored(article)["pending"]}

    metric = next(i for i in c.items if i.is_pending and i.label == "METRIC")
    c.set_current(metric.key)
    key(qtbot, window, Qt.Key.Key_A)
    gold = next(i for i in c.items if i.is_gold and i.start == metric.start)
    c.set_current(gold.key)
    key(qtbot, window, Qt.Key.Key_2)  # relabel to COMPANY
    assert said(window).endswith("other occurrences offered")
    c.set_current(next(i.key for i in c.items if i.is_gold and i.start == metric.start))
    key(qtbot, window, Qt.Key.Key_Delete)
    assert said(window) == f"Done: Remove {quoted(metric.text)}"
    with Project.open(article, annotator="tester", readonly=True) as store:
        assert all(a.start != metric.start for a in store.annotations(DOC, "tester"))


def test_offers_taken_back_at_once_are_not_announced_after(window, article, qtbot):  # noqa: F811
    """A relabel to COMPANY, then Delete before its offers in the background
    were written: the status line ends on what Delete did, not on the
    relabel's "n other occurrences offered" arriving after it."""
    c = window.controller
    metric = next(i for i in c.items if i.is_pending and i.label == "METRIC")
    c.set_current(metric.key)
    key(qtbot, window, Qt.Key.Key_A)
    c.set_current(next(i.key for i in c.items if i.is_gold and i.start == metric.start))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_2)
    c.set_current(next(i.key for i in c.items if i.is_gold and i.start == metric.start))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Delete)
    assert window.ctx.host.wait_idle(30_000)
    qtbot.wait(400)  # past the offers' pause
    assert window.ctx.host.wait_idle(30_000)
    assert said(window) == f"Done: Remove {quoted(metric.text)}"
    with Project.open(article, annotator="tester", readonly=True) as store:
        assert all(a.start != metric.start for a in store.annotations(DOC, "tester"))
        offered = [s for s in store.suggestions(DOC, "tester") if s.source == "occurrence"]
        assert offered == []
