"""Edit → Preferences says "The language changes at once, without a
restart", and the main window does: the review windows open beside it
(Compare & adjudicate, Agreement, History) stayed in the language they were
opened in, a reviewer switching to 中文 reading English buttons, headers and
figures' words until each window was closed and opened again. Each follows
the switch, both ways, and keeps what it shows (the pair, the row, the
layers, the event)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from models import Project
from tests.gui.conftest import DOC_A, close_window, open_window

tr = QCoreApplication.translate


@pytest.fixture
def reviewed(qtbot, tmp_path, project_path):
    """tester is a reviewer; alice and bob annotated document a differently."""
    with Project.open(project_path, annotator="tester") as store:
        store.set_role("tester", "reviewer")
        start = DOC_A.index("比亚迪")
        store.add_span("a", start, start + 3, "COMPANY", annotator="alice")
        store.add_span("a", start, start + 2, "COMPANY", annotator="bob")
        store.set_status("a", "done", annotator="alice")
        store.set_status("a", "done", annotator="bob")
    window = open_window(qtbot, project_path, tmp_path)
    yield window
    close_window(window)


@pytest.fixture
def switch(qapp):
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)

    def apply(language: str) -> None:
        translations.apply(language)
        qapp.processEvents()  # the LanguageChange events the switch posts

    yield apply
    translations.remove()


def translated(context: str, text: str, n: int = -1) -> str:
    """``text`` in the language installed now, checked to be Chinese (``n``:
    the count of a plural form, %n)."""
    out = tr(context, text, None, n)
    assert out != text, f"no zh_CN translation of {text!r}"
    return out


def test_the_agreement_window_follows_the_language(reviewed, qtbot, switch):
    window = reviewed
    window.actions_by_name["review_agreement"].trigger()
    panel = window.review_windows[-1]
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)
    assert panel.recompute.text() == "&Recompute"
    assert panel.summary.text() == "1 pair(s) of annotators."

    switch("zh_CN")
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)
    assert panel.recompute.text() == translated("AgreementPanel", "&Recompute")
    assert panel.pair_label.text() == translated("AgreementPanel", "Chart:")
    assert panel.scope.itemText(0) == translated("AgreementPanel", "Whole project")
    header = panel.model.horizontalHeaderItem(0).text()
    assert header == translated("AgreementPanel", "Pair")
    # a plural form, "1 pair" (the Chinese has one form)
    summary = tr("AgreementPanel", "%n pair(s) of annotators.", None, 1)
    assert summary != "1 pair(s) of annotators." and panel.summary.text() == summary
    assert panel.chart.names[0] == translated("AgreementPanel", "exact F1")
    assert panel.explains[1].text() == translated(
        "AgreementPanel",
        "Alpha: Krippendorff's alpha over all annotators, each character a unit; a "
        "document counts for an annotator once they marked it done.",
    )
    assert panel.pair.currentText() == "alice × bob" and panel.chart.groups

    switch("en")
    assert panel.recompute.text() == "&Recompute"
    assert panel.model.horizontalHeaderItem(0).text() == "Pair"
    assert panel.summary.text() == "1 pair of annotators."
    panel.close()


def test_the_compare_window_follows_the_language(reviewed, qtbot, switch):
    from desktop.gui.review import ReviewView

    window = reviewed
    window.actions_by_name["review_compare"].trigger()
    view = window.review_windows[-1]
    assert isinstance(view, ReviewView)
    view.set_layers("alice", "bob")
    assert view.model.rowCount() == 1
    kind = view.model.index(0, 1).data()
    assert kind == "different boundary"

    switch("zh_CN")
    assert view.act_left.text() == translated("ReviewView", "Take left (L)")
    assert view.model.index(0, 1).data() == translated("ReviewView", "different boundary")
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == translated("ReviewView", "Kind")
    assert view.show_agreements.text() == translated("ReviewView", "Show agreements")
    assert translated("ReviewView", "only left") in view.legend.text()
    # the layers chosen stay, named in the new language
    assert view.left_combo.currentData() == "alice" and view.right_combo.currentData() == "bob"
    assert view.left_title.text() == view.left_combo.currentText()
    assert view.left_title.text() != "alice (annotator, 1 span)"
    settled = translated("ReviewView", "%1 of %n difference(s) settled", 1)
    assert view.progress_label.text().startswith(settled.replace("%1", "0"))

    switch("en")
    assert view.act_left.text() == "Take left (L)"
    assert view.model.index(0, 1).data() == "different boundary"
    assert view.left_title.text() == "alice (annotator, 1 span)"
    view.close()


def test_the_history_window_follows_the_language(reviewed, qtbot, switch):
    from desktop.gui.review import HistoryView

    window = reviewed
    window.actions_by_name["review_history"].trigger()
    history = window.review_windows[-1]
    assert isinstance(history, HistoryView)
    history.table.selectRow(1)
    chosen = history.selected_event_id()
    assert chosen is not None
    assert history.go_button.text() == "Go to"

    switch("zh_CN")
    assert history.go_button.text() == translated("HistoryView", "Go to")
    assert history.export_button.text() == translated("HistoryView", "Export CSV…")
    model = history.table.model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == translated("HistoryView", "Action")
    assert history.who.itemText(0) == translated("HistoryView", "All")
    rows = history.model.rowCount()
    events = translated("HistoryView", "%1 of %n event(s)", rows)
    assert history.count_label.text() == events.replace("%1", str(rows))
    title = translated("HistoryView", "History of %1 — %2")
    assert history.windowTitle() == title.replace("%1", "a").replace("%2", "gui.biaozhu")
    assert history.selected_event_id() == chosen  # the event chosen stays chosen

    switch("en")
    assert history.go_button.text() == "Go to"
    assert history.windowTitle().startswith("History of a")
    history.close()
