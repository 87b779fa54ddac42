"""The whole project's history kept the text of the document shown before
in its text pane, under events of other documents, until an event was drawn
as of it (ux8, 7 December 2026): a reviewer read one article beside another's
events. Now the pane is empty, a one-line hint above it, until an event is
chosen; then it shows the chosen event's document."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.gui.offsets import display_text  # noqa: E402
from models import Project  # noqa: E402
from tests.gui_review.test_history_view import open_history_view  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402

HINT = {
    "en": "Choose an event: its document is shown here.",
    "zh_CN": "选择一个事件：这里显示它所属的文档。",
}
NAMED = {
    "en": "%1: press “Show as of…” to draw it as of the chosen event.",
    "zh_CN": "%1：按“显示当时状态…”，显示它在所选事件之后的状态。",
}


def test_the_pane_waits_for_an_event_and_then_shows_its_document(qtbot, tmp_path, language):
    project, docs = build_two_annotators(tmp_path / "p.biaozhu", load_seeds()[:2])
    first, last = (d["id"] for d in docs)
    texts = {d["id"]: d["text"] for d in docs}
    project.close()
    view = open_history_view(qtbot, tmp_path / "p.biaozhu", last)
    view.show()
    assert view.pane.toPlainText() == display_text(texts[last])
    view.set_document(None)  # as Document emptied and Enter
    assert view.whole_project
    assert view.pane.toPlainText() == "" and view.pane_doc is None
    assert view.as_of_label.text() == HINT[language]
    with Project.open(tmp_path / "p.biaozhu", readonly=True) as store:
        firsts = {doc: store.history(doc_id=doc)[0].id for doc in (first, last)}
    view.select_event(firsts[first])
    assert view.pane_doc == first
    assert view.pane.toPlainText() == display_text(texts[first])
    assert view.as_of_label.text() == NAMED[language].replace("%1", first)
    view.table.setFocus()
    for _ in range(view.paged.rowCount()):  # down the table by keys
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
        doc = view.selected_event().doc_id
        # an event about no document (an annotator added) leaves the pane empty
        assert view.pane.toPlainText() == (display_text(texts[doc]) if doc else "")
        if doc == last:
            break
    assert view.pane_doc == last
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # drawn as of it: that document still
    assert view.pane_doc == last and view.as_of_event == view.selected_event_id()
    view.set_document(None)  # the whole history again: nothing chosen, nothing shown
    assert view.pane.toPlainText() == "" and view.as_of_label.text() == HINT[language]
    view.close()
