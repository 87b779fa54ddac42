"""POLICY, twelfth round (issue 14 item 2: what stands in front is no part
of a name): before a quoted name, a word that says when (今年, 年内), which
one (该, 上述, 这一, 首批, 第二届), how (全力, 大力) or where (当地, 省里) it is
carried out stops the walk back over its topic; the topic itself still
belongs to the name. Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者了解到，今年“千企万户”行动已覆盖全市规上企业。", ["“千企万户”行动"]),
        ("据介绍，上述“双千”计划由市科技局牵头实施。", ["“双千”计划"]),
        ("这一“亩均论英雄”改革，让企业用地更集约。", ["“亩均论英雄”改革"]),
        ("首批“专精特新”培育计划名单近日公布。", ["“专精特新”培育计划"]),
        ("会议要求，全力“稳链强链”行动要见实效。", ["“稳链强链”行动"]),
        ("目前，当地“园区贷”政策已惠及企业200余家。", ["“园区贷”政策"]),
        # (the topic before a quote is the name's, as before)
        ("全市深入推进基层党建“书记领航”行动。", ["基层党建“书记领航”行动"]),
    ],
)
def test_a_front_word_stays_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words before an unquoted name
        ("会议指出，年内制造业数字化转型三年行动要全面完成。", ["制造业数字化转型三年行动"]),
        ("据介绍，上述中小企业数字化转型城市试点由市工信局牵头。", ["中小企业数字化转型城市试点"]),
        ("会议要求，深入实施当地制造业数字化转型行动。", ["制造业数字化转型行动"]),
        ("会议指出，今年以来制造业数字化转型三年行动扎实推进。", ["制造业数字化转型三年行动"]),
        # (a count before a class of policies leaves it generic, as before)
        ("各产业园区出台一系列复工复产帮扶政策。", []),
    ],
)
def test_a_front_word_before_a_head_stays_out(policy, text, expected):
    assert names(policy, text) == expected
