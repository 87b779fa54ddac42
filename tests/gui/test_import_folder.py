"""File → Import folder… (Ctrl+Shift+I) imports a folder as `biaozhu import
PROJECT FOLDER` does, walked the same way; and File → Import files… lists
every file the importer would consider, the kinds it leaves unread (a .doc,
a web page) included, so that the curator sees them and is told why."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.cli import main as cli
from desktop.gui.dialogs import file_choosers
from models import Project
from models.io.registry import EXTENSIONS, OTHER_KINDS
from tests.gui.conftest import make_project

# Sentences written for these tests.
FIRST = "园区今年新签约项目12个，总投资58.6亿元。"
SECOND = "高新区规上工业增加值同比增长9.4%。"


def folder_of_articles(root: Path) -> Path:
    (root / "inner").mkdir(parents=True)
    (root / "one.txt").write_text(FIRST, encoding="utf-8")
    (root / "inner" / "two.txt").write_text(SECOND, encoding="utf-8")
    (root / "inner" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    (root / "inner" / "page.html").write_text("<p>x</p>", encoding="utf-8")
    return root


def texts(project: Project) -> list[str]:
    return sorted(project.document_text(d) for d in project.document_ids())


def test_a_folder_is_imported_from_the_window_as_the_command_line_imports_it(
    window, monkeypatch, tmp_path, store
):
    folder = folder_of_articles(tmp_path / "news")
    asked = []
    monkeypatch.setattr(
        file_choosers, "existing_folder", lambda *a, **k: asked.append(a) or str(folder)
    )
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.objectName(), dialog.intro.text()))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.setFocus()
    QTest.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked, "Ctrl+Shift+I asked for no folder"
    [(name, intro)] = seen
    assert name == "importOptions"
    # the intro counts what the importer will read and what it leaves unread
    assert re.search(r"\b2\b", intro) and "old.doc" in intro and "page.html" in intro
    assert window.ctx.tasks.wait(30_000)
    report = window.findChild(QDialog, "importReport")
    if report is not None:
        report.close()
    other = tmp_path / "cli.biaozhu"
    make_project(other)
    assert cli(["import", str(other), str(folder), "--annotator", "tester"]) == 0
    with Project.open(other, annotator="tester") as theirs:
        assert texts(store) == texts(theirs)
    assert {FIRST, SECOND} <= set(texts(store))


def test_the_file_chooser_lists_every_kind_the_importer_considers(window, monkeypatch):
    filters = []
    monkeypatch.setattr(
        file_choosers, "open_file_names", lambda _p, _c, _d, f: filters.append(f) or []
    )
    window.actions_by_name["import_files"].trigger()
    [chosen] = filters
    first = chosen.split(";;")[0]
    listed = set(re.findall(r"\*(\.[\w.-]+)", first))
    assert set(EXTENSIONS) <= listed, set(EXTENSIONS) - listed
    assert set(OTHER_KINDS) <= listed, set(OTHER_KINDS) - listed


def test_import_folder_cancelled_imports_nothing(window, monkeypatch, tmp_path, store):
    folder = folder_of_articles(tmp_path / "news")
    monkeypatch.setattr(file_choosers, "existing_folder", lambda *a, **k: str(folder))
    before = (store.document_ids(), len(store.history()))
    QTimer.singleShot(
        0, lambda: QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    )
    window.actions_by_name["import_folder"].trigger()
    assert window.ctx.tasks.wait(5_000)
    assert (store.document_ids(), len(store.history())) == before
