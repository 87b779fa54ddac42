"""The English Source column cut an offer's source to "the same nam…" on a
1366×768 laptop (the Chinese one was fixed by sizing the column to its
widest source, the text keeping the larger share: "the same name accepted
elsewhere" is too long for that share). The cell says it short, in both
languages, and whole in its tooltip and in the line under the table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project, Suggestion
from tests.gui.conftest import close_window, open_window, suggestion

TEXT = "比亚迪汽车销量增长,比亚迪股价上涨12%。江西铜博科技有限公司扩产。"
FULL = {"en": "the same name accepted elsewhere", "zh_CN": "他处已接受的同名"}


def test_every_source_is_readable_in_its_cell_at_1366_by_768(qtbot, tmp_path, language):
    path = tmp_path / "offers.biaozhu"
    with Project.create(path, annotator="tester") as project:
        doc, _ = project.add_document(TEXT, doc_id="offers")
        project.store_suggestions(
            doc,
            [
                Suggestion(0, 3, "COMPANY", "比亚迪", 0.95, "occurrence", "1", {}),
                Suggestion(10, 13, "COMPANY", "比亚迪", 0.8, "model", "1", {}),
                suggestion(TEXT, "12%", "METRIC"),
                suggestion(TEXT, "江西铜博科技有限公司", "COMPANY"),
            ],
        )
        project.add_span(doc, TEXT.index("增长"), TEXT.index("增长") + 2, "METRIC")
    window = open_window(qtbot, path, tmp_path)
    try:
        window.resize(1366, 768)  # the laptop screen, and the panes' sizes on it
        window.splitter.setSizes([300, 612, 454])
        panel = window.span_panel
        table, model = panel.table, panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 5)
        qtbot.waitUntil(lambda: not table.isColumnHidden(model.SOURCE))
        metrics = table.fontMetrics()
        for row in range(model.rowCount()):
            source = model.index(row, model.SOURCE).data()
            assert metrics.horizontalAdvance(source) + 6 <= table.columnWidth(model.SOURCE), source
        # the span texts keep the larger share, as in the Chinese fix
        assert table.columnWidth(model.TEXT) > table.columnWidth(model.SOURCE)
        widest = metrics.horizontalAdvance("江西铜博科技有限公司")
        assert widest + 6 <= table.columnWidth(model.TEXT)
        # the offer's source whole: in the tooltip and under the table
        row = next(r for r in range(model.rowCount()) if model.item_at(r).source == "occurrence")
        tooltip = model.index(row, model.SOURCE).data(Qt.ItemDataRole.ToolTipRole)
        assert FULL[language] in tooltip.replace("\xa0", " ")  # a plain-text tooltip's spaces
        window.controller.set_current(model.item_at(row).key)
        assert FULL[language] in panel.details.text()
    finally:
        close_window(window)
