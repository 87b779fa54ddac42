"""Any value grown with ``sqlite3`` far past what Biaozhu writes (attack5,
7 December 2026), as attack4 grew a document's text: an event's payload
(``UPDATE events SET after = … || printf('%.*c', 300000000, 'x')``), an
annotator's name, a span's label or attributes, a document's metadata, a
suggestion's row, a suggestion's audience.

``verify`` took 6.5 s and 2.4 GB (max RSS, ``/usr/bin/time -v``) on a
300 MB event payload and named only the broken hash: the chain walk, the
replay and the checks of the events each read the value whole, into Python
strings and JSON. Now every table's largest row is read from SQLite's own
page statistics (``dbstat``, the pages read as ``integrity_check`` reads
them), and only a table holding a row past the bound is looked at row by
row, each value's size read through SQLite's blob handle without reading
it. The value is named in one line (its table, row, column and size), and
verify stops there, reading nothing else; merge refuses such a file as it
refuses any that fails verify, unchanged.

Also fixed: ``history`` (1.2 GB on the payload) and the window's history
view name the event; a grown annotator name read through its index at
every opening (165 MB); a grown time in a copy in ``P.backups/`` (verify of
the project 440 MB); a 120 MB title (the window 4.7 GB, killed after two
minutes) and a grown metadata in the window's reads and the search index.
Held: ``stats`` and ``history --head`` (under 50 MB). Left here and fixed
by safe6 (tests/test_safe6_grown_readers.py, tests/gui/test_safe6_*):
``export`` read the tables as they are, a grown ``source`` was read with its
document, and the window's history view lost a page to a damaged event."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models.errors import IntegrityError, InvalidInput
from models.store.oversize import MAX_VALUE_BYTES
from models.store.project import Project
from tests.test_attack4_oversize_text import measured
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS

GROWN = 120_000_000  # bytes added to one value: far past the bound, quick to make

# (table, column, the row grown, how the row is named in the line)
VALUES = [
    (
        "events",
        "after",
        "id = (SELECT min(id) FROM events WHERE action = 'span.added')",
        "events row",
    ),
    ("events", "annotator", "id = 3", "events row"),
    ("annotators", "name", "name = 'bob'", "annotators row"),
    ("annotations", "label", "id = (SELECT min(id) FROM annotations)", "annotations row"),
    ("annotations", "attrs", "id = (SELECT min(id) FROM annotations)", "annotations row"),
    ("documents", "meta", "rowid = 2", "documents row"),
    ("suggestions", "source", "id = (SELECT max(id) FROM suggestions)", "suggestions row"),
    ("merge_conflicts", "spans", "1", "merge_conflicts row"),
    ("meta", "value", "key = 'project_id'", "meta row"),
]


def grown(original: Path, tmp_path: Path, table: str, column: str, where: str) -> Path:  # noqa: F811
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        conn.execute(
            f"UPDATE {table} SET {column} = {column} || printf('%.*c', ?, 'x') WHERE {where}",
            (GROWN,),
        )
        assert conn.execute("SELECT changes()").fetchone()[0] == 1
    finally:
        conn.close()
    return path


@pytest.mark.parametrize(("table", "column", "where", "named"), VALUES)
def test_verify_names_an_oversize_value_without_reading_it(
    original,  # noqa: F811
    tmp_path,
    table,
    column,
    where,
    named,
):
    path = grown(original, tmp_path, table, column, where)
    before = path.stat().st_size
    status, err, peak_kb = measured("verify", str(path))
    assert status == 1, err
    lines = [line for line in err.splitlines() if not line.startswith("head:")]
    assert len(lines) == 1, lines
    line = lines[0]
    assert "unexpected" not in line and line.startswith("biaozhu: error: "), line
    assert named in line and f"its {column} " in line and f"{GROWN:,}"[:4] in line, line
    # the value is never held: the process stays well under its size
    assert peak_kb * 1024 < GROWN, peak_kb
    assert path.stat().st_size == before


def test_a_value_under_the_bound_is_read_as_ever(original, tmp_path):  # noqa: F811
    """A large value a file may hold (a merge's list of documents) is below
    the bound: verify reads it and names the broken hash as before."""
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(GUARDS)
    conn.execute(
        "UPDATE events SET after = after || printf('%.*c', ?, 'x') WHERE id = 3",
        (MAX_VALUE_BYTES // 8,),
    )
    conn.close()
    with Project.open(path, annotator="alice", readonly=True) as p:
        report = p.verify()
    assert not report.ok
    assert "event 3 is broken" in str(report.problems[0]), report.problems


def test_merge_refuses_a_file_with_an_oversize_value(original, tmp_path):  # noqa: F811
    where = "id = (SELECT min(id) FROM events WHERE action = 'span.added')"
    incoming = grown(original, tmp_path, "events", "after", where)
    target = tmp_path / "t.biaozhu"
    assert main(["new", str(target)]) == 0
    target_bytes = target.read_bytes()
    status, err, peak_kb = measured("merge", str(target), str(incoming))
    assert status == 1, err
    assert "events row" in err and "its after " in err, err
    assert peak_kb * 1024 < GROWN, peak_kb
    assert target.read_bytes() == target_bytes


def test_a_table_without_rowids_is_named_by_its_largest_row(original, tmp_path):  # noqa: F811
    """suggestion_audience keeps no rowids, which the blob handle needs: the
    table is named with its largest row's size."""
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO suggestion_audience (suggestion_id, annotator, offer)"
        " VALUES ((SELECT min(id) FROM suggestions), 'alice', printf('%.*c', ?, 'x'))",
        (GROWN,),
    )
    conn.close()
    status, err, peak_kb = measured("verify", str(path))
    assert status == 1, err
    lines = [line for line in err.splitlines() if not line.startswith("head:")]
    assert len(lines) == 1 and "suggestion_audience holds a row of" in lines[0], lines
    assert peak_kb * 1024 < GROWN, peak_kb


def test_history_names_an_oversize_payload_without_reading_it(original, tmp_path):  # noqa: F811
    """``history`` took 1.8 s and 1.2 GB on the 300 MB payload, reading it
    into JSON to print a line of it; it now says which event is damaged, as
    it does for a payload that is not JSON, and the window's history view
    (a page of events) the same."""
    where = "id = (SELECT min(id) FROM events WHERE action = 'span.added')"
    path = grown(original, tmp_path, "events", "after", where)
    status, err, peak_kb = measured("history", str(path))
    assert status == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "its after is" in lines[0] and "damaged" in lines[0], lines
    assert "unexpected" not in lines[0], lines
    assert peak_kb * 1024 < GROWN, peak_kb
    with Project.open(path, annotator="alice", readonly=True) as p:
        with pytest.raises(IntegrityError, match="its after is"):
            p.history_page(limit=200)
        # what does not reach the grown event reads as ever
        assert p.history(action="project.created")
        assert p.history_page(limit=2).events


def test_the_store_takes_no_value_verify_would_call_grown(tmp_path):
    """A document's metadata past the bound (a 40 MB field in one JSON line,
    within the 128 MB an import reads) is refused where it comes in, nothing
    stored: verify would otherwise call the file edited outside Biaozhu."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        with pytest.raises(InvalidInput, match="its meta is"):
            p.add_document("一段文字。", meta={"note": "x" * (MAX_VALUE_BYTES + 10)})
        assert p.document_ids() == []
        assert p.verify().ok


def test_a_grown_value_in_a_backup_is_not_read_by_the_project_s_verify(original, tmp_path):  # noqa: F811
    """verify of a project reads each backup's head, project id and last
    change: a copy in ``P.backups/`` whose last event's time was grown took
    verify 440 MB; the time and the id are now read only when short."""
    from models.store.backup import list_backups, make_backup

    path = tmp_path / "p.biaozhu"
    shutil.copy(original, path)
    copy = make_backup(path)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.executescript(GUARDS)
    conn.execute(
        "UPDATE events SET time = time || printf('%.*c', ?, 'x')"
        " WHERE id = (SELECT max(id) FROM events)",
        (GROWN,),
    )
    conn.close()
    status, err, peak_kb = measured("verify", str(path))
    assert peak_kb * 1024 < GROWN, (peak_kb, err)
    (listed,) = list_backups(path)
    assert listed.time == "" and listed.project_id  # its last change unknown, its id read


def test_the_window_s_reads_leave_a_grown_title_and_metadata_out(original, tmp_path):  # noqa: F811
    """The window opening a project whose second title was grown to 120 MB
    took 4.7 GB and was killed after two minutes (the document list carried
    the title into Qt, the search index took it in). Titles are stored at
    most TITLE_MAX characters: the list, the document and the index read no
    more; a grown metadata is read as none. The window then opened in 6 s,
    270 MB, its bar naming the row (verify's line)."""
    from models.search import index_some
    from models.store.documents import TITLE_MAX

    path = grown(original, tmp_path, "documents", "title", "rowid = 2")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "UPDATE documents SET meta = printf('{\"x\": \"%.*c\"}', ?, 'y') WHERE rowid = 3", (GROWN,)
    )
    (doc2,) = conn.execute("SELECT id FROM documents WHERE rowid = 2").fetchone()
    (doc3,) = conn.execute("SELECT id FROM documents WHERE rowid = 3").fetchone()
    conn.close()
    with Project.open(path, annotator="alice") as p:
        rows = p.documents_overview()
        assert max(len(r.title) for r in rows) <= TITLE_MAX
        assert len(p.document(doc2).title) <= TITLE_MAX
        assert p.document(doc3).meta == {}
        while index_some(p):
            pass
        (indexed,) = p.conn.execute(
            "SELECT coalesce(sum(length(block)), 0) FROM documents_fts_data"
        ).fetchone()
        assert indexed < 10_000_000, indexed
        assert not p.verify().ok
