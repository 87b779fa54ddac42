"""COMPANY in the lists of projects and firms of zone and local economy news,
on sentences written for these tests with names invented for them: what a
curator sees suggested in 招引落地A、B等9个项目, A、B等60多家企业, and in a
project's name that opens with its firm's home, brand and trade."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_suggest_company import names

ZONE_NEWS = Path(__file__).parent / "data" / "zone_news" / "gold.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that a count of projects closes names the firms behind them,
        # however bare their names (no legal form, no business word)
        (
            "高新区今年已招引落地澜屹、启芮源、博纳维、韦林克等9个项目,总投资42亿元。",
            ["澜屹", "启芮源", "博纳维", "韦林克"],
        ),
        # …and so does a count of firms, 多 and all
        (
            "在机器人小镇,斯坦德福、欧瑞翎等60多家企业相继入驻。",
            ["斯坦德福", "欧瑞翎"],
        ),
        # a member may carry its trade after its brand
        (
            "今年先后引进了岭澳电梯、华翔涂料、博纳维等一批项目。",
            ["岭澳电梯", "华翔涂料", "博纳维"],
        ),
        # a bare 等 closes a list of investors that 包括 opens; a country
        # before a member says where the firm is from
        (
            "今年新签约的外资项目包括德国凯博森、日本澜屹、博纳维等。",
            ["凯博森", "澜屹", "博纳维"],
        ),
        # a project that opens with its firm's home, brand and trade: the firm
        # keeps its home and its trade, not the project's product
        (
            "本次集中开工的项目有总投资6亿元的浙江澜屹涂料年产5万吨水性涂料项目,"
            "总投资3亿元的湖北禾瑞精密制造汽车零部件项目。",
            ["浙江澜屹涂料", "湖北禾瑞精密制造"],
        ),
        # its trade ends where a word ends: 科技|电子产品, not 科技电子|产品
        ("其中,总投资4亿元的浙江禾瑞科技电子产品生产项目,年内投产。", ["浙江禾瑞科技"]),
        # a listed firm's short name, its brand's characters left apart by
        # jieba (迈|为: 为 is the name's, not a preposition opening the list);
        # 联东, a known developer, before its parks' brand U谷
        (
            "截至目前,高新区已新引进迈为股份、联东U谷、TSV封装等一批优质项目270个。",
            ["迈为股份", "联东"],
        ),
        # a brand with its trade opens a project's name after the zone or
        # county it is built in, with no home place before it
        (
            "滇中新区东鹏饮料昆明生产基地项目、玉溪高新区标准厂房建设项目、"
            "瑞丽浩宇制衣项目、河口观品服装加工生产项目等一批促产业项目加快建设。",
            ["东鹏饮料", "浩宇制衣", "观品服装"],
        ),
        ("加快攻坚,澜屹能源智慧制造园区、禾瑞环保研发基地年内建成。", ["澜屹能源", "禾瑞环保"]),
        # a name jieba does not know, right before the project's own words
        (
            "此次签约项目包括新型电力系统示范区项目、圣湘海济研发及生产基地建设项目等。",
            ["圣湘海济"],
        ),
        ("先后引进吉香居项目等重大食品项目。", ["吉香居"]),
        # one member alone is a list when its capacity names it a project
        ("落实土地指标,保障荣信50万吨乙醇等26个项目。", ["荣信"]),
        # a trade jieba glued to the project's word (川安|医药产业|基地), and
        # three characters it makes no word of opening a project's name
        (
            "北大医疗、四川新绿色、川安医药产业基地等10个重点生物医药项目集中开工。",
            ["川安医药"],
        ),
        (
            "澜屹新城建设项目、易华录城市数据湖项目、禾瑞农产品交易中心项目3项计划总投资12亿元。",
            ["易华录"],
        ),
        # 等单位 closes a list of the firms and bodies a zone signed with
        ("分别与高新区投促中心、高新区双创中心、澜屹创管等单位签约。", ["澜屹创管"]),
    ],
)
def test_the_firms_of_a_list_of_projects_are_suggested(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # products, sectors and public works close lists of projects too
        "今年先后引进了光刻胶、锂电隔膜、电子特气等一批项目。",
        "重点推进汽车、电子、生物医药等8个产业项目。",
        "今年引进的产业包括新能源、新材料、生物医药等。",
        "开工建设紫荆水厂扩建项目、凤凰路改造项目、滨江广场商业综合体项目等12个项目。",
        # a sector's or a product's project, with no brand before its words
        "推进新能源汽车生产基地项目、生物医药产业园项目、年产50万吨乙醇项目等。",
        "高新区标准厂房建设项目、智慧物流园区等一批项目加快建设。",
        # the bodies of a government are no firms
        "该小组由市发改委、市财政局、市商务局等单位组成。",
        # a numeral opens no name: 零碳 is what the factory is
        "创建零碳园区、零碳工厂。",
        "落实土地指标,保障年产50万吨乙醇等26个项目。",
        # verbs jieba left apart open no name
        "培育一批育繁推一体化等优质农作物种业企业。",
    ],
)
def test_products_sectors_and_sites_in_a_list_of_projects_are_no_firms(company, text):
    assert names(company, text) == []


def _every_clause_items(a, r):
    """The plain definition of project_items: every clause (between two
    CLAUSE_MARKS) that is not one plain member is read."""
    from models.suggest import company_projects as cp

    t = a.text
    out = []
    start = 0
    for m in [*cp.CLAUSE_MARKS.finditer(t), None]:
        end = m.start() if m else len(t)
        if not cp._one_plain_member(t, start, end):
            out += cp._clause_items(a, r, start, end)
        start = end + 1
    return out


def test_a_list_no_closer_ends_gives_firms_only_where_a_member_ends_a_project(monkeypatch):
    # a clause whose list nothing closes (等…项目, 为代表) is read only when a
    # member ends in a project's word, and only a clause holding a closer's
    # first character or such an ending is read at all: over real news,
    # reading every clause gives the same firms, and most clauses are skipped
    from models.suggest import company, company_projects
    from models.suggest.segment import Analysis, compact
    from tests.conftest import real_news_texts

    texts = real_news_texts("news-train.jsonl", "seeds.jsonl")
    texts += [
        row["text"]
        for row in map(json.loads, ZONE_NEWS.read_text(encoding="utf-8").splitlines())
        if row.get("meta", {}).get("half") == "study"
    ]
    r = company.resources()
    analyses = [Analysis(compact(text)) for text in texts]
    read = 0
    one_plain = company_projects._one_plain_member

    def counted(t: str, start: int, end: int) -> bool:
        nonlocal read
        read += 1
        return one_plain(t, start, end)

    monkeypatch.setattr(company_projects, "_one_plain_member", counted)
    gated = [company_projects.project_items(a, r) for a in analyses]
    gated_reads, read = read, 0
    assert [_every_clause_items(a, r) for a in analyses] == gated
    assert gated_reads * 3 < read  # most clauses hold no sign of a list
    monkeypatch.setattr(company_projects, "_may_end_a_project", lambda t, start, end: True)
    assert [_every_clause_items(a, r) for a in analyses] == gated  # every member's end read
    assert sum(map(len, gated)) > 20
    # a headline's project, with no mark after it, ends its clause too
    headline = Analysis(compact("总投资5.5亿元的苏州超邦涂料年产5万吨涂料项目"))
    assert company_projects.project_items(headline, r) == _every_clause_items(headline, r) != []


def test_the_openings_of_list_items_are_where_the_written_pattern_puts_them():
    # the openings before a major place's first character are found by a
    # pattern that looks ahead for one: the same places, in the same order,
    # as the written pattern (^ and a character class) then that test, over
    # real news and over every opener glued to another (新建设: 建设 is no
    # opener after 新建) or to itself, before each first character
    from models.suggest import company
    from models.suggest.segment import analyse
    from tests.conftest import real_news_texts

    r = company.resources()
    openers = [*company.ITEM_MARKS, *company.PROJECT_OPENERS]
    glued = [
        one + other[k:]
        for one in openers
        for other in openers
        for k in range(min(len(one), len(other)))
        if one[len(one) - k :] == other[:k]
    ]
    texts = [g + first for g in glued for first in sorted(r.major_firsts)]
    texts += ["、签约江苏某某项目", "签约、推进", "全力推进新建设，", "", "江苏"]
    texts += [analyse(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    for text in texts:
        written = [m.end() for m in company.ITEM_OPENING.finditer(text)]
        wanted = [k for k in written if text[k : k + 1] in r.major_firsts]
        assert company._owner_openings(text, r) == wanted, text[:40]


def _rules_of(company, text: str) -> dict[str, str]:
    """Each COMPANY name the rules find in ``text``, with the rule that did."""
    return {s.text: s.attrs.get("rule", "") for s in company.suggest(text)}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a plant, a park, a project or a line named after the known firm
        # that builds it: what the scorer is told, apart from the known name
        ("宁德时代四川宜宾工厂年内实现满产。", "宁德时代"),
        ("总投资60亿元的比亚迪零部件产业园项目在园区开工。", "比亚迪"),
        ("现场签约海尔智能制造基地、天瑞物流园等5个项目。", "海尔"),
        ("英特尔封装测试生产线二期投产。", "英特尔"),
    ],
)
def test_a_known_firm_opening_its_facility_name_says_so(company, text, firm):
    assert _rules_of(company, text)[firm] == "known-facility"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # the firm as the one who builds or invests, not the facility's name
        ("比亚迪在当地投资建设电池项目。", "比亚迪"),
        ("宁德时代的宜宾工厂年内满产。", "宁德时代"),
        ("海尔与园区签约智能制造基地。", "海尔"),
        ("英特尔今年营收下降。", "英特尔"),
    ],
)
def test_a_known_firm_elsewhere_is_a_known_name(company, text, firm):
    assert _rules_of(company, text)[firm] == "known"
