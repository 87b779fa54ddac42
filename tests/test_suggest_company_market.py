"""COMPANY rules for financial and stock-market news, on sentences written
for these tests with invented stock names: a firm is named by what its stock
did (涨停, 涨超5%, 3连板, …等跟涨), by its stock code, and as the subject of
its announcements; indices, boards, sectors and futures beside them are not
firms."""

from __future__ import annotations

import pytest

from tests.test_suggest_company import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that opens with a stock's name before its move
        ("储能板块午后拉升，岚川电气涨超8%，瑞擎科技跌近3%。", ["岚川电气", "瑞擎科技"]),
        ("锂矿股走强，峦峰锂业直线涨停，祁泰股份3连板。", ["峦峰锂业", "祁泰股份"]),
        # a list that a move closes: every member is a firm
        (
            "光伏概念股震荡走强，岚川电气、祁泰股份、峦峰锂业涨超5%。",
            ["岚川电气", "祁泰股份", "峦峰锂业"],
        ),
        # …or 等 and what the rest of the market did
        (
            "岚川电气回封涨停，祁泰股份、峦峰锂业、嵘晟新材等跟涨。",
            ["岚川电气", "祁泰股份", "峦峰锂业", "嵘晟新材"],
        ),
        ("个股方面，祁泰股份、嵘晟新材等涨幅居前。", ["祁泰股份", "嵘晟新材"]),
        # each member with its own move (甲4板、乙2板), after a sector word
        ("个股方面，汽车产业链的祁泰股份4板、嵘晟新材2板。", ["祁泰股份", "嵘晟新材"]),
        ("光伏股峦峰锂业6天5板。", ["峦峰锂业"]),
        # a known name stops before its move; two joined by 和 are two
        ("中概股走强，阿里巴巴涨超14%，京东涨超7%。", ["阿里巴巴", "京东"]),
        ("成分股岚川科技和瑞擎股份涨超5%领跑。", ["岚川科技", "瑞擎股份"]),
        ("道指成分股波音和高盛涨超5%。", ["波音", "高盛"]),
        ("创业板中青宝拉升封板。", ["中青宝"]),
        # goods end firms' names too (…玻璃), and 还有 opens a list
        ("岚川科技涨停，嵘晟玻璃、峦峰锂业等跟涨。", ["岚川科技", "嵘晟玻璃", "峦峰锂业"]),
        ("此外还有岚川证券、瑞擎股份晋级2连板。", ["岚川证券", "瑞擎股份"]),
        # firsts and offerings close a list too
        ("菲岚泰、诺瑞格今日新股申购。", ["菲岚泰", "诺瑞格"]),
        ("岚川九天IPO首日暴涨129%。", ["岚川九天"]),
        # a sector among firms that 等 closes is skipped, the firms kept
        ("岚川科技、峦峰锂业、嵘晟新材、机器人等涨幅居前。", ["岚川科技", "峦峰锂业", "嵘晟新材"]),
        # a ticker between a stock's name and its move
        (
            "能源板块领跌，岚川石油（LCO）跌8.6%、瑞擎能源（RQE）跌约3.7%。",
            ["岚川石油", "瑞擎能源"],
        ),
        # funds' flows into stocks, each before its amount
        (
            "北向资金今日净买入岚川科技4.87亿元、瑞擎股份3.1亿元，净卖出峦峰锂业7.58亿元。",
            ["岚川科技", "瑞擎股份", "峦峰锂业"],
        ),
        ("北向资金本周累计净买入金额达40.65亿元。", []),
        # stock marks belong to the name
        ("*ST岚川跌停，C嵘晟跌超10%。", ["*ST岚川", "C嵘晟"]),
        # a halt or a resumption of trading names the stock too
        ("嵘晟乳业今起停牌，峦峰锂业复牌。", ["嵘晟乳业", "峦峰锂业"]),
    ],
)
def test_stocks_named_by_their_moves(company, text, expected):
    assert sorted(names(company, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # indices, boards and sectors move too
        "三大指数集体高开，沪指涨0.37%，深成指涨0.45%，创业板指涨0.49%。",
        "恒生指数收盘涨1.1%，恒生科技指数涨2.3%；汽车股、科技股涨幅居前。",
        "盘面上，交通设施、建材、证券等涨幅居前，旅游、电气设备等跌幅居前。",
        "板块内个股普涨，光伏、储能涨超3%。",
        "旅游、电气设备等跌幅居前。",
        # indicators by their acronyms
        "CPI涨超2%，PPI跌超1%，股市震荡。",
        # futures and goods
        "黑色系期货走低，焦炭、螺纹钢跌超4%，热卷、纯碱跌近4%。",
        # a price or an indicator rises (上涨), a stock rises (涨)
        "全国居民消费价格同比上涨2.1%，猪肉价格上涨5.3%。",
        # a comparison, not a name; grammar before a halt
        "比特币主力合约报2.9万美元，较周一跌0.83%。",
        "公司股票于5月31日开市起复牌，并自复牌之日起实施风险警示。",
        # what economic news measures rises and falls by percentages too
        "一季度，全市工业用电涨超8%，订单量涨超30%。",
        "营收涨超20%，净利涨近30%。",
        "客流涨超两成，票房涨超5%。",
        # …and products, where no market is spoken of
        "光伏组件涨超5%。",
    ],
)
def test_what_moves_beside_stocks_is_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岚川控股（000813SZ，股价5.21元）公告称，拟回购股份。", ["岚川控股"]),
        ("峦峰通（SH603977）披露，上半年净利润增长。", ["峦峰通"]),
        ("瑞擎A(000041)公告，董事会审议通过议案。", ["瑞擎A"]),
        # jieba cuts the brand into characters: the form alone is no name
        ("快岚股份(603977)在互动平台表示，产能满产。", ["快岚股份"]),
        ("祁泰能源(XQT.N)涨超6%。", ["祁泰能源"]),
        # a fund's code is no firm's
        ("规模最大的碳中和ETF(159790)上涨0.9%。", []),
        # a verb before a known name is no part of it
        ("手续费全免的仅有工商银行（601398.SH）。", ["工商银行"]),
    ],
)
def test_names_before_stock_codes(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed firm's headline: its name, a colon, what it announces
        ("岚川制药：注射用LC2031获得药物临床试验批准通知书。", ["岚川制药"]),
        ("瑞擎股份：年产5万吨新材料项目试生产。", ["瑞擎股份"]),
        ("深峦纺A：减免部分物业租金，合计约120万元。", ["深峦纺A"]),
        ("ST祁泰：公司股票撤销其他风险警示。", ["ST祁泰"]),
        # a magazine's column, a study, a public body: not firms
        ("岚川软件：时刻准备着的冒险家们的故事", []),
        ("岚川软件：第8分队敌视玩家的秘密", []),
        ("研究显示：气候变化或导致4%的全球产值受损。", []),
        ("国家统计局：5月份全国居民消费价格同比上涨2.1%。", []),
    ],
)
def test_headline_subjects(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a listed firm announces, right after its name (or a date)
        ("岚川光电公布2023年年度权益分派实施公告。", ["岚川光电"]),
        ("德岚立发布2022年半年报，营收同比增长。", ["德岚立"]),
        ("瑞擎科技拟通过此次上市募集资金5.2亿元。", ["瑞擎科技"]),
        ("峦峰锂业8月3日-5日接受机构调研时表示，产能稳步释放。", ["峦峰锂业"]),
        ("祁泰股份拟减持不超过2%。", ["祁泰股份"]),
        # new stocks open to subscription
        ("今日可申购岚川科技、瑞擎股份，均为主板新股。", ["岚川科技", "瑞擎股份"]),
        # a public body publishes too, and a group's board meets: no firm named
        ("国家统计局公布2023年国民经济数据。", []),
        ("集团公司召开董事会，审议年度预算。", []),
    ],
)
def test_what_listed_firms_announce(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holders a headline says will sell: firms and funds, not persons
        ("岚川科技：瑞擎投资、峦峰资本拟减持不超过3%", ["岚川科技", "瑞擎投资", "峦峰资本"]),
        (
            "岚川科技：祁泰集团及其一致行动人嵘晟资本拟减持不超过2%",
            ["岚川科技", "祁泰集团", "嵘晟资本"],
        ),
        ("岚川科技：控股股东、实际控制人王建国拟减持不超过1%", ["岚川科技"]),
        # the other party of the headline firm's contract
        ("岚川股份：与瑞擎能源签署战略合作框架协议", ["岚川股份", "瑞擎能源"]),
        ("岚川股份：与包头稀土研究院签署合作开发协议", ["岚川股份"]),
    ],
)
def test_parties_in_a_listed_firms_headline(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the firm whose equity a deal moves
        ("公司拟收购其所持有的峦峰锂业的70%股权。", ["峦峰锂业"]),
        # who subscribes a listed firm's new shares
        ("本次发行对象为岚睿生物，系公司控股股东的子公司。", ["岚睿生物"]),
        # a stock's short name in quotes
        ("变更后证券简称为“岚川股份”，证券代码不变。", ["岚川股份"]),
        # a firm's block trades, meetings and listing
        ("瑞擎智能6月21日大宗交易平台共发生4笔成交。", ["瑞擎智能"]),
        ("瑞擎智能申请在港交所发行730万股股票。", ["瑞擎智能"]),
        # a region lists firms; it lists none itself
        ("长三角科创板上市企业数量占全国四成。", []),
        ("公司持有其51%股权。", []),
    ],
)
def test_deals_and_listings(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's listing names it, alone or in a list
        ("今年以来，德岚立、诺瑞格成功上市。", ["德岚立", "诺瑞格"]),
        ("菲岚泰成功登陆科创板。", ["菲岚泰"]),
        ("华岚诚科在上交所敲钟上市。", ["华岚诚科"]),
        ("诺瑞格成功挂牌新三板。", ["诺瑞格"]),
        # an adverb after a list of listed firms ends its last member
        ("辖区上市公司德岚立、诺瑞格均实现盈利。", ["德岚立", "诺瑞格"]),
        # firms in general list too, and a film or an army lands
        ("今年以来，全市企业成功上市12家。", []),
        ("这部新片登陆全国院线。", []),
        ("一批企业在新三板挂牌。", []),
    ],
)
def test_listings(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sector, a level or hearsay opens a headline too
        "人工智能：2023年核心产业规模超5000亿元。",
        "工业机器人：1-10月产量增长30%。",
        "全市：规上企业减持库存。",
        "据悉：部分股东拟减持。",
        # a saver's purchases are no fund's flows into stocks
        "他上月净买入理财产品5万元。",
    ],
)
def test_economic_headlines_name_no_firm(company, text):
    assert names(company, text) == []
