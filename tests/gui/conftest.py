"""GUI fixtures: a real project in tmp_path, a main window on it, settings
and data directories kept inside the test's temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

from models import Project, Suggestion  # noqa: E402

# Sentences written for these tests (not from the reference corpus).
DOC_A = (
    "高新区经济运行稳中向好\n\n"
    "2024年,高新区全年实现工业营收932.4亿元,同比增长13.7%。"
    "比亚迪抚州基地满产运行,落实《江西省未来产业培育发展行动方案》。"
)
DOC_B = "𠮷利集团2024年营收超400亿元,税收18亿元。"
DOC_C = "园区新增规上工业企业12家,工业投资增长8.5%左右。"


def suggestion(
    text: str, surface: str, label: str, score: float = 0.9, attrs: dict | None = None
) -> Suggestion:
    start = text.index(surface)
    return Suggestion(
        start, start + len(surface), label, surface, score, "test.rules", "1", attrs or {}
    )


def make_project(path, *, stop_before: str | None = None) -> None:
    project = Project.create(path, annotator="tester", _stop_before=stop_before)
    a, _ = project.add_document(DOC_A, doc_id="a")
    b, _ = project.add_document(DOC_B, doc_id="b")
    c, _ = project.add_document(DOC_C, doc_id="c")
    project.store_suggestions(
        a,
        [
            suggestion(
                DOC_A,
                "932.4亿元",
                "METRIC",
                attrs={"indicator": "工业营收", "unit": "元", "value": 93240000000.0},
            ),
            suggestion(DOC_A, "13.7%", "METRIC"),
            suggestion(DOC_A, "比亚迪", "COMPANY"),
            suggestion(DOC_A, "《江西省未来产业培育发展行动方案》", "POLICY"),
        ],
    )
    project.store_suggestions(
        b,
        [
            suggestion(DOC_B, "𠮷利集团", "COMPANY"),
            suggestion(DOC_B, "超400亿元", "METRIC"),
        ],
    )
    project.store_suggestions(c, [suggestion(DOC_C, "12家", "METRIC")])
    project.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    from desktop.gui.launch import make_app

    make_app()
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "gui.biaozhu"
    make_project(path)
    return path


def open_window(qtbot, path, tmp_path, annotator: str = "tester", **context):
    """The real window on ``path`` as ``annotator``, shown and active; its
    settings in ``tmp_path``. ``context``: AppContext options (write_wait_ms)."""
    from desktop.gui.context import AppContext
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, annotator, **context)
    ctx.open_project(path)
    window = MainWindow(ctx, restore_state=False)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # window shortcuts need it
    # the documents no suggester ran on are suggested on opening, in the
    # background: a test starts once they are, not racing them
    opening = window.opening_suggestions
    qtbot.waitUntil(lambda: opening is None or opening.finished, timeout=120_000)
    return window


def shown_review(qtbot, path, doc_id: str, annotator: str = "rita"):
    """The Compare window on ``doc_id``, shown and active, as a reviewer
    opens it (keys reach it without a click)."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.review.review_view import ReviewView

    view = ReviewView(str(path), annotator, doc_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def close_window(window) -> None:
    window.ctx.tasks.wait(20_000)
    window.close()
    window.ctx.close()


def import_report_rows(qtbot, tmp_path, project_path, paths) -> dict[str, str]:
    """The failures of importing ``paths`` into a new project at
    ``project_path`` from the window's import, as its report dialog lists
    them: where → why."""
    from desktop.gui import jobs
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    Project.create(project_path, annotator="ann").close()
    window = open_window(qtbot, project_path, tmp_path, annotator="ann")
    try:
        jobs.import_files(window, window.ctx, [str(p) for p in paths])
        assert window.ctx.tasks.wait(30_000)
        qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
        dialog = window.findChild(ImportReportDialog)
        table = dialog.failures
        rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        dialog.close()
    finally:
        close_window(window)
    return rows


def run_app(tmp_path, *args: str) -> subprocess.CompletedProcess:
    """`biaozhu ARGS` in a process of its own, offscreen, its settings and
    data in ``tmp_path`` (as a curator's first start), its output kept."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        BIAOZHU_ANNOTATOR="tester",
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def window(qtbot, project_path, tmp_path):
    w = open_window(qtbot, project_path, tmp_path)
    yield w
    close_window(w)


@pytest.fixture
def store(project_path):
    """A second connection on the same file, to check what the window wrote."""
    project = Project.open(project_path, annotator="tester")
    yield project
    project.close()


@pytest.fixture
def chinese(qapp):
    """The window's catalogues in zh_CN for one test, taken out after it."""
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("zh_CN")
    yield
    translations.remove()
