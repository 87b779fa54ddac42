"""A key refused because another program changed what it acted on (a
"meanwhile" refusal) keeps the window's undo history: the curator's earlier
decisions that the other program did not touch are still undone by Ctrl+Z;
only what cannot be undone any more is dropped, and the status bar says so.
An undo whose target another program changed is refused in words, never
written over the other program's change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import DOC_A, suggestion

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def undo(window, qtbot) -> None:
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.ctx.host.wait_idle()


def keys(window, qtbot, *names) -> None:
    for key in names:
        press(qtbot, key)
    assert window.ctx.host.wait_idle()


def gold_and_decided(project_path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    with Project.open(project_path, annotator="tester") as p:
        gold = sorted((a.text, a.label) for a in p.annotations("a", "tester"))
        decided = {s.text: s.status for s in p.suggestions("a", "tester") if s.status != "pending"}
        return gold, decided


def resuggest_elsewhere(project_path, *keep: str) -> None:
    """Another program stores fresh suggestions for document a: the
    undecided ones it does not propose go (the decided ones stay)."""
    with Project.open(project_path, annotator="tester") as other:
        labels = {"932.4亿元": "METRIC", "13.7%": "METRIC", "比亚迪": "COMPANY"}
        other.store_suggestions("a", [suggestion(DOC_A, s, labels[s]) for s in keep])


def test_a_refusal_keeps_the_earlier_decisions_undoable(window, qtbot, project_path):
    c = window.controller
    assert window.ctx.host.wait_idle()
    assert c.current_item().text == "932.4亿元"
    keys(window, qtbot, Qt.Key.Key_X, Qt.Key.Key_A)  # reject 932.4亿元, accept 13.7%
    assert c.current_item().text == "比亚迪"
    resuggest_elsewhere(project_path, "13.7%")  # 比亚迪 goes
    keys(window, qtbot, Qt.Key.Key_A)  # refused: 比亚迪 is gone
    said = window.statusBar().currentMessage()
    assert "比亚迪" in said and "another program" in said
    assert gold_and_decided(project_path) == (
        [("13.7%", "METRIC")],
        {"932.4亿元": "rejected", "13.7%": "accepted"},
    )
    assert window.ctx.undo_group.canUndo()
    undo(window, qtbot)  # the accept of 13.7%
    assert gold_and_decided(project_path) == ([], {"932.4亿元": "rejected"})
    undo(window, qtbot)  # the reject of 932.4亿元
    assert gold_and_decided(project_path) == ([], {})
    assert not window.ctx.undo_group.canUndo()


def test_an_entry_the_other_program_changed_is_dropped_and_said(window, qtbot, project_path):
    c = window.controller
    assert window.ctx.host.wait_idle()
    keys(window, qtbot, Qt.Key.Key_A, Qt.Key.Key_X)  # accept 932.4亿元, reject 13.7%
    assert c.current_item().text == "比亚迪"
    with Project.open(project_path, annotator="tester") as other:  # relabels the accepted span
        (gold,) = other.annotations("a", "tester")
        other.relabel_span(gold.id, "COMPANY")
    resuggest_elsewhere(project_path, "932.4亿元", "13.7%")  # 比亚迪 goes
    keys(window, qtbot, Qt.Key.Key_A)  # refused
    said = window.statusBar().currentMessage()
    assert "932.4亿元" in said and "undo" in said.lower(), said
    assert window.ctx.undo_group.undoText() == "Reject “13.7%”"
    undo(window, qtbot)  # the reject: untouched by the other program
    assert gold_and_decided(project_path) == (
        [("932.4亿元", "COMPANY")],
        {"932.4亿元": "accepted"},
    )
    # the accept the other program relabelled is not undone over its change
    assert not window.ctx.undo_group.canUndo()


def test_undo_of_an_entry_changed_meanwhile_is_refused_in_words(window, qtbot, project_path):
    """No refusal came between: the entry is still on the stack when the
    curator undoes it after another program undid the same decision."""
    assert window.ctx.host.wait_idle()
    keys(window, qtbot, Qt.Key.Key_X)  # reject 932.4亿元
    with Project.open(project_path, annotator="tester") as other:
        (sugg,) = [s for s in other.suggestions("a", "tester") if s.text == "932.4亿元"]
        other.undo_decision(sugg.id)
        other.reject_suggestion(sugg.id)  # and decided it again: a decision of its own
    undo(window, qtbot)
    said = window.statusBar().currentMessage()
    assert "another program" in said and "suggestion " not in said, said
    # the other program's decision stands, and the history chain holds
    assert gold_and_decided(project_path) == ([], {"932.4亿元": "rejected"})
    with Project.open(project_path, annotator="tester") as p:
        assert p.verify().ok


def test_the_status_bar_says_the_refusal_and_what_was_dropped(window, qtbot, project_path):
    """Nothing queued when the refusal comes: the refusal's words stay, and
    what was dropped from Undo follows them."""
    c = window.controller
    assert window.ctx.host.wait_idle()
    c.set_current(next(i.key for i in c.items if i.text == "比亚迪"))
    keys(window, qtbot, Qt.Key.Key_A)  # accept 比亚迪 (offers it elsewhere, in the background)
    qtbot.wait(500)
    assert window.ctx.host.wait_idle()
    with Project.open(project_path, annotator="tester") as other:
        (gold,) = other.annotations("a", "tester")
        other.relabel_span(gold.id, "POLICY")
    resuggest_elsewhere(project_path, "比亚迪")  # 932.4亿元 and 13.7% go
    c.set_current(next(i.key for i in c.items if i.text == "932.4亿元"))
    keys(window, qtbot, Qt.Key.Key_A)  # refused
    qtbot.wait(100)
    said = window.statusBar().currentMessage()
    assert "932.4亿元" in said and "another program" in said, said  # the refusal
    assert "Accept “比亚迪”" in said and "can no longer be undone" in said, said
    assert not window.ctx.undo_group.canUndo()


def test_the_events_of_the_project_open_before_are_not_taken_as_ours(
    window, qtbot, project_path, tmp_path
):
    """Another project (a copy of this one, numbered alike) opened after keys
    here: an event there that another program wrote is not mistaken for the
    window's own because the first file had one of that number."""
    import shutil

    twin = tmp_path / "twin.biaozhu"
    shutil.copy(project_path, twin)
    assert window.ctx.host.wait_idle()
    keys(window, qtbot, Qt.Key.Key_X, Qt.Key.Key_X, Qt.Key.Key_X)  # events here, numbered n+1…
    window.ctx.open_project(twin)
    qtbot.waitUntil(lambda: window.controller.doc_id is not None, timeout=5000)
    assert window.ctx.host.wait_idle()
    if window.controller.doc_id != "a":
        window.controller.open_document("a")
    c = window.controller
    c.set_current(next(i.key for i in c.items if i.text == "932.4亿元"))
    keys(window, qtbot, Qt.Key.Key_X)  # reject 932.4亿元 there: event n+1 in that file
    with Project.open(twin, annotator="tester") as other:  # its n+2…: another program's
        (sugg,) = [s for s in other.suggestions("a", "tester") if s.text == "932.4亿元"]
        other.undo_decision(sugg.id)
        other.reject_suggestion(sugg.id)
    undo(window, qtbot)  # would undo the other program's decision
    said = window.statusBar().currentMessage()
    assert "another program" in said, said
    with Project.open(twin, annotator="tester") as p:
        decided = {s.text: s.status for s in p.suggestions("a", "tester") if s.status != "pending"}
    assert decided == {"932.4亿元": "rejected"}
