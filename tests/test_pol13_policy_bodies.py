"""POLICY, thirteenth round (issue 14 item 2): a programme named as the
remit of the body that runs it (…计划工作专班, …行动领导小组, …行动办公室)
or of the people it chooses (…计划入选者) is a programme's name even with
no policy verb before it; the body, its work and its people stay out, and a
body named after a field or an activity (招商引资领导小组, 重点产业链工作专班)
names no programme. Sentences written for these tests in the manner of
news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省里成立重点产业链倍增计划工作专班，组建发展基金。", ["重点产业链倍增计划"]),
        ("该市成立制造业高质量发展三年攻坚行动领导小组。", ["制造业高质量发展三年攻坚行动"]),
        ("今年全市新增国家高层次人才特殊支持计划入选者12人。", ["国家高层次人才特殊支持计划"]),
        ("该县老旧小区改造提升行动办公室加强督导检查。", ["老旧小区改造提升行动"]),
        ("市城市更新行动领导小组办公室加强督导检查。", ["城市更新行动"]),
    ],
)
def test_a_programme_named_by_its_body(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "县里召开招商引资领导小组会议，研究重大项目。",
        "该县成立重点产业链工作专班，推进项目引建。",
        "市产业振兴领导小组办公室召开专班工作会议。",
        "公司成立数字化转型工作专班，由总经理任组长。",
        # a construction site's headquarters, no programme
        "他是该项目工程指挥部的总指挥。",
        "县城乡供水一体化工程指挥部负责项目协调。",
        "按照工作计划，专班每周召开一次调度会。",
    ],
)
def test_a_body_of_no_programme_names_none(policy, text):
    assert names(policy, text) == []
