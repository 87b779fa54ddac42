"""The document list filters by label, as INCEpTION's and Prodigy's users
expect: the documents with suggestions of that label still pending, or gold
spans of it. The filter is reached by Tab from the article (no click), a
label chosen with the keys, in both languages; the documents it keeps are
the core's (models.label_filter) and follow what the curator decides."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models import Project  # noqa: E402
from tests.gui.conftest import close_window, open_window  # noqa: E402


def press(qtbot, window, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, mods)


def shown(window) -> list[str]:
    return window.doc_panel.model.ids_shown()


def test_the_list_keeps_the_documents_of_a_label(qtbot, project_path, tmp_path, language):
    # the fixture's project: a holds METRIC, COMPANY and POLICY suggestions,
    # b COMPANY and METRIC, c METRIC
    window = open_window(qtbot, project_path, tmp_path)
    panel = window.doc_panel
    try:
        combo = panel.label_filter
        assert combo.itemText(0) == QCoreApplication.translate("DocumentPanel", "All labels")
        assert combo.itemText(0)
        for _ in range(12):  # Tab from the article, as a person goes
            if QApplication.focusWidget() is combo:
                break
            press(qtbot, window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is combo
        labels = [combo.itemText(i) for i in range(1, combo.count())]
        assert {"COMPANY", "METRIC", "POLICY"} <= set(labels)
        press(qtbot, window, Qt.Key.Key_P)  # POLICY, by its first letter
        assert panel.label == "POLICY"
        qtbot.waitUntil(lambda: shown(window) == ["a"], timeout=5000)
        qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new word, not "PC"
        press(qtbot, window, Qt.Key.Key_C)
        assert panel.label == "COMPANY"
        qtbot.waitUntil(lambda: shown(window) == ["a", "b"], timeout=5000)
        assert "2" in panel.count_label.text() and "3" in panel.count_label.text()
        # the article's keys: reject a's COMPANY suggestion; a leaves the list
        press(qtbot, window, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.view
        c = window.controller
        (company,) = [i for i in c.items if i.is_pending and i.label == "COMPANY"]
        c.set_current(company.key)
        press(qtbot, window, Qt.Key.Key_X)
        assert window.ctx.host.wait_idle()
        with Project.open(project_path, annotator="tester") as store:
            (sugg,) = [s for s in store.suggestions("a", "tester") if s.label == "COMPANY"]
            assert sugg.status == "rejected"
        qtbot.waitUntil(lambda: shown(window) == ["b"], timeout=5000)
        assert c.doc_id == "a"  # the document shown stays where it is
        # any label again: every document
        combo.setFocus()
        press(qtbot, window, Qt.Key.Key_Home)
        assert panel.label is None
        assert shown(window) == ["a", "b", "c"]
    finally:
        close_window(window)


def test_the_label_filter_and_the_status_filter_both_hold(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    panel = window.doc_panel
    try:
        panel.label_filter.setCurrentIndex(panel.label_filter.findData("METRIC"))
        qtbot.waitUntil(lambda: shown(window) == ["a", "b", "c"], timeout=5000)
        panel.status_filter.setCurrentIndex(1)  # to do
        qtbot.waitUntil(lambda: shown(window) == ["a", "b", "c"], timeout=5000)
        window.controller.toggle_done()
        window.controller.toggle_done()  # a marked done (its suggestions pending: asked twice)
        assert window.ctx.host.wait_idle()
        qtbot.waitUntil(lambda: shown(window) == ["b", "c"], timeout=5000)
    finally:
        close_window(window)
