"""A gold METRIC relabelled from the window (a number key) keeps no METRIC
attributes in the store or in what the window shows; Ctrl+Z gives them back
as they were, Ctrl+Shift+Z drops them again, and the history verifies after
each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("isolated_settings")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
METRIC_KEYS = {"indicator", "value", "unit", "approx", "period"}


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def shown(window, ann_id):
    return window.controller.state.gold[ann_id]


def verified(store):
    report = store.verify()
    assert report.ok, report.problems


def test_relabel_from_the_window_drops_and_undo_restores_metric_attributes(window, qtbot, store):
    assert window.controller.current_item().text == "932.4亿元"
    key(qtbot, window, Qt.Key.Key_A)  # accepted as METRIC, with its value and unit
    [accepted] = store.annotations("a", "tester")
    assert accepted.label == "METRIC" and {"value", "unit"} <= set(accepted.attrs)
    key(qtbot, window, Qt.Key.Key_K)  # back to the gold span
    # the curator's own reading, which no suggestion holds: the undo gives it back
    window.controller.set_attrs(accepted.id, {**accepted.attrs, "period": "2024年上半年"})
    assert window.ctx.host.wait_idle(10_000)
    [metric] = store.annotations("a", "tester")
    assert metric.attrs["period"] == "2024年上半年"
    assert window.controller.current_item().text == "932.4亿元"

    key(qtbot, window, Qt.Key.Key_3)  # relabel to POLICY
    [policy] = store.annotations("a", "tester")
    assert policy.label == "POLICY"
    assert not METRIC_KEYS & set(policy.attrs), policy.attrs
    assert policy.attrs.get("sources") == metric.attrs.get("sources")
    assert not METRIC_KEYS & set(shown(window, policy.id).attrs)
    verified(store)

    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    [back] = store.annotations("a", "tester")
    assert (back.label, back.attrs) == ("METRIC", metric.attrs)
    assert shown(window, back.id).attrs == metric.attrs
    verified(store)

    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    [again] = store.annotations("a", "tester")
    assert (again.label, again.attrs) == ("POLICY", policy.attrs)
    assert not METRIC_KEYS & set(shown(window, again.id).attrs)
    verified(store)
