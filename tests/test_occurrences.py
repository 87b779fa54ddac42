"""A name accepted once is offered, to the curator who accepted it, wherever
else it occurs; the offer belongs to the action, so undoing the action
withdraws it; and it can be accepted everywhere at once."""

from __future__ import annotations

import pytest

from models import Suggestion
from models.learn.occurrences import (
    accept_everywhere,
    documents_with,
    new_token,
    offer_elsewhere,
)
from models.store import bulk

NAME = "江西铜博科技有限公司"


@pytest.fixture
def names(project):
    first, _ = project.add_document(f"{NAME}今年营收18亿元。")
    second, _ = project.add_document(f"记者走进{NAME}车间。{NAME}扩产。")
    third, _ = project.add_document("与此无关的一篇文章。")
    project.ensure_annotator("bob")
    return project, first, second, third


def offered(project, ann, token: str | None = None) -> int:
    """How many places accepting ``ann`` offers in the other documents, as
    the window's background offer does (``offer_elsewhere``)."""
    made = offer_elsewhere(project, ann, token or new_token())
    return sum(len(places) for places in made.values())


def pending(project, doc, who):
    return [(s.start, s.text, s.source) for s in project.suggestions(doc, who, status="pending")]


def test_accepting_a_company_offers_its_other_occurrences(names):
    project, first, second, third = names
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    assert offered(project, ann) == 2
    assert pending(project, second, "alice") == [(4, NAME, "occurrence"), (17, NAME, "occurrence")]
    assert project.suggestions(third) == []
    assert project.pending_counts("alice") == {second: 2}
    assert offered(project, ann) == 2  # a second offer of the same places
    assert len(project.suggestions(second, "alice")) == 2  # ... adds no duplicates
    done = accept_everywhere(project, NAME, "COMPANY", "alice", new_token())
    assert len(done.accepted) == 2 and done.docs == {second}
    assert [a.origin for a in project.annotations(second)] == ["accepted", "accepted"]
    assert project.verify().ok


def test_another_annotator_never_sees_nor_changes_the_offer(names):
    project, first, second, _ = names
    alice = project.add_span(first, 0, len(NAME), "COMPANY", annotator="alice")
    assert offered(project, alice, "a1") == 2
    # bob sees none of alice's offer, and nothing counts as pending for him
    assert project.suggestions(second, "bob") == []
    assert project.pending_counts("bob") == {}
    assert project.document_counts([second], "bob") == {second: ("todo", 0, 0)}
    # bob accepting the same name is offered the same places: shared, not altered
    bob = project.add_span(first, 0, len(NAME), "COMPANY", annotator="bob")
    assert offered(project, bob, "b1") == 2
    assert len(pending(project, second, "alice")) == len(pending(project, second, "bob")) == 2
    # bob rejecting one, then withdrawing his offer, leaves alice's as it was
    sugg = project.suggestions(second, "bob")[0]
    project.reject_suggestion(sugg.id, annotator="bob")
    bulk.withdraw_offer(project, "b1")
    assert len(pending(project, second, "alice")) == 2
    assert project.suggestions(second, "bob", status="pending") == []
    # a private suggestion is not someone else's to accept
    with pytest.raises(Exception, match="no suggestion"):
        project.accept_suggestion(project.suggestions(second, "alice")[1].id, annotator="carol")
    assert project.verify().ok


def test_withdrawing_an_offer_takes_back_exactly_what_it_offered(names):
    project, first, second, _ = names
    events = len(project.history())
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    offered(project, ann, "t1")
    taken, other = project.suggestions(second, "alice")
    project.accept_suggestion(taken.id)  # decided since: the curator's later work
    assert bulk.withdraw_offer(project, "t1") == {second: [other.id]}
    assert pending(project, second, "alice") == []
    assert [a.text for a in project.annotations(second)] == [NAME]  # the accepted one stays
    assert [s.status for s in project.suggestions(second, "alice")] == ["accepted"]
    assert project.suggestions(second, "bob") == []  # and stays alice's alone
    left = project.conn.execute("SELECT count(*) FROM suggestions").fetchone()[0]
    assert left == 1  # the undecided one is gone from the file, the decided one kept
    actions = [e.action for e in project.history()[events:]]
    assert "suggestions.offered" in actions and actions[-1] == "suggestions.withdrawn"
    assert bulk.withdraw_offer(project, "t1") == {}
    assert project.verify().ok


def test_an_offer_is_not_written_once_its_accept_was_undone(names):
    project, first, second, _ = names
    sugg = Suggestion(0, len(NAME), "COMPANY", NAME, 0.9, "rules", "1")
    project.store_suggestions(first, [sugg])
    sid = project.suggestions(first)[0].id
    ann = project.accept_suggestion(sid)
    project.undo_decision(sid)  # undone before the background offer ran
    assert offer_elsewhere(project, ann, "late") == {}
    assert project.suggestions(second, "alice") == []


def test_metrics_and_single_characters_are_not_propagated(project):
    doc, _ = project.add_document("营收18亿元,利润18亿元。")
    project.add_document("全年营收18亿元。")
    assert offered(project, project.add_span(doc, 2, 6, "METRIC")) == 0
    other, _ = project.add_document("营收增长。营收稳定。")
    assert offered(project, project.add_span(other, 0, 1, "COMPANY")) == 0
    assert project.pending_counts("alice") == {}


def test_the_offer_elsewhere_leaves_the_open_document_to_the_window(project):
    """The window offers the places in the document the curator is in
    itself (at once, with undo handles); the background offer must not
    offer them a second time."""
    first, _ = project.add_document("华润博雅生物扩产。华润博雅生物投产。")
    second, _ = project.add_document("华润博雅生物血液制品智能工厂主体完工。")
    ann = project.add_span(first, 0, 6, "COMPANY")
    assert list(offer_elsewhere(project, ann, new_token())) == [second]
    assert project.suggestions(first) == []
    assert project.document_counts([second]) == {second: ("todo", 0, 1)}


def test_offers_go_to_the_next_documents_first_and_are_bounded(project):
    ids = [project.add_document(f"第{n}篇：星海电子集团发布年报。")[0] for n in range(8)]
    ann = project.add_span(ids[5], 4, 10, "COMPANY")
    made = offer_elsewhere(project, ann, "t", limit=3)
    assert list(made) == [ids[6], ids[7], ids[0]]
    assert documents_with(project, "星海电子", starting_after=0) == ids
    # a bounded stretch of the documents after it, round to the start
    after = project.conn.execute("SELECT rowid FROM documents WHERE id = ?", (ids[5],)).fetchone()[
        0
    ]
    assert documents_with(project, "星海电子", starting_after=after, span=2) == ids[6:8]
    assert documents_with(project, "星海电子", starting_after=after, span=4) == ids[6:8] + ids[:2]


def test_a_suggester_run_makes_a_private_suggestion_everyones(names):
    project, first, second, _ = names
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    offered(project, ann, "t1")
    assert project.suggestions(second, "bob") == []
    start = 4
    project.store_suggestions(
        second, [Suggestion(start, start + len(NAME), "COMPANY", NAME, 0.8, "rules", "1")]
    )
    assert [s.start for s in project.suggestions(second, "bob")] == [start]
    # withdrawing alice's offer no longer takes it from anyone
    bulk.withdraw_offer(project, "t1")
    assert [s.start for s in project.suggestions(second, "alice")] == [start]


def test_free_places_are_the_occurrences_clear_of_every_span():
    import random

    from models.learn.occurrences import free_places, occurrences

    rng = random.Random(5)
    text = "".join(rng.choice("ab企业") for _ in range(2_000))
    for _ in range(30):
        taken = [(a, a + rng.randint(1, 6)) for a in rng.sample(range(1_990), 40)]
        expected = [
            s for s in occurrences(text, "企业") if not any(a < s + 2 and s < b for a, b in taken)
        ]
        assert free_places(text, "企业", taken) == expected


def test_the_store_finds_the_offers_a_span_made_from_the_history(names):
    """Removing a span accepted in an earlier session (no window remembers
    its offers): the store finds what it offered through the events that
    name it as ``from_span``, and the span it was restored from, never
    another span's or another annotator's offers."""
    project, first, second, _ = names
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    offered(project, ann, "t1")
    other = project.add_span(second, 4, 4 + len(NAME), "COMPANY")
    offered(project, other, "t2")
    bob = project.add_span(first, 0, len(NAME), "COMPANY", annotator="bob")
    offered(project, bob, "b1")
    assert bulk.offers_from_span(project, ann) == ["t1"]
    assert bulk.offers_from_span(project, bob) == ["b1"]
    # removed and restored under a new id: still the same span's offers
    record = project.remove_span(ann.id)
    back = project.restore_span(record)
    assert back.id != ann.id and bulk.offers_from_span(project, back) == ["t1"]
    # a withdrawn offer is no longer found
    bulk.withdraw_offer(project, "t1")
    assert bulk.offers_from_span(project, back) == []
    assert project.verify().ok


def test_a_document_its_annotator_finished_gets_no_offer_and_is_counted(project):
    """Offers landed in documents their curator had marked done: a finished
    document changed behind its curator's back, its list row pending again,
    and its pending suggestions read by the project's evidence as "not in
    the gold". A document the annotator finished is never offered into, nor
    accepted into by Shift+O (unless it is the one the curator is in), and
    what was left so is counted, for the window to say. Another annotator's
    finished document still gets this annotator's offer: it is their layer."""
    docs = [
        project.add_document(text)[0]
        for text in (
            f"{NAME}今年营收18亿元。",
            f"记者走进{NAME}车间。",
            f"{NAME}扩产。",
            f"{NAME}签约。",
            f"{NAME}是龙头。",
        )
    ]
    first, mine_done, open_doc, bobs_done, annotated_done = docs
    project.ensure_annotator("bob")
    project.set_status(mine_done, "done", annotator="alice")
    project.set_status(bobs_done, "done", annotator="bob")
    project.add_span(annotated_done, 0, len(NAME), "COMPANY", annotator="alice")
    project.set_status(annotated_done, "done", annotator="alice")  # nothing left to offer there
    ann = project.add_span(first, 0, len(NAME), "COMPANY", annotator="alice")

    made = offer_elsewhere(project, ann, new_token())
    assert set(made) == {open_doc, bobs_done}
    assert made.skipped == {mine_done}
    assert project.suggestions(mine_done, "alice") == []
    assert project.pending_counts("alice") == {open_doc: 1, bobs_done: 1}

    done = accept_everywhere(project, NAME, "COMPANY", "alice", new_token())
    assert done.docs == {open_doc, bobs_done} and done.skipped == {mine_done}
    assert project.annotations(mine_done, "alice") == []
    assert project.suggestions(mine_done, "alice") == []
    # the document the curator is in is taken even when finished
    done = accept_everywhere(project, NAME, "COMPANY", "alice", new_token(), here=mine_done)
    assert done.docs == {mine_done} and done.skipped == frozenset()
    assert [a.text for a in project.annotations(mine_done, "alice")] == [NAME]
    assert project.verify().ok


def test_what_is_counted_as_left_is_what_the_offer_or_shift_o_would_have_done(project):
    """A finished document where the name is a suggestion already was counted
    as left without an offer, which would have changed nothing there. The
    offer counts a place where no suggestion of the name stands; Shift+O also
    one whose suggestion is still pending, not one the curator rejected."""
    texts = [f"{NAME}今年营收18亿元。", f"记者走进{NAME}车间。", f"{NAME}扩产。"]
    first, pending_there, rejected_there = (project.add_document(t)[0] for t in texts)
    for doc, text in ((pending_there, texts[1]), (rejected_there, texts[2])):
        start = text.index(NAME)
        project.store_suggestions(
            doc, [Suggestion(start, start + len(NAME), "COMPANY", NAME, 0.9, "rules", "1", {})]
        )
        project.set_status(doc, "done", annotator="alice")
    bulk.finish_document(project, rejected_there, "alice")  # its suggestion rejected with it
    ann = project.add_span(first, 0, len(NAME), "COMPANY", annotator="alice")
    made = offer_elsewhere(project, ann, new_token())
    assert dict(made) == {} and made.skipped == frozenset()
    done = accept_everywhere(project, NAME, "COMPANY", "alice", new_token())
    assert done.accepted == [] and done.skipped == {pending_there}
