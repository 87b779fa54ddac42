"""A merge keeps an annotator's offers theirs (attack2, 6 December 2026).

When alice accepts a name, Biaozhu offers it at its other places to her
alone (``suggestion_audience``: "seen by that annotator alone"), so that
bob, annotating the same article independently, is not shown what alice
decided. ``biaozhu merge`` copied the other file's suggestions without their
audience: alice's offers became everyone's in the merged project, pending
for bob and the reviewer, the occurrence suggester's 0.95 score on each,
and bob's layer was no longer made without alice's choices (which the
agreement figures assume). The audience now comes along with the
suggestions: a suggestion offered to alice there is offered to alice here."""

from __future__ import annotations

from models import Project, Suggestion
from models.review.merge import merge_project
from models.store.bulk import Offer, offer_suggestions
from tests.conftest import news_train_article_naming

NAME = "天顺风能"


def places(text: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(NAME, i)]


def pending(p, doc, who) -> set[int]:
    return {s.start for s in p.suggestions(doc, who) if s.status == "pending"}


def test_alices_offers_stay_hers_after_a_merge(tmp_path):
    row = news_train_article_naming(NAME)
    at = places(row["text"])
    here, laptop = tmp_path / "lead.biaozhu", tmp_path / "alice.biaozhu"
    with Project.create(here, annotator="lead") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.ensure_annotator("bob")
    with Project.create(laptop, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.store_suggestions(
            doc, [Suggestion(at[0], at[0] + len(NAME), "COMPANY", NAME, 0.9, "rules", "1")]
        )
        p.accept_suggestion(p.suggestions(doc, "alice")[0].id)
        offer_suggestions(p, Offer("accept-1", "alice", NAME, "COMPANY"), {doc: at[1:]})
        assert pending(p, doc, "alice") == set(at[1:])
        assert pending(p, doc, "bob") == {at[0]}  # the suggesters' own, not alice's offers
    with Project.open(here, annotator="lead") as p:
        merge_project(p, laptop)
        assert pending(p, doc, "alice") == set(at[1:])
        assert pending(p, doc, "bob") == {at[0]}
        assert pending(p, doc, "lead") == {at[0]}
        assert p.verify().ok


def test_an_offer_to_both_files_annotators_is_kept_for_each(tmp_path):
    """The same place offered to alice here and to carol there: both see it."""
    row = news_train_article_naming(NAME)
    at = places(row["text"])
    here, laptop = tmp_path / "a.biaozhu", tmp_path / "c.biaozhu"
    for path, who in ((here, "alice"), (laptop, "carol")):
        with Project.create(path, annotator=who) as p:
            doc, _ = p.add_document(row["text"], doc_id=row["id"])
            p.ensure_annotator("bob")
            offer_suggestions(p, Offer(f"offer-{who}", who, NAME, "COMPANY"), {doc: at[1:2]})
    with Project.open(here, annotator="alice") as p:
        merge_project(p, laptop)
        assert pending(p, doc, "alice") == {at[1]}
        assert pending(p, doc, "carol") == {at[1]}
        assert pending(p, doc, "bob") == set()
        assert p.verify().ok
