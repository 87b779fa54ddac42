"""The readers attack5 left reading a grown value whole (safe6, 7 December
2026): a value put in with ``sqlite3`` past anything Biaozhu writes
(``MAX_VALUE_BYTES``), which ``verify`` names by its size.

``export`` wrote such a value into its output as it was (a 120 MB metadata
field into the JSONL, the process holding it several times over): it now
refuses the project in one line naming the row, as verify does, before it
reads a document, and writes nothing. A document's ``source`` grown so was
read whole with its document (the window opening it, ``history --doc``):
it is now read only when it is no larger than the store takes, else left
empty, as a grown metadata is."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.store.project import Project
from tests.test_attack4_oversize_text import measured
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS

GROWN = 120_000_000  # bytes added to one value: far past the bound, quick to make


def grown(original: Path, tmp_path: Path, table: str, column: str, where: str) -> Path:  # noqa: F811
    """A copy of ``original`` with one value grown by GROWN bytes (a JSON
    object stays one: a metadata that still reads as JSON)."""
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    value = f"{column} || printf('%.*c', ?, 'x')"
    if column in ("meta", "attrs"):
        value = "printf('{\"grown\": \"%.*c\"}', ?, 'x')"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        conn.execute(f"UPDATE {table} SET {column} = {value} WHERE {where}", (GROWN,))
        assert conn.execute("SELECT changes()").fetchone()[0] == 1
    finally:
        conn.close()
    return path


def carol_s_second(path: Path) -> str:
    """The id of the second document (carol's gold holds every document)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM documents WHERE rowid = 2").fetchone()[0]
    finally:
        conn.close()


# what an export of the gold reads: a document's title, metadata and text,
# a span's label and attributes (table, column, the row grown, its name)
EXPORTED = [
    ("documents", "meta", "rowid = 2", "documents row"),
    ("documents", "title", "rowid = 2", "documents row"),
    ("documents", "text", "rowid = 2", "document"),
    ("annotations", "attrs", "id = (SELECT min(id) FROM annotations)", "annotations row"),
    ("annotations", "label", "id = (SELECT min(id) FROM annotations)", "annotations row"),
]


@pytest.mark.parametrize(("table", "column", "where", "named"), EXPORTED)
def test_export_refuses_a_grown_value_in_one_line_writing_nothing(
    original,  # noqa: F811
    tmp_path,
    table,
    column,
    where,
    named,
):
    path = grown(original, tmp_path, table, column, where)
    before = path.stat().st_size
    out = tmp_path / "out" / "gold.jsonl"
    status, err, peak_kb = measured(
        "export", str(path), "--format", "jsonl", "--out", str(out), "--annotator", "carol"
    )
    assert status == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("biaozhu: error: ") and "unexpected" not in line, line
    assert named in line and "export stopped, nothing written" in line, line
    assert f"{GROWN:,}"[:4] in line and "biaozhu verify" in line, line
    assert peak_kb * 1024 < GROWN, peak_kb
    assert not out.exists() and not (out.parent.exists() and any(out.parent.iterdir()))
    assert path.stat().st_size == before


def test_export_of_a_project_with_nothing_grown_is_as_ever(original, tmp_path):  # noqa: F811
    out = tmp_path / "gold.jsonl"
    status, err, _ = measured(
        "export", str(original), "--format", "jsonl", "--out", str(out), "--annotator", "carol"
    )
    assert status == 0, err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_a_grown_source_is_left_unread_with_its_document(original, tmp_path):  # noqa: F811
    path = grown(original, tmp_path, "documents", "source", "rowid = 2")
    doc = carol_s_second(path)
    with Project.open(path, annotator="alice", readonly=True) as p:
        got = p.document(doc)
        assert got.source == ""
        assert got.text and got.title  # the rest of the document reads as ever
        first = p.document_ids()[0]
        assert p.document(first).source  # a source of a size the store takes is read
    # the CLI's readers of one document: history --doc
    status, err, peak_kb = measured("history", str(path), "--doc", doc)
    assert peak_kb * 1024 < GROWN, (peak_kb, err)
    assert "unexpected" not in err, err


def test_export_warns_of_a_grown_event_without_reading_it(original, tmp_path):  # noqa: F811
    """The history's payloads are not exported: an event grown past the
    bound is named by the export's check of the chain, unread, and the gold
    still comes out."""
    where = "id = (SELECT min(id) FROM events WHERE action = 'span.added')"
    path = grown(original, tmp_path, "events", "after", where)
    out = tmp_path / "gold.jsonl"
    status, err, peak_kb = measured(
        "export", str(path), "--format", "jsonl", "--out", str(out), "--annotator", "carol"
    )
    assert status == 0, err
    assert peak_kb * 1024 < GROWN, peak_kb
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6
    manifest = (tmp_path / "gold.jsonl.manifest.json").read_text(encoding="utf-8")
    assert "of the history is damaged: its after is" in manifest
