"""The document list filters by suggestion source (newuser6, 7 December
2026): the documents with suggestions of one source still pending for the
curator, or gold spans accepted from one (models.label_filter). The filter
is reached by Tab from the article, beside the status and label filters, a
source chosen with the keys, its names in the window's language."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models import Project, Suggestion  # noqa: E402
from tests.gui.conftest import DOC_A, DOC_B, DOC_C, close_window, open_window  # noqa: E402


def offered(text: str, surface: str, label: str, source: str) -> Suggestion:
    start = text.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, source, "1", {})


def make(path) -> None:
    """a: the model's METRIC and the rules' COMPANY; b: the model's; c: the rules'."""
    with Project.create(path, annotator="tester") as p:
        for doc_id, text in (("a", DOC_A), ("b", DOC_B), ("c", DOC_C)):
            p.add_document(text, doc_id=doc_id)
        p.store_suggestions(
            "a",
            [offered(DOC_A, "932.4亿元", "METRIC", "model")]
            + [offered(DOC_A, "比亚迪", "COMPANY", "company")],
        )
        p.store_suggestions("b", [offered(DOC_B, "𠮷利集团", "COMPANY", "model")])
        p.store_suggestions("c", [offered(DOC_C, "12家", "METRIC", "company")])


def press(qtbot, window, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, mods)


def shown(window) -> list[str]:
    return window.doc_panel.model.ids_shown()


def test_the_list_keeps_the_documents_of_a_source(qtbot, tmp_path, language):
    path = tmp_path / "s.biaozhu"
    make(path)
    window = open_window(qtbot, path, tmp_path)
    panel = window.doc_panel
    try:
        combo = panel.source_filter
        assert combo.itemText(0) == QCoreApplication.translate("DocumentPanel", "All sources")
        for _ in range(14):  # Tab from the article, as a person goes
            if QApplication.focusWidget() is combo:
                break
            press(qtbot, window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is combo
        qtbot.waitUntil(lambda: combo.count() == 3, timeout=5000)  # all, company, model
        names = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
        assert names == {
            "company": QCoreApplication.translate("Evaluation", "Company rules"),
            "model": QCoreApplication.translate("Spans", "model"),
        }
        press(qtbot, window, Qt.Key.Key_Down)
        press(qtbot, window, Qt.Key.Key_Down)
        assert panel.source == "model"
        qtbot.waitUntil(lambda: shown(window) == ["a", "b"], timeout=5000)
        # with the label filter: the model's COMPANY is in b alone (a's COMPANY is the rules')
        panel.label_filter.setCurrentIndex(panel.label_filter.findData("COMPANY"))
        qtbot.waitUntil(lambda: shown(window) == ["b"], timeout=5000)
        panel.label_filter.setCurrentIndex(0)
        qtbot.waitUntil(lambda: shown(window) == ["a", "b"], timeout=5000)
        # the article's keys on a: accept the model's METRIC (gold from the
        # model: a stays); on b, reject the model's COMPANY: b leaves
        press(qtbot, window, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.view
        c = window.controller
        (metric,) = [i for i in c.items if i.is_pending and i.label == "METRIC"]
        c.set_current(metric.key)
        press(qtbot, window, Qt.Key.Key_A)
        press(qtbot, window, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: c.doc_id == "b", timeout=5000)
        (company,) = [i for i in c.items if i.is_pending]
        c.set_current(company.key)
        press(qtbot, window, Qt.Key.Key_X)
        assert window.ctx.host.wait_idle()
        with Project.open(path, annotator="tester") as store:
            assert [(s.text, s.label) for s in store.annotations("a", "tester")] == [
                ("932.4亿元", "METRIC")
            ]
            (sugg,) = store.suggestions("b", "tester")
            assert sugg.status == "rejected"
        qtbot.waitUntil(lambda: shown(window) == ["a"], timeout=5000)
        assert c.doc_id == "b"  # the document shown stays where it is
        combo.setFocus()
        press(qtbot, window, Qt.Key.Key_Home)
        assert panel.source is None
        assert shown(window) == ["a", "b", "c"]
    finally:
        close_window(window)
