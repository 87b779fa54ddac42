"""Suggestion boundaries earlier rounds saw and left alone (issue 14): a
list's mark kept in a known name, a word of the clause pulled into a bank's
name, places and bodies taken for firms that sign, and a METRIC's indicator
that keeps an opening quote or is a place. Sentences written for these
tests in the manner of the news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name, one more character and a list's mark: the mark is no
        # part of a name (nor is the one character a subsidiary's two-character name)
        ("会上签约蓝思迈、华科泰两个项目。", []),
        ("园区签约蓝思迈、晶泰格等5个项目。", ["晶泰格"]),
        ("目前已发展到拥有天猫店、京东店等10余个店铺。", []),
        ("该区去年新增淘宝镇3个、淘宝村9个。", []),
    ],
)
def test_a_list_mark_is_no_part_of_a_name(company, text, expected):
    got = names(company, text)
    assert not any("、" in n or n in ("天猫店", "淘宝镇") for n in got), got
    assert all(n in got for n in expected)


@pytest.mark.parametrize(
    "text",
    [
        # …the group's subsidiary by a coined name, where the list ends it, still
        "国投闽光、国投新疆罗钾两家企业参加了会议。",
        "会上，国投闽光、华科泰等企业作了发言。",
    ],
)
def test_a_coined_subsidiary_in_a_list_still_named(company, text):
    got = names(company, text)
    assert got and len(got[0]) == 4 and not any("、" in n for n in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb or an adverb of the clause before a bank's short name (约占|招行)
        ("这一数字约占工行净利润的两成。", "工行"),
        ("约占招行净利润总额的10%。", "招行"),
        # a bank's kind before its name (清算行|中银香港 董事长)
        ("作为清算行中银香港副总裁，他介绍了情况。", "中银香港"),
        # a former officer's mark after the name (重庆银行|前|董事长)
        ("“改革还要深化。”南京银行前董事长林某说。", "南京银行"),
        ("“这是干净的重组。”重庆银行前董事长张复说。", "重庆银行"),
        ("宁波银行原行长罗某出席了会议。", "宁波银行"),
    ],
)
def test_no_word_of_the_clause_in_a_banks_name(company, text, expected):
    got = names(company, text)
    assert expected in got
    assert all(n == expected or expected not in n for n in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rules that read a name before an act or an officer still do
        ("重庆啤酒发布半年报，营收同比增长。", ["重庆啤酒"]),
        ("三花智控董事长张某表示，公司订单饱满。", ["三花智控"]),
        ("据悉，岚芯微董事长王某出席了活动。", ["岚芯微"]),
    ],
)
def test_names_before_acts_and_officers_still_read(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # villages, towns, streets, communities, counties and bodies that sign are no firms
        "王家村与李家村签订结对帮扶协议。",
        "西山村与东山村签订了共建协议。",
        "青石镇与白沙街道签订了共建协议。",
        "红星社区与阳光社区签署共建协议。",
        "龙泉县与高新区签订战略合作协议。",
        "市商务局与区发改委签署合作协议。",
    ],
)
def test_places_and_bodies_that_sign_are_no_firms(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm that signs with a village is still one; the village is not
        ("明德科技与星海村签订土地流转协议。", ["明德科技"]),
        # both firms of a signing, as before
        ("华为与长安汽车签署合作协议。", ["华为", "长安汽车"]),
        ("岚芯微与瑞擎科技签订了供货协议。", ["岚芯微", "瑞擎科技"]),
    ],
)
def test_firms_that_sign_still_named(company, text, expected):
    assert names(company, text) == expected


def _indicators(metric, text: str) -> dict[str, str]:
    return {s.text: s.attrs["indicator"] for s in metric.suggest(text)}


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # an opening quote, where the quantity stands inside the quotation
        ("目前，“三峡集团等7家企业已入驻园区。", "7家"),
        ("他说：“园区已引进企业56家，投资额达120亿元。”", "56家"),
        ("据悉，“比亚迪、长城汽车等4家车企参展。", "4家"),
    ],
)
def test_an_indicator_holds_no_unmatched_quote(metric, text, quantity):
    indicator = _indicators(metric, text)[quantity]
    for opening, closing in ("“”", "《》", "「」", "（）"):
        assert indicator.count(opening) == indicator.count(closing), indicator


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # a place before what is counted says where, not what is measured
        ("福州6家企业入选国家级名单。", "6家"),
        ("厦门、泉州12家企业获评。", "12家"),
        ("苏州市3个项目入选。", "3个"),
    ],
)
def test_a_place_alone_is_no_indicator(metric, text, quantity):
    indicator = _indicators(metric, text)[quantity]
    assert indicator not in ("福州", "泉州", "苏州市"), indicator


@pytest.mark.parametrize(
    ("text", "quantity", "indicator"),
    [
        # where or whose before a count: what follows its unit is what it counts
        ("福州6家企业入选国家级名单。", "6家", "企业"),
        ("目前，“三峡集团等7家企业已入驻园区。", "7家", "企业"),
        ("苏州市3个项目入选。", "3个", "项目"),
        ("厦门、泉州12家入选。", "12家", ""),
    ],
)
def test_what_a_count_counts_after_where_or_whose(metric, text, quantity, indicator):
    assert _indicators(metric, text)[quantity] == indicator


@pytest.mark.parametrize(
    ("text", "quantity", "indicator"),
    [
        # indicators read as before
        ("全年实现工业营收932.4亿元，同比增长13.7%。", "932.4亿元", "工业营收"),
        ("其中“专精特新”企业15家。", "15家", "“专精特新”企业"),
        ("规上工业企业达322家。", "322家", "规上工业企业"),
    ],
)
def test_indicators_still_read(metric, text, quantity, indicator):
    assert _indicators(metric, text)[quantity] == indicator
