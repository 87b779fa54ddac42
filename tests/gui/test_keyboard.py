"""The keyboard loop on a real project: each key, then what the store holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.gui.conftest import DOC_A, DOC_B

pytestmark = pytest.mark.usefixtures("isolated_settings")

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    """Press a key, then wait until the window has written what it shows."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def gold(store, doc="a"):
    return [(a.text, a.label) for a in store.annotations(doc, "tester")]


def statuses(store, doc="a"):
    return {s.text: s.status for s in store.suggestions(doc, "tester")}


def test_window_opens_on_first_document_with_first_suggestion_focused(window):
    c = window.controller
    assert c.doc_id == "a"
    assert c.current_item().text == "932.4亿元"
    assert window.span_panel.model.rowCount() == 4
    assert window.view.toPlainText() == DOC_A


def test_accept_moves_to_next_pending_and_a_a_a_accepts_all(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    assert gold(store) == [("932.4亿元", "METRIC")]
    assert window.controller.current_item().text == "13.7%"
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_A)
    assert [t for t, _ in gold(store)] == [
        "932.4亿元",
        "13.7%",
        "比亚迪",
        "《江西省未来产业培育发展行动方案》",
    ]
    assert store.status("a", "tester") == "in_progress"


def test_reject_then_undo_redo(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_X)
    assert statuses(store)["932.4亿元"] == "rejected"
    assert window.controller.current_item().text == "13.7%"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert statuses(store)["932.4亿元"] == "pending"
    assert window.controller.current_item().text == "932.4亿元"
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert statuses(store)["932.4亿元"] == "rejected"
    actions = [e.action for e in store.history(doc_id="a") if e.action != "doc.status"]
    assert actions[-3:] == ["suggestion.rejected", "suggestion.undone", "suggestion.rejected"]


def test_number_key_accepts_as_another_label_and_relabels_gold(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_J)
    key(qtbot, window, Qt.Key.Key_J)  # 比亚迪
    assert window.controller.current_item().text == "比亚迪"
    key(qtbot, window, Qt.Key.Key_3)  # POLICY
    assert ("比亚迪", "POLICY") in gold(store)
    assert statuses(store)["比亚迪"] == "corrected"
    assert window.controller.current_item().text.startswith("《")  # moved on
    key(qtbot, window, Qt.Key.Key_K)  # previous span: 比亚迪, now gold
    key(qtbot, window, Qt.Key.Key_Up)  # 13.7%
    key(qtbot, window, Qt.Key.Key_Down)  # back to 比亚迪
    assert window.controller.current_item().is_gold
    key(qtbot, window, Qt.Key.Key_2)  # relabel to COMPANY
    assert ("比亚迪", "COMPANY") in gold(store)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert ("比亚迪", "POLICY") in gold(store)


def test_boundary_moves_by_character(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 gold
    key(qtbot, window, Qt.Key.Key_K)
    item = window.controller.current_item()
    assert item.is_gold and item.text == "932.4亿元"
    key(qtbot, window, Qt.Key.Key_Left, ALT)  # start one left
    assert gold(store) == [("收932.4亿元", "METRIC")]
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    key(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # end one left
    assert gold(store) == [("932.4亿", "METRIC")]
    key(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    assert gold(store) == [("932.4亿元", "METRIC")]
    # the nudges of one span merge into one undo step
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    assert gold(store) == [("32.4亿元", "METRIC")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert gold(store) == [("932.4亿元", "METRIC")]


def test_moving_a_boundary_of_a_suggestion_corrects_it(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)  # end of 932.4亿元 one right
    assert gold(store) == [("932.4亿元,", "METRIC")] or gold(store) == [("932.4亿元,", "METRIC")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert gold(store) == []
    assert statuses(store)["932.4亿元"] == "pending"


def test_boundary_moves_by_word(window, qtbot, store):
    from models import words

    text = DOC_A
    start = text.index("比亚迪")
    window.controller.add_span(start, start + 3, "COMPANY")
    assert window.ctx.host.wait_idle()
    assert ("比亚迪", "COMPANY") in gold(store)
    marks = words.boundaries(text)
    key(qtbot, window, Qt.Key.Key_Right, CTRL | ALT | SHIFT)  # end one word right
    end = next(m for m in marks if m > start + 3)
    assert (text[start:end], "COMPANY") in gold(store)
    key(qtbot, window, Qt.Key.Key_Left, CTRL | ALT | SHIFT)  # and back
    assert ("比亚迪", "COMPANY") in gold(store)
    key(qtbot, window, Qt.Key.Key_Left, CTRL | ALT)  # start one word left
    new_start = max(m for m in marks if m < start)
    assert (text[new_start : start + 3], "COMPANY") in gold(store)
    key(qtbot, window, Qt.Key.Key_Right, CTRL | ALT)
    assert ("比亚迪", "COMPANY") in gold(store)


def test_new_span_from_keyboard_selection_and_label_key(window, qtbot, store):
    view = window.view
    start = DOC_A.index("抚州基地")
    view.select_range(start, start)  # caret before 抚州基地
    view.setFocus()
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Right, SHIFT)
    assert view.selection() == (start, start + 4)
    key(qtbot, window, Qt.Key.Key_2)
    assert ("抚州基地", "COMPANY") in gold(store)
    assert window.controller.current_item().text == "抚州基地"
    assert view.selection() is None


def test_new_span_from_mouse_selection(window, qtbot, store):
    from PySide6.QtCore import QPoint

    view = window.view
    start = DOC_A.index("高新区全年")
    rects = view.span_rects(start, start + 3)
    first = rects[0]
    shift = QPoint(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
    a = first.topLeft().toPoint() + QPoint(1, int(first.height() / 2)) + shift
    b = first.topRight().toPoint() + QPoint(-1, int(first.height() / 2)) + shift
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)
    assert view.selection() == (start, start + 3)
    key(qtbot, window, Qt.Key.Key_1)
    assert ("高新区", "METRIC") in gold(store)


def test_delete_removes_gold_and_undo_restores(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_K)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert gold(store) == []
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert gold(store) == [("932.4亿元", "METRIC")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert gold(store) == []
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # and the acceptance itself
    assert gold(store) == []
    assert statuses(store)["932.4亿元"] == "pending"
    assert store.verify().ok


def test_shift_a_accepts_all_and_one_undo_undoes_all(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A, SHIFT)
    assert len(gold(store)) == 4
    assert window.doc_panel.model.doc_at(0).pending == 0
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert gold(store) == []
    assert set(statuses(store).values()) == {"pending"}
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(gold(store)) == 4


def test_ctrl_d_marks_done_and_pgdn_switches_documents(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_D, CTRL)  # again: its suggestions pending count as rejected
    assert store.status("a", "tester") == "done"
    assert window.doc_panel.model.doc_at(0).status == "done"
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "b"
    assert window.view.toPlainText() == DOC_B
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert window.controller.doc_id == "a"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo stack of document a is back
    assert store.status("a", "tester") == "in_progress" or store.status("a", "tester") == "todo"


def test_pgup_on_the_first_and_pgdn_on_the_last_document_say_so(window, qtbot):
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert window.controller.doc_id == "a"
    assert window.statusBar().currentMessage() == "This is the first document."
    key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "c"
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "c"
    assert window.statusBar().currentMessage() == "This is the last document."


def test_selection_after_an_astral_character(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "b"
    c = window.controller
    assert c.current_item().text == "𠮷利集团"
    key(qtbot, window, Qt.Key.Key_A)
    assert gold(store, "b") == [("𠮷利集团", "COMPANY")]
    view = window.view
    start = DOC_B.index("税收")
    view.select_range(start, start)
    view.setFocus()
    key(qtbot, window, Qt.Key.Key_Right, SHIFT)
    key(qtbot, window, Qt.Key.Key_Right, SHIFT)
    assert view.textCursor().selectedText() == "税收"
    assert view.selection() == (start, start + 2)
    key(qtbot, window, Qt.Key.Key_1)
    assert ("税收", "METRIC") in gold(store, "b")
    ann = next(a for a in store.annotations("b", "tester") if a.text == "税收")
    assert (ann.start, ann.end) == (start, start + 2)
    # and from the store to the view: the focused span is painted over 税收
    assert window.controller.current_item().text == "税收"
    assert painted_colour(view, start, start + 2) == QColor(view.colours["METRIC"]).rgb()


def painted_colour(view, start: int, end: int) -> int:
    """The colour painted at the top left corner of a stretch of the article."""
    from PySide6.QtCore import QPoint

    view.viewport().repaint()
    rect = view.span_rects(start, end)[0]
    corner = rect.topLeft().toPoint() + QPoint(1, 1)
    corner -= QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    return view.viewport().grab().toImage().pixel(corner)


def test_letters_type_in_the_search_box_without_firing(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_Slash)
    assert window.focusWidget() is window.doc_panel.search
    qtbot.keyClicks(window.doc_panel.search, "ax1")
    assert window.doc_panel.search.text() == "ax1"
    assert gold(store) == []
    assert set(statuses(store).values()) == {"pending"}
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.view


def test_search_filters_the_document_list(window, qtbot):
    panel = window.doc_panel
    panel.search.setText("营收超400")
    panel._search_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.first_doc() == "b"
    panel.search.setText("")
    panel._search_now()
    assert panel.model.rowCount() == 3


def test_table_follows_the_caret_and_the_caret_follows_the_table(window, qtbot):
    view, panel = window.view, window.span_panel
    start = DOC_A.index("比亚迪")
    view.select_range(start + 1, start + 1)
    assert window.controller.current_item().text == "比亚迪"
    assert panel.table.currentIndex().row() == 2
    panel.table.selectRow(3)
    assert window.controller.current_item().text.startswith("《")
    assert view.caret() == DOC_A.index("《")


def test_attribute_editor_writes_through_set_span_attrs(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_K)
    editor = window.span_panel.editor
    assert editor.fields["indicator"].text() == "工业营收"
    field = editor.fields["period"]
    field.setFocus()
    qtbot.keyClicks(field, "2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.ctx.host.wait_idle()
    ann = store.annotations("a", "tester")[0]
    assert ann.attrs["period"] == "2024" and ann.attrs["indicator"] == "工业营收"
    assert store.history(doc_id="a")[-1].action == "span.attrs"


def test_no_key_is_bound_twice(window):
    seen = {}
    for name, action in window.actions_by_name.items():
        for seq in action.shortcuts():
            text = seq.toString()
            assert text not in seen, f"{text} is bound to {seen.get(text)} and {name}"
            seen[text] = name
    assert {
        "A",
        "X",
        "J",
        "K",
        "1",
        "2",
        "3",
        "Ctrl+Z",
        "Ctrl+Shift+Z",
        "Shift+A",
        "Ctrl+D",
        "PgDown",
        "PgUp",
        "/",
        "Del",
    } <= set(seen)


def test_keys_work_from_the_document_list_and_the_span_table(window, qtbot, store):
    window.doc_panel.table.setFocus()
    qtbot.keyClick(window.doc_panel.table, Qt.Key.Key_A)
    assert window.ctx.host.wait_idle()
    assert gold(store) == [("932.4亿元", "METRIC")]
    window.span_panel.table.setFocus()
    qtbot.keyClick(window.span_panel.table, Qt.Key.Key_X)
    assert window.ctx.host.wait_idle()
    assert statuses(store)["13.7%"] == "rejected"


def test_typing_in_the_attribute_editor_does_not_fire_keys(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_K)
    field = window.span_panel.editor.fields["unit"]
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "ax12")
    assert field.text() == "ax12"
    assert [t for t, _ in gold(store)] == ["932.4亿元"]
    assert statuses(store)["13.7%"] == "pending"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.ctx.host.wait_idle()
    assert store.annotations("a", "tester")[0].attrs["unit"] == "ax12"
    assert window.focusWidget() is window.view


def test_a_label_hotkey_that_clashes_with_a_fixed_key_is_not_bound(window):
    from models.domain import Label

    window._rebuild_label_actions([Label("METRIC", "#f6c343", "1"), Label("ODD", "#cccccc", "A")])
    assert window.actions_by_name["label:ODD"].shortcuts() == []
    assert window.actions_by_name["accept"].shortcuts()[0].toString() == "A"


def test_ctrl_d_with_suggestions_pending_asks_for_a_second_press(window, qtbot, store):
    """One Ctrl+D on a fresh document made its pending suggestions count as
    rejected against their suggester (gui1: the METRIC rules at 9 accepted
    to 42 rejected, and the next document's METRIC suggestions all gone):
    the first press says how many are pending and what a second one does."""
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert store.status("a", "tester") != "done"
    said = window.statusBar().currentMessage()
    assert said.startswith("4 suggestion") and "still pending" in said and "Ctrl+D again" in said
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert store.status("a", "tester") == "done"
    assert window.statusBar().currentMessage() == "Document marked done."


def test_any_other_key_after_ctrl_d_keeps_the_document_open(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_Down)  # the curator goes on reviewing
    key(qtbot, window, Qt.Key.Key_D, CTRL)  # asks again rather than marking done
    assert store.status("a", "tester") != "done"
    assert window.statusBar().currentMessage().startswith("4 suggestion")


def test_ctrl_d_with_nothing_pending_marks_done_at_once(window, qtbot, store):
    key(qtbot, window, Qt.Key.Key_A, SHIFT)  # accept all four
    assert "pending" not in statuses(store).values()
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert store.status("a", "tester") == "done"


def test_done_records_what_is_pending_as_rejected_and_shows_nothing_pending(window, qtbot, store):
    """After Ctrl+D twice the document was done, but its list row and its
    header still counted its suggestions as pending, which the store kept
    pending while the evidence counted them as rejected. The store records
    them rejected with the document done, the window shows what the store
    holds, and undoing the done, or reopening the document, makes them
    pending again."""
    model = window.doc_panel.model

    def shown() -> tuple[int, int, str]:
        return (
            model.doc_at(0).pending,
            window.controller.state.pending_count,
            window.header.counts.text(),
        )

    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 gold; three left pending
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    assert store.status("a", "tester") == "done"
    assert statuses(store) == {
        "932.4亿元": "accepted",
        "13.7%": "rejected",
        "比亚迪": "rejected",
        "《江西省未来产业培育发展行动方案》": "rejected",
    }
    assert store.pending_counts("tester") == {"b": 2, "c": 1}
    row, state, header = shown()
    assert (row, state) == (0, 0) and "1 gold · 0 pending" in header
    assert not any(i.is_pending for i in window.controller.items)

    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the done: pending again
    assert store.status("a", "tester") == "in_progress"
    assert sorted(statuses(store).values()) == ["accepted", "pending", "pending", "pending"]
    row, state, header = shown()
    assert (row, state) == (3, 3) and "1 gold · 3 pending" in header

    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # and redo it
    assert store.status("a", "tester") == "done" and store.pending_counts("tester").get("a") is None
    key(qtbot, window, Qt.Key.Key_D, CTRL)  # Ctrl+D on a done document reopens it
    assert store.status("a", "tester") == "in_progress"
    assert store.pending_counts("tester")["a"] == 3
    qtbot.waitUntil(lambda: shown()[:2] == (3, 3))
    assert "1 gold · 3 pending" in shown()[2]
    assert window.controller.current_item().is_pending  # the keys go on from there
    assert store.verify().ok
