"""The window says a full disk under a Hugging Face export as it says it
under a JSONL one: in its own language, naming the folder asked for, with
none of pyarrow's English left in it."""

from __future__ import annotations

import errno
import os

import pytest

from desktop.gui.messages import say
from models import Project
from models.errors import InvalidInput
from models.io.export import export_project
from tests.test_audit5_disk_full import fill, mounted_disk
from tests.test_export_full_disk import seeds_project  # noqa: F401 - a fixture


@pytest.fixture
def small_disk(tmp_path):
    yield from mounted_disk(tmp_path, "4m")


def refusal_on_a_nearly_full_disk(project_path, disk, fmt: str) -> tuple[str, str]:
    """What an export to ``disk`` with 32 KB left is refused with, in the
    window's words, and the folder it was asked for."""
    filler = fill(disk)
    os.truncate(filler, filler.stat().st_size - 32_768)
    out = disk / f"out-{fmt}"
    with (
        Project.open(project_path, annotator="tester") as project,
        pytest.raises(InvalidInput) as refused,
    ):
        export_project(project, fmt, out)
    return say(refused.value), str(out)


@pytest.mark.parametrize("fmt", ["hf", "spans-parquet", "jsonl"])
def test_a_full_disk_under_an_export_is_said_in_the_windows_words(
    chinese,
    seeds_project,  # noqa: F811 - the fixture imported above
    small_disk,
    fmt,
):
    words, out = refusal_on_a_nearly_full_disk(seeds_project, small_disk, fmt)
    assert words.startswith(f"{out}: ") and "\n" not in words, words
    reason = words.removeprefix(f"{out}: ")
    assert not any("a" <= c.lower() <= "z" for c in reason), words  # Chinese, no pyarrow


@pytest.mark.parametrize("fmt", ["hf", "spans-parquet", "jsonl"])
def test_in_english_a_full_disk_reads_as_the_system_says_it(
    english,
    seeds_project,  # noqa: F811 - the fixture imported above
    small_disk,
    fmt,
):
    words, out = refusal_on_a_nearly_full_disk(seeds_project, small_disk, fmt)
    assert words == f"{out}: {os.strerror(errno.ENOSPC)}"
