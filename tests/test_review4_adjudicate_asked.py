"""The review window's adjudication finishes a document only with the
suggestions it was shown: a suggestion another program adds for the
reviewer between the view and the key (a background ``suggest --project``)
refuses Ctrl+D and the automatic done after the last difference, and is
not rejected unseen; the last choice itself is kept. Once the view is read
again (the refusal said how many came), marking it done rejects them. On two
seed articles, the gold and bob's noisy copy, a reviewer rita."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.review.adjudicate import Adjudication
from models.review.compare import LayerRef
from models.store.bulk import NotAsked
from tests.test_review_fixtures import build_two_annotators, load_seeds


@pytest.fixture
def setup(tmp_path):
    docs = load_seeds()[:1]
    project, docs = build_two_annotators(tmp_path / "r.biaozhu", docs)
    project.set_role("rita", "reviewer")
    project.close()
    return tmp_path / "r.biaozhu", docs[0]


def suggest_meanwhile(path, doc: dict, *places: int) -> int:
    """Another program (its own connection) stores the document's
    suggestions: at gold spans' places (the first by default) under another
    label, which no choice decides. Returns the last one's id."""
    found = []
    for i in places or (0,):
        s = doc["spans"][i]
        label = "COMPANY" if s["label"] != "COMPANY" else "POLICY"
        found.append(Suggestion(s["start"], s["end"], label, s["text"], 0.7, "rules.test", "1"))
    with Project.open(path, annotator="lead") as other:
        other.store_suggestions(doc["id"], found)
        last = found[-1]
        return next(
            x.id
            for x in other.suggestions(doc["id"], "rita")
            if (x.start, x.end, x.label) == (last.start, last.end, last.label)
        )


def held(p: Project, doc_id: str) -> tuple:
    return (
        p.status(doc_id, "rita"),
        [(s.id, s.status) for s in p.suggestions(doc_id, "rita")],
        len(p.history()),
    )


def adjudication(p: Project, doc_id: str) -> Adjudication:
    return Adjudication(p, doc_id, "rita", LayerRef("gold"), LayerRef.annotator("bob"))


def test_mark_done_refused_for_a_suggestion_that_came_after_the_view(setup):
    path, doc = setup
    with Project.open(path, annotator="rita") as p:
        adj = adjudication(p, doc["id"])
        new = suggest_meanwhile(path, doc)
        before = held(p, doc["id"])
        with pytest.raises(NotAsked):
            adj.mark_done()
        assert held(p, doc["id"]) == before
        assert p.suggestions(doc["id"], "rita", status="pending")[0].id == new
        # read again (as the window does once it has said how many came): asked
        adj.refresh()
        adj.mark_done()
        assert p.status(doc["id"], "rita") == "done"
        assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[new] == "rejected"
        assert p.verify().ok


def test_what_was_pending_when_shown_is_rejected_with_done(setup):
    path, doc = setup
    new = suggest_meanwhile(path, doc)
    with Project.open(path, annotator="rita") as p:
        adj = adjudication(p, doc["id"])
        assert adj.toggle_done() == "done"
        assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[new] == "rejected"
        assert p.verify().ok


def test_the_last_choice_is_kept_and_the_automatic_done_refused(setup):
    path, doc = setup
    with Project.open(path, annotator="rita") as p:
        adj = adjudication(p, doc["id"])
        adj.accept_agreements()
        *first, last = adj.open_differences()
        for d in first:
            assert not adj.choose(d, "left").became_done
        new = suggest_meanwhile(path, doc, 1)
        result = adj.choose(last, "left")
        assert not result.became_done
        assert result.not_asked == 1
        assert adj.all_settled()
        assert p.status(doc["id"], "rita") == "in_progress"
        assert p.suggestions(doc["id"], "rita", status="pending")[0].id == new
        got = sorted((a.start, a.end, a.label) for a in p.annotations(doc["id"], "rita"))
        assert got == sorted((s["start"], s["end"], s["label"]) for s in doc["spans"])
        assert p.verify().ok
        # shown again, the next finishing takes it
        adj.refresh()
        assert adj.toggle_done() == "done"
        assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[new] == "rejected"
        assert p.verify().ok


def test_a_reopening_makes_pending_what_the_next_done_rejects(setup):
    """Ctrl+D on a done document reopens it, its suggestions that marking it
    done rejected pending again, which the window says: the next Ctrl+D
    rejects them again, while one another program added since refuses it."""
    path, doc = setup
    first = suggest_meanwhile(path, doc)
    with Project.open(path, annotator="rita") as p:
        adj = adjudication(p, doc["id"])
        assert adj.toggle_done() == "done"
        adj = adjudication(p, doc["id"])  # a window opened on the done document
        assert adj.toggle_done() == "in_progress"
        assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[first] == "pending"
        assert adj.toggle_done() == "done"
        assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[first] == "rejected"
        assert adj.toggle_done() == "in_progress"
        second = suggest_meanwhile(path, doc, 0, 2)  # the first kept, one more
        with pytest.raises(NotAsked):
            adj.toggle_done()
        got = {s.id: s.status for s in p.suggestions(doc["id"], "rita")}
        assert (got[first], got[second]) == ("pending", "pending")
        assert p.verify().ok
