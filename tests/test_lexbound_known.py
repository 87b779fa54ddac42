"""A name of the bundled list of well-known firms
(resources/lexicon/company_names.txt) is a firm only where the text's words
allow it: not where its last characters begin an ordinary word that runs
past it (深远海|信息传输 holds 海信's characters, not the firm), still where
jieba glued it to what follows firms or to grammar (海信集团, 在海信的,
新美光是). The sentences are written for these tests in the manner of the
news; each is checked on the rule and on the user's path (the rules and
the bundled model)."""

from __future__ import annotations

import pytest

from models.suggest.company import CompanySuggester
from models.suggest.pipeline import default_suggester


@pytest.fixture(scope="module")
def rule():
    return CompanySuggester()


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def companies(suggester, text):
    return [s.text for s in suggester.suggest(text) if s.label == "COMPANY"]


INSIDE_A_WORD = [
    ("加快发展深远海信息传输技术。", "海信"),  # 深远|海|信息|传输技术
    ("发展深远海信息传输和海洋观测装备。", "海信"),
    ("美联储警示高通胀风险仍在上升。", "高通"),  # 高|通胀
    ("京东方面宣布将扩大投资。", "京东方"),  # 京东|方面: the list's 京东方 is not there
    ("华兴电子与瑞达能源的负责人出席了仪式。", "达能"),  # 瑞|达|能源
]


@pytest.mark.parametrize(("text", "name"), INSIDE_A_WORD)
def test_a_name_inside_a_word_is_not_proposed_by_the_rule(rule, text, name):
    assert name not in companies(rule, text)


@pytest.mark.parametrize(("text", "name"), INSIDE_A_WORD)
def test_a_name_inside_a_word_is_not_suggested(suggester, text, name):
    assert name not in companies(suggester, text)


GLUED = [
    ("海信集团发布了新一代激光电视。", "海信集团"),
    ("在海信的工厂里，工人们正在调试生产线。", "海信"),
    ("这款手机由华为推出，售价三千元。", "华为"),
    ("华为的手机销量同比增长。", "华为"),
    ("晋能控股集团董事长出席签约仪式。", "晋能控股集团"),
]


@pytest.mark.parametrize(("text", "name"), GLUED)
def test_a_name_glued_to_what_follows_firms_is_still_proposed(rule, text, name):
    assert name in companies(rule, text)


def lexicon_spans(text, terms):
    """The candidates a project's accepted terms put in ``text``."""
    from models.learn.span_features import LEXICON_SOURCE, Featurizer

    featurizer = Featurizer([], {}, {t: ("COMPANY", 0.9) for t in terms})
    found = featurizer.featurize(text)
    return [
        found.analysis.text[c.start : c.end]
        for c in found.candidates
        if LEXICON_SOURCE in c.sources
    ]


def test_an_accepted_name_inside_a_word_is_no_candidate():
    assert lexicon_spans("加快发展深远海信息传输技术。", ["海信"]) == []
    assert lexicon_spans("京东方面宣布将扩大投资。", ["京东方"]) == []


def test_an_accepted_name_on_words_is_a_candidate():
    assert lexicon_spans("在海信的工厂里，工人们正在调试生产线。", ["海信"]) == ["海信"]
    assert lexicon_spans("海信集团发布了新一代激光电视。", ["海信"]) == ["海信"]
