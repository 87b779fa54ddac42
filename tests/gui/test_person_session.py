"""What a curator saw going through the corpus under Xvfb, key by key: a
span list whose label column was measured on the rows in view only (an
article opening on POLICY rows showed "MET…" below them), and the status
bar still asking for a second Ctrl+D on the next document, with the count
of the one before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion

pytestmark = pytest.mark.usefixtures("isolated_settings")

CTRL = Qt.KeyboardModifier.ControlModifier

POLICIES = "".join(f"落实《第{i}号产业行动方案》。" for i in range(40))
LONG_DOC = POLICIES + "比亚迪集团营收12亿元。"


@pytest.fixture
def policies_first(tmp_path):
    """A project whose first article has forty POLICY suggestions before a
    COMPANY and a METRIC, more rows than the list shows at once."""
    path = tmp_path / "long.biaozhu"
    project = Project.create(path, annotator="tester")
    doc, _ = project.add_document(LONG_DOC, doc_id="long")
    found = [suggestion(LONG_DOC, f"《第{i}号产业行动方案》", "POLICY") for i in range(40)]
    found += [
        suggestion(LONG_DOC, "比亚迪集团", "COMPANY"),
        suggestion(LONG_DOC, "12亿元", "METRIC"),
    ]
    project.store_suggestions(doc, found)
    other, _ = project.add_document("园区新增企业12家。", doc_id="other")
    project.store_suggestions(other, [suggestion("园区新增企业12家。", "12家", "METRIC")])
    project.close()
    return path


def test_every_label_whole_in_the_span_list(qtbot, tmp_path, policies_first):
    window = open_window(qtbot, policies_first, tmp_path)
    try:
        table = window.span_panel.table
        model = window.span_panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 42)
        metrics = table.fontMetrics()
        width = table.columnWidth(model.LABEL)
        for row in range(model.rowCount()):
            label = model.index(row, model.LABEL).data()
            # the text and the cell's margins (3 px a side in every style)
            assert metrics.horizontalAdvance(label) + 6 <= width, label
        # scrolled to the last rows, the column still holds them
        table.scrollToBottom()
        qtbot.wait(50)
        assert table.columnWidth(model.LABEL) == width
    finally:
        close_window(window)


def test_next_document_does_not_keep_asking_for_a_second_ctrl_d(qtbot, tmp_path, policies_first):
    window = open_window(qtbot, policies_first, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.controller.doc_id == "long")
        target = window.focusWidget() or window
        qtbot.keyClick(target, Qt.Key.Key_D, CTRL)
        assert window.statusBar().currentMessage().startswith("42 suggestion")
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: window.controller.doc_id == "other")
        # the question was about the other article, and it no longer holds
        assert "Ctrl+D" not in window.statusBar().currentMessage()
        with Project.open(policies_first, readonly=True) as store:
            assert store.status("long", "tester") != "done"
    finally:
        close_window(window)


def test_keys_on_an_article_without_spans_say_so(qtbot, tmp_path, project_path):
    """On a CLUENER sentence with nothing suggested, J said nothing and A
    said "No span is focused (J/K or ↓/↑ to move)", sending the curator to
    keys that could not help. Both now say the article shows no spans and how
    to add one, and nothing is written."""
    with Project.open(project_path, annotator="tester") as project:
        project.add_document("布鲁京斯研究所桑顿中国中心研究部主任李成说。", doc_id="bare")
        project.store_suggestions("bare", [])  # suggested: nothing found
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.doc_panel.select("bare")
        qtbot.waitUntil(lambda: window.controller.doc_id == "bare")
        for k in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_A, Qt.Key.Key_X, Qt.Key.Key_Delete):
            window.statusBar().clearMessage()
            qtbot.keyClick(window.focusWidget() or window, k)
            assert window.ctx.host.wait_idle(10_000)
            said = window.statusBar().currentMessage()
            assert said.startswith("No spans are shown in this article"), (k, said)
            assert "J/K" not in said
        with Project.open(project_path, readonly=True) as store:
            assert store.annotations("bare", "tester") == []
            assert store.history(doc_id="bare", action="doc.status") == []
    finally:
        close_window(window)


def test_source_column_holds_the_sources_of_the_article(qtbot, qapp, tmp_path):
    """In zh_CN an offer's Source cell read "他处已接受的…": the column was 96
    pixels whatever it held. It is as wide as the article's widest source,
    the text keeping the larger share of the room the two share."""
    from desktop.gui.i18n import Translations
    from models import Suggestion

    text = "比亚迪汽车销量增长,比亚迪股价上涨12%。"
    path = tmp_path / "offers.biaozhu"
    project = Project.create(path, annotator="tester")
    doc, _ = project.add_document(text, doc_id="offers")
    project.store_suggestions(
        doc,
        [
            Suggestion(0, 3, "COMPANY", "比亚迪", 0.9, "occurrence", "1", {}),
            Suggestion(10, 13, "COMPANY", "比亚迪", 0.8, "model", "1", {}),
            suggestion(text, "12%", "METRIC"),
        ],
    )
    project.close()
    translations = Translations(qapp)
    translations.apply("zh_CN")
    window = open_window(qtbot, path, tmp_path)
    try:
        window.resize(1366, 768)  # the laptop screen this was seen on, and its panes
        window.splitter.setSizes([300, 612, 454])
        panel = window.span_panel
        table, model = panel.table, panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 3)
        qtbot.waitUntil(lambda: not table.isColumnHidden(model.SOURCE))
        metrics = table.fontMetrics()
        for row in range(3):
            source = model.index(row, model.SOURCE).data()
            assert metrics.horizontalAdvance(source) + 6 <= table.columnWidth(model.SOURCE), source
        # the text keeps the larger share of the room it shares with the source
        others = sum(table.columnWidth(c) for c in (model.LABEL, model.SCORE, model.STATUS))
        assert table.columnWidth(model.SOURCE) <= (table.viewport().width() - others) * 9 // 20
        assert table.columnWidth(model.TEXT) > table.columnWidth(model.SOURCE)
    finally:
        close_window(window)
        translations.remove()


def test_undo_and_redo_say_what_they_did(qtbot, tmp_path, project_path):
    """Ctrl+Z after marking a document done reopened it, and the status bar
    went on saying "Document marked done." over the reopened article: undo
    and redo said nothing of their own. They say what they undid or redid."""
    window = open_window(qtbot, project_path, tmp_path)

    def press(k, mods=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.focusWidget() or window, k, mods)
        assert window.ctx.host.wait_idle(10_000)

    try:
        qtbot.waitUntil(lambda: window.controller.doc_id == "a")
        press(Qt.Key.Key_A)  # 932.4亿元 gold
        press(Qt.Key.Key_D, CTRL)
        press(Qt.Key.Key_D, CTRL)  # done, the other three recorded rejected
        assert window.statusBar().currentMessage() == "Document marked done."
        with Project.open(project_path, readonly=True) as store:
            assert store.status("a", "tester") == "done"
        press(Qt.Key.Key_Z, CTRL)
        assert window.statusBar().currentMessage() == "Undone: Mark document done"
        with Project.open(project_path, readonly=True) as store:
            assert store.status("a", "tester") == "in_progress"
        press(Qt.Key.Key_Z, CTRL)
        assert window.statusBar().currentMessage() == "Undone: Accept “932.4亿元”"
        press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert window.statusBar().currentMessage() == "Redone: Accept “932.4亿元”"
        with Project.open(project_path, readonly=True) as store:
            assert [a.text for a in store.annotations("a", "tester")] == ["932.4亿元"]
    finally:
        close_window(window)
