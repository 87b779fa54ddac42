"""POLICY, thirteenth round (issue 14 item 2: a place or level in front,
省 and 市 among them, is never part of the name): a single level word
before an unquoted programme (落实省|制造业数字化转型三年行动) says whose
it is, as it already did before a quote (省|“1269”行动计划); a word that
only begins with a level's character keeps it (区域协调发展战略,
县域商业体系建设行动, 市场化改革). Sentences written for these tests in
the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "会议指出，要认真落实省制造业数字化转型三年行动，推动高质量发展。",
            ["制造业数字化转型三年行动"],
        ),
        (
            "会议指出，要认真落实市制造业数字化转型三年行动，推动高质量发展。",
            ["制造业数字化转型三年行动"],
        ),
        (
            "该县全面落实省中小企业梯度培育行动计划，新增专精特新企业8家。",
            ["中小企业梯度培育行动计划"],
        ),
    ],
)
def test_a_level_in_front_stays_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市深入实施区域协调发展战略，推动城乡融合发展。", ["区域协调发展战略"]),
        ("该县大力实施县域商业体系建设行动，完善农村物流网络。", ["县域商业体系建设行动"]),
        ("会议强调，要深化要素市场化配置改革，激发市场活力。", ["要素市场化配置改革"]),
    ],
)
def test_a_word_that_begins_with_a_level_keeps_it(policy, text, expected):
    assert names(policy, text) == expected
