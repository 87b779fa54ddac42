"""The document list's filter by label, computed in the core
(models.label_filter): the documents holding, for one annotator, pending
suggestions or gold spans of a label. INCEpTION and Prodigy users look for
"the documents with COMPANY still to review"; the list filtered only by status."""

from __future__ import annotations

from models import Project, Suggestion
from models.label_filter import documents_with_label
from tests.conftest import news_train_article


def suggested(text: str, surface: str, label: str) -> Suggestion:
    start = text.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, "test.rules", "1", {})


def spans_of(article: dict, label: str) -> list[str]:
    text = article["text"]
    return [text[s["start"] : s["end"]] for s in article["spans"] if s["label"] == label]


def test_documents_with_pending_suggestions_or_gold_of_a_label(tmp_path):
    first, second, third = (news_train_article(n) for n in (0, 1, 4))
    company = spans_of(first, "COMPANY")[0]
    metric = spans_of(second, "METRIC")[0]
    policy = spans_of(third, "POLICY")[0]
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as p:
        for doc_id, article in (("one", first), ("two", second), ("three", third)):
            p.add_document(article["text"], doc_id=doc_id)
        p.store_suggestions("one", [suggested(first["text"], company, "COMPANY")])
        p.store_suggestions("two", [suggested(second["text"], metric, "METRIC")])
        p.store_suggestions("three", [suggested(third["text"], policy, "POLICY")])
        start = second["text"].index(metric)
        p.add_span("two", start, start + len(metric), "COMPANY", annotator="other")

        assert documents_with_label(p, "COMPANY", "ann") == {"one"}  # other's gold is not ann's
        assert documents_with_label(p, "COMPANY", "other") == {"one", "two"}
        assert documents_with_label(p, "METRIC", "ann") == {"two"}
        assert documents_with_label(p, "POLICY", "ann") == {"three"}
        assert documents_with_label(p, "NOSUCH", "ann") == set()

        # rejected: no longer pending, so the document leaves the list
        (sugg,) = [s for s in p.suggestions("one", "ann") if s.label == "COMPANY"]
        p.reject_suggestion(sugg.id, annotator="ann")
        assert documents_with_label(p, "COMPANY", "ann") == set()
        # accepted: gold now, so the document stays
        (sugg,) = [s for s in p.suggestions("three", "ann") if s.label == "POLICY"]
        p.accept_suggestion(sugg.id, annotator="ann")
        assert documents_with_label(p, "POLICY", "ann") == {"three"}
        # accepted as another label: its gold is of that label
        (sugg,) = [s for s in p.suggestions("two", "ann") if s.label == "METRIC"]
        p.accept_suggestion(sugg.id, "COMPANY", annotator="ann")
        assert documents_with_label(p, "METRIC", "ann") == set()
        assert documents_with_label(p, "COMPANY", "ann") == {"two"}
