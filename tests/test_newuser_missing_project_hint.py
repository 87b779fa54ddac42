"""A project that is not there, named with a data file's ending (arguments
given in the wrong order: `biaozhu --screenshot P.biaozhu out.png`), is not
answered with "biaozhu new out.png makes one", which makes a SQLite file
named out.png; the hint says what a project file is."""

from __future__ import annotations

import pytest

from desktop.cli import main


@pytest.mark.parametrize("name", ["out.png", "notes.txt", "gold.jsonl"])
def test_a_data_files_name_is_not_offered_as_a_new_project(tmp_path, capsys, name):
    code = main(["stats", str(tmp_path / name)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"biaozhu new {tmp_path / name} makes one" not in err, err
    assert "no such project file" in err and ".biaozhu" in err, err


def test_a_projects_name_still_gets_the_new_hint(tmp_path, capsys):
    path = tmp_path / "team.biaozhu"
    assert main(["stats", str(path)]) == 1
    assert f"biaozhu new {path} makes one" in capsys.readouterr().err
