"""The head anchored outside the file (issue 13, item 2, the window's part):
the window remembers the history's head of every project it closes, and on
opening says plainly when that head is no longer in the history."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from models import Project
from tests.gui.conftest import close_window, open_window


def reopen(qtbot, path, tmp_path):
    window = open_window(qtbot, path, tmp_path)
    box = window.findChild(QMessageBox, "historyWarning")
    return window, box


def test_a_history_cut_after_closing_is_said_on_opening(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    window.controller.accept()
    close_window(window)
    with Project.open(project_path) as p:
        head = p.chain_head()

    # nothing changed, or only added by someone else: no warning
    with Project.open(project_path, annotator="alice") as p:
        p.add_document("另一篇文章，营收增长。", doc_id="later")
    window, box = reopen(qtbot, project_path, tmp_path)
    assert box is None or not box.isVisible()
    close_window(window)

    # the last events cut off with sqlite3 (the guard trigger dropped first)
    conn = sqlite3.connect(project_path)
    conn.execute("DROP TRIGGER events_append_only_delete")
    conn.execute("DELETE FROM events WHERE id >= (SELECT max(id) - 2 FROM events)")
    conn.commit()
    conn.close()
    window, box = reopen(qtbot, project_path, tmp_path)
    try:
        assert box is not None and box.isVisible()
        assert "no longer in it" in box.text()
        assert str(window.ctx.settings.closed_head(str(project_path))[0]) in box.text()
        # the status bar says it too, unless the background history check
        # (which finds the same cut) has finished and said so in its words
        said = window.statusBar().currentMessage()
        assert "no longer in it" in said or "History check failed" in said, said
        assert head.count > 0
    finally:
        close_window(window)
