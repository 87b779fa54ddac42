"""A suggestion's latest decision is the one made last, by the history's
order, not the one whose stored time is latest: after a time sync set the
clock back between two curators' decisions on a suggestion, the later
decision still counts in its source's record (``project_source_evidence``,
which moves the next suggestions of that source). With the times compared,
an older accept outweighed a newer reject, so a rejected name kept being
offered with the accept's weight (and an older reject hid a newer accept).
On a real news-train article suggested by the project's suggester; the
clock is the laptop's (``tests.test_attack3_clock``)."""

from __future__ import annotations

import pytest

from models import Project
from models.learn.evidence import project_source_evidence
from models.suggest.project import suggest_project
from tests.conftest import news_train_article
from tests.test_attack3_clock import clock  # noqa: F401  (the fixture)

DOC = "news"


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as store:
        store.add_document(news_train_article()["text"], doc_id=DOC)
        suggest_project(store)
        yield store


def first_with_sources(store: Project):
    """A pending suggestion that names its sources, and those sources."""
    import json

    for s in store.suggestions(DOC, "alice", status="pending"):
        (attrs,) = store.conn.execute(
            "SELECT attrs FROM suggestions WHERE id = ?", (s.id,)
        ).fetchone()
        sources = json.loads(attrs or "{}").get("sources")
        if sources:
            return s, sources
    pytest.fail("no suggestion names its sources")


def record(store: Project, s, sources) -> dict:
    (version,) = store.conn.execute(
        "SELECT version FROM suggestions WHERE id = ?", (s.id,)
    ).fetchone()
    base = version.partition("+project-")[0]
    evidence = project_source_evidence(store, base)
    return {
        src: (evidence[(src, s.label)].accepted, evidence[(src, s.label)].rejected)
        for src in sources
    }


@pytest.mark.parametrize(
    "first, then, counted", [("accept", "reject", (0, 1)), ("reject", "accept", (1, 0))]
)
def test_the_decision_made_last_counts_after_the_clock_was_set_back(
    project,
    clock,  # noqa: F811
    first,
    then,
    counted,
):
    s, sources = first_with_sources(project)
    getattr(project, f"{first}_suggestion")(s.id, annotator="alice")
    clock.jump(hours=-5)  # a time sync sets the laptop's clock back
    getattr(project, f"{then}_suggestion")(s.id, annotator="bob")
    times = project.conn.execute(
        "SELECT annotator, time FROM decisions WHERE suggestion_id = ? ORDER BY rowid", (s.id,)
    ).fetchall()
    assert [a for a, _t in times] == ["alice", "bob"] and times[0][1] > times[1][1]
    # the other suggestions are pending in an unfinished document: only this one counts
    assert set(record(project, s, sources).values()) == {counted}
    assert project.verify().ok
