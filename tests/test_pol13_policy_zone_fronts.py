"""POLICY, thirteenth round (issue 14 item 2: a place or level in front,
高新区 among them, is never part of the name): a bare zone word before an
unquoted programme (高新区|制造业数字化转型三年行动, 园区|…行动计划) says who
carries it out, as a named zone (抚州高新区) or a quote's zone already
did; a reform or a rule of the zones themselves keeps them as its topic
(深化开发区管理制度改革, 推进高新区条例修订). Sentences written for these
tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "会议指出，要深入实施高新区制造业数字化转型三年行动，推动高质量发展。",
            ["制造业数字化转型三年行动"],
        ),
        (
            "今年以来，该市大力实施园区中小企业梯度培育工程，新增专精特新企业12家。",
            ["中小企业梯度培育工程"],
        ),
        (
            "区里全面落实经开区数字经济创新发展行动计划，上云企业超过500家。",
            ["数字经济创新发展行动计划"],
        ),
    ],
)
def test_a_zone_in_front_carries_the_programme_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "深化开发区管理制度改革，完善“管委会+公司”运营模式。",
            ["开发区管理制度改革", "“管委会+公司”运营模式"],
        ),
        ("推进高新区条例修订，为园区发展提供法治保障。", ["高新区条例"]),
    ],
)
def test_a_reform_of_the_zones_keeps_them(policy, text, expected):
    assert names(policy, text) == expected


def test_a_zone_before_a_topic_of_one_word(policy):
    # 城市更新 is one word of the segmenter's: the zone still stands outside
    text = "会议指出，要深入实施高新区城市更新行动计划，推动高质量发展。"
    assert names(policy, text) == ["城市更新行动计划"]
