"""Events rewritten with ``sqlite3`` and the chain recomputed after, each
field of the first event of every action set in turn to hostile values
('', 'x', '{', '[]', 'null', '-1', a number past SQLite's integers, 'NaN'),
then every command run. Two ended in "unexpected …, please report it":

- ``biaozhu verify`` on a merge.conflict event whose target (the
  conflict's id) is a number past SQLite's integers: "unexpected
  OverflowError: Python int too large to convert to SQLite INTEGER" — the
  one command meant to name the damage;
- ``biaozhu conflicts`` on a merge.conflict event whose ``after`` is a list
  or a number: "unexpected AttributeError: 'list' object has no attribute
  'get'".

verify now names the event in one line; ``conflicts`` lists the conflict
(the file it came from unnamed: the event that named it is damaged, which
verify names). Every other field and value held: each command read it or
named the damage in one line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models.store.triggers import GUARDS as TRIGGERS
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS, rechain


def rewritten(original: Path, tmp_path: Path, column: str, value: str) -> Path:  # noqa: F811
    path = tmp_path / "t.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        conn.execute(
            f"UPDATE events SET {column} = ? WHERE action = 'merge.conflict'"
            " AND origin_hash IS NULL",
            (value,),
        )
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))
    finally:
        conn.close()
    return path


def one_line(capsys) -> str:
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err and "Traceback" not in captured.err, captured.err
    line = captured.err.strip().splitlines()[0]  # verify goes on with the head it found
    assert line.startswith("biaozhu: error: "), line
    return line


@pytest.mark.parametrize("value", ["99999999999999999999", "-99999999999999999999"])
def test_verify_names_a_conflict_id_past_sqlites_integers(original, tmp_path, capsys, value):  # noqa: F811
    path = rewritten(original, tmp_path, "target", value)
    assert main(["verify", str(path)]) == 1
    line = one_line(capsys)
    assert "merge.conflict" in line and "conflict id" in line, line


@pytest.mark.parametrize("value", ["[1,2]", "-1", "NaN", "null"])
def test_conflicts_lists_a_conflict_whose_event_is_damaged(original, tmp_path, capsys, value):  # noqa: F811
    path = rewritten(original, tmp_path, "after", value)
    assert main(["conflicts", str(path)]) == 0
    out = capsys.readouterr()
    assert "unexpected" not in out.err and "#1:" in out.out, out
    assert main(["verify", str(path)]) == 1
    assert "merge.conflict" in one_line(capsys)
