"""Review → History: "Show as of…" on bob's event drew alice's layer (the
first by name), where bob's change could not be seen; a reviewer had to find
the layer list and pick bob each time."""

from __future__ import annotations

from models import Project
from tests.gui.conftest import DOC_A


def test_the_document_is_drawn_in_the_layer_of_the_events_annotator(qtbot, project_path, english):
    from desktop.gui.review import HistoryView

    start = DOC_A.index("比亚迪")
    with Project.open(project_path, annotator="tester") as store:
        store.add_span("a", start, start + 3, "COMPANY", annotator="alice")
        store.add_span("a", 0, 3, "COMPANY", annotator="bob")
        store.add_span("a", start + 4, start + 6, "COMPANY", annotator="alice")
        events = store.history(doc_id="a")
    bob_event = next(e.id for e in events if e.annotator == "bob")
    alice_last = max(e.id for e in events if e.annotator == "alice")
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        view.show_as_of(bob_event)
        assert view.layer.currentData() == "bob"
        assert len(view.pane.extraSelections()) == 1  # bob's one span, drawn
        view.show_as_of(alice_last)
        assert view.layer.currentData() == "alice"
        assert len(view.pane.extraSelections()) == 2
    finally:
        view.close()
