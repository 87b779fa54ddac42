"""POLICY rules on sentences written for these tests: a title's subtitle and
number in a series, a modifier before a quoted name that holds its own head,
reforms named by their system (…注册制, …承诺制), and a firm's own plans and
a kind of loan or fund, which are not policy instruments."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester, _title_proper
from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("title", "proper"),
    [
        # a subtitle after a double dash and a number in a series go
        ("上市公司监管指引第5号——信息披露", "上市公司监管指引"),
        # a single dash joins years or the parts of one name: it stays
        (
            "某省制造业数字化转型规划（2021—2025年）实施方案",
            "某省制造业数字化转型规划（2021—2025年）实施方案",
        ),
        ("营商环境优化提升—三年行动方案", "营商环境优化提升—三年行动方案"),
        ("某市科技创新促进条例（试行）", "某市科技创新促进条例"),
    ],
)
def test_title_proper(title: str, proper: str) -> None:
    assert _title_proper(title) == proper


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title whose name is a series with a subtitle keeps its marks
        (
            "证监会发布《上市公司监管指引第5号——信息披露》，自发布之日起施行。",
            ["《上市公司监管指引第5号——信息披露》"],
        ),
        (
            "省政府印发《某省制造业数字化转型规划（2021—2025年）实施方案》。",
            ["《某省制造业数字化转型规划（2021—2025年）实施方案》"],
        ),
        # a policy verb before a modifier puts a quoted name inside a longer one
        ("该县坚持实施招大引强“一号工程”，项目加快落地。", ["招大引强“一号工程”"]),
        ("市委部署实施数字经济“一号工程”。", ["数字经济“一号工程”"]),
        # the head of a quoted name that jieba joins to the work done on it
        ("加快“千村示范”工程建设进度。", ["“千村示范”工程"]),
        # a place between the verb and the modifier is left out
        ("大力实施某某省数字经济“一号工程”。", ["数字经济“一号工程”"]),
        # with no policy verb, the words before the quote are not its name
        ("市委书记调研数字经济“一号工程”。", ["“一号工程”"]),
        # without a verb before it, a place or a level is not the name's
        ("入选江西省“双千计划”的专家达12人。", ["“双千计划”"]),
        # a reform named by the system it brings in, after 实行 or 推行
        ("全面实行股票发行注册制，资本市场活力增强。", ["股票发行注册制"]),
        ("推行企业投资项目承诺制，审批时间大幅压缩。", ["企业投资项目承诺制"]),
        # two nouns joined by 和 after a policy verb modify the name together
        ("深入实施文化和旅游业“百千万”提升工程，成效明显。", ["文化和旅游业“百千万”提升工程"]),
        # but 和 right before the quote joins two names
        ("全面推进城乡融合和“百千万”工程。", ["“百千万”工程"]),
        # 解读 and 调整优化 introduce a policy as 落实 does
        ("座谈会上，专家解读小微企业贷款贴息政策。", ["小微企业贷款贴息政策"]),
        ("调整优化企业技术改造财政奖补政策，加大支持。", ["企业技术改造财政奖补政策"]),
        # a count of articles after a quote, with or without its word
        ("省发改委对“稳增长”十条措施作了解读。", ["“稳增长”十条措施"]),
        ("出台“助企纾困”20条政策措施后，企业反响良好。", ["“助企纾困”20条政策措施"]),
        ("各区认真落实“惠企”十条。", ["“惠企”十条"]),
        # a programme that the words after it say is running; a whole place
        # or our own before it carries it out and is not its name
        ("全市工业倍增行动开展以来，新增规上企业120家。", ["工业倍增行动"]),
        ("全面落实我省支持民营经济发展若干政策。", ["支持民营经济发展若干政策"]),
        ("深入实施国家科技重大项目04专项。", ["国家科技重大项目04专项"]),
        # 现行 says a mechanism is the one in force, it is not its name
        ("按照现行成品油价格形成机制，汽油价格上调。", ["成品油价格形成机制"]),
        # a law after a preposition or 依照 is named without them
        ("人大常委会把反不正当竞争法修改工作列入计划。", ["反不正当竞争法"]),
        ("依照合同法处理纠纷。", ["合同法"]),
        ("严格执行安全生产法和消防法。", ["安全生产法", "消防法"]),
        ("认真落实旅游法和慈善法。", ["旅游法", "慈善法"]),
        # a generic word before a quoted name says whose it is, not which
        ("企业按照有关“奖惩条例”规定处理。", ["“奖惩条例”"]),
        # a body's internal rules are no public instrument
        ("银行按照内部“奖惩条例”规定处理。", []),
        # the State Council's financing instruments, known by name
        ("截至年末，政策性、开发性金融工具投放约5000亿元。", ["政策性、开发性金融工具"]),
        # a verb and 好 before a name is an order about it, not its first word
        ("各地要抓好稳就业政策落地。", ["稳就业政策"]),
        # a count of measures after a policy verb ends a name, a bare count names none
        ("该市出台支持先进制造业发展十条措施。", ["支持先进制造业发展十条措施"]),
        ("省政府出台10条措施。", []),
        # a system named after another head is its object, not a longer head
        ("科创板试点注册制以来，成效显著。", ["科创板试点"]),
        # a firm that carries out a public body's strategy does not own it
        ("公司为落实省委“强省会”战略，加大投资力度。", ["“强省会”战略"]),
        # the body that runs or issues a programme is not its name
        ("在公安部打击银行卡犯罪专项行动新闻发布会上，他介绍了进展。", ["打击银行卡犯罪专项行动"]),
        ("辽宁14家城商行开始执行央行房贷政策。", ["房贷政策"]),
        # a word that ends like a body but names people is the name's own
        ("深入推进干部人事制度改革。", ["干部人事制度改革"]),
        # a mechanism for carrying out a named strategy: the strategy is the name
        ("完善实施区域协调发展战略机制，坚持以人为本。", ["区域协调发展战略"]),
        # the departments that run a pilot are not its name, as a level is not
        ("开展中央部门零基预算改革试点，支持地方深化改革。", ["零基预算改革试点"]),
    ],
)
def test_named_policies(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a firm's own plans and strategies, launched by the firm
        ("该公司启动“百城千店”计划，加快拓展下沉市场。", "计划"),
        ("集团公司正式推出“智造2030”战略。", "战略"),
        # a count of other things after a quote
        ("总结形成“两山”十条经验。", "十条"),
        # a quoted name before what a firm offers: a product, not a policy
        ("该行推出“绿色信贷+碳减排挂钩”综合融资方案。", "融资方案"),
        ("公司发布“智慧工厂”整体解决方案。", "解决方案"),
        # an account set up for firms is a thing, not an instrument
        ("全市为3000家企业建立“碳账户”。", "碳账户"),
        # a zone's slogan of counted places is a target, not an instrument
        ("加快推进“四区”建设，打造增长极。", "四区"),
        ("加快“两核一带”建设步伐。", "两核一带"),
        # 专项 before money says a kind of loan or fund, not a programme
        ("银行发放“保交楼”专项借款18亿元。", "专项借款"),
        ("下达“以工代赈”专项资金2亿元。", "专项资金"),
        # a verb that changes a plan or a policy takes it as its object: no name
        ("公司根据客户需求调整规划，推出新产品。", "规划"),
        ("根据形势变化动态调整政策，提高宏观调控的前瞻性。", "政策"),
        # a field and the kind of support it gets name a class of instruments
        ("完善农业生产支持政策，稳定农民收益。", "支持政策"),
        ("健全绿色出行激励机制。", "激励机制"),
        # a kind of policy named by what it is not is a category, no instrument
        ("把经济政策和非经济性政策统一纳入一致性评估。", "非经济性政策"),
        # a national goal pursued by building it names an aim, not an instrument
        ("加快数字中国建设，数字经济规模持续扩大。", "数字中国"),
        ("推进科技强国建设，实施重大科技项目。", "强国建设"),
        ("高质量推进高标准农田建设、管护、利用。", "农田建设"),
    ],
)
def test_not_named_policies(policy: PolicySuggester, text: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in names(policy, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slogan of parallel phrases of one length names a programme or
        # a reform before its head noun, after a policy verb
        ("深入实施增品种、提品质、创品牌行动，培育本地品牌。", ["增品种、提品质、创品牌行动"]),
        ("持续推进简政放权、放管结合、优化服务改革。", ["简政放权、放管结合、优化服务改革"]),
        # in quotes, the formula a policy verb carries out is the name
        ("全面推进消费品工业“增品种、提品质、创品牌”工作。", ["“增品种、提品质、创品牌”"]),
    ],
)
def test_parallel_slogans(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # listed fields of unequal length share a head, they name no slogan
        ("加强财政、货币、就业、产业政策协同。", "货币"),
        ("深化集体林权、农垦、供销社改革。", "农垦"),
        # regions listed before a head are places, not a formula
        ("实施京津冀、长三角、珠三角战略。", "长三角"),
        # a formula no policy verb carries out is a slogan
        ("企业坚持“抓创新、创品牌、拓市场”，培育新动能。", "抓创新"),
    ],
)
def test_not_parallel_slogans(policy: PolicySuggester, text: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in names(policy, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one head written once for short items before it: no item is a name
        # as written
        ("持续打好蓝天、碧水、净土保卫战。", []),
        ("开展金融、电信、医疗开放试点。", []),
        # alone, the same name is one
        ("深入打好净土保卫战，加强土壤污染防治。", ["净土保卫战"]),
        # a long item before it is a name of its own, not a share of the head
        (
            "推动国家中医药传承创新发展试验区、中医药传承创新发展示范试点项目建设。",
            ["中医药传承创新发展示范试点项目"],
        ),
    ],
)
def test_a_head_shared_by_listed_items(
    policy: PolicySuggester, text: str, expected: list[str]
) -> None:
    assert names(policy, text) == expected
