"""An export the file system refuses (a path through a file, a loop of
links, a folder the system does not let anyone write in) says why in the
window's language, with the path the user gave; the command line keeps the
English it printed before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions, import_paths
from tests.gui_polish.ui_strings import english_left

RECORD = '{"id": "d1", "text": "园区新增规上工业企业15家。", "spans": [{"start": 10, "end": 13, "label": "METRIC"}]}\n'


@pytest.fixture
def gold_project(tmp_path: Path) -> Path:
    source = tmp_path / "g.jsonl"
    source.write_text(RECORD, encoding="utf-8")
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        assert import_paths(project, [source], ImportOptions(annotator="alice")).failed == []
    return path


def refused_outs(tmp_path: Path) -> dict[str, Path]:
    through = tmp_path / "稿件.txt"
    through.write_text("一篇文章。", encoding="utf-8")
    loop = tmp_path / "回环"
    loop.symlink_to(loop)
    return {"through": through / "导出.jsonl", "loop": loop / "导出.jsonl"}


def export_in_dialog(qtbot, project: Path, out: Path, fmt: str = "jsonl") -> str:
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None, str(project), "alice")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.out_path.setText(str(out))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    return dialog.message.text()


@pytest.mark.parametrize(
    ("kind", "reason"), [("through", "路径中有一部分不是文件夹"), ("loop", "符号链接层级过多")]
)
def test_the_export_dialog_says_the_systems_refusal_in_chinese(
    qtbot, chinese, gold_project, tmp_path, kind, reason
):
    out = refused_outs(tmp_path)[kind]
    said = export_in_dialog(qtbot, gold_project, out)
    assert said.startswith("导出失败")
    assert f"{out}: {reason}" in said
    assert english_left(said, [str(out)]) == []
    assert not out.parent.is_dir() or not any(out.parent.iterdir())  # nothing written


def test_a_folder_nobody_may_write_in_is_said_in_chinese(qtbot, chinese, gold_project):
    out = Path("/sys/导出.jsonl")  # sysfs refuses new files, to root too
    said = export_in_dialog(qtbot, gold_project, out)
    # the file the user chose, not the hidden one the export writes first
    assert said == f"导出失败，未写入任何内容：{out}: 没有权限"
    assert not out.exists()


def test_the_command_line_keeps_its_english(gold_project, tmp_path, capsys):
    outs = refused_outs(tmp_path)
    for kind, english in (
        ("through", "Not a directory"),
        ("loop", "Too many levels of symbolic links"),
    ):
        assert main(["export", str(gold_project), "--format", "jsonl", "--out", str(outs[kind])])
        assert capsys.readouterr().err == f"biaozhu: error: {outs[kind]}: {english}\n"
    # a refusal of the hidden file the export writes first names the user's
    out = "/sys/导出.jsonl"
    assert main(["export", str(gold_project), "--format", "jsonl", "--out", out]) == 1
    assert capsys.readouterr().err == f"biaozhu: error: {out}: Permission denied\n"


def test_the_export_dialogs_refusals_name_its_output_field_not_the_command_lines_option(
    qtbot, chinese, gold_project, tmp_path
):
    """The window has an Output field, no --out: its refusals say to choose
    another output location; the command line's English keeps --out."""
    users = tmp_path / "论文"
    users.mkdir()
    (users / "草稿.txt").write_text("我的文件。", encoding="utf-8")
    folder_as_file = tmp_path / "已有文件夹"
    folder_as_file.mkdir()
    said = {
        "users": export_in_dialog(qtbot, gold_project, users, "brat"),
        "folder": export_in_dialog(qtbot, gold_project, folder_as_file),
    }
    for text in said.values():
        assert text.startswith("导出失败")
        assert "输出位置" in text
        assert english_left(text, [str(tmp_path), "Biaozhu"]) == [], text
    assert [p.name for p in users.iterdir()] == ["草稿.txt"]  # nothing written


def test_on_the_command_line_they_keep_out(gold_project, tmp_path, capsys):
    folder = tmp_path / "已有文件夹"
    folder.mkdir()
    assert main(["export", str(gold_project), "--format", "jsonl", "--out", str(folder)]) == 1
    assert capsys.readouterr().err == (
        f"biaozhu: error: {folder} is a folder; give a file name to --out\n"
    )
