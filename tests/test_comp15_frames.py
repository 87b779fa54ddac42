"""COMPANY: a reporting frame whose subject is a firm's short name
(据…介绍, 据…表示, 据…透露, 记者从…获悉), issue 14 item 1, on sentences
written for these tests in the manner of the news, with invented firms of
many shapes: a coined brand, a dictionary word, a county's name or a
three-character brand before the firm's trade word.

The `compf` round kept a frame glued on by jieba out of a name; a short
name with no legal form in the same frame was not found at all
(`据远安科技介绍` suggested nothing): a place, a common word or a sector
word before the trade kept the short-name rule from reading it, and
表示/透露 did not count as what a firm does. The same frame around a
place, a body, a person, a park or a programme suggests nothing."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester
from tests.conftest import company_names as names


@pytest.fixture(scope="module")
def product():
    return default_suggester()


def shown(product, text):
    return [s.text for s in product.suggest(text) if s.label == "COMPANY"]


FIRMS = [
    ("据远安科技介绍，该项目总投资5亿元。", "远安科技"),
    ("据华宇电子透露，今年一季度订单同比增长30%。", "华宇电子"),
    ("据鼎盛智能表示，新工厂将于明年投产。", "鼎盛智能"),
    ("据凯德新材介绍，产品已出口欧洲。", "凯德新材"),
    ("据宏芯半导体透露，二期项目已开工。", "宏芯半导体"),
    ("据金泰新能源介绍，电站已并网发电。", "金泰新能源"),
    ("据澳斯卡粮油介绍，今年收购小麦10万吨。", "澳斯卡粮油"),
    ("据江山电气表示，订单已排到明年。", "江山电气"),
    ("据恒通物流披露，公司上半年营收增长12%。", "恒通物流"),
    ("据宁远建工称，工程进度已过半。", "宁远建工"),
    ("据瑞丰生物介绍：新药已进入临床试验。", "瑞丰生物"),
    ("据华宇电子方面透露，订单已排到明年。", "华宇电子"),
    ("记者从远安科技获悉，该项目已开工。", "远安科技"),
    ("记者从鼎盛智能了解到，新产线已投产。", "鼎盛智能"),
]


@pytest.mark.parametrize(("text", "firm"), FIRMS)
def test_the_rules_read_a_firm_in_a_reporting_frame(company, text, firm):
    assert names(company, text) == [firm]


# the shipped scorer (not retrained in this round) keeps these below its
# threshold: a five-character name that only the rules propose (0.34, 0.35)
SCORED_LOW = {"宏芯半导体", "澳斯卡粮油"}


@pytest.mark.parametrize(("text", "firm"), [x for x in FIRMS if x[1] not in SCORED_LOW])
def test_the_product_shows_a_firm_in_a_reporting_frame(product, text, firm):
    assert shown(product, text) == [firm]


@pytest.mark.parametrize(("text", "firm"), [x for x in FIRMS if x[1] in SCORED_LOW])
@pytest.mark.xfail(
    strict=True,
    reason="the rules propose the name; the shipped scorer, trained before they did,"
    " scores it below the threshold (EXPERIMENTS.md, COMPANY fifteenth round)",
)
def test_a_long_name_in_a_frame_waits_for_the_scorer(product, text, firm):
    assert shown(product, text) == [firm]


@pytest.mark.parametrize(
    "text",
    [
        "据赣州市介绍，全市新增企业300家。",
        "据高新区介绍，园区今年引进项目20个。",
        "据了解，该项目总投资5亿元。",
        "据统计，全市规上工业增加值增长8%。",
        "据专家介绍，新能源汽车市场前景广阔。",
        "据工作人员介绍，该生产线已投产。",
        "据市商务局介绍，今年外贸进出口增长10%。",
        "据项目负责人介绍，工程进度已过半。",
        "据该公司介绍，产品已出口欧洲。",
        "据新华社报道，全国粮食产量再创新高。",
        "据光伏行业协会介绍，组件价格继续下跌。",
        "据海关介绍，今年前三季度出口增长。",
        "据市科技局介绍，今年新增高新技术企业50家。",
        "据新材料产业园介绍，园区已入驻企业30家。",
        "据智能制造专项介绍，今年安排资金2亿元。",
        "据电子信息产业联盟介绍，行业产值增长。",
        "据张建国介绍，公司今年营收增长。",
        "据远安县介绍，全县新增市场主体5000户。",
        "据新能源汽车介绍，续航里程达600公里。",
        "记者从市工信局获悉，今年新增规上企业40家。",
        "记者从高新区获悉，该项目已开工。",
    ],
)
def test_the_same_frame_around_no_firm_suggests_nothing(company, product, text):
    assert names(company, text) == []
    assert shown(product, text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a known name where jieba glued the frame's 从 or 由 onto it (从国美, 由双汇)
        ("记者从国美获悉，门店将继续扩张。", "国美"),
        ("该项目由双汇投资建设。", "双汇"),
    ],
)
def test_a_known_name_after_a_frame_jieba_glued_on(company, text, firm):
    assert names(company, text) == [firm]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a well-known name that is a common word too (联想, 小米, 长城: marked
        # `context` in the list) where the frame quotes it
        ("据小米透露，新品将于下月发布。", "小米"),
        ("据长城表示，新车将于年内上市。", "长城"),
        ("记者从联想获悉，新品将于下月发布。", "联想"),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="tried: the frame as the context such a name needs cost the economy check"
    " half two false spans and gained none (EXPERIMENTS.md, COMPANY fifteenth round)",
)
def test_a_common_word_known_name_in_a_reporting_frame(company, text, firm):
    assert names(company, text) == [firm]


@pytest.mark.parametrize(
    "text",
    [
        "小米粥和馒头是当地的早餐。",
        "这不禁让人联想到去年的情形。",
        "长城脚下游客如织。",
        "据悉，长城沿线将新建步道。",
        "从长城到黄河，处处是美景。",
    ],
)
def test_a_known_common_word_outside_a_frame_is_no_firm(company, text):
    assert names(company, text) == []
