"""An export to a disk that fills up (a laptop's, or a USB stick's): one
line that names what the user asked for, and nothing of the export left
behind taking the room. The CoNLL writer's file, closed after a write had
failed, flushed its buffer again and failed again: the second error left
the hidden ``.NAME.part-*`` file on the full disk and said "No space left
on device" without naming a file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import SHARED
from tests.test_audit5_disk_full import fill, mounted_disk

FORMATS = ["conll", "jsonl", "doccano", "label-studio", "brat", "spans-csv", "hf", "spacy"]


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 4 MB tmpfs, room for every export of the project (root only)."""
    yield from mounted_disk(tmp_path, "4m")


@pytest.fixture(scope="module")
def seeds_project(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "seeds.biaozhu"
    assert main(["new", str(path)]) == 0
    for name in ("seeds.jsonl", "news-train.jsonl"):
        assert main(["import", str(path), str(SHARED / "gold" / name)]) == 0
    return path


@pytest.mark.parametrize("room", [0, 32_768, 163_840], ids=["no-room", "32-KB", "160-KB"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_to_a_full_disk_says_so_and_leaves_nothing(
    seeds_project, small_disk, fmt, room, capsys
):
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - room)  # room for part of the export
    out = small_disk / f"out-{fmt}"
    capsys.readouterr()
    assert main(["export", str(seeds_project), "--format", fmt, "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(out) in err, err
    assert sorted(p.name for p in small_disk.iterdir()) == [filler.name]
    filler.unlink()
    assert main(["export", str(seeds_project), "--format", fmt, "--out", str(out)]) == 0
