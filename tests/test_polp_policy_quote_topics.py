"""POLICY boundaries (issue 14 item 2: a place, a level or a time in front is
never part of the name), for the words of a topic before a quote: the walk
back over them stops at a year (2024年度|招商引资“百日攻坚”行动 gave
年度招商引资…) and at a pointing level (我省|亲商安商“双30条”, 本市|…), as
it already stopped at a year right before the quote and at 该, 这 or 上述.
And 政府工作报告 after a level of one character takes the level, not the
time or pointing word before it (今年|省政府工作报告 gave 今年省政府工作报告;
了解该|市… gave 政府工作报告 only because a comma stood before 该). Sentences
written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市开展2024年度招商引资“百日攻坚”行动，签约项目26个。", ["招商引资“百日攻坚”行动"]),
        ("该市开展2024年招商引资“百日攻坚”行动，签约项目26个。", ["招商引资“百日攻坚”行动"]),
        ("该市认真落实我省亲商安商助企强企“双30条”。", ["亲商安商助企强企“双30条”"]),
        ("该县全面落实本市招商引资“28条”，兑现奖励2000万元。", ["招商引资“28条”"]),
        ("今年省政府工作报告提出，要加快发展新质生产力。", ["省政府工作报告"]),
        ("据了解，该市政府工作报告提出，要加快发展新质生产力。", ["市政府工作报告"]),
        ("会议指出，我省政府工作报告提出的各项任务要逐项落实。", ["省政府工作报告"]),
    ],
)
def test_when_and_whose_stay_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市开展招商引资“百日攻坚”行动，签约项目26个。", ["招商引资“百日攻坚”行动"]),
        (
            "深入实施万名干部联万企“送政策、解难题、优服务”行动。",
            ["万名干部联万企“送政策、解难题、优服务”行动"],
        ),
        ("综观抚州市政府工作报告，从强化企业主体地位到优化营商环境。", ["抚州市政府工作报告"]),
        ("今年政府工作报告提出，要加快发展新质生产力。", ["政府工作报告"]),
        ("该市印发2030年前碳排放达峰行动方案。", ["2030年前碳排放达峰行动方案"]),
    ],
)
def test_names_unchanged(policy, text, expected):
    assert names(policy, text) == expected
