"""A project named on the command line that does not open is refused in one
line on the terminal, in the language the settings choose: a curator who
set the window to Chinese reads the refusal in Chinese too."""

from __future__ import annotations

from tests.gui.conftest import run_app
from tests.gui.test_last_project_refused import damaged_project


def chinese_settings(tmp_path):
    folder = tmp_path / "cfg" / "Biaozhu"
    folder.mkdir(parents=True)
    (folder / "Biaozhu.ini").write_text("[prefs]\nlanguage=zh_CN\n", encoding="utf-8")


def test_a_damaged_file_named_on_the_command_line_is_refused_in_chinese(tmp_path):
    chinese_settings(tmp_path)
    path = damaged_project(tmp_path / "named.biaozhu")
    done = run_app(tmp_path, str(path))
    assert done.returncode == 1
    line = done.stderr.strip()
    assert line.count("\n") == 0, line
    assert str(path) in line
    words = line.replace(str(path), "")
    assert "damaged" not in words and "损坏" in words, line


def test_a_missing_file_named_on_the_command_line_is_refused_in_chinese(tmp_path):
    chinese_settings(tmp_path)
    path = tmp_path / "nowhere.biaozhu"
    done = run_app(tmp_path, str(path))
    assert done.returncode == 1
    line = done.stderr.strip()
    assert line.count("\n") == 0, line
    assert str(path) in line
    assert "no such" not in line.replace(str(path), "") and "没有" in line, line
    assert "biaozhu new" in line  # the fix, a command, stays as typed
