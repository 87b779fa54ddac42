"""A label key on a pending METRIC suggestion accepts it as that label
without the METRIC's attributes, in the store and in what the window holds:
the span panel of a POLICY shows no attributes, so none could be seen or
cleared there, yet the gold export carried the METRIC's value and unit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("isolated_settings")


def key(qtbot, window, k):
    qtbot.keyClick(window.focusWidget() or window, k)
    assert window.ctx.host.wait_idle(10_000)


def test_metric_suggestion_accepted_as_policy_has_no_metric_attributes(window, qtbot, store):
    assert window.controller.current_item().text == "932.4亿元"  # METRIC, value 93240000000.0
    key(qtbot, window, Qt.Key.Key_3)  # accept as POLICY
    [span] = store.annotations("a", "tester")
    assert (span.text, span.label, span.origin) == ("932.4亿元", "POLICY", "corrected")
    assert not {"indicator", "unit", "value"} & set(span.attrs), span.attrs
    shown = [i for i in window.controller.state.gold.values() if i.text == "932.4亿元"]
    assert shown and all(not {"indicator", "unit", "value"} & set(i.attrs) for i in shown)
    key(qtbot, window, Qt.Key.Key_A)  # 13.7% accepted as suggested keeps its label
    assert [a.label for a in store.annotations("a", "tester")] == ["POLICY", "METRIC"]
