"""POLICY boundaries (issue 14 item 2: a verb in front is never part of the
name), found by putting the study gold's names into frames of news
(`policy_grep.py`'s companion sweep, recorded in EXPERIMENTS.md):

- a verb ending in 于 (得益于, 有利于, 致力于, 立足于, 着眼于) says what the
  clause owes to or aims at, and never begins a name (得益于|产教融合试点);
- an adverb the segmenter glues to a verb of pursuing (紧紧围绕, 牢牢把握)
  stays in front with its verb, as 围绕 alone does;
- a verb the segmenter cuts into two single characters (提|振) is one word:
  its first character is not the clause's predicate (围绕|提振消费专项行动
  gave 振消费专项行动);
- the clause's predicate is one verb: a verb right after it opens its
  object, the name (围绕|降低全社会物流成本专项行动 gave 全社会…).

Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("得益于产教融合试点，该县职业教育加快发展。", ["产教融合试点"]),
        ("得益于公司治理专项行动，上市公司治理水平明显提升。", ["公司治理专项行动"]),
        ("该市致力于制造业数字化转型三年行动，推动企业上云。", ["制造业数字化转型三年行动"]),
        ("立足于城市更新行动计划，该区改造老旧小区50个。", ["城市更新行动计划"]),
        ("该县紧紧围绕产教融合试点，狠抓项目建设。", ["产教融合试点"]),
        ("该县紧紧围绕产业链山海协作行动计划，狠抓项目建设。", ["产业链山海协作行动计划"]),
        ("该区牢牢把握中小企业数字化转型城市试点，推动企业上云。", ["中小企业数字化转型城市试点"]),
        ("该市围绕提振消费专项行动，推出一批促消费活动。", ["提振消费专项行动"]),
        ("该市召开提振消费专项行动推进会，部署下阶段工作。", ["提振消费专项行动"]),
        # a verb in 于 after its subject: the subject and the verb stay out
        ("该公司得益于智慧城市试点，订单增长三成。", ["智慧城市试点"]),
        ("园区企业得益于产教融合试点，招工难明显缓解。", ["产教融合试点"]),
        # the predicate's object opens with a verb of its own
        ("该市围绕降低全社会物流成本专项行动，推出一批项目。", ["降低全社会物流成本专项行动"]),
        ("该区对照降低全社会物流成本专项行动，逐项抓好落实。", ["降低全社会物流成本专项行动"]),
    ],
)
def test_the_verb_in_front_stays_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 关于 opens a title; a law keeps its own words
        ("该市出台关于开展消费品以旧换新工作的通知。", ["关于开展消费品以旧换新工作的通知"]),
        # a predicate of one character before a name stays out as before
        ("该市抓实制造业数字化转型三年行动，推动企业上云。", ["制造业数字化转型三年行动"]),
        ("该市深入实施提振消费专项行动，推出一批促消费活动。", ["提振消费专项行动"]),
    ],
)
def test_names_unchanged(policy, text, expected):
    assert names(policy, text) == expected
