"""The head anchored outside the file (issue 13, item 2, the window's part):
the window remembers the history's head of every project it closes, and on
opening says plainly when that head is no longer in the history: in the bar
above the article that the background history check uses, not in a dialog
over the article (the curator can go on reading, and the keys stay with it)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit

from desktop.gui.widgets.history_bar import HistoryBar
from models import Project
from tests.gui.conftest import close_window, open_window


def copy(source, target) -> None:
    """A whole copy of a project file, through SQLite (its backup API)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def no_dialog(window) -> bool:
    return not any(b.isVisible() for b in window.findChildren(QMessageBox))


def reopen(qtbot, path, tmp_path):
    window = open_window(qtbot, path, tmp_path)
    assert no_dialog(window)
    return window, window.findChild(HistoryBar, "historyBar")


def test_a_history_cut_after_closing_is_said_on_opening(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    window.controller.accept()
    close_window(window)
    with Project.open(project_path) as p:
        head = p.chain_head()

    # nothing changed, or only added by someone else: no warning
    with Project.open(project_path, annotator="alice") as p:
        p.add_document("另一篇文章，营收增长。", doc_id="later")
    window, bar = reopen(qtbot, project_path, tmp_path)
    qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
    assert not bar.isVisible()
    close_window(window)

    # the last events cut off with sqlite3 (the guard trigger dropped first)
    conn = sqlite3.connect(project_path)
    conn.execute("DROP TRIGGER events_append_only_delete")
    conn.execute("DELETE FROM events WHERE id >= (SELECT max(id) - 2 FROM events)")
    conn.commit()
    conn.close()
    window, bar = reopen(qtbot, project_path, tmp_path)
    try:
        assert bar.isVisible()
        assert "no longer in it" in bar.label.text()
        assert str(window.ctx.settings.closed_head(str(project_path))[0]) in bar.label.text()
        # the background check finds the cut too: the bar then says both
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        assert bar.isVisible() and no_dialog(window)
        assert "no longer in it" in bar.label.text()
        # the status bar says it too, unless the background history check
        # (which finds the same cut) has finished and said so in its words
        said = window.statusBar().currentMessage()
        assert "no longer in it" in said or "History check failed" in said, said
        assert head.count > 0
    finally:
        close_window(window)


def test_an_older_copy_put_back_is_said_in_the_bar_and_the_keys_stay_with_the_article(
    qtbot, project_path, tmp_path
):
    """A backup copied over the file after the window closed it: the file
    verifies (its history is whole, only shorter), so only the remembered
    head tells. The bar says so above the article with its buttons; the next
    key is the article's, and is saved."""
    older = tmp_path / "older.biaozhu"
    copy(project_path, older)
    window = open_window(qtbot, project_path, tmp_path)
    window.controller.accept()
    close_window(window)
    copy(older, project_path)

    window, bar = reopen(qtbot, project_path, tmp_path)
    try:
        assert bar.isVisible()
        said = bar.label.text()
        assert "no longer in it" in said and "\n" not in said
        assert bar.restore_button.isVisible() and bar.hide_button.isVisible()
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        assert bar.isVisible() and bar.label.text() == said  # the file itself verifies
        assert "no longer in it" in window.statusBar().currentMessage()
        bar.details_button.click()
        details = window.findChild(QDialog, "historyReport")
        assert details is not None and details.isVisible() and not details.isModal()
        assert "no longer in it" in details.findChild(QPlainTextEdit).toPlainText()
        details.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        assert no_dialog(window)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_A)
        assert window.ctx.host.wait_idle(10_000)
        with Project.open(project_path) as p:
            assert [a.text for a in p.annotations("a", "tester")] == ["932.4亿元"]
        bar.hide_button.click()
        assert not bar.isVisible()
    finally:
        close_window(window)


def test_the_bar_follows_a_language_switched_while_the_window_is_open(
    qtbot, project_path, tmp_path
):
    """Preferences switch the language at once: the bar's warning and the
    menu path it names are said again in the new language, not left in the
    one they were raised in."""
    from desktop.gui.i18n import Translations

    window = open_window(qtbot, project_path, tmp_path)
    window.controller.accept()
    close_window(window)
    conn = sqlite3.connect(project_path)
    conn.execute("DROP TRIGGER events_append_only_delete")
    conn.execute("DELETE FROM events WHERE id >= (SELECT max(id) - 2 FROM events)")
    conn.commit()
    conn.close()
    translations = Translations(QApplication.instance())
    translations.apply("zh_CN")
    try:
        window, bar = reopen(qtbot, project_path, tmp_path)
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        assert "已不在历史中" in bar.label.text()
        assert "文件 → 从备份恢复" in bar.label.text()
        translations.apply("en")
        qtbot.waitUntil(lambda: "no longer in it" in bar.label.text(), timeout=5000)
        said = bar.label.text()
        assert "File → Restore from backup" in said
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in said), said
        assert "no longer in it" in bar.details_text()
    finally:
        translations.remove()
        close_window(window)
