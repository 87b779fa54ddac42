"""No key waits (issue 15, item 1): on a 150,000-character article with
3,000 suggestions, no action of the curation loop blocks the window's event
loop for more than 200 ms. A QTimer beats every 10 ms while the keys are
pressed through the real window; the longest gap between two beats is the
longest the window was unable to answer."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from models import Project
from tests.conftest import shared_path
from tests.gui.conftest import DOC_A, close_window, open_window

LIMIT_MS = 200.0
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class Heartbeat:
    """The longest gap between beats, and what was being done then; beside
    it, the longest stretch of the GUI thread's own CPU time between two
    beats (the same on a busy machine, where a gap also holds the time the
    system gave other processes)."""

    def __init__(self, interval_ms: int = 10):
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.doing = "start"
        self.worst: tuple[float, str] = (0.0, "")
        self.worst_cpu: tuple[float, str] = (0.0, "")
        self._last = (time.perf_counter(), time.thread_time())

    def _beat(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        gap, cpu = ((a - b) * 1000 for a, b in zip(now, self._last, strict=True))
        if gap > self.worst[0]:
            self.worst = (gap, f"{self.doing} ({cpu:.0f} ms of it the window's own work)")
        if cpu > self.worst_cpu[0]:
            self.worst_cpu = (cpu, self.doing)
        self._last = now

    def start(self) -> None:
        self._last = (time.perf_counter(), time.thread_time())
        self.timer.start()


def machine_is_busy() -> bool:
    """Other processes want every core (the shared machines these tests also
    run on, or the suite's own workers under ``pytest -n auto``, one a core):
    a gap then measures the machine more than the window, whose own work
    between two beats is still held to the limit. The suite's workers are
    counted, not read from the load average: that is a minute's average, and
    the GUI tests are collected first, so in CI's first minutes it can still
    be below the cores while the other worker has one of the two; gaps of
    its doing (129-413 ms measured beside one busy process) would then fail
    the 200 ms limit."""
    cores = os.cpu_count() or 1
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    return workers >= cores or os.getloadavg()[0] >= cores


@pytest.fixture
def long_window(qtbot, tmp_path):
    shared_path("corpus")
    from tests.benchmarks.bench_gui import add_long_article

    path = tmp_path / "long.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document(DOC_A, doc_id="a")
        add_long_article(project, "long")
    window = open_window(qtbot, path, tmp_path)
    yield window
    close_window(window)


def test_no_action_blocks_the_window_on_a_long_article(long_window, qtbot):
    window = long_window
    # once the window is ready: jieba's word list loads in the background in
    # its first seconds (pure Python, sharing the interpreter with the window)
    from models import words

    qtbot.waitUntil(words.is_ready, timeout=60_000)
    beat = Heartbeat()
    beat.start()

    def do(what: str, key, mods=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            beat.doing = what
            qtbot.keyClick(QApplication.focusWidget() or window, key, mods)
            qtbot.wait(15)  # a beat between keys, as between a curator's keys

    def settle(what: str) -> None:
        beat.doing = what
        deadline = time.monotonic() + 60
        while (window.ctx.host.pending or window.doc_panel.searching) and (
            time.monotonic() < deadline
        ):
            qtbot.wait(10)

    do("PgDn to the long article", Qt.Key.Key_PageDown)
    assert window.controller.doc_id == "long" and len(window.controller.items) == 3000
    do("A", Qt.Key.Key_A, times=15)
    do("X", Qt.Key.Key_X, times=15)
    do("J", Qt.Key.Key_J, times=10)
    do("K", Qt.Key.Key_K, times=5)
    do("2 (accept as COMPANY)", Qt.Key.Key_2, times=3)
    do("Alt+Shift+Right (boundary)", Qt.Key.Key_Right, ALT | SHIFT, times=3)
    do("Ctrl+Z", Qt.Key.Key_Z, CTRL, times=6)
    do("Ctrl+Shift+Z", Qt.Key.Key_Z, CTRL | SHIFT, times=3)
    settle("writes of the keys above")
    do("Shift+A", Qt.Key.Key_A, SHIFT)
    settle("Shift+A being written")
    gold = sum(1 for i in window.controller.items if i.is_gold)
    assert gold > 2_500
    do("Ctrl+Z of Shift+A", Qt.Key.Key_Z, CTRL)
    settle("undo of Shift+A being written")
    assert sum(1 for i in window.controller.items if i.is_gold) < 100
    do("/", Qt.Key.Key_Slash)
    window.doc_panel.search.insert("增长")
    do("Enter (search)", Qt.Key.Key_Return)
    settle("search")
    do("F3", Qt.Key.Key_F3, times=8)
    do("Shift+F3", Qt.Key.Key_F3, SHIFT, times=3)
    do("Esc", Qt.Key.Key_Escape)
    do("PgUp / PgDn", Qt.Key.Key_PageUp)
    do("PgUp / PgDn", Qt.Key.Key_PageDown)
    do("Ctrl+D", Qt.Key.Key_D, CTRL, times=2)  # again: done with its suggestions pending
    settle("the last writes")
    beat.timer.stop()
    worst, during = beat.worst
    cpu, cpu_during = beat.worst_cpu
    said = (
        f"the window did not answer for {worst:.0f} ms during {during}; "
        f"its longest work without answering: {cpu:.0f} ms (during {cpu_during})"
    )
    print(said)  # the figures, for -s and CI logs
    assert cpu < LIMIT_MS, said
    if not machine_is_busy():
        assert worst < LIMIT_MS, said
    with Project.open(window.ctx.project_path, annotator="tester") as store:
        assert store.status("long", "tester") == "done"
        assert store.verify().ok
