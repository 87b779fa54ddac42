"""A named pipe (or another file that is not a regular one) given as the
project is named for what it is, in one line and in bounded time (opening a
FIFO would wait for a writer), and nothing is made or changed; it was
reported as "empty", and `new` on it as a failed disk."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from desktop.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def run_bounded(argv: list[str]) -> int:
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(argv)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), f"{argv} blocked on the named pipe"
    return result[0]


@pytest.mark.parametrize(
    "argv",
    [["stats"], ["history"], ["verify"], ["new"], ["import", "--annotator", "ann"]],
)
def test_a_fifo_as_the_project_is_named_for_what_it_is(tmp_path, capsys, argv):
    fifo = tmp_path / "p.biaozhu"
    os.mkfifo(fifo)
    text = tmp_path / "a.txt"
    text.write_text("央行宣布降准。", encoding="utf-8")
    command, *rest = argv
    extra = [str(text)] if command == "import" else []
    assert run_bounded([command, str(fifo), *extra, *rest]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "named pipe" in err and "not a regular file" in err, err
    assert "empty" not in err, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "p.biaozhu"]
