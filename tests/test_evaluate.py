"""Span scoring: exact and overlap, per label and overall."""

from __future__ import annotations

import pytest

from models.domain import Span, Suggestion
from models.evaluate import ALL, Scores, evaluate, score, score_document


def test_exact_per_label_and_overall():
    gold = {"d": [(0, 4, "COMPANY"), (6, 10, "METRIC"), (13, 15, "METRIC")]}
    pred = {"d": [(0, 4, "COMPANY"), (6, 10, "METRIC"), (20, 22, "METRIC")]}
    s = score(gold, pred)
    assert s["COMPANY"] == Scores(1, 1, 1, 1)
    assert s["METRIC"] == Scores(1, 2, 1, 2)
    assert s[ALL] == Scores(2, 3, 2, 3)
    assert s[ALL].precision == pytest.approx(2 / 3) and s[ALL].f1 == pytest.approx(2 / 3)


def test_overlap_counts_each_side():
    gold = {"d": [(0, 4, "POLICY"), (5, 8, "POLICY")]}
    pred = {"d": [(2, 7, "POLICY"), (10, 12, "POLICY")]}
    s = score(gold, pred, overlap=True)["POLICY"]
    assert (s.tp_pred, s.pred, s.tp_gold, s.gold) == (1, 2, 2, 2)
    assert s.precision == 0.5 and s.recall == 1.0


def test_label_must_match():
    assert score_document([(0, 4, "COMPANY")], [(0, 4, "POLICY")], overlap=True) == {
        "COMPANY": Scores(0, 0, 0, 1),
        "POLICY": Scores(0, 1, 0, 0),
    }


def test_spans_of_any_shape():
    gold = {"d": [Span(0, 2, "METRIC", "12"), {"start": 3, "end": 5, "label": "METRIC"}]}
    pred = {"d": [Suggestion(0, 2, "METRIC", "12"), (3, 5, "METRIC")]}
    assert score(gold, pred)[ALL].f1 == 1.0


def test_missing_and_extra_documents():
    report = evaluate({"a": [(0, 1, "M")], "b": [(0, 1, "M")]}, {"a": [(0, 1, "M")], "z": []})
    assert report.exact[ALL].recall == 0.5 and report.exact[ALL].precision == 1.0
    assert report.docs == 2 and report.extra_docs == 1
    assert report.labels() == ["M", ALL]
    assert report.as_dict()["exact"]["M"]["f1"] == pytest.approx(0.6667)


def test_empty_scores_are_zero_not_errors():
    s = Scores()
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    assert score({}, {}, labels=["METRIC"]) == {"METRIC": Scores(), ALL: Scores()}
