"""POLICY, thirteenth round (issue 14 item 2: a verb in front is never part
of the name): the verbs by which a bank, a project or a platform supports a
programme (助力, 支撑, 赋能), after an adverb or a subject (积极助力|…,
有力支撑|…, 平台全面赋能|…), stand outside its name, before a quote as
before an unquoted head; a name that holds 赋能 inside keeps it
(中小企业数字化赋能专项行动). Sentences written for these tests in the
manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该行积极助力制造业数字化转型三年行动，投放贷款50亿元。", ["制造业数字化转型三年行动"]),
        (
            "项目建成后将有力支撑制造业重点产业链高质量发展行动。",
            ["制造业重点产业链高质量发展行动"],
        ),
        (
            "平台全面赋能中小企业数字化转型城市试点，服务企业500家。",
            ["中小企业数字化转型城市试点"],
        ),
        ("平台赋能“智改数转”三年行动，服务企业500家。", ["“智改数转”三年行动"]),
        ("项目将有力支撑“1269”行动计划实施。", ["“1269”行动计划"]),
    ],
)
def test_a_supporting_verb_stays_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工信部深入实施中小企业数字化赋能专项行动。", ["中小企业数字化赋能专项行动"]),
        ("该市出台支持农产品加工业发展的十条措施。", ["支持农产品加工业发展的十条措施"]),
    ],
)
def test_a_name_that_holds_the_verb_keeps_it(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "verb", ["谋划", "部署", "抓紧", "重启", "跟进", "压实", "护航", "聚力", "发力", "牵引"]
)
@pytest.mark.parametrize("name", ["“1269”行动计划", "制造业数字化转型三年行动", "城市更新行动计划"])
def test_a_verb_of_pursuing_stays_out(policy, verb, name):
    # 聚力 and 发力 are split by the segmenter (聚|力): the name began at 力
    assert names(policy, f"今年以来，该县{verb}{name}，推动高质量发展。") == [name]


def test_a_pilot_opened_stays_a_pilot(policy):
    text = "今年以来，该县全面推开中小企业数字化转型城市试点，推动高质量发展。"
    assert names(policy, text) == ["中小企业数字化转型城市试点"]


def test_a_programme_opened_in_full_stays_out_of_its_name(policy):
    # 推开 widens a pilot (全面推开|营改增试点) and opens any programme alike
    text = "今年以来，该县全面推开制造业数字化转型三年行动，推动高质量发展。"
    assert names(policy, text) == ["制造业数字化转型三年行动"]
