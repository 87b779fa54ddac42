"""A job's window goes away while the job runs: the job ends cleanly.

The progress dialog of an import or a suggestion run is a child of the
window. When the window was destroyed mid-job (the last window of a session
going away, a test's teardown), the dialog went with it, and the job's next
progress report or its end raised ``RuntimeError: Internal C++ object
(QProgressDialog) already deleted`` from a slot; its report dialog was
then built on the deleted window. The job now runs to its end, what it
wrote stays in the project, and nothing is raised."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from models import Project  # noqa: E402

TEXTS = {
    "one.txt": "园区新增规上工业企业12家,工业投资增长8.5%左右。",
    "two.txt": "比亚迪抚州基地满产运行,全年实现营收超400亿元。",
    "three.txt": "2024年全市实现工业营收932.4亿元,同比增长13.7%。",
}


def open_unowned_window(qtbot, path, tmp_path):
    """The real window, not handed to qtbot: the test destroys it itself."""
    from desktop.gui.context import AppContext
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, "tester")
    ctx.open_project(path)
    window = MainWindow(ctx, restore_state=False, keep_backups=False)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    assert ctx.tasks.wait(20_000)  # the window's own opening jobs are done
    return ctx, window


def start_import(window, ctx, folder):
    from desktop.gui import jobs

    return jobs.import_files(window, ctx, [str(folder)])  # File → Import folder…


def start_suggest(window, ctx, folder):
    window.act_suggest_all()  # Tools → Compute suggestions
    (task,) = ctx.tasks._running
    return task


@pytest.mark.parametrize("start", [start_import, start_suggest], ids=["import", "suggest"])
def test_a_job_whose_window_is_destroyed_ends_cleanly_and_keeps_its_work(
    qtbot, tmp_path, project_path, start
):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    ctx, window = open_unowned_window(qtbot, project_path, tmp_path)
    # another program holds the write lock: the job waits for it, running,
    # its progress dialog shown over the window
    lock = sqlite3.connect(project_path, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    try:
        task = start(window, ctx, folder)
        qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
        gone = []
        window.destroyed.connect(lambda: gone.append(True))
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=5000)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    try:
        assert ctx.tasks.wait(60_000)  # the job ends; a slot raising fails the test here
        assert task.finished and task.error is None
    finally:
        ctx.close()
    with Project.open(project_path, annotator="tester") as project:
        if start is start_import:
            texts = {project.document(d).text for d in project.document_ids()}
            assert set(TEXTS.values()) <= texts
        else:
            # the suggesters' own suggestions replaced the test's (source test.rules)
            sources = {s.source for s in project.suggestions("a", "tester")}
            assert sources and "test.rules" not in sources
