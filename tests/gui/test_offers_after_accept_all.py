"""Shift+A on an article of many names: each COMPANY or POLICY name it makes
gold is offered in the other documents that hold it, in the background. The
offers come in writes of as many names as a few tens of milliseconds hold,
a moment apart, not one name per write with a pause after each (forty names
took six seconds of pauses alone; a 150,000-character article's 131 names,
30-42 s). The keys stay the curator's meanwhile."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion
from tests.gui.test_responsiveness import Heartbeat

SHIFT = Qt.KeyboardModifier.ShiftModifier
FIRST, SECOND = "华星远嘉博瑞德恒", "安泰丰源"
NAMES = [f"{a}{b}科技有限公司" for a in FIRST for b in SECOND][:30]


@pytest.fixture
def many_names(qtbot, tmp_path):
    path = tmp_path / "many.biaozhu"
    main = "，".join(f"{name}营收增长" for name in NAMES) + "。"
    with Project.create(path, annotator="tester") as project:
        project.add_document(main, doc_id="main")
        project.store_suggestions("main", [suggestion(main, n, "COMPANY") for n in NAMES])
        for i, name in enumerate(NAMES):
            project.add_document(f"记者从{name}获悉，新厂房已经投产。第{i}篇。", doc_id=f"o{i:02d}")
            # suggested, nothing found: what is pending there is the offers
            project.store_suggestions(f"o{i:02d}", [])
    window = open_window(qtbot, path, tmp_path)
    yield window, path
    close_window(window)


def test_the_names_of_shift_a_are_offered_elsewhere_in_few_writes(many_names, qtbot):
    window, path = many_names
    assert window.controller.doc_id == "main"
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
    assert window.ctx.host.wait_idle(60_000)
    took = time.perf_counter() - started
    beat.timer.stop()
    with Project.open(path, annotator="tester") as project:
        assert len(project.annotations("main", "tester")) == len(NAMES)
        offered = {
            s.doc_id: s.text
            for i in range(len(NAMES))
            for s in project.suggestions(f"o{i:02d}", "tester", status="pending")
        }
    assert offered == {f"o{i:02d}": name for i, name in enumerate(NAMES)}
    # one name per write with its pause: 30 x 150 ms = 4.5 s of pauses alone
    assert took < len(NAMES) * 0.150 / 2, f"the offers took {took:.1f} s"
    cpu, during = beat.worst_cpu
    assert cpu < 200, f"the window's own work took {cpu:.0f} ms at once ({during})"
