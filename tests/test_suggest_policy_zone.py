"""POLICY rules on the language of local economy and development-zone news
(sentences written for these tests): what a curator sees suggested, and
what is left alone, in a zone's reports on investment and its programmes."""

from __future__ import annotations

import pytest

from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 战略 before 合作 or 机遇 is an adjective: the quoted name stands alone
        ("市政府与两所高校签署共建“双一流”战略合作协议。", ["“双一流”"]),
        ("抢抓“一带一路”战略机遇，扩大对外开放。", ["“一带一路”"]),
        # …while a strategy deployed keeps its head noun
        ("深入实施“强省会”战略部署。", ["“强省会”战略"]),
    ],
)
def test_strategic_adjective(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quoted place to build or a status to reach is no programme
        "开发区正加快推进“东湖药谷”“东湖光谷”建设。",
        "为全省“工业强县”建设贡献力量。",
        # a list of what was done: each item opens with its own verb
        "该县通过印发专项行动方案、建立项目服务中心、举办招商推介会等举措优化服务。",
    ],
)
def test_not_a_programme(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national programmes that local news names bare or in quotes
        ("该镇入选全国“一村一品”示范村镇。", ["“一村一品”"]),
        ("信贷资金重点投向“两重”“两新”领域。", ["“两重”", "“两新”"]),
        ("新区推行“标准地”出让，项目实现“一窗受理”。", ["“标准地”", "“一窗受理”"]),
        ("园区按照工业上楼的思路建设标准厂房。", ["工业上楼"]),
        ("全县加快推进城市棚户区改造。", ["城市棚户区改造"]),
    ],
)
def test_national_programmes(policy, text, expected):
    assert names(policy, text) == expected


def test_new_organisations_are_no_programme(policy):
    # “两新”党组织: the party's cells in new firms and associations
    assert names(policy, "全区新建“两新”党组织12个。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system named by its 制: the words around it say where it is used
        ("开发区创新实施产业链“链长制”招商制度。", ["“链长制”"]),
        ("积极探索“链长制”招商新模式。", ["“链长制”"]),
        ("推行“告知承诺制”改革。", ["“告知承诺制”改革"]),
        # a widening verb and a place without 市 are not the name's first words
        ("持续深化拓展“三争”行动。", ["“三争”行动"]),
        ("为萧山“工业强区”战略注入动力。", ["“工业强区”战略"]),
        # a quoted name in a list keeps its topic
        ("落实助企纾困“20条”、稳经济“36条”等政策措施。", ["助企纾困“20条”", "稳经济“36条”"]),
        # one of each is a programme's way of sharing out
        ("常态化开展“一月一行一专场”对接活动。", ["“一月一行一专场”"]),
    ],
)
def test_quoted_name_boundaries(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 以“…”为指引: the quote's role, no guidance document
        "全县以“农头工尾”为指引，延伸产业链。",
        # counted parts make a standard or a target
        "园区开展了“七通一平”基础设施建设。",
        "着力推进“两区五基地”建设。",
    ],
)
def test_quoted_roles_and_standards(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level and what stands before it say where the pilot is, not which
        ("西湖科技园省级产教融合试点正式落地。", ["产教融合试点"]),
        # 服务 before 贸易 is a noun; 首张 is which one, not its name
        ("全国首张跨境服务贸易负面清单出台实施。", ["跨境服务贸易负面清单"]),
        # a known strategy keeps its head before the words that deploy it
        ("长三角一体化发展战略部署以来，两地合作加深。", ["长三角一体化发展战略"]),
    ],
)
def test_unquoted_name_boundaries(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # to plan and build, a body's institutions: no instrument named
        "在园区规划建设200万锭纺纱项目。",
        "一是完善开发区体制机制。",
    ],
)
def test_unquoted_generic(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set of articles named by its purpose, after the verb that issues it
        ("县里出台了支持食品加工业发展的十条措施。", ["支持食品加工业发展的十条措施"]),
        ("市政府印发促进民营经济发展若干措施。", ["促进民营经济发展若干措施"]),
        # a programme named by a code of digits; a year is no code
        ("园区通过258机制推动项目快速落地。", ["258机制"]),
        ("实施2025行动计划。", []),
        # 之策 says the quote is a policy, commas and all
        ("全县落实“稳商、助商、惠商”之策。", ["“稳商、助商、惠商”"]),
    ],
)
def test_named_by_purpose_code_or_word(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chief's system names its own domain: 产业链 before it is no part
        ("全面实施产业链“链长制”。", ["“链长制”"]),
        ("积极探索产业链链长制招商模式。", ["链长制"]),
        ("全面推行河湖长制。", ["河湖长制"]),
        # national reforms and programmes named without a head noun
        ("深化“亩均论英雄”改革，落实“免申即享”。", ["“亩均论英雄”改革", "“免申即享”"]),
        ("推广以工代赈，编制“多规合一”的实用性村庄规划。", ["以工代赈", "“多规合一”"]),
    ],
)
def test_systems_and_reforms(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reform as a model is named as one
        ("推出“先确权、后转化”改革模式。", ["“先确权、后转化”改革模式"]),
        # a quoted model glued before a known programme is named with it
        ("实现“园区+人才”双招双引。", ["“园区+人才”双招双引"]),
        # …while a quoted name before another stays its own
        ("融入“一带一路”“双招双引”工作。", ["“一带一路”", "“双招双引”"]),
    ],
)
def test_models_named_with_their_programme(policy, text, expected):
    assert names(policy, text) == expected


def test_a_business_format_is_no_model(policy):
    # a model whose last part is a theme (旅游, 经济) is a business format
    text = "围绕“生态农业+乡村旅游”建设，打造三条精品线路。"
    assert names(policy, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a kind of policy by whom it helps, no name: 惠企政策, 助企纾困政策
        "开发区全面落实各项惠企政策。",
        "园区及时兑现助企纾困政策资金。",
    ],
)
def test_kinds_of_policy_by_whom_they_help(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("word", "place"),
    [("大冶", True), ("萧山", True), ("合作", False), ("东方", False), ("和平", False)],
)
def test_a_city_named_without_its_level(word, place):
    # 合作市, 东方市 and 和平县 exist, but the words are read as words first
    from models.suggest.policy import _place_word, resources

    assert _place_word(word, resources()) is place
