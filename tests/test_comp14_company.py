"""COMPANY, fourteenth round: how zone news names a firm at the head of its
project (a firm's own trade word, then what the project makes, then 项目 or
基地), on sentences written for these tests in the manner of investment
signings and project lists, with invented firms."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's own trade (科技, 实业, 重工, 精工) ends its name; what follows
        # up to the project's word is what the project makes
        (
            "签约项目有：华鼎科技锂电池正极材料项目、宏远实业不锈钢管材项目、锦泰重工工程机械配件项目。",
            ["华鼎科技", "宏远实业", "锦泰重工"],
        ),
        (
            "开工仪式上，瑞通实业精密铸件项目、蓝海科技光电材料项目等5个项目集中开工。",
            ["瑞通实业", "蓝海科技"],
        ),
        ("总投资20亿元的瑞祥科技电子元器件项目开工建设。", ["瑞祥科技"]),
        ("其中，宏盛精工数控机床项目总投资5亿元。", ["宏盛精工"]),
        (
            "此次开工的重大项目有：博润科技高端电子材料项目、金泰重工风电装备项目。",
            ["博润科技", "金泰重工"],
        ),
    ],
)
def test_a_firms_trade_ends_its_name_before_its_projects_product(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector's word before the product is the project's, not the firm's
        # (盈旺|新能源…, 雷丁|新能源汽车基地), as before
        ("推进盈旺新能源精密结构件项目、雷丁新能源汽车基地建设。", ["盈旺"]),
        # a trade word that begins a phrase is no firm's end
        ("园区实施了一批科技创新项目。", []),
        ("加快科技成果转化项目建设。", []),
        ("推进高新科技产业园项目建设。", []),
        ("新建实业投资项目3个。", []),
    ],
)
def test_a_sectors_word_or_a_phrase_stays_as_it_was(company, text, expected):
    assert names(company, text) == expected


def test_a_trade_word_that_begins_a_phrase_leaves_the_brand_alone(company):
    # 科技创新产业园 is a park for innovation: the brand before it is the firm
    text = "今年以来，园区新开工项目32个；瑞鑫科技创新产业园等15个项目竣工。"
    assert names(company, text) == ["瑞鑫"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a descriptor before a list's first member is no part of its name
        ("省属国企华润电力、国家电投等企业在园区布局新能源项目。", ["华润电力", "国家电投"]),
        ("园区引进民营龙头瑞丰科技、恒昌实业等企业。", ["瑞丰科技", "恒昌实业"]),
    ],
)
def test_a_descriptor_before_a_lists_first_member_is_left_out(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's numbered engineering bureau, a highway one too (一公局)
        ("中交一公局集团、中建八局等参建单位负责人参加活动。", ["中交一公局集团", "中建八局"]),
        ("项目由中交二公局承建，计划明年底完工。", ["中交二公局"]),
        # a group's regional design institute, a firm of the group
        (
            "中国能建江苏院、中国电建华东院分别承担项目设计工作。",
            ["中国能建江苏院", "中国电建华东院"],
        ),
        ("该项目由中国电建西北院总承包。", ["中国电建西北院"]),
    ],
)
def test_a_groups_numbered_bureau_and_regional_institute(company, text, expected):
    assert names(company, text) == expected


def test_a_groups_name_before_a_research_academy_of_the_state_stays_alone(company):
    assert names(company, "中国电建与中国科学院签署合作协议。") == ["中国电建"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a registered firm's trade name holds two characters or more: a
        # grammar character that would leave one (均|胜|电子…) is the name's own
        ("宁波均胜电子股份有限公司在园区投资建设汽车电子项目。", ["宁波均胜电子股份有限公司"]),
        ("上海均和集团有限公司与园区签约。", ["上海均和集团有限公司"]),
        ("项目由以岭药业股份有限公司投资建设。", ["以岭药业股份有限公司"]),
    ],
)
def test_a_trade_name_that_opens_with_a_grammar_character(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # …but a grammar character before a trade name of two stays grammar
        ("公司与瑞丰科技有限公司签署协议。", ["瑞丰科技有限公司"]),
        ("两家企业均为华泰电子股份有限公司的供应商。", ["华泰电子股份有限公司"]),
        # …and after a word that is no place it is grammar (是|和|公司)
        ("考核的重点是员工绩效是和公司目标挂钩的。", []),
    ],
)
def test_a_grammar_character_before_a_two_character_trade_name(company, text, expected):
    assert names(company, text) == expected


def test_a_group_whose_trade_name_opens_with_grammar_characters(company):
    text = "均和集团与园区签订了总投资50亿元的智慧物流港项目合作协议。"
    assert names(company, text) == ["均和集团"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that opens with a firm's project, then what befalls the
        # project (签约, 落户, 开工, 投产, 竣工): firms name their projects
        ("近日，凯德科技智能终端生产线项目签约落户经开区。", ["凯德科技"]),
        ("3月18日，瑞晶半导体封装测试基地开工建设。", ["瑞晶半导体"]),
        ("今年5月，鼎泰实业新型建材项目正式投产。", ["鼎泰实业"]),
        ("目前，博瑞电子二期项目主体工程已封顶。", ["博瑞电子"]),
    ],
)
def test_a_clause_that_opens_with_a_firms_project_and_its_event(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sector's or a place's project before the same verbs names no firm
        "近日，智慧物流产业园项目签约落户经开区。",
        "3月18日，新能源汽车零部件产业园开工建设。",
        "目前，城市更新项目主体工程已封顶。",
        "今年5月，高新区数字经济产业园项目正式投产。",
    ],
)
def test_a_sectors_project_before_its_event_names_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a project's owner after 由 or 系, before 投资, 牵头, 出资…
        ("该项目系宏芯半导体投资，总投资35亿元。", ["宏芯半导体"]),
        ("该项目由汇川精密牵头建设，总投资8亿元。", ["汇川精密"]),
        ("产业园由瑞拓新能源独资建设，占地300亩。", ["瑞拓新能源"]),
    ],
)
def test_a_projects_owner_after_you_or_xi(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sector's or a government's investment is no firm's
        "该项目由政府投资建设，总投资8亿元。",
        "这一体系新能源投资占比逐年提高。",
        "项目由社会资本投资，总投资3亿元。",
    ],
)
def test_a_sector_or_government_after_you_is_no_owner(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list's last member before an adverb (均, 都) ends at its trade:
        # what the firms did or have, after it, is the clause's
        (
            "今年，园区企业累计完成技改投资36亿元，其中铭宇科技、宏达电子技改投资均超亿元。",
            ["铭宇科技", "宏达电子"],
        ),
        ("其中，瑞丰电子、华拓智能营收均增长20%以上。", ["瑞丰电子", "华拓智能"]),
        # …a member all name before the adverb stays whole
        ("园区龙头企业瑞丰电子、华拓智能均实现盈利。", ["瑞丰电子", "华拓智能"]),
    ],
)
def test_a_lists_last_member_before_an_adverb_ends_at_its_trade(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's building after its name
        ("园区改造启用瑞肽生物厂房3000平方米，入驻企业8家。", ["瑞肽生物"]),
        ("鼎盛电子研发中心项目落户高新区。", ["鼎盛电子"]),
        # a firm one founds
        ("2019年返乡的王建军创立瑞邦新能源，填补了当地空白。", ["瑞邦新能源"]),
        ("他于2015年创办鑫源环保，如今年营收超5亿元。", ["鑫源环保"]),
    ],
)
def test_a_firms_building_after_it_and_its_founding_before_it(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "园区新建标准厂房12万平方米。",
        "园区新建新材料厂房5万平方米。",
        "该区创立新能源产业发展基金。",
    ],
)
def test_a_buildings_or_a_funds_sector_is_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a railway bureau's group (a place, 局集团) is a firm, not a bureau
        ("这是湖北局集团立足本地区域市场承接的重点项目。", ["湖北局集团"]),
        # …and a group's numbered design institute (中铁二院)
        ("成都局集团、中铁二院有关负责人参加会议。", ["成都局集团", "中铁二院"]),
    ],
)
def test_a_railway_bureaus_group_and_a_numbered_institute(company, text, expected):
    assert names(company, text) == expected


def test_a_bureau_of_the_government_stays_none(company):
    assert names(company, "市商务局、市发改局等部门负责人参加会议。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that signs with a zone or a government is a firm's
        ("瑞拓新能源与园区签约后仅用3个月就实现投产。", ["瑞拓新能源"]),
        ("会上，鼎盛智能与经开区签订合作协议。", ["鼎盛智能"]),
        ("现场，博远新能源与县政府签署投资协议。", ["博远新能源"]),
        ("华瑞医药与高新区管委会签订投资协议。", ["华瑞医药"]),
    ],
)
def test_a_name_that_signs_with_a_zone_or_a_government(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # places, bodies and generic parties signing with a zone are no firms
        "成都市与园区签订合作协议。",
        "企业与园区签订投资协议。",
        "四川大学与高新区签署战略合作协议。",
        "市商务局与经开区签订合作协议。",
        "新能源产业与园区发展深度融合。",
    ],
)
def test_a_place_or_a_body_that_signs_with_a_zone_is_no_firm(company, text):
    assert names(company, text) == []


def test_a_name_that_signs_with_a_county(company):
    assert names(company, "当天，鼎盛智能与新干县人民政府签订投资协议。") == ["鼎盛智能"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb's character (都, 均) inside a list member that a mark or
        # 等 closes one or two characters later is the name's (安川都林等)
        ("在机器人小镇，尼玛克、瑞川都林等130多家企业入驻。", ["尼玛克", "瑞川都林"]),
        ("园区引进了华拓电子、鼎恒均和等一批企业。", ["华拓电子", "鼎恒均和"]),
    ],
)
def test_an_adverbs_character_inside_a_closed_list_member(company, text, expected):
    assert names(company, text) == expected


def test_an_adverb_after_a_lists_last_member_stays_grammar(company):
    text = "园区龙头企业瑞丰电子、华拓智能都实现了增长。"
    assert names(company, text) == ["瑞丰电子", "华拓智能"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name jieba does not know, right before its project's phase, in a
        # list of projects: the firm whose project it is
        ("今年新开工瑞晟三期食品包装扩建、纺织洗水技改扩能等项目4个。", ["瑞晟"]),
        ("推进汇鑫二期、凯翔三期等项目建设。", ["汇鑫", "凯翔"]),
    ],
)
def test_a_name_before_its_projects_phase_in_a_list(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进园区二期、高新区三期等项目建设。",
        "推进一期、二期等项目建设。",
    ],
)
def test_a_zones_phase_in_a_list_is_no_firm(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known firm's whole name, then what its plant makes: the firm
        ("年产能5万辆的北汽新能源汽车一期全面竣工。", ["北汽新能源"]),
        # a well-known maker by the name the zone press uses
        ("以中微半导体设备生产研发基地为代表的27个项目集中开工。", ["中微半导体"]),
    ],
)
def test_a_known_firm_before_its_plants_product(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what belongs to a group (隶属, 系…旗下) is a firm itself
        ("据介绍，瑞拓新能源隶属鼎盛控股集团。", ["瑞拓新能源", "鼎盛控股集团"]),
        # a brand before what its plant makes and the plant's phase
        ("推进瑞丰新能源汽车一期、雷丁新能源汽车二期等项目建设。", ["瑞丰", "雷丁"]),
    ],
)
def test_a_firm_that_belongs_to_a_group_and_a_brand_before_its_plants_phase(
    company, text, expected
):
    assert names(company, text) == expected


def test_a_pronoun_and_a_verb_before_a_form_are_no_trade_name(company):
    assert names(company, "他说公司董事长很忙。我做公司业务多年。") == []
