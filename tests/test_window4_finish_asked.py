"""``bulk.finish_document(asked=…)``: a suggestion is marked rejected only
by a decision the curator made on it, or by a finishing of the document
that asked about it pending (the window's Ctrl+D). One pending that the
finishing did not ask about (a Shift+A cancelled after the key, a
suggestion another program made pending again) refuses it, nothing
changed: neither the status nor a decision nor an event. On a real
news-train article, suggested."""

from __future__ import annotations

import pytest

from models import Project
from models.store import bulk
from tests.conftest import news_train_article

DOC = "news"


@pytest.fixture
def project(tmp_path):
    from models.suggest.project import suggest_project

    with Project.create(tmp_path / "p.biaozhu", annotator="tester") as store:
        store.add_document(news_train_article()["text"], doc_id=DOC)
        suggest_project(store)
        assert len(store.suggestions(DOC, "tester", status="pending")) >= 3
        yield store


def pending(store) -> list[int]:
    return [s.id for s in store.suggestions(DOC, "tester", status="pending")]


def held(store) -> tuple:
    return (
        store.status(DOC, "tester"),
        [(s.id, s.status) for s in store.suggestions(DOC, "tester")],
        len(store.history()),
    )


def test_a_pending_suggestion_not_asked_about_refuses_it_changing_nothing(project):
    ids = pending(project)
    before = held(project)
    with pytest.raises(bulk.NotAsked) as refused:
        bulk.finish_document(project, DOC, "tester", asked=ids[1:])
    assert "1 pending suggestion was not asked about" in str(refused.value)
    assert held(project) == before
    assert project.verify().ok


def test_it_rejects_what_it_asked_about_and_what_was_decided_meanwhile_stays(project):
    ids = pending(project)
    project.accept_suggestion(ids[0], annotator="tester")  # meanwhile
    rejected = bulk.finish_document(project, DOC, "tester", asked=ids)
    assert sorted(rejected) == sorted(ids[1:])
    assert project.status(DOC, "tester") == "done"
    statuses = {s.id: s.status for s in project.suggestions(DOC, "tester")}
    assert statuses[ids[0]] == "accepted"
    assert {statuses[i] for i in ids[1:]} == {"rejected"}


def test_without_asked_every_pending_one_is_rejected_as_before(project):
    ids = pending(project)
    assert sorted(bulk.finish_document(project, DOC, "tester")) == sorted(ids)
