"""File → Export opened on brat, the first format by name; an ML engineer
expects JSONL, the README's first format. The dialog opens on jsonl, and
then on the format last exported with (kept in the settings, so a new
window, or the next session, opens on it too)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from tests.gui.conftest import close_window, open_window  # noqa: E402


def opened(qtbot, window):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(
        window, str(window.ctx.project.path), window.ctx.annotator, window.ctx.settings
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def exported(qtbot, dialog) -> None:
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)


def test_export_opens_on_jsonl_then_on_the_format_last_used(
    qtbot, project_path, tmp_path, language
):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        dialog = opened(qtbot, window)
        assert dialog.current_format() == "jsonl"
        assert dialog.format_box.currentText().startswith("jsonl — ")
        dialog.what.button(2).setChecked(True)  # the suggestions pending: the project has them
        out = tmp_path / "first.jsonl"
        dialog.out_path.setText(str(out))
        exported(qtbot, dialog)
        records = [json.loads(x) for x in out.read_text("utf-8").splitlines() if x.strip()]
        assert {r["id"] for r in records} >= {"a", "b"}
        # the format chosen by keyboard, as a person picks it: c → conll
        dialog.format_box.setFocus()
        qtbot.keyClick(dialog.format_box, Qt.Key.Key_C)
        assert dialog.current_format() == "conll"
        dialog.out_path.setText(str(tmp_path / "second.conll"))
        exported(qtbot, dialog)
        assert (tmp_path / "second.conll").stat().st_size > 0
        dialog.close()
        again = opened(qtbot, window)
        assert again.current_format() == "conll"
        again.close()
        window.ctx.settings.sync()
    finally:
        close_window(window)
    # the next session's settings, read from the file
    saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert saved.value("persist/export_format") == "conll"


def test_a_format_no_longer_offered_falls_back_to_jsonl(qtbot, project_path, tmp_path):
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.ctx.settings.export_format = "no-such-format"
        dialog = opened(qtbot, window)
        assert dialog.current_format() == "jsonl"
        dialog.close()
    finally:
        close_window(window)
