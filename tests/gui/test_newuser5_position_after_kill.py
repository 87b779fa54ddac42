"""newuser5: an annotator's session killed with -9 (a laptop's battery, a
frozen desktop) reopened on the first document, not the eleventh the
annotator was on: the document shown was written to the settings only when
the window closed. It is written shortly after each switch now (once the
keys stop: a PgDn run writes once), so a window that never closes still
reopens where the annotator was."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import close_window, open_window


def settings_on_disk(path: Path) -> str:
    """The settings file as another process would read it after a kill -9."""
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_document_shown_is_on_disk_without_closing(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    ini = tmp_path / "settings.ini"
    try:
        window.act_focus_text()
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        assert window.controller.doc_id == "c"
        # the window is not closed: what a kill -9 now would leave
        qtbot.waitUntil(lambda: "last_doc" in settings_on_disk(ini), timeout=5000)
        stored = QSettings(str(ini), QSettings.Format.IniFormat)
        keys = [k for k in stored.allKeys() if "last_doc" in k]
        assert [stored.value(k) for k in keys] == ["c"]
        # and a new window on the same settings opens there
        from desktop.gui.settings import Settings

        path_key = keys[0]
        assert Settings(stored).last_document(str(project_path)) == "c", path_key
    finally:
        close_window(window)


def test_a_pgdn_run_writes_once_after_it(qtbot, project_path, tmp_path):
    """Keys never wait on the settings file: a run of switches writes it
    once, after the last one."""
    window = open_window(qtbot, project_path, tmp_path)
    ini = tmp_path / "settings.ini"
    try:
        window.act_focus_text()
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        QTest.keyClick(window.view, Qt.Key.Key_PageUp)
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        assert "last_doc" not in settings_on_disk(ini)  # not at the key
        time.sleep(0.05)
        qtbot.waitUntil(lambda: "last_doc" in settings_on_disk(ini), timeout=5000)
        stored = QSettings(str(ini), QSettings.Format.IniFormat)
        assert [stored.value(k) for k in stored.allKeys() if "last_doc" in k] == ["b"]
    finally:
        close_window(window)
