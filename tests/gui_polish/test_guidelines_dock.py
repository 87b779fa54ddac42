"""Shift+F1 opens the guideline beside the article and closes it again; the
article stays readable meanwhile (issue 15.6: the title was squeezed to five
lines, span texts to "93…", and Shift+F1 did not close the pane)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def shift_f1(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()


def characters_per_line(window) -> int:
    view = window.view
    room = view.viewport().width() - 2 * view.document().documentMargin()
    return int(room / view.fontMetrics().horizontalAdvance("中"))


def title_lines(window) -> int:
    title = window.header.title
    return round(title.height() / title.fontMetrics().lineSpacing())


def test_shift_f1_toggles_the_guideline_and_the_article_stays_readable(window, qtbot):
    window.resize(1300, 800)
    QApplication.processEvents()
    article_before = window.view.width()
    assert characters_per_line(window) >= 30
    shift_f1(qtbot, window)
    dock = window._guidelines
    assert dock.isVisible() and "METRIC" in dock.browser.toPlainText()
    assert dock.width() >= 300
    assert characters_per_line(window) >= 22, "the guideline squeezed the article"
    assert title_lines(window) <= 2
    table = window.span_panel.table
    text_column = window.span_panel.model.TEXT
    assert table.columnWidth(text_column) >= table.fontMetrics().horizontalAdvance("932.4亿元")
    assert window.focusWidget() is window.view  # the keyboard loop goes on
    shift_f1(qtbot, window)
    assert not dock.isVisible()
    assert abs(window.view.width() - article_before) <= 2
