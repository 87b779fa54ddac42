"""Ctrl+C during ``biaozhu import`` (newuser3, 7 December 2026).

An import keeps the files it read before a Ctrl+C (``import_paths`` commits
them: "files read before the cancel stay imported"), but the command line
said only ``biaozhu: error: interrupted``. Interrupting a 7,200-document
import at the moment its one file had been written left all 7,200
documents in the project under that line, exit status 1, so the curator
took the import for lost and could not tell what was in. The line now says
how many documents were imported before the interrupt (or that nothing
was), and the project is as it says, ``verify`` clean.

The interrupt is a real SIGINT, raised in the process once the import has
read its first file (where a Ctrl+C lands during a long import: between
two files)."""

from __future__ import annotations

import signal
import sqlite3

import pytest

from desktop.cli import main
from desktop.cli.common import TerminalProgress


def documents_in(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.fixture(autouse=True)
def ctrl_c_raises_as_in_a_terminal():
    """A ``biaozhu`` started from a shell turns SIGINT into KeyboardInterrupt;
    pytest-xdist's workers ignore SIGINT, which would make these tests pass
    the signal by unnoticed."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def ctrl_c_after(monkeypatch, files: int) -> None:
    """A SIGINT to this process once ``files`` files have been imported."""
    advance = TerminalProgress.advance
    seen = []

    def advance_then_ctrl_c(self, n: int = 1, note: str = "") -> None:
        advance(self, n, note)
        seen.append(n)
        if len(seen) == files:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(TerminalProgress, "advance", advance_then_ctrl_c)


def test_ctrl_c_between_files_says_what_was_imported(tmp_path, capsys, monkeypatch):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    first = tmp_path / "a.txt"
    first.write_text("比亚迪2023年营收6023亿元，同比增长42%。", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("宁德时代发布年报，营收增长。", encoding="utf-8")
    capsys.readouterr()
    ctrl_c_after(monkeypatch, 1)
    code = main(["import", str(project), str(first), str(second)])
    err = capsys.readouterr().err
    assert code == 1
    assert documents_in(project) == 1  # the file read before the Ctrl+C stays
    assert err.startswith("biaozhu: error: interrupted"), err
    assert "1 document imported before the interrupt" in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert main(["verify", str(project)]) == 0


def test_ctrl_c_before_anything_was_written_says_nothing_was_imported(
    tmp_path, capsys, monkeypatch
):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    first = tmp_path / "a.txt"
    first.write_text("比亚迪2023年营收6023亿元，同比增长42%。", encoding="utf-8")
    capsys.readouterr()
    monkeypatch.setattr(
        TerminalProgress, "start", lambda self, total, what: signal.raise_signal(signal.SIGINT)
    )
    code = main(["import", str(project), str(first)])
    err = capsys.readouterr().err
    assert code == 1
    assert documents_in(project) == 0
    assert "interrupted: nothing was imported" in err, err
