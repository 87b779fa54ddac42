"""Shift+A on a real article, cancelled part way (Esc, or the status bar's
Cancel): what the window shows (the spans, the suggestions still pending,
the document's status in the header and the list) is what the file holds,
read back through the core API; Ctrl+Z takes back exactly what was written
and Ctrl+Shift+Z gives back exactly that again (not the whole document:
the history would call accepts never undone a redo).

Before, a cancel that came before anything was written left the document
"in progress" in the window while the file kept it to do, and a redo after
the undo of a partial Shift+A accepted every suggestion of the document."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from desktop.gui.ops import spans as span_ops
from models import Project
from tests.conftest import news_train_texts
from tests.gui.conftest import close_window, open_window

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# news-train's article with the most gold spans (52 suggestions here), and
# two more that share names with it
ARTICLES = ("t3_cpi_dec_2023", "t3_wuhu_bulletin_2022", "t1_zhengzhou_nev_cluster")
DOC = ARTICLES[0]
# Shift+A writes 500 suggestions a transaction, and a cancel takes effect
# between two: at 8, this article's 52 are seven transactions.
CHUNK = 8


@pytest.fixture
def article(tmp_path):
    from models.suggest.project import suggest_project

    texts = news_train_texts()
    path = tmp_path / "news.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for doc_id in ARTICLES:
            project.add_document(texts[doc_id], doc_id=doc_id)
        suggest_project(project)
        assert len(project.suggestions(DOC, "tester", status="pending")) > 5 * CHUNK
    return path


@pytest.fixture
def window(article, qtbot, tmp_path, monkeypatch, english):
    monkeypatch.setattr(span_ops, "BULK_CHUNK", CHUNK)
    window = open_window(qtbot, article, tmp_path)
    window.controller.open_document(DOC)
    yield window
    close_window(window)


def shown(window) -> dict:
    """The open document as the window shows it."""
    c = window.controller
    model = window.doc_panel.model
    row = model.doc_at(model.row_of(c.doc_id))
    return {
        "gold": sorted((i.start, i.end, i.label, i.text, i.id) for i in c.items if i.is_gold),
        "pending": sorted((i.start, i.end, i.label, i.id) for i in c.items if i.is_pending),
        "status": c.status,
        "list": (row.status, row.gold, row.pending),
    }


def stored(path) -> dict:
    """The same, as the file holds it (the core's reads, a connection of its own)."""
    with Project.open(path, annotator="tester", readonly=True) as project:
        gold = project.annotations(DOC, "tester")
        pending = project.suggestions(DOC, "tester", status="pending")
        status = project.status(DOC, "tester")
        assert project.verify().ok
    return {
        "gold": sorted((a.start, a.end, a.label, a.text, a.id) for a in gold),
        "pending": sorted((s.start, s.end, s.label, s.id) for s in pending),
        "status": status,
        "list": (status, len(gold), len(pending)),
    }


def events(path, action: str):
    with Project.open(path, annotator="tester", readonly=True) as project:
        return [e for e in project.history(doc_id=DOC) if e.action == action]


def store_held(window) -> threading.Event:
    """Keep the store thread busy until the event is set: Shift+A's write queues behind."""
    release = threading.Event()
    window.ctx.host.submit(lambda _project, _progress: release.wait(10))
    return release


def shift_a_cancelled(window, qtbot, *, part_way: bool, by_key: bool, last: bool = False) -> None:
    """Shift+A, then Esc (``by_key``) or Cancel in the status bar:
    ``part_way``, once its first transaction is written (the store thread
    waits in its first progress report, as on a slow disk, until then), or
    its ``last``; else before."""
    release = store_held(window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    strip = window.progress
    assert strip.isVisible()
    reported, clicked = threading.Event(), threading.Event()

    def hold(done: int, total: int, _note: str) -> None:  # on the store thread
        if done and (total <= done or not last) and not reported.is_set():
            reported.set()
            clicked.wait(10)

    if part_way:
        strip._signals.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    else:
        clicked.set()
    release.set()
    if part_way:
        assert reported.wait(10)
    if by_key:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    else:
        strip.cancel_button.click()
    assert strip.label.text() == "Cancelling…"
    clicked.set()
    assert window.ctx.host.wait_idle(30_000)


def test_a_shift_a_cancelled_part_way_shows_what_the_file_holds(window, article, qtbot):
    before = stored(article)
    assert before["gold"] == [] and before["status"] == "todo"
    shift_a_cancelled(window, qtbot, part_way=True, by_key=True)
    after = stored(article)
    assert len(after["gold"]) == CHUNK  # written before the cancel, and kept
    assert shown(window) == after
    accepted = events(article, "suggestion.accepted")
    assert len(accepted) == CHUNK
    said = window.statusBar().currentMessage()
    assert said == f"Cancelled: {CHUNK} of {len(before['pending'])} suggestions accepted"

    # one Ctrl+Z takes back exactly what was written, naming it
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle(30_000)
    undone = stored(article)
    assert undone["gold"] == [] and undone["pending"] == before["pending"]
    assert shown(window) == undone
    marks = sorted(i for e in events(article, "suggestion.undone") for i in e.after["undo_of"])
    assert marks == sorted(e.id for e in accepted)

    # and Ctrl+Shift+Z gives back what the undo took, not the whole document
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    redone = stored(article)
    assert [g[:4] for g in redone["gold"]] == [g[:4] for g in after["gold"]]
    assert shown(window) == redone
    again = events(article, "suggestion.accepted")[len(accepted) :]
    assert len(again) == CHUNK and all(e.after.get("redo_of") for e in again)


def test_a_shift_a_cancelled_before_anything_was_written_leaves_the_document_to_do(
    window, article, qtbot
):
    before = stored(article)
    shift_a_cancelled(window, qtbot, part_way=False, by_key=False)
    assert stored(article) == before  # nothing written: still to do in the file
    assert shown(window) == before  # and in the header and the list
    assert events(article, "suggestion.accepted") == []
    said = window.statusBar().currentMessage()
    assert said == f"Cancelled: 0 of {len(before['pending'])} suggestions accepted"


def test_the_undo_of_shift_a_offers_no_cancel_it_would_not_honour(window, article, qtbot):
    """An undo runs to its end: its progress shows no Cancel, and Esc meanwhile
    goes back to the article as ever instead of saying "Cancelling…"."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(30_000)
    accepted = stored(article)
    release = store_held(window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    strip = window.progress
    assert strip.isVisible() and strip.label.text() == "Undoing: Accept all suggestions"
    assert not strip.cancel_button.isVisible()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert strip.label.text() == "Undoing: Accept all suggestions"
    release.set()
    assert window.ctx.host.wait_idle(30_000)
    undone = stored(article)
    assert undone["gold"] == [] and len(undone["pending"]) == len(accepted["gold"])
    assert shown(window) == undone


def test_a_cancel_once_the_last_part_is_written_says_it_came_too_late(window, article, qtbot):
    before = stored(article)
    shift_a_cancelled(window, qtbot, part_way=True, by_key=True, last=True)
    after = stored(article)
    assert len(after["gold"]) == len(before["pending"]) and after["pending"] == []
    assert shown(window) == after
    assert window.statusBar().currentMessage() == (
        f"Too late to cancel: all {len(before['pending'])} suggestions were accepted"
        " (Ctrl+Z takes them back)"
    )
