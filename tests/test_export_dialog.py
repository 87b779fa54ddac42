"""The export dialog: runs in the background, shows the summary, cancels cleanly."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from models import Project  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402

TEXT = "抚州高新区全年实现工业营收932.4亿元，同比增长13.7%。比亚迪投资建厂。"


@pytest.fixture
def small_project(tmp_path):
    source = tmp_path / "g.jsonl"
    records = [
        {
            "id": f"d{i}",
            "text": f"第{i}篇。" + TEXT,
            "spans": [{"start": 17 + len(str(i)), "end": 24 + len(str(i)), "label": "METRIC"}],
        }
        for i in range(10)
    ]
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        assert import_paths(project, [source], ImportOptions(annotator="alice")).failed == []
    return path


def test_dialog_exports_in_the_background_and_shows_the_summary(qtbot, small_project, tmp_path):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None, str(small_project), "alice")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    dialog.split_check.setChecked(True)
    dialog.out_path.setText(str(tmp_path / "corpus"))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    assert dialog.report is not None and dialog.report.documents == 10
    assert "Exported 10 document(s)" in dialog.message.text()
    assert (tmp_path / "corpus" / "train.jsonl").exists()
    assert (tmp_path / "corpus" / "manifest.json").exists()
    assert dialog.export_button.isEnabled()


def test_dialog_reports_a_failure_and_a_cancel(qtbot, small_project, tmp_path):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None, str(small_project), "alice")
    qtbot.addWidget(dialog)
    dialog.what.button(1).setChecked(True)
    dialog.layer_name.addItem("nobody")
    dialog.layer_name.setCurrentText("nobody")
    dialog.out_path.setText(str(tmp_path / "x.jsonl"))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    assert "nothing to export" in dialog.message.text()

    dialog.what.button(0).setChecked(True)
    dialog.start_export()
    dialog.task.cancel()  # as the progress dialog's Cancel button does
    assert dialog.runner.wait(20_000)
    text = dialog.message.text()
    assert "cancelled" in text or "Exported" in text  # a tiny export may finish first
    if "cancelled" in text:
        assert not (tmp_path / "x.jsonl").exists()


def test_dialog_replaces_its_earlier_export_and_refuses_a_users_file(
    qtbot, small_project, tmp_path
):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None, str(small_project), "alice")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    out = tmp_path / "gold.jsonl"
    dialog.out_path.setText(str(out))
    for _ in range(2):  # the second export replaces the first
        dialog.start_export()
        assert dialog.runner.wait(20_000)
        assert "exported 10 document(s)" in dialog.message.text().lower()
    mine = tmp_path / "mine.jsonl"
    mine.write_text("mine\n", encoding="utf-8")
    dialog.out_path.setText(str(mine))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    assert "no earlier Biaozhu export wrote it" in dialog.message.text()
    assert mine.read_text(encoding="utf-8") == "mine\n"


def _noted_project(path) -> None:
    """alice and bob marked 'contested' done with different spans (no
    reviewer settled it); alice left 'half' unfinished; one METRIC value is
    words, not a number."""
    text = "比亚迪营收7771亿元，宁德时代净利润507亿元。"
    with Project.create(path, annotator="alice") as project:
        for doc_id in ("contested", "half"):
            project.add_document(text + doc_id, doc_id=doc_id)
        for who, names in (("alice", ("比亚迪", "宁德时代")), ("bob", ("比亚迪",))):
            for name in names:
                start = text.index(name)
                project.add_span("contested", start, start + len(name), "COMPANY", annotator=who)
            project.set_status("contested", "done", annotator=who)
        start = text.index("507亿元")
        project.add_span("half", start, start + 6, "METRIC", attrs={"value": "约507亿"})
        project.set_status("half", "in_progress")


@pytest.mark.parametrize(
    ("what", "fmt", "said"),
    [
        (0, "jsonl", "1 gold document(s) marked done by annotators who disagree"),
        (1, "jsonl", "1 document(s) not marked done by their annotator"),
        (1, "metrics-csv", "1 METRIC value(s) are not numbers"),
    ],
)
def test_dialog_says_the_notes_the_command_line_prints(qtbot, tmp_path, what, fmt, said):
    """After an export the dialog says what `biaozhu export` notes under its
    summary, from the same figures of the core's report: contested gold,
    unfinished documents, METRIC values that are not numbers."""
    from desktop.gui.dialogs.export_dialog import ExportDialog

    path = tmp_path / "n.biaozhu"
    _noted_project(path)
    dialog = ExportDialog(None, str(path), "alice")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.what.button(what).setChecked(True)
    dialog.out_path.setText(str(tmp_path / f"out-{what}{dialog.writers[fmt].extension}"))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    assert dialog.report is not None, dialog.message.text()
    assert said in dialog.message.text()
    # the same facts as the command line's lines, counted from the same report
    assert len(dialog.report.note_lines()) == dialog.message.text().count("• ")
