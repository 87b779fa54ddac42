"""Accept everywhere: a COMPANY or POLICY name made gold is offered wherever
else it occurs; Shift+O accepts every occurrence as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import open_window, suggestion

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

NAME = "星海电子集团"
POLICY = "《数字经济促进条例》"
DOCS = {
    "d1": f"{NAME}今年营收增长百分之十二，{NAME}计划扩产。",
    "d2": f"记者从{NAME}获悉，新厂房已经投产。",
    "d3": f"据悉，{NAME}与当地政府签署了合作协议，落实{POLICY}。",
    "d4": "与此无关的一篇文章。",
    "d5": f"会议学习了{POLICY}。",
}


@pytest.fixture
def names_window(qtbot, tmp_path):
    path = tmp_path / "names.biaozhu"
    project = Project.create(path, annotator="tester")
    for doc_id, text in DOCS.items():
        project.add_document(text, doc_id=doc_id)
    project.store_suggestions("d1", [suggestion(DOCS["d1"], NAME, "COMPANY", 0.8)])
    project.close()
    window = open_window(qtbot, path, tmp_path)
    yield window, path
    window.ctx.tasks.wait(20_000)
    window.close()
    window.ctx.close()


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, k, mods)


def pending(project, doc):
    return [
        (s.start, s.text, s.label, s.source) for s in project.suggestions(doc, status="pending")
    ]


def gold(project, doc):
    return [(a.start, a.text, a.label) for a in project.annotations(doc, "tester")]


def test_accepting_a_company_offers_it_everywhere_and_shift_o_takes_all(names_window, qtbot):
    window, path = names_window
    c = window.controller
    assert c.current_item().text == NAME and c.current_item().start == 0
    key(qtbot, window, Qt.Key.Key_A)
    # this document's occurrences at once, the rest of the project in the background
    assert window.ctx.tasks.wait(10_000)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        # its other occurrences: one more in d1, one in d2, one in d3; none in d4
        second = DOCS["d1"].index(NAME, 1)
        assert pending(store, "d1") == [(second, NAME, "COMPANY", "occurrence")]
        assert [p[1:] for p in pending(store, "d2")] == [(NAME, "COMPANY", "occurrence")]
        assert len(pending(store, "d3")) == 1 and pending(store, "d4") == []
    assert window.statusBar().currentMessage().startswith("3 other occurrence")
    # the list shows the new pending counts at once
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).pending == 1
    # the offered occurrence in this document is focused next (A moved on to it)
    assert c.current_item().start == second and c.current_item().is_pending

    window.actions_by_name["accept_occurrences"].trigger()
    with Project.open(path, annotator="tester") as store:
        for doc in ("d1", "d2", "d3"):
            assert pending(store, doc) == [], doc
        assert [g[1:] for g in gold(store, "d2")] == [(NAME, "COMPANY")]
        assert len(gold(store, "d1")) == 2
    assert model.doc_at(model.row_of("d3")).pending == 0
    assert window.statusBar().currentMessage().startswith("3 occurrence")

    # one Ctrl+Z undoes them all; the first acceptance stays
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        assert gold(store, "d2") == [] and gold(store, "d3") == []
        assert len(pending(store, "d2")) == 1 and len(pending(store, "d3")) == 1
    assert model.doc_at(model.row_of("d2")).pending == 1
    # and redo takes them again
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert len(gold(store, "d2")) == 1 and len(gold(store, "d3")) == 1


def test_a_new_policy_span_is_offered_elsewhere_and_shift_o_from_gold(names_window, qtbot):
    window, path = names_window
    window.doc_panel.select("d3")
    assert window.controller.doc_id == "d3"
    start = DOCS["d3"].index(POLICY)
    window.view.select_range(start, start + len(POLICY))
    window.act_label("POLICY")
    assert window.ctx.tasks.wait(10_000)  # the rest of the project is searched in the background
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d3") == [(start, POLICY, "POLICY")]
        assert [p[1:3] for p in pending(store, "d5")] == [(POLICY, "POLICY")]
    assert window.statusBar().currentMessage().startswith("1 other occurrence")
    # the new gold span is focused: Shift+O accepts the occurrence in d5
    assert window.controller.current_item().is_gold
    window.view.setFocus()
    key(qtbot, window, Qt.Key.Key_O, SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert [g[1:] for g in gold(store, "d5")] == [(POLICY, "POLICY")]
    # a METRIC is not propagated, and Shift+O on one says so
    window.controller.add_span(0, 2, "METRIC")
    assert "METRIC" not in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_O, SHIFT)
    assert "COMPANY / POLICY" in window.statusBar().currentMessage()
