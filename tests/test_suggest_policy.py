"""POLICY rules on sentences written for these tests: titles, quoted names
and their head nouns, unquoted programmes after a policy verb, laws, known
national strategies, and what is not a policy."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester


def names(suggester: PolicySuggester, text: str) -> list[str]:
    """The names suggested in ``text``, each checked to be its own POLICY text."""
    out = suggester.suggest(text)
    for s in out:
        assert text[s.start : s.end] == s.text
        assert s.label == "POLICY" and s.source == "policy" and s.version
    return [s.text for s in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles keep their marks, dates inside them included
        (
            "国务院印发《关于促进民营经济发展壮大的意见》，要求抓好落实。",
            ["《关于促进民营经济发展壮大的意见》"],
        ),
        (
            "省政府办公厅印发了《江西省数字经济发展三年行动计划(2023—2025年)》。",
            ["《江西省数字经济发展三年行动计划(2023—2025年)》"],
        ),
        # quoted names with the head noun glued to them
        (
            "持续推进“放管服”改革，创新推行“拿地即开工”模式，扎实推进“千企技改”工程。",
            ["“放管服”改革", "“拿地即开工”模式", "“千企技改”工程"],
        ),
        ("深入实施“十五五”规划。", ["“十五五”规划"]),
        # a quoted name inside a longer name, a head after a modifier
        ("坚持把乡村治理“积分超市”行动作为重要抓手。", ["乡村治理“积分超市”行动"]),
        (
            "探索“园区基金+银行跟投”联动机制，推行“一窗通办”试点改革。",
            ["“园区基金+银行跟投”联动机制", "“一窗通办”试点改革"],
        ),
        # a quoted name that holds its own head noun, a count of articles
        ("入选省“百人计划”，落实稳外资“20条”。", ["“百人计划”", "稳外资“20条”"]),
        # a kind word between a quoted model and its head belongs to the name,
        # as annotators take it (“1+3”服务模式); a bare quote after a policy verb
        (
            "推广“链长+链主”协同模式，复制推广“信易贷”等融资模式。",
            ["“链长+链主”协同模式", "“信易贷”"],
        ),
        # unquoted programmes after a policy verb; campaigns and pilots
        (
            "深入实施新一轮服务业扩大开放行动，扎实开展农村人居环境整治提升行动。",
            ["服务业扩大开放行动", "农村人居环境整治提升行动"],
        ),
        (
            "深入打好污染防治攻坚战，实施科技型企业梯次培育计划。",
            ["污染防治攻坚战", "科技型企业梯次培育计划"],
        ),
        ("深化国有林场管理体制改革，探索水权交易试点。", ["国有林场管理体制改革", "水权交易试点"]),
        # laws
        ("贯彻落实安全生产法和环境保护法。", ["安全生产法", "环境保护法"]),
        # national strategies by name, and the items of a list of them
        (
            "积极融入“一带一路”，主动服务京津冀协同发展、长江经济带发展等国家战略。",
            ["“一带一路”", "京津冀协同发展", "长江经济带发展"],
        ),
        # a name found once is found again
        (
            "深化医保支付方式改革。医保支付方式改革成效明显。",
            ["医保支付方式改革", "医保支付方式改革"],
        ),
    ],
)
def test_policies(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or level in front is never part of the name
        ("落实省、市“千项万亿”工程工作部署。", ["“千项万亿”工程"]),
        ("深入推进九江市“6188”行动计划。", ["“6188”行动计划"]),
        # nor a verb, an adverb, an issuer or a company that owns the programme
        ("浦江县始终坚持“工业强县”首位战略不动摇。", ["“工业强县”首位战略"]),
        ("当地形成“数据—信用—融资”联动机制。", ["“数据—信用—融资”联动机制"]),
        ("为落实省委省政府“强省会”战略部署，企业加快布局。", ["“强省会”战略"]),
        ("扎实推进金桥汽车股份有限公司“一二五”工程。", ["“一二五”工程"]),
        # a level before a quoted name is who adopted it; a verb phrase that
        # jieba keeps as one word (积极响应) is no part of it either
        ("这家企业主动对接国家“东数西算”工程，加快建设数据中心。", ["“东数西算”工程"]),
        ("各县区主动落实全省“三大攻坚”行动。", ["“三大攻坚”行动"]),
        # a head noun's name starts after the clause in front of it: a subject,
        # a modal, an adverb, a localiser (… 背景下 … 可以享受 …)
        ("在这一背景下出口企业可以享受退税优惠政策。", ["退税优惠政策"]),
        ("按照规定各单位必须严格执行安全生产责任制度。", ["安全生产责任制度"]),
        # but verbs of the name's own stay (项目带动战略)
        ("县里持续实施龙头带动战略。", ["龙头带动战略"]),
        # a duration glued before a known name is part of it; agreements by acronym
        ("随着240小时过境免签政策落地，入境游升温。", ["240小时过境免签政策"]),
        ("RCEP生效两周年，企业享受关税减让。", ["RCEP"]),
        # a quoted name that is one of those counted after it; a list before a quote
        ("推出“扬帆计划”两大激励政策。", ["“扬帆计划”"]),
        ("上海发布元宇宙等四个“新赛道”投资促进方案。", ["“新赛道”投资促进方案"]),
        # a public body and its policy verb before a plan; a verb before a law
        (
            "在政府推出4万亿拉动内需计划后，修改消费者权益保护法列入日程。",
            ["4万亿拉动内需计划", "消费者权益保护法"],
        ),
        # a name no verb introduces, but the words after it say is in force
        # (and a topic glued to 新政 names the one new policy on it)
        ("稳外贸政策持续发力，人才新政实施以来成效明显。", ["稳外贸政策", "人才新政"]),
        # a bare quote that the words after it say is in force
        ("今年以来，“两新”加力扩围，“惠企贷”持续发力。", ["“两新”", "“惠企贷”"]),
        # a known name keeps the head noun glued to it
        ("以旧换新政策拉动消费，西部大开发战略深入实施。", ["以旧换新政策", "西部大开发战略"]),
        # 国家战略 after a name says what kind of thing it is
        (
            "落实长三角一体化发展国家战略，推进城乡融合发展国家战略。",
            ["长三角一体化发展", "城乡融合发展"],
        ),
        # laws of companies, commerce and trade; the civil code by name
        (
            "新修订的公司法施行，电子商务法和对外贸易法同步修订，民法典实施。",
            ["公司法", "电子商务法", "对外贸易法", "民法典"],
        ),
        # a document's title keeps every word, 和 included
        (
            "省政府出台促进民营经济和中小企业发展三年行动计划。",
            ["促进民营经济和中小企业发展三年行动计划"],
        ),
        # a quoted name takes its head: a matrix, a system of policies
        ("构建“3+12”全员招商矩阵，推行“1+N”政策体系。", ["“3+12”全员招商矩阵", "“1+N”政策体系"]),
        # a place without its suffix before a quoted name is not part of it
        ("深化江西“赣服通”改革，落实湖南“三高四新”战略。", ["“赣服通”改革", "“三高四新”战略"]),
        # a year given to a campaign is its name, 活动 after it or not
        (
            "今年是“营商环境优化提升年”，各地开展“项目建设攻坚年”活动。",
            ["“营商环境优化提升年”", "“项目建设攻坚年”"],
        ),
        # a scope before a name, and a name joined to another by 和, are left out
        (
            "开展低空领域无人机物流配送试点，推进普惠保险和长期护理保险试点。",
            ["无人机物流配送试点", "长期护理保险试点"],
        ),
        # a year range in front is left out; a name may start with 向 (向海经济)
        ("广西实施2020—2022年向海经济三年行动计划。", ["向海经济三年行动计划"]),
        # a quoted campaign takes its head noun, with a kind word between
        ("周口市部署开展“万人助万企”活动。", ["“万人助万企”活动"]),
        ("自“万人助万企”活动开展以来，企业受益。", ["“万人助万企”活动"]),
        ("推行“1+3”服务模式，构建“1+3+3”管理体系。", ["“1+3”服务模式", "“1+3+3”管理体系"]),
        ("创新开展“一链一网一平台”试点示范。", ["“一链一网一平台”试点示范"]),
        # a document's title on a line of its own, without 《》
        (
            "2023年4月22日\n关于推动经济高质量发展的若干政策\n为深入贯彻落实…",
            ["关于推动经济高质量发展的若干政策"],
        ),
        # a notice (通报) is a document, though newspapers end in 报 too
        (
            "印发《关于2023年全省开发区综合考核评价结果的通报》。",
            ["《关于2023年全省开发区综合考核评价结果的通报》"],
        ),
        # a bare quote that the sentence treats as a programme
        ("以“数字湖南”建设撬动制造业变革。", ["“数字湖南”"]),
        # a title is a policy when it names a policy document
        (
            "省政府办公厅印发《关于加快建设现代化产业体系的通知》。",
            ["《关于加快建设现代化产业体系的通知》"],
        ),
        # a document's title without 《》 after the verb that issues it
        (
            "省政府近日印发关于支持县域商业体系建设的实施意见，市里出台关于稳就业的若干措施。",
            ["关于支持县域商业体系建设的实施意见", "关于稳就业的若干措施"],
        ),
        # a document cited by its number, but not the number in brackets
        # after a title; a regulation (条例) after the verb that puts it in force
        (
            "按照国办发〔2024〕12号文件要求，落实《关于稳就业的通知》（人社部发〔2023〕8号）。",
            ["国办发〔2024〕12号文件", "《关于稳就业的通知》"],
        ),
        ("各地认真贯彻落实保障农民工工资支付条例。", ["保障农民工工资支付条例"]),
        # a scheme in quotes that a body sets up or hands out
        ("省里设立“专精特新贷”，区里发放“创新服务券”。", ["“专精特新贷”", "“创新服务券”"]),
        # a firm that carries out a public policy does not make it its own
        (
            "公司积极落实粮食收储政策，人民银行实施普惠养老再贷款计划。",
            ["粮食收储政策", "普惠养老再贷款计划"],
        ),
        # names listed after the policy verb of the first one, with its head;
        # a document's name ending in 若干措施
        (
            "深入实施人才强省战略、乡村振兴战略、主体功能区战略，出台稳外贸若干措施。",
            ["人才强省战略", "乡村振兴战略", "主体功能区战略", "稳外贸若干措施"],
        ),
        # laws of sanctions, resources, procedure and penalties by name
        (
            "贯彻实施对外关系法、矿产资源法和行政处罚法。",
            ["对外关系法", "矿产资源法", "行政处罚法"],
        ),
        # a name whose first word holds a preposition's character (数据, 根据)
        ("该区在全省率先开展数据资产入表试点。", ["数据资产入表试点"]),
        # the No. 1 document by its name
        ("今年的中央一号文件聚焦粮食安全。", ["中央一号文件"]),
        # two names joined by 和 are two suggestions
        ("该市深入实施科教兴国战略和工业强市战略。", ["科教兴国战略", "工业强市战略"]),
        # a name that the words after it say is extended
        ("农机购置补贴政策延续至2027年底。", ["农机购置补贴政策"]),
        # a name may end in the verb it is about (品牌创建); 重点 before a noun
        # describes it; the X长制 systems name themselves
        (
            "开展质量品牌创建行动，实施重点人群健康促进行动，全面推行湖长制。",
            ["质量品牌创建行动", "重点人群健康促进行动", "湖长制"],
        ),
        # a slogan in quotes names a model or a mechanism with its head noun;
        # firms before it are its actor, not part of its name
        (
            "全县推行“群众点单、部门接单”工作机制，龙头企业“一企帮一村、一村一品”模式见效。",
            ["“群众点单、部门接单”工作机制", "“一企帮一村、一村一品”模式"],
        ),
    ],
)
def test_policy_boundaries_in_news(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # titles of magazines and reports
        "据海关总署《中国海关》杂志发布的数据。会上发布了《2023园区高质量发展百强研究报告》。",
        # a status, a model with no policy around it, a list of activities
        "怀集县由“农业大县”向“农业强县”跨越。",
        "逐步实现“政府+市场”的共治。",
        "通过打造人才聚集高地、强化资金保障、优化审评审批机制等举措支持企业。",
        # a zone's industries are a target, not an instrument
        "将低空经济纳入“1028”产业体系。",
        # a preposition that introduces a clause, not a name: a verb after it,
        # a preposition or a time word inside
        "银行正在研究制定相关政策，以规避日后政策风险。",
        "根据省政府对农村合作金融改革的部署，各地有序推进。",
        # a known name inside a firm's, a fund's or a sector's name; a firm's solution
        "中国南水北调集团发布公告，一带一路基金拟减持，国企改革板块走强。",
        "双方共同推出全方位解决方案，开展战略合作达成战略共识。",
        # a subject and its verb before a head; a pilot's designation; a firm's plant
        "公司深化改革的三个方面，首批获试点资格，与海洋试点国家实验室合作，建立“灯塔”工厂。",
        # a scope before a campaign, a pilot's office, a firm that pilots something
        "公安局决定在全市范围内开展专项行动，我是人居委城镇试点部的张光，农商银行分行试点信用村建设。",
        # a clause before words of force, a university's law school, two things in a list
        "下半年要强化政策落地见效。专访中国政法大学财税法研究中心主任。有关发展工业互联网、数字经济以及工业母机等政策均利好。",
        # what is in force but names nothing
        "这一政策效应显现，有关政策措施落地。",
        # a legal person, a legal department, a method
        "子公司法人代表变更，公司法务部门介入，我们的方法很好。",
        # a sentence or a long slogan in quotes after a policy verb is no nickname
        "推进“要素跟着项目走”，建立“确保在网络空间的行动自由”。",
        # titles of games, films and journals, and titles that end like a document by chance
        "公司枪战网游《反恐行动》上线，电影《魔法》上映，《刺客信条》系列热销。",
        # a firm's contract and its notices to shareholders are no instruments
        "公司与客户签署《锂电设备采购合同》，并发布《关于股东部分股份解除质押的公告》。",
        "该公司发布关于高级管理人员辞任的公告。",
        # national themes and targets name no instrument; nor does a count of policies
        "加快推进新型城镇化，服务“双碳”目标，融入双循环。",
        "近年来国家出台了一系列稳增长政策，落实多项惠企政策。",
        # what a resort, a railway or a bank offers after 推出 is no instrument,
        # nor is a theme or an event in quotes
        "景区推出“星空露营”新玩法，铁路推出“赏花专列”，多地推出“演出经济”，当地开展“乡村超级联赛”。",
        # a firm's own strategy or plan; a store, a home, a loan it sets up or hands out
        "集团深入实施全球化布局战略，银行推进对公业务转型计划。",
        "公司在商城设立“品牌体验店”，在园区设立“职工之家”，向企业发放“绿色+低碳”贷款。",
        # a list of fields after a policy verb; tax cuts as an amount; basic institutions
        "完善相关市场机制、价格机制，推进内设机构、薪酬制度等改革，健全资本市场基础制度。",
        "全年新增减税降费超过1万亿元。",
        # a method, a legal department: no law named
        "这种组织法很管用，公司组织法务培训。",
        # a field of policy is no instrument (货币政策, 调控政策)
        "实施稳健的货币政策，多地出台调控政策，银行执行信贷政策。",
        "企业享受税收优惠政策，各地落实人才支持政策和产业扶持政策。",
        "银行建立举报制度，完善考核机制。",
        # a quoted name in a game or a film
        "玩家在游戏中可以选择“秘密行动”模式，电影讲述了“寻宝计划”的故事。",
        # an event held under a quoted name is no campaign
        "协会举办的“最美乡村”活动中，“爱心助学”活动结束后。",
        # a policy verb between a quote and a head opens a clause
        "监管部门尚未对“限购”出台政策。",
        # a first item that is no name keeps 和 from splitting off a second
        "把城市的发展规划和区域产业政策结合起来。",
        # a firm's own plans about its shares, a product, works won under contract
        "公司推出员工持股计划，参与汇源饮料重整计划，成立“添益资管计划”，中标“交椅湾新河工程”。",
        # a firm's designation or an honour in quotes is no instrument
        "推进“小巨人”企业梯度培育，入选“百强县”名单。",
        # an event or a theme in quotes is not an instrument
        "全市开展“欢乐购物季”系列活动，带动消费。",
        "大会以“绿色智造未来”为主题，吸引客商参加。",
        # a clause, not a name, before a head noun
        "湖北联投与长江电力在武汉签署战略合作协议。现制定以下政策。",
    ],
)
def test_not_policies_in_news(policy, text):
    assert names(policy, text) == []


def test_a_bare_slogan_scores_below_a_named_programme(policy):
    """A quote after a policy verb may be a programme or only a slogan: it is
    suggested with a lower score than a quote with its head noun."""
    out = policy.suggest("复制推广“信易贷”，深入实施“千企技改”工程。")
    scores = {s.text: s.score for s in out}
    assert scores["“信易贷”"] < scores["“千企技改”工程"]


@pytest.mark.parametrize(
    "text",
    [
        "2026年是“十五五”开局之年，全区将打造“一核三区”发展格局。",
        "今年迎来“丰收年”。",
        "培育专精特新“小巨人”企业和高新技术企业。",
        "深化改革，加快科技创新，强化招商引资，推进重点领域改革和各领域改革。",
        "坚持“项目为王、企业至上”理念，聚焦“1+3+N”产业布局。",
        "培育“汽车+文旅”“汽车+赛事”等新业态新场景。",
        "了解情况后迅速行动，以实际行动推动发展。",
        "具有战略性意义的改革开放取得新成效。",
        "据《人民日报》报道，该方法简便易行。",
        "该区作为全国首批试点，成为全省唯一试点，入选国家级试点，将扩大试点范围。",
        "推进要素市场化配置，实施“两癌”免费筛查项目，推动“光伏+储能”项目落地。",
    ],
)
def test_not_policies(policy, text):
    assert names(policy, text) == []


def test_a_quote_not_ending_in_nian_is_never_a_campaign_year():
    # the year given to a campaign (“项目攻坚年”) is looked for only in a quote
    # that ends in 年: over the quotes of real news the test first and the
    # pattern alone agree, and some quotes are such years
    from models.suggest import policy as p
    from models.suggest.segment import Analysis, compact
    from tests.conftest import real_news_texts

    texts = real_news_texts("news-train.jsonl")
    texts.append("全市开展“项目攻坚年”活动，推进“营商环境优化提升年”建设。")
    years = 0
    for text in texts:
        a = Analysis(compact(text))
        for qs, qe in a.quotes:
            content = a.text[qs + 1 : qe]
            if "\n" in content:
                continue
            pattern_alone = p.CAMPAIGN_YEAR.search(content) is not None
            assert p._campaign_year(content) == pattern_alone, content
            years += pattern_alone
    assert years >= 2


def test_a_text_without_a_digit_glued_to_a_head_holds_no_numbered_programme():
    # the programmes named by a code (136机制, 511工程) are looked for only in
    # a text where a digit is glued to one of their heads: every match of the
    # pattern over real news holds one, and a text without one gives none
    from models.suggest import policy as p
    from models.suggest.segment import Analysis, compact
    from tests.conftest import real_news_texts

    texts = real_news_texts("news-train.jsonl")
    texts.append("实施“136机制”和511工程，落实2025行动计划。")
    found = 0
    for text in texts:
        t = Analysis(compact(text)).text
        for m in p.NUMBERED_PROGRAMME.finditer(t):
            assert p.DIGIT_BEFORE_PROGRAMME.search(m.group()), m.group()
            found += 1
        if p.DIGIT_BEFORE_PROGRAMME.search(t) is None:
            assert not list(p.NUMBERED_PROGRAMME.finditer(t))
    assert found >= 2


def test_a_title_on_a_line_of_its_own_is_still_found():
    # the title lines (关于…的若干政策) are looked for only in a text holding 关于
    from models.suggest import policy as p
    from models.suggest.segment import Analysis, compact

    text = "市政府印发新政。\n关于促进民营经济发展的若干政策措施\n全文如下。"
    found = p.PolicySuggester()._titles(Analysis(compact(text)))
    assert [c.how for c in found] == ["title line"]
