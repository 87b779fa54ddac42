"""The window's refusals name the window's own fields (Format, Encoding,
Clean layout, Split), not the command line's options (--format, --encoding,
--clean, --split), in Chinese; the command line keeps its English with its
options."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions
from tests.gui.conftest import close_window, open_window
from tests.gui.test_zh4_export_refusal import gold_project  # noqa: F401 (a fixture)
from tests.gui_polish.ui_strings import english_left

RECORD = '{"text": "园区新增规上工业企业15家。"}\n'


def import_reasons(qtbot, tmp_path: Path, paths: list[Path], options: ImportOptions) -> list[str]:
    """The reasons the import report shows, as the window's Import options chose."""
    from desktop.gui import jobs
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    project_path = tmp_path / "p.biaozhu"
    if not project_path.exists():
        Project.create(project_path, annotator="ann").close()
    window = open_window(qtbot, project_path, tmp_path, annotator="ann")
    try:
        jobs.import_files(window, window.ctx, [str(p) for p in paths], options=options)
        assert window.ctx.tasks.wait(30_000)
        qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
        dialog = window.findChild(ImportReportDialog)
        table = dialog.failures
        reasons = [table.item(r, 1).text() for r in range(table.rowCount())]
        dialog.close()
    finally:
        close_window(window)
    return reasons


def test_import_refusals_name_the_windows_fields(qtbot, tmp_path, chinese):
    records = tmp_path / "稿件.jsonl"
    records.write_text(RECORD, encoding="utf-8")
    odd = tmp_path / "稿件.xyz"
    odd.write_text("园区新增规上工业企业15家。", encoding="utf-8")
    gbk = tmp_path / "旧稿.txt"
    gbk.write_bytes("园区新增规上工业企业十五家，工业投资增长百分之九。".encode("gb18030"))
    said = import_reasons(qtbot, tmp_path, [records], ImportOptions(fmt="txt"))
    said += import_reasons(qtbot, tmp_path, [gbk], ImportOptions(extra={"encoding": "utf-8"}))
    said += import_reasons(qtbot, tmp_path, [odd], ImportOptions())
    assert len(said) == 3
    for reason in said:
        assert "--" not in reason, reason
        assert english_left(reason, [str(tmp_path), "txt", "jsonl", "utf-8", ".xyz"]) == [], reason


def test_a_bad_split_names_the_export_dialogs_field(qtbot, chinese, gold_project):  # noqa: F811
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None, str(gold_project), "alice")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    dialog.split_check.setChecked(True)
    dialog.split_ratios.setText("8:x")
    dialog.out_path.setText(str(gold_project.parent / "出"))
    dialog.start_export()
    said = dialog.message.text()
    assert said.startswith("划分")
    assert "--" not in said and english_left(said, ["8:x"]) == [], said
    assert not (gold_project.parent / "出").exists()


def test_the_command_line_keeps_its_options(gold_project, tmp_path, capsys):  # noqa: F811
    records = tmp_path / "稿件.jsonl"
    records.write_text(RECORD, encoding="utf-8")
    assert main(["import", str(gold_project), "--format", "txt", str(records)]) == 1
    assert "import it without --format (it is read as jsonl)" in capsys.readouterr().err
    out = str(tmp_path / "出")
    assert main(["export", str(gold_project), "--format", "jsonl", "--split", "8:x", "--out", out])
    assert capsys.readouterr().err == "biaozhu: error: --split wants ratios like 8:1:1, got '8:x'\n"
