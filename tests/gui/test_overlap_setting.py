"""Annotate → Allow overlapping spans: the project's setting, changed from the
window through the core (a history event), refused while spans overlap."""

from __future__ import annotations

from models import Project
from tests.gui.conftest import DOC_A, close_window, open_window


def settings_events(path) -> list[tuple[str, str]]:
    with Project.open(path, readonly=True) as store:
        return [
            (e.annotator, e.after["allow_overlap"])
            for e in store.history()
            if e.action == "settings.changed"
        ]


def test_the_menu_switch_lets_spans_overlap_and_the_window_then_takes_one(
    qtbot, project_path, tmp_path
):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        action = window.actions_by_name["allow_overlap"]
        assert action.isCheckable() and not action.isChecked()
        action.trigger()
        assert window.ctx.host.wait_idle()
        qtbot.waitUntil(lambda: window.controller.state.allow_overlap, timeout=5000)
        assert action.isChecked()
        assert settings_events(project_path) == [("tester", "1")]
        with Project.open(project_path, readonly=True) as store:
            assert store.allow_overlap and store.verify().ok
    finally:
        close_window(window)


def test_turning_it_off_while_spans_overlap_is_refused_and_says_where(
    qtbot, project_path, tmp_path
):
    start = DOC_A.index("比亚迪")
    with Project.open(project_path, annotator="tester") as store:
        store.set_allow_overlap(True)
        store.add_span("a", start, start + 3, "COMPANY")
        store.add_span("a", start, start + 7, "COMPANY")
    window = open_window(qtbot, project_path, tmp_path)
    try:
        action = window.actions_by_name["allow_overlap"]
        assert action.isChecked()
        action.trigger()
        assert window.ctx.host.wait_idle()
        qtbot.waitUntil(lambda: action.isChecked(), timeout=5000)
        assert "overlaps “比亚迪”" in window.statusBar().currentMessage()
        assert settings_events(project_path) == [("tester", "1")]
        assert window.controller.state.allow_overlap
    finally:
        close_window(window)


def test_where_spans_may_overlap_the_window_still_never_makes_one_twice(
    qtbot, project_path, tmp_path
):
    start = DOC_A.index("比亚迪抚州基地")
    with Project.open(project_path, annotator="tester") as store:
        store.set_allow_overlap(True)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        controller = window.controller
        assert controller.add_span(start, start + 7, "COMPANY")
        assert controller.add_span(start, start + 3, "COMPANY")  # inside it: taken
        assert not controller.add_span(start, start + 7, "COMPANY")  # the same again: not
        assert "is already gold" in window.statusBar().currentMessage()
        # moving the inner span's end onto the outer span's stops one short
        assert window.ctx.host.wait_idle()
        inner = next(i for i in controller.items if i.is_gold and i.end == start + 3)
        controller.set_current(inner.key)
        for _ in range(4):
            controller.move_boundary("end", 1)
        assert "is already gold" in window.statusBar().currentMessage()
        assert window.ctx.host.wait_idle()
        with Project.open(project_path, readonly=True) as store:
            got = sorted((a.start, a.end, a.label) for a in store.annotations("a", "tester"))
            assert got == [(start, start + 6, "COMPANY"), (start, start + 7, "COMPANY")]
            assert store.verify().ok
    finally:
        close_window(window)
