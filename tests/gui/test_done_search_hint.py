"""With the guideline open (Shift+F1) the document list narrows to 200
pixels, and the search box's hint ("Search all texts  ( / )") was cut
after "Search al" in English: the key that reaches the box was what the
curator lost. The hint now fits the box in both languages, shorter where
the box is narrow, and its whole wording is the box's tooltip."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QStyle, QStyleOptionFrame  # noqa: E402

from tests.gui.conftest import close_window, open_window  # noqa: E402


def room_for_hint(box) -> int:
    """The width QLineEdit draws its placeholder in (eliding what is wider):
    its contents rectangle less the text margins and the 2-pixel margin
    either side Qt keeps; the clear button is hidden while the box is empty."""
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    margins = box.textMargins()
    return rect.width() - margins.left() - margins.right() - 2 * 2


def test_the_search_hint_fits_with_the_guideline_open(qtbot, tmp_path, project_path, language):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.resize(1500, 900)  # the window's size on a first start
        qtbot.wait(50)
        box = window.doc_panel.search
        full = box.placeholderText()
        assert "/" in full
        assert box.fontMetrics().horizontalAdvance(full) <= room_for_hint(box)

        window.actions_by_name["guidelines"].trigger()
        qtbot.waitUntil(lambda: window.doc_panel.width() <= 210)
        hint = box.placeholderText()
        assert "/" in hint  # the key that reaches the box is still said
        assert box.fontMetrics().horizontalAdvance(hint) <= room_for_hint(box), (
            hint,
            room_for_hint(box),
        )
        assert full in box.toolTip()

        window.actions_by_name["guidelines"].trigger()  # closed: the whole hint again
        qtbot.waitUntil(lambda: box.placeholderText() == full)
    finally:
        close_window(window)
