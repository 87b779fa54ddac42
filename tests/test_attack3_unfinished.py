"""A project whose making was cut short (attack3: the laptop's battery, a
Ctrl+C, the window killed while it made a new project): SQLite had committed
the schema but not the project's first event, so the file was "a Biaozhu
project" that every command took: ``import`` wrote into it, ``verify``
failed on it for good ("no event records the project's labels (its creation
event is missing)"), and ``new`` refused to make it again ("a Biaozhu project
already; open it instead"). It holds nothing (every change writes an event,
and it has none): it is now refused where it is opened, in words that say
so, and ``new`` makes it again in its place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import NotAProject

REPO = Path(__file__).resolve().parents[1]
CUT_SHORT = """
import os, sys
from models import Project
Project._first_write = lambda *a, **k: os._exit(9)  # the power goes here
Project.create(sys.argv[1], annotator="alice")
"""


def cut_short(path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", CUT_SHORT, str(path)], cwd=REPO, capture_output=True, timeout=120
    )
    assert run.returncode == 9, run.stderr
    assert path.stat().st_size > 0 or Path(f"{path}-wal").stat().st_size > 0


@pytest.mark.parametrize("readonly", [False, True])
def test_a_project_whose_making_was_cut_short_is_refused_in_words_that_say_so(tmp_path, readonly):
    path = tmp_path / "new.biaozhu"
    cut_short(path)
    with pytest.raises(NotAProject) as caught:
        Project.open(path, annotator="alice", readonly=readonly)
    message = str(caught.value)
    assert "\n" not in message and "interrupted" in message and "biaozhu new" in message


def test_nothing_is_written_into_it_and_new_makes_it_again(tmp_path, capsys):
    path = tmp_path / "new.biaozhu"
    cut_short(path)
    text = tmp_path / "a.txt"
    text.write_text("今年比亚迪营收18亿元。", encoding="utf-8")
    assert main(["import", str(path), str(text)]) == 1
    assert "interrupted" in capsys.readouterr().err
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(text)]) == 0
    assert main(["verify", str(path)]) == 0
    with Project.open(path, readonly=True) as p:
        assert p.document_count() == 1


def test_a_project_with_its_history_deleted_is_not_taken_for_one_cut_short(tmp_path):
    """Its id stays in meta: verify names what was done to it, and new
    leaves it alone."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document("今年比亚迪营收18亿元。")
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS events_no_delete")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM events")
    conn.commit()
    conn.close()
    with Project.open(path, readonly=True) as p:
        assert not p.verify().ok
    assert main(["new", str(path)]) == 1
    assert os.path.getsize(path) > 0
