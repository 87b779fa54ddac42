"""POLICY, twelfth round (issue 14 item 2: a verb in front, 对标, is never part
of a name): a verb the segmenter splits after a function character (对|标,
对|表) is still a verb, and the name before a quote starts after it; on
sentences written for these tests in the manner of news, beside words that
start with the same character and belong to the name."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester


@pytest.fixture(scope="module")
def policy() -> PolicySuggester:
    return PolicySuggester()


def names(suggester: PolicySuggester, text: str) -> list[str]:
    return [s.text for s in suggester.suggest(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市上下对标“1269”行动计划，全面发力。", ["“1269”行动计划"]),
        ("我们要对标“三年倍增”计划，逐项抓好落实。", ["“三年倍增”计划"]),
        ("各县区对标对表“项目攻坚”行动，倒排工期。", ["“项目攻坚”行动"]),
        # (what was right stays right)
        ("对照“1269”行动计划，全面发力。", ["“1269”行动计划"]),
        ("聚焦“1269”行动计划，全面发力。", ["“1269”行动计划"]),
    ],
)
def test_a_split_verb_stays_in_front(policy, text, expected):
    assert names(policy, text) == expected
