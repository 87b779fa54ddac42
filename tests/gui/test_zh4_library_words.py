"""A file a reading library refuses (pypdf, pandas' CSV reader, zlib)
or a span out of its text: the import report says what is wrong in the
window's language, never the library's English or the word "span"; the
command line keeps the very lines it printed before."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.cli import main
from models import Project
from tests.gui.conftest import import_report_rows
from tests.gui_polish.ui_strings import english_left

SPAN_OUT = '{"id": "x", "text": "一篇。", "spans": [{"start": 1, "end": 99, "label": "METRIC"}]}\n'


def bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "越界.jsonl": SPAN_OUT,
        "引号.csv": 'text,b\n"营收增长,1\n',
        "列数.csv": "text\n营收增长\n净利润,3,4\n",
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(content.encode("utf-8"))
    paths["坏.pdf"] = folder / "坏.pdf"
    paths["坏.pdf"].write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    paths["坏.spacy"] = folder / "坏.spacy"
    paths["坏.spacy"].write_bytes(b"not zlib at all " * 8)
    return paths


def test_the_import_report_says_the_libraries_refusals_in_chinese(qtbot, tmp_path, chinese):
    folder = tmp_path / "来稿"
    folder.mkdir()
    paths = bad_files(folder)
    project_path = tmp_path / "p.biaozhu"
    rows = import_report_rows(qtbot, tmp_path, project_path, paths.values())
    assert len(rows) == len(paths)
    for where, reason in rows.items():
        assert (
            english_left(reason, [str(folder), "PDF", "CSV", "METRIC", "text", ".spacy"]) == []
        ), (
            where,
            reason,
        )
    assert rows[f"{paths['越界.jsonl']}:1"].startswith("第 0 号片段")
    assert rows[f"{paths['列数.csv']}"] == "不是可读的 CSV（第 3 行有 3 个字段，表头只有 1 个）"
    assert rows[f"{paths['引号.csv']}"] == "不是可读的 CSV（第 2 行开始的引号没有闭合）"
    with Project.open(project_path, readonly=True) as store:
        assert store.document_count() == 0


def test_the_command_line_keeps_the_libraries_english(tmp_path, capsys):
    paths = bad_files(tmp_path)
    project = str(tmp_path / "p.biaozhu")
    assert main(["new", project]) == 0
    capsys.readouterr()
    assert main(["import", project, *map(str, paths.values())]) == 1
    err = capsys.readouterr().err
    assert (
        f"  {paths['越界.jsonl']}:1: span 0: span 1..99 lies outside its text of 3 characters"
        " or is empty\n" in err
    )
    assert (
        f"  {paths['列数.csv']}: not a readable CSV (Error tokenizing data. C error:"
        " Expected 1 fields in line 3, saw 3)\n" in err
    )
    assert f"  {paths['引号.csv']}: not a readable CSV (Error tokenizing data. C error: EOF" in err
    assert f"  {paths['坏.pdf']}: not a readable PDF (" in err
    assert (
        f"  {paths['坏.spacy']}: not a readable .spacy file (Error -3 while decompressing data:"
        in err
    )
