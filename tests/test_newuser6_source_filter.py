"""The document list's filter by suggestion source, computed in the core
(models.label_filter; newuser6, 7 December 2026): the documents holding, for
one annotator, suggestions of one source still pending (the model's, the
rules', the offers of a name accepted elsewhere) or gold spans that came
from one. A curator checking what the project's own model or the offers
brought had no way to find those documents: the list filtered by status and
label only."""

from __future__ import annotations

from models import Project, Suggestion
from models.label_filter import documents_from_source, suggestion_sources
from models.learn.occurrences import new_token, offer_elsewhere
from tests.conftest import news_train_article


def suggested(text: str, surface: str, label: str, source: str) -> Suggestion:
    start = text.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, source, "1", {})


def first_span(article: dict, label: str) -> str:
    text = article["text"]
    return next(text[s["start"] : s["end"]] for s in article["spans"] if s["label"] == label)


def test_documents_with_pending_suggestions_or_gold_from_a_source(tmp_path):
    first, second, third = (news_train_article(n) for n in (0, 1, 4))
    company = first_span(first, "COMPANY")
    metric = first_span(second, "METRIC")
    policy = first_span(third, "POLICY")
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as p:
        for doc_id, article in (("one", first), ("two", second), ("three", third)):
            p.add_document(article["text"], doc_id=doc_id)
        p.store_suggestions("one", [suggested(first["text"], company, "COMPANY", "model")])
        p.store_suggestions("two", [suggested(second["text"], metric, "METRIC", "metric")])
        p.store_suggestions("three", [suggested(third["text"], policy, "POLICY", "model")])

        assert suggestion_sources(p, "ann") == ["metric", "model"]
        assert documents_from_source(p, "model", "ann") == {"one", "three"}
        assert documents_from_source(p, "metric", "ann") == {"two"}
        assert documents_from_source(p, "nosuch", "ann") == set()
        # with a label: that label's suggestions of the source
        assert documents_from_source(p, "model", "ann", "POLICY") == {"three"}
        assert documents_from_source(p, "model", "ann", "METRIC") == set()

        # rejected: no longer pending, so the document leaves the list
        (sugg,) = p.suggestions("one", "ann")
        p.reject_suggestion(sugg.id, annotator="ann")
        assert documents_from_source(p, "model", "ann") == {"three"}
        # accepted: its gold came from the model, so the document stays
        (sugg,) = p.suggestions("three", "ann")
        p.accept_suggestion(sugg.id, annotator="ann")
        assert documents_from_source(p, "model", "ann") == {"three"}
        assert documents_from_source(p, "model", "ann", "POLICY") == {"three"}
        assert suggestion_sources(p, "ann") == ["metric", "model"]
        # another annotator has decided nothing: both model documents are theirs
        assert documents_from_source(p, "model", "other") == {"one", "three"}
        # a span drawn by hand came from no source
        start = second["text"].index(metric)
        p.add_span("two", start, start + len(metric), "COMPANY", annotator="other")
        assert documents_from_source(p, "metric", "other") == {"two"}  # still pending for other


def test_the_offers_of_an_accepted_name_are_a_source_of_their_own(tmp_path):
    """Accepting a COMPANY offers its other occurrences (source "occurrence")
    to the one who accepted it, and to no one else."""
    text = "比亚迪今年营收增长。记者走访比亚迪工厂。"
    later = "比亚迪在园区新建基地。"
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as p:
        p.add_document(text, doc_id="one")
        p.add_document(later, doc_id="two")
        p.store_suggestions("one", [Suggestion(0, 3, "COMPANY", "比亚迪", 0.9, "model", "1", {})])
        (sugg,) = p.suggestions("one", "ann")
        gold = p.accept_suggestion(sugg.id, annotator="ann")
        offer_elsewhere(p, gold, new_token())
        assert "occurrence" in suggestion_sources(p, "ann")
        assert documents_from_source(p, "occurrence", "ann") == {"two"}  # offered elsewhere
        assert suggestion_sources(p, "bob") == ["model"]  # the offers are ann's alone
        assert documents_from_source(p, "occurrence", "bob") == set()
