"""Review → History beside the article: a reviewer reads which suggestion a
span came from in the Source suggestion column, and at a window as wide as a
1366-pixel screen that column started at the table's right edge, reached only
by scrolling. Before → after gives up width so it shows, and a cut cell
shows its whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project


def test_the_source_suggestion_column_is_in_view(qtbot, project_path, english):
    from desktop.gui.review import HistoryView

    with Project.open(project_path, annotator="tester") as store:
        for suggestion in store.suggestions("a")[:3]:
            store.accept_suggestion(suggestion.id)
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    try:
        header = view.table.horizontalHeader()
        right_edge = header.sectionViewportPosition(5) + header.sectionSize(5)
        assert right_edge <= view.table.viewport().width()
        last = view.model.index(view.model.rowCount() - 1, 5)
        assert view.model.data(last).startswith("suggestion ")
        assert view.model.data(last, Qt.ItemDataRole.ToolTipRole)
    finally:
        view.close()
