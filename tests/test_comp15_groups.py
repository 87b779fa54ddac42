"""COMPANY: a group named by one proper noun and 集团 (华山集团, 泰山集团,
长江集团), issue 14 item 1, on sentences written for these tests in the
manner of the news, with invented or generic groups.

The weak form 集团 took a name only with a rare brand, a known name or a
place and a trade before it: a place alone (泰山, 江山, 天山) or a proper
noun of the dictionary (华山, 长江, 新华) made no name, so 华山集团 was found
only where an officer or a list vouched for it (华山集团董事长…, 华山集团、
远安科技等企业) and missed as a clause's subject, after 引进/与/由/据/从, before
旗下 or a project. A bloc or a kind of group (二十国集团, 七国集团, 利益集团,
犯罪集团) and a province's or a city's name with 集团 are no firm."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names

CONTEXTS = [
    "{}今年实现营收50亿元。",
    "今年，{}营收增长20%。",
    "引进{}投资建设新材料项目。",
    "市政府与{}签订战略合作协议。",
    "由{}投资建设的新材料项目正式投产。",
    "{}投资5亿元建设新材料项目。",
    "{}年产10万吨新材料项目开工。",
    "记者从{}获悉，该项目已开工。",
    "据{}介绍，该项目已开工。",
    "{}董事长张明表示，公司将加大研发投入。",
    "{}、远安科技等企业参加了签约仪式。",
]
GROUPS = ["华山集团", "泰山集团", "江山集团", "长江集团", "天山集团", "新华集团", "黄山集团"]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("group", GROUPS)
def test_a_proper_noun_and_its_group_is_a_firm_wherever_it_stands(company, context, group):
    text = context.format(group)
    assert group in names(company, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陕西华山集团今年实现营收50亿元。", ["陕西华山集团"]),
        # (the unit after 旗下的 is not read, whatever the group: another kind)
        ("华山集团旗下的华山电子今年营收增长20%。", ["华山集团"]),
    ],
)
def test_a_place_before_the_group_is_its(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二十国集团领导人峰会在杭州举行。",
        "七国集团财长会议发表声明。",
        "利益集团阻碍了改革的推进。",
        "警方打掉一个犯罪集团。",
        "北约集团扩大了军费开支。",
        "江西集团化发展取得新成效。",
        "赣州集团今年营收增长。",
        "企业集团化经营成为趋势。",
        "该集团今年营收增长20%。",
        "中国集团军改革稳步推进。",
        "华山景区今年接待游客300万人次。",
        "长江经济带建设取得新成效。",
        "各地集团纷纷布局新能源。",
        "本地集团与外地集团同台竞争。",
        "华北集团军某部开展演练。",
    ],
)
def test_a_bloc_a_kind_or_a_major_place_with_its_group_is_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华山伟业集团今年营收增长。", ["华山伟业集团"]),
        ("长江鼎盛集团与市政府签订合作协议。", ["长江鼎盛集团"]),
        ("红星集团投资建设的项目正式投产。", ["红星集团"]),
    ],
)
def test_a_proper_noun_opens_a_groups_brand(company, text, expected):
    assert names(company, text) == expected
