"""Whose layer is a document's gold when several marked it done (the first
to mark it done; among reviewers, the first reviewer) is read from the
history's order, not from the status rows' stored times: after a time sync
set the clock back between alice's Ctrl+D and bob's, bob's done looked the
earlier and his layer became the gold (exports, training, the evidence),
though alice finished first. On a real news-train article; the clock is
the laptop's (``tests.test_attack3_clock``)."""

from __future__ import annotations

import pytest

from models import Project
from tests.conftest import news_train_article
from tests.test_attack3_clock import clock  # noqa: F401  (the fixture)

DOC = "news"


@pytest.fixture
def project(tmp_path):
    article = news_train_article()
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as store:
        store.add_document(article["text"], doc_id=DOC)
        spans = sorted(article["spans"], key=lambda s: s["start"])
        for who, part in (("alice", spans[:2]), ("bob", spans[1:3]), ("rita", spans[:3])):
            for s in part:
                store.add_span(DOC, s["start"], s["end"], s["label"], annotator=who)
        yield store


def test_the_first_to_finish_is_the_gold_whatever_the_clock_says(project, clock):  # noqa: F811
    project.set_status(DOC, "in_progress", annotator="bob")  # bob began first
    project.set_status(DOC, "done", annotator="alice")
    clock.jump(hours=-3)  # a time sync sets the clock back
    project.set_status(DOC, "done", annotator="bob")
    assert dict(project.gold_layers()) == {DOC: "alice"}
    # and a reopening and finishing again puts alice after bob
    project.set_status(DOC, "in_progress", annotator="alice")
    clock.jump(hours=-3)
    project.set_status(DOC, "done", annotator="alice")
    assert dict(project.gold_layers()) == {DOC: "bob"}
    assert project.verify().ok


def test_the_first_reviewer_to_finish_whatever_the_clock_says(project, clock):  # noqa: F811
    project.set_role("rita", "reviewer")
    project.set_role("alice", "reviewer")
    project.set_status(DOC, "done", annotator="bob")
    project.set_status(DOC, "done", annotator="rita")
    clock.jump(hours=-3)
    project.set_status(DOC, "done", annotator="alice")
    assert dict(project.gold_layers()) == {DOC: "rita"}
    assert project.verify().ok
