"""Drop-down lists draw their current item, closed and open (issue 15.6:
the open list showed the selected row as a blank white bar)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402


def ink(widget, rect: QRect | None = None) -> int:
    """How many pixels of ``rect`` are dark enough to be text."""
    image = widget.grab(rect if rect is not None else QRect()).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 110
    )


def check_draws_current_item(qtbot, combo: QComboBox) -> None:
    assert combo.count() >= 2
    combo.setCurrentIndex(1)
    text_area = combo.rect().adjusted(4, 4, -30, -4)  # the arrow button is not text
    assert ink(combo, text_area) > 20, f"{combo.objectName()}: the current item is not drawn"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    row = view.visualRect(view.currentIndex())
    assert row.height() > 0
    assert ink(view.viewport(), row) > 20, f"{combo.objectName()}: the open list hides the row"
    combo.hidePopup()


def test_export_format_list_draws_the_chosen_format(qtbot, window):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window, str(window.ctx.project.path), "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check_draws_current_item(qtbot, dialog.format_box)


def test_compare_lists_draw_the_chosen_document_and_layers(qtbot, window):
    from desktop.gui.review.review_view import ReviewView

    view = ReviewView(str(window.ctx.project.path), "tester", "a", window)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    for combo in (view.doc_combo, view.left_combo, view.right_combo):
        check_draws_current_item(qtbot, combo)
