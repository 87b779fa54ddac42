"""POLICY boundaries: 服务 right before a quote, joined to a verb before it
(挂钩服务, 联系服务, 跟踪服务), is the noun of a kind of service that names
the programme's topic (开展挂钩服务“四重”招商活动, 联系服务“四重”工作机制:
the economy study half's gold), not the policy verb 服务 that introduces
the quote (主动服务“一带一路”建设). The second sentence follows the study
half's wording; the rest are written for these tests in the manner of
news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该区开展挂钩服务“四重”工作机制，先后拜访企业12家。", ["挂钩服务“四重”工作机制"]),
        ("介绍了该市经济社会发展情况、联系服务“四重”工作机制。", ["联系服务“四重”工作机制"]),
        ("该区深入推行跟踪服务“一企一策”工作机制，解决难题80个。", ["跟踪服务“一企一策”工作机制"]),
    ],
)
def test_a_kind_of_service_is_the_topic(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该行主动服务“一带一路”建设，投放贷款20亿元。", ["“一带一路”"]),
        ("推进农村信用社改革，强化服务“三农”功能。", ["农村信用社改革"]),
        ("该区全力服务“专精特新”企业培育计划，新增企业30家。", ["“专精特新”企业培育计划"]),
    ],
)
def test_serving_stays_a_verb(policy, text, expected):
    assert names(policy, text) == expected
