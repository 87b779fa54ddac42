"""The history window on a project one of whose events was grown with
``sqlite3`` past anything Biaozhu writes (safe6, 7 December 2026): the
page read of the whole project's history refused the page holding it
(IntegrityError naming the event), so the window's table stayed empty
and the error went to the unexpected-error hook, every scroll asking
again. The view now shows the events around it, leaves the damaged one
out and says which it is in one line, in the window's language."""

from __future__ import annotations

import sqlite3

from desktop.gui.review.history_view import HistoryView
from models import Project
from tests.test_tamper import GUARDS

GROWN = 40_000_000  # bytes added: past the bound (32 MB), quick to make


def grow_an_event(path) -> tuple[int, list[int]]:
    """The first event about document b grown; every event id of the project."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        (eid,) = conn.execute("SELECT min(id) FROM events WHERE doc_id = 'b'").fetchone()
        conn.execute(
            "UPDATE events SET after = after || printf('%.*c', ?, 'x') WHERE id = ?",
            (GROWN, eid),
        )
        ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    finally:
        conn.close()
    return eid, ids


def test_the_whole_history_shows_all_but_the_damaged_event_and_names_it(
    qtbot, project_path, tmp_path
):
    with Project.open(project_path, annotator="tester") as p:
        first = p.suggestions("a")[0]
        p.accept_suggestion(first.id)  # an event after the damaged one
    damaged, ids = grow_an_event(project_path)
    assert ids[-1] > damaged
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    view.set_document(None)  # the whole project's history
    qtbot.waitUntil(lambda: not view.paged.canFetchMore(), timeout=10_000)
    shown = view.visible_event_ids()
    assert sorted(shown) == [i for i in ids if i != damaged]
    said = view.count_label.text()
    assert f"event {damaged} of the history is damaged" in said, said
    assert "\n" not in said
    # newest first reads the same, the damaged one named again
    view.newest.setChecked(True)
    qtbot.waitUntil(lambda: not view.paged.canFetchMore(), timeout=10_000)
    assert sorted(view.visible_event_ids()) == [i for i in ids if i != damaged]
    assert f"event {damaged} of the history is damaged" in view.count_label.text()
    view.close()


def test_a_document_s_history_holding_the_damaged_event_names_it(qtbot, project_path):
    damaged, _ids = grow_an_event(project_path)
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    view.doc_edit.setText("b")
    view._document_entered()
    said = view.count_label.text()
    assert f"event {damaged} of the history is damaged" in said, said
    # the view still browses: back to the whole project
    view.set_document(None)
    qtbot.waitUntil(lambda: not view.paged.canFetchMore(), timeout=10_000)
    assert view.visible_event_ids()
    view.close()


def test_the_history_opened_on_the_document_of_the_damaged_event_names_it(qtbot, project_path):
    """The window's Ctrl+H opens the history on the document shown: one
    holding the damaged event opens, names it, and browses on."""
    damaged, _ids = grow_an_event(project_path)
    view = HistoryView(str(project_path), "tester", "b")
    qtbot.addWidget(view)
    view.show()
    said = view.count_label.text()
    assert f"event {damaged} of the history is damaged" in said, said
    view.set_document("a")
    assert view.visible_event_ids()
    view.close()


def test_the_damaged_event_is_said_in_the_window_s_language(qtbot, project_path, language):
    damaged, _ids = grow_an_event(project_path)
    view = HistoryView(str(project_path), "tester", "b")
    qtbot.addWidget(view)
    view.show()
    said = view.count_label.text()
    assert str(damaged) in said and "\n" not in said, said
    if language == "zh_CN":
        assert f"历史中的事件 {damaged} 已损坏" in said and "damaged" not in said, said
    else:
        assert f"event {damaged} of the history is damaged" in said, said
    view.close()


def test_a_span_s_history_holding_a_grown_event_names_it(qtbot, project_path):
    """safe7: the history of one span (the window's span history) read every
    event of its lineage whole; one grown with sqlite3 is now left out and
    named, as the document's history does, the span's other events shown."""
    with Project.open(project_path, annotator="tester") as p:
        p.accept_suggestion(p.suggestions("b")[0].id)
        span = p.annotations("b", "tester")[0].id
        label = p.annotation(span).label
        p.relabel_span(span, "POLICY" if label != "POLICY" else "METRIC")
    conn = sqlite3.connect(project_path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE target = ?", (str(span),))]
        conn.execute(
            "UPDATE events SET after = after || printf('%.*c', ?, 'x') WHERE id = ?",
            (GROWN, ids[-1]),
        )
    finally:
        conn.close()
    view = HistoryView(str(project_path), "tester", None, span_id=span)
    qtbot.addWidget(view)
    view.show()
    said = view.count_label.text()
    assert f"event {ids[-1]} of the history is damaged" in said, said
    assert "\n" not in said
    assert ids[0] in view.visible_event_ids() and ids[-1] not in view.visible_event_ids()
    view.close()


def test_show_as_of_past_a_grown_event_names_it(qtbot, project_path):
    """safe7: "Show as of…" replays the document's events up to the one
    chosen; past a grown event it said nothing and raised (the window's
    unexpected-error hook). It now names the event in the count line and
    shows the document as before."""
    damaged, ids = grow_an_event(project_path)
    conn = sqlite3.connect(project_path)
    try:
        (later,) = conn.execute("SELECT max(id) FROM events WHERE doc_id = 'b'").fetchone()
    finally:
        conn.close()
    assert later > damaged
    view = HistoryView(str(project_path), "tester", "b")
    qtbot.addWidget(view)
    view.show()
    view.show_as_of(later)
    said = view.count_label.text()
    assert f"event {damaged} of the history is damaged" in said, said
    assert view.as_of_event is None
    view.close()
