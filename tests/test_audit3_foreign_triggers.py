"""A project file carrying a trigger Biaozhu never made, opened to write:
a trigger whose recursive query never ends ran inside the first write of
`biaozhu import` (and of every key in the window), holding the project's
write lock until the process was killed; one that relabels each new span
rewrote the curator's work as it was saved. Such a file is refused for
writing in one line, at once and unchanged; `biaozhu verify` (read only)
still names the trigger."""

from __future__ import annotations

import sqlite3

import pytest

from models import Project
from models.errors import IntegrityError
from tests.test_audit3_views import cli

ENDLESS = (
    "CREATE TRIGGER slow AFTER INSERT ON events BEGIN SELECT count(*) FROM"
    " (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r); END"
)
QUIET = (
    "CREATE TRIGGER quiet AFTER INSERT ON annotations"
    " BEGIN UPDATE annotations SET label = 'POLICY' WHERE id = new.id; END"
)


def with_trigger(path, sql: str) -> bytes:
    with Project.create(path, annotator="alice") as p:
        p.add_document("比亚迪2024年营收932.4亿元。", doc_id="a")
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_import_into_a_file_with_an_endless_trigger_is_refused_at_once(tmp_path):
    path = tmp_path / "p.biaozhu"
    before = with_trigger(path, ENDLESS)
    txt = tmp_path / "b.txt"
    txt.write_text("宁德时代营收增长。", encoding="utf-8")
    done = cli("import", str(path), str(txt))
    assert done.returncode == 1
    assert done.stderr.startswith("biaozhu: error: ") and done.stderr.count("\n") == 1
    assert "trigger slow" in done.stderr, done.stderr
    assert path.read_bytes() == before
    named = cli("verify", str(path))
    assert named.returncode == 1 and "trigger slow on events" in named.stderr


def test_a_trigger_that_rewrites_spans_never_sees_a_write(tmp_path):
    path = tmp_path / "p.biaozhu"
    before = with_trigger(path, QUIET)
    with pytest.raises(IntegrityError, match="trigger quiet on annotations"):
        Project.open(path, annotator="alice")
    assert path.read_bytes() == before
    with Project.open(path, readonly=True) as p:  # reading it stays possible
        assert p.document_ids() == ["a"]
