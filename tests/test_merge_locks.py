"""A merge holds the project's write lock only to write: the other files and
the project are checked before it is taken, and what happens between the two
(a curator's keys, a tampered file, a rewritten history) is kept or refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project, Suggestion
from models.errors import IntegrityError, Message
from models.progress import NoProgress
from models.review.merge import merge_projects, prepare_merge
from models.store.verify import verify_since
from tests.test_review_fixtures import build_two_annotators, counts, load_seeds

GUARDS = (
    "DROP TRIGGER IF EXISTS events_append_only_update;"
    "DROP TRIGGER IF EXISTS events_append_only_delete;"
)


@pytest.fixture
def laptops(tmp_path):
    """A: gold and bob on documents 0-2. B (another project): carol on
    documents 2-4 (document 2 in both), partly from suggestions."""
    docs = load_seeds()
    a, _ = build_two_annotators(tmp_path / "a.biaozhu", docs[:3])
    b = Project.create(tmp_path / "b.biaozhu", annotator="carol")
    for doc in docs[2:5]:
        doc_id, _ = b.add_document(doc["text"], doc_id=doc["id"])
        spans = doc["spans"]
        b.store_suggestions(
            doc_id,
            [
                Suggestion(s["start"], s["end"], s["label"], s["text"], 0.75, "lexicon", "7")
                for s in spans[:4]
            ],
        )
        b.accept_suggestion(b.suggestions(doc_id, "carol")[0].id, annotator="carol")
        for s in spans[4:20]:
            b.add_span(doc_id, s["start"], s["end"], s["label"], annotator="carol")
        b.set_status(doc_id, "done", annotator="carol")
    b.close()
    yield a, tmp_path / "b.biaozhu", docs
    a.close()


def lock_free(path: Path) -> bool:
    """Whether another writer gets the write lock at once (SQLite's own test)."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    else:
        conn.execute("ROLLBACK")
        return True
    finally:
        conn.close()


def raw(path: Path, sql: str, *params) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if params:
            conn.execute(sql, params)
        else:
            conn.executescript(sql)
    finally:
        conn.close()


class LockProbe(NoProgress):
    """At each step's start, whether another writer could write the project."""

    def __init__(self, path: Path):
        self.path = path
        self.steps: list[tuple[str, bool]] = []

    def start(self, total: int, what: Message | str) -> None:
        self.steps.append((str(what), lock_free(self.path)))


def test_checks_before_the_write_lock(laptops):
    a, b_path, _ = laptops
    probe = LockProbe(a.path)
    reports, check = merge_projects(a, [b_path], probe)
    assert check.ok and reports[0].changed
    checks = [free for what, free in probe.steps if what.startswith("check ")]
    # the other file, then the project: both checked with the lock free
    assert checks == [True, True]
    # the writing itself holds it
    assert ("merge b.biaozhu", False) in probe.steps
    assert a.verify().ok


def test_a_write_between_checking_and_merging_is_kept(laptops):
    a, b_path, docs = laptops
    with prepare_merge(a, [b_path]) as plan:
        assert lock_free(a.path)
        with Project.open(a.path, annotator="dave") as window:  # a curator's keys
            window.set_status(docs[0]["id"], "in_progress")
            shared = docs[2]["id"]  # the document the merge brings carol's work to
            span = docs[2]["spans"][0]
            window.add_span(shared, span["start"], span["end"], span["label"])
        reports, check = plan.apply()
    assert check.ok, check.problems
    assert reports[0].spans_added
    assert a.status(docs[0]["id"], "dave") == "in_progress"
    assert [(s.start, s.end) for s in a.annotations(shared, "dave")] == [
        (span["start"], span["end"])
    ]
    whole = a.verify()
    assert whole.ok, whole.problems
    assert whole.head == check.head


def test_a_history_rewritten_between_checking_and_merging_is_refused(laptops):
    a, b_path, _ = laptops
    before = counts(a)
    with prepare_merge(a, [b_path]) as plan:
        last = a.conn.execute("SELECT max(id) FROM events").fetchone()[0]
        raw(a.path, GUARDS)
        raw(a.path, "DELETE FROM events WHERE id = ?", last)
        with pytest.raises(IntegrityError, match="nothing was merged: .*truncated or rewritten"):
            plan.apply()
    after = counts(a)
    assert after["documents"] == before["documents"]
    assert after["events"] == before["events"] - 1  # only the deletion


def test_a_row_edited_between_checking_and_merging_in_a_merged_document_is_refused(laptops):
    a, b_path, docs = laptops
    before = counts(a)
    shared = docs[2]["id"]
    with prepare_merge(a, [b_path]) as plan:
        raw(
            a.path,
            "UPDATE annotations SET label = 'POLICY'"
            " WHERE id = (SELECT min(id) FROM annotations WHERE doc_id = ? AND label != 'POLICY')",
            shared,
        )
        with pytest.raises(IntegrityError, match="nothing was merged: the result would not verify"):
            plan.apply()
    assert counts(a) == before


def test_the_other_file_is_merged_as_it_was_checked(laptops):
    """What is written to the other file after it was checked (its laptop's
    window going on, or a tamper) is not what is merged: its snapshot is."""
    a, b_path, docs = laptops
    with Project.open(b_path) as b:
        carol = sorted((s.start, s.end, s.label) for s in b.annotations(docs[3]["id"], "carol"))
    with prepare_merge(a, [b_path]) as plan:
        with Project.open(b_path, annotator="carol") as b:
            b.add_document("检查之后才加入的一篇文章。", doc_id="late")
        raw(b_path, "UPDATE annotations SET label = 'POLICY' WHERE annotator = 'carol'")
        reports, check = plan.apply()
    assert check.ok, check.problems
    assert "late" not in a.document_ids()
    merged = sorted((s.start, s.end, s.label) for s in a.annotations(docs[3]["id"], "carol"))
    assert merged == carol
    assert a.verify().ok


def test_verify_since_checks_the_documents_changed_since_the_head(laptops):
    a, _, docs = laptops
    head = a.verify().head
    span = docs[1]["spans"][0]
    a.add_span(docs[1]["id"], span["start"], span["end"], span["label"], annotator="erin")
    assert verify_since(a.conn, head).ok
    # a row of a document written since the head, edited without an event
    raw(
        a.path,
        "UPDATE annotations SET label = 'POLICY' WHERE annotator = 'erin'",
    )
    found = verify_since(a.conn, head)
    assert not found.ok and "annotations row" in str(found.problems[0])
    assert not a.verify().ok


def test_cli_merge_refuses_a_project_that_does_not_verify(laptops, capsys):
    a, b_path, docs = laptops
    raw(a.path, "UPDATE annotations SET label = 'POLICY' WHERE annotator = 'bob'")
    before = counts(a)
    assert main(["merge", str(a.path), str(b_path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was merged: the result would not verify" in err
    assert counts(a) == before


def test_an_event_that_cannot_be_copied_exactly_is_refused_and_nothing_is_written(laptops):
    """Checked before the lock, refused under it: nothing of the merge stays."""
    from models.store.triggers import GUARDS as TRIGGERS
    from tests.test_tamper import rechain

    a, b_path, _ = laptops
    conn = sqlite3.connect(b_path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        # the same JSON, not in the canonical form (a space after a colon)
        conn.execute(
            "UPDATE events SET after = replace(after, '\"role\":', '\"role\": ')"
            " WHERE id = (SELECT min(id) FROM events WHERE after LIKE '%\"role\":%')"
        )
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))  # the guards back: it verifies
    finally:
        conn.close()
    before = counts(a)
    with pytest.raises(IntegrityError, match="cannot be copied exactly"):
        merge_projects(a, [b_path])
    assert counts(a) == before
