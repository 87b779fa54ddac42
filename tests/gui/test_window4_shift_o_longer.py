"""Shift+O in the open article leaves a name inside a longer suggestion of
its label shown pending there, as in every other document
(``occurrences.longer_than``): on t1_xian_byd_cluster, 比亚迪 is accepted
everywhere but inside the suggested 比亚迪汽车有限公司 (at 609), which stays
pending, whole, in the window and in the file.

Before, the window's Shift+O wrote 比亚迪 at 609 as gold over the longer
name the curator had not decided on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window
from tests.gui.test_window3_offer_inside_longer import (
    DOC,
    LONGER,
    NAME,
    article,  # noqa: F401 - the fixture
)

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_shift_o_leaves_the_name_inside_a_longer_pending_one(
    article,  # noqa: F811
    qtbot,
    tmp_path,
    english,
):
    win = open_window(qtbot, article, tmp_path)
    try:
        c = win.controller
        c.open_document(DOC)
        longer = next(i for i in c.items if i.is_pending and i.text == LONGER)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_O, SHIFT)
        assert win.ctx.host.wait_idle(30_000)
        with Project.open(article, annotator="tester", readonly=True) as store:
            text = store.document_text(DOC)
            gold = [(a.start, a.text) for a in store.annotations(DOC, "tester")]
            pending = [
                (s.start, s.text) for s in store.suggestions(DOC, "tester", status="pending")
            ]
            assert store.verify().ok
        names = [start for start, t in gold if t == NAME]
        assert len(names) == text.count(NAME) - 1
        assert not [s for s in names if longer.start <= s < longer.end]
        assert (longer.start, LONGER) in pending
        shown = [(i.start, i.text) for i in c.items if i.is_gold]
        assert sorted(shown) == sorted(gold)
    finally:
        close_window(win)
