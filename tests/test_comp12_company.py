"""COMPANY, twelfth round: kinds of language zone, local economy and market
news name firms by (a province's state group, firms counted in 户, a visited
firm, a stock's move), and what is none (places, zones), on sentences
written for these tests in the manner of the news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's or a city's state group, named by its trades alone
        (
            "新组建的云南省绿色能源产业集团、云南省健康产业发展集团同时挂牌。",
            ["云南省绿色能源产业集团", "云南省健康产业发展集团"],
        ),
        ("会上,四川省能源投资集团作交流发言。", ["四川省能源投资集团"]),
        ("据悉,江西省交通投资集团将参与园区道路建设。", ["江西省交通投资集团"]),
        # its trades in words jieba joins (水利建设, 城市更新, 国有资产), its form 公司
        ("湖南省交通水利建设集团承建该项目。", ["湖南省交通水利建设集团"]),
        ("云南省绿色城市更新集团同日挂牌。", ["云南省绿色城市更新集团"]),
        ("会上,赣州市城市开发投资公司与园区签约。", ["赣州市城市开发投资公司"]),
        ("由吉安市国有资产投资经营公司出资建设。", ["吉安市国有资产投资经营公司"]),
    ],
)
def test_a_state_group_named_by_its_place_and_trades(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a medical consortium, a group made of a trade, a group as a verb
        "推进国家城市医疗集团试点工作。",
        "推动全省能源产业集团化发展。",
        "支持云南省能源产业集团化发展。",
        "培育一批千亿级产业集团。",
        "全市投资公司数量增加。",
        "本市城市建设投资公司改革。",
    ],
)
def test_no_state_group_without_a_place_and_a_name(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 户 counts enterprises in government and zone news as 家 does
        ("目前,永泰科技、汇通新材等5户企业入选省级专精特新名单。", ["永泰科技", "汇通新材"]),
        ("岚峰电子、天沐科技和恒润新材3户企业完成技改。", ["岚峰电子", "天沐科技", "恒润新材"]),
        ("今年已引进岚创、沐恒等12户企业落户园区。", ["岚创", "沐恒"]),
    ],
)
def test_firms_counted_in_hu(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 户 also counts households
        "全村张家、李家等30户农户参与种植。",
        "帮扶脱贫户、监测户等300户家庭增收。",
    ],
)
def test_households_are_no_firms(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official's visit names the firm visited
        ("5月23日,市委书记考察岚辰半导体,详细了解企业生产经营情况。", ["岚辰半导体"]),
        ("调研组一行走进沐恒电子,察看新建生产线。", ["沐恒电子"]),
        ("随后,考察组来到岚峰新材,听取企业负责人介绍。", ["岚峰新材"]),
    ],
)
def test_a_visited_firm(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what is visited may be a sector, a park or a place
        "考察组来到新能源汽车产业园,了解项目进展。",
        "调研组走进智能制造车间察看生产情况。",
        "市领导考察高新技术企业孵化器建设情况。",
    ],
)
def test_a_visited_sector_or_site(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member beside a firm that is only places is a government's party
        ("岚峰新能源公司与海西州乌兰县签订光伏项目合作协议。", ["岚峰新能源公司"]),
        ("沐恒集团与赣州市南康区签署投资协议。", ["沐恒集团"]),
    ],
)
def test_list_members_that_are_places(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a zone's officers are a government's, whatever the zone is called
        "福清市政府党组成员、江阴港城经济区党委书记、管委会主任出席活动。",
        "会上,中新合作区党工委书记介绍了招商情况。",
        "临港片区管委会副主任表示,将加快项目建设。",
    ],
)
def test_a_zones_officers_are_no_firms(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a stock moved stays out of its name: a flash crash, a limit
        # turned over (地天板, 天地板), a limit that broke (炸板)
        ("午后,沐恒科技闪崩跌停。", ["沐恒科技"]),
        ("个股方面,岚沐微上演地天板,沐恒科技涨超5%。", ["岚沐微", "沐恒科技"]),
        ("岚峰电子早盘天地板。", ["岚峰电子"]),
    ],
)
def test_market_moves_after_a_stock(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise or a fall told by its size (涨幅超过10%), a limit by its size (20%涨停)
        ("个股方面,岚沐微涨幅超过10%,恒沐达跌幅超过5%。", ["岚沐微", "恒沐达"]),
        ("个股方面,岚沐微20%涨停,恒沐达20cm涨停。", ["岚沐微", "恒沐达"]),
    ],
)
def test_moves_told_by_their_size(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "受此影响,猪肉价格涨幅超过10%。",
        "今年以来,全市工业用电量涨幅超过10%。",
    ],
)
def test_prices_that_rise_are_no_stocks(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of limits counted in Chinese numerals (三连板, 两连板)
        ("个股方面,岚沐微收获三连板,恒沐达两连板。", ["岚沐微", "恒沐达"]),
    ],
)
def test_limit_runs_in_chinese_numerals(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该厂新增两条生产线,三连板材已投入使用。",
    ],
)
def test_boards_that_are_no_moves(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock's closing price and its move
        ("截至收盘,岚沐微报12.5元,涨3.2%;恒沐达报8.31元,跌1.5%。", ["岚沐微", "恒沐达"]),
    ],
)
def test_a_stocks_price_and_move(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "截至收盘,沪指报3200点,涨0.5%。",
        "当日,生猪均价报15.2元,涨1.3%。",
    ],
)
def test_an_index_or_a_price_is_no_stock(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector word jieba cut apart (新|材料) is the project's, not a
        # subsidiary's brand and trade after a known name
        ("总投资50亿元的洛阳钼业新材料项目签约落户。", ["洛阳钼业"]),
        # a subsidiary's brand and trade still extend it
        ("华润博雅生物血液制品项目开工。", ["华润博雅生物"]),
    ],
)
def test_a_sector_after_a_known_name(company, text, expected):
    assert names(company, text) == expected
