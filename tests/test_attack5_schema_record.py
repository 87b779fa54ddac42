"""The record of schema step 4 deleted with ``sqlite3`` (attack5, 7 December
2026): ``DELETE FROM _sqlite_migrations WHERE name = '0004_ids_never_reused'``.

Steps 2 and 3 make a table, so a record lacking them beside their table was
refused at opening already (``tests/test_attack_schema.py``); step 4 makes
none (it rebuilds two tables so that their ids are never given again), and a
record lacking it passed ``verify`` ("ok"). Not harmless: the opening that
writes checks the counter of span ids (``sqlite_sequence``) only in a file
whose record holds step 4, so with the record gone a counter lowered by hand
was not refused, the step ran again (a no-op on the rebuilt tables) and put
its record back, and the next span took the id of one removed: the guard of
``tests/test_attack_id_counters.py`` bypassed, and the evidence gone.

A record lacking step 4 in a file whose tables the step rebuilt, with events
written since it ran (the step records the last event before it), is now
refused at opening by every command and the window, in one line naming the
step, the file unchanged. The step run to its end and killed before its
record was written (a crash during an upgrade: nothing written since) still
opens, and the step runs again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import IntegrityError
from tests.test_attack5_paths import one_error
from tests.test_attack_id_counters import TEXT, sql

STEP = "0004_ids_never_reused"


def made(path: Path) -> tuple[str, int]:
    """A project with a span added and removed: the largest span id given is
    no row's now. Returns the document and that id."""
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, 0, 3, "COMPANY")
        removed = p.add_span(doc, 8, 13, "METRIC")
        p.remove_span(removed.id)
        assert p.verify().ok
    return doc, removed.id


def test_a_record_without_step_4_is_named_by_verify(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    made(path)
    sql(path, f"DELETE FROM _sqlite_migrations WHERE name = '{STEP}'")
    before = path.read_bytes()
    assert main(["verify", str(path)]) == 1
    line = one_error(capsys)
    assert STEP in line and "record of schema steps" in line, line
    assert path.read_bytes() == before


def test_the_lowered_counter_is_not_let_through_by_the_record_deleted(tmp_path, capsys):
    """The attack this closes: counter lowered, step 4's record deleted; the
    window (or any writer) opening the file gave the next span a removed
    span's id."""
    path = tmp_path / "p.biaozhu"
    doc, removed = made(path)
    sql(
        path,
        "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'",
        f"DELETE FROM _sqlite_migrations WHERE name = '{STEP}'",
    )
    before = path.read_bytes()
    with pytest.raises(IntegrityError, match=STEP), Project.open(path, annotator="alice") as p:
        p.add_span(doc, 14, 18, "METRIC")
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert (
        conn.execute("SELECT count(*) FROM annotations WHERE id = ?", (removed,)).fetchone()[0] == 0
    )
    conn.close()
    assert main(["import", str(path), str(tmp_path / "none.jsonl")]) == 1
    assert STEP in capsys.readouterr().err


def test_a_step_killed_before_its_record_still_opens(tmp_path):
    """The step's rebuild committed and the process killed before its record
    was written (nothing written since: the step runs before any write of
    the opening): the record is put back and the project opens as ever."""
    path = tmp_path / "p.biaozhu"
    doc, _ = made(path)
    (last,) = sqlite3.connect(path).execute("SELECT max(id) FROM events").fetchone()
    sql(
        path,
        f"DELETE FROM _sqlite_migrations WHERE name = '{STEP}'",
        f"UPDATE meta SET value = '{last}' WHERE key = 'ids_kept_since_event'",
    )
    with Project.open(path, annotator="alice") as p:
        p.add_span(doc, 14, 18, "METRIC")
        assert p.verify().ok
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    conn.close()
    assert names[-1] == STEP


def test_step_4_s_place_moved_past_the_history_is_named(tmp_path, capsys):
    """A project created before step 4 keeps where the step stood in meta
    (``ids_kept_since_event``), which no event holds: moved past a span id
    given twice after the step (a counter lowered by hand), verify said
    "verified, except … not provable: span ids were given twice" and exited
    0. A place past the last event is now named; one moved within the
    history cannot be told (README: what the history cannot prove)."""
    from tests.test_attack_id_counters import recorded_as_schema_3

    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice", _stop_before=STEP) as old:
        doc, _ = old.add_document(TEXT)
    recorded_as_schema_3(path)
    with Project.open(path, annotator="alice") as p:
        removed = p.add_span(doc, 8, 13, "METRIC")
        p.remove_span(removed.id)
    sql(path, "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    with Project.open(path, annotator="alice") as p:
        assert p.add_span(doc, 14, 18, "METRIC").id == removed.id  # given again
    sql(path, "UPDATE meta SET value = '999' WHERE key = 'ids_kept_since_event'")
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "ids_kept_since_event (999)" in err and "edited by hand" in err, err
