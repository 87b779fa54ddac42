"""An operating system's refusal (a path through a file, a loop of links, a
folder given as a file, SQLite's "database is locked") in the window's
language, chosen by the error's kind and keeping the file it names; the
command line's English stays the very text it printed before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import InvalidInput, Message
from models.system_errors import system_words
from tests.gui.conftest import import_report_rows


def refused_paths(tmp_path: Path) -> dict[str, Path]:
    """A good article, a path through a file (not a folder) and a link to itself."""
    good = tmp_path / "good.txt"
    good.write_text("园区新增规上工业企业15家,工业投资增长9.5%左右。", encoding="utf-8")
    through = tmp_path / "稿件.txt"
    through.write_text("一篇文章。", encoding="utf-8")
    loop = tmp_path / "回环.txt"
    loop.symlink_to(loop)
    return {"good": good, "through": through / "内文.txt", "loop": loop}


def python_says(path: Path) -> str:
    """What Python says when ``path`` is opened: the CLI's words."""
    try:
        path.open("rb")
    except OSError as exc:
        return f"{exc.__class__.__name__}: {exc}"
    raise AssertionError(f"{path} opened")


def test_the_import_report_says_the_systems_refusals_in_chinese(qtbot, tmp_path, chinese):
    paths = refused_paths(tmp_path)
    project_path = tmp_path / "p.biaozhu"
    rows = import_report_rows(qtbot, tmp_path, project_path, paths.values())
    assert rows == {
        str(paths["through"]): "路径中有一部分不是文件夹",
        str(paths["loop"]): "符号链接层级过多",
    }
    with Project.open(project_path, readonly=True) as store:
        assert store.document_count() == 1  # good.txt, the others refused


def test_the_command_lines_english_of_those_refusals_is_pythons(tmp_path, capsys):
    paths = refused_paths(tmp_path)
    proj = str(tmp_path / "p.biaozhu")
    assert main(["new", proj]) == 0
    capsys.readouterr()
    assert main(["import", proj, *map(str, paths.values())]) == 1
    err = capsys.readouterr().err
    assert f"  {paths['through']}: {python_says(paths['through'])}\n" in err
    assert f"  {paths['loop']}: {python_says(paths['loop'])}\n" in err


def test_an_os_error_is_said_by_its_kind_with_its_file(qapp, chinese, tmp_path):
    from desktop.gui.messages import say

    folder = tmp_path / "年报"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as raised:
        folder.open("rb")
    assert say(raised.value) == f"{folder}: 是文件夹，不是文件"
    assert str(system_words(raised.value)) == str(raised.value)  # the English as it was
    # inside a core error, and in a report's copy of its words
    error = InvalidInput("{name} was not restored: {exc}", name="b.biaozhu", exc=raised.value)
    assert say(error) == f"b.biaozhu was not restored: {folder}: 是文件夹，不是文件"
    assert say(Message.of(error)) == say(error)
    assert str(Message.of(error)) == str(error)


def test_sqlites_refusal_is_said_by_its_code(qapp, chinese, tmp_path):
    from desktop.gui.messages import say

    path = tmp_path / "x.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t(x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        holder.close()
    assert say(raised.value) == "文件被另一个连接锁定"


def test_in_english_the_window_says_what_python_says(qapp, tmp_path):
    from desktop.gui.messages import say

    with pytest.raises(IsADirectoryError) as raised:
        tmp_path.open("rb")
    assert say(raised.value) == str(raised.value)


def test_a_failed_write_names_the_systems_reason_in_chinese(qapp, chinese, tmp_path):
    """What the window says of a write the file refused (its dialog, the
    status bar): SQLite's or the system's reason, in the window's language."""
    from desktop.gui.host import describe

    with pytest.raises(NotADirectoryError) as raised:
        (refused_paths(tmp_path)["through"]).open("wb")
    assert describe(raised.value) == f"{raised.value.filename}: 路径中有一部分不是文件夹"
