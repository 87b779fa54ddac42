"""Paging the history through SQLite (what the window's whole-project history
reads): every filter and both orders give exactly the events of the plain
query, a page at a time, and a filter matching few events reads the id range
a bounded step per call instead of the whole table."""

from __future__ import annotations

import pytest

from models import Project
from models.store import history
from tests.test_review_fixtures import build_two_annotators, load_seeds

FILTERS = [
    {},
    {"annotator": "carol"},
    {"annotator": "nobody"},
    {"action": "span"},
    {"action": "doc.imported"},
    {"since": "2000-01-01T00:00:00.000000Z", "until": "2999-01-01T00:00:00.000000Z"},
    {"until": "2000-01-01T00:00:00.000000Z"},
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "p.biaozhu"
    docs = load_seeds()[:4]
    project, _ = build_two_annotators(path, docs)
    project.close()
    with Project.open(path, readonly=True) as opened:
        yield opened, docs


def read_all(project, limit, **query):
    ids, at, calls = [], None, 0
    while True:
        page = project.history_page(from_id=at, limit=limit, **query)
        assert len(page.events) <= limit
        ids += [e.id for e in page.events]
        at, calls = page.next_id, calls + 1
        if page.done:
            return ids, calls
        assert calls < 10_000


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("newest_first", [False, True])
def test_pages_hold_exactly_the_filtered_events(project, monkeypatch, filters, newest_first):
    store, docs = project
    monkeypatch.setattr(history, "SCAN_STEP", 7)  # many steps on a small history
    want = [e.id for e in store.history(**filters)]
    if newest_first:
        want.reverse()
    for limit in (1, 5, 1000):
        got, _calls = read_all(store, limit, newest_first=newest_first, max_scan=20, **filters)
        assert got == want
    doc = docs[1]["id"]
    got, _ = read_all(store, 3, newest_first=newest_first, doc_id=doc, **filters)
    want = [e.id for e in store.history(doc_id=doc, **filters)]
    assert got == (want[::-1] if newest_first else want)


def test_a_sparse_filter_reads_a_bounded_range_per_call(project, monkeypatch):
    store, _docs = project
    monkeypatch.setattr(history, "SCAN_STEP", 5)
    total = store.chain_head().count
    page = store.history_page(annotator="nobody", limit=10, max_scan=10)
    assert page.events == [] and not page.done and page.next_id == 10  # ids 1-10 read
    _ids, calls = read_all(store, 10, annotator="nobody", max_scan=10)
    assert calls == -(-total // 10)  # one call per 10 ids, never the whole table at once


def test_project_level_events_through_the_document_index(project):
    store, _docs = project
    for action in ("merge.completed", "annotator", "doc.imported", None):
        every = store.history(action=action)
        assert store.history(action=action, project_level=True) == [
            e for e in every if e.doc_id is None
        ]
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE doc_id IS NULL AND action = ?",
        ("merge.completed",),
    ).fetchall()
    assert "events_by_doc" in str(plan)  # not a scan of the whole history
