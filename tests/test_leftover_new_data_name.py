"""`biaozhu new notes.txt` (arguments swapped: the data file's name where the
project goes) is refused in one line saying a project is a .biaozhu file, and
nothing is created; the endings come from the format registry."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models.io.registry import data_suffixes


@pytest.mark.parametrize(
    "name",
    [
        "notes.txt",
        "gold.jsonl",
        "tasks.json",
        "table.csv",
        "x.conll",
        "a.docx",
        "a.pdf",
        "a.ann",
        "spans.parquet",
        "sheet.xlsx",
        "out.png",
        "NOTES.TXT",
    ],
)
def test_new_refuses_a_data_files_name(tmp_path, capsys, name):
    path = tmp_path / name
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert not path.exists(), "a SQLite file was made under a data file's name"
    lines = err.strip().splitlines()
    assert len(lines) == 1 and ".biaozhu" in lines[0], err


def test_the_refused_endings_are_the_registrys():
    assert {
        ".txt",
        ".jsonl",
        ".json",
        ".csv",
        ".conll",
        ".docx",
        ".pdf",
        ".ann",
        ".parquet",
        ".xlsx",
    } <= data_suffixes()
    assert not data_suffixes() & {".biaozhu", ".db", ".sqlite", ""}


@pytest.mark.parametrize("name", ["team.biaozhu", "old.db", "old.sqlite", "noending"])
def test_new_still_makes_projects_of_other_names(tmp_path, capsys, name):
    path = tmp_path / name
    assert main(["new", str(path)]) == 0, capsys.readouterr().err
    assert path.is_file()
