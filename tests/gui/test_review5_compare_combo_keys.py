"""Review → Compare: ↑/↓ (previous / next difference) were taken from the
whole window, so in the Document, Left and Right lists, open or not, the
arrows moved the difference table instead of the choice: a reviewer could not
choose another document or layer from the keyboard."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


@pytest.fixture
def two_annotators(tmp_path):
    project, docs = build_two_annotators(tmp_path / "r.biaozhu", load_seeds()[:2])
    project.set_role("rita", "reviewer")
    project.close()
    return tmp_path / "r.biaozhu", docs


def test_arrows_in_the_lists_choose_in_the_lists(qtbot, two_annotators):
    from desktop.gui.review.review_view import ReviewView

    path, docs = two_annotators
    view = ReviewView(str(path), "rita", docs[0]["id"])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    try:
        view.doc_combo.setFocus()
        qtbot.keyClick(view.doc_combo, Qt.Key.Key_Down)
        assert view.doc_combo.currentData() == docs[1]["id"]
        qtbot.keyClick(view.doc_combo, Qt.Key.Key_Up)
        assert view.doc_combo.currentData() == docs[0]["id"]

        view.left_combo.setFocus()
        before = view.left_combo.currentIndex()
        qtbot.keyClick(view.left_combo, Qt.Key.Key_Down)
        assert view.left_combo.currentIndex() == before + 1

        # in the table the arrows still walk the differences
        view.set_layers("gold", "bob")
        view.table.setFocus()
        view.select_row(0)
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
        assert view.current_row() == 1
    finally:
        view.close()
