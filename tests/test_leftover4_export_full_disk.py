"""An export to a full disk says so in the same one line for every format:
``PATH: No space left on device``. The formats written through pyarrow (the
Hugging Face ``datasets`` folder, the Parquet tables) said pyarrow's own
text, "Error writing bytes to file. Detail: [errno 28] No space left on
device", after the path."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from models.io.registry import export_formats
from tests.test_audit5_disk_full import fill, mounted_disk
from tests.test_export_full_disk import seeds_project  # noqa: F401 - a fixture

FULL = os.strerror(errno.ENOSPC)


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    yield from mounted_disk(tmp_path, "4m")


@pytest.mark.parametrize("room", [0, 32_768], ids=["no-room", "32-KB"])
@pytest.mark.parametrize("fmt", sorted(export_formats()))
def test_every_format_says_a_full_disk_in_the_same_words(
    seeds_project,  # noqa: F811 - the fixture imported above
    small_disk,
    fmt,
    room,
    capsys,
):
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - room)
    out = small_disk / f"out-{fmt}"
    capsys.readouterr()
    assert main(["export", str(seeds_project), "--format", fmt, "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"biaozhu: error: {out}: {FULL}", err
    assert sorted(p.name for p in small_disk.iterdir()) == [filler.name]
