"""A span's or a suggestion's id is never given to another (README, "The
project file"): a window that acts on a span another process removed is
refused instead of deleting the span that took its id. SQLite keeps that
promise with AUTOINCREMENT's counters in ``sqlite_sequence``, a table any
``sqlite3`` may write, and no event guards it. Lowering a counter (or
deleting it, or taking AUTOINCREMENT out of a table's definition with
``writable_schema``) passed ``biaozhu verify`` ("ok"); the next span then
took the id of the last one removed, and verify still said "ok", with two
spans of one id in the history (``history --span`` follows both).

verify now holds each counter to the largest id the table holds and the
history gave (the spans its events added, the suggestions its decisions
named), the two tables to AUTOINCREMENT, and names a span id the history
gave twice; a project created before ids were never given again (schema 4)
may have given one twice before its step 4: that is a gap, not a problem."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import IntegrityError
from models.store.history import dumps
from models.store.triggers import GUARDS as TRIGGERS
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS, rechain

TEXT = "比亚迪2024年营收7771亿元，同比增长29%。宁德时代营收3620亿元。"


def copy_of(original: Path, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "t.biaozhu"
    shutil.copy(original, path)
    return path


def top_span_removed(path: Path) -> int:
    """bob adds a span and removes it: the largest id given is no row's now."""
    with Project.open(path, annotator="bob") as p:
        doc = p.document_ids()[0]
        text = p.document_text(doc)
        start = text.index("。") + 1
        span = p.add_span(doc, start, start + 2, "COMPANY", annotator="bob")
        p.remove_span(span.id, annotator="bob")
    return span.id


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def first_error(capsys, path: Path) -> str:
    assert main(["verify", str(path)]) == 1
    return capsys.readouterr().err.splitlines()[0]


def test_a_lowered_span_counter_is_named(original, tmp_path, capsys):  # noqa: F811
    path = copy_of(original, tmp_path)
    removed = top_span_removed(path)
    assert main(["verify", str(path)]) == 0
    sql(path, "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    error = first_error(capsys, path)
    assert "annotations" in error and str(removed) in error, error
    assert "given again" in error, error


def test_a_deleted_counter_is_named(original, tmp_path, capsys):  # noqa: F811
    path = copy_of(original, tmp_path)
    top_span_removed(path)
    sql(path, "DELETE FROM sqlite_sequence")
    assert "given again" in first_error(capsys, path)


def test_a_lowered_suggestion_counter_is_named(original, tmp_path, capsys):  # noqa: F811
    path = copy_of(original, tmp_path)
    sql(path, "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'suggestions'")
    error = first_error(capsys, path)
    assert "suggestions" in error and "given again" in error, error


def test_autoincrement_taken_out_of_a_table_is_named(original, tmp_path, capsys):  # noqa: F811
    path = copy_of(original, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (table,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'annotations'"
        ).fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'annotations'",
            (table.replace(" AUTOINCREMENT", ""),),
        )
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()
    error = first_error(capsys, path)
    assert "annotations" in error and "AUTOINCREMENT" in error, error


def test_an_id_given_twice_is_named_after_the_counter_caught_up(
    original,  # noqa: F811
    tmp_path,
    capsys,
    monkeypatch,
):
    """The counter lowered, then a Biaozhu that did not refuse such a file
    gave the removed span's id to a new span: the counter is past every id
    again, but the history holds two spans of one id."""
    path = copy_of(original, tmp_path)
    removed = top_span_removed(path)
    sql(path, "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    monkeypatch.setattr("models.store.project.refuse_lowered_counter", lambda *args: None)
    with Project.open(path, annotator="bob") as p:
        doc = p.document_ids()[1]
        again = p.add_span(doc, 0, 2, "COMPANY", annotator="bob")
    assert again.id == removed  # what SQLite does with the counter lowered
    error = first_error(capsys, path)
    assert f"span id {removed}" in error and "twice" in error, error


def test_the_untouched_project_verifies_ok(original, tmp_path, capsys):  # noqa: F811
    path = copy_of(original, tmp_path)
    top_span_removed(path)
    assert main(["verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def recorded_as_schema_3(path) -> None:
    """The project's creation event as the Biaozhu of schema 3 recorded it
    (this one records its own schema), the chain rehashed around it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'project.created'"
        ).fetchone()
        conn.executescript(GUARDS)
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'project.created'",
            (dumps(json.loads(after) | {"schema": 3}),),
        )
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))
    finally:
        conn.close()


@pytest.fixture
def legacy(tmp_path) -> tuple[Path, int]:
    """A project made before ids were never given again: its span id given
    to a second span after the first was removed, then migrated."""
    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice", _stop_before="0004_ids_never_reused") as old:
        doc, _ = old.add_document(TEXT)
        first = old.add_span(doc, 0, 3, "COMPANY")
        old.remove_span(first.id)
        second = old.add_span(doc, 24, 28, "COMPANY")
        assert second.id == first.id
    recorded_as_schema_3(path)
    with Project.open(path, annotator="alice") as p:  # migrated to schema 4
        p.add_span(doc, 8, 13, "METRIC")
    return path, first.id


def test_an_id_given_twice_before_step_4_is_a_gap(legacy, capsys):
    path, _ = legacy
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verified, except"), out
    assert "given twice" in out, out


def test_the_created_schema_cannot_be_claimed_older_unseen(tmp_path, capsys):
    """The exemption rests on the schema project.created recorded (hashed in
    the chain), not on a row anyone may edit: a project created at schema 4
    whose step 4 is recorded later than its creation still has its counter held."""
    fresh = tmp_path / "fresh.biaozhu"
    with Project.create(fresh, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        span = p.add_span(doc, 0, 3, "COMPANY")
        p.remove_span(span.id)
    sql(
        fresh,
        "UPDATE _sqlite_migrations SET applied_at = '2099-01-01 00:00:00.000000+00:00'",
        "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'",
    )
    assert "given again" in first_error(capsys, fresh)


def test_a_counter_lowered_after_step_4_is_named_in_an_older_project(legacy, capsys):
    path, _ = legacy
    removed = top_span_removed(path)
    sql(path, "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    error = first_error(capsys, path)
    assert f"id {removed} was given already" in error, error


def test_a_lowered_counter_is_refused_for_writing(original, tmp_path, capsys):  # noqa: F811
    """Before anything is written, as a foreign trigger is: the next span would
    take the removed span's id. Reading (and verify) still works."""
    path = copy_of(original, tmp_path)
    removed = top_span_removed(path)
    sql(path, "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    before = path.read_bytes()
    assert main(["role", str(path), "zed", "reviewer", "--create"]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "counter of span ids" in line and f"span {removed}" in line, line
    assert path.read_bytes() == before
    assert main(["stats", str(path)]) == 0
    with pytest.raises(IntegrityError):
        Project.open(path, annotator="bob")


def test_an_older_project_is_not_refused_for_writing(legacy, capsys):
    """Created before ids were kept, its counter was set by step 4 from the
    spans it then held: ids given before may be above it."""
    path, _ = legacy
    assert main(["role", str(path), "zed", "reviewer", "--create"]) == 0
