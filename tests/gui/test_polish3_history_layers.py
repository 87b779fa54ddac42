"""Review → History: beside "Select an event and press “Show as of…”" stood an
empty list (the layers of a document drawn as of an event, before any was
drawn), and once drawn a layer of one span read "alice (1 spans)"."""

from __future__ import annotations

from models import Project
from tests.gui.conftest import DOC_A


def test_the_layer_list_shows_once_there_are_layers_and_counts_in_words(
    qtbot, project_path, english
):
    from desktop.gui.review import HistoryView

    with Project.open(project_path, annotator="tester") as store:
        start = DOC_A.index("比亚迪")
        store.add_span("a", start, start + 3, "COMPANY", annotator="alice")
        store.add_span("a", 0, 3, "COMPANY", annotator="bob")
        store.add_span("a", start + 4, start + 6, "COMPANY", annotator="bob")
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        assert view.as_of_label.text() == "Select an event and press “Show as of…”."
        assert not view.layer.isVisible()  # nothing to choose yet: no empty box

        last = view.visible_event_ids()[-1]
        view.show_as_of(last)
        assert view.layer.isVisible()
        names = [view.layer.itemText(i) for i in range(view.layer.count())]
        assert "alice (1 span)" in names and "bob (2 spans)" in names
    finally:
        view.close()
