"""POLICY precision (the guideline: designations are no POLICY, as
高新技术企业 is none): a project, a building or a firm's works listed,
rated or selected as a pilot or demonstration project (该项目被列为…示范
工程, 入选省级…试点项目, 获评…示范工程) is named by its designation, no
programme; the study gold leaves …示范基地, “宽带中国”示范城市 and
…示范推荐点 unmarked. A programme of demonstration works carried out
(实施绿色低碳先进技术示范工程) stays a name, and so does a pilot a city
enters (入选中小企业数字化转型城市试点). Sentences written for these tests
in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    "text",
    [
        "该项目被列为国家级光伏发电示范工程。",
        "该项目入选省级数字化转型试点项目。",
        "该厂房被评为省级节能示范工程。",
        "该公司入选工信部智能制造试点示范项目名单。",
        "该项目获评全国绿色建筑示范工程，年节电300万千瓦时。",
        "该园区污水处理项目被确定为省级试点示范项目。",
    ],
)
def test_a_designated_project_is_no_programme(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入实施绿色低碳先进技术示范工程，培育绿色建筑。", ["绿色低碳先进技术示范工程"]),
        (
            "该市入选中小企业数字化转型城市试点，获得奖补资金1.5亿元。",
            ["中小企业数字化转型城市试点"],
        ),
        ("该县入选国家数字乡村试点，建成智慧农业基地5个。", ["国家数字乡村试点"]),
        ("该市启动建筑节能改造示范工程，改造面积10万平方米。", ["建筑节能改造示范工程"]),
    ],
)
def test_programmes_stay(policy, text, expected):
    assert names(policy, text) == expected
