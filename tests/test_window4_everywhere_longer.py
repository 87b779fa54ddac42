"""Shift+O (``occurrences.accept_everywhere``) never offers nor accepts a
name inside a longer suggestion of its label the curator is shown
undecided in another document (README: 比亚迪 is not offered within a
suggested 比亚迪新材料公司, which the guideline takes whole), the rule an
accept's offers and the open article keep (``occurrences.Shown``).

On real news: 比亚迪 accepted in t1_zhengzhou_nev_cluster and accepted
everywhere; t1_xian_byd_cluster, suggested, shows 比亚迪汽车有限公司 at 609
pending. Before, Shift+O offered and accepted 比亚迪 at 609 inside it: gold
overlapping a name the curator had not decided on."""

from __future__ import annotations

import pytest

from models import Project
from models.learn import occurrences
from tests.conftest import news_train_texts

HERE, THERE = "t1_zhengzhou_nev_cluster", "t1_xian_byd_cluster"
NAME, LONGER = "比亚迪", "比亚迪汽车有限公司"


def articles() -> dict[str, str]:
    texts = news_train_texts()
    return {doc_id: texts[doc_id] for doc_id in (HERE, THERE)}


@pytest.fixture
def project(tmp_path):
    from models.suggest.project import suggest_project

    texts = articles()
    with Project.create(tmp_path / "byd.biaozhu", annotator="tester") as store:
        for doc_id in (HERE, THERE):
            store.add_document(texts[doc_id], doc_id=doc_id)
        suggest_project(store)
        longer = [
            s
            for s in store.suggestions(THERE, "tester", status="pending")
            if s.text == LONGER and s.label == "COMPANY"
        ]
        assert [s.start for s in longer] == [609]
        yield store


def inside(spans, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.text) for s in spans if a <= s.start and s.end <= b]


def test_accept_everywhere_leaves_a_name_inside_a_longer_pending_one(project):
    done = occurrences.accept_everywhere(
        project, NAME, "COMPANY", "tester", occurrences.new_token(), here=HERE
    )
    gold = project.annotations(THERE, "tester")
    # the name is taken at its other places in that article ...
    text = project.document_text(THERE)
    assert len([a for a in gold if a.text == NAME]) == text.count(NAME) - 1
    assert THERE in done.docs
    # ... but not inside the longer name, which stays pending, whole
    assert inside(gold, 609, 609 + len(LONGER)) == []
    rows = project.suggestions(THERE, "tester")
    assert [(s.start, s.status) for s in rows if s.text == LONGER] == [(609, "pending")]
    offered = [s for s in rows if s.source == occurrences.SOURCE]
    assert inside(offered, 609, 609 + len(LONGER)) == []
    assert project.verify().ok


def test_accept_in_documents_keeps_the_same_rule(project):
    occurrences.accept_in_documents(
        project, NAME, "COMPANY", "tester", occurrences.new_token(), [THERE], here=HERE
    )
    gold = project.annotations(THERE, "tester")
    assert [a for a in gold if a.text == NAME]
    assert inside(gold, 609, 609 + len(LONGER)) == []


def test_a_decided_longer_name_does_not_hold_the_name_back(project):
    """Once the curator rejected the longer name, 比亚迪 there is a name
    like any other: Shift+O takes it."""
    (longer,) = [s for s in project.suggestions(THERE, "tester") if s.text == LONGER]
    project.reject_suggestion(longer.id, annotator="tester")
    occurrences.accept_everywhere(
        project, NAME, "COMPANY", "tester", occurrences.new_token(), here=HERE
    )
    gold = project.annotations(THERE, "tester")
    assert inside(gold, 609, 609 + len(LONGER)) == [(609, 612, NAME)]
