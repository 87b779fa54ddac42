"""Ctrl+Z in the window writes an undo the history can tell from a correction.

Undoing a resize wrote an ordinary ``span.resized`` (a relabel, an
attribute edit, an add and a done document likewise), so a reviewer could
not tell a curator's correction from the curator taking back a mistake, nor
which event it took back. Each event an undo writes now names the events of
the step it takes back (``undo_of`` in its after), and each event a redo
writes names the undo it takes back (``redo_of``); verify holds both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import DOC_A

pytestmark = pytest.mark.usefixtures("isolated_settings")

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def events(store, since: int = 0):
    return [e for e in store.history(doc_id="a") if e.id > since]


def last_id(store) -> int:
    return store.history(doc_id="a")[-1].id


def mark(event, kind: str = "undo_of"):
    return event.after.get(kind) if isinstance(event.after, dict) else None


def test_undoing_a_resize_names_the_resizes_it_takes_back(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 gold
    key(qtbot, window, Qt.Key.Key_K)
    start = last_id(store)
    key(qtbot, window, Qt.Key.Key_Left, ALT)  # two nudges: one undo step
    key(qtbot, window, Qt.Key.Key_Left, ALT)
    nudges = [e.id for e in events(store, start) if e.action == "span.resized"]
    assert len(nudges) == 2 and all(mark(e) is None for e in events(store, start))
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    undo = events(store, nudges[-1])
    resized = [e for e in undo if e.action == "span.resized"]
    assert len(resized) == 1 and mark(resized[0]) == nudges
    assert (resized[0].after["start"], resized[0].after["end"]) == (
        DOC_A.index("932.4"),
        DOC_A.index("932.4") + 7,
    )
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: names the undo
    redo = [e for e in events(store, resized[0].id) if e.action == "span.resized"]
    assert len(redo) == 1 and mark(redo[0], "redo_of") == [resized[0].id]
    assert mark(redo[0]) is None
    report = store.verify()
    assert report.ok, report.problems


def test_undoing_a_relabel_an_add_and_an_accept_names_each(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 accepted
    accepted = [e for e in events(store) if e.action == "suggestion.accepted"][0]
    key(qtbot, window, Qt.Key.Key_K)
    key(qtbot, window, Qt.Key.Key_3)  # relabel to POLICY
    relabel = events(store)[-1]
    assert relabel.action == "span.relabelled" and mark(relabel) is None
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    back = events(store, relabel.id)
    assert [e.action for e in back] == ["span.relabelled"]
    assert mark(back[0]) == [relabel.id] and back[0].after["label"] == "METRIC"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the accept itself
    undone = [e for e in events(store, back[0].id) if e.action == "suggestion.undone"]
    assert len(undone) == 1 and mark(undone[0]) == [accepted.id]

    start = DOC_A.index("抚州基地")
    window.controller.add_span(start, start + 4, "COMPANY")
    assert window.ctx.host.wait_idle()
    added = [e for e in events(store, undone[0].id) if e.action == "span.added"][0]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    removed = [e for e in events(store, added.id) if e.action == "span.removed"]
    assert len(removed) == 1 and mark(removed[0]) == [added.id]
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    again = [e for e in events(store, removed[0].id) if e.action == "span.added"]
    assert len(again) == 1 and mark(again[0], "redo_of") == [removed[0].id]
    report = store.verify()
    assert report.ok, report.problems


def test_undoing_a_removal_and_attributes_names_each(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_K)
    gold = store.annotations("a", "tester")[0]
    window.controller.set_attrs(gold.id, {**gold.attrs, "period": "2024"})
    assert window.ctx.host.wait_idle()
    edit = events(store)[-1]
    assert edit.action == "span.attrs"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    back = events(store, edit.id)
    assert [e.action for e in back] == ["span.attrs"] and mark(back[0]) == [edit.id]
    assert "period" not in back[0].after["attrs"]
    key(qtbot, window, Qt.Key.Key_Delete)
    removal = [e for e in events(store, back[0].id) if e.action == "span.removed"][0]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    restored = [e for e in events(store, removal.id) if e.action == "span.restored"]
    assert len(restored) == 1 and mark(restored[0]) == [removal.id]
    report = store.verify()
    assert report.ok, report.problems


def test_undoing_done_names_the_status_and_each_rejection(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    start = [e for e in events(store) if e.action == "doc.status"][-1]
    assert start.after["status"] == "done"
    rejected = {
        e.before["suggestion"]["suggestion_id"]: e.id
        for e in events(store, start.id - 1)
        if e.action == "suggestion.rejected"
    }
    assert len(rejected) == 3
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    undo = events(store, max(rejected.values()))
    status = [e for e in undo if e.action == "doc.status"]
    assert len(status) == 1 and mark(status[0]) == [start.id]
    undone = {
        e.before["suggestion"]["suggestion_id"]: mark(e)
        for e in undo
        if e.action == "suggestion.undone"
    }
    assert undone == {sid: [eid] for sid, eid in rejected.items()}

    key(qtbot, window, Qt.Key.Key_A, SHIFT)  # accept the three: one step
    accepts = {e.target: e.id for e in events(store, undo[-1].id) if e.action.startswith("sugg")}
    assert len(accepts) == 3
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    taken = [e for e in events(store, max(accepts.values())) if e.action == "suggestion.undone"]
    assert sorted(i for e in taken for i in mark(e)) == sorted(accepts.values())
    report = store.verify()
    assert report.ok, report.problems


def undo_rows(qtbot, project_path) -> dict[int, tuple[str, str]]:
    """A resize undone and redone, a span added and undone, in the History
    window of document a: event -> (Action cell, Before → after cell)."""
    from desktop.gui.review import HistoryView
    from models import Project
    from models.store.undo import UndoStep

    with Project.open(project_path, annotator="tester") as p:
        start = DOC_A.index("比亚迪")
        ann = p.add_span("a", start, start + 3, "COMPANY")
        resize = UndoStep()
        with p.undo_step(resize):
            p.resize_span(ann.id, start, start + 4)
        back = UndoStep()
        with p.undo_step(back, undoing=[resize]):
            p.resize_span(ann.id, start, start + 3)
        with p.undo_step(UndoStep(), redoing=[back]):
            p.resize_span(ann.id, start, start + 4)
        add = UndoStep()
        with p.undo_step(add):
            other = p.add_span("a", 0, 3, "COMPANY")
        with p.undo_step(UndoStep(), undoing=[add]):
            p.remove_span(other.id)
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    try:
        model = view.table.model()
        rows = {}
        for r in range(model.rowCount()):
            eid = model.index(r, 0).data(view.model.EventIdRole)
            rows[eid] = (model.index(r, 3).data(), model.index(r, 4).data())
        # the longer action leaves the source suggestion in view beside the article
        header = view.table.horizontalHeader()
        right_edge = header.sectionViewportPosition(5) + header.sectionSize(5)
        assert right_edge <= view.table.viewport().width()
    finally:
        view.close()
    return rows


def test_the_history_window_says_what_an_undo_took_back(qtbot, project_path, english):
    rows = undo_rows(qtbot, project_path)
    ids = sorted(rows)
    added, resized, undone, redone, added2, removed = ids[-6:]
    assert rows[resized][0] == "Boundaries changed"
    assert rows[undone][0] == f"Undo of Boundaries changed (event {resized})"
    assert rows[redone][0] == f"Redo of Boundaries changed (undone in event {undone})"
    assert rows[removed][0] == f"Undo of Span added (event {added2})"
    assert rows[removed][1].endswith("→ ∅") and "undo_of" not in rows[removed][1]


def test_the_history_window_says_it_in_chinese(qtbot, project_path, chinese):
    rows = undo_rows(qtbot, project_path)
    ids = sorted(rows)
    added, resized, undone, redone, added2, removed = ids[-6:]
    assert rows[undone][0] == f"撤销“修改边界”（事件 {resized}）"
    assert rows[redone][0] == f"重做“修改边界”（事件 {undone} 曾撤销它）"
    assert rows[removed][0] == f"撤销“添加片段”（事件 {added2}）"
