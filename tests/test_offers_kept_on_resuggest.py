"""Suggesting a document again keeps the names a curator's accept offered
there: the accept-everywhere offers (source ``occurrence``) are the
curator's own work carried to other places, not a suggester's output, and
vanished from a document the moment its suggestions were computed again
(the window's Tools → Suggest this document, ``biaozhu suggest --project``)."""

from __future__ import annotations

from models import Suggestion
from models.learn.occurrences import offer_elsewhere
from models.store import bulk
from models.suggest.project import suggest_project

# A short brand name none of the suggesters find, so that only the offer
# puts it on the second document.
NAME = "蓝鲸"
FIRST = f"{NAME}今年营收增长18亿元，{NAME}计划扩产。"
SECOND = f"记者从{NAME}获悉，新厂房已经投产，投资5亿元。"


def pending(project, doc, who="alice"):
    return [(s.start, s.text, s.source) for s in project.suggestions(doc, who, status="pending")]


def accepted_and_offered(project, token="t1"):
    first, _ = project.add_document(FIRST)
    second, _ = project.add_document(SECOND)
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    made = offer_elsewhere(project, ann, token)
    assert {doc: sorted(places) for doc, places in made.items()} == {second: [3]}
    return first, second


def test_suggesting_a_document_again_keeps_the_offers_made_there(project):
    first, second = accepted_and_offered(project)
    assert pending(project, second) == [(3, NAME, "occurrence")]

    totals = suggest_project(project, [first, second])

    # the suggesters' own output came in beside the offers
    assert (3, NAME, "occurrence") in pending(project, second)
    assert any(s[1] == "5亿元" for s in pending(project, second))
    assert totals["removed"] == 0
    # the offer stays alice's alone
    assert all(s.source != "occurrence" for s in project.suggestions(second, "bob"))
    assert project.verify().ok


def test_a_kept_offer_is_still_withdrawn_with_its_accept(project):
    """Kept through a new run, the offer is still the accept's: taking the
    accept back (undo, Del) withdraws it as before."""
    first, second = accepted_and_offered(project, "t1")
    project.store_suggestions(second, [])
    assert pending(project, second) == [(3, NAME, "occurrence")]
    withdrawn = bulk.withdraw_offer(project, "t1")
    assert set(withdrawn) == {second}
    assert pending(project, second) == []


def test_a_suggester_proposing_the_offered_span_makes_it_everyones(project):
    """Where the new run proposes the very span on offer, the suggester's
    suggestion takes its place, seen by every curator (as before)."""
    first, second = accepted_and_offered(project)
    project.store_suggestions(second, [Suggestion(3, 5, "COMPANY", NAME, 0.7, "rules", "1")])
    assert pending(project, second) == [(3, NAME, "rules")]
    assert pending(project, second, "bob") == [(3, NAME, "rules")]


def test_a_suggesters_undecided_suggestion_is_still_replaced(project):
    """Only the offers are kept: a suggester's suggestion the new run no
    longer makes goes, as a re-run always did."""
    first, second = accepted_and_offered(project)
    at = SECOND.index("5亿元")
    project.store_suggestions(
        second, [Suggestion(at, at + 3, "METRIC", "5亿元", 0.7, "rules", "1")]
    )
    result = project.store_suggestions(second, [])
    assert result.removed == 1
    assert pending(project, second) == [(3, NAME, "occurrence")]
