"""COMPANY, thirteenth round: kinds of language economy and zone news name
firms by (a firm named by what it handles a year; short names the press
uses with no form or business word), on sentences written for these tests
in the manner of the news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm named by what it handles a year, as by what it makes (年产)
        ("瑞恒环保年处置10万吨危废项目落户园区。", ["瑞恒环保"]),
        ("新开工鑫源环保年回收5万吨废旧电池项目。", ["鑫源环保"]),
        ("华恒食品年加工20万吨农产品项目已投产。", ["华恒食品"]),
        ("屹泰环境年处理30万吨污泥项目开工建设。", ["屹泰环境"]),
    ],
)
def test_a_firm_named_by_what_it_handles_a_year(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place, a zone or a body handles it: no firm
        "全市年处理污水30万吨，污水处理率达98%。",
        "园区年处置固废5万吨。",
        "该县年加工农产品20万吨以上。",
        "项目建成后年处理能力达10万吨。",
    ],
)
def test_what_a_place_handles_a_year_names_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short names the economy press uses, no form and no business word
        ("台铃今年在当地新建一座整车工厂。", ["台铃"]),
        ("今年前三季度，爱玛营收同比增长12%。", ["爱玛"]),
        # …a listed company's stock short name, in a list of its trade
        (
            "设备环节的迈为股份、捷佳伟创与帝尔激光均有订单落地。",
            ["迈为股份", "捷佳伟创", "帝尔激光"],
        ),
        ("国联水产将在园区投资建设预制菜生产基地。", ["国联水产"]),
    ],
)
def test_short_names_the_press_uses(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a listed name that is a common word, where nothing shows a firm
        "院子里种着三棵树。",
        "经日照港出口的货物同比增长9%。",
    ],
)
def test_a_listed_common_word_alone_is_no_name(company, text):
    assert names(company, text) == []
