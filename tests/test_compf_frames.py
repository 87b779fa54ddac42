"""COMPANY: a reporting frame or a preposition before a firm (记者从…获悉,
据…介绍, 经…批准, 由…承建, 向…采购, 与…签约, 对…进行) is never part of its
name (issue 14, item 1), on sentences written for these tests in the manner
of the news, with invented firms.

jieba's dictionary holds thousands of rare words that glue such a character
onto a name or a place after it (从远安, 从宁远, 由双汇, 向华山, 对松山,
经东昌, 同启东, 由云山, 从华山, 从国美: tagged as persons' names), so the
name's left edge ran on over the frame. And a place whose own name opens
with such a character (从化, 于都), which jieba cuts apart, is the name's."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal name after a frame jieba glued to the name's first word
        ("记者从远安科技有限公司获悉，该公司今年营收增长。", ["远安科技有限公司"]),
        ("记者从宁远新材料股份有限公司了解到，项目已投产。", ["宁远新材料股份有限公司"]),
        ("记者从国美电器有限公司获悉，门店将扩张。", ["国美电器有限公司"]),
        ("该项目由双汇食品有限公司投资建设。", ["双汇食品有限公司"]),
        ("该项目由安西能源集团有限公司承建。", ["安西能源集团有限公司"]),
        ("该项目由云山科技有限公司承建。", ["云山科技有限公司"]),
        ("公司向华山精密有限公司采购设备。", ["华山精密有限公司"]),
        ("专家组对松山化工有限公司进行检查。", ["松山化工有限公司"]),
        ("经东昌电子有限公司董事会批准，项目启动。", ["东昌电子有限公司"]),
        ("县政府同启东海工有限公司签约。", ["启东海工有限公司"]),
        # short names found by what surrounds them (an officer, a list)
        ("该项目由云山科技董事长介绍。", ["云山科技"]),
        ("专家组对松山化工、宁远建工等企业进行检查。", ["松山化工", "宁远建工"]),
        ("该项目由宁远建工、云山科技等企业承建。", ["宁远建工", "云山科技"]),
        # a weak form (集团) after the same frames
        ("该项目由宁远建工集团承建。", ["宁远建工集团"]),
        ("记者从远安科技集团获悉，新品将发布。", ["远安科技集团"]),
    ],
)
def test_a_frame_glued_by_jieba_is_not_the_firms(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # frames jieba cuts apart: the name stays as it was
        ("据瑞丰控股集团有限公司介绍，项目进展顺利。", ["瑞丰控股集团有限公司"]),
        ("经浩翔医药有限公司董事会批准，项目启动。", ["浩翔医药有限公司"]),
        ("该项目由中岳建工集团有限公司承建。", ["中岳建工集团有限公司"]),
        ("公司向鼎诚电子有限公司采购芯片。", ["鼎诚电子有限公司"]),
        ("市政府与润宁能源集团签约。", ["润宁能源集团"]),
        ("专家组对恒远化工有限公司进行检查。", ["恒远化工有限公司"]),
        ("记者从凯德锂电有限公司获悉，产能翻番。", ["凯德锂电有限公司"]),
        ("记者近日从宏盛集团获悉，订单增长。", ["宏盛集团"]),
    ],
)
def test_frames_jieba_cuts_apart_stay_out(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm whose own name opens with such a character: nothing is cut
        ("经纬纺织机械股份有限公司发布公告。", ["经纬纺织机械股份有限公司"]),
        ("向日葵光电有限公司发布年报。", ["向日葵光电有限公司"]),
        ("从化华隆实业有限公司今年产值增长。", ["从化华隆实业有限公司"]),
        ("记者从从化华隆实业有限公司获悉，产值增长。", ["从化华隆实业有限公司"]),
        ("于都华宇实业有限公司发布年报。", ["于都华宇实业有限公司"]),
        ("记者从于都华宇实业有限公司获悉，订单增长。", ["于都华宇实业有限公司"]),
        # 同 inside a trade name (a frame's 同 only before a whole one), 比 of a
        # brand, and a zone whose ending is no gazetteer place's after 以
        (
            "在大同市,山西宏发同泰农业发展有限公司以合作社带动农户。",
            ["山西宏发同泰农业发展有限公司"],
        ),
        ("该公司隶属比瑞德控股集团。", ["比瑞德控股集团"]),
        ("以高新区城投集团为主体组建基金。", ["高新区城投集团"]),
    ],
)
def test_a_name_that_opens_with_such_a_character_is_whole(company, text, expected):
    assert names(company, text) == expected


FRAMES = [
    ("记者从", "获悉，订单增长。"),
    ("记者近日从", "了解到，项目已投产。"),
    ("据", "介绍，项目进展顺利。"),
    ("据", "有关负责人介绍，产能翻番。"),
    ("经", "董事会批准，项目启动。"),
    ("该项目由", "承建。"),
    ("公司向", "采购设备。"),
    ("市政府与", "签约。"),
    ("县政府同", "签署合作协议。"),
    ("专家组对", "进行检查。"),
    ("园区于", "设立研发中心。"),
    ("据", "董事长介绍，订单增长。"),
    ("该项目由", "、宏盛集团等企业承建。"),
    ("专家组对", "、凯德锂电等企业进行检查。"),
]
FIRMS = [
    # legal names, weak forms and short names, some of whose first words
    # jieba's dictionary glues onto one of the frames' characters
    "远安科技有限公司",
    "宁远新材料股份有限公司",
    "双汇食品有限公司",
    "安西能源集团有限公司",
    "华山精工集团",
    "东昌电子有限公司",
    "松山化工集团",
    "启东海工有限公司",
    "云山科技",
    "瑞丰控股集团有限公司",
    "晟泰科技",
    "凯德锂电有限公司",
    "宏盛集团",
    "国美电器有限公司",
    # names that open with such a character
    "从化华隆实业有限公司",
    "于都华宇实业有限公司",
    "经纬纺织机械股份有限公司",
    "向日葵光电有限公司",
]


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize(("before", "after"), FRAMES)
def test_no_name_takes_the_frame(company, before, after, firm):
    text = before + firm + after
    spans = company.suggest(text)
    assert all(s.start >= len(before) for s in spans), [s.text for s in spans]
    whole = [s for s in spans if s.start == len(before)]
    if firm.endswith(("公司", "集团")) and whole:
        assert whole[0].text == firm  # found, the name ends where its form does
