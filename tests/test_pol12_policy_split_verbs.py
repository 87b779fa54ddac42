"""POLICY, twelfth round (issue 14 item 2: a verb in front, 对标, is never part
of a name): a verb of pursuing a programme before a quote (做实, 擦亮, 紧扣…),
whether the segmenter keeps it whole or splits it (对|标, 做|实, 扩|围), stays
out of the name; on
sentences written for these tests in the manner of news, beside words that
start with the same character and belong to the name."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市上下对标“1269”行动计划，全面发力。", ["“1269”行动计划"]),
        ("我们要对标“三年倍增”计划，逐项抓好落实。", ["“三年倍增”计划"]),
        ("各县区对标对表“项目攻坚”行动，倒排工期。", ["“项目攻坚”行动"]),
        # verbs of pursuing a programme that no list held, split or not
        ("今年以来，该县做实“千企万户”行动，推动高质量发展。", ["“千企万户”行动"]),
        ("全区持续擦亮“亩均论英雄”改革品牌。", ["“亩均论英雄”改革"]),
        ("我们紧扣“1269”行动计划，逐项抓好落实。", ["“1269”行动计划"]),
        ("该市扩围“免申即享”改革，惠及更多企业。", ["“免申即享”改革"]),
        # (what was right stays right: a topic before the quote is the name's)
        ("全市深入推进基层党建“书记领航”行动。", ["基层党建“书记领航”行动"]),
        ("对照“1269”行动计划，全面发力。", ["“1269”行动计划"]),
        ("聚焦“1269”行动计划，全面发力。", ["“1269”行动计划"]),
    ],
)
def test_a_split_verb_stays_in_front(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a head that names a programme on its own, with no policy verb
        ("今年以来，该县紧扣城市更新行动计划，推动高质量发展。", ["城市更新行动计划"]),
        ("该区依托中小企业数字化转型城市试点，加快企业上云。", ["中小企业数字化转型城市试点"]),
        ("全市践行数字经济发展三年行动，推动产业升级。", ["数字经济发展三年行动"]),
        # split by the segmenter, after a place the front words took
        ("该县做实城市更新行动计划，推动高质量发展。", ["城市更新行动计划"]),
    ],
)
def test_a_pursuing_verb_before_a_head_stays_out(policy, text, expected):
    assert names(policy, text) == expected
