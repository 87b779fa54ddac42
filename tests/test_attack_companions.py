"""A project whose ``-wal`` or ``-shm`` cannot be made: a folder of that
name beside it (a sync tool's conflict copy unpacked, a careless ``mkdir``),
or a link to nowhere. Every command said the project "is not a Biaozhu
project (not a readable SQLite file: the file cannot be opened)", or, with
a ``-shm`` folder, "database: the file cannot be written (read-only)": a
curator told their project is not one, or that it is read-only, looks for
the fault in the wrong place. Each now names the companion and what is wrong
with it, in one line, at once, with nothing changed.

Tried and held (one line, nothing changed, under a second): a file that is
not SQLite, a zero-byte file, a file cut short (at 50 bytes, 4 KB and
within its pages), a folder named as the project, a project from a newer
version (a step recorded that this version does not know), a read-only
file, a read-only folder (tests/test_readonly.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from desktop.cli import main
from tests.test_attack_schema import original  # noqa: F401  (the fixture)

COMMANDS = (["verify"], ["stats"], ["history"], ["role", "zed", "reviewer", "--create"])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
@pytest.mark.parametrize("kind", ["folder", "dangling link"])
def test_a_companion_that_cannot_be_made_is_named(original, tmp_path, capsys, suffix, kind):  # noqa: F811
    path = tmp_path / "p.biaozhu"
    shutil.copy(original, path)
    companion = Path(f"{path}{suffix}")
    if kind == "folder":
        companion.mkdir()
    else:
        os.symlink(tmp_path / "gone" / "x", companion)
    before = digest(path)
    for command in COMMANDS:
        started = time.monotonic()
        assert main([command[0], str(path), *command[1:]]) == 1, command
        assert time.monotonic() - started < 10
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, (command, err)
        assert companion.name in err[0], (command, err[0])
        assert "not a Biaozhu project" not in err[0] and "read-only" not in err[0]
    assert digest(path) == before
