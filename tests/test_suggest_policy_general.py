"""POLICY rules for kinds of language that economic news in general uses, on
sentences written for these tests: a pilot named before its work or its
members, a verb alone before a head, policies named by what they do for a
field, and a head that is a verb's object."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester
from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba joins 试点工作 and 试点单位; the pilot before them is named
        ("全力做好跨境贸易便利化试点工作，推动外贸提质。", ["跨境贸易便利化试点"]),
        ("该行成为首批普惠金融改革试点单位。", ["普惠金融改革试点"]),
        # without a topic there is no name, only a verb and its object
        ("各地要扎实做好试点工作。", []),
        ("全力做好改革试点，推动转型。", []),
        ("该县被确定为试点单位。", []),
    ],
)
def test_pilot_before_its_work(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what policies do for a field is a kind of policies, none named
        ("完善粮食生产支持政策，稳定农民收入。", []),
        ("各地不得自行制定出台招商引资优惠政策。", []),
        ("完善跨境投资开放政策，吸引长期资金。", []),
        ("外贸企业继续享受出口退税优惠政策。", ["出口退税优惠政策"]),
        ("全面落实技术改造贷款贴息支持政策。", ["技术改造贷款贴息支持政策"]),
        # a measure, a number or a quote names one
        ("对困难家庭实施货币化补贴政策。", ["货币化补贴政策"]),
        ("全面落实小微企业普惠性减税政策。", ["小微企业普惠性减税政策"]),
        ("对高新企业出台所得税“双15%”优惠政策。", ["所得税“双15%”优惠政策"]),
    ],
)
def test_kinds_of_policies(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head right after a verb that acts on policies is that verb's object
        ("要根据市场变化动态调整政策，增强针对性。", []),
        ("公司将根据用户需求调整规划。", []),
        # a name's own verb stays (带动, 驱动)
        ("深入实施项目带动战略。", ["项目带动战略"]),
    ],
)
def test_head_after_a_verb_on_policies(
    policy: PolicySuggester, text: str, expected: list[str]
) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles listed side by side, most of them not documents: books or games
        ("她最近追完了《长安的荔枝》《城市发展通知》《山海情》。", []),
        ("公司代理了《暗夜行动》、《星际远航》、《沙漠风暴》三款游戏。", []),
        # documents listed side by side keep their marks, a name among them too
        (
            "落实《中国制造2025》、《关于深化制造业改革的意见》和《制造业发展规划》。",
            ["《中国制造2025》", "《关于深化制造业改革的意见》", "《制造业发展规划》"],
        ),
        (
            "依据《行政处罚法》《环境影响评价法》作出处罚。",
            ["《行政处罚法》", "《环境影响评价法》"],
        ),
    ],
)
def test_titles_listed_as_works(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare slogan whose clause a bank or a firm opens is its own practice
        ("去年起建行就对存量客户实行了“分段计息”的办法。", []),
        ("该集团已经推行“阳光采购”，节约成本。", []),
        # a firm as a verb's object leaves the slogan to the public body
        ("人民银行推动商业银行深化“首贷培植”，支持小微企业。", ["“首贷培植”"]),
    ],
)
def test_firm_practice_in_quotes(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected
