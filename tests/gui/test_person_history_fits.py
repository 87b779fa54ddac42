"""The history window fits a 1366-pixel laptop screen in either language:
its filters and buttons were one row wider than that, so on such a screen
(the README's own) the document field was drawn under the Annotator label
and its clear button over the text."""

from __future__ import annotations

import pytest

from models import Project
from tests.gui.conftest import close_window, open_window

LAPTOP_WIDTH = 1366


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_history_window_fits_a_laptop_screen(qtbot, qapp, tmp_path, project_path, language):
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply(language)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.actions_by_name["review_history"].trigger()
        history = window.review_windows[-1]
        assert history.minimumSizeHint().width() <= LAPTOP_WIDTH
        history.resize(LAPTOP_WIDTH, 740)
        qtbot.waitUntil(lambda: history.width() == LAPTOP_WIDTH)
        # every filter and button whole, none over another
        row = [
            history.doc_edit,
            history.who,
            history.action,
            history.since,
            history.until,
            history.newest,
            history.as_of_button,
            history.span_button,
            history.go_button,
            history.export_button,
        ]
        for widget in row:
            assert widget.width() >= widget.minimumSizeHint().width(), widget
        for i, a in enumerate(row):
            for b in row[i + 1 :]:
                assert not a.geometry().intersects(b.geometry()), (a, b)
        history.close()
    finally:
        close_window(window)
        translations.remove()


def test_document_field_shows_a_whole_document_id(qtbot, tmp_path, project_path):
    """The document field was as wide as 24 characters, the clear button
    and margins inside that: a corpus file's id (000_ee9b7df723eab218, 20
    characters) had its first character cut off under Xvfb."""
    from PySide6.QtWidgets import QToolButton

    doc_id = "000_ee9b7df723eab218_01"  # an imported file's stem, a few characters longer
    with Project.open(project_path, annotator="tester") as project:
        project.add_document("某公司2024年营收12亿元。", doc_id=doc_id)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.doc_panel.select(doc_id)
        qtbot.waitUntil(lambda: window.controller.doc_id == doc_id)
        window.actions_by_name["review_history"].trigger()
        history = window.review_windows[-1]
        history.resize(LAPTOP_WIDTH, 740)
        qtbot.waitExposed(history)
        field = history.doc_edit
        assert field.text() == doc_id
        (clear,) = [b for b in field.findChildren(QToolButton) if b.isVisible()]
        field.setCursorPosition(0)
        field.repaint()
        text_left = field.cursorRect().center().x()
        # the whole id drawn left of the clear button, its start not scrolled away
        assert text_left + field.fontMetrics().horizontalAdvance(doc_id) < clear.x()
        history.close()
    finally:
        close_window(window)
