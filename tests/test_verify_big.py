"""verify on a long history: the tables are compared with the replay a range
of documents at a time, so that its memory does not grow with the history
(the window checks every project on opening), and the results are those of
the whole file replayed at once."""

from __future__ import annotations

import shutil
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from models import Project, Suggestion
from models.io.importers import ImportOptions, import_paths
from models.store.history import HASHED_FIELDS, event_hash
from models.store.triggers import GUARDS
from models.store.verify import CHUNK_EVENTS, check_state, document_ranges
from tests.benchmarks.bench_all import write_exchange
from tests.benchmarks.bench_export import build_rows

TAMPERED_EVENT = 150_000


def gold_project(path: Path, count: int, spans: int) -> Path:
    """``count`` articles with ``spans`` gold spans through the real import
    path: every document, span and status has its event."""
    source = path.with_suffix(".jsonl")
    write_exchange(build_rows(count, spans), source)
    with Project.create(path, annotator="gold") as project:
        report = import_paths(project, [source], ImportOptions(annotator="gold"))
        assert not report.failed
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """A history of about 160,000 events on 4,000 articles."""
    path = gold_project(tmp_path_factory.mktemp("big") / "big.biaozhu", 4_000, 143_000)
    with Project.open(path, readonly=True) as project:
        assert project.chain_head().count > TAMPERED_EVENT + 5_000
    return path


def span_written_by(conn: sqlite3.Connection, eid: int) -> int:
    action, span = conn.execute(
        "SELECT action, json_extract(after, '$.id') FROM events WHERE id = ?", (eid,)
    ).fetchone()
    assert action == "span.added"
    return span


def test_a_row_edited_after_the_150000th_event_is_found(big, tmp_path):
    path = tmp_path / "edited.biaozhu"
    shutil.copy(big, path)
    conn = sqlite3.connect(path)
    span = span_written_by(conn, TAMPERED_EVENT)
    conn.execute("UPDATE annotations SET label = 'POLICY' WHERE id = ?", (span,))
    conn.commit()
    conn.close()
    with Project.open(path, readonly=True) as project:
        assert len(list(document_ranges(project.conn, CHUNK_EVENTS))) > 5
        report = project.verify()
    assert len(report.problems) == 1, report.problems
    assert str(report.problems[0]).startswith(f"annotations row {span} (gold, ")
    assert f"differs from event {TAMPERED_EVENT} (span.added)" in str(report.problems[0])
    assert "label 'POLICY' in the table" in str(report.problems[0])


def test_the_window_checks_a_history_of_more_than_100000_events(big, tmp_path):
    """The window skipped the check above 100,000 events (verify's memory grew
    with the history): the long-lived projects where tampering matters most."""
    from desktop.gui.jobs import verify_history

    class Running:
        def cancelled(self) -> bool:
            return False

    path = tmp_path / "edited.biaozhu"
    shutil.copy(big, path)
    with sqlite3.connect(path) as conn:
        span = span_written_by(conn, TAMPERED_EVENT)
        conn.execute("UPDATE annotations SET attrs = '{\"value\": 1}' WHERE id = ?", (span,))
    conn.close()
    with Project.open(path, readonly=True) as project:
        report = verify_history(project, Running())
    assert str(report.problems[0]).startswith(f"annotations row {span} ")
    assert f"event {TAMPERED_EVENT} (span.added)" in str(report.problems[0])


def test_the_150000th_event_rewritten_with_the_chain_recomputed_is_found(big, tmp_path):
    """What the 150,000th event says was done no longer matches the tables."""
    path = tmp_path / "rewritten.biaozhu"
    shutil.copy(big, path)
    with sqlite3.connect(path) as conn:
        span = span_written_by(conn, TAMPERED_EVENT)

    rewrite_from(path, TAMPERED_EVENT)
    with Project.open(path, readonly=True) as project:
        report = project.verify()
    assert report.problems == [
        report.problems[0]
    ] and f"differs from event {TAMPERED_EVENT} (span.added)" in str(report.problems[0])
    assert str(report.problems[0]).startswith(f"annotations row {span} ")
    assert "label 'METRIC' in the table, 'POLICY' in the history" in str(report.problems[0])


def rewrite_from(path: Path, eid: int) -> None:
    """Event ``eid`` relabels its span POLICY, every hash from it recomputed."""
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(
            "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;"
        )
    with conn:
        conn.execute(
            "UPDATE events SET after = json_set(after, '$.label', 'POLICY') WHERE id = ?", (eid,)
        )
        (prev,) = conn.execute("SELECT prev_hash FROM events WHERE id = ?", (eid,)).fetchone()
        rows = conn.execute(
            "SELECT id, " + ", ".join(HASHED_FIELDS) + " FROM events WHERE id >= ? ORDER BY id",
            (eid,),
        ).fetchall()
        for event, *values in rows:
            digest = event_hash(prev, dict(zip(HASHED_FIELDS, values, strict=True)))
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, event)
            )
            prev = digest
    conn.executescript(";".join(GUARDS.values()))
    conn.close()


def replay_peak(path: Path, chunk_events: int) -> int:
    """The most memory Python held while the tables were compared with the replay."""
    with Project.open(path, readonly=True) as project:
        tracemalloc.start()
        try:
            assert check_state(project.conn, [], chunk_events) == []
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_the_memory_of_the_comparison_does_not_grow_with_the_history(big, tmp_path):
    """Four times the history, the same memory (the whole state replayed at
    once held about 1 KB per event)."""
    small = gold_project(tmp_path / "small.biaozhu", 1_000, 36_000)
    chunk = 4_000
    small_peak, big_peak = replay_peak(small, chunk), replay_peak(big, chunk)
    assert big_peak < 1.5 * small_peak, (small_peak, big_peak)
    assert big_peak < 20_000_000, big_peak


# -- per range, what the whole file replayed at once finds -------------------------------


TEXTS = [
    "2024年,比亚迪抚州基地实现工业营收932.4亿元,同比增长13.7%。",
    "富联精密赣州工厂全年营收超400亿元、税收18亿元。",
    "高新区国投集团引入浦发银行经开支行,授信近3亿元。",
    "规上工业企业达322家,增加值增速10%左右。",
]


@pytest.fixture
def several(tmp_path) -> Path:
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        for text in TEXTS:
            doc, _ = p.add_document(text)
            numbers = [i for i, ch in enumerate(text) if ch in "元%家"]
            p.store_suggestions(
                doc,
                [
                    Suggestion(i - 2, i + 1, "METRIC", text[i - 2 : i + 1], 0.9, "rules", "1")
                    for i in numbers
                ],
            )
            pending = p.suggestions(doc, "alice", status="pending")
            p.accept_suggestion(pending[0].id)
            if len(pending) > 1:
                p.reject_suggestion(pending[1].id)
            p.add_span(doc, 0, 2, "COMPANY", annotator="bob")
            p.set_status(doc, "done")
    return path


TAMPERS = {
    "span moved to another document": "UPDATE annotations SET doc_id = (SELECT max(id) FROM"
    " documents) WHERE id = (SELECT min(id) FROM annotations)",
    "decided suggestion moved to another document": "UPDATE suggestions SET doc_id = (SELECT"
    " max(id) FROM documents) WHERE id = (SELECT min(suggestion_id) FROM decisions)",
    "suggestion of a decision deleted": "PRAGMA foreign_keys = OFF; DELETE FROM suggestions"
    " WHERE id = (SELECT min(suggestion_id) FROM decisions)",
    "span deleted": "DELETE FROM decisions; DELETE FROM annotations WHERE annotator = 'bob'",
    "span slipped in": "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label,"
    " text, origin, created, updated) SELECT id, 'bob', 2, 4, 'METRIC', substr(text, 3, 2),"
    " 'manual', 'x', 'x' FROM documents",
    "status changed": "UPDATE doc_status SET status = 'todo'",
    "decision changed": "UPDATE decisions SET decision = 'accepted' WHERE decision = 'rejected'",
}


@pytest.mark.parametrize("tamper", TAMPERS.values(), ids=TAMPERS.keys())
def test_each_range_finds_what_the_whole_file_finds(several, tamper):
    conn = sqlite3.connect(several, isolation_level=None)
    conn.executescript(tamper)
    conn.close()
    with Project.open(several, readonly=True) as project:
        whole = check_state(project.conn, [], 10**9)
        one_by_one = check_state(project.conn, [], 1)
        assert len(list(document_ranges(project.conn, 1))) == len(TEXTS)
        assert not project.verify().ok
    assert sorted(map(str, one_by_one)) == sorted(map(str, whole))
