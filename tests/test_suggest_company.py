"""COMPANY rules on sentences written for these tests, with names invented
for them: legal names, branches, banks, groups, aliases, short names in
context, lists, and what is never a company."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal name, its alias, and the alias used again
        (
            "江西瑞铂新材料科技有限公司（以下简称“瑞铂新材”）年产5000吨项目开工。瑞铂新材负责人介绍，"
            "项目年内投产。",
            ["江西瑞铂新材料科技有限公司", "瑞铂新材", "瑞铂新材"],
        ),
        # a branch designation belongs to the name; the facility after it does not
        (
            "湖南宏达精工机械有限公司长沙分公司车间内一片繁忙。",
            ["湖南宏达精工机械有限公司长沙分公司"],
        ),
        ("富临精密科技(绵阳)有限公司年产800万件零部件。", ["富临精密科技(绵阳)有限公司"]),
        # banks and bank branches
        (
            "九江银行南昌分行向企业发放贷款，农业银行和招商银行也参与其中。",
            ["九江银行南昌分行", "农业银行", "招商银行"],
        ),
        # groups with a zone or city in front
        ("与省投资集团、市城投集团共同出资设立产业基金。", ["省投资集团", "市城投集团"]),
        ("开发区国控集团获得AA+信用评级。", ["开发区国控集团"]),
        # short names: an introduction before, a team or a figure after
        (
            "龙头企业鑫晟电子年营收突破10亿元，朗达科技研发团队历时三年攻关。",
            ["鑫晟电子", "朗达科技"],
        ),
        # a list that ends in 等…企业
        (
            "培育了华睿光电、中科微纳、恒泰智造等一批科技型企业。",
            ["华睿光电", "中科微纳", "恒泰智造"],
        ),
        ("孵化了祺岚泓、沃鑫达等初创企业。", ["祺岚泓", "沃鑫达"]),
        # a list member next to a company, and a count of companies
        ("城发集团、交投集团和文旅投3家公司完成重组。", ["城发集团", "交投集团", "文旅投"]),
        # a known name before its facility
        ("新能源汽车、电子信息等产业加快发展，比亚迪长沙基地正式投产。", ["比亚迪"]),
        # a stock code
        ("精工科技(002006)发布公告称，公司中标一项工程。", ["精工科技"]),
        # a legal name's short form used later in the text
        (
            "广东华隆汽车制造有限公司落户园区。2024年，华隆汽车生产整车1.2万辆。",
            ["广东华隆汽车制造有限公司", "华隆汽车"],
        ),
    ],
)
def test_companies(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb, an adverb or a descriptor in front is never part of the name
        ("今年以来，园区先后引进瑞丰半导体、华擎电子等企业。", ["瑞丰半导体", "华擎电子"]),
        ("此次融资将助力江南云帆信息技术有限公司上市。", ["江南云帆信息技术有限公司"]),
        ("当地龙头禾丰果业集团带动农户增收。", ["禾丰果业集团"]),
        # a plain noun before the province that opens a legal name is not part of it
        ("他的老客户浙江瑞泰新材料股份有限公司追加了订单。", ["浙江瑞泰新材料股份有限公司"]),
        # a legal name keeps the words before its business words, even one
        # jieba tags as a verb (光合), up to its province
        ("甘肃禾润光合生物科技有限公司建成新车间。", ["甘肃禾润光合生物科技有限公司"]),
        # a district in front of a known name is not part of it
        ("临潼区比亚迪新能源有限公司一季度产值增长两成。", ["比亚迪新能源有限公司"]),
        ("鄠邑区比亚迪汽车有限公司产值占全区一半。", ["比亚迪汽车有限公司"]),
        # a state group's full name keeps its 中国
        ("17日，中国国家能源集团召开新闻发布会。", ["中国国家能源集团"]),
        # what surrounds a short name: its officers, a signing between two firms
        ("恒远智能总经理王涛表示，订单已排到年底。", ["恒远智能"]),
        ("川发聚能党委书记、董事长张伟介绍了项目进展。", ["川发聚能"]),
        ("3月5日，华远投资与天启电力在合肥签署战略合作协议。", ["华远投资", "天启电力"]),
        # short forms of a legal name: its first words, its province without 省
        (
            "湘江智联新能源科技有限公司落户园区。湘江智联计划明年投产。",
            ["湘江智联新能源科技有限公司", "湘江智联"],
        ),
        (
            "湖南省建设(控股)有限责任公司承建该项目。作为湖南建设的重点工程，项目进展顺利。",
            ["湖南省建设(控股)有限责任公司", "湖南建设"],
        ),
        # a firm's staff and works after its name, or what the sentence says it is
        ("走进岚芯微生产车间，机器轰鸣。", ["岚芯微"]),
        ("瑞擎动力是一家专注于电机研发的高新技术企业。", ["瑞擎动力"]),
        ("岚芯微工作人员介绍，产品远销海外。", ["岚芯微"]),
        ("在岚芯微展台前，观众络绎不绝；来自岚芯微的工程师现场讲解。", ["岚芯微", "岚芯微"]),
        # a firm's officer tied to its name by 的; a firm a reporter visits
        ("岚芯微的董事长李明表示，订单增长。", ["岚芯微"]),
        ("记者走进岚芯微，看到工人们正在忙碌。", ["岚芯微"]),
        # a coined name (characters jieba makes no word of) where only a firm stands
        ("岚芯微近日宣布，将在合肥建设新工厂。", ["岚芯微"]),
        ("据岚芯微介绍，该芯片性能提升三成。", ["岚芯微"]),
        ("龙头企业瑞擎带动上下游企业集聚。", ["瑞擎"]),
        # an alias defined after a name that ends as firms' do, the name not
        # found otherwise; an officer after a coined name
        (
            "江西瑞禾实业（简称“瑞禾”）今年扩产，瑞禾产值增长。",
            ["江西瑞禾实业", "瑞禾", "瑞禾"],
        ),
        ("岚芯微项目负责人介绍，岚芯微一期工程已完工。", ["岚芯微", "岚芯微"]),
        # a listed firm's short name before its stock code, forms and rarer
        # verbs included; a known name with its form
        (
            "8月5日，瑞擎控股（HK01234）股价上涨，联创光电(600363)发布公告。",
            ["瑞擎控股", "联创光电"],
        ),
        ("莫德纳公司11日表示，正开发新疫苗。", ["莫德纳公司"]),
        # a financial news item that opens with a firm and a colon
        ("岚芯股份：拟减持不超过2%股份。", ["岚芯股份"]),
        # a list's last member ends where the predicate starts; 等车企 closes a list
        ("比亚迪、瑞擎、岚图、美晨纷纷加大投资。", ["比亚迪", "瑞擎", "岚图", "美晨"]),
        ("瑞擎、岚图、美芯等车企加快布局。", ["瑞擎", "岚图", "美芯"]),
        # a subsidiary is a firm whatever its name; firms make the firsts
        ("华能集团子公司赣江电能今年扩产。", ["华能集团", "赣江电能"]),
        ("园区推动岚睿医疗全国首创人工骨产品上市。", ["岚睿医疗"]),
        # a listed firm's short name that opens a clause before what it reports
        ("8月17日晚间，湘江啤酒发布半年报，营收增长。", ["湘江啤酒"]),
        ("6月7日，岚山证券董事长表示，将加大投入。", ["岚山证券"]),
        # a coined brand and a sector word, the subject of what firms do; a
        # business word that is a verb before an amount is not the name's
        ("岚睿电子今年营收突破10亿元，岚睿电子投资5亿元建设新工厂。", ["岚睿电子", "岚睿电子"]),
        ("园区引进了岚睿电子。由瑞擎科技建设的项目即将投产。", ["岚睿电子", "瑞擎科技"]),
        # how a stock moved is not its name's; a verb before the name neither
        ("锂电股走低，岚峰制造一度跌停，湘禾股份午后涨停。", ["岚峰制造", "湘禾股份"]),
        # a group's regional company
        ("重点项目有国电投华北公司示范一期。", ["国电投华北公司"]),
        # a country before a firm says where it is from; a brand in Latin letters
        ("法国岚海航运集团与湘江物流签约。", ["岚海航运集团", "湘江物流"]),
        ("韩国SK集团董事长来访。", ["SK集团"]),
        # a descriptor that jieba cuts apart (油/企) is no part of the name; 拟 ends it
        ("意大利油企瑞纳集团表示，将扩大投资。", ["瑞纳集团"]),
        ("公司全资子公司天津岚睿拟在云交所公开挂牌。", ["天津岚睿"]),
        # a group's subsidiary named after it and a place
        ("国家能源集团宿迁发电有限公司启动扩建项目。", ["国家能源集团宿迁发电有限公司"]),
        # the verb that introduces a list is not its first member's
        ("园区已集聚瑞擎、岚图、美芯等一批电子信息企业。", ["瑞擎", "岚图", "美芯"]),
        # a list read to its end before 等…企业 decides, whatever member is known
        ("奥凯达、戴尔、宏瑞成等企业加快扩产。", ["奥凯达", "戴尔", "宏瑞成"]),
        # coined brands in a list of projects vouch for each other
        (
            "上半年新建霁岚环保、矽晟电子、联茂机械等12个项目实现投产。",
            ["霁岚环保", "矽晟电子", "联茂机械"],
        ),
        # a firm that opens the name of its project
        ("加快推动鲁岳化学乙烯二期项目建设。", ["鲁岳化学"]),
        # a well-known brand that is also a common word, where firms are listed
        ("联想、小米等企业加大研发投入。", ["联想", "小米"]),
        ("华锐精工(603188)7月发布公告。", ["华锐精工"]),
        ("据瑞康达消息，7月21日公司完成融资。", ["瑞康达"]),
        # airlines by their home and 航空, never an airport or the industry
        (
            "新加坡航空、美国航空公司增加航班，成都航空港建设加快，江西航空产业发展迅速。",
            ["新加坡航空", "美国航空公司"],
        ),
        # banks by their abbreviations, a place's branch glued before one
        ("梅列农行首批为企业授信，建行也在行动。", ["梅列农行", "建行"]),
        # an ordinal and a business verb inside a legal name; two names side by side
        ("由中国建筑第八工程局有限公司承建。", ["中国建筑第八工程局有限公司"]),
        ("名为深圳市大疆创新科技有限公司的企业。", ["深圳市大疆创新科技有限公司"]),
        ("阿里巴巴集团旗下的淘宝天猫参与活动。", ["阿里巴巴集团", "淘宝", "天猫"]),
        # a list of names of common words, closed by 等公司
        ("东方光电、北方物产等公司增资扩产。", ["东方光电", "北方物产"]),
        # after a full name, a word jieba does not know is no subsidiary's
        # brand; a firm's investment is no part of its name
        ("据华泰证券研报，华润博雅生物血液制品工厂完工。", ["华泰证券", "华润博雅生物"]),
        ("宁德时代总投资20亿元的项目开工。", ["宁德时代"]),
        # a legal name whose place jieba reads into the next word (三/明天/正)
        ("为三明天瑞贸易有限公司授信。", ["三明天瑞贸易有限公司"]),
        # a project's parties by their role, a bank's borrower
        ("项目业主为岚光环能，施工方为中建五局。", ["岚光环能", "中建五局"]),
        ("今年来，梅列农行已为明海鑫授信2000万元。", ["梅列农行", "明海鑫"]),
        ("农行向德岚源发放贷款3000万元。", ["农行", "德岚源"]),
        # a list that 等 closes after two known firms lists firms, not sectors
        (
            "海川智能、百联新材、正泰、欣旺达等纷纷落户。",
            ["海川智能", "百联新材", "正泰", "欣旺达"],
        ),
        ("新能源汽车、电子信息、比亚迪、宁德时代等纷纷布局。", ["比亚迪", "宁德时代"]),
        # a province, nouns and business words before 公司 name a firm
        ("据江苏长江海洋科技公司总经理介绍，订单已排满。", ["江苏长江海洋科技公司"]),
        # a known name that jieba glues to what the firm has (汽车销量)
        ("今年，长城汽车销量突破100万辆。", ["长城汽车"]),
        # the firm a sentence makes the leader of others
        ("以宏伟机械为龙头，带动配套企业20余家。", ["宏伟机械"]),
        # the country before a list member says where it is from
        ("成功引进了岚宝电子、韩国三星等外资企业。", ["岚宝电子", "三星"]),
        # the other party of the firm the news is about, its subsidiary's subsidiary,
        # a firm that answers investors
        ("公司旗下子公司与宇泽半导体签订多晶硅长单销售合同。", ["宇泽半导体"]),
        ("宁德时代孙公司岚鑫签署合同。", ["宁德时代", "岚鑫"]),
        ("蔚蓝锂芯在接受调研时表示，订单饱满。", ["蔚蓝锂芯"]),
        # 控股 and a direction inside a legal name are the name's
        ("浙江岚利控股集团有限公司董事长出席活动。", ["浙江岚利控股集团有限公司"]),
        ("该项目由中冶南方工程技术有限公司设计。", ["中冶南方工程技术有限公司"]),
        # a brand in Latin letters before its officer
        ("据SKX有关负责人介绍，新工厂年内投产。", ["SKX"]),
        # a firm's name with its form before its officer
        ("图为华岚地产北京城市公司总经理助理。", ["华岚地产北京城市公司"]),
        ("国网上海市电力公司总经理介绍。", ["国网上海市电力公司"]),
        # a stock code that says what it is
        ("岚台酒业（股票代码：600519）今日发布公告。", ["岚台酒业"]),
        # a group's numbered engineering bureau is a firm of its own
        ("由中建三局承建，中铁十一局集团参建。", ["中建三局", "中铁十一局集团"]),
        # a name found by its officer, again where a known name is inside it
        ("恒瑞达董事长张明表示，目前恒瑞达已有员工500人。", ["恒瑞达", "恒瑞达"]),
        # a list closed by its count of firms: every member is one, however
        # common its words; 等 and a count before the kind of firm
        ("瑞丰、恒昌和合力3家公司共同出资设立基金。", ["瑞丰", "恒昌", "合力"]),
        ("推动岚达咨询、中冶华誉招标等6家上下游企业提前入驻。", ["岚达咨询", "中冶华誉招标"]),
        # a count lets a long description stand before the kind of firm; a
        # word that can be a verb (通用) still opens a name before a business word
        (
            "推动通用咨询、岚信国际招标等5家长三角上下游配套企业提前入驻。",
            ["通用咨询", "岚信国际招标"],
        ),
        # a group's subsidiary by a coined name, though one of its characters is
        # a common word alone (硅能); a common verb after the group is no name's
        ("比亚迪硅能5GWh储能项目签约。", ["比亚迪硅能"]),
        ("比亚迪新上5GW项目。", ["比亚迪"]),
        # …or one rare proper noun, where the subsidiary's project follows; the
        # group's facility is no subsidiary
        ("全力推进大唐华银技改、国投新厂建设。", ["大唐华银", "国投"]),
        # a place after a group's name is its project's site, no subsidiary's
        ("比亚迪珠海澜欣智能制造产业园项目开工。", ["比亚迪", "澜欣智能"]),
        # what one buys is a firm, though its business word is a sector's
        ("岚图集团于2019年收购长沙凯川汽车并落户经开区。", ["岚图集团", "长沙凯川汽车"]),
        # a party's role or a lawsuit's verb before a legal name is no part of it
        ("控股股东的关联方岚颖创投有限公司计划减持。", ["岚颖创投有限公司"]),
        ("澜川电子诉岚沣国际信托有限公司一案开庭。", ["岚沣国际信托有限公司"]),
        # a former name's mark is no part of it; a group's trade company is one name
        ("接任者为原岚沣集团投资有限公司董事长。", ["岚沣集团投资有限公司"]),
        ("原岚沣集团总经理张某出席。", ["岚沣集团"]),
        # a listed firm's name before its code may open with a numeral
        ("三岚教育(300999)发布公告。", ["三岚教育"]),
        # a project named after its owner's home and brand, in a list of projects
        (
            "签约项目包括江苏恒岳高端医疗器械产业园项目、北京澜芯信轻型航空发动机研发基地项目等。",
            ["江苏恒岳", "北京澜芯信"],
        ),
        # a brand's trade company with a weak form (投资公司, 控股集团 after a brand)
        ("项目公司由岚沣建设公司控股，岚川控股集团参股。", ["岚沣建设公司", "岚川控股集团"]),
        # a group's regional company, though jieba cuts the group's short name
        ("国网抚州供电公司保障园区用电。", ["国网抚州供电公司"]),
        # a zone's name that jieba cuts apart is the firm's whole, with its city
        ("赣州经开区城投公司发行债券。", ["赣州经开区城投公司"]),
        # a subsidiary is a firm, though its name ends in a trade that is a verb (建设)
        (
            "公司控股子公司岚泰建设近日中标，全资子公司天津澜润拟挂牌转让股权。",
            ["岚泰建设", "天津澜润"],
        ),
        # …with its form when one follows
        ("控股子公司岚能风电公司拟投资建设风电场。", ["岚能风电公司"]),
        # …and is named again later without its home
        (
            "签约项目包括北京澜芯信轻型航空发动机研发基地项目等。澜芯信将在园区设立西南总部。",
            ["北京澜芯信", "澜芯信"],
        ),
        # consultancies are firms too
        ("据岚迪顾问发布的报告，园区排名上升。", ["岚迪顾问"]),
        # a member between two firms of a list is one too
        (
            "园区新建岚沣环保、矽图电子、百图高新、澜川机械等12个项目。",
            ["岚沣环保", "矽图电子", "百图高新", "澜川机械"],
        ),
        # …but not a sector beside firms
        ("比亚迪、新能源汽车、宁德时代等加快布局。", ["比亚迪", "宁德时代"]),
        # the verb that opens a list of firms' projects is no name's (新建|岚沣环保)
        ("今年园区新建岚沣环保、澄瑞电子等12个项目，年内竣工。", ["岚沣环保", "澄瑞电子"]),
    ],
)
def test_companies_in_news(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person who signs, a public body's officer, a common word
        "2020年8月，张慧与洋浦经济开发区正式签约。",
        "市经济发展局相关负责人介绍，银保监会相关负责人也表示支持。",
        "这让人联想到当年的场景。",
        # news outlets and public bodies that send news are not companies
        "据新华社消息，澎湃新闻消息，国家统计局公告，发布会召开。",
        # a unit after a number, an activity, a technology
        "年产30吉瓦时电池PACK项目开工，秦创原建设取得阶段性成效。",
        "项目将打造全钒液流电池储能装备产业园，推动做大做强科技金融。",
        # a number before 百/万 is no brand (七八|百度), a legal form after
        # business words alone is a kind of firm
        "窑炉温度升到七八百度，三万科技人员参与攻关。",
        "全县新注册生物科技有限公司二十余家。",
        # an alias of what is no firm, a public body's officer
        "本公司（以下简称“公司”）董事会。该行（以下简称“农商行”）今年放贷。",
        "市经济发展局负责人表示，光伏产业园项目负责人介绍。",
        # a subsidiary that is no name
        "集团子公司工作人员说，该公司全资子公司负责运营。",
        # associations and public bodies before a colon; a sector's shops
        "中汽协：7月新能源汽车销量增长。统计局表示：4月份物价平稳。女装和医美板块线下部分门店关闭。",
        # a relation tied by 的 to anything; a person or a city visited
        "符合监管规范的全资子公司，来到南昌，走访张伟。",
        # an exchange's board is no firm
        "该公司在新加坡交易所主板成功上市。",
        # pronouns and public bodies before the same words
        "他说公司董事长很忙。国家统计局发布公告，市场监管总局披露。",
        # sectors and products as the subject of the same words
        "新能源汽车今年产销两旺，光伏组件出口增长。",
        # a person named like a firm after a title; the central bank
        "央行副行长苏宁否认此事。12月10日，央行发布公告。",
        # a public body or a person before a colon
        "国家统计局：6月份居民消费价格上涨。\n张伟：公司将加大投入。",
        # a person's name before the same verbs is no firm's
        "王小明宣布退出比赛，据张伟介绍，比赛顺利。",
        # staff and works of a sector or a product are no firm's
        "园区的工作人员介绍，新能源汽车生产车间里一片繁忙。",
        # a count that is not the list's (two names, three firms), or of
        # firms somewhere (全市)
        "华晨和新奥3家企业入选，全市、新区2家企业获奖。",
        # how firms of a place are described is no name
        "深圳本地科技公司纷纷跟进，上海知名投资公司参与，浙江当地物流公司反映运费上涨。",
        # figures in Latin letters are no firm's, where little says so
        "PMI数据显示，制造业回暖，CPI同比上涨。",
        # lending and projects' parties that are no firms
        "银行为企业授信超过10亿元，向小微企业发放贷款，为其提供融资支持。",
        "项目业主为县交通运输局，建设单位为市政府。",
        # sectors and kinds of firm in a list closed by 等企业
        "新能源汽车、电子信息等企业加快发展，民营、国有等企业平等竞争。",
        # a phrase that the text also uses before 产业园 is a sector
        "建设一批数韵文化产业园，推动数韵文化和旅游产业深度融合。",
        # a legal form after a common word alone: what a firm does, no name
        "该项目由技术有限公司承建。",
        # an association, 显示 as the verb, media are no firm; a common point is no signing
        "中汽协数据显示，销量增长。结单显示，余额下降。据英国媒体披露，订单回暖。",
        "基于岚韵时尚与东方文化之间的诸多共同点，双方展开交流。",
        # a ministry's chief engineer; a university named like a firm
        "原建设部总工程师做总结发言，岚林科技大学教授出席。",
        # a project named after a region or a city's zone
        "重点项目包括四川成渝高铁配套项目、广西北部湾港口项目、北京亦庄智能制造基地项目。",
        "包括四川攀西战略资源项目、甘肃河西走廊风电项目、江苏常泰长江大桥项目。",
        # a trade company without a brand is generic
        "该投资公司成立后，一家贸易公司和国有控股集团参与其中。",
        # a class of banks is no bank, though an officer's title follows it
        "某股份行信用卡中心总裁表示，子行董事会将审议该议案。",
        # a sector bought, no brand before it
        "政府出资收购新能源汽车。",
        # what a level of government sets up is public
        "加快设立省级科创母基金，引导社会资本投向早期项目。",
        # a reporter, experts and funds before a colon, though the sentence is about shares
        "记者了解到：该公司股东近期减持。\n业内人士：回购股票提振信心。\n北向资金：净买入股票。",
    ],
)
def test_not_companies_in_news(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "市发展和改革委员会、省工业和信息化厅、南昌大学、中国科学院、高新区管委会联合发文。",
        "世界500强企业、链主企业纷纷落户，该企业负责人表示满意。",
        "新能源汽车、电子信息、生物医药等产业加快发展。",
        "该公司将投资集团化运营，加大子公司布局，组建项目运营公司。",
        "大力培育科技支行，争取中国人民银行再贷款支持。",
        "国家城市医疗集团试点有序推进，建成产业技术创新战略联盟。",
        "景色最美的一段路，长城脚下游人如织。",
    ],
)
def test_not_companies(company, text):
    assert names(company, text) == []


def test_alias_needs_a_company_before_it(company):
    text = "出台《关于支持企业发展的若干措施》（以下简称“若干措施”）。"
    assert names(company, text) == []


def test_layout_white_space_inside_a_name(company):
    text = "园区聚集规上企业91家，形成了以富联精\n\n密、同兴 达科技等为龙头企业的产业集群。"
    assert names(company, text) == ["富联精\n\n密", "同兴 达科技"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a financial news item's firm before a colon, where the sentence after
        # it is about its holders, officers or shares
        ("瑞晟材料：某某先生因工作变动辞去公司董事职务。", ["瑞晟材料"]),
        ("澜川电子：恒岳投资拟减持不超过2%股份。", ["澜川电子", "恒岳投资"]),
        # stocks under special treatment keep their mark; a share class does not
        ("ST岚泰公告，公司6月销售回暖。", ["ST岚泰"]),
        ("*ST瑞沣股价下跌。", ["*ST瑞沣"]),
        ("澜沣科技-W今日涨超5%。", ["澜沣科技"]),
        # a county named without its suffix before a bank's abbreviation is its branch
        ("今年以来，三元工行累计为园区企业授信2000万元。", ["三元工行"]),
        # …but the whole country is no branch: only the bank
        ("全国工行系统今年放贷增长。", ["工行"]),
    ],
)
def test_listed_firms_and_branches(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district or a zone before a legal name locates the firm, as the
        # guideline's 鄠邑区比亚迪 does: the name starts after it
        ("南昌经开区澜屹光电科技有限公司年产2亿片光学元件项目开工。", ["澜屹光电科技有限公司"]),
        ("吉安市青原区禾瑞精密机械有限公司车间内一片繁忙。", ["禾瑞精密机械有限公司"]),
        # a zone's own company keeps the zone, which is its name
        ("重庆两江新区开发投资集团有限公司发布公告。", ["重庆两江新区开发投资集团有限公司"]),
    ],
)
def test_a_district_before_a_legal_name_is_not_part_of_it(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a township's officials, and the township named again
        "记者从平度市柳溪镇了解到,柳溪镇党委书记李明介绍说,柳溪镇今年引进项目12个。",
        # a zone's investment bureau is no group called 招商局
        "青山湖经开区招商局副局长王强说,该项目年内投产。",
        # a department's short name before what it did
        "2023年3月-6月,工信厅完成了重点项目专项资金的拨付。",
        # a news outlet's dateline
        "财经网讯:3月2日,全省重大项目集中开工。",
    ],
)
def test_public_bodies_and_outlets_of_local_news_are_no_firms(company, text):
    assert names(company, text) == []


def test_the_group_named_zhaoshangju_is_still_a_firm(company):
    assert names(company, "招商局集团与该市签约,招商局副总经理出席。") == ["招商局集团", "招商局"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known firm's listed short name in X股份 keeps 股份
        (
            "中国石化、中铁股份、华电集团等央企参与了园区建设。",
            ["中国石化", "中铁股份", "华电集团"],
        ),
        # a platform's data that 据…显示 quotes: the firm, not its data
        ("据阿里巴巴后台数据显示,园区农产品网销增长三成。", ["阿里巴巴"]),
        # a legal name's short forms leave out what is only a sector's name, so
        # the sector named again is no firm
        (
            "北京新能源汽车股份有限公司在园区投产。当地将发展新能源汽车零部件产业。",
            ["北京新能源汽车股份有限公司"],
        ),
    ],
)
def test_short_forms_of_known_and_legal_names(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of sectors: what looks coined in it (硅基) is a sector too
        ("园区重点发展煤化工、硅基新材料、铝基新材料、生物医药等产业集群。", []),
        # a functional zone's name before a sector word names the zone's park
        ("今年将推进建设临港汽车零部件产业园,打造千亿级产业链。", []),
        # firms in a list of firms keep their sector word
        ("该市先后引进了宏硕新材料、博泰新材料等企业。", ["宏硕新材料", "博泰新材料"]),
    ],
)
def test_sectors_and_zones_before_a_business_word_are_no_firms(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a zone's office for a trade before its officials
        "航空港区电子信息产业相关负责人说,项目年内投产。",
        # an institute named after its academy and field
        "园区引入中科院微电子所共建创新中心。",
        # one dictionary word that holds a business word is a common noun
        "目前国内规模最大的电动汽车生产基地已建成。",
    ],
)
def test_offices_institutes_and_common_nouns_before_business_words_are_no_firms(company, text):
    assert names(company, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand opening a project's name: the product after it is the project's
        (
            "此次签约项目包括澜屹新能源精密结构件项目、矽博智能装备生产基地项目等。",
            ["澜屹", "矽博"],
        ),
        ("目前,岚睿科技创新产业园等12个项目已开工。", ["岚睿"]),
        # a product right before the project's word is the plant's, not the trade
        ("为新能源汽车配套的国轩电池项目即将投产。", ["国轩"]),
        ("同时签约的还有澜屹电池项目、矽博汽车基地。", ["澜屹", "矽博"]),
        # the firm's own site after its name leaves the name whole
        ("岚睿科技成都工厂年内投产。", ["岚睿科技"]),
    ],
)
def test_a_short_name_opening_a_project_leaves_its_product_out(company, text, expected):
    assert names(company, text) == expected


def test_a_list_item_too_long_to_read_is_never_cut_inside_a_word(company):
    text = "投资方包括中国互联网投资基金、比亚迪股份、高瓴创投等。"
    assert "国互联网投资基金" not in names(company, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agriculture and food groups that county news names when they invest
        ("牧原生猪养殖项目年出栏生猪50万头。", ["牧原"]),
        ("温氏肉鸡养殖基地、新希望饲料项目等一批农业项目落地。", ["温氏", "新希望"]),
        # a name that is also a phrase needs a firm's context
        ("人们对新希望充满期待。", []),
        # a group's name joined by a middle dot opens its subsidiary's legal name
        ("县政府与新希望·澜屹食品有限公司签订合作协议。", ["新希望·澜屹食品有限公司"]),
    ],
)
def test_groups_that_invest_in_counties_and_their_subsidiaries(company, text, expected):
    assert names(company, text) == expected


def test_a_province_before_a_city_and_a_brand_locates_the_firm(company):
    text = "由山东聊城鑫瑞集团投资的纺织项目一期厂房已建成。"
    assert names(company, text) == ["聊城鑫瑞集团"]


def test_a_region_before_a_list_member_says_where_the_firm_is_from(company):
    text = "签约外资项目包括德国凯博森、香港澜屹医疗、博纳维等。"
    assert names(company, text) == ["凯博森", "澜屹医疗", "博纳维"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known group, then its subsidiary's place and trade and a weak form:
        # the guideline takes the subsidiary's whole name, not the group's
        ("由中建三局基础设施公司承建的跨江大桥正式通车。", ["中建三局基础设施公司"]),
        ("华能湖南新能源公司负责人介绍了风电场的建设情况。", ["华能湖南新能源公司"]),
        ("会上，三一印度公司负责人介绍了当地市场情况。", ["三一印度公司"]),
        ("海尔集团智慧楼宇公司中标该市多个改造项目。", ["海尔集团智慧楼宇公司"]),
        # …a subsidiary in Latin letters, and a group's branch
        ("腾讯华南IDC公司在当地建设数据中心。", ["腾讯华南IDC公司"]),
        ("中石化湖南石油分公司新建加油站20座。", ["中石化湖南石油分公司"]),
        # a legal name with a bracketed region after the group's form
        (
            "澜屹集团(香港)投资控股有限公司投资20亿元建设冷链物流中心。",
            ["澜屹集团(香港)投资控股有限公司"],
        ),
        # …after a descriptor of firms, which is no part of it
        (
            "知名企业澜屹集团(香港)投资控股有限公司在当地投资建厂。",
            ["澜屹集团(香港)投资控股有限公司"],
        ),
        # a multinational's arm in China, its region in brackets where the name ends
        ("超市销售额排名中，沃尔玛（中国）位居第一位。", ["沃尔玛（中国）"]),
        # …and so is any firm the rules find, a list's member too
        (
            "超市销售额排名中，沃尔玛（中国）、澜屹投资（中国）位居前两位。",
            ["沃尔玛（中国）", "澜屹投资（中国）"],
        ),
    ],
)
def test_a_known_group_followed_by_its_subsidiary_is_the_subsidiary(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation, a conjunction or a verb between the group and 公司: two things
        ("比亚迪旗下子公司发布公告。", ["比亚迪"]),
        ("中建三局所属公司承建了该项目。", ["中建三局"]),
        ("华能与多家公司签订合作协议。", ["华能"]),
        ("腾讯投资的公司已有数百家。", ["腾讯"]),
        # a subsidiary or branch of the group in general, not one
        ("三一全国各地分公司积极开展服务活动。", ["三一"]),
        ("三一海外子公司业务增长明显。", ["三一"]),
    ],
)
def test_a_known_group_before_a_relation_or_a_generic_firm_stays_alone(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's first member after a verb, when a later member starts with a
        # character that is also a conjunction (、和跃电子): 、 already joins them
        (
            "近年来，随着中科岚创、荷岚电子、和跃电子等企业入驻产业园，园区产值快速增长。",
            ["中科岚创", "荷岚电子", "和跃电子"],
        ),
        # a middle member whose first character is also a pronoun (其瑞): only
        # the list's first member can follow a verb
        ("去年，澜能、其瑞、麒岳三家企业总产值均突破40亿元。", ["澜能", "其瑞", "麒岳"]),
        # the verb and the place before a list's first member are no part of it
        ("新区吸引了京东方、岚天马、中岚电等龙头企业。", ["京东方", "岚天马", "中岚电"]),
        (
            "在显示产业链上，武汉聚集了京东方、深天马、中岚电等龙头企业。",
            ["京东方", "深天马", "中岚电"],
        ),
        # a list that opens with a workshop too long to be a name: the named
        # members after it are still firms
        (
            "调研组深入园区北湖片区板材初加工、岚本门业、沃德木业、千岚林木业等相关企业调研。",
            ["岚本门业", "沃德木业", "千岚林木业"],
        ),
        # a name that holds a character grammar also uses is never cut there
        ("园区正与岚语家居、阿凡达家具等23家实木地板企业洽谈。", ["岚语家居", "阿凡达家具"]),
    ],
)
def test_every_member_of_a_list_its_closing_words_call_firms(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shops, restaurants and makers a count in 家 closes before the honour
        # they won: each member is a firm, though no 企业 says so
        (
            "雅韵茶坊、福满楼、金桂食品、百味斋、岚溪酱菜等12家获评首批“市级老字号”。",
            ["雅韵茶坊", "福满楼", "金桂食品", "百味斋", "岚溪酱菜"],
        ),
        ("凯博森、澜屹电子等6家入选省级专精特新名单。", ["凯博森", "澜屹电子"]),
    ],
)
def test_the_members_of_a_list_a_count_of_honoured_firms_closes(company, text, expected):
    assert names(company, text) == expected


def test_a_count_of_honoured_hospitals_names_no_firm(company):
    assert names(company, "市中心医院、市妇幼保健院等3家入选省级重点专科名单。") == []


def _named(company, text: str) -> list[tuple[str, str]]:
    """Each COMPANY name the rules find in ``text``, with the rule that did."""
    return [(s.text, s.attrs.get("rule", "")) for s in company.suggest(text)]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        # a group's name and a few characters more make one member of a
        # list of firms: the member is proposed whole, under its own rule
        ("入驻商户有沃尔玛、华润万象、永辉超市和盒马。", "华润万象"),
        ("首批进驻的有永辉超市、华润万象、沃尔玛。", "华润万象"),
    ],
)
def test_a_list_member_a_known_name_opens_is_proposed_whole(company, text, member):
    assert (member, "known-member") in _named(company, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # …but an outlet or a plant named after the firm leaves the firm alone
        ("平台拥有天猫店、京东店等10余个店铺。", "京东"),
        ("园区内有华能岚峰电厂、大唐电厂等企业。", "华能"),
    ],
)
def test_a_known_name_before_its_outlet_or_plant_in_a_list_stays_alone(company, text, firm):
    assert (firm, "known") in _named(company, text)


def test_a_one_character_name_is_not_sought_again_inside_other_words(company):
    """The press shortens the four big banks to one character each in a
    list (工、农、中、建); were such a name sought again across the text it
    would be proposed inside every word that holds the character (工作,
    农业), so a curator would see it everywhere."""
    from models.suggest.company import resources
    from models.suggest.segment import Analysis, Candidate, compact

    text = "工、农两行下调存款利率，工作日内生效，农业企业和工商户受益。"
    a = Analysis(compact(text))
    found = [Candidate(0, 1, 0.9, "known"), Candidate(2, 3, 0.9, "known")]
    repeats = company._propagate(a, resources(), found)
    assert [text[c.start : c.end] for c in repeats] == []


def test_a_short_name_is_found_again_at_the_end_of_a_text_inside_the_firm_s_longer_name(company):
    """An article that ends on its firm's name without a full stop (a
    headline, a paragraph pasted without its last mark): the short name
    鑫桥 in its last words 上海鑫桥, which begin the legal name 上海鑫桥信息股份有限公司
    also found there, is the firm again. The one-text automaton followed the
    longer name and lost it."""
    text = (
        "上海鑫桥信息股份有限公司（以下简称“鑫桥”）今日发布年报。"
        "业内人士称，园区里最有名的仍是上海鑫桥"
    )
    assert [(s.start, s.end) for s in company.suggest(text)] == [(0, 12), (18, 20), (46, 48)]
