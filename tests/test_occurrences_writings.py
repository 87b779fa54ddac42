"""A name accepted once is offered where another article writes it in the
other writing (比亚迪, 比亞迪), in that article's own characters; and
"accept everywhere" takes it in both writings."""

from __future__ import annotations

import pytest

from models.learn.occurrences import accept_everywhere, new_token, offer_elsewhere
from models.store import bulk

MAINLAND = "比亚迪公司今年销量增长，比亚迪股价上涨。"
HONG_KONG = "比亞迪公司公佈業績，股價上升。"
UNRELATED = "本地零售数据公布。"


@pytest.fixture
def news(project):
    ids = [project.add_document(text)[0] for text in (MAINLAND, HONG_KONG, UNRELATED)]
    return project, ids


def test_accepting_a_name_offers_it_where_another_article_writes_it_traditionally(news):
    project, (mainland, hong_kong, _unrelated) = news
    ann = project.add_span(mainland, 0, 3, "COMPANY")
    made = offer_elsewhere(project, ann, new_token())
    assert list(made) == [hong_kong]
    offered = project.suggestions(hong_kong, "alice", status="pending")
    assert [(s.start, s.end, s.text, s.label) for s in offered] == [(0, 3, "比亞迪", "COMPANY")]
    assert project.verify().ok


def test_accept_everywhere_takes_the_name_in_both_writings(news):
    project, (mainland, hong_kong, _unrelated) = news
    done = accept_everywhere(project, "比亚迪", "COMPANY", "alice", new_token())
    assert done.docs == {mainland, hong_kong}
    assert [a.text for a in project.annotations(hong_kong)] == ["比亞迪"]
    assert [a.text for a in project.annotations(mainland)] == ["比亚迪", "比亚迪"]
    assert project.verify().ok


def test_a_pending_offer_in_the_other_writing_is_accepted_everywhere(news):
    project, (mainland, hong_kong, _unrelated) = news
    ann = project.add_span(mainland, 0, 3, "COMPANY")
    offer_elsewhere(project, ann, new_token())
    done = accept_everywhere(project, "比亚迪", "COMPANY", "alice", new_token())
    assert [a.origin for a in project.annotations(hong_kong)] == ["accepted"]
    assert len(project.suggestions(hong_kong, "alice")) == 1  # the offer itself, no second one
    assert hong_kong in done.docs


def test_a_character_both_writings_share_is_only_itself_in_an_offer(project):
    # 後藤 (a Japanese surname) keeps its 後 in simplified news; 后 is
    # another character there, so 後藤电子 is never offered at 后藤电子,
    # while a Hong Kong article's 後藤電子 is the same firm
    first, _ = project.add_document("後藤电子今年扩产。")
    other, _ = project.add_document("后藤电子是另一家公司。")
    hong_kong, _ = project.add_document("後藤電子公佈業績。")
    ann = project.add_span(first, 0, 4, "COMPANY")
    made = offer_elsewhere(project, ann, new_token())
    assert list(made) == [hong_kong]
    assert project.suggestions(other, "alice") == []
    assert [s.text for s in project.suggestions(hong_kong, "alice")] == ["後藤電子"]


def test_undoing_the_accept_withdraws_the_offer_in_both_writings(project):
    mainland, _ = project.add_document("比亚迪今年扩产。")
    both, _ = project.add_document("比亚迪与比亞迪同在一篇。")
    ann = project.add_span(mainland, 0, 3, "COMPANY")
    token = new_token()
    made = offer_elsewhere(project, ann, token)
    assert {doc: sorted(places) for doc, places in made.items()} == {both: [0, 4]}
    assert [s.text for s in project.suggestions(both, "alice")] == ["比亚迪", "比亞迪"]
    bulk.withdraw_offer(project, token)
    assert project.suggestions(both, "alice") == []


def test_no_offer_in_either_writing_once_the_accept_was_undone(news):
    project, (mainland, hong_kong, _unrelated) = news
    ann = project.add_span(mainland, 0, 3, "COMPANY")
    project.remove_span(ann.id)  # undone before the background offer ran
    assert offer_elsewhere(project, ann, new_token()) == {}
    assert project.suggestions(hong_kong, "alice") == []


def test_the_history_names_the_accepted_span_an_offer_in_the_other_writing_came_from(news):
    # a reviewer auditing 比亞迪's offer must see which accept it came from,
    # as for an offer in the accepted span's own writing
    project, (mainland, hong_kong, _unrelated) = news
    ann = project.add_span(mainland, 0, 3, "COMPANY")
    offer_elsewhere(project, ann, new_token())
    offered = [e for e in project.history() if e.action == "suggestions.offered"]
    assert [(e.doc_id, e.after["text"], e.after["from_span"]) for e in offered] == [
        (hong_kong, "比亞迪", ann.id)
    ]
    assert project.verify().ok
