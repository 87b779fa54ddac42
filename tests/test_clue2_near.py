"""A project's CRF proposes, besides its best path's spans, the spans it
gives a high probability as one name (issue 14, CLUENER's names no source
proposes): the other reading of a name whose boundary the project's gold
draws both ways, for the project's scorer to choose from."""

from __future__ import annotations

import pytest

from models.domain import Span
from models.learn import span_features
from models.learn.crf import TAGGING, CrfTagger, train_crf
from models.learn.data import TrainingDoc
from models.learn.span_features import Featurizer
from models.suggest.segment import analyse

NAMES = ["招商银行信用卡中心", "中信银行信用卡中心", "光大银行信用卡中心", "兴业银行信用卡中心"]
TEXT = "记者从平安银行信用卡中心获悉，新规将于下月实施。"
LONG = (3, 12, "COMPANY")  # 平安银行信用卡中心
SHORT = (3, 7, "COMPANY")  # 平安银行


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    # the gold draws the boundary both ways: the bank's centre whole in one
    # sentence of two, the bank alone in the other
    docs = []
    for k, name in enumerate(NAMES * 3):
        text = f"记者从{name}获悉，新规将于下月实施。"
        end = 3 + (4 if k % 2 == 0 else len(name))
        docs.append(TrainingDoc(str(k), text, (Span(3, end, "COMPANY"),)))
    return CrfTagger(train_crf(docs), "t")


def _open(tagger: CrfTagger):
    a = analyse(TEXT)
    return a, tagger.open_sentence(a, 0, len(a.text))


def test_the_other_reading_of_a_name_is_a_near_span(tagger):
    with TAGGING:
        _a, best = _open(tagger)
        near = dict(tagger.near_spans(best, 0.2))
    assert best == [LONG]
    assert SHORT in near
    assert 0.2 <= near[SHORT] <= tagger.probability(*SHORT)[0]
    assert LONG not in near  # the best path's own span is not proposed again


def test_a_near_span_is_weighed_as_one_name_not_by_its_weakest_character(tagger):
    # 平安银行信 has no character whose marginal is under 0.4, yet the model
    # never reads it as one name: its end is where the name goes on
    cut = (3, 8, "COMPANY")
    with TAGGING:
        _a, best = _open(tagger)
        lowest = tagger.probability(*cut)[0]
        near = dict(tagger.near_spans(best, 0.2))
    assert lowest > 0.3
    assert cut not in near


def test_the_probabilities_of_the_readings_of_a_name_sum_to_at_most_one(tagger):
    with TAGGING:
        _a, best = _open(tagger)
        near = dict(tagger.near_spans(best, 0.0001))
        # the best span's own probability, as a near span of nothing else
        whole = dict(tagger.near_spans([], 0.0001))
    starting_here = [p for (s, _e, _l), p in whole.items() if s == 3]
    assert whole[LONG] > near[SHORT] > 0
    assert sum(starting_here) <= 1.0 + 1e-9


def test_without_the_native_tagger_no_span_is_near(tagger):
    # python-crfsuite gives no path's probability, and a span's weakest
    # character would let 平安银行信 through: such a build proposes the best
    # path's spans alone, as before
    plain = CrfTagger(tagger.model, "t", native=False)
    with TAGGING:
        _a, best = _open(plain)
        assert best == [LONG]
        assert plain.near_spans(best, 0.2) == []


def test_a_proposing_model_offers_its_near_spans_as_candidates(tagger, monkeypatch):
    monkeypatch.setattr(span_features, "NEAR_FLOOR", 0.2)
    project = Featurizer([], {"project": tagger}, proposers=("project",))
    found = {c.key: c for c in project.featurize(TEXT).candidates}
    assert found[LONG].sources["project"] == 1.0
    assert 0.2 <= found[SHORT].sources["project"] < 1.0


def test_a_judging_model_offers_none(tagger, monkeypatch):
    # the shipped model's CRFs judge: what they propose is their best path's
    monkeypatch.setattr(span_features, "NEAR_FLOOR", 0.2)
    lexicon = {"平安银行信用卡中心": ("COMPANY", 0.9)}  # a name in the clause: the judge reads it
    judge = Featurizer([], {"bundled": tagger}, lexicon)
    proposed = {c.key for c in judge.featurize(TEXT).candidates if "bundled" in c.sources}
    assert proposed == {LONG}


def test_no_near_spans_without_a_floor(tagger, monkeypatch):
    monkeypatch.setattr(span_features, "NEAR_FLOOR", None)
    project = Featurizer([], {"project": tagger}, proposers=("project",))
    proposed = {c.key for c in project.featurize(TEXT).candidates if "project" in c.sources}
    assert proposed == {LONG}


def test_around_the_best_path_only_its_names_other_readings(tagger):
    elsewhere = "新规将于下月实施。"
    with TAGGING:
        _a, best = _open(tagger)
        anywhere = dict(tagger.near_spans(best, 0.0001))
        around = dict(tagger.near_spans(best, 0.0001, around=True))
        a = analyse(elsewhere)
        assert tagger.open_sentence(a, 0, len(a.text)) == []
        assert tagger.near_spans([], 0.0001, around=True) == []
    assert SHORT in around
    assert around.keys() < anywhere.keys()
    assert all(s < LONG[1] and LONG[0] < e for s, e, _label in around)
    assert all(anywhere[key] == p for key, p in around.items())


def test_the_crf_stays_unless_leaving_it_out_is_clearly_cheaper():
    from models.learn.evaluate_cv import CRF_MARGIN, crf_kept

    assert CRF_MARGIN > 0
    assert crf_kept({True: 480.0, False: 477.0})  # within the margin: noise
    assert crf_kept({True: 477.0, False: 480.0})
    assert not crf_kept({True: 480.0 * (1 + CRF_MARGIN) + 1, False: 480.0})
    assert crf_kept({True: 10.0})
    assert not crf_kept({False: 10.0})
