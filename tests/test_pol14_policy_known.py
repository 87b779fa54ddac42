"""POLICY, fourteenth round: the national, provincial and sectoral programmes
that news names without quotes, without 《》 and often without a policy verb
before them (issue 14 item 2). The rules know them by name
(`resources/lexicon/policy_names.txt`); a theme or a goal of the same words
stays none. Sentences written in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names

FOUND = [
    # development strategies and regional plans, no policy verb before them
    ("交通强国战略为我市物流企业带来新的发展机遇。", "交通强国战略"),
    ("当地企业受益于长江经济带发展战略，去年产值增长两成。", "长江经济带发展战略"),
    ("粤港澳大湾区发展战略为香港企业北上提供了广阔空间。", "粤港澳大湾区发展战略"),
    ("国家粮食安全战略为种业企业带来新的发展机遇。", "国家粮食安全战略"),
    ("借助郑开同城的东风，尉氏县引进了一批汽车零部件企业。", "郑开同城"),
    ("海峡西岸经济区建设带动了闽东北产业协作。", "海峡西岸经济区建设"),
    ("省委提出强省会战略以来，省会城市首位度稳步提升。", "强省会战略"),
    ("质量强国战略对制造企业的标准化提出了更高要求。", "质量强国战略"),
    # industrial, innovation and talent programmes
    ("工业强基工程为一批关键零部件企业带来订单。", "工业强基工程"),
    ("公司两项成果列入国家重点研发计划，研发投入同比增长三成。", "国家重点研发计划"),
    ("国家高层次人才特殊支持计划为企业引来一批领军人才。", "国家高层次人才特殊支持计划"),
    ("研发费用加计扣除政策为企业减负1.2亿元。", "研发费用加计扣除政策"),
    (
        "首台（套）重大技术装备保险补偿机制为企业分担了市场风险。",
        "首台（套）重大技术装备保险补偿机制",
    ),
    ("人工智能+行动在制造、医疗等领域加快落地。", "人工智能+行动"),
    ("互联网+政务服务让企业办事少跑腿。", "互联网+政务服务"),
    # reforms of a system, and approval reforms named bare
    ("商事制度改革以来，全市新登记市场主体增长四成。", "商事制度改革"),
    ("汇率市场化改革方向不变，人民币汇率在合理均衡水平上保持基本稳定。", "汇率市场化改革"),
    ("随着电力体制改革推进，园区企业用电成本下降。", "电力体制改革"),
    ("省属企业受益于国企改革三年行动，利润增长两成。", "国企改革三年行动"),
    ("工程建设项目审批制度改革让审批时限压缩一半。", "工程建设项目审批制度改革"),
    ("五证合一以后，企业开办时间缩短到一天。", "五证合一"),
    ("证明事项告知承诺制让群众少交证明材料3000余份。", "证明事项告知承诺制"),
    ("市司法局表示，将深入推进优化营商环境条例，加大执法检查力度。", "优化营商环境条例"),
    ("增值税改革为制造业企业减负超过百亿元。", "增值税改革"),
    # rural, ecological and social programmes
    ("千村示范、万村整治工程让浙江乡村面貌焕然一新。", "千村示范、万村整治工程"),
    ("农村厕所革命让群众生活更加便利。", "农村厕所革命"),
    ("钢材等大宗商品涨价、能源双控等因素给行业带来压力。", "能源双控"),
    ("防止返贫动态监测和帮扶机制覆盖全部脱贫村。", "防止返贫动态监测和帮扶机制"),
    ("绿色低碳全民行动倡导简约适度的生活方式。", "绿色低碳全民行动"),
    ("三孩政策及配套支持措施陆续出台。", "三孩政策"),
    ("技能中国行动为制造企业培养了一批高技能人才。", "技能中国行动"),
    # financial programmes and instruments
    ("互换通上线一周年，境外投资者参与踊跃。", "互换通"),
    ("企业通过科技创新和技术改造再贷款获得低息资金。", "科技创新和技术改造再贷款"),
    ("房地产融资协调机制推动一批项目获得银行贷款。", "房地产融资协调机制"),
    ("存款保险制度保护了中小存款人的合法权益。", "存款保险制度"),
    # pilots and provincial flagship programmes
    ("全力做好银川市中小企业数字化转型城市试点工作。", "中小企业数字化转型城市试点"),
    ("八八战略实施二十年来，浙江民营经济不断壮大。", "八八战略"),
    ("百县千镇万村高质量发展工程为县域经济注入新动能。", "百县千镇万村高质量发展工程"),
    ("三高四新战略引领湖南制造业转型升级。", "三高四新战略"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_programme_known_by_name_is_found_without_a_verb(policy, text, name):
    assert name in policy_names(policy, text)


NOT_NAMES = [
    # goals and themes of the same words: no instrument named
    ("加快推进新型工业化，发展新质生产力。", "新型工业化"),
    ("扎实推进乡村全面振兴。", "乡村全面振兴"),
    ("美丽中国建设迈出重大步伐。", "美丽中国建设"),
    ("加快建设交通强国，完善综合立体交通网。", "交通强国"),
    ("坚持并完善东西部协作、对口支援、定点帮扶等机制。", "东西部协作"),
    ("推动新旧动能转换和经济结构升级。", "新旧动能转换"),
]


@pytest.mark.parametrize(("text", "words"), NOT_NAMES)
def test_a_goal_of_the_same_words_is_no_name(policy, text, words):
    assert not any(words in n for n in policy_names(policy, text))


def test_an_initiative_keeps_the_quoted_name_alone(policy):
    # the economy study half marks “一带一路” before 倡议, as the guideline does
    # after 共建: the initiative's noun stays out
    assert policy_names(policy, "“一带一路”倡议提出10年来，东博会紧扣合作主题。") == ["“一带一路”"]


def test_a_longer_name_wins_over_the_known_one_inside(policy):
    assert policy_names(policy, "扎实开展农村厕所革命，有序推进和美乡村建设。") == ["农村厕所革命"]
    assert policy_names(policy, "推进城市房地产融资协调机制落地。") == ["城市房地产融资协调机制"]


# The second batch: instruments of finance, tax and consumption, Hainan's
# free-port measures, and programmes the study material names bare
FOUND_SECOND = [
    ("签约的技术改造再贷款已发放到位，惠及企业300余家。", "技术改造再贷款"),
    ("通过专项再贷款项目，一批专精特新企业完成设备更新。", "专项再贷款"),
    ("产业建圈强链行动为成都带来一批链主企业。", "产业建圈强链行动"),
    ("海南推出多项放宽市场准入特别措施，吸引外资企业落户。", "放宽市场准入特别措施"),
    ("加工增值免关税政策让园区企业节省关税上亿元。", "加工增值免关税政策"),
    ("该县农业产业融合发展项目带动农户增收。", "农业产业融合发展项目"),
    ("城区学校免试就近入学让家长更放心。", "免试就近入学"),
    ("稳经济一揽子政策为市场主体纾困解难。", "稳经济一揽子政策"),
    ("一揽子增量政策带动市场信心回升。", "一揽子增量政策"),
    ("将加快推进设备更新贷款贴息政策，降低企业融资成本。", "设备更新贷款贴息政策"),
    ("个人消费贷款财政贴息政策带动汽车销量增长。", "个人消费贷款财政贴息政策"),
    ("新能源汽车下乡带动县域汽车消费。", "新能源汽车下乡"),
    ("车辆购置税减半征收政策带动乘用车销量回升。", "车辆购置税减半征收政策"),
    ("个人所得税专项附加扣除让工薪阶层减负。", "个人所得税专项附加扣除"),
    ("公平竞争审查制度让民营企业参与招投标更有底气。", "公平竞争审查制度"),
    ("离岛免税政策带动海南免税品销售额增长三成。", "离岛免税政策"),
    ("企业投资项目承诺制让项目开工时间提前半年。", "企业投资项目承诺制"),
]


@pytest.mark.parametrize(("text", "name"), FOUND_SECOND)
def test_an_instrument_known_by_name_is_found(policy, text, name):
    assert name in policy_names(policy, text)


# The third batch: trade, industry and energy programmes, several of which the
# rules cut short in front (国民待遇加…, 大规模设备更新工程)
FOUND_THIRD = [
    (
        "准入前国民待遇加负面清单管理制度让外资企业享受同等待遇。",
        "准入前国民待遇加负面清单管理制度",
    ),
    (
        "制造业重大技术改造升级和大规模设备更新工程带动工业投资增长。",
        "制造业重大技术改造升级和大规模设备更新工程",
    ),
    ("整县屋顶分布式光伏开发试点带动光伏企业订单增长。", "整县屋顶分布式光伏开发试点"),
    (
        "公共领域车辆全面电动化先行区试点带动新能源公交车销量增长。",
        "公共领域车辆全面电动化先行区试点",
    ),
    ("千乡万村驭风行动为风电企业打开农村市场。", "千乡万村驭风行动"),
    ("数字化转型伙伴行动为中小企业提供上云服务。", "数字化转型伙伴行动"),
    ("工业互联网创新发展工程支持了一批平台项目。", "工业互联网创新发展工程"),
    ("战略性新兴产业集群发展工程为新材料企业带来新机遇。", "战略性新兴产业集群发展工程"),
    ("稳外资行动为外资企业解决了一批难题。", "稳外资行动"),
]


@pytest.mark.parametrize(("text", "name"), FOUND_THIRD)
def test_a_programme_known_by_name_keeps_its_front(policy, text, name):
    assert name in policy_names(policy, text)


# The fourth batch: national plans and actions whose names run past a known
# strategy (乡村振兴战略|规划) or that the rules cut in front
FOUND_FOURTH = [
    ("乡村振兴战略规划为农业龙头企业指明了方向。", "乡村振兴战略规划"),
    ("全国国土空间规划纲要为产业布局划定了底线。", "全国国土空间规划纲要"),
    ("国家新型城镇化规划提出，推进农业转移人口市民化。", "国家新型城镇化规划"),
    ("新一轮找矿突破战略行动为矿业企业带来新机遇。", "新一轮找矿突破战略行动"),
    ("三北防护林体系建设工程让沙区生态明显改善。", "三北防护林体系建设工程"),
    ("组合式税费支持政策为企业减负超过千亿元。", "组合式税费支持政策"),
    ("小微企业普惠性减税政策让个体工商户受益。", "小微企业普惠性减税政策"),
]


@pytest.mark.parametrize(("text", "name"), FOUND_FOURTH)
def test_a_national_plan_known_by_name_is_found_whole(policy, text, name):
    assert name in policy_names(policy, text)
