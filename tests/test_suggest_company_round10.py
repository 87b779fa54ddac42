"""COMPANY, tenth round: firms the press names by their short names, on
sentences written for these tests in the manner of local economy news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # well-known firms by the short names the press uses, with no legal
        # form and no business word: retail, ports, materials, foreign firms
        ("节假日期间,胖东来、永辉超市等商超客流明显回升。", ["胖东来", "永辉超市"]),
        ("一季度,合盛硅业在石河子的工业硅项目满负荷生产。", ["合盛硅业"]),
        ("会上,上港集团与宁波舟山港签署了战略合作协议。", ["上港集团", "宁波舟山港"]),
        ("新加坡吉宝、美国罗克韦尔等外资企业代表参加座谈。", ["吉宝", "罗克韦尔"]),
        ("华晨宝马第六代动力电池项目正在加紧建设。", ["华晨宝马"]),
        # a name that is also a common word stays a firm only where the
        # sentence shows one
        ("当年的北大荒如今已变成了北大仓。", []),
        ("北大荒、首农等企业代表参加了签约仪式。", ["北大荒", "首农"]),
    ],
)
def test_well_known_short_names(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right before 年产 and a figure: the firm whose capacity names
        # its project, however bare its name (no legal form, no trade)
        (
            "签约项目中,既有澜屹恒丰年产200万只汽车轮毂、昊川部件年产30万套内饰件,"
            "也有禾瑞年产5万吨涂料项目。",
            ["澜屹恒丰", "昊川部件", "禾瑞"],
        ),
        ("开工仪式上,由中铁建承建的岚元储年产20吉瓦时电池项目正式启动。", ["中铁建", "岚元储"]),
    ],
)
def test_a_firm_named_by_its_capacity(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a zone, a county, a time word, a verb or nothing before 年产
        "玉溪高新区年产2万吨项目、师宗产业园区年产200万吨项目加快建设。",
        "景宁县年产800万套服装加工项目等6个项目集中开工。",
        "目前年产工业硅35万吨,项目投产后可年产小型发动机500台。",
        "当天开工的年产25万吨再生铝项目,该企业年产值超10亿元。",
        "项目建成后年产汽车轮毂100万只,龙头企业年产5万吨。",
    ],
)
def test_no_firm_before_a_capacity_where_none_is_named(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name that ends in its trade or form is whole: what follows
        # it in a list member is its product, not its arm's name
        (
            "全球销量居前的有中联重科、三一重工挖掘机械、徐工机械起重机械等品牌。",
            ["中联重科", "三一重工", "徐工机械"],
        ),
        # …while a known name with no trade keeps its arm's name (华润|万象)
        (
            "园区引进了格兰仕、华润万象、人本集团轴承系列、亿纬锂能储能电池等项目。",
            ["格兰仕", "华润万象", "人本集团", "亿纬锂能"],
        ),
    ],
)
def test_a_whole_known_name_leaves_its_product_out_of_a_member(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of stocks that 等 and a move close names stocks: a member
        # whose name is a place's (张家界), a place's with its share class
        # (峨眉山A) or a common phrase's (中华企业, 三角防务) is one of them
        # where most of the others read as stocks' names
        (
            "旅游板块震荡走强,澜屹旅游涨停,峨眉山A、禾瑞旅游、张家界、岚山旅游等跟涨。",
            ["澜屹旅游", "峨眉山A", "禾瑞旅游", "张家界", "岚山旅游"],
        ),
        (
            "军工板块继续活跃,中航重机、澜屹科技、三角防务、禾瑞航空等纷纷冲高。",
            ["中航重机", "澜屹科技", "三角防务", "禾瑞航空"],
        ),
        (
            "地产股午后拉升,澜屹置业、中华企业、禾瑞股份等跟涨。",
            ["澜屹置业", "中华企业", "禾瑞股份"],
        ),
        # …but not where places or phrases are most of the list
        ("一线城市房价方面,北京、上海、深圳等涨幅居前。", []),
        ("各板块中,峨眉山A、张家界、澜屹旅游等跟涨。", []),
    ],
)
def test_a_closed_list_of_stocks_keeps_its_odd_members(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of stocks that a word for stocks or listed firms introduces
        # (股票还有, 可比公司, 个股有), with no move after it
        (
            "近一周调研机构较多的股票还有澜屹电子、中矿资源、禾瑞达、岚山智能等,均有百家以上机构调研。",
            ["澜屹电子", "中矿资源", "禾瑞达", "岚山智能"],
        ),
        ("从估值看,相对可比公司澜屹传感、禾瑞光电等,建议关注。", ["澜屹传感", "禾瑞光电"]),
        # …never indices, sectors or places
        ("市场关注的个股有沪深300、创业板指等。", []),
        ("相关股票还有光伏、储能、风电等板块。", []),
    ],
)
def test_a_list_of_stocks_a_word_for_stocks_introduces(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accounting, rating and research firms and fund managers by their
        # short names
        ("普华永道发布报告称,科创板已成为科技企业上市的主要板块。", ["普华永道"]),
        ("惠誉宣布维持该公司评级,穆迪则下调其展望。", ["惠誉", "穆迪"]),
        ("包括易方达、睿远、兴全等11家机构获配。", ["易方达", "睿远", "兴全"]),
        # a name that is also a common word stays a firm only where the
        # sentence shows one
        ("山间的黑石上长满了青苔。", []),
    ],
)
def test_financial_firms_by_their_short_names(company, text, expected):
    assert names(company, text) == expected
