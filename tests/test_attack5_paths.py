"""Project paths that are not plain (attack5, 7 December 2026).

- A symbolic link that leads back to itself (``ln -s p.biaozhu p.biaozhu``),
  as the project or as a folder on its path (``a -> b``, ``b -> a``):
  every command said "unexpected RuntimeError: Symlink loop from '…'
  (please report it)", Python's text, and the window the same; a loop in
  the folder made reading commands say "no such project file (biaozhu new
  … makes one)", which ``new`` then failed on. Now one line in both
  languages naming the path as a loop of links, nothing made.
- A link to a file in a folder that does not exist, given to ``new``: "cannot
  open it (the file cannot be opened)", SQLite's words; now the link and
  where it leads are named. A link to nowhere given to a reading command
  says "no such project file" as before (held).

Held, tried by hand: a trailing slash after the project's name (Python
drops it: the project opens as without it); a link to a project (opened
through it, its -wal beside the file it leads to, where SQLite keeps it); a
link to nowhere in an existing folder given to ``new`` (the project is made
where it leads). A path with spaces and Chinese characters:
``tests/test_attack5_store.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import NotAProject

COMMANDS = (["verify"], ["stats"], ["history"], ["new"], ["import"])


def one_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "unexpected" not in err and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("biaozhu: error: "), lines
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_project_that_is_a_link_to_itself(tmp_path, capsys, command):
    path = tmp_path / "p.biaozhu"
    path.symlink_to("p.biaozhu")
    args = [*command, str(path)] + ([str(tmp_path / "x.jsonl")] if command == ["import"] else [])
    assert main(args) == 1
    line = one_error(capsys)
    assert "loop of symbolic links" in line and str(path) in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.biaozhu"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_folder_that_is_a_loop_of_links(tmp_path, capsys, command):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    path = tmp_path / "a" / "p.biaozhu"
    args = [*command, str(path)] + ([str(tmp_path / "x.jsonl")] if command == ["import"] else [])
    assert main(args) == 1
    line = one_error(capsys)
    assert "loop of symbolic links" in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_the_window_is_told_in_its_language(tmp_path):
    """The window opens a project through Project.open: the error is a core
    Message, which it shows translated."""
    path = tmp_path / "p.biaozhu"
    path.symlink_to("p.biaozhu")
    with pytest.raises(NotAProject) as caught:
        Project.open(path, annotator="alice")
    assert "loop of symbolic links" in str(caught.value)
    assert caught.value.template.startswith("{path}: the path is a loop")  # what it translates


def test_new_through_a_link_into_a_missing_folder(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    path.symlink_to(tmp_path / "gone" / "p.biaozhu")
    assert main(["new", str(path)]) == 1
    line = one_error(capsys)
    assert "link to" in line and "gone" in line and "no such folder" in line, line
    assert not (tmp_path / "gone").exists()
    assert os.path.islink(path)


def test_the_window_names_the_loop_in_chinese(tmp_path):
    """``biaozhu P`` (the window) said "没有这个项目文件" of a loop: it asked
    exists(), False on a loop as for a missing file."""
    path = tmp_path / "p.biaozhu"
    path.symlink_to("p.biaozhu")
    env = os.environ | {
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from desktop.cli import main; sys.exit(main())",
            str(path),
            "--lang",
            "zh_CN",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 1, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "符号链接的循环" in lines[0], lines
