"""A table Biaozhu makes taken out of a project, or the file's record of its
schema steps cut short, with ``sqlite3``.

- ``DROP TABLE merge_conflicts`` on a project holding an open conflict (the
  other laptop's spans a reviewer has still to settle): ``biaozhu verify``
  said "ok" and ``biaozhu conflicts`` "No merge conflicts", the reviewer's
  work gone without a word; verify compared the conflicts only when the
  table was there.
- ``DROP TABLE learned_models`` (or renaming it) on a project with a trained
  model: verify said "ok"; ``biaozhu models`` then failed with "database: no
  such table: learned_models".
- ``DROP TABLE suggestion_audience``: verify said "ok"; every later read of
  the suggestions failed with "database: no such table".
- The schema steps' record cut back to its first two steps: verify said
  "ok", and the next write ran the later steps again over the tables they
  had made: "database: table suggestion_audience already exists".

Each is now refused at opening, by every command, in one line naming the
table (or the step), with the file unchanged.

Tried and held (``biaozhu verify`` named them, or they change nothing
Biaozhu relies on): a span's text, offsets or label changed in the table;
an event's payload, time, annotator or action changed, two events swapped,
the last or a middle event deleted, with and without the chain recomputed
after (a middle one renumbered too); an event forged at the end; a decided
suggestion's score and source; a document's text and title; the project id;
``labels_version`` made no count; the guards dropped; a step of a newer
version recorded; the whole record deleted; VACUUM (with another page
size too); ``PRAGMA user_version``/``application_id``; ``ANALYZE`` with
false statistics; an event's ``prev_hash`` or hash edited; a file's own
event made to look merged; a table made non-STRICT with integers stored as
text or reals (its affinity stores them back as integers). Left, as the
README says they are not proven: the creation stamp in ``meta``, the times
the tables keep beside the history's (``documents.created``,
``decisions.time``, ``doc_status.updated``), the audience of pending
suggestions, an index Biaozhu does not make (it cannot change what is
stored; a UNIQUE one can refuse a write, which is then refused in one line
with nothing saved)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.review.conflicts import conflicts
from models.review.merge import merge_project
from tests.conftest import shared_path
from tests.test_verify_before import store_two_models


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """Six articles of the news gold imported as alice's to-do layer, bob's
    decisions on suggestions, a trained model stored, and an open merge
    conflict in carol's layer (her edits on a copy and here differ)."""
    folder = tmp_path_factory.mktemp("schema")
    gold = folder / "gold.jsonl"
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    path = folder / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--status", "todo", "--annotator", "alice"]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "carol"]) == 0
    assert main(["suggest", "--project", str(path)]) == 0
    with Project.open(path, annotator="bob") as p:
        doc = p.document_ids()[0]
        pending = p.suggestions(doc, "bob", status="pending")
        p.accept_suggestion(pending[0].id, annotator="bob")
        p.reject_suggestion(pending[1].id, annotator="bob")
        store_two_models(p)
    copy = folder / "copy.biaozhu"
    shutil.copy(path, copy)
    for place, nth in ((path, 0), (copy, 1)):
        with Project.open(place, annotator="carol") as p:
            span = p.annotations(doc, "carol")[nth]
            p.remove_span(span.id, annotator="carol")
    with Project.open(path, annotator="carol") as p:
        assert merge_project(p, copy).conflicts
        assert conflicts(p)
        assert p.verify().ok
    return path


def tampered(original: Path, tmp_path: Path, *sql: str) -> Path:
    path = tmp_path / "t.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


COMMANDS = (
    ["verify"],
    ["conflicts"],
    ["models"],
    ["stats"],
    ["history"],
    ["role", "-", "zed", "reviewer", "--create"],
)


def refused_everywhere(path: Path, capsys, named: str) -> None:
    """Every command refuses the file in one line naming ``named``, exit 1,
    and the file is unchanged."""
    before = digest(path)
    for command in COMMANDS:
        args = [command[0], str(path), *command[2:]] if len(command) > 1 else [*command, str(path)]
        assert main(args) == 1, command
        captured = capsys.readouterr()
        err = captured.err.strip().splitlines()
        assert len(err) == 1, (command, captured.err)
        assert named in err[0], (command, err[0])
        assert "no such table" not in err[0]
    assert digest(path) == before


@pytest.mark.parametrize(
    "table,sql",
    [
        ("merge_conflicts", "DROP TABLE merge_conflicts"),
        ("learned_models", "DROP TABLE learned_models"),
        ("learned_models", "ALTER TABLE learned_models RENAME TO kept_aside"),
        ("suggestion_audience", "DROP TABLE suggestion_audience"),
        ("decisions", "DROP TABLE decisions"),
    ],
)
def test_a_table_taken_out_is_refused_naming_it(original, tmp_path, capsys, table, sql):
    path = tampered(original, tmp_path, sql)
    refused_everywhere(path, capsys, f"{table} table is missing")


def test_a_table_replaced_by_a_view_is_still_named_as_a_view(original, tmp_path, capsys):
    """The check of views (tests/test_audit3_views.py) still comes first."""
    path = tampered(
        original,
        tmp_path,
        "ALTER TABLE learned_models RENAME TO kept_aside",
        "CREATE VIEW learned_models AS SELECT * FROM kept_aside",
    )
    assert main(["verify", str(path)]) == 1
    assert "learned_models is a view" in capsys.readouterr().err


@pytest.mark.parametrize("cut", [("0003_suggestion_audience", "0004_ids_never_reused")])
def test_a_record_of_schema_steps_cut_short_is_refused(original, tmp_path, capsys, cut):
    marks = ", ".join(f"'{step}'" for step in cut)
    path = tampered(original, tmp_path, f"DELETE FROM _sqlite_migrations WHERE name IN ({marks})")
    refused_everywhere(path, capsys, "0003_suggestion_audience")
    assert main(["import", str(path), str(shared_path("gold", "news-train.jsonl"))]) == 1
    assert "already exists" not in capsys.readouterr().err


def test_a_record_that_lost_only_its_last_step_still_opens(original, tmp_path, capsys):
    """Step 4 rebuilds two tables outside a transaction and is recorded after:
    a process killed between the two leaves its tables made and its record
    missing, which the next write completes (nothing to do but the record).
    Nothing was written since (the step runs before the opening writes): the
    step's own record of the last event before it is the last event. With
    events since, the record was cut by hand (tests/test_attack5_schema_record.py)."""
    path = tampered(
        original,
        tmp_path,
        "DELETE FROM _sqlite_migrations WHERE name = '0004_ids_never_reused'",
        "UPDATE meta SET value = (SELECT CAST(max(id) AS TEXT) FROM events)"
        " WHERE key = 'ids_kept_since_event'",
    )
    assert main(["verify", str(path)]) == 0
    assert main(["role", str(path), "zed", "reviewer", "--create"]) == 0
    assert main(["verify", str(path)]) == 0


def test_the_untouched_project_opens_everywhere(original, tmp_path, capsys):
    path = tampered(original, tmp_path)
    for command in COMMANDS[:-1]:
        assert main([*command, str(path)]) == 0, command


def test_the_tables_each_step_makes_are_the_ones_checked(tmp_path):
    """TABLES_OF_STEP is what schema.py's steps make, step by step (the
    search index's tables aside)."""
    from models.store.connection import MIGRATION_NAMES, TABLES_OF_STEP

    def tables(stop: str | None) -> set[str]:
        path = tmp_path / f"{stop}.biaozhu"
        Project.create(path, _stop_before=stop).close()
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {r[0] for r in rows if not r[0].startswith(("documents_fts", "sqlite_"))}
        finally:
            conn.close()

    made = {"_sqlite_migrations"}
    for step, after in zip(MIGRATION_NAMES, (*MIGRATION_NAMES[1:], None), strict=True):
        now = tables(after)
        assert now - made == set(TABLES_OF_STEP.get(step, ())), step
        made = now
