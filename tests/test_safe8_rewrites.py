"""Rewrites of the history with ``sqlite3`` that recompute the hash chain,
on a project that has no backup (safe8, 7 December 2026).

safe7 found two that ``biaozhu verify`` passed: a merge's record with its
``documents`` map emptied (the only record of which ids a merge's documents
took: a document's history then leaves out the events it had in the file
merged in), and two ``span.added`` events of one document swapped (the
state is the same; the history tells another order of work). Neither
changes a table, but each breaks what every history Biaozhu writes holds:

- a span id is handed out by AUTOINCREMENT, so the first event that gives
  each id comes in the order of the ids;
- a merge copies the other file's events just before its record, and its
  record maps every document of that file: each copied event made in the
  file merged from names a document the map holds, and the record counts
  the events it copied.

Each is edited as an attacker would (guards dropped, the chain recomputed
as the product computes it, ``tests/test_tamper.py::rechain``)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.cli import main
from models.store.triggers import GUARDS as TRIGGERS
from tests.attacker import edited_copy
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import rechain


def rewritten(original: Path, tmp_path: Path, *sql: str) -> Path:  # noqa: F811
    """A copy of ``original`` with ``sql`` run on its events, the chain
    recomputed and the guards put back, as an attacker would."""

    def edit(conn: sqlite3.Connection) -> None:
        for statement in sql:
            conn.execute(statement)
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))

    return edited_copy(original, tmp_path, edit, "r.biaozhu")


def verify_error(path: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    return capsys.readouterr().err.splitlines()[0]


SWAPPED = ", ".join(
    f"{c} = (SELECT {c} FROM events WHERE id = {{other}})"
    for c in ("time", "annotator", "action", "doc_id", "target", "before", "after")
)


def two_span_events(original: Path, annotator: str, action: str) -> tuple[int, int]:  # noqa: F811
    """The first two events of ``action`` by ``annotator`` in one document."""
    conn = sqlite3.connect(original)
    try:
        doc, first, second = conn.execute(
            "SELECT doc_id, min(id), (SELECT min(e2.id) FROM events e2 WHERE e2.doc_id ="
            " e.doc_id AND e2.action = e.action AND e2.annotator = e.annotator AND e2.id >"
            " min(e.id)) FROM events e WHERE action = ? AND annotator = ?"
            " AND origin_hash IS NULL GROUP BY doc_id ORDER BY min(id) LIMIT 1",
            (action, annotator),
        ).fetchone()
    finally:
        conn.close()
    assert doc and second
    return first, second


def swap(first: int, second: int) -> tuple[str, ...]:
    """Two events' contents exchanged, their places (id, chain) kept."""
    return (
        f"CREATE TEMP TABLE kept AS SELECT * FROM events WHERE id IN ({first}, {second})",
        f"UPDATE events SET {SWAPPED.format(other=second).replace('FROM events', 'FROM kept')}"
        f" WHERE id = {first}",
        f"UPDATE events SET {SWAPPED.format(other=first).replace('FROM events', 'FROM kept')}"
        f" WHERE id = {second}",
    )


def test_two_span_added_events_of_one_document_swapped_are_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    first, second = two_span_events(original, "carol", "span.added")
    said = verify_error(rewritten(original, tmp_path, *swap(first, second)), capsys)
    assert f"event {first}" in said and f"event {second}" in said, said
    assert "order" in said, said


def test_a_span_added_moved_after_a_later_span_is_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    """Alice's imported span and carol's, of two annotators: the same."""
    alice, _ = two_span_events(original, "alice", "span.added")
    carol, _ = two_span_events(original, "carol", "span.added")
    said = verify_error(rewritten(original, tmp_path, *swap(alice, carol)), capsys)
    assert "order" in said, said


def merge_record(original: Path) -> tuple[int, dict]:  # noqa: F811
    conn = sqlite3.connect(original)
    try:
        eid, after = conn.execute(
            "SELECT id, after FROM events WHERE action = 'merge.completed'"
        ).fetchone()
    finally:
        conn.close()
    return eid, json.loads(after)


def test_a_merge_record_whose_documents_map_was_emptied_is_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    eid, record = merge_record(original)
    assert record["documents"]
    said = verify_error(
        rewritten(
            original,
            tmp_path,
            f"UPDATE events SET after = json_set(after, '$.documents', json('{{}}'))"
            f" WHERE id = {eid}",
        ),
        capsys,
    )
    assert f"event {eid}" in said and "merge" in said, said


def test_a_merge_record_that_counts_other_events_is_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    """The count of events a merge copied: a copied event deleted and the
    events after it renumbered leave no gap in the numbers; the count tells."""
    eid, record = merge_record(original)
    said = verify_error(
        rewritten(
            original,
            tmp_path,
            f"UPDATE events SET after = json_set(after, '$.events', {record['events'] + 1})"
            f" WHERE id = {eid}",
        ),
        capsys,
    )
    assert f"event {eid}" in said, said


def test_the_untouched_project_and_its_recomputed_chain_still_verify(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    assert main(["verify", str(rewritten(original, tmp_path))]) == 0


def test_a_span_s_events_taken_out_and_the_history_renumbered_are_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    """A span carol added and removed: both events deleted, the events
    after them renumbered, so no number is missing and the state is the
    same. The ids the history gives skip one."""
    conn = sqlite3.connect(original)
    try:
        span, added, removed = conn.execute(
            "SELECT target, min(id), max(id) FROM events WHERE origin_hash IS NULL"
            " AND action IN ('span.added', 'span.removed') GROUP BY target"
            " HAVING count(*) = 2 LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    said = verify_error(
        rewritten(original, tmp_path, *taken_out(removed), *taken_out(added)), capsys
    )
    assert "one after another" in said and f"span {int(span) + 1}" in said, said


def taken_out(event: int) -> tuple[str, ...]:
    """``event`` deleted and the events after it renumbered down by one."""
    return (
        f"DELETE FROM events WHERE id = {event}",
        "UPDATE events SET hash = 'h' || id",  # hashes are UNIQUE while renumbering
        f"UPDATE events SET id = -(id - 1) WHERE id > {event}",
        "UPDATE events SET id = -id WHERE id < 0",
    )


def test_a_merge_record_mapping_two_documents_to_one_is_named(
    original,  # noqa: F811
    tmp_path,
    capsys,
):
    eid, record = merge_record(original)
    assert len(record["documents"]) > 1
    said = verify_error(
        rewritten(
            original,
            tmp_path,
            "UPDATE events SET after = json_set(after, '$.documents', (SELECT"
            " json_group_object(key, (SELECT id FROM documents ORDER BY rowid DESC LIMIT 1))"
            " FROM json_each(json_extract(after, '$.documents'))))"
            f" WHERE id = {eid}",
        ),
        capsys,
    )
    assert f"event {eid}" in said and "maps both" in said, said


def test_a_span_given_after_a_restore_passes_the_check_a_merge_makes_under_its_lock(
    tmp_path,
):
    """``verify_since`` (a merge, after its whole check, holding the lock):
    the first span given after a restore leaps past the ids of the history
    the restore replaced, though the restore stands before the head checked."""
    from models import Project
    from models.store.backup import make_backup, restore_backup
    from models.store.history import chain_head
    from models.store.verify import verify_since

    path = tmp_path / "p.biaozhu"
    text = "比亚迪2024年营收7771亿元，同比增长29%。"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(text)
        p.add_span(doc, 0, 3, "COMPANY", annotator="alice")
        backup = make_backup(path)
        p.add_span(doc, 7, 12, "METRIC", annotator="alice")
        restore_backup(p, backup)
    with Project.open(path, annotator="alice") as p:
        assert p.verify().ok
        head = chain_head(p.conn)
        p.add_span(doc, 7, 12, "METRIC", annotator="alice")  # id 3: 2 went with the restore
        report = verify_since(p.conn, head)
        assert report.ok, report.problems
        assert p.verify().ok
