"""Rows edited with ``sqlite3`` into JSON of another shape than Biaozhu
stores (found by setting every text column of a real project, in turn, to
'', 'x', '{', '[]', 'null', '-1', 'NaN' and running each command):

- a document's metadata (``documents.meta``) made a list, null, a number or
  no JSON at all: ``biaozhu export`` ended with "unexpected TypeError:
  unsupported operand type(s) for |: 'dict' and 'list' … please report it";
- a merge conflict's incoming spans (``merge_conflicts.spans``) made null,
  a number or no JSON: ``biaozhu conflicts`` ended with "unexpected
  TypeError: object of type 'NoneType' has no len()" (Review → Conflicts
  read them the same way).

``verify`` names both; the commands that read the tables as they are now
say in one line which row is damaged and point at ``biaozhu verify``,
exit 1, and write nothing, as ``history`` and ``agreement`` do
(tests/test_audit2_damaged_reads.py). The other columns held: every
command either read them as they are or named the damage in one line."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from tests.test_attack_schema import original  # noqa: F401  (the fixture)

SHAPES = ["x", "{", "[]", "null", "-1", "NaN"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edited(original: Path, tmp_path: Path, sql: str, value: str) -> Path:  # noqa: F811
    path = tmp_path / "t.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(sql, (value,))
    finally:
        conn.close()
    return path


def one_line(capsys) -> str:
    captured = capsys.readouterr()
    assert "unexpected" not in captured.err and "Traceback" not in captured.err, captured.err
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("biaozhu: error: ")
    return line


@pytest.mark.parametrize("value", SHAPES)
def test_export_names_a_document_whose_metadata_is_damaged(original, tmp_path, capsys, value):  # noqa: F811
    conn = sqlite3.connect(original)
    (doc,) = conn.execute("SELECT id FROM documents ORDER BY rowid LIMIT 1").fetchone()
    conn.close()
    path = edited(original, tmp_path, f"UPDATE documents SET meta = ? WHERE id = '{doc}'", value)
    before = digest(path)
    out = tmp_path / "out.jsonl"
    assert main(["export", str(path), "--format", "jsonl", "--out", str(out)]) == 1
    line = one_line(capsys)
    assert doc in line and "biaozhu verify" in line, line
    assert not out.exists()
    assert digest(path) == before
    assert main(["verify", str(path)]) == 1


@pytest.mark.parametrize("value", [v for v in SHAPES if v != "[]"])  # [] is no spans
def test_conflicts_names_a_conflict_whose_spans_are_damaged(original, tmp_path, capsys, value):  # noqa: F811
    path = edited(original, tmp_path, "UPDATE merge_conflicts SET spans = ?", value)
    before = digest(path)
    for args in ([], ["--json"], ["--all"]):
        assert main(["conflicts", str(path), *args]) == 1, args
        line = one_line(capsys)
        assert "merge conflict 1" in line and "biaozhu verify" in line, line
    assert digest(path) == before
    assert main(["verify", str(path)]) == 1
