"""File → Import files… asks, after the file chooser, what the command
line's ``biaozhu import`` asks with --clean, --status todo and --format; each
choice is made in the real dialog, then the store is checked."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.cli import main as cli
from desktop.gui.dialogs import file_choosers
from models import Project
from tests.conftest import write_column_pdf
from tests.gui.conftest import make_project

# Sentences written for these tests.
PDF_TEXT = (
    "2025年，园区全年实现规上工业营收518.6亿元，同比增长9.4%，"
    "新增高新技术企业37家，工业投资增长11.2%。"
)
LABELLED = [
    {
        "text": "赣锋锂业一季度营收增长12.5%。",
        "spans": [{"start": 0, "end": 4, "label": "COMPANY"}],
    },
    {"text": "本周园区没有新签约项目。", "spans": []},
]


def write_pdf(path: Path) -> Path:
    """A PDF set in a narrow column: its lines break inside the sentence."""
    return write_column_pdf(path, [PDF_TEXT], width=60)


def write_labelled(path: Path) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in LABELLED), encoding="utf-8"
    )
    return path


def import_from_window(window, monkeypatch, path: Path, choose) -> None:
    """File → Import files… on ``path``; ``choose(dialog)`` sets the options
    and closes the dialog, as the curator would."""
    monkeypatch.setattr(file_choosers, "open_file_names", lambda *a, **k: [str(path)])
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        try:
            choose(dialog)
        finally:
            if dialog.isVisible():  # the choice failed or did not close it: fail, not hang
                seen.append("left open")
                dialog.reject()

    QTimer.singleShot(0, answer)
    window.actions_by_name["import_files"].trigger()
    assert seen == ["importOptions"]
    assert window.ctx.tasks.wait(30_000)
    report = window.findChild(QDialog, "importReport")
    if report is not None:
        report.close()


def press_import(dialog) -> None:
    """Enter: the Import button is the dialog's default."""
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def spans_and_status(project: Project, docs: list[str]) -> list:
    return [
        (
            project.document_text(d),
            project.status(d, "tester"),
            [(a.start, a.end, a.label) for a in project.annotations(d, "tester")],
        )
        for d in docs
    ]


def new_documents(store: Project) -> list[str]:
    return [d for d in store.document_ids() if d not in ("a", "b", "c")]


def test_a_pdf_imported_clean_loses_its_layout_and_keeps_the_original(
    window, monkeypatch, tmp_path, store
):
    path = write_pdf(tmp_path / "report.pdf")

    def choose(dialog) -> None:
        assert dialog.clean.isChecked()  # proposed for a PDF
        press_import(dialog)

    import_from_window(window, monkeypatch, path, choose)
    [doc] = new_documents(store)
    assert store.document_text(doc) == PDF_TEXT
    original, offsets = store.document_original(doc)
    assert original.count("\n") >= 2 and len(offsets) == len(PDF_TEXT) + 1


def test_a_pdf_imported_without_clean_keeps_its_text_as_it_was(
    window, monkeypatch, tmp_path, store
):
    path = write_pdf(tmp_path / "report.pdf")

    def choose(dialog) -> None:
        dialog.clean.setChecked(False)
        press_import(dialog)

    import_from_window(window, monkeypatch, path, choose)
    [doc] = new_documents(store)
    assert store.document_text(doc).count("\n") >= 2
    assert store.document_original(doc) == (None, None)


def test_labelled_spans_imported_to_review_leave_the_documents_to_do(
    window, monkeypatch, tmp_path, store
):
    path = write_labelled(tmp_path / "labelled.jsonl")

    def choose(dialog) -> None:
        assert dialog.spans.isEnabled() and dialog.gold.isChecked()
        dialog.todo.setChecked(True)
        press_import(dialog)

    import_from_window(window, monkeypatch, path, choose)
    docs = new_documents(store)
    assert [store.status(d, "tester") for d in docs] == ["todo", "todo"]
    # the same as `biaozhu import --status todo` gives
    other = tmp_path / "cli.biaozhu"
    make_project(other)
    assert cli(["import", str(other), str(path), "--status", "todo", "--annotator", "tester"]) == 0
    with Project.open(other, annotator="tester") as theirs:
        assert spans_and_status(store, docs) == spans_and_status(theirs, new_documents(theirs))
    assert [a.text for a in store.annotations(docs[0], "tester")] == ["赣锋锂业"]


def test_labelled_spans_imported_as_gold_mark_the_documents_done(
    window, monkeypatch, tmp_path, store
):
    path = write_labelled(tmp_path / "labelled.jsonl")
    import_from_window(window, monkeypatch, path, press_import)
    assert [store.status(d, "tester") for d in new_documents(store)] == ["done", "done"]


def test_cancel_imports_nothing(window, monkeypatch, tmp_path, store):
    path = write_labelled(tmp_path / "labelled.jsonl")
    events = len(store.history())
    import_from_window(window, monkeypatch, path, lambda d: QTest.keyClick(d, Qt.Key.Key_Escape))
    assert new_documents(store) == [] and len(store.history()) == events


def test_the_clean_choice_is_remembered_for_other_files_but_a_pdf_is_proposed_clean(
    window, tmp_path
):
    from desktop.gui.dialogs.import_options import ImportOptionsDialog

    settings = window.ctx.settings
    first = ImportOptionsDialog([str(tmp_path / "a.txt")], settings, window)
    assert not first.clean.isChecked() and not first.spans.isEnabled()
    first.clean.setChecked(True)
    first.accept()
    assert ImportOptionsDialog([str(tmp_path / "b.txt")], settings, window).clean.isChecked()
    pdf = ImportOptionsDialog([str(tmp_path / "c.pdf")], settings, window)
    pdf.clean.setChecked(False)
    pdf.accept()  # a PDF's choice is not the habit
    assert ImportOptionsDialog([str(tmp_path / "d.txt")], settings, window).clean.isChecked()


def test_a_format_chosen_is_the_command_lines_format(window, tmp_path):
    from desktop.gui.dialogs.import_options import ImportOptionsDialog

    dialog = ImportOptionsDialog([str(tmp_path / "x.txt")], window.ctx.settings, window)
    assert dialog.options().fmt == "auto"
    dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
    assert dialog.spans.isEnabled()  # a .txt read as doccano may bring spans
    assert dialog.options().fmt == "doccano" and dialog.options().status is None


BIG5_TEXT = "園區全年實現工業營收932.4億元，同比增長13.7%。"  # written for this test


def test_a_big5_file_comes_in_with_its_encoding_typed(window, monkeypatch, tmp_path, store):
    path = tmp_path / "taiwan.txt"
    path.write_bytes(BIG5_TEXT.encode("big5"))  # refused when the bytes are guessed

    def choose(dialog) -> None:
        line = dialog.encoding.lineEdit()
        line.setFocus()
        line.selectAll()
        QTest.keyClicks(line, "big5")
        QTest.keyClick(line, Qt.Key.Key_Return)  # Enter in the typed name imports too

    import_from_window(window, monkeypatch, path, choose)
    [doc] = new_documents(store)
    assert store.document_text(doc) == BIG5_TEXT


def test_a_name_that_is_no_encoding_keeps_the_dialog_open(window, monkeypatch, tmp_path, store):
    path = tmp_path / "plain.txt"
    path.write_text("园区新增企业12家。", encoding="utf-8")

    def choose(dialog) -> None:
        dialog.encoding.setEditText("klingon")
        press_import(dialog)
        assert dialog.isVisible() and dialog.problem.isVisible()
        assert "klingon" in dialog.problem.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    import_from_window(window, monkeypatch, path, choose)
    assert new_documents(store) == []
