"""A restore made by another program while the window is open on the
project (safe8, 7 December 2026, under Xvfb: the window's accepts, then
a restore from a Python process beside it).

The window went on showing the spans the restore took out as gold ("22
gold · 0 pending", "All changes saved") while the file held 8 of them and
14 pending suggestions; its curator had no word that her work was now in
the copy the restore saved. ``tests/test_attack2_undo_after_restore.py``
covers a Ctrl+Z after such a restore; this is what the window shows before
any key. Now the window reads the document again within its check of the
file (2 s) and says in the status bar which copy was restored and where
the work it replaced is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from models.store.backup import make_backup, restore_backup


def test_the_window_shows_what_a_restore_beside_it_left_and_says_so(window, qtbot, project_path):
    c = window.controller
    assert window.ctx.host.wait_idle()
    backup = make_backup(project_path)
    pending = c.state.pending_count
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    assert c.state.gold_count == 2
    with Project.open(project_path, annotator="tester") as other:  # another program
        saved = restore_backup(other, backup)
        held = len(other.annotations(c.doc_id, "tester"))
    assert held == 0
    qtbot.waitUntil(lambda: c.state.gold_count == held, timeout=8000)
    assert c.state.pending_count == pending
    said = window.statusBar().currentMessage()
    assert backup.name in said and saved.name in said, said


def test_the_window_s_own_writes_say_nothing_of_a_restore(window, qtbot, project_path):
    """No restore: the check finds nothing to say."""
    c = window.controller
    assert window.ctx.host.wait_idle()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    window._check_documents()
    assert "restored" not in window.statusBar().currentMessage()
    assert c.state.gold_count == 1


def test_a_window_opened_on_a_project_restored_before_says_nothing_of_it(
    qtbot, project_path, tmp_path
):
    from tests.gui.conftest import close_window, open_window

    backup = make_backup(project_path)
    with Project.open(project_path, annotator="tester") as other:
        restore_backup(other, backup)
    w = open_window(qtbot, project_path, tmp_path)
    try:
        assert w.ctx.host.wait_idle()
        w._check_documents()
        assert "restored" not in w.statusBar().currentMessage()
    finally:
        close_window(w)


def test_the_window_follows_another_window_s_accept_in_the_document_shown(
    window, qtbot, project_path
):
    """Two windows of one annotator on one document (safe8 under Xvfb): one
    took back an accept, the other went on showing it as gold and, after its
    Shift+A, said no suggestion was left pending while the file held one."""
    c = window.controller
    assert window.ctx.host.wait_idle()
    gold = c.state.gold_count
    with Project.open(project_path, annotator="tester") as other:  # the second window
        (first, *_) = other.suggestions(c.doc_id, "tester", status="pending")
        other.accept_suggestion(first.id, annotator="tester")
    qtbot.waitUntil(lambda: c.state.gold_count == gold + 1, timeout=8000)
