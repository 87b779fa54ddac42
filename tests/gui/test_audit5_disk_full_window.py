"""The disk fills up under the open window: the key's decision is refused
visibly (the box says the disk is full, in the core's words), the window
shows the file as it is and keeps the curator's place, nothing saved
before is lost; with room again, Retry and the keys save again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import Project
from tests.gui.conftest import close_window, open_window
from tests.test_audit5_disk_full import files_may_not_grow


def press(qtbot, window, k):
    qtbot.keyClick(QApplication.focusWidget() or window, k)


def back_to(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.act_focus_text()


def gold(path) -> list[str]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        return sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))


def test_a_full_disk_refuses_the_key_visibly_and_keeps_the_place(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        host, c = window.ctx.host, window.controller
        assert host.wait_idle()
        press(qtbot, window, Qt.Key.Key_A)  # saved
        assert host.wait_idle()
        place = c.current_item().text
        with files_may_not_grow(project_path, Path(f"{project_path}-wal")):
            for _ in range(3):
                press(qtbot, window, Qt.Key.Key_A)
                assert host.wait_idle()
                if host.failure is not None:
                    break
        assert host.failure is not None and host.failure.io
        box = window.findChild(QMessageBox, "writeFailed")
        assert box is not None and box.isVisible()
        assert "not written" in box.text() and str(project_path) in box.text()
        assert "read-only" in window.save_label.text()
        shown = sorted(i.text for i in c.items if i.is_gold)
        assert gold(project_path) == [t for t in shown if t in gold(project_path)]
        saved = gold(project_path)
        assert "932.4亿元" in saved and shown == saved  # the window shows what the file holds
        assert c.current_item() is not None
        # room again: Retry, and the keys save
        box.close()
        window.actions_by_name["retry_saving"].trigger()
        assert host.wait_idle(10_000)
        assert host.failure is None
        back_to(window, qtbot)
        assert c.current_item().text in (place, *[i.text for i in c.items])
        press(qtbot, window, Qt.Key.Key_A)
        assert host.wait_idle()
        assert len(gold(project_path)) == len(saved) + 1
        with Project.open(project_path, readonly=True) as p:
            assert p.verify().ok
    finally:
        close_window(window)
