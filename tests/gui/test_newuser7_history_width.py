"""Review → Document history at 1280×800 (the window maximised on a small
laptop), in English: after an accept, a boundary key and Ctrl+Z, Action
held "Undo of Suggestion accepted (events 3, 4, 5)" at its 230-pixel
limit, Before → after was at its minimum, and the Source suggestion column
(what a reviewer reads a row for) started 70 pixels before the table's
edge, "Source sug…", its cells cut: the text pane beside the table kept
its 520 pixels whatever the table needed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.cli import main
from models import Project
from tests.conftest import news_train_article
from tests.gui.conftest import close_window, open_window

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)
    window.ctx.tasks.wait(20_000)


def curated(qtbot, tmp_path):
    """A news-train article suggested, then A, Alt+Shift+← and Ctrl+Z in the window."""
    article = news_train_article(0)
    path = tmp_path / "audit.biaozhu"
    with Project.create(path, annotator="tester") as p:
        p.add_document(article["text"], doc_id=article["id"])
    assert main(["suggest", "--project", str(path), "--annotator", "tester"]) == 0
    window = open_window(qtbot, path, tmp_path)
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_Left, ALT_SHIFT)  # accepts, then moves the end
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    close_window(window)
    with Project.open(path, readonly=True) as p:
        actions = [e.action for e in p.history(doc_id=article["id"])]
    assert actions.count("suggestion.accepted") == 2 and "suggestion.undone" in actions
    return path, article["id"]


def source_in_view(qtbot, view) -> None:
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    right_edge = header.sectionViewportPosition(5) + header.sectionSize(5)
    assert right_edge <= view.table.viewport().width()
    model = view.table.model()  # the timeline, or the whole project's pages
    cells = [model.index(r, 5).data() for r in range(model.rowCount())]
    widest = max(view.table.fontMetrics().horizontalAdvance(c) for c in cells if c)
    assert header.sectionSize(5) >= widest  # each source whole, not cut


def test_the_source_column_stays_in_view_at_1280_pixels(qtbot, tmp_path, language):
    from desktop.gui.review.history_view import HistoryView

    path, doc = curated(qtbot, tmp_path)
    view = HistoryView(str(path), "tester", doc)
    qtbot.addWidget(view)
    source_in_view(qtbot, view)
    view.close()


def test_the_whole_projects_history_too(qtbot, tmp_path, language):
    """The whole project's history (Document emptied, Enter) gave its columns
    fixed widths, Before → after 420 pixels: Source suggestion began past
    the table's edge at 1280 pixels, and at 1500 too."""
    from desktop.gui.review.history_view import HistoryView

    path, doc = curated(qtbot, tmp_path)
    view = HistoryView(str(path), "tester", doc)
    qtbot.addWidget(view)
    view.set_document(None)  # as Document emptied and Enter
    assert view.whole_project
    source_in_view(qtbot, view)
    view.close()
