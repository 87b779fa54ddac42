"""POLICY, twelfth round (issue 14 item 2: what stands in front is no part
of a name): a year right before a quoted name (2022年“…”, 2023年度“…”) says
when, as a year before an unquoted head does; its 年 was read as the start
of the name. Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政府印发2022年“双碳”行动方案。", ["“双碳”行动方案"]),
        ("全县深入实施2024年“万企兴万村”行动。", ["“万企兴万村”行动"]),
        ("区里出台2023年度“惠企”政策，兑现资金1.2亿元。", ["“惠企”政策"]),
        ("我市启动二〇二四年“春风”行动。", ["“春风”行动"]),
        # (a count of years is the name's own, as before)
        ("实施三年“倍增”计划。", ["三年“倍增”计划"]),
    ],
)
def test_a_year_before_a_quote_stays_out(policy, text, expected):
    assert names(policy, text) == expected
