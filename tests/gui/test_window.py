"""The window around the loop: opening, background work, languages, help,
screenshot mode."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models import Project
from models.store.connection import SCHEMA_VERSION
from tests.gui.conftest import DOC_A, close_window, make_project, open_window, run_app

REPO = Path(__file__).resolve().parents[2]


def test_window_opens_a_project_of_an_older_schema_after_migrating_it(qtbot, tmp_path):
    path = tmp_path / "old.biaozhu"
    make_project(path, stop_before="0002_merge_conflicts")
    with Project.open(path) as p:  # noqa: F841 - opening migrates
        pass
    path2 = tmp_path / "old2.biaozhu"
    make_project(path2, stop_before="0002_merge_conflicts")
    window = open_window(qtbot, path2, tmp_path)
    try:
        assert window.ctx.project.schema_version == SCHEMA_VERSION
        assert window.controller.doc_id == "a"
        assert window.view.toPlainText() == DOC_A
        qtbot.keyClick(window.view, Qt.Key.Key_A)
        assert window.ctx.host.wait_idle()
        assert len(window.ctx.project.annotations("a")) == 1
    finally:
        close_window(window)


def test_hover_shows_label_source_score_and_attributes(window):
    pos = DOC_A.index("932.4亿元") + 2
    tip = window.view.tooltip_for(pos)
    assert "METRIC" in tip and "test.rules" in tip and "0.90" in tip and "工业营收" in tip
    assert window.view.tooltip_for(0) == ""
    rect = window.view.span_rects(pos, pos + 1)[0]
    point = rect.center().toPoint()
    point.setY(point.y() - window.view.verticalScrollBar().value())
    assert window.view.char_at(point) == pos


def test_import_runs_in_the_background_and_lists_failures(window, qtbot, tmp_path):
    from desktop.gui import jobs

    good = tmp_path / "new.txt"
    good.write_text("开发区新引进项目41个,总投资超过260亿元。", encoding="utf-8")
    bad = tmp_path / "broken.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    jobs.import_files(window, window.ctx, [str(good), str(bad)])
    assert window.ctx.tasks.wait(30_000)
    dialog = window.findChild(QDialog, "importReport")
    assert dialog is not None and dialog.isVisible()
    failures = dialog.failures
    assert failures.rowCount() == 1 and failures.item(0, 0).text() == f"{bad}:1"  # file and line
    assert str(bad) not in failures.item(0, 1).text()
    assert window.doc_panel.model.rowCount() == 4
    dialog.close()


def test_a_background_task_can_be_cancelled(window, qtbot):
    from models.progress import Cancelled

    started = threading.Event()
    outcome = []

    def slow(progress):
        progress.start(1000, "slow")
        started.set()
        for _ in range(1000):
            if progress.cancelled():
                raise Cancelled()
            threading.Event().wait(0.01)
            progress.advance(1)
        return "finished"

    task = window.ctx.tasks.run(
        slow,
        title="slow",
        parent=window,
        on_done=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    task.cancel()
    assert window.ctx.tasks.wait(10_000)
    assert outcome == ["cancelled"]


def test_language_switches_at_run_time(window, qapp):
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    window.ctx.translations = translations
    try:
        translations.apply("zh_CN")
        qapp.processEvents()
        assert window.menus["file"].title() == "文件(&F)"
        assert window.actions_by_name["accept"].text() == "接受建议(&A)"
        assert window.span_panel.model.headerData(0, Qt.Orientation.Horizontal) == "标签"
        translations.apply("en")
        qapp.processEvents()
        assert window.menus["file"].title() == "&File"
    finally:
        # the source strings, as the other tests expect (the English
        # catalogue left installed says "4 hits" where they read "4 hit(s)")
        translations.remove()


def test_preferences_store_the_language(window, qapp):
    from desktop.gui.dialogs.preferences import PreferencesDialog
    from desktop.gui.i18n import Translations

    window.ctx.translations = Translations(qapp)
    dialog = PreferencesDialog(window.ctx, window)
    try:
        dialog.language.setCurrentIndex(1)
        dialog.apply()
        qapp.processEvents()
        assert window.ctx.settings.language == "zh_CN"
        assert window.menus["help"].title() == "帮助(&H)"
    finally:
        window.ctx.translations.remove()  # the source strings, as the other tests expect
        dialog.deleteLater()


def test_guidelines_pane_and_shortcuts_sheet(window):
    from desktop.gui.dialogs.shortcuts import shortcuts_html

    window.act_guidelines()
    dock = window._guidelines
    assert dock.isVisible()
    assert "METRIC" in dock.browser.toPlainText()
    sheet = shortcuts_html(window.actions_by_name)
    for keys in ("Alt+Left", "Ctrl+Alt+Shift+Right", "Shift+A", "Ctrl+D", "PgDown", "Ctrl+Z"):
        assert keys in sheet
    assert "Label as METRIC" in sheet


def test_sample_project_is_made_from_the_bundled_articles(tmp_path, monkeypatch):
    from desktop.gui import sample

    monkeypatch.setattr(sample, "data_dir", lambda: tmp_path)
    path = sample.ensure_sample_project("tester")
    assert path == tmp_path / "sample.biaozhu" and sample.is_sample(path)
    with Project.open(path) as p:
        assert p.document_count() >= 3
        assert all(600 <= len(p.document_text(d)) <= 1600 for d in p.document_ids())
    assert sample.ensure_sample_project("tester") == path


def test_screenshot_mode_writes_a_png(tmp_path):
    path = tmp_path / "shot.biaozhu"
    make_project(path)
    out = tmp_path / "out" / "shot.png"
    result = run_app(tmp_path, "--screenshot", str(out), str(path))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    settings = "".join(p.read_text() for p in (tmp_path / "cfg").rglob("*.ini"))
    assert str(path) not in settings  # what opens next is still the user's choice


def test_a_bad_project_file_is_one_line_error(tmp_path):
    junk = tmp_path / "junk.biaozhu"
    junk.write_bytes(b"not a project" * 50)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(tmp_path / "x.png"), str(junk)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("biaozhu: error:") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_catalogues_are_compiled(lang):
    from models.paths import resource

    assert resource("i18n", f"biaozhu_{lang}.qm").stat().st_size > 0
    assert resource("i18n", f"biaozhu_{lang}.ts").exists()
