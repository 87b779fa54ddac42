"""`biaozhu suggest` (and `evaluate`) given a named pipe or a device says
what it is, not "no such file": the file is there, it is just not one a
command reads whole. Said at once, without opening it (a pipe with no
writer would block the command for ever)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())"]

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def biaozhu(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("command", [["suggest"], ["evaluate"]])
def test_a_named_pipe_is_said_to_be_one(tmp_path, command):
    pipe = tmp_path / "news.txt" if command == ["suggest"] else tmp_path / "gold.jsonl"
    os.mkfifo(pipe)
    done = biaozhu(*command, pipe)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith("biaozhu: error: ")
    assert "not a regular file" in line and "named pipe" in line
    assert "no such file" not in line


def test_a_device_is_said_to_be_one():
    done = biaozhu("suggest", "/dev/null")
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "not a regular file" in line and "device" in line


def test_a_missing_file_is_still_said_to_be_missing(tmp_path):
    done = biaozhu("suggest", tmp_path / "gone.txt")
    assert done.returncode == 1
    assert done.stderr.strip().endswith("gone.txt: no such file")
