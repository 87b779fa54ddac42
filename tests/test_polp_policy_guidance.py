"""POLICY precision and boundaries (issue 14 item 2; left by pol14): 指引
before 下, 了 or 着 is the verb "to guide" (在乡村振兴战略指引下, “十四五”规划
指引了方向), not a document of guidance chained to the head before it, so
the name ends at its own head. A guidance document named as such keeps its
指引 (…合规指引, …融资指引). Sentences written for these tests in the manner
of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在乡村振兴战略指引下，该县农业产值稳步提升。", ["乡村振兴战略"]),
        ("该县在区域协调发展战略指引下稳步发展。", ["区域协调发展战略"]),
        ("在数字经济发展规划指引下，全市数字产业加快集聚。", ["数字经济发展规划"]),
        ("在“十四五”规划指引下，该区加快发展。", ["“十四五”规划"]),
        ("在“1269”行动计划指引下，全省制造业加快升级。", ["“1269”行动计划"]),
        ("实施乡村振兴战略指引了该县农业发展的方向。", ["乡村振兴战略"]),
    ],
)
def test_guiding_is_no_document(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在乡村振兴战略的指引下，该县农业产值稳步提升。", ["乡村振兴战略"]),
        ("以乡村振兴战略为指引，该县推进农业现代化。", ["乡村振兴战略"]),
        ("该局出台中小企业融资指引，支持企业发展。", ["中小企业融资指引"]),
        ("该局发布《企业合规指引》，引导企业规范经营。", ["《企业合规指引》"]),
        ("该局制定企业境外投资合规指引，规范企业经营。", ["企业境外投资合规指引"]),
    ],
)
def test_guidance_documents_unchanged(policy, text, expected):
    assert names(policy, text) == expected
