"""A METRIC's first boundary move reads the metric rules' tables and jieba's
word frequencies (some 40 MB). Read inside the write transaction, they held
the project's write lock 0.4 s on a quiet machine and up to 2.4 s under load
when the nudge came before the window's background warm-up had finished,
and every other program writing the file waited behind it (found by
tests/benchmarks/stress_writers.py). The window reads them first, then
takes the lock."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from desktop.gui.ops import spans
from models.suggest import attributes

pytestmark = pytest.mark.usefixtures("isolated_settings")

ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def test_a_first_nudge_reads_the_metric_rules_before_taking_the_write_lock(
    window, qtbot, store, monkeypatch
):
    writer = window.ctx.host._writer
    seen: list[bool] = []
    real = attributes.warm_up

    def watched() -> None:
        if sys._getframe(1).f_globals["__name__"] == spans.__name__:
            seen.append(writer.conn.in_transaction)  # the write's, not the window's start
        real()

    monkeypatch.setattr(attributes, "warm_up", watched)
    key(qtbot, window, Qt.Key.Key_A)  # 932.4亿元 accepted as gold
    key(qtbot, window, Qt.Key.Key_K)
    key(qtbot, window, Qt.Key.Key_Left, ALT)
    assert seen == [False]
    assert "span.resized" in [e.action for e in store.history(doc_id="a")[-2:]]  # saved
