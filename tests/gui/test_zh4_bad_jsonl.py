"""A JSON-lines file with a bad line: the window says, in its own language,
which line and what is wrong with it (it stops short, it is not JSON, it is
an array rather than an object…), never the JSON library's English; the
command line keeps the very line it printed before."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from models import Project
from tests.gui.conftest import import_report_rows
from tests.gui_polish.ui_strings import english_left

GOOD = '{"text": "园区新增规上工业企业15家。"}\n'
# (file name, its second line, the window's reason, the command line's)
BAD = [
    (
        "截断.jsonl",
        '{"text": "工业投资增长',
        "截断.jsonl:2: 不是有效的 JSON（JSON 还没结束就断了，在第 17 列）；该行是否被截断？",
        "截断.jsonl:2: not valid JSON (unexpected end of data); a truncated line?",
    ),
    (
        "非json.jsonl",
        "这不是 JSON",
        "非json.jsonl:2: 不是有效的 JSON（出现了 JSON 不允许的字符，在第 1 列）；该行是否被截断？",
        "非json.jsonl:2: not valid JSON (unexpected character, expected a JSON value);"
        " a truncated line?",
    ),
    (
        "单引号.jsonl",
        "{'text': '一篇'}",
        "单引号.jsonl:2: 不是有效的 JSON（键名没有用双引号括起，在第 2 列）；该行是否被截断？",
        "单引号.jsonl:2: not valid JSON (unexpected character, expected a string key);"
        " a truncated line?",
    ),
    (
        "多逗号.jsonl",
        '{"text": "一篇",}',
        "多逗号.jsonl:2: 不是有效的 JSON（右括号前多了逗号，在第 14 列）；该行是否被截断？",
        "多逗号.jsonl:2: not valid JSON (trailing comma is not allowed); a truncated line?",
    ),
    (
        "数组.jsonl",
        '["一篇"]',
        "数组.jsonl:2: 应为 JSON 对象，实际为 数组",
        "数组.jsonl:2: expected a JSON object, got list",
    ),
    (
        "空值.jsonl",
        "null",
        "空值.jsonl:2: 应为 JSON 对象，实际为 空值",
        "空值.jsonl:2: expected a JSON object, got NoneType",
    ),
]


def bad_files(folder: Path) -> list[Path]:
    paths = []
    for name, line, _, _ in BAD:
        path = folder / name
        path.write_text(GOOD + line + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_the_import_report_says_what_is_wrong_with_the_line_in_chinese(qtbot, tmp_path, chinese):
    folder = tmp_path / "来稿"
    folder.mkdir()
    paths = bad_files(folder)
    project_path = tmp_path / "p.biaozhu"
    rows = import_report_rows(qtbot, tmp_path, project_path, paths)
    # the report's row: the file and line, then the reason
    assert rows == dict(f"{folder}/{said}".split(": ", 1) for _, _, said, _ in BAD)
    for reason in rows.values():
        assert english_left(reason, [str(folder), "JSON"]) == [], reason
    with Project.open(project_path, readonly=True) as store:
        assert store.document_count() == 0  # a file with a bad line brings nothing


def test_the_command_line_keeps_the_json_librarys_english(tmp_path, capsys):
    paths = bad_files(tmp_path)
    project = str(tmp_path / "p.biaozhu")
    assert main(["new", project]) == 0
    capsys.readouterr()
    assert main(["import", project, *map(str, paths)]) == 1
    err = capsys.readouterr().err
    for _, _, _, english in BAD:
        assert f"  {tmp_path}/{english}\n" in err
