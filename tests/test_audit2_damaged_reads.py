"""A project edited behind the history's back with `sqlite3` (an event's
JSON made malformed, a span moved past its document's text): `history` and
`agreement` say in one line which event or document is damaged and point at
`biaozhu verify`, exit 1, and change nothing; before, they ended with
"unexpected JSONDecodeError" / "unexpected IndexError"."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from models import Project
from models.store.triggers import GUARDS

CLI = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())"]
# Sentences written for these tests.
TEXT = "记者从星海电子集团获悉，新厂房已经投产。"


def biaozhu(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def two_annotators(path: Path) -> str:
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document(TEXT)
        start = TEXT.index("星海")
        for who in ("alice", "bob"):
            project.add_span(doc, start, start + 6, "COMPANY", annotator=who)
            project.set_status(doc, "done", annotator=who)
    return doc


def test_history_names_the_event_whose_json_was_damaged(tmp_path):
    path = tmp_path / "p.biaozhu"
    two_annotators(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript("DROP TRIGGER events_append_only_update")
        (eid,) = conn.execute(
            "SELECT id FROM events WHERE action = 'span.added' LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE events SET after = '{\"start\": 6,' WHERE id = ?", (eid,))
        conn.executescript(GUARDS["events_append_only_update"])
        conn.commit()
    before = digest(path)
    for args in ([], ["--json"], ["--format", "csv", "--out", tmp_path / "h.csv"]):
        done = biaozhu("history", path, *args)
        assert done.returncode == 1, done
        assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
        (line,) = done.stderr.splitlines()
        assert line.startswith("biaozhu: error: ")
        assert f"event {eid}" in line and "biaozhu verify" in line
    assert not (tmp_path / "h.csv").exists()
    assert digest(path) == before


def test_agreement_names_the_document_whose_span_lies_past_its_text(tmp_path):
    path = tmp_path / "p.biaozhu"
    doc = two_annotators(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE annotations SET end_pos = ? WHERE annotator = 'bob'", (len(TEXT) + 40,)
        )
        conn.commit()
    before = digest(path)
    for args in ([], ["--json"]):
        done = biaozhu("agreement", path, *args)
        assert done.returncode == 1, done
        assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
        (line,) = done.stderr.splitlines()
        assert line.startswith("biaozhu: error: ")
        assert doc in line and "biaozhu verify" in line
    assert digest(path) == before
