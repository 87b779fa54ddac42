"""A key's write that waits says for whom: the window's own work (a job of
the window holding the write lock, Shift+O running in batches on the store
thread) is named as such, and "another program" is kept for another
process. In every case the key's change reaches the file once the wait ends."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from desktop.gui import host as host_module
from desktop.gui import jobs
from models import Project
from models.store.connection import Transactions
from tests.gui.conftest import close_window, open_window, suggestion
from tests.test_concurrency import hold_write_lock, release

SHIFT = Qt.KeyboardModifier.ShiftModifier
NAME = "星海电子集团"


def said_while_waiting(window) -> list[str]:
    """What the save label said each time the host reported a wait (the
    window's own slot runs first: it was connected first)."""
    said: list[str] = []
    window.ctx.host.waiting.connect(lambda *_a: said.append(window.save_label.text()))
    return said


def gold_texts(path) -> list[str]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        return sorted(a.text for d in p.document_ids() for a in p.annotations(d, "tester"))


def test_a_key_waiting_for_a_job_of_the_window_names_the_job(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    holding, let_go = threading.Event(), threading.Event()

    def long_import(project, _progress):
        # a job of the window in the middle of a long batch: it holds the lock
        with project.transaction():
            project.add_document("本窗口导入的一篇文章，营收18亿元。", doc_id="imported")
            holding.set()
            let_go.wait(20)

    try:
        host = window.ctx.host
        assert host.wait_idle()
        said = said_while_waiting(window)
        jobs._run(window.ctx, long_import, title="Importing files", show_progress=False)
        assert holding.wait(10)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: any("Importing files" in s for s in said), timeout=10_000)
        shown = next(s for s in said if "Importing files" in s)
        assert "this window" in shown and "another program" not in shown
        assert not any("another program" in s for s in said)
        let_go.set()
        assert host.wait_idle(20_000) and window.ctx.tasks.wait(20_000)
        assert window.save_label.text() == "All changes saved"
        assert gold_texts(project_path) == ["932.4亿元"]
    finally:
        let_go.set()
        close_window(window)


def test_a_key_waiting_for_another_process_still_says_another_program(
    qtbot, project_path, tmp_path
):
    window = open_window(qtbot, project_path, tmp_path)
    holder = None
    try:
        host = window.ctx.host
        assert host.wait_idle() and window.ctx.tasks.wait(20_000)
        said = said_while_waiting(window)
        holder = hold_write_lock(project_path)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: any("another program" in s for s in said), timeout=10_000)
        assert not any("this window" in s for s in said)
        release(holder)
        holder = None
        assert host.wait_idle(20_000)
        assert gold_texts(project_path) == ["932.4亿元"]
    finally:
        if holder is not None:
            release(holder)
        close_window(window)


@pytest.fixture
def many_names(tmp_path):
    """A name in many documents: Shift+O on it runs for a while in batches."""
    path = tmp_path / "many.biaozhu"
    project = Project.create(path, annotator="tester")
    first = f"{NAME}今年营收增长百分之十二，计划扩产。"
    with project.transaction():
        project.add_document(first, doc_id="d0000")
        for n in range(1, 3000):
            project.add_document(
                f"第{n}篇：记者从{NAME}获悉，新厂房已经投产，{NAME}营收{n}亿元。",
                doc_id=f"d{n:04d}",
            )
    project.store_suggestions(
        "d0000",
        [
            suggestion(first, NAME, "COMPANY", 0.8),
            suggestion(first, "百分之十二", "METRIC", 0.9),
        ],
    )
    project.close()
    return path


@pytest.mark.parametrize("starved", [False, True], ids=["idle", "starved"])
def test_a_key_behind_shift_o_names_shift_o_not_another_program(
    qtbot, many_names, tmp_path, monkeypatch, starved
):
    """Starved: on a loaded machine Shift+O's thread can be slow to take the
    lock for its next batch although nobody else holds it; the status bar
    must still name Shift+O, not "another program" (seen once in a loaded
    full run: the wait was counted from the key's start, not the lock's)."""
    # a wait is reported after a fifth of a second here (a second in use),
    # looked at every 20 ms: Shift+O over 3,000 documents outlasts it
    monkeypatch.setattr(host_module, "SLOW_WRITE_S", 0.2)
    window = open_window(qtbot, many_names, tmp_path)
    try:
        host, c = window.ctx.host, window.controller
        assert host.wait_idle() and window.ctx.tasks.wait(30_000)
        host._watch.setInterval(20)
        said = said_while_waiting(window)
        assert c.current_item().text == NAME
        if starved:
            taking = Transactions._try_lock_until

            def slow_to_take(self, deadline):
                time.sleep(0.1)  # half the reporting delay, nobody holding the lock
                return taking(self, deadline)

            monkeypatch.setattr(Transactions, "_try_lock_until", slow_to_take)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_O, SHIFT)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_J)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)  # waits behind Shift+O
        assert host.wait_idle(120_000)
        assert said, "Shift+O ended before a wait could be reported: make it longer"
        assert not any("another program" in s for s in said)
        assert any("this window" in s and NAME in s for s in said)
        assert window.save_label.text() == "All changes saved"
        with Project.open(many_names, annotator="tester", readonly=True) as p:
            assert [a.text for a in p.annotations("d0000", "tester")] == [NAME, "百分之十二"]
            assert len(p.annotations("d2999", "tester")) == 2
    finally:
        close_window(window)


def test_a_key_refused_after_waiting_for_a_job_of_the_window_names_the_job(
    qtbot, project_path, tmp_path
):
    window = open_window(qtbot, project_path, tmp_path, write_wait_ms=300)
    holding, let_go = threading.Event(), threading.Event()

    def long_merge(project, _progress):
        with project.transaction():
            project.add_document("本窗口合并进来的一篇文章。", doc_id="merged")
            holding.set()
            let_go.wait(20)

    try:
        host = window.ctx.host
        assert host.wait_idle()
        jobs._run(window.ctx, long_merge, title="Merging projects", show_progress=False)
        assert holding.wait(10)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
        assert host.wait_idle(10_000)
        assert host.failure is not None
        reason = host.failure.reason
        assert "Merging projects" in reason and "this program" in reason
        assert "another process" not in reason
        assert gold_texts(project_path) == []
        let_go.set()
        assert window.ctx.tasks.wait(20_000)
        window.actions_by_name["retry_saving"].trigger()
        assert host.wait_idle(10_000) and host.failure is None
    finally:
        let_go.set()
        close_window(window)
