"""COMPANY, thirteenth round: kinds of language economy and zone news name
firms by (a list its count closes with a word for the firms' kind between,
a firm named by what it handles a year), on sentences written for these
tests in the manner of the news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count, then what kind of firms they are, then 企业 or 公司
        (
            "园区已落地鑫达科技、华瑞新材、恒岳电子3家上市企业。",
            ["鑫达科技", "华瑞新材", "恒岳电子"],
        ),
        (
            "全县已形成鼎丰纺织、润达织造两家龙头企业带动发展的格局。",
            ["鼎丰纺织", "润达织造"],
        ),
        (
            "目前已形成佳诚、润翔两户“链主”企业带动发展的格局。",
            ["佳诚", "润翔"],
        ),
        (
            "宜宾已落地凯翔汽车、瑞驰汽车、华骐新能源汽车3家整车企业。",
            ["凯翔汽车", "瑞驰汽车", "华骐新能源汽车"],
        ),
    ],
)
def test_a_list_its_count_and_the_firms_kind_close(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the count is not that of the members: no list of firms
        "园区已落地新材料、电子信息、装备制造3家龙头企业。",
        "当地培育了纺织、食品、机械5家龙头企业。",
        # a count of firms somewhere, no list before it
        "全区新增规上企业15家，其中两家上市企业。",
        "会上，经开区与5家民营企业签订投资协议。",
    ],
)
def test_a_count_with_a_kind_after_no_names_is_nothing(company, text):
    assert names(company, text) == []
