"""`biaozhu new` into a folder that cannot be written says so in one line,
and suggests no command that would only read a project that does not exist."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from models.errors import ReadOnlyProject
from models.store import Project


@pytest.fixture
def read_only_folder(tmp_path) -> Iterator[Path]:
    """A read-only tmpfs (as root, whom a folder's permissions do not stop),
    else a folder without write permission."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if run.returncode:
        pytest.skip(f"cannot mount a read-only disk here: {run.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_new_in_a_read_only_folder_says_the_folder_cannot_be_written(read_only_folder, capsys):
    path = read_only_folder / "p.biaozhu"
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("biaozhu: error: "), err
    assert str(read_only_folder) in err and "cannot be written" in err, err
    for command in ("verify", "stats", "history", "export"):
        assert command not in err, err
    assert not path.exists()


def test_the_core_refuses_to_create_there_with_the_same_words(read_only_folder):
    path = read_only_folder / "p.biaozhu"
    with pytest.raises(ReadOnlyProject) as refused:
        Project.create(path, annotator="tester")
    assert "cannot be written" in str(refused.value) and "still work" not in str(refused.value)


def test_an_existing_project_in_a_read_only_folder_still_names_the_reading_commands(tmp_path):
    """The hint that stays right: the project is there, and can be read."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.biaozhu"
    Project.create(path, annotator="tester").close()
    if os.geteuid() == 0:
        run = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)])
        if run.returncode:
            pytest.skip("cannot bind-mount a folder read-only here")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyProject) as refused:
            Project.open(path, annotator="tester")
        assert "verify" in str(refused.value)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)
