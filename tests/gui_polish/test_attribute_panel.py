"""The attribute panel: only the focused label's attributes, a visible reason
when a value is refused, and METRIC attributes that follow a boundary change
unless the curator edited them (issue 15.6)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, k, mods)
    saved(window)


def saved(window) -> None:
    """The window writes on its store thread: wait until the key's write is in."""
    assert window.ctx.host.wait_idle(10_000)


def metric(store, surface_start: str = "932.4"):
    return next(a for a in store.annotations("a", "tester") if a.text.startswith(surface_start))


def accept_first_and_focus_it(qtbot, window):
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 becomes gold
    key(qtbot, window, Qt.Key.Key_K)  # back to it
    assert window.controller.current_item().is_gold


def test_derived_attributes_follow_a_boundary_change_and_undo(window, qtbot, store):
    accept_first_and_focus_it(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # end one character left: 932.4亿
    ann = metric(store)
    assert ann.text == "932.4亿"
    # still a number without its unit (issue 14: the value was dropped)
    assert ann.attrs["unit"] == "" and ann.attrs["value"] == 93240000000.0
    assert ann.attrs["indicator"] == "工业营收"  # read from the sentence, not the span
    assert window.span_panel.editor.fields["unit"].text() == ""
    assert window.span_panel.editor.fields["value"].text() == "93240000000"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    ann = metric(store)
    assert ann.text == "932.4亿元"
    assert ann.attrs == {"indicator": "工业营收", "unit": "元", "value": 93240000000.0}
    assert window.span_panel.editor.fields["unit"].text() == "元"


def test_an_edited_value_stays_when_the_boundary_moves(window, qtbot, store):
    accept_first_and_focus_it(qtbot, window)
    field = window.span_panel.editor.fields["value"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "12345")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    saved(window)
    assert metric(store).attrs["value"] == 12345.0
    key(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)
    ann = metric(store)
    assert ann.attrs["value"] == 12345.0 and ann.attrs["unit"] == ""


def test_a_value_that_is_not_a_number_is_refused_with_a_reason(window, qtbot, store):
    accept_first_and_focus_it(qtbot, window)
    editor = window.span_panel.editor
    field = editor.fields["value"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "abc")
    assert field.text() == "abc"  # typing is not swallowed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    saved(window)
    assert metric(store).attrs["value"] == 93240000000.0  # nothing written
    assert editor.error.isVisible() and "abc" in editor.error.text()
    field.selectAll()
    field.insert("932.4亿")  # as an input method commits it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    saved(window)
    assert metric(store).attrs["value"] == 93240000000.0
    assert not editor.error.isVisible()


def test_only_the_focused_labels_attributes_are_shown(window, qtbot):
    editor = window.span_panel.editor
    assert window.controller.current_item().label == "METRIC"
    shown = {name for name, field in editor.fields.items() if field.isVisibleTo(window)}
    assert shown == {"indicator", "value", "unit", "approx", "period"}
    key(qtbot, window, Qt.Key.Key_J)
    key(qtbot, window, Qt.Key.Key_J)
    assert window.controller.current_item().label == "COMPANY"
    assert not any(field.isVisibleTo(window) for field in editor.fields.values())
    assert "COMPANY" in editor.note.text()
