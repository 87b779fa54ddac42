"""POLICY, thirteenth round (issue 14 item 2: a quoted name takes its head
noun): a plan whose drafting follows it keeps its head even where the
segmenter glues the head to the drafting (“智改数转”三年行动计划|编制: 计划编制
is one word of jieba's), as …方案|编制 and …规划|编制 already did.
Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市全面启动“智改数转”三年行动计划编制工作。", ["“智改数转”三年行动计划"]),
        ("该区抓紧“千企万户”行动计划修订，明确目标任务。", ["“千企万户”行动计划"]),
        ("该区加快“十五五”规划编制，谋划项目100个。", ["“十五五”规划"]),
        ("该县全面完成“两新”行动方案编制工作。", ["“两新”行动方案"]),
    ],
)
def test_a_plan_being_drafted_keeps_its_head(policy, text, expected):
    assert names(policy, text) == expected
