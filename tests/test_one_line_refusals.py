"""A refusal stays one readable line whatever the file holds: a file's name,
or a value quoted from inside it (a label, an offset, a span's text, a data
file's name), may hold line breaks, terminal escapes, bidi overrides or be
10 kB long. ``biaozhu import`` (its main function, as the entry point runs
it) prints one line on stderr, escaped and bounded, exits with status 1, and
leaves the project as it was (its SQL dump compared)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.cli import main
from models.errors import shown
from tests.conftest import file_dump

# What a name or value from outside may hold: a line break and a terminal
# escape that would clear the screen, a right-to-left override that would
# turn the rest of the line around, a bell, a paragraph separator, a
# zero-width space, 10 kB of one character.
HOSTILE = "a\nb\x1b[2J\u202ec\x07\u2029d\u200b" + "长" * 10_000
# A line of the error: the prefix, a reason and a few values at their limit.
MAX_LINE = 1000 + len("biaozhu: error: ")


@pytest.fixture()
def project(tmp_path) -> Path:
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    return path


def refusal(capsys, project: Path, *paths: Path | str) -> list[str]:
    """The lines ``biaozhu import`` writes on stderr when it refuses
    ``paths``, each checked to be one printable, bounded line; the exit status
    1 and the project unchanged."""
    capsys.readouterr()
    before = file_dump(project)
    code = main(["import", str(project), *map(str, paths)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert file_dump(project) == before
    assert err.endswith("\n")
    lines = err[:-1].split("\n")
    for line in lines:
        assert line.isprintable(), line[:300]
        assert len(line) <= MAX_LINE
    return lines


def jsonl(folder: Path, name: str, record: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


SPAN = {"start": 0, "end": 2, "label": "COMPANY"}
VALUES = {
    "label": {"text": "华为营收增长", "spans": [SPAN | {"label": HOSTILE}]},
    "offset": {"text": "华为营收增长", "spans": [SPAN | {"start": HOSTILE}]},
    "surface": {"text": "华为营收增长", "spans": [SPAN | {"text": HOSTILE}]},
}


@pytest.mark.parametrize("field", list(VALUES))
def test_a_value_from_the_file_is_quoted_on_one_line(capsys, project, tmp_path, field):
    path = jsonl(tmp_path, "bad.jsonl", VALUES[field])
    [line] = refusal(capsys, project, path)
    assert line.startswith("biaozhu: error: ")
    assert "bad.jsonl" in line
    assert "\u2026" in line  # the 10 kB shortened, the reason after it kept


def test_a_brat_type_is_quoted_on_one_line(capsys, project, tmp_path):
    (tmp_path / "d.txt").write_text("华为营收增长", encoding="utf-8")
    ann = tmp_path / "d.ann"
    ann.write_text("T1\tCOM\x1b[2J\u202ePANY\x07 0 2\t华为\n", encoding="utf-8")
    [line] = refusal(capsys, project, ann)
    assert "COM\\x1b[2J\\u202ePANY\\x07" in line


def test_a_label_map_from_the_command_line(capsys, project, tmp_path):
    path = jsonl(tmp_path, "ok.jsonl", {"text": "华为营收增长", "spans": [SPAN]})
    capsys.readouterr()
    before = file_dump(project)
    assert main(["import", str(project), str(path), "--label-map", f"x={HOSTILE}"]) == 1
    err = capsys.readouterr().err
    assert err.endswith("\n") and err[:-1].isprintable() and len(err) <= MAX_LINE
    assert file_dump(project) == before


NAMES = {
    "line break and escapes": "x\n\x1b[2J\u202ey\u2028.jsonl",
    "bell and tab": "x\x07\ty.jsonl",
    "undecodable bytes": os.fsdecode(b"x\xff\xfe.jsonl"),
}


@pytest.mark.parametrize("kind", list(NAMES))
def test_a_file_name_is_quoted_on_one_line(capsys, project, tmp_path, kind):
    path = tmp_path / NAMES[kind]
    path.write_text("{not json\n", encoding="utf-8")
    [line] = refusal(capsys, project, path)
    assert "not valid JSON" in line
    assert shown(path.name) in line


def test_a_long_path_keeps_its_file_name_and_reason(capsys, project, tmp_path):
    folder = tmp_path
    for _ in range(18):  # 3.6 kB of folders, near what Linux allows a path
        folder = folder / ("目" * 66)
    folder.mkdir(parents=True)
    path = folder / "new\nline.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    [line] = refusal(capsys, project, path)
    assert line.endswith("; a truncated line?")
    assert "new\\nline.jsonl:1:" in line


def test_a_missing_file_of_a_hostile_name(capsys, project, tmp_path):
    [line] = refusal(capsys, project, tmp_path / (HOSTILE + ".jsonl"))
    assert "\u2026" in line


def test_a_data_file_named_in_a_dataset(capsys, project, tmp_path):
    """A saved dataset whose state.json names its data file with a line
    break (fuzz_containers found the refusal in two lines)."""
    folder = tmp_path / "ds"
    (folder / "train").mkdir(parents=True)
    (folder / "dataset_dict.json").write_text('{"splits": ["train"]}')
    state = {"_data_files": [{"filename": "data\n\u202e.arrow"}]}
    (folder / "train" / "state.json").write_text(json.dumps(state))
    [line] = refusal(capsys, project, folder)
    assert "data\\n\\u202e.arrow" in line


def test_each_failed_file_is_one_line_of_the_report(capsys, project, tmp_path):
    one = jsonl(tmp_path, "a\nb.jsonl", VALUES["label"])
    two = jsonl(tmp_path, "c.jsonl", VALUES["surface"])
    lines = refusal(capsys, project, one, two)
    assert len(lines) == 3
    assert lines[0] == ("biaozhu: error: 2 of 2 files failed to import (nothing was imported):")
    assert "a\\nb.jsonl:1: label" in lines[1]
