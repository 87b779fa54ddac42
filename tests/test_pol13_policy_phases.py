"""POLICY, thirteenth round (issue 14 item 2): the works of a building
phase (一期工程, 二期建设工程, 三期扩建工程) are a site's construction,
no programme, even after a policy verb; a programme of works keeps its
name (实施文化惠民工程, “千项万亿”工程). Sentences written for these tests
in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    "text",
    [
        "园区启动二期建设工程，计划明年投用。",
        "公司加快推进三期扩建工程，新增产能10万吨。",
        "项目一期工程已于去年投产，二期工程正在建设。",
    ],
)
def test_a_building_phase_is_no_programme(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该县深入实施文化惠民工程，建成农家书屋100个。", ["文化惠民工程"]),
        ("落实省、市“千项万亿”工程工作部署，抓好项目建设。", ["“千项万亿”工程"]),
        ("园区实施“一期一策”工程，分期推进企业培育。", ["“一期一策”工程"]),
    ],
)
def test_a_programme_of_works_stays(policy, text, expected):
    assert names(policy, text) == expected
