"""COMPANY: enterprises as written — legal names, short names, groups, banks
and their branches — including names never seen before.

Evidence, strongest first:

1. a legal form (有限公司, 股份有限公司…) after a name: the name runs left
   to a place name, a known company or a brand, and a branch designation
   (赣州分公司, 经开支行) after it is kept;
2. a weak form (公司, 集团) or 银行 after a brand, a known name or a place
   with a business word (粤科集团, 高新区国投集团, 抚州高新区基金公司); a
   bank or a securities firm whose brand is a proper noun or a rare word
   (潇湘银行, 邮政储蓄银行, 美林证券), a city's commercial bank (长沙市商业
   银行), a county's rural bank or credit union (邹平农合行), a foreign
   firm after its country (法国|达索飞机制造公司), a state group named by
   中国 and its trade (中国电子信息集团), or by a province or major city and
   its trades alone (云南省绿色能源产业集团, 赣州市城市开发投资公司); never a
   kind of bank (投资银行);
3. a bundled list of well-known companies (Aho-Corasick), and a known
   group's subsidiary or branch named after it, with its place, trade or
   bracketed region and a form (中建三局基础设施公司, 沃尔玛（中国）); the
   scorer is told apart a known name that opens its facility's name
   (比亚迪|长沙电池工厂: known-facility) and a list member a known name
   opens, proposed whole (…、华润万象、…: known-member), unless the known
   name ends in its trade or form (三一重工|挖掘机械、: its product);
4. an alias defined in the text: …有限公司(以下简称“X”);
5. a short name — a brand followed by a business word (兆驰显示, 金力永磁) —
   where the sentence shows it is an enterprise: a facility, team or officer
   after it (…工厂, …研发团队, …副总经理), an introduction before it
   (龙头企业…, 中试公司…), or a list ending in 等…企业;
6. the other members of a list that holds a company (A、B和C3家公司), or
   that a count of firms or of honoured winners closes (…等15家获评…);
7. every other occurrence in the same text of a name found above, and of
   the short forms of its legal name (山东凯马汽车制造有限公司 → 凯马汽车);
8. what surrounds a name: its officers (…董事长, …负责人, …的总经理), its
   owner or subsidiaries (…旗下, …子公司X), its staff and works (…的工程师,
   …生产车间), a contract's parties, what only a firm does (…发布公告,
   …全国首创), a stock code after it, and a clause it opens with what a
   listed firm reports (重庆啤酒发布半年报, …今日涨停);
9. airlines by their home and 航空;
10. a financial news item's firm before a colon (某某股份：拟减持…), by
    what it announces or by a listed firm's name (…制药：, …A：, ST…：);
11. a coined name (characters jieba makes no word of) where only a firm
    stands (岚芯微宣布…, 据岚芯微介绍, 走进岚芯微);
12. a province or major city and a brand that open a project's name in a
    list of projects (北京中发天信轻型航空…基地项目): not a region (成渝), a
    city's zone (亦庄) or a known name after a site (厦门|安踏体育公园);
13. market news: a stock's short name, or a list of them, that opens a
    clause before how the stock moved (甲涨超5%, 甲、乙直线涨停, 甲3板、
    乙2板, 甲、乙等跟涨, 甲闪崩跌停, 甲上演地天板, 甲20%涨停, 甲涨幅超过10%,
    甲收获三连板, 甲报12.5元，涨3.2%) or what funds bought (净买入甲4.87亿元); the
    stocks after 可申购; the holders a listed firm's headline says will sell
    (甲：乙、丙拟减持…), the firm whose equity a deal moves (…的70%股权),
    a stock's short name in quotes (证券简称为“甲”), a list of stocks a word
    for stocks introduces (股票还有甲、乙等, 可比公司甲、乙等) — never an
    index, a board, a sector, a future, a fund or a currency (沪指, 汽车股,
    螺纹钢); in a list 等 and a move close, a member named like a place or
    a phrase (张家界, 中华企业) where as many others read as stocks;
14. the members of a list of projects or firms that a count closes
    (广丰旗、安序源等11个项目, 尼玛克、安川都林等130多家企业), a project
    that opens with its firm's home, brand and trade (苏州超邦涂料|年产…项目)
    and a firm named by its capacity (昊森部件|年产40万套…):
    models/suggest/company_projects.py.

A brand is what jieba does not know: a run of single characters (jieba runs
without its HMM), or a rare word. Government bodies, schools, institutes,
hospitals, alliances and zones are never companies (org_heads.txt). A
verb, an adverb, a descriptor (龙头, 车企), a country or a place before a
name is never part of it (but a foreign firm's legal name opens with its
country: 德国科隆展览有限公司); a number before 百/万 is no brand (七八|百度)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from models.suggest.lexicon import (
    RULES_SCAN,
    Lexicon,
    find_in_one_text,
    load_list,
    load_table,
    word_ending_at,
    words,
)
from models.suggest.places import is_division, place_names
from models.suggest.segment import (
    CJK_FIRST,
    CJK_LAST,
    Analysis,
    Candidate,
    NameRules,
    word_freq,
    word_tag,
)
from models.suggest.triggers import Gate

RARE = 300  # a dictionary word rarer than this can be a brand (京瓷, 国投)
EXTEND_RARE = 2000  # after a known name, a less rare word can still be its brand
MAX_NAME = 26
MAX_BRAND = 4

# Single characters that are grammar, not name: a brand never holds them.
FUNCTION_CHARS = set(
    "与和及以在对将把被由向从为是了的等之其该各每这那此经过让使给往到于而并且或也都就还又再更据"
    "很最已曾着呢吗吧啊如若因但则即既仍亦凡均约拟他她它我你们咱"
)
NOT_BRAND_CHARS = set(
    "一二两三四五六七八九十百千万亿第个家名号某请这那哪每各诸该此本首只批项条种类次些"
)
# One character that is grammar or a count: what a word of jieba's that
# begins inside a name adds after it, where the name is still whole (美光|是).
GRAMMAR_OR_COUNT = frozenset(FUNCTION_CHARS | NOT_BRAND_CHARS)
# A listed name of at most this many characters whose last one begins a
# business word of jieba's (深远|海|信息) is taken for halves of two words.
SHORT_KNOWN = 2
# Classes of banks and firms the press speaks of as a whole.
FIRM_CLASSES = frozenset(
    words(
        """股份行 城商行 农商行 子行 母行 总行 分行 支行 大行 外资行 中资行 国有大行 商业银行 民营银行 外资银行 中资银行
        券商 险企 车企 药企 房企 国企 央企 民企 外企 私企 银行 公司 集团"""
    )
)
# Words before 银行 that make a kind of bank, not one bank's name (投资银行,
# 地方银行, 政策性银行): never a bank's brand, however rare or proper.
BANK_KINDS = frozenset(
    words(
        """商业 地方 中央 储蓄 投资 开发 开发性 政策性 合作 合作性 私人 外资 中资 港资 台资 国有 民营 村镇 社区 农村 城市 大型
        中型 小型 中小 股份制 国际 全球 跨国 区域 区域性 全国性 地区 网络 互联网 数字 虚拟 直销 民间 地下 影子 零售 国内 境外
        海外 国外 本地 当地 联邦 人民 世界 离岸 欧洲 亚洲 非洲 美洲 拉美 中东 西方 欧美 亚太 华尔街 清算 托管 代理 收单 发卡
        结算 贷款 存款 开户 往来 承销 主办 牵头 成员 会员 合资 独资 美资 欧资 日资 韩资 外商 信用 土地 抵押 储备 发钞 系统性
        外国 中外 中国 上市 县域 乡镇 地方性 专业"""
    )
)
# What names a group's or a bank's arm between its name and the arm's legal
# form (集团|国际|有限公司, 银行|中国|有限公司).
ARM_WORDS = frozenset(words("中国 国际 亚洲 亚太 香港 澳门"))
# The legal form of a Japanese or Korean company, as the Chinese press writes
# it (日本电产株式会社): a strong form (not in company_forms.txt, whose
# entries are features of the learned models).
JAPANESE_FORM = re.compile("株式会社")
# 证券 after a securities firm's brand (美林证券), and what follows it when it
# is no firm's name: a newspaper, an exchange, a firm's securities department.
BROKER = re.compile("证券")
NOT_BROKER_AFTER = tuple(
    words(
        """报 时报 日报 交易 市场 业 界 化 法 事务 部 代表 账户 登记 监管 期货 投资 基金 从业 行业 代码 简称 发行 资产 产品
        类 公司 有限 股份"""
    )
)
# Words before 证券 that make a kind of security or of broker, not a name.
BROKER_KINDS = frozenset(
    words(
        "有价 上市 债务 衍生 金融 资产 抵押 担保 境外 外国 国债 政府 权益 股权 债权 存托 基础 中国 国际 中资 外资 合资 各家"
    )
)
# A firm's regional division between its name and an officer's title.
FIRM_DIVISION = re.compile(
    "(?:华北|华东|华南|华中|西北|西南|东北|大中华|亚太|中国|亚洲|欧洲|北美)区$"
)
# Short names of a county's rural bank or credit union (邹平农合行).
RURAL_BANK_SHORT = frozenset(words("农商行 农合行 农信社"))
# Rural banks and credit unions by their short names and cooperative forms,
# read as banks after their county (not in company_forms.txt, whose entries
# are features of the learned models).
RURAL_BANK_FORMS = re.compile(
    "农村信用合作联社|农村信用合作社|农村信用联社|信用合作联社|农村合作银行|农商行|农合行|农信社"
)
# jieba's parts of speech of proper nouns: places, organisations, other names
# and abbreviations.
PROPER_TAGS = frozenset(words("ns nz nt j"))
# Where a city names its commercial bank (长沙市|商业银行), not a kind of bank.
CITY_BANK_KINDS = frozenset(words("商业银行 城市商业银行 合作银行 农村合作银行"))
# One character that dates what follows, not a brand (原|中银集团, 现|岚沣集团);
# not 前, which opens names as often (前海).
TIME_MARKS = set("原现")
# Marks of a former officer between a firm's name and the title (…银行|前|董事长).
FORMER_MARKS = ("前", "原")
# Tags of single characters of a clause before a name: verbs, adverbs,
# prepositions, conjunctions.
CLAUSE_SINGLE_TAGS = frozenset({"v", "d", "p", "c"})
# unions asked about for every word a rule reads, made once
NOT_NAME_SINGLES = frozenset(FUNCTION_CHARS | TIME_MARKS)
NOT_BRAND_FIRSTS = frozenset(FUNCTION_CHARS | NOT_BRAND_CHARS)
# A single character that is never a brand's (_brandlike), in one set
NOT_BRAND_SINGLES = frozenset(FUNCTION_CHARS | NOT_BRAND_CHARS | TIME_MARKS)
NUMERALS = set("0123456789０１２３４５６７８９一二两三四五六七八九十几数")
NUMBER_UNITS = set("十百千万亿")
LIST_FUNCTION = set("与和及的等在对就将把被由向从为是了于")
# Adverbs that follow a list of names, saying what all of them did (均, 都, 也).
LIST_ADVERBS = set("均都也亦皆")
STOP_WORDS = frozenset(
    words(
        """其中 以及 以下 通过 作为 成为 获得 联合 引入 引进 依托 围绕 助推 推动 支持 携手 签约 落户 收购 成立 组建 培育 孵化 听说 包括 例如 比如 目前 近日
        日前 今年 去年 全年 当年 一家 这家 该 是 为 企业 公司 单位 龙头企业 链主企业 高科技 民营 国有 上市 外资 合资 独资 全资 控股 参股 中试 运营 平台 项目
        旗下 所属 下属 区属 市属 省属 县属 首批 首家 多家 新设 设立 同时 此外 另外 以来 方面 已经 正在 分别 先后 相继 共同 一起 以上 以外 等等 之后 之前
        期间 其他 其它 各类 有关 车间 工厂 基地 生产车间 团队 研发团队 工地 厂区 厂房 二期 一期 三期 增持 减持 回购 质押 入股 持股 持有 公告 表示 宣布 披露
        保荐人 股东 董事长 子公司 控股子公司 孙公司 全资子公司 母公司 中标 撤回 出售 拟向 收到
        助力 赋能 带动 促进 帮助 协助 鼓励 推荐 组织 邀请 走访 调研 考察 来到 前往 参观 入驻 联手 对接 合作 服务 指导 授信 授牌 为了
        携 兼 董事会 主席 总裁 副总裁 首席 执行官 经理 总监 董事 监事 做客 前述 某
        申购 认购 所持 关联方 合作方 投资方 受让方 转让方 出让方 收购方 承建方 委托方 甲方 乙方 供应商 客户 诉 起诉 状告
        """
    )
)
# Before a weak form these words make a generic mention (该公司, 子公司, 项目公司).
GENERIC_BEFORE_FORM = frozenset(
    words(
        """子 分 母 总 该 本 此 各 全资 控股 参股 运营 中试 平台 项目 国有 民营 上市 龙头 企业 产业 投资 贸易 咨询 服务 科技型 合资 外资 独资 空壳 壳 管理
        建设 开发 物业 集团 一家 两家 多家 几家 大型 中小 小型 新 老 原 医疗 夺冠 第一 第二 第三 三家 公司 保险 基金 金融 商业 城投 融资 担保 服务型
        """
    )
)
# After a short name these words show it is a generic phrase (新能源材料产业).
NOT_AFTER_SHORT = words(
    """产业 行业 领域 企业 材料 信息 产品 集群 园区 产业园 装备 设备 应用 发展 化 性 类 型 板块 赛道 人才 专业 学科 技术 系统 市场 经济 工业 制造业 基金
    政策 示范 城 小镇 新区 大学 学院 研究院 研究所 实验室 协会 商会 联盟
    """
)
# What ends a listed firm's short name in X股份 (中铁股份、华电集团): a list
# separator or a clause's end, not what X's shares are (中铁股份的转让).
LISTED_SHORT_END = frozenset("、，,。；;和及与等")
# What a trade's or a zone's office ends in before its officials (…新能源汽车
# 产业有关负责人): no firm's name.
NOT_FIRM_HEADS = ("产业", "行业", "领域", "产业链", "集群")
# What runs on from a business word to a project's or facility's word in the
# same list item (…新能源|精密结构件项目, …五金机电|制造产业园): a product.
PRODUCT_THEN_PROJECT = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,14}?(?:项目|基地|产业园|工业园|工厂|生产线)(?=[、，,。；;等\n]|$)"
)
# Business words that name what a plant makes rather than a firm's trade
# when a project's word follows them at once (雷丁|新能源汽车基地, 国轩|电池项目;
# but 浩宇制衣项目, 岚睿科技成都工厂 keep theirs).
PRODUCTS = tuple(words("汽车 电池 芯片 机器人 光伏 装备"))
PROJECT_NOUN = re.compile("项目|基地|产业园|工厂|生产线|研发中心")
# Regions that, like countries, say where a listed firm is from (香港|…牙科).
OVERSEAS = frozenset(words("香港 澳门 台湾"))
PROVINCES = frozenset(
    words(
        """河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南
        陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆"""
    )
)
# What a township's, a village's or a county's name ends in: their officials
# (镇党委书记, 县长) are no firm's.
LOCAL_GOVERNMENTS = ("镇", "乡", "村", "街道", "社区", "县", "省")
# A level of government right before a phrase (市级, 国家级): what it owns is public.
LEVEL_BEFORE = re.compile("(?:市|省|县|区|国家|部|镇)级$")
# Business words that, ending a short phrase, mostly name an activity: the
# building of X (秦创原建设), the growth of X.
NOT_SHORT_ENDING = ("建设", "发展")
# The rest of a list item or clause that a firm's project or facility ends.
PROJECT_TAIL = re.compile(
    r"[^，,。；;、：:\n“”]{0,16}?(?:项目|基地|工厂|产业园|工业园|二期|一期|三期|生产线|扩能升级|技改|新厂)"
    r"(?=[、，,。；;等\n]|$)"
)
# Verbs that open a clause about projects: 推动X…项目.
PROJECT_OPENERS = words("推动 推进 加快 全力推进 包括 建设 新建 开工 落地 签约 引进 完成")
# Short names of provinces and cities, directions and features of the land:
# what mostly of these is made names a region (成渝, 长株潭, 北部湾, 滇中引水).
REGION_CHARS = frozenset(
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁港澳台杭甬穗莞榕厦长株潭成"
    "东南西北中部湾江河湖海山口岛水"
)
# The country's best-known functional zones, named without 新区 or 开发区 after a
# city as a brand would be (北京亦庄, 上海临港, 深圳前海).
FUNCTIONAL_ZONES = frozenset(
    words(
        """亦庄 临港 张江 前海 南沙 横琴 滨海 两江 天府 雄安 漕河泾 中关村 金桥 外高桥 虹桥 陆家嘴 光谷 蛇口
        后海 松山湖 空港 临空 保税 自贸 江北 浦东 滨江 东湖 未来科技城 科学城 高新 经开"""
    )
)
# Zones whose names jieba may cut into characters (经|开|区).
SPLIT_ZONES = ("经开区", "高新区", "开发区", "综保区", "保税区", "新区")
# Zones besides org_heads.txt's that end a name no firm has (江阴港城经济区|党委书记,
# 临港片区|管委会): endings of bodies, as the list's are (that list is also the
# scorer's, which learned it as it stands).
ZONE_HEADS = ("经济区", "合作区", "自贸区", "保税区", "综保区", "片区")
# Where a list item or a clause about projects opens: the text's start, or
# after these marks and openers. (The rule scans with _openers_before's
# pattern, which is this one's before a major place; the test holds the two
# equal.)
ITEM_MARKS = "、，,；;：:\n"
ITEM_OPENING = re.compile("|".join(["^", f"[{ITEM_MARKS}]", *PROJECT_OPENERS]))
# A list item or clause that a project or a facility ends: 山东绿叶心血管…项目、
OWNER_PROJECT = re.compile(
    r"[\u4e00-\u9fff][^，,。；;、：:\n“”]{5,24}?(?:项目|生产基地|制造基地|研发基地|产业园)(?=[、，,。；;等\n]|$)"
)
# What a firm has that the press writes right after its name (长城汽车|销量).
FIRM_FIGURES = frozenset(
    words("销量 产量 营收 订单 股价 业绩 市值 利润 出货量 交付量 份额 产值 销售额 销售")
)
# Short-name context: what follows an enterprise's name…
AFTER_COMPANY = words(
    """工厂 基地 研发团队 团队 车间 生产线 一期 二期 三期 新厂 总部 副总经理 总经理 董事长 负责人 创始人 党委书记 董事 员工 旗下 股份 获批 获评 荣获 成功入选
    入选 已累计 累计获得 是全球 是国内 是全国 是我国 正式投产 投产 上市 落户 签约 推出 营收 年产 产能 自主研发 公告 发布公告 涨停 跌停 股价 市值 净利润
    营业收入 董事会 在互动平台 接受机构调研 年营收 年产值 年销售 年销售额
    """
)
# The name of a plant, park, project or line that runs on from a firm's name
# (比亚迪|长沙电池工厂, 海尔|智能制造基地): Chinese news names a facility after
# the firm that builds it, its site and its product between them. Grammar
# (的, 在, 与…) and punctuation end such a name; what is left is the firm
# speaking of a facility, not naming one.
FACILITY_NAME = re.compile(
    r"[^，,。；;、：:\n“”()（）的在与和将对把被向从是于为及并已正]{0,12}?"
    r"(?:项目|基地|工厂|产业园|工业园|生产线|总部|新厂|一期|二期|三期)"
)
# Verbs of building or investing: inside that run they make the firm the one
# who builds (比亚迪|投资建设电池项目), not the facility's namesake.
BUILDING_VERBS = words(
    "投资 建设 投建 新建 签约 开工 落户 打造 布局 建成 启动 推进 引进 参与 承建 收购 计划 拟"
)
# The most characters that complete a known name into a list member.
MEMBER_TAIL_CHARS = 4
# Last characters of a site's or an outlet's name (电厂, 旗舰店, 电站).
FACILITY_LAST = frozenset("厂店站园馆场院楼")
# A place and a facility after a name: 富联精密赣州工厂, 德赛电池惠东产业园.
FACILITY_AFTER_PLACE = re.compile(
    r"[\u4e00-\u9fff]{2,3}?(?:工厂|基地|产业园|工业园|生产基地|总部|分公司|研发中心)"
)
# A stock code after a listed firm's name: Shanghai, Shenzhen and Beijing
# codes with or without their exchange (600519, SH600519, 000402SZ,
# 300750.SZ), Hong Kong's (00700.HK, HK06606), and New York's tickers
# (XOM.N, NYSE:BABA).
STOCK_CODE = re.compile(
    r"[(（](?:(?:股票|证券)代码[:：])?"
    r"(?:(?:SZ|SH|BJ|sz|sh|bj)?[0-9]\d{5}(?:\.?(?:SZ|SH|BJ|sz|sh|bj))?|\d{4,5}\.(?:HK|hk)|HK\d{4,5}"
    r"|[A-Z]{1,5}\.(?:N|O|US)|(?:NYSE|NASDAQ|Nasdaq|纽交所|纳斯达克)[:：]\s?[A-Z]{1,5})(?:[)）]|[，,])"
)
# …and what introduces it.
BEFORE_COMPANY = words(
    """龙头企业 企业 公司 助推 依托 听说过 孵化 培育了 引进 引入 引进了 引入了 携手 龙头 如 包括 像 旗下 收购 并购
    考察 来到 走进 走访 视察
    """
)
BEFORE_COMPANY_RE = re.compile("|".join(map(re.escape, BEFORE_COMPANY)))  # any, in one search
LIST_SEPARATORS = "、和及与"
# The conjunctions that join firms in a list and also stand in trade names
# (长江和记, 和邦生物, 天与): see _conjunction_in_name.
NAME_CONJUNCTIONS = frozenset("和与及")
CLAUSE_END = set('，,；;。！？!?：:\n“”"（()）《》')
CJK = re.compile(f"[{CJK_FIRST}-{CJK_LAST}]")
CJK_WORD = re.compile(f"[{CJK_FIRST}-{CJK_LAST}]+")
CLOSING_BRACKET = re.compile("[)）]")
ADMIN_SUFFIX = words(
    """省 市 县 区 州 镇 乡 旗 盟
    """
)
# Regions a group names its regional companies after (国电投东北公司); they
# also start brands (华东医药), so they are places only here, never blocking a brand.
REGIONS = frozenset(words("东北 华北 华东 华南 华中 西北 西南"))
REGION_COMPANIES = tuple(g + "公司" for g in REGIONS)  # a group's regional company
ZONES = words(
    """高新区 经开区 开发区 新区 园区 区 市 省 县
    """
)
# Business words that also name whole sectors: after them a short name needs
# a facility, an officer or an introduction, not merely a list.
SECTOR_RE = re.compile(
    "(?:新能源|能源|汽车|新材料|材料|新材|信息|智能|生物|医药|医疗|健康|农业|食品|文化|旅游|教育|环保|"
    "环境|生态|数据|网络|软件|装备|航空|物流|动力|电力|化工|建设|投资|资本|半导体|光伏|储能|机器人|"
    "自动化|芯片|稀土|有色|钢铁|通信|数码|云|文旅|传媒|影视|电子|能化|热力|燃气|水务|金融)+"
)
# Words for firms that close a list of them (…等企业, …等车企).
FIRM_KINDS = "企业|公司|集团|银行|车企|药企|房企|险企|券商|厂商|厂家"
# The rest of a list that ends in 等…企业: 、B、C等龙头企业. (What the rules
# ask of it, ``list_tail``, is found without the engine: see there.)
LIST_TAIL = re.compile(
    rf"(?:[、和及与][\u4e00-\u9fff]{{2,8}})*等(?:为)?[\u4e00-\u9fff]{{0,6}}?(?:{FIRM_KINDS})"
)
LIST_TAIL_END = re.compile(rf"等(?:为)?[\u4e00-\u9fff]{{0,6}}?(?:{FIRM_KINDS})")
MEMBER_OPENERS = "、和及与"
# the Analysis.memo key (with the end read to) of ``list_tail``'s answers
LIST_TAILS_KEY = "company.list_tails"
MEMBER_LONGEST = 8


def list_tail(
    t: str, pos: int, endpos: int | None = None, known: dict[int, bool] | None = None
) -> bool:
    """Whether ``LIST_TAIL`` matches ``t`` at ``pos`` (before ``endpos``), in
    time linear in what it reads. 和, 及 and 与 both open a member and are
    characters of one, so the engine, which tries every way of cutting a
    stretch into members, took twice as long for every two more of them (60
    和 after a firm's name: over a minute). Here whether the list's tail
    goes on from a position is found once for each position, from the last
    back: at a position that holds 等 and what closes the list, or a
    separator before a member of 2 to 8 characters after which it goes on.
    ``known``: those found before in ``t`` with the same ``endpos``, kept up
    to date (every name of a pasted list of thousands asks it)."""
    end = len(t) if endpos is None else min(endpos, len(t))
    if pos >= end or (t[pos] not in MEMBER_OPENERS and t[pos] != "等"):
        return False  # most names: what follows them opens no list's tail
    known = {} if known is None else known
    if pos in known:
        return known[pos]
    # the stretch the tail may run over (members' characters and 、), up to
    # where it is known
    hi = pos
    while hi < end and hi not in known and (t[hi] == "、" or "\u4e00" <= t[hi] <= "\u9fff"):
        hi += 1
    for p in range(hi - 1, pos - 1, -1):
        ch = t[p]
        goes_on = ch == "等" and LIST_TAIL_END.match(t, p, end) is not None
        if not goes_on and ch in MEMBER_OPENERS:
            n = 0
            while n < MEMBER_LONGEST and p + 1 + n < end and "\u4e00" <= t[p + 1 + n] <= "\u9fff":
                n += 1
            goes_on = any(known.get(p + 1 + m, False) for m in range(2, n + 1))
        known[p] = goes_on
    return known[pos]


# …以X为龙头: the firm leads the clause's list.
LEADER_AFTER = re.compile(r"[^，。；]{0,20}?为龙头")
# A group's numbered engineering bureau, a firm of its own: 中建|三局, 中交|一航局.
NUMBERED_UNIT = re.compile("[一二三四五六七八九十]{1,3}航?局(?:集团)?(?:有限公司|公司)?")
# A count of the firms a list names: 3家, 十余家, 5户 (户 counts enterprises in
# government and zone news as 家 does: 等3户企业).
FIRM_COUNT = "[0-9一二两三四五六七八九十]+余?[家户]"
# A list its count closes (天润、华晨和新奥3家企业): when the count is that
# of the members, each member is a firm, however common its words.
COUNTED_LIST = re.compile(rf"(?P<n>[2-9二两三四五六七八九])[家户](?:{FIRM_KINDS})")
CHINESE_DIGITS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# What closes a list of unknown names: 等…企业, 等9家…企业.
# A count (等9家…) says firms are counted, so a longer description may stand
# between it and the kind (等9家中国通用上下游产业链企业).
# Honours news lists their winners for, counted in 家 (…等15家获评老字号, 等6家
# 入选专精特新名单): 家 counts firms, shops and restaurants, and the winners'
# list reads as firms with no 企业 after the count.
HONOURS = "获评|入选|荣获|获得|被评为|被认定为|被授予|上榜|入围|获批"
ENUMERATION_END = re.compile(
    rf"等(?:为)?(?:{FIRM_COUNT}[\u4e00-\u9fff]{{0,12}}?|[\u4e00-\u9fff]{{0,6}}?)(?:{FIRM_KINDS})"
    rf"|等{FIRM_COUNT}(?:{HONOURS})"
)
ALIAS = re.compile(
    r"[(（](?:以下简称|以下称|下称|简称|以下统称)[:：]?[“\"‘'「]?(?P<alias>[^”\"’'」)）]{2,14})"
    r"[”\"’'」]?[)）]"
)
WEAK_FORMS = ("公司", "集团", "控股")
FORM_BEFORE_FORM = ("银行", "集团", "控股", "农商行")
# The heads that close a group's subsidiary or branch named after the group
# (中建三局|基础设施|公司, 三一|印度|公司, 中石化|湖南石油|分公司), longest
# first: Chinese news names a subsidiary by its group's name, then its place
# or trade, then a weak or a legal form.
SUBSIDIARY_HEADS = (
    "控股集团有限公司",
    "集团股份有限公司",
    "控股有限公司",
    "集团有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "控股集团",
    "股份公司",
    "分公司",
    "子公司",
    "公司",
    "集团",
    "分行",
    "支行",
)
# What, between a group and 公司, makes the firm one of the group's firms in
# general rather than one named (三一海外子公司, 中建三局所属公司).
GENERIC_SUBSIDIARY = frozenset(
    words(
        """全国 全省 全市 各地 地方 海外 境外 国内 国外 当地 本地 基层 下属 所属 旗下 全资 控股 参股 上市 相关 关联 合资
        独资 省级 市级 县级 一级 二级 三级 新 老 原 项目 平台 运营 壳 空壳 若干 多家 一家 两家 几家 成员 内部"""
    )
)
# A firm's relation to another when it stands before 公司 (子公司, 孙公司,
# 母公司, 分公司, 总公司): no part of a subsidiary's own name.
RELATION_CHARS = frozenset("子孙母分总")
SUBSIDIARY_MIDDLE = 10  # at most this many characters between a group's name and the head
# What a legal name may hold in brackets besides a place: 福建省冶金(控股)有限责任公司.
BRACKETED_FORMS = frozenset(words("控股 集团 股份"))
# Parts of speech (jieba's) of words that are grammar, not name: a verb, an
# adverb, a preposition… in front of a name is never part of it (后引进…).
GRAMMAR_TAGS = frozenset(words("v vd d p c r u f m q t ad"))
COMMON_SINGLE_TAGS = GRAMMAR_TAGS | {"a"}  # …and adjectives: a common single character's
# Parts of speech of the words a name is made of (nouns, proper nouns, abbreviations).
NAME_TAGS = frozenset(words("n nz ns nt nr j nrt nrfg"))
# Directions that jieba tags as place words but that are words of names
# (中冶南方, 东方电气, 北方华创).
DIRECTIONS = frozenset(words("东方 西方 南方 北方"))
# Of those, the verbs and adverbs that introduce a list (东方|北方 are names' words).
INTRODUCING_TAGS = frozenset(words("v vd d p c ad"))
# Words right after a company's name that only a company has before them: its
# officers, owners, subsidiaries, the works it builds.
OFFICER_OR_RELATION = re.compile(
    "(?:党委书记|党委副书记|董事长|副董事长|总经理|副总经理|总裁|副总裁|联合创始人|创始人|董事会|监事会|"
    "首席执行官|首席技术官|首席财务官|首席运营官|首席经济学家|CEO|CTO|董事会秘书|董秘|总工程师|技术总监|"
    "销售总监|市场总监|研发总监|厂长|"
    "有关负责人|相关负责人|项目负责人|负责人(?=[，,介表说称透])|全资子公司|控股子公司|子公司|旗下|控股股东|第一大股东|大股东|承建|"
    "总部位于|成立于|股票代码|证券代码|发布公告|公告称)"
)
# A firm's officers, whom 的 may tie to its name (岚芯微的董事长).
OFFICERS = frozenset(
    words(
        "党委书记 董事长 副董事长 总经理 副总经理 总裁 副总裁 创始人 联合创始人 首席执行官 有关负责人 相关负责人 项目负责人 负责人"
    )
)
# What only a company does, right after its name: announces, trades, is listed.
COMPANY_ACTS = re.compile(
    "(?:发布公告|公告显示|公告称|公告(?=[，,：:])|消息(?=[，,：:])|股价|市值|净利润|股东大会|年报|半年报|季报|在互动平台|"
    "接受机构调研|在机构调研|被机构调研|在接受调研|接受调研时|成功上市|挂牌上市|中标|投资建设|出品|拟减持|拟增持|拟定增|"
    "拟募资|募资|拟回购|及其一致行动人|发行上市|IPO|平台数据显示|数据显示|发布的数据|发布的报告|研究显示|"
    "成功发行|全国首[创个款家台套条]|国内首[创个款家台套条]|全球首[创个款家台套条]|"
    "全省首[创个款家台套条]|全市首[创个款家台套条]|行业首[创个款家台套条]|业内首[创个款家台套条])"
)
# A firm's staff and works after its name, and what the sentence says it is:
# X的技术人员, X生产车间, X是一家…企业.
STAFF_OR_WORKS = re.compile(
    "工作人员|技术人员|研发人员|工程师|员工|职工|生产车间|生产线上|厂区|新厂区|展台|展位|门店|"
    "旗舰店|专卖店"
    "|是一家[^，,。；;！？\n]{0,30}?(?:企业|公司|厂商|制造商|供应商|服务商)"
)
# Around a coined name, what says it is a firm's: an introduction before it,
# what a firm does after it at the start of a clause, or 据…介绍.
COINED_INTRODUCERS = frozenset(
    words("龙头企业 骨干企业 领军企业 链主企业 头部企业 上市公司 走进 走访 来到 参观 调研")
)
COINED_QUOTERS = frozenset(words("介绍 消息 透露 披露 相关负责人"))
COINED_CONTEXT = re.compile(
    "|".join(
        sorted(
            COINED_INTRODUCERS
            | COINED_QUOTERS
            | set(words("发布 宣布 推出 完成 获得 实现营收 营收 官宣")),
            key=len,
            reverse=True,
        )
    )
)
# What a coined name may follow: a clause's start or 据.
OPENERS = frozenset(CLAUSE_END | {"据"})
# What a listed firm does that the news reports right after its short name,
# the name opening the clause: 重庆啤酒发布半年报, 三花智控今日涨停.
LISTED_ACTS = re.compile(
    "发布(?:[0-9]{4}年)?(?:半年报|年报|季报|一季报|三季报|财报|业绩|年度报告|半年度报告|业绩快报|业绩预告)|"
    "发布公告|公告称|公告显示|公告(?=[，,：:])|"
    "披露|涨停|跌停|股价|市值|在互动平台|在机构调研|接受机构调研|股东大会|净利润|副董事长|董事长|副总经理|总经理|"
    "副总裁|总裁|"
    # …its results, offerings and investors' visits (东方生物公布…, 德科立发行总数…)
    "公布(?:[0-9]{4}年|年报|半年报|业绩|财报|公告)|业绩说明会|发行总数|发行价|新股申购|申购代码|"
    "上市首日|首日上市|被机构调研|拟(?:减持|增持|回购|通过|发行|募资|募集|定增|收购|出售|转让|设立|投资)|"
    # …its meetings, block trades and listings (…召开股东大会, …申请在港交所上市)
    "召开(?:[0-9]{4}年)?(?:[^，,。；;]{0,6}?)(?:股东大会|董事会|监事会|业绩说明会|会议)|大宗交易|"
    "在(?:港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|科创板|创业板)(?:挂牌|上市|发行|递交|提交)|"
    "赴(?:港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|科创板|创业板)(?:挂牌|上市|发行|递交|提交)|"
    "登陆(?:港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|科创板|创业板)"
)
# A date between a firm's name and what it announces (凯尔达|7月15-28日|接受机构调研).
DATE_BEFORE_ACT = re.compile(
    r"(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:[-—至][0-9]{1,2}日)?(?:晚间|早间|晚|上午|下午)?$"
    r"|[0-9]{1,2}月[0-9]{1,2}(?:[-—至][0-9]{1,2})?日$"
)
# Business words that are verbs before an amount (投资5亿元, 建设3条产线).
VERB_LIKE_INDUSTRY = ("投资", "建设", "发展", "制造")
# A short name that opens a clause (or follows 由, 据, 与) and is the subject
# of what firms do.
SUBJECT_OPENERS = frozenset(CLAUSE_END | set("由据与"))
SUBJECT_PREDICATES = tuple(
    words(
        """今年 去年 近日 日前 营收 营业收入 产值 年产值 订单 出口 研发 投资 总投资 建设的 投资建设 的产品 产品 介绍 宣布 发布 成立 签约 落户 入驻 扩产
        投产 上市 实现 计划 将在 已在 正在"""
    )
)
# Titles right before a known name make it a person's (副行长苏宁, 将军希尔顿).
PERSON_TITLES = tuple(
    words(
        """行长 部长 局长 主任 董事长 总经理 总裁 经理 书记 市长 省长 县长 区长 主席 教授 记者 将军 院士 委员 代表 先生 女士 创始人"""
    )
)
# A firm named by its staff or works alone is named short (岚芯微, 瑞擎动力).
MAX_STAFF_NAME = 6
# A verb this frequent before a listed act is no name's (before a stock
# code, where the name is surer, only a commoner one is).
LISTED_GRAMMAR_FREQ = 500
PUBLIC_BODY_MARKS = ("局", "委", "协", "央行", "厅", "署", "办", "表示")
# Words a listed firm's short name never holds: periods, business lines,
# markets, reports.
NOT_LISTED_NAME = tuple(
    words(
        "季度 年度 半年 业务 市场 公告 信息 涉嫌 数据 报告 本期 又称 板块 概念 媒体 人士 网友 方面 出让"
    )
)
# How a stock moved, between its name and the move (文科园林|回封|涨停).
HOW_BEFORE_ACT = tuple(
    words(
        "回封 再度 直线 一度 双双 强势 大幅 连续 继续 盘中 早盘 午后 尾盘 逆势 率先 归母 竞价 触及 拉升 冲高 走强"
        " 闪崩 上演"
        " 申请 计划 拟 将 成功 正式 顺利"
    )
)
# Time words between a firm's name and what it does (岚芯微|近日|宣布).
WHEN_BEFORE_ACT = (
    "近日正式",
    "日前正式",
    "近日",
    "日前",
    "今天",
    "今日",
    "昨天",
    "今年",
    "昨日",
    "近期",
    "盘中",
    "正式",
)
# A financial news item that opens with a firm's short name, a colon and
# what the firm announces.
COLON_MARKS = "：:"
COLON = re.compile(f"[{COLON_MARKS}]")


def _by_char(chars: str, ahead: str = "") -> tuple[re.Pattern, ...]:
    """One pattern per character of ``chars``, each the character and what
    ``ahead`` looks ahead at: together, ``[chars]ahead`` (_one_char_matches)."""
    return tuple(re.compile(re.escape(ch) + ahead) for ch in chars)


def _one_char_matches(patterns: tuple[re.Pattern, ...], t: str) -> list[re.Match]:
    """The matches of ``_by_char``'s patterns in ``t``, in text order: those of
    the class of their characters with the same look-ahead, as each match is
    one character. The engine scans for one character far faster than for
    any of a class (over the gold articles, ~9 instructions a character
    against ~65), and news holds few of them."""
    found = [m for pattern in patterns for m in pattern.finditer(t)]
    found.sort(key=re.Match.start)
    return found


COLON_BY_CHAR = _by_char(COLON_MARKS)
ANNOUNCED = re.compile(
    "拟|预计|中标|控股|股东|公司|本公司|子公司|全资|参股|收到|获得|取得|与|董事|签署|募资|定增|"
    "减持|增持|回购|上半年|前三季度|一季度|年报|半年报|[0-9]+月"
)
# A stock under special treatment, named with its mark (ST众泰, *ST天山): the
# mark and two or three characters.
SPECIAL_TREATMENT = re.compile(r"(?<![A-Za-z*])\*?ST(?=[\u4e00-\u9fff]{2})")
# A share-class mark after a listed firm's short name (小鹏汽车-W, 百济神州-U).
SHARE_CLASS = re.compile(r"-(?:SW|WD|UW|W|U|S)(?![A-Za-z])")
# …or, later in its first sentence, what only a firm's announcement is about:
# its shares, holders and officers (山东黄金：某某先生因工作变动辞去…).
ANNOUNCED_LATER = re.compile(
    "减持|增持|辞去|辞职|一致行动人|股权|股东|董事|监事|高管|中标|募资|回购|股票|子公司|"
    # …and its products' approvals, its results and payouts, its bonds
    "(?:获得|取得)[^，,。；;]{0,20}?(?:批准|注册证|证书|批件|通知书)|获批|临床试验|一致性评价|适应症|"
    "净利|营收|权益分派|利润分配|"
    "可转债|可转换公司债券|证券简称|交付"
)
HEADLINE_SENTENCE = 40
# Who speaks before a colon in news, not a firm (记者了解到：, 业内人士：), and
# the money that moves (北向资金：).
SPEAKER_MARKS = (
    "记者",
    "了解",
    "获悉",
    "人士",
    "专家",
    "分析",
    "认为",
    "指出",
    "介绍",
    "称",
    "资金",
)
# -- market news: what a stock did, after its short name --------------------------------
# When or how a stock moved, between its name and the move (午后|直线|封板,
# 今起|停牌, 成功|上市); longest first, as they are taken off from the right.
MOVE_HOW_WORDS = tuple(
    sorted(
        words(
            """今日 今天 盘中 早盘 午后 尾盘 盘初 盘前 开盘 收盘 此前 一度 再度 直线 一字 回封 拉升 触及 接近
            逼近 放量 强势 大幅 双双 集体 纷纷 均 跳水 继续 持续 快速 震荡 初步 盘后 现 则 也 收 暴
            明日 今起 将 起 临时 成功 正式 顺利 已经 闪崩 上演 收获"""
        ),
        key=len,
        reverse=True,
    )
)
MOVE_HOW = "(?:" + "|".join(MOVE_HOW_WORDS) + ")*"
# A stock's move: it hit its limit (涨停, 封板, 3连板) or rose or fell by a
# percentage (涨超5%, 跌近3%, 收跌2.1%) — not 上涨/下跌, which prices and indicators do.
MOVE_CORE = re.compile(
    r"涨停|跌停|封板|触板|晋级[0-9]+连板|[涨跌](?:超过|超|近|逾|约|幅达|幅超过|幅超|幅逾|幅近|幅为)?"
    r"[0-9]+(?:\.[0-9]+)?[%％]|"
    r"跟涨|跟跌|领涨|领跌|涨幅居前|跌幅居前|地天板|天地板|炸板|连?板(?!块)"
)
# Where a move may be, found fast: every alternative opens with a character.
MOVE_ANCHOR = re.compile("涨|跌|封板|触板|晋级|跟涨|跟跌|领涨|领跌|地天板|天地板|炸板|连板|板")
# A limit's size before 涨停 or 跌停 (岚沐微|20%涨停, 20cm涨停).
LIMIT_SIZE = re.compile(r"(?<![0-9.])(?:5|10|20|30)(?:%|％|cm|CM)$")
# A stock's price before its move (报12.5元，涨3.2%): an index's is in points.
CLOSING_PRICE = re.compile(r"报[0-9]+(?:\.[0-9]+)?(?:港元|美元|元)[，,]$")
# Chinese numerals that count a run of limits (三连板, 两连板, 十连板).
BOARD_NUMERALS = frozenset("二两三四五六七八九十")
# Moves on a limit board that need no count before them (封板, 晋级2连板, 地天板).
SPLIT_BOARDS = ("封", "触", "晋", "地天", "天地", "炸")
# The whole move with what stands before it, matched where a name ends (高盛|涨超5%).
STOCK_MOVE = re.compile(
    rf"{MOVE_HOW}(?:(?:[0-9]+天)?[0-9]+(?=连?板)|(?<![上下]))(?:{MOVE_CORE.pattern})"
)
# A list of stocks that 等 closes before a move: X、Y等跟涨, X、Y等涨幅居前.
LISTED_MOVE = re.compile(
    rf"等(?:超?[0-9]+股|多股|多只|个股)?{MOVE_HOW}"
    "(?:涨幅居前|跌幅居前|跟涨|跟跌|跟风|跟冲高|冲高|走高|走低|走强|走弱|下挫|大涨|大跌|"
    "高开|低开|涨停|跌停|封板|触板|[涨跌](?:超|近|逾|约)?[0-9])"
)
# What a market's members are that are no firms: indices, boards, sectors,
# futures, funds and currencies (沪指, 恒生科技指数, 汽车股, 沪镍期货, 碳中和ETF).
NOT_A_STOCK_IN = (
    *("指数", "板块", "概念", "期货", "合约", "基金", "资金", "市场", "行业", "价格"),
    *("创业板", "科创板", "主板"),
    *("金额", "合计", "累计", "总额", "规模"),  # 净买入金额达40亿元: an amount
)
# …and what their names end in (沪指, 汽车股 but not 岭南控股, 模塑转债, 沪市).
NOT_A_STOCK_END = re.compile("(?:指|(?<!控)股|股指|股通|债|ETF|ADR|市|盘|币|汇率|价)$")
# What a fund's or an index's name ends in before its code: 碳中和ETF(159790).
FUND_BEFORE_CODE = ("ETF", "LOF", "基金", "指数", "指")
# A sector before a stock's name in a market report (光伏股|宝馨科技, 传媒板块|实益达).
SECTOR_BEFORE_STOCK = re.compile("板块|板|概念股|概念|方面|成分股|股|的|还有|包括")
# A listed firm's headline about its holders' shares: after the colon, the
# holders (firms, funds, persons) and what they will do with the shares
# (甲：乙、丙拟减持不超过2%, 甲：乙及其一致行动人丙拟减持…).
HOLDERS_ACT = re.compile(
    "(?P<holders>[^，,。；;：:！？\n]{2,40}?)(?:拟|计划)?(?:减持|增持|协议转让|转让|清仓)"
)
HOLDER_SEPARATORS = re.compile("及其一致行动人|、|和|及")
# Holders who are people or the firm's own organs, not firms.
NOT_FIRM_HOLDERS = (
    "企业",
    "部分",
    "机构",
    "个人",
    "股东",
    "控制人",
    "董事",
    "监事",
    "高管",
    "公司",
    "先生",
    "女士",
    "员工",
    "持股平台",
)
# What introduces the new stocks open to subscription (今日可申购X、Y).
SUBSCRIPTION = re.compile("可申购|申购新股|新股申购")
# Money flows into stocks, each named before its amount: 净买入甲4.87亿元、乙3.1亿元.
NET_TRADE = re.compile("净买入|净卖出|净买|净卖")
TRADED_STOCK = re.compile("(?P<name>[\u4e00-\u9fff]{2,6}?)[0-9]+(?:\\.[0-9]+)?(?:亿|万)元?")
# Stocks' firsts and offerings that close a list of them (甲、乙今日新股申购).
EXCHANGES = "港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|新三板"
LISTING_AT = f"(?:{EXCHANGES})(?:主板|创业板|科创板)?(?:敲钟)?(?:挂牌上市|挂牌|上市)"
LISTED_FIRSTS = re.compile(
    "新股申购|IPO首日|上市首日|首日上市|截止招股|启动招股|"
    # …its trading halted or resumed, its listing ended (甲今起停牌, 甲被摘牌)
    "停牌|复牌|被摘牌|终止上市|"
    # …and its listing: 甲、乙成功上市, 甲登陆科创板, 甲在深交所创业板敲钟上市
    f"在{LISTING_AT}|于{LISTING_AT}|赴{LISTING_AT}|"
    f"登陆(?:{EXCHANGES}|主板|创业板|科创板|资本市场)|挂牌(?:{EXCHANGES}|主板|创业板|科创板)|"
    "成功上市|挂牌上市|IPO过会|成功过会"
)
# A ticker in brackets between a stock's name and its move: 露华浓（REV）收跌53%.
TICKER = re.compile(r"[(（][A-Z]{1,5}(?:\.[A-Z]{1,2})?[)）]")
# Where goods are traded, before their names (现货黄金, 国际原油).
GOODS_MARKETS = frozenset(words("现货 国际 伦敦 纽约 期 沪 美 布伦特 国内 内盘 外盘 美国 原"))
# Words of a market report: boards, sessions, limits, indices, markets.
MARKET_TALK = re.compile(
    "板块|概念股|个股|成分股|涨停|跌停|连板|封板|收盘|开盘|盘中|盘初|盘前|盘后|尾盘|早盘|"
    "港股|美股|A股|中概股|指数|沪指|深成指|创业板指|恒指|道指|纳指|标普|股价|市值|股份|"
    "拉升|跳水|高开|低开"
)
# What a report measures, that rises and falls as stocks do (订单量涨超30%).
INDICATORS = (
    *("量", "额", "率", "价", "利", "收入", "营收", "产值", "用电", "票房", "客流", "出口", "进口"),
    *("消费", "零售", "社零", "增速", "业绩", "成本", "利润", "收益", "房价", "租金", "产品"),
)
# Characters that open a comparison or point back, never a stock's name (较周一…).
NOT_STOCK_OPENERS = set("较其这那该此每股并即且而则亦仍")
# …and grammar that ends a phrase, never a name (美国银行|也|涨, 倍轻松|等).
NOT_STOCK_ENDS = set("也则亦等和与及的了是在并或而还都就又再均")
# Times of a trading day that open a clause (盘中走出10天9板).
TIME_ON_MARKET = ("盘中", "盘后", "盘前", "盘初", "盘面")
# A stock's name is at most this long, its marks (*ST, A) aside.
MAX_STOCK_NAME = 6
# The marks a stock's short name carries: special treatment, a first day's
# C or N, a share class's A or B (*ST赫美, C井松, 特力A).
STOCK_NAME = re.compile(r"(?:\*?ST|[CN](?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{2,6}[AB]?")
LISTED_SHORT_NAME = re.compile("\\*?(?:ST)?[\u4e00-\u9fff]{2,6}[A-Z]?")
# What a firm's news is about when it gives no figure: its company, shares,
# projects, products and drugs.
BUSINESS_NEWS = ("公司", "股", "项目", "产品", "药", "工程", "投资", "合同", "订单", "租金", "业务")
# A figure with its unit, what a firm's news reports (5.2亿元, 3%, 2023年).
FIGURE = re.compile("[0-9][0-9.]*(?:%|％|元|万|亿|股|年|月|日|吨|台|辆|家|个|倍)")
# Words of a quote, a greeting or an interview after a colon.
QUOTE_MARKS = ("你", "我", "《")
# What a study or data say before a colon: no firm's headline (研究显示：).
SPEECH_VERBS = ("显示", "表示", "表明", "认为", "指出", "称")
# How a listed firm's short name ends, whatever its announcement says: a
# form, a share class, a delisting stage (国检集团, 特力A, 网力退).
LISTED_NAME_END = re.compile("(?:股份|集团|控股|[AB]|退)$")
# …and what only a company is, right after these words.
OWNS = re.compile(
    "(?:全资子公司|控股子公司|下属子公司|参股公司|下属企业|子公司|孙公司|旗下的?|龙头企业|链主企业|"
    "上市公司|控股股东|股东|一致行动人)"
)
# A project's parties, named after their role: 项目业主为X, 投资方为X.
PROJECT_PARTY = re.compile(
    "(?:业主|业主单位|投资方|投资主体|建设单位|建设主体|承建单位|承建方|施工单位|施工方|运营方|"
    "运营单位|实施主体|合作方|受让方|出让方|中标单位|中标人|牵头企业|"
    # …and of a listed firm's deals: who subscribes its shares, whom it trades with
    "发行对象|认购对象|认购方|交易对方|交易对手方|标的公司)(?:为|是)"
)
# A firm whose shares are held or sold by the percentage: 持有的X的70%股权.
EQUITY_OF = re.compile("股权|股份")
# …the stake before it: 的70%, 70%的, 51.2%.
STAKE = re.compile("的?[0-9]+(?:\\.[0-9]+)?[%％]的?$")
# The short name a listed firm's stock goes by, in quotes: 证券简称为“X”.
STOCK_SHORT_NAME = re.compile(
    "简称(?:变更为|由[^，,。]{2,8}变更为|为|是)?[“\"‘'「](?P<name>[^”\"’'」]{2,8})[”\"’'」]"
)
# A firm that leads others: 以X为龙头, 以X为链主.
LEADER = re.compile(
    "以(?P<name>[^，,。；;！？、\n]{2,12}?)为(?:龙头|链主|核心企业|龙头企业|引领|牵引|依托)"
)
# A bank lends to a firm: 为X授信, 向X发放贷款.
LENDING = re.compile(
    "[为向给](?P<name>[^，,。；;！？、\n]{2,10}?)(?:授信|发放贷款|放贷|发放[^，,。；;]{0,6}?贷款|"
    "提供[^，,。；;]{0,6}?(?:贷款|授信|融资支持))"
)
# Two parties and a contract: X与Y签约, X和Y签署…协议.
SIGNED = re.compile("签署|签订|签约|达成|共同(?!点|之处)|合资|合作")  # not 之间的共同点
SIGNING_CHARS = "与和同"
SIGNING_AHEAD = f"(?=[^，。；！？、\n]{{2,14}}?(?:{SIGNED.pattern}))"
SIGNING = re.compile(f"[{SIGNING_CHARS}]{SIGNING_AHEAD}")
SIGNING_BY_CHAR = _by_char(SIGNING_CHARS, SIGNING_AHEAD)  # SIGNING, scanned a character at a time
# How a firm the news is about is called where its name is not repeated:
# 公司与X签署, 旗下子公司与X签订.
FIRM_PRONOUNS = tuple(words("公司 本公司 该公司 子公司 孙公司 集团 该集团 该行"))
# What ends a place's or a public body's name, which sign agreements as firms
# do (…村, …街道, …区, …局, …委, …管委会).
PUBLIC_PARTIES = LOCAL_GOVERNMENTS + ("区", "市", "局", "委", "政府", "管委会", "办事处")
# Last characters of public bodies' names (…局, …办, …委, …会, …院).
BODY_ENDINGS = frozenset("局办委会厅部署院所处站队校馆系社报网台刊协")  # 协: 中汽协
# Words before a legal form up to this length are all its name (the words
# before them are grammar or punctuation); longer runs are searched for a start.
SHORT_LEGAL_NAME = 12
# Words a name found by its surroundings never holds: kinds of body, zones,
# time words (成都高新区11月2日对外, 全区工业).
NOT_IN_CONTEXT_NAME = words(
    """企业 政府 部门 机构 单位 项目 园区 高新区 经开区 开发区 新区 街道 社区 工业 全区 全市 全省 全县 年 月 日 今年
    去年 以来 对外 期间 后 大学 学院 学校 医院 协会 学会 商会 研究 心理 机构 组织 中心 交易所 主板 板块
    """
)
# Any of them, found in one search (not one test per word).
NOT_IN_CONTEXT_NAME_RE = re.compile("|".join(map(re.escape, NOT_IN_CONTEXT_NAME)))
# Airlines: a home (a place or a country) and 航空.
AIRLINE = re.compile("([\u4e00-\u9fff]{2,4}?)航空")
NOT_AIRLINE_AFTER = (
    "港",
    "工业",
    "产业",
    "器",
    "航天",
    "运输",
    "货运",
    "物流",
    "枢纽",
    "业",
    "制造",
    "口岸",
    "发动机",
    "材料",
    "装备",
    "小镇",
    "城",
    "经济",
    "领域",
    "公司等",
)


def _airline_matches(t: str) -> Iterator[re.Match]:
    """``AIRLINE.finditer(t)``, sought only just before each 航空: a match is
    two to four characters and the first 航空 after them, and the engine
    would otherwise try every character of the text."""
    pos = 0
    at = t.find("航空")
    while at >= 0:
        m = AIRLINE.search(t, max(pos, at - 4), at + 2)
        if m is not None:
            yield m
            pos = m.end()
        at = t.find("航空", max(at + 1, pos))


COUNTRIES = frozenset(
    words(
        """美国 日本 韩国 德国 法国 英国 新加坡 泰国 阿联酋 卡塔尔 土耳其 俄罗斯 澳大利亚 新西兰 加拿大 意大利 荷兰 芬兰 瑞士 越南
        马来西亚 印尼 印度 埃及 埃塞俄比亚 沙特 西班牙 葡萄牙 奥地利 比利时 丹麦 挪威 瑞典 波兰 匈牙利 以色列 巴西 墨西哥 智利
        阿根廷 南非 菲律宾 柬埔寨 老挝 缅甸 哈萨克斯坦 乌兹别克斯坦 蒙古 国泰 长荣 华信 春秋 吉祥 祥鹏 奥凯 长龙 东海 首都 北部湾 西部
        """
    )
)
# Countries before a firm's name say where it is from, as places do (美国|特斯拉公司).
NATIONS = frozenset(
    words(
        """美国 日本 韩国 德国 法国 英国 新加坡 泰国 阿联酋 卡塔尔 土耳其 俄罗斯 澳大利亚 新西兰 加拿大 意大利 荷兰 芬兰 瑞士 越南
        马来西亚 印尼 印度 埃及 沙特 西班牙 葡萄牙 奥地利 比利时 丹麦 挪威 瑞典 波兰 匈牙利 以色列 巴西 墨西哥 智利 阿根廷 南非
        伊拉克 伊朗 科威特 约旦 黎巴嫩 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 菲律宾 柬埔寨 老挝 缅甸 哈萨克斯坦 乌兹别克斯坦 乌克兰
        白俄罗斯 希腊 爱尔兰 捷克 罗马尼亚 塞尔维亚 冰岛 卢森堡 秘鲁 哥伦比亚 委内瑞拉 尼日利亚 肯尼亚 埃塞俄比亚 摩洛哥 阿尔及利亚
        安哥拉 坦桑尼亚 阿塞拜疆"""
    )
)
# Where a listed firm may come from, made once, and their first characters.
# A set's order follows the hash seed: no home starts another, so which is
# tried first never matters (a test holds this).
HOMES_ABROAD = NATIONS | OVERSEAS
HOME_ABROAD_FIRSTS = frozenset(n[0] for n in HOMES_ABROAD)
LATIN_BRAND = re.compile("[A-Z][A-Za-z0-9&]{1,11}")
# The commonest surnames: a name of two or three single characters after one
# of them is a person's.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵覃莫孔汤"
)
# Zones after a place: 洋浦经济开发区 is no firm.
ZONE_AFTER = (
    "经济开发区",
    "经济技术开发区",
    "开发区",
    "高新区",
    "经开区",
    "新区",
    "园区",
    "自贸区",
)
# A plain word this frequent ends a name read rightwards (营收, 项目).
COMMON_NOUN = 2000
# A name is at most this long when nothing but its surroundings marks it.
MAX_CONTEXT_NAME = 12
LEVELS = frozenset(
    words("省 市 区 县 州 镇 乡 我省 我市 我区 我县 全省 全市 全区 全县 本市 该市 当地")
)
# Verbs that name a line of business inside a name (凯马汽车制造有限公司).
BUSINESS_VERBS = frozenset(
    words(
        """制造 开发 再生 生产 加工 销售 经营 运营 设计 研发 检测 施工 建设 发展 投资 管理 服务 贸易 咨询 营销 制药 养殖 展览
        推广 开采 冶炼 勘察 批发 审计 快递
        创新 节能 发电 出行 旅游 航运 物流 传媒 通讯 互联 联合 合作 智造 种植 印刷 包装 回收 利用 孵化 保理 创业 实业 建筑 装饰 安装 维修 供应 配送 储运 运输 租赁 融资 担保 交易 控股 置业
        """
    )
)
# Rarer words with those tags may be brands (攀钢, 安踏 are tagged as verbs).
GRAMMAR_MIN_FREQ = 50
# A single character this frequent as a verb or an adjective is grammar
# before it is a brand's (做, 大, 提, 建).
COMMON_CHAR = 5000
# Descriptors of a firm that stand before its name: 龙头…, 知名…
DESCRIPTORS = frozenset(
    words(
        "龙头 头部 领军 骨干 知名 著名 优质 本土 民营 外资 国有 省属 市属 区属 央企 国企 上市公司"
        " 车企 房企 药企 油企 险企 券商 外企 民企 新势力"
    )
)
# Descriptors and roles that end right before a name, whatever jieba's cut.
LEFT_STOPS = tuple(sorted(DESCRIPTORS | {"一致行动人", "实际控制人"}, key=len, reverse=True))
LEFT_STOP_ENDS = frozenset(w[-1] for w in LEFT_STOPS)
LEGAL_FORM_END = re.compile(
    r"(?:集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司)"
    r"(?:[\u4e00-\u9fff]{0,5}(?:分公司|分行|支行))?$"
)
PROVINCE_LEVEL = re.compile(r"([\u4e00-\u9fff]{2,3}?)[省市]")
LEGAL_TRAILING = words(
    """制造 科技 实业 发展 股份 控股 集团 技术 工业 有限
    """
)


# compared and hashed by identity (the one of resources()): the word tests
# below are cached per (word, resources), and its dicts cannot be hashed
@dataclass(frozen=True, eq=False)
class _Resources:
    forms: dict[str, str]
    form_re: re.Pattern
    branch_re: re.Pattern
    industry: frozenset[str]
    industry_re: re.Pattern
    industry_ends: tuple[frozenset[str], frozenset[str]]  # its words' first and last characters
    industry_lexicon: Lexicon
    known: Lexicon
    places: frozenset[str]
    major_places: frozenset[str]
    major_firsts: frozenset[str]  # the first characters of major_places
    owner_openers: re.Pattern  # where a project's owner can open a list item
    org_heads: tuple[str, ...]
    org_words: tuple[str, ...]  # the heads of two characters or more, for one endswith
    not_stocks: frozenset[str]


# A firm's business is a few words (锂电|新能源|材料: no name in the news or
# CLUENER holds more than three in a row). The bound keeps the pattern, tried
# at each business word of a text, from reading at each of them the whole of
# a long run of such words (控股控股…, a garbled page) to its end: a time
# growing with the square of the run.
MOST_INDUSTRY_WORDS = 8


# The whole-text scans of the rules below: each is skipped on a text that
# holds none of the strings every match of its pattern holds (its triggers,
# read off the pattern: models.suggest.triggers), most of them on most
# articles; the triggers of all are sought in one pass over the text.
SCANS = Gate(
    [
        STOCK_CODE,
        SHARE_CLASS,
        COINED_CONTEXT,
        LISTED_FIRSTS,
        MARKET_TALK,
        NET_TRADE,
        SUBSCRIPTION,
        OFFICER_OR_RELATION,
        COMPANY_ACTS,
        LISTED_ACTS,
        STAFF_OR_WORKS,
        OWNS,
        PROJECT_PARTY,
        EQUITY_OF,
        STOCK_SHORT_NAME,
        LEADER,
        LENDING,
        ALIAS,
        COUNTED_LIST,
        MOVE_ANCHOR,
    ],
    shared=RULES_SCAN,
)


def _market_talk(a: Analysis) -> bool:
    """Whether the text speaks of a stock market (``MARKET_TALK`` in it)."""
    return any(True for _m in SCANS.scan(MARKET_TALK, a.text, a.memo))


@lru_cache(maxsize=1)
def resources() -> _Resources:
    forms: dict[str, str] = {}
    branches: list[str] = []
    for row in load_table("company_forms"):
        if row[0] == "@branch":
            branches.append(row[1])
        else:
            forms[row[0]] = row[1] if len(row) > 1 else "weak"
    ordered = sorted(forms, key=len, reverse=True)
    industry = frozenset(load_list("company_industry"))
    ind_alt = "|".join(sorted(map(re.escape, industry), key=len, reverse=True))
    places = place_names()
    branch_alt = "|".join(map(re.escape, sorted(branches, key=len, reverse=True)))
    major_firsts = frozenset(place[0] for place in load_list("places"))
    return _Resources(
        forms=forms,
        form_re=re.compile("|".join(map(re.escape, ordered))),
        branch_re=re.compile(rf"(?:[(（]?[\u4e00-\u9fff]{{1,5}}?[)）]?)?(?:{branch_alt})"),
        industry=industry,
        industry_re=re.compile(rf"(?:{ind_alt}){{1,{MOST_INDUSTRY_WORDS}}}"),
        industry_ends=(frozenset(w[0] for w in industry), frozenset(w[-1] for w in industry)),
        industry_lexicon=Lexicon({w: w for w in industry}, shared=RULES_SCAN),
        known=Lexicon(
            {row[0]: row[1] if len(row) > 1 else "" for row in load_table("company_names")},
            shared=RULES_SCAN,
        ),
        places=places,
        major_places=frozenset(load_list("places")),
        major_firsts=major_firsts,
        owner_openers=_openers_before(major_firsts),
        org_heads=tuple(sorted(load_list("org_heads"), key=len, reverse=True)),
        org_words=tuple(h for h in load_list("org_heads") if len(h) >= 2) + ZONE_HEADS,
        not_stocks=frozenset(load_list("company_not_stocks")),
    )


class CompanySuggester(NameRules):
    """Rules and lexicons for company names."""

    name = "company"
    version = "18"
    label = "COMPANY"

    # -- the pipeline ---------------------------------------------------------------

    def find(self, a: Analysis) -> list[Candidate]:
        r = resources()
        t = a.text
        cands: list[Candidate] = []
        cands += self._known(a, r)
        cands += self._forms(a, r)
        cands += _subsidiaries(a, r, cands)
        cands += self._short_names(a, r)
        cands += self._enumerated(a, r)
        cands += self._stock_codes(a, r)
        cands += self._stock_marks(a, r)
        cands += self._anchored(a, r)
        cands += self._airlines(a, r)
        cands += self._coined(a, r)
        cands += self._headlines(a, r)
        cands += self._market_moves(a, r)
        if "股" in t or "标的" in t or "可比公司" in t:
            cands += _introduced_stocks(a, r)
        cands += self._subscriptions(a, r)
        cands += self._holders(a, r)
        cands += self._project_owners(a, r)
        cands += _project_items(a, r)
        if "年产" in t or "年处" in t or "年回收" in t or "年加工" in t:
            cands += _projects().capacity_owners(a, r)  # its CAPACITY_AFTER's words
        cands = _resolve([c for c in cands if not _kind_of_bank_or_firm(t[c.start : c.end])])
        cands += self._aliases(a, r, cands)
        cands = _resolve(cands)
        cands += self._lists(a, r, cands)
        cands += _between_firms(a, r, cands)
        cands = _resolve([_without_nation(a, c) for c in cands])
        cands += self._propagate(a, r, cands)
        cands = _resolve(cands + _region_arms(a, r, cands))
        cands += _context_slots(a, r, cands)
        if any(FRAME_CHARS.intersection(t[c.start : c.end - 2]) for c in cands):
            cands = _resolve([_without_frame(a, r, c) for c in cands])
        return [c for c in cands if "\n" not in t[c.start : c.end]]

    # -- 3. known companies ------------------------------------------------------------

    def _known(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        for s, e, _term, needs in r.known.find(t, a.memo):
            # a name starts a word, or follows a frame jieba glued on (记者从国美|获悉)
            if not (
                s == 0
                or s in a.starts
                or not CJK_FIRST <= t[s - 1] <= CJK_LAST
                or t[s - 1] in FRAME_CHARS
                and _frame_glued(a.word_at(s - 1), r)
            ):
                continue
            if needs == "context" and not _known_in_context(a, r, s, e):
                continue
            if _in_number(t, s):
                continue  # 七八百度, 两万科研人员: a number, not 百度 or 万科
            if t.endswith(PERSON_TITLES, max(0, s - 4), s):
                continue  # 副行长苏宁: a person named like a firm
            found = s
            if needs == "bank":
                s = _branch_place_start(a, r, s)  # 梅列农行, 三元工行: a place's branch
            if _continues_word(a, e, r, found):
                continue
            if _term.endswith("银行") and t[e : e + 1] in ("业", "家", "卡", "间", "界", "系"):
                continue
            if _org_after(t, e):
                continue
            if _term.endswith("局") and _after_place_or_zone(a, r, s):
                continue  # 经开区招商局: a zone's bureau, not the group named 招商局
            end = _branch_end(t, r, self._extend_short(a, r, e))
            if end == e and t.startswith(WEAK_FORMS, e) and not _term.endswith(WEAK_FORMS):
                end += 2  # 莫德纳公司: the name with its form
            if t[s - 2 : s] == "中国" and _term.startswith("国家") and s - 2 in a.starts:
                s -= 2  # 中国国家能源集团: the full name
            if _opens_facility_name(t, end):
                out.append(Candidate(s, end, 0.9, "known-facility"))
            elif (
                end == e
                and not _whole_name(t, r, e)
                and (member_end := _list_member_end(t, r, s, end)) is not None
            ):
                out.append(Candidate(s, member_end, 0.9, "known-member"))
            else:
                out.append(Candidate(s, end, 0.9, "known"))
        return out

    def _extend_short(self, a: Analysis, r: _Resources, pos: int) -> int:
        """A known name followed by a brand and a business word (华润博雅生物)."""
        t = a.text
        if m := NUMBERED_UNIT.match(t, pos):
            return m.end()  # 中建三局, 中铁十一局: a group's numbered engineering firm
        if t.startswith("股份", pos) and t[pos + 2 : pos + 3] in LISTED_SHORT_END:
            return pos + 2  # 中铁股份、: a listed firm's short name in a list or a clause
        region = None
        if t.startswith(REGION_COMPANIES, pos):  # told in one call first: most are none
            region = next(g for g in REGIONS if t.startswith(g + "公司", pos))
        if region is not None:
            return pos + len(region) + 2  # 国电投东北公司: a group's regional company
        k = pos
        brand = 0
        while k < len(t) and brand < MAX_BRAND:
            s, e = a.token(k)
            if s != k:
                break
            w = t[s:e]
            if (
                w in r.industry
                or t.startswith(AFTER_COMPANY, k)
                or not _brandlike(w, rare=EXTEND_RARE)
            ):
                break  # 国投|新厂: the group's facility, no subsidiary's brand
            if _is_place(w, r):
                break  # 欣旺达|珠海…产业园: the site of the group's project
            if STOCK_MOVE.match(t, k):
                break  # 高盛|涨超5%: how its stock moved
            brand += len(w)
            k = e
        if not brand or k >= len(t):
            return pos
        if r.industry_re.fullmatch(t, max(0, pos - 2), pos) or t.endswith(WEAK_FORMS, 0, pos):
            return pos  # 华泰证券|研报: a full name; a subsidiary's brand follows a group's
        m = r.industry_re.match(t, k)
        if m and _verb_before_amount(t, k, m.end()):
            return pos  # 新宙邦|总投资20亿元: what the firm does, not its subsidiary
        if m and (r.industry_re.fullmatch(t, pos, m.end()) or SECTOR_RE.fullmatch(t, pos, m.end())):
            return pos  # 洛阳钼业|新|材料项目: a sector word jieba cut apart, not a brand and trade
        if m and t.endswith("显示", k, m.end()):
            return pos  # 据阿里巴巴|后台数据显示: the verb, not a subsidiary's trade
        if not m or not _ends_word(a, m.end()) or t.startswith(NOT_AFTER_SHORT, m.end()):
            # a group's subsidiary by a coined name alone, where the name
            # plainly ends (国投闽光、, 三星环新7GWh…): 大唐华银
            k = pos + 2  # the subsidiary's name is two characters, whatever follows
            if not all(CJK.match(ch) for ch in t[pos:k]):
                # one character and a mark (蓝思|迈、, 天猫|店、, 淘宝|镇、, 中化|债、):
                # no two-character name, and a mark is none of a name
                return pos
            coined = _coined_brand(a, pos, k) or _coined_pair(a, pos) or _rare_proper(a, pos, k)
            ends = k >= len(t) or not CJK.match(t[k]) or t[k] in "、和与及等"
            if coined and (ends or PROJECT_TAIL.match(t, k)):
                return k  # …, 大唐华银扩能升级: the subsidiary's own project follows
            return pos
        return m.end()

    # -- 1 and 2. legal and weak forms -------------------------------------------------

    def _forms(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        rural = RURAL_BANK_FORMS.finditer(t) if "农" in t or "联社" in t else ()
        brokers = BROKER.finditer(t) if "证券" in t else ()
        japanese = JAPANESE_FORM.finditer(t) if "株式会社" in t else ()
        for m in (*r.form_re.finditer(t), *rural, *brokers, *japanese):
            fs, fe = m.start(), m.end()
            strength = r.forms.get(m.group(), "bank")
            if m.group() == "株式会社":
                cand = self._legal(a, r, fs, fe, True)
            elif m.group() == "证券":
                cand = self._broker(a, r, fs, fe)
            elif strength == "bank":
                cand = self._bank(a, r, fs, fe)
            else:
                cand = self._legal(a, r, fs, fe, strength == "strong")
                if cand is None and strength != "strong":
                    cand = _after_nation(a, r, fs, fe)
                if cand is None and m.group() in ("集团", "公司"):
                    cand = _state_group(a, r, fs, fe)
            if cand is None:
                continue
            cand.end = _branch_end(t, r, cand.end)
            out.append(cand)
        return out

    def _legal(
        self, a: Analysis, r: _Resources, fs: int, fe: int, strong: bool
    ) -> Candidate | None:
        t = a.text
        form = t[fs:fe]
        if fe < len(t) and t.startswith(("公司", "集团"), fe) and not strong:
            return None  # 集团公司: the longer form is matched on its own
        chunk = _left_chunk(a, fs, r)
        if not chunk:
            return None
        if strong:
            start = _name_start(a, r, chunk)
            if start is not None and _only_industry(a, r, start, fs):
                start = _behind_grammar(a, r, start)
            if start is None or fs - start < 2 or _only_industry(a, r, start, fs):
                return None  # 生物科技有限公司: a kind of firm, not a name
            if _common_word_only(a, r, start, fs):
                return None  # 技术有限公司: what a firm does, not its name
            return Candidate(_dotted_brand(a, r, _group_before(a, r, start)), fe, 0.95, "legal")
        # weak: place* (brand | known) industry* form, or place+ industry+ form
        words = [t[s:e] for s, e in chunk]
        if form == "集团":
            proper = _proper_group_start(t, r, chunk, words, fe)
            if proper is not None:
                return Candidate(proper, fe, 0.75, "form")  # 华山集团, 陕西|泰山集团
        generic = words[-1] in GENERIC_BEFORE_FORM or words[-1].endswith("的")
        if generic and _brand_before_trade(words, r):
            generic = False  # 名城|控股|集团, 岚沣|投资|公司: a brand's trade company
        placed = _is_place(words[-2], r) if len(words) >= 2 else False
        opens_with_place = len(words) >= 3 and _is_major_place(words[0], r)
        if generic and not (words[-1] in r.industry and (placed or opens_with_place)):
            return None  # 该公司, 项目公司 — unless a place comes first: 抚州高新区基金公司,
            # 重庆国际信托投资公司
        k = len(chunk) - 1
        while k >= 0 and _is_industry(words[k], r):
            k -= 1
        n_industry = len(chunk) - 1 - k
        brand_len = 0
        known = False
        j = k
        while j >= 0 and brand_len < MAX_BRAND and not _is_place(words[j], r):
            w = words[j]
            if w in r.known:
                known = True
                j -= 1
                break
            if LATIN_BRAND.fullmatch(w):
                brand_len += 2  # SK集团, TCL公司: a brand in Latin letters
                j -= 1
                continue
            if not _brandlike(w) and w not in NAME_CONJUNCTIONS:
                break  # (a conjunction _left_chunk kept is the brand's: 长江和记)
            brand_len += len(w)
            j -= 1
        if brand_len == 1 and not n_industry:
            return None
        if form == "公司" and brand_len and not known and _kind_of_firm(words[k]):
            return None  # 博彩公司, 快递公司: a dictionary noun before 公司 is a kind
        if form == "公司" and not known and t.startswith(("股份", "股票", "股东", "章程"), fe):
            return None  # 增持公司股份: the company being spoken of, not a name
        p = j
        while p >= 0 and _is_place(words[p], r):
            p -= 1
        has_place = p < j
        local_place = has_place and words[j] != "中国"
        group = _known_ending(t, r, chunk, p) if has_place and not brand_len else None
        if group is not None:
            # a group's regional company: 中国移动/江西/公司, 国家电网/江西省/电力/公司,
            # 国/网/抚州/供电/公司 (jieba splits the group's short name)
            return Candidate(group, fe, 0.85, "form")
        if form == "集团" and not brand_len and n_industry and words[k] == "中国" and p == k - 1:
            return Candidate(chunk[k][0], fe, 0.85, "form")  # 中国|电子信息|集团: a state group
        if not (
            known or brand_len >= 2 or (brand_len and n_industry) or (local_place and n_industry)
        ):
            if opens_with_place and n_industry and 1 <= k <= 2 and _proper_middle(words[1 : k + 1]):
                return Candidate(chunk[0][0], fe, 0.7, "form")  # 江苏|长江海洋|科技公司
            return None
        if (known or brand_len) and j < k or local_place and n_industry:
            start = chunk[p + 1][0]
            if brand_len and j - p >= 2 and _province(words[p + 1], r):
                start = chunk[p + 2][0]  # 山东|德州恒丰集团: the city names the firm
        else:
            return None
        if not has_place and j >= 0:
            # a place a word or two further left: 南昌/市政/公用/集团
            for q in range(j, max(-1, j - 2), -1):
                if _is_place(words[q], r) and words[q] not in ZONES:
                    while q > 0 and _is_place(words[q - 1], r):
                        q -= 1
                    start = chunk[q][0]
                    break
            else:
                if j == 0 and brand_len >= 2 and form == "集团" and _proper_group_word(words[0], r):
                    start = chunk[0][0]  # 华山|伟业|集团: a proper noun opens the brand
        start = _split_zone_start(a, r, start)
        core = t[start:fs]
        if _org_ending(core, r) or len(core) < 2:
            return None
        return Candidate(start, fe, 0.85 if brand_len or known else 0.75, "form")

    def _bank(self, a: Analysis, r: _Resources, fs: int, fe: int) -> Candidate | None:
        t = a.text
        s, e = a.token(fs)
        word = t[s:e]
        if s < fs and word.endswith(t[fs:fe]) and e == fe and word in r.known:
            start = s
        elif s < fs and e == fe and word in CITY_BANK_KINDS:
            city = _city_before(a, r, s)
            if city is None:
                return None  # 商业银行, 国内商业银行: a kind of bank
            start = city
        else:
            chunk = _left_chunk(a, fs, r)
            if not chunk:
                return None
            words = [t[x:y] for x, y in chunk]
            k = len(chunk) - 1
            brand_len = 0
            # a bank's brand is a known name or words jieba does not know (韩亚, 台新)
            while (
                k >= 0
                and brand_len < 4
                and (words[k] in r.known or (len(words[k]) == 1 and _brandlike(words[k])))
            ):
                brand_len += len(words[k])
                k -= 1
            p = k
            while p >= 0 and _is_place(words[p], r):
                p -= 1
            proper = _proper_bank_start(words, r)
            if proper is not None and (p == k or proper < p + 1):
                start = chunk[proper][0]  # 潇湘|银行, 苏格兰|皇家|银行: a proper name
            elif brand_len < 2 and p == k:
                return None
            elif p == k and not r.branch_re.match(t, fe):
                return None  # an unknown brand alone: 要去银行, 收单银行
            else:
                start = chunk[p + 1][0]
        name = t[start:fe]
        if any(name.endswith(h) for h in ("人民银行", "世界银行", "央行")) or len(name) < 4:
            return None
        if t[fe : fe + 1] in ("业", "家", "卡", "间", "界", "系"):
            return None  # 银行业, 银行家, 银行卡
        if t[fs:fe] in RURAL_BANK_SHORT and _province(t[start:fs], r):
            return None  # 山东农商行: a province's rural banks as a whole, not one bank
        return Candidate(start, fe, 0.9, "bank")

    def _broker(self, a: Analysis, r: _Resources, fs: int, fe: int) -> Candidate | None:
        """A securities firm named as a bank is (美林|证券, 银河证券): a proper
        noun, a rare word or a place before 证券, where 证券 ends the word and
        no newspaper, exchange or firm's department follows (证券时报,
        深圳证券交易所, 鸿图证券事务部)."""
        t = a.text
        s, e = a.token(fs)
        if e > fe or t.startswith(NOT_BROKER_AFTER, fe):
            return None
        if s < fs and e == fe:  # 银河证券: jieba knows the firm as one word
            brand = t[s:fs]
            if word_freq(t[s:e]) >= RARE or brand in BROKER_KINDS or len(brand) < 2:
                return None
            return Candidate(s, fe, 0.85, "bank")
        chunk = _left_chunk(a, fs, r)
        words = [t[x:y] for x, y in chunk]
        if not words or words[-1] in BROKER_KINDS:
            return None
        start = _proper_bank_start(words, r)
        if start is None:
            return None
        return Candidate(chunk[start][0], fe, 0.85, "bank")

    def _stock_codes(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A name before its stock code: 精测电子(300567)."""
        t = a.text
        out = []
        for m in SCANS.scan(STOCK_CODE, t, a.memo):
            end = m.start()
            if t.endswith(FUND_BEFORE_CODE, 0, end):
                continue  # 碳中和ETF(159790): a fund's code
            start = _listed_name_start(a, r, end)
            if start is not None:
                start = _known_name_start(a, r, start, end)  # 有|交通银行（601328）
            if start is not None and _only_forms(t[start:end], r):
                start = _clause_opening(t, end)  # 快克|股份: jieba cut the name's brand
            if start is not None:
                out.append(Candidate(start, end, 0.9, "code"))
                continue
            chunk = _left_chunk(a, end, r)
            if chunk and end - chunk[0][0] > 8:
                # a long run of words: the name starts at a known name, a brand
                # or a place (the words before it say something else)
                while chunk and not _name_material(t[chunk[0][0] : chunk[0][1]], r):
                    chunk = chunk[1:]
            if chunk and 2 <= end - chunk[0][0] <= 8:
                start = _known_name_start(a, r, chunk[0][0], end)
                out.append(Candidate(start, end, 0.9, "code"))
            elif (start := _clause_opening(t, end)) is not None and _stock_name(a, r, start, end):
                out.append(Candidate(start, end, 0.9, "code"))  # a name alone in its clause
        return out

    def _stock_marks(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A listed firm named with its stock's marks: ST众泰, *ST天山 (the mark
        is the name's), 小鹏汽车-W (the share class is not)."""
        t = a.text
        out = []
        for m in SPECIAL_TREATMENT.finditer(t) if "ST" in t else ():
            end = m.end() + 2
            if end + 1 <= len(t) and end not in a.starts and end + 1 in a.starts:
                end += 1  # ST东时代: jieba glues a third character to the name
            out.append(Candidate(m.start(), end, 0.85, "stock_mark"))
        for m in SCANS.scan(SHARE_CLASS, t, a.memo):
            start = _listed_name_start(a, r, m.start())
            if start is not None and _has_brand(a, r, start, m.start()):
                out.append(Candidate(start, m.start(), 0.85, "stock_mark"))
        return out

    # -- 9. airlines -------------------------------------------------------------------

    def _airlines(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """An airline is named by its home and 航空 (厦门航空, 新加坡航空, 美国航空公司);
        an airport (航空港), an industry (航空产业) or aviation itself is not."""
        t = a.text
        out = []
        for m in _airline_matches(t):
            home = m.group(1)
            start = m.start(1)
            if not (home in r.places or home in COUNTRIES):
                continue
            if start > 0 and CJK.match(t[start - 1]) and start not in a.starts:
                continue
            if t.startswith(NOT_AIRLINE_AFTER, m.end()):
                continue
            end = m.end() + (2 if t.startswith("公司", m.end()) else 0)
            out.append(Candidate(start, end, 0.75, "airline"))
        return out

    # -- 10. a listed firm's announcement: 某某股份：拟减持… ----------------------------

    def _headlines(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """The firm a financial news item opens with, before a colon and what
        firms announce (拟…, 中标…, 控股子公司…, 预计上半年…)."""
        t = a.text
        out = []
        for m in _one_char_matches(COLON_BY_CHAR, t):
            end = m.start()
            start = max(t.rfind(mark, 0, end) for mark in "\n。；;") + 1
            if not LISTED_SHORT_NAME.fullmatch(t, start, end):
                continue
            name = t[start:end]
            if not _announces(t, m.end()) and not (
                _reads_as_listed(a, r, start, end) and _reports_news(t, m.end())
            ):
                continue
            if word_tag(name) in ("nr", "nrfg"):
                continue  # 某某某：…, a person's words
            if name.endswith(("网讯", "报讯", "社讯")):
                continue  # 观点网讯：…, 本报讯: a news outlet's dateline (中科海讯 is a firm)
            if any(mark in name for mark in SPEAKER_MARKS) or _no_headline_firm(name):
                continue
            if name.isascii() or _org_ending(name, r) or name[-1] in BODY_ENDINGS:
                continue
            if any(mark in name for mark in PUBLIC_BODY_MARKS):
                continue  # 统计局表示, 中汽协, 中国央行: public bodies and associations
            if _is_place(name, r) or _person_name(a, list(name)):
                continue
            out.append(Candidate(start, end, 0.75, "announcement"))
        return out

    # -- 11. coined names where only a firm stands ---------------------------------

    def _coined(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A coined name (characters jieba makes no word of: 岚芯微) that a
        clause opens with what firms do (…发布, …宣布, …完成融资), that 据…介绍
        quotes, or that 龙头企业… introduces."""
        t = a.text
        out = []
        for m in SCANS.scan(COINED_CONTEXT, t, a.memo):
            if m.group() in COINED_INTRODUCERS:
                start = m.end()
                end = _coined_end(a, r, start)
                if end is not None and t[end - 1] not in BODY_ENDINGS:
                    out.append(Candidate(start, end, 0.65, "coined"))
                continue
            end = m.start()
            when = word_ending_at(t, end, WHEN_BEFORE_ACT)
            end -= len(when)
            if not any(
                end == n or (end > n and t[end - n - 1] in OPENERS) for n in range(2, MAX_BRAND + 1)
            ):
                continue  # cheap: no clause opens two to four characters before
            start = _coined_start(a, r, end)
            if start is None:
                continue
            opens = start == 0 or t[start - 1] in CLAUSE_END or t[start - 1] == "据"
            if t[end - 1] in BODY_ENDINGS:
                continue  # 工信厅完成…: a department's short name, not a coined brand
            if opens and (t[start - 1 : start] == "据") == (m.group() in COINED_QUOTERS):
                out.append(Candidate(start, end, 0.65, "coined"))
        return out

    # -- 12. a project named after its owner: 北京中发天信|轻型航空…项目 --------------

    def _project_owners(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A list item or clause that opens with a province or major city and
        a brand, then describes a project (山东绿叶|心血管…项目): firms name
        their projects after themselves, home and brand."""
        t = a.text
        major = r.major_places
        out = []
        # cheap tests first: a place's first character (the openings are
        # only those before one), its characters, a project's end
        for start in _owner_openings(t, r):
            if t[start : start + 2] not in major and t[start : start + 3] not in major:
                continue
            m = OWNER_PROJECT.match(t, start)
            if m is None or start not in a.starts:
                continue
            place_end = a.token(start)[1]
            place = t[start:place_end]
            if not _is_major_place(place, r) or place in ZONES or place == "中国":
                continue
            end = _owner_brand_end(a, r, place_end, m.end())
            if end is not None:
                out.append(Candidate(start, end, 0.65, "project"))
        return out

    # -- 13. market news: stocks that moved --------------------------------------------

    def _market_moves(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """Listed firms a market report names by what their stock did: a clause
        that opens with a short name, or a list of them, before a move
        (三花智控涨超5%, 甲、乙直线涨停, 甲、乙、丙等跟涨)."""
        t = a.text
        moves = _stock_moves(a)
        move_ends = {e for _s, e in moves}
        ends = {_before_ticker(t, s): False for s, _e in moves if t[s - 1 : s] != "等"}
        ends.update({m.start(): True for m in LISTED_MOVE.finditer(t)})
        ends.update({_move_start(t, m.start()): True for m in SCANS.scan(LISTED_FIRSTS, t, a.memo)})
        out = []
        # a move alone (涨超5%) is stocks' where the text speaks of a market,
        # prices' and products' elsewhere (光伏组件涨超5%); 等跟涨 is stocks' anyway
        market = bool(ends) and (len(moves) > 1 or _market_talk(a))
        for end, closed in ends.items():
            if not closed and not market:
                continue
            items = _market_items(a, r, end, move_ends, closed=closed)
            if len(items) == 1 and not closed and not _stock_alone(a, r, *items[0]):
                continue  # one name and a move: its own words must read as a firm's
            out += [Candidate(s, e, 0.7, "market") for s, e in items]
        return out + self._net_trades(a, r)

    def _net_trades(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """Stocks that funds bought or sold, each before its amount (北向资金
        净买入甲4.87亿元、乙3.1亿元)."""
        t = a.text
        out = []
        # the trades first: a scan for 净 alone, where most texts hold none
        # and the market's words are not sought through the whole text
        trades = list(SCANS.scan(NET_TRADE, t, a.memo))
        if trades and not _market_talk(a) and "资金" not in t:
            return []  # 净买入理财产品: a saver's, not a fund's flows into stocks
        for m in trades:
            k = m.end()
            while (item := TRADED_STOCK.match(t, k)) and _stock_name(a, r, *item.span("name")):
                out.append(Candidate(*item.span("name"), 0.7, "market"))
                if t[item.end() : item.end() + 1] != "、":
                    break
                k = item.end() + 1
        return out

    def _holders(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """The holders a listed firm's headline says will sell or buy its shares
        (甲：乙、丙拟减持…): each that is no person and no organ of the firm."""
        t = a.text
        out = []
        for m in _one_char_matches(COLON_BY_CHAR, t):
            start = max(t.rfind(mark, 0, m.start()) for mark in "\n。；;") + 1
            if not LISTED_SHORT_NAME.fullmatch(t, start, m.start()):
                continue
            name = t[start : m.start()]
            if any(mark in name for mark in SPEAKER_MARKS) or _no_headline_firm(name):
                continue  # 主力资金：…, 记者了解到：…, 全市：…: no firm's headline
            act = HOLDERS_ACT.match(t, m.end())
            if act is None:
                continue
            holders = _split_holders(a, r, m.end(), act.end("holders"))
            if all(_firm_holder(a, r, s, e) for s, e in holders):
                out += [Candidate(s, e, 0.7, "holder") for s, e in holders]
        return out

    def _subscriptions(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """New stocks open to subscription, named after 可申购 (今日可申购甲、乙)."""
        t = a.text
        out = []
        for m in SCANS.scan(SUBSCRIPTION, t, a.memo):
            k = m.end() + (t[m.end() : m.end() + 1] in ("：", ":"))
            while True:
                e = k
                while e < len(t) and e - k <= MAX_STOCK_NAME and CJK.match(t[e]):
                    e += 1
                closed = e >= len(t) or t[e] in CLAUSE_END or t[e] == "、"
                if not closed or not _stock_name(a, r, k, e):
                    break
                out.append(Candidate(k, e, 0.7, "market"))
                if e >= len(t) or t[e] != "、":
                    break
                k = e + 1
        return out

    # -- 8. what surrounds a name: its officers, owners, contracts ------------------

    def _anchored(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A name before an officer's title or a corporate relation (…董事长,
        …旗下, …子公司, …承建), and both parties of a signing (X与Y签约)."""
        t = a.text
        out = []
        for m in SCANS.scan(OFFICER_OR_RELATION, t, a.memo):
            end = m.start()
            if t[end - 1 : end] == "的":
                if m.group() not in OFFICERS:
                    continue  # …规范的全资子公司: 的 ties a relation to anything
                end -= 1  # 岚芯微的|董事长
            if m.group() in OFFICERS and (
                division := FIRM_DIVISION.search(t, max(0, end - 4), end)
            ):
                end = division.start()  # 中原房地产|华北区|总经理: the firm's region, not its name
            form = next((f for f in WEAK_FORMS if t.endswith(f, 0, end)), "")
            if form and m.group() in OFFICERS:
                # 北京联达四方房地产经纪公司|总经理: a firm's name with its form
                start = _name_before(a, r, end - len(form), strict=True)
                if start is not None and _name_material(a.word_at(start), r):
                    out.append(Candidate(start, end, 0.75, "officer"))
                continue
            if m.group() in OFFICERS:
                end -= t[end - 1 : end] in FORMER_MARKS  # 重庆银行|前|董事长
            start = _name_before(a, r, end)
            if start is not None and not t.endswith(LOCAL_GOVERNMENTS + NOT_FIRM_HEADS, start, end):
                start = _past_bank_role(a, _known_after_singles(a, r, start, end), end)
                out.append(Candidate(start, end, 0.8, "officer"))  # not 姜山镇|党委书记
        for m in SCANS.scan(COMPANY_ACTS, t, a.memo):
            start = _name_before(a, r, m.start(), strict=True)
            if start is not None and not _person_name(
                a, [t[p:q] for p, q in a.words(start, m.start())]
            ):
                start = _known_after_singles(a, r, start, m.start())  # 约|占|工行
                out.append(Candidate(start, m.start(), 0.7, "acts"))  # not 陈某某拟减持
        for m in SCANS.scan(LISTED_ACTS, t, a.memo):
            end = m.start()
            if m.group() in OFFICERS:
                end -= t[end - 1 : end] in FORMER_MARKS  # 南京银行|前|董事长
            end -= len(word_ending_at(t, end, WHEN_BEFORE_ACT))
            if t[end - 1 : end] in "日午间晚" and (
                date := DATE_BEFORE_ACT.search(t, max(0, end - 16), end)
            ):
                end = date.start()
            while how := word_ending_at(t, end, HOW_BEFORE_ACT):
                end -= len(how)  # 集泰股份|竞价|再度|涨停
            start = _opening_name_start(a, r, end)
            if start is not None:
                start = _known_after_singles(a, r, start, end)  # 约|占|招行
                out.append(Candidate(start, end, 0.7, "listed"))
        for m in SCANS.scan(STAFF_OR_WORKS, t, a.memo):
            end = m.start() - (t[m.start() - 1 : m.start()] in ("的", "前"))  # 岚芯微的|前|员工
            end -= t[end - 1 : end] in ("总", "副")  # …|总工程师: the title's
            start = _name_before(a, r, end, strict=True)
            if start is None or end - start > MAX_STAFF_NAME or t[end - 1] in BODY_ENDINGS:
                continue  # 建设部|总工程师: a public body's staff
            if _has_brand(a, r, start, end):
                out.append(Candidate(start, end, 0.7, "staff"))
        for m in SCANS.scan(OWNS, t, a.memo):
            # a subsidiary is a firm whatever its name (长江电力子公司|三峡电能)
            subsidiary = m.group().endswith(("子公司", "孙公司"))
            end = _name_after(a, r, m.end(), strict=not subsidiary, evidence=1)
            if end is not None:
                if t.startswith(WEAK_FORMS, end) and not t.startswith(WEAK_FORMS, end - 2):
                    end += 2  # 川能风电公司: the name with its form
                out.append(Candidate(m.end(), end, 0.7, "owned"))
        for m in SCANS.scan(PROJECT_PARTY, t, a.memo):
            end = _name_after(a, r, m.end())
            if end is not None:
                out.append(Candidate(m.end(), end, 0.7, "party"))
        for m in SCANS.scan(EQUITY_OF, t, a.memo):
            stake = STAKE.search(t, max(0, m.start() - 10), m.start())
            if stake is None:
                continue
            start = _name_before(a, r, stake.start())
            if start is not None and 2 <= stake.start() - start <= MAX_CONTEXT_NAME:
                out.append(Candidate(start, stake.start(), 0.7, "equity"))  # 瑞福锂业|的70%股权
        for m in SCANS.scan(STOCK_SHORT_NAME, t, a.memo):
            s, e = m.span("name")
            if t[m.start() - 2 : m.start()] in ("证券", "股票") and STOCK_NAME.fullmatch(t, s, e):
                out.append(Candidate(s, e, 0.8, "alias"))  # 证券简称变更为“X”
        for m in SCANS.scan(LEADER, t, a.memo):
            start, end = m.span("name")
            found = _name_after(a, r, start, evidence=1)
            if found == end:
                out.append(Candidate(start, end, 0.75, "leader"))  # 以|宏伟机械|为龙头
        for m in SCANS.scan(LENDING, t, a.memo):
            start, end = m.span("name")
            found = _name_after(a, r, start)
            if found is not None and found >= end and _ends_word(a, end):
                out.append(Candidate(start, end, 0.7, "borrower"))  # 为|明海鑫|授信
        for m in _one_char_matches(SIGNING_BY_CHAR, t):
            first = _name_before(a, r, m.start())
            second = _name_after(a, r, m.end())
            if second is not None:
                second = min(second, SIGNED.search(t, m.end()).start())  # …|签订协议
                second = second if second - m.end() >= 2 else None
            if first is not None and second is not None:
                # a village, a street or a bureau signs too (西岗村与东岗村签订): no firm
                if not _public_party(a, r, first, m.start()):
                    out.append(Candidate(first, m.start(), 0.75, "signing"))
                if not _public_party(a, r, m.end(), second):
                    out.append(Candidate(m.end(), second, 0.75, "signing"))
            elif second is not None and (
                t.endswith(FIRM_PRONOUNS, 0, m.start())
                or (t[m.start() - 1 : m.start()] in ("：", ":") and not _org_head_at(t, second, r))
            ):
                # 公司与X签署; 甲：与X签署 (the headline's firm signs)
                out.append(Candidate(m.end(), second, 0.7, "signing"))
        return out

    # -- 4. aliases ------------------------------------------------------------------

    def _aliases(self, a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
        """The alias a text gives a company: its name before …(以下简称“X”),
        found by the rules or ending in a business word or a form."""
        t = a.text
        ends = {c.end: c for c in cands}
        out = []
        for m in SCANS.scan(ALIAS, t, a.memo):
            if m.start() not in ends:
                start = _name_before(a, r, m.start())
                if start is None or not _firm_ending(t[start : m.start()], r):
                    continue
                out.append(Candidate(start, m.start(), 0.8, "alias"))
            s, e = m.span("alias")
            if any(ch in FUNCTION_CHARS for ch in t[s:e][:1]):
                continue
            out.append(Candidate(s, e, 0.9, "alias"))
        return out

    # -- 5. short names ----------------------------------------------------------------

    def _short_names(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        shaped: list[tuple[int, int, int, bool]] = []
        for s, e, _w, _ in r.industry_lexicon.find(t, a.memo):
            # cheap tests first: most business words in a text are plain words
            # (what comes before a word is known before its end is sought)
            if s == 0 or not CJK_FIRST <= t[s - 1] <= CJK_LAST or t[s - 1] in FUNCTION_CHARS:
                continue
            m = r.industry_re.match(t, s)
            e = m.end() if m else e
            if e - s > 2 and _verb_before_amount(t, s + 2, e):
                e -= 2  # 岚睿电子|投资5亿元: the verb, not the name's
            if t.startswith(NOT_AFTER_SHORT, e) or t.endswith(NOT_SHORT_ENDING, s, e):
                continue
            if not _ends_word(a, e):
                continue
            if t.endswith("显示", s, e) and not t.startswith(AFTER_COMPANY, e):
                continue  # 数据显示, 结单显示: the verb, unless a firm's facility follows
            framed = _reported_by(a, r, s, e)
            start = framed if framed is not None else _brand_start(a, r, s)
            if start is None:
                continue
            coined = _coined_brand(a, start, s)
            if not coined and framed is None and not _maybe_context(t, s, e):
                continue
            if t[e : e + 1] in ("所", "院") or a.token(start) == (start, e):
                continue  # 中科院微电子|所: an institute; 电动汽车: one dictionary word
            sector = bool(SECTOR_RE.fullmatch(t, s, e))
            if sector and (t[start:s] in FUNCTIONAL_ZONES or _beside_sector(a, r, start, e)):
                continue  # 临港|汽车零部件产业园, 煤化工、硅基新材料: a zone's or a list's sector
            brand = start
            start = _with_home_place(a, r, start)
            if (
                start == brand
                and PRODUCT_THEN_PROJECT.match(t, e)
                and not _firm_site_after(t, r, e)
            ):
                e = s  # 盈旺|新能源精密结构件项目: the project's product, not the firm's trade
            elif start == brand and t.endswith(PRODUCTS, s, e) and PROJECT_NOUN.match(t, e):
                e = s  # 雷丁|新能源汽车基地, 国轩|电池项目: what the project makes
            if LEVEL_BEFORE.search(t, max(0, start - 3), start):
                continue  # 设立市级科创母基金: a level of government owns it, not a firm
            evidence = _context(a, start, e) + _used_again(t, start, e) + (framed == start)
            if sector and not _strong_context(t, start, e) and not coined and framed != start:
                continue
            # a coined brand before a sector word needs one more piece of
            # evidence (a list of its kind, a facility…): 汇龙环保、矽盛电子
            shaped.append((start, e, evidence + (coined and not sector), sector and not coined))
        out = []
        for i, (start, e, evidence, sector) in enumerate(shaped):
            # two names of this shape joined by 和/、 vouch for each other (博大种业和农嘉种业),
            # unless they end in a sector word (新能源, 材料…), which lists of sectors do too
            for j in (i - 1, i + 1):
                if 0 <= j < len(shaped) and not sector and not shaped[j][3]:
                    s2, e2, _, _ = shaped[j]
                    gap = t[e:s2] if j > i else t[e2:start]
                    if len(gap) == 1 and gap in LIST_SEPARATORS + "、":
                        evidence += 1
            if evidence > 0:
                out.append(Candidate(start, e, min(0.6 + 0.1 * evidence, 0.85), "short"))
        return out

    def _enumerated(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """Unknown names listed before 等…企业 (孵化了X、Y等科创型企业)."""
        t = a.text
        out = []
        for m in ENUMERATION_END.finditer(t):
            items: list[tuple[int, int]] = []
            end = m.start()
            while end > 0 and len(items) < 8:
                start = _unknown_name_start(a, r, end)
                if start is None:
                    break
                items.append((start, end))
                if start > 0 and t[start - 1] in "、和及与":
                    end = start - 1
                else:
                    break
            if len(items) < 2:
                items = _firm_list_items(a, r, m.start())
            if len(items) >= 2:
                out += [Candidate(s, e, 0.65, "list") for s, e in items]
        for m in SCANS.scan(COUNTED_LIST, t, a.memo):
            if m.start() == 0 or not CJK.match(t[m.start() - 1]):
                continue  # a count after a name: 新奥|3家企业
            items = _counted_items(a, r, m.start(), _count(m.group("n")))
            out += [Candidate(s, e, 0.7, "counted") for s, e in items]
        return out

    # -- 6. lists -----------------------------------------------------------------------

    def _lists(self, a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
        t = a.text
        found = {(c.start, c.end) for c in cands}
        by_start = _by_start(cands)
        taken = bytearray(len(t) + 1)
        for c in cands:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        out = []
        list_ends: dict[int, int] = {}  # see _list_end
        for c in cands:
            # rightwards: c、X、Y和Z
            pos = c.end
            while pos < len(t) and t[pos] in LIST_SEPARATORS:
                item = _list_item(a, r, pos + 1, taken)
                if item is None:
                    break
                s, e, closes = item
                if SECTOR_RE.match(t, s) and not _has_brand(a, r, s, e):
                    break  # 比亚迪、新能源汽车: a sector beside a firm
                if (s, e) not in found:
                    out.append(Candidate(s, e, 0.7, "list"))
                    found.add((s, e))
                    taken[s:e] = b"\x01" * (e - s)
                pos = e
            # leftwards: X、c
            pos = c.start
            end = _list_end(t, c.end, list_ends)
            # a list that 等 closes after two names found otherwise is a list of firms
            known = _inside_at_least(by_start, c.start, end, 2)
            closes = _list_closes(t, end) or (known and t.startswith("等", end))
            while pos > 1 and t[pos - 1] in "、":
                item = _list_item_before(a, r, pos - 1, taken, listed=closes)
                if item is None:
                    break
                s, e = item
                if (s, e) not in found and closes:
                    out.append(Candidate(s, e, 0.7, "list"))
                    found.add((s, e))
                    taken[s:e] = b"\x01" * (e - s)
                pos = s
        return out

    # -- 7. other occurrences ---------------------------------------------------------

    def _propagate(self, a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
        t = a.text
        names: dict[str, float] = {}
        for c in cands:
            name = t[c.start : c.end]
            names[name] = max(names.get(name, 0), c.score)
            if c.how == "legal":
                for alias in _legal_aliases(a, r, c):
                    names.setdefault(alias, 0.8)
            elif c.how == "form":
                alias = _weak_alias(a, r, c)
                if alias:
                    names.setdefault(alias, 0.75)
            elif c.how in ("short", "list"):
                brand = _brand_of(a, r, c)
                if brand and len(brand) >= 3:
                    names.setdefault(brand, 0.7)
            elif c.how == "project":
                brand = t[a.token(c.start)[1] : c.end]  # 北京|中发天信: later without its home
                if len(brand) >= 3:
                    names.setdefault(brand, 0.7)
        # a one-character name (工、农、中、建: the big banks in a list) is a
        # character of countless words (工作, 农业), never sought again
        names = {n: v for n, v in names.items() if len(n) >= 2}
        if not names:
            return []
        taken = bytearray(len(t) + 1)
        for c in cands:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        out = []
        by_start = _by_start(cands)
        for s, e, name in find_in_one_text(t, names):
            if any(taken[s:e]) and _straddled(by_start, s, e):
                continue  # a name found otherwise; one inside this one yields (恒瑞|达)
            if not _starts_word(a, s, loose=True) or _in_number(t, s):
                continue
            if e < len(t) and t.startswith(NOT_AFTER_SHORT, e):
                continue
            out.append(Candidate(s, e, min(names[name], 0.85), "repeat"))
        return out


# -- helpers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _ByStart:
    """Candidates sorted by start, to find those near a span without reading
    them all (a long text has thousands)."""

    starts: list[int]
    cands: list[Candidate]
    longest: int


def _by_start(cands: list[Candidate]) -> _ByStart:
    ordered = sorted(cands, key=lambda c: c.start)
    longest = max((c.end - c.start for c in ordered), default=0)
    return _ByStart([c.start for c in ordered], ordered, longest)


def _inside_at_least(index: _ByStart, start: int, end: int, n: int) -> bool:
    """Whether ``n`` candidates or more lie within [start, end): counted up
    to ``n`` only, as each name of a list asks it of the rest of the list
    (thousands of names in a pasted list: counting them all from each was a
    time growing with the square of the list)."""
    lo, hi = bisect_left(index.starts, start), bisect_right(index.starts, end)
    found = 0
    for i in range(lo, hi):
        if index.cands[i].end <= end:
            found += 1
            if found >= n:
                return True
    return False


def _straddled(index: _ByStart, s: int, e: int) -> bool:
    """Whether a candidate overlaps [s, e) without lying inside it."""
    lo = bisect_left(index.starts, s - index.longest)
    hi = bisect_left(index.starts, e)
    return any(
        s < c.end and not s <= c.start < c.end <= e for c in (index.cands[i] for i in range(lo, hi))
    )


def _subsidiaries(a: Analysis, r: _Resources, groups: list[Candidate]) -> list[Candidate]:
    """A group's name (known, or found by its form) followed by its
    subsidiary's or branch's place, trade or bracketed region and a form
    (中建三局基础设施公司, 澜屹集团(香港)投资控股有限公司): the guideline
    takes the whole name with its form and branch, as news writes it."""
    t = a.text
    out = []
    for group in groups:
        end = _subsidiary_end(a, r, group.end)
        if end is None and t.startswith(("(", "（"), group.end):
            end = _region_arm_end(a, r, group.end)  # early, so a list's other members read on
        if end is not None:
            out.append(Candidate(group.start, _branch_end(t, r, end), 0.85, "subsidiary"))
    return out


def _region_arms(a: Analysis, r: _Resources, firms: list[Candidate]) -> list[Candidate]:
    """Any firm found, followed by its region in brackets where the name ends
    (澜屹投资（中国）、): its arm in that region, as after a known group."""
    t = a.text
    out = []
    for firm in firms:
        if t.startswith(("(", "（"), firm.end):
            end = _region_arm_end(a, r, firm.end)
            if end is not None:
                out.append(Candidate(firm.start, end, firm.score, "subsidiary"))
    return out


def _region_arm_end(a: Analysis, r: _Resources, pos: int) -> int | None:
    """A group's arm in a country or region, named by the group and the
    region in brackets where its name ends (沃尔玛（中国）位居…, …（香港）、):
    news writes a multinational's China or Hong Kong firm so."""
    t = a.text
    close = _bracketed_place_end(t, r, pos)
    if close is None or t[pos + 1 : close - 1] not in ARM_WORDS:
        return None
    if close < len(t) and CJK.match(t[close]):
        s, e = a.token(close)
        if s != close or not _grammar(t[s:e], r):
            return None  # 腾讯（自贡）数字经济产业基地: the region is the facility's
    return close


def _subsidiary_end(a: Analysis, r: _Resources, pos: int) -> int | None:
    """The end of the head that closes a subsidiary's name after its group's
    at ``pos``, when only name words stand between (a place, a trade, a
    brand, Latin letters, a bracketed region); None when a verb, a
    conjunction, a function word or a relation comes first (比亚迪旗下子公司)."""
    t = a.text
    k = pos
    while k < len(t) and k - pos <= SUBSIDIARY_MIDDLE:
        if k > pos and (head := _subsidiary_head(a, k)):
            return k + len(head)
        if t[k] in "(（":
            close = _bracketed_place_end(t, r, k)
            if close is None:
                return None
            k = close
            continue
        s, e = a.token(k)
        if s != k:
            return None
        word = t[s:e]
        glued = next((h for h in SUBSIDIARY_HEADS if word.endswith(h) and len(word) > len(h)), "")
        if glued and len(word) - len(glued) >= 2 and _subsidiary_word(word[: -len(glued)], r):
            return e  # 江西|电力公司: jieba glues a trade to its form
        if not _subsidiary_word(word, r):
            return None
        k = e
    return None


def _subsidiary_head(a: Analysis, pos: int) -> str | None:
    """The form at ``pos`` that ends a word there (公司, 分行…), if any."""
    t = a.text
    for head in SUBSIDIARY_HEADS:
        if t.startswith(head, pos):
            end = pos + len(head)
            return head if end >= len(t) or a.is_start(end) else None
    return None


def _bracketed_place_end(t: str, r: _Resources, pos: int) -> int | None:
    """After a place or a region in brackets at ``pos`` ((香港), （中国）)."""
    close = CLOSING_BRACKET.search(t, pos + 1, pos + 8)
    if close is None:
        return None
    inner = t[pos + 1 : close.start()]
    return close.end() if _is_place(inner, r) or inner in ARM_WORDS else None


def _subsidiary_word(word: str, r: _Resources) -> bool:
    """A word of a subsidiary's own name: a place, a trade, a brand, Latin
    letters; never grammar, a relation, a form or what makes it generic."""
    if word in STOP_WORDS or word in GENERIC_SUBSIDIARY or word in FIRM_CLASSES:
        return False
    if len(word) == 1 and (word in NOT_BRAND_SINGLES or word in RELATION_CHARS):
        return False
    if word.isascii():
        return word.isalnum() and not word.isdigit()
    if not CJK_WORD.fullmatch(word) or r.form_re.search(word) or _grammar(word, r):
        return False
    return word_tag(word) not in GRAMMAR_TAGS


def _project_items(a: Analysis, r: _Resources) -> list[Candidate]:
    """The firms that lists of projects name (广丰旗、安序源等11个项目)."""
    return _projects().project_items(a, r)


def _context_slots(a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
    """The firms only a zone frame names (引进…, 与…签约, …落户)."""
    from models.suggest import company_context

    return company_context.context_slots(a, r, cands)


@lru_cache(maxsize=1)
def _projects():
    """``models.suggest.company_projects``, imported at the first text, not
    above: that module reads this one's helpers. (An import statement run
    for every text cost more than the rest of the call on most texts.)"""
    from models.suggest import company_projects

    return company_projects


def _proper_middle(middle: list[str]) -> bool:
    """Whether the words between a province and the business words of a name
    are nouns (江苏|长江海洋|科技公司), not how the firm is described (深圳|本地|科技公司)."""
    return all(w not in DESCRIPTORS and (word_tag(w) in NAME_TAGS or _brandlike(w)) for w in middle)


def _owner_openings(t: str, r: _Resources) -> list[int]:
    """Where ``ITEM_OPENING``'s matches end, in order, before the first
    character of a major place: 0 (its ^), then the ends of
    ``r.owner_openers``' matches. Only one opening in seven stands before
    such a character (most are punctuation before any word): the others
    are not handed out as matches to be dropped."""
    ends = [0] if t[:1] in r.major_firsts else []
    ends += [m.end() for m in r.owner_openers.finditer(t)]
    return ends


def _openers_before(firsts: frozenset[str]) -> re.Pattern:
    """``ITEM_OPENING``'s matches but ^ that one of ``firsts`` follows.
    Where that look-ahead fails the scan tries the next position, where
    ``ITEM_OPENING``'s went on after its match: so an opener that starts
    inside the end of another (建设 in 新建设, after 新建) is ruled out
    by a look-behind, as ``ITEM_OPENING`` never matches it there. (The
    look-behind follows the word, so that every alternative starts with a
    character and the engine scans for their first characters alone.)"""
    openers = [*ITEM_MARKS, *PROJECT_OPENERS]
    alternatives = []
    for word in openers:
        ruled_out = [
            other[:-k] + word
            for other in openers
            for k in range(1, min(len(other), len(word)))
            if other[-k:] == word[:k]
        ]
        alternatives.append(re.escape(word) + "".join(f"(?<!{re.escape(w)})" for w in ruled_out))
    ahead = re.escape("".join(sorted(firsts)))
    return re.compile(f"(?:{'|'.join(alternatives)})(?=[{ahead}])")


# What a province's or a city's state group is named by after its place
# (云南省|绿色|能源|产业|集团, 四川省|能源|投资|集团): its trades and what it does
# with them, besides the business words of company_industry.txt.
STATE_GROUP_WORDS = frozenset(
    words(
        """产业 发展 投资 控股 建设 运营 开发 城市 更新 健康 绿色 环保 文化 旅游 文旅 交通 水利 国有 资本
        资产 经营 管理 商贸 物流 农业 工业 港口 港务 航空 机场 铁路 高速 公路 水务 城投 城建 金融 数字 水利 国有资产
        医药 出版 传媒 体育 粮食 储备 林业 矿业 地质 煤炭 电力 燃气 供销 信息 化工 钢铁 有色 黄金 康养
        科技 创新 联合 国际 实业 工程 设计 规划 地产 置业 能源 安居 乡村 振兴 现代 生态 海洋 大数据"""
    )
)
MAX_STATE_GROUP_WORDS = 4


def _state_trade(word: str, r: _Resources) -> bool:
    """A trade a state group is named by, or words of them jieba joined
    (水利建设, 城市更新, 国有资产)."""
    if word in STATE_GROUP_WORDS or _is_industry(word, r):
        return True
    if len(word) % 2 or len(word) > 6:
        return False
    return all(word[i : i + 2] in STATE_GROUP_WORDS for i in range(0, len(word), 2))


def _state_group(a: Analysis, r: _Resources, fs: int, fe: int) -> Candidate | None:
    """A province's or a major city's state group named by its trades alone
    (云南省绿色能源产业集团, 四川省能源投资集团): the place, then one to four
    words of trade, then 集团 — not 集团化, not the state's (国家城市医疗集团)."""
    t = a.text
    if t.startswith("化", fe):
        return None  # 产业集团化发展: a verb
    pos = fs
    n = 0
    while n < MAX_STATE_GROUP_WORDS and pos > 0:
        s, e = a.token(pos - 1)
        w = t[s:e]
        if e != pos or len(w) < 2 or not _state_trade(w, r):
            break
        pos = s
        n += 1
    if n == 0 or pos == 0:
        return None
    s, e = a.token(pos - 1)
    place = t[s:e]
    if place.endswith(("省", "市")) and len(place) >= 3:
        place = place[:-1]  # 云南省, 成都市: the list holds the names without their level
    if e != pos or place in ("中国", "国家") or place in ZONES or not _is_major_place(place, r):
        return None
    if s > 0 and CJK.match(t[s - 1]) and not a.is_start(s):
        return None
    return Candidate(s, fe, 0.8, "form")


def _without_nation(a: Analysis, c: Candidate) -> Candidate:
    """A list member without the country or region before it (韩国|三星,
    香港|…): it says where the firm is from, as a place before a name does."""
    if c.how not in ("list", "counted"):
        return c
    nation = ""
    if a.text[c.start : c.start + 1] in HOME_ABROAD_FIRSTS:
        nation = next((n for n in HOMES_ABROAD if a.text.startswith(n, c.start)), "")
    if nation and c.end - c.start - len(nation) >= 2:
        return Candidate(c.start + len(nation), c.end, c.score, c.how)
    return c


def _after_nation(a: Analysis, r: _Resources, fs: int, fe: int) -> Candidate | None:
    """A foreign firm after its country: a proper noun or a rare word, then
    what it does in plain nouns, then 公司 or 集团 (沙特|阿美|石油|公司,
    法国|达索|飞机制造|公司); the country says where it is from."""
    t = a.text
    if t.startswith(("公司", "集团"), fe):
        return None
    chunk = _left_chunk(a, fs, r)
    words = [t[s:e] for s, e in chunk]
    if len(words) < 3 or words[-3] not in NATIONS:
        return None
    brand, trade = words[-2], words[-1]
    if not _foreign_brand(brand, r) or not _trade_noun(trade, r):
        return None
    return Candidate(chunk[-2][0], fe, 0.85, "form")


def _foreign_brand(word: str, r: _Resources) -> bool:
    """A proper noun or a rare word of two to four characters, no place of
    China's, country, grammar or generic word."""
    if not (2 <= len(word) <= 4 and CJK_WORD.fullmatch(word)) or word in NATIONS:
        return False
    if word in STOP_WORDS or word in GENERIC_BEFORE_FORM or word in DESCRIPTORS:
        return False
    if _is_place(word, r) or _grammar(word, r):
        return False
    freq, tag = word_freq(word), word_tag(word)
    if tag in ("ns", "nz", "nt"):
        return True
    return 0 < freq < RARE and tag in ("", "v", "vn", "j")  # 达索 is tagged a verb


def _trade_noun(word: str, r: _Resources) -> bool:
    """What a firm does, in a business word or a plain noun (石油, 飞机制造)."""
    if _is_industry(word, r):
        return True
    return (
        len(word) >= 2
        and bool(CJK_WORD.fullmatch(word))
        and word_tag(word) == ""
        and word_freq(word) > 0
        and word not in STOP_WORDS
        and word not in GENERIC_BEFORE_FORM
    )


def _proper_bank_word(word: str, r: _Resources) -> bool:
    """A word that can be a bank's brand though jieba knows it: a proper noun
    (潇湘, 苏格兰) or a rare word (齐鲁, 邮政储蓄), never what makes a kind
    of bank (投资, 村镇) nor grammar."""
    if not (2 <= len(word) <= 4 and CJK_WORD.fullmatch(word)):
        return False
    if word in BANK_KINDS or word in STOP_WORDS or word in DESCRIPTORS or word in NATIONS:
        return False
    if _grammar(word, r) or word_tag(word) in GRAMMAR_TAGS:
        return False
    if any(c in NOT_BRAND_CHARS for c in word) and word_tag(word) not in ("nz", "nt"):
        return False  # 四大, 各地, 另一家: a count or a pronoun before the bank
    freq = word_freq(word)  # 0: a piece of a longer word (亚洲开发|银行)
    if freq == 0:
        return False
    if word_tag(word) in PROPER_TAGS:
        return True
    if word_tag(word):
        return False  # 附有: a descriptor, a verb
    if len(word) == 4 and not all(_plain_noun(half) for half in (word[:2], word[2:])):
        return False  # 充分发挥: a phrase, where 邮政|储蓄 is two nouns
    return freq < RARE


def _proper_bank_start(words: list[str], r: _Resources) -> int | None:
    """Index of the first word of a bank's proper name that ends the words
    before 银行 (潇湘, 邮政储蓄; a plain noun after a proper one: 苏格兰|皇家),
    with the places before it (湖南|潇湘), else None."""
    i = len(words) - 1
    if i >= 1 and _plain_bank_word(words[i]) and word_tag(words[i - 1]) in PROPER_TAGS:
        i -= 1  # 苏格兰|皇家: the plain noun is the name's
    j = i
    while j >= 0 and not _is_place(words[j], r) and _proper_bank_word(words[j], r):
        j -= 1
        if j < i - 1 or j < 0 or word_tag(words[j]) not in PROPER_TAGS:
            break  # a second word must be a proper noun (老店|巴林: no)
    if j == i:
        return None
    while j >= 0 and len(words[j]) >= 2 and words[j] not in ZONES and _is_place(words[j], r):
        j -= 1
    return j + 1


def _plain_noun(word: str) -> bool:
    """A word of jieba's dictionary with no kept part of speech: a plain noun."""
    return bool(CJK_WORD.fullmatch(word)) and word_tag(word) == "" and word_freq(word) > 0


def _plain_bank_word(word: str) -> bool:
    """A plain noun that a bank's name may hold after its proper noun (皇家)."""
    return (
        len(word) == 2 and _plain_noun(word) and word not in BANK_KINDS and word not in STOP_WORDS
    )


def _city_before(a: Analysis, r: _Resources, pos: int) -> int | None:
    """Start of the Chinese city or province (not 中国) whose words end at
    ``pos``: the city that names its commercial bank (温州|商业银行)."""
    t = a.text
    start = None
    k = pos
    while k > 0:
        s, _e = a.token(k - 1)
        w = t[s:k]
        if w == "中国" or w in ZONES or w in REGIONS or not _is_place(w, r):
            break
        start = k = s
    return start


def _kind_of_bank_or_firm(name: str) -> bool:
    """A kind of bank or firm, however it is anchored (股份行|信用卡|总裁,
    子行|董事会): the press names a class of them, not one."""
    return name in FIRM_CLASSES or name[:3] in FIRM_CLASSES


def _whole_name(t: str, r: _Resources, end: int) -> bool:
    """Whether the known name ending at ``end`` ends in its trade or form
    (三一重工, 人本集团, 亿纬锂能): a whole name, which no arm's or brand's
    characters follow in its list member; what does is its product
    (三一重工|挖掘机械、, 亿纬锂能|储能电池、)."""
    return bool(r.industry_re.fullmatch(t, max(0, end - 2), end)) or t.endswith(WEAK_FORMS, 0, end)


def _list_member_end(t: str, r: _Resources, start: int, end: int) -> int | None:
    """The end of the list member that a known name at [start, end) opens
    and a few more characters complete (华润|万象、, 奇瑞|商用车、): news lists
    each member whole, and a group's name with more characters glued to it
    in one member is mostly its arm's or its brand's name, or its product's;
    the scorer tells which under the member's own rule. None when the name
    is a member alone, the member ends as a site or outlet does, or no list."""
    k = end
    while k < len(t) and k - end <= MEMBER_TAIL_CHARS and CJK_FIRST <= t[k] <= CJK_LAST:
        if t[k] in LIST_FUNCTION or t[k] in "、":
            break
        k += 1
    if k == end or k - end > MEMBER_TAIL_CHARS or k >= len(t):
        return None
    tail = t[end:k]
    if tail[-1] in FACILITY_LAST:
        return None  # 华能|正宁电厂, 京东|店: the firm's site or outlet, named after it
    closes = t[k] == "、" or (t[k] in "等和及与" and t[start - 1 : start] == "、")
    opens = start == 0 or t[start - 1] in "、" or t[start - 1] in CLAUSE_END
    return k if closes and opens else None


def _opens_facility_name(t: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens the name of a facility or
    project named after it (FACILITY_NAME), which the scorer is told apart
    from the name alone: there a firm's name is a COMPANY (the guideline),
    though the sequence models read the whole facility as one thing."""
    m = FACILITY_NAME.match(t, end)
    return m is not None and not any(v in m.group() for v in BUILDING_VERBS)


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then highest score; drop what overlaps a kept candidate."""
    if len(cands) < 2:
        return list(cands)  # nothing to overlap (more than half the calls a pass)
    kept: list[Candidate] = []
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.score, c.start))
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in order:
        if taken.find(1, c.start, c.end) >= 0:
            continue
        kept.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept


# asked thousands of times an article, mostly of the same words, and a
# word's answer never changes (the lists are read once): kept per word
@lru_cache(maxsize=1 << 14)
def _is_place(word: str, r: _Resources) -> bool:
    """A province, city, county or zone (a one-character province short name is
    not: 粤科, 赣锋 are brands)."""
    if word in ZONES or word == "中国" or word in REGIONS:
        return True
    if len(word) >= 2 and word in r.places:
        return True
    if len(word) >= 2 and word.endswith(ADMIN_SUFFIX) and word[:-1] in r.places:
        return True
    if len(word) >= 3 and word.endswith(("高新区", "经开区", "开发区", "新区")):
        return True
    return len(word) >= 3 and word.endswith(("省", "市", "县")) and word_freq(word) > 0


# asked thousands of times an article, mostly of the same words, and a
# word's answer never changes (the lists are read once): kept per word
@lru_cache(maxsize=1 << 14)
def _grammar(word: str, r: _Resources) -> bool:
    """A dictionary word that is grammar (a verb, an adverb…) or a descriptor,
    never part of a company's name (an ordinal is: 第八工程局)."""
    if word in DESCRIPTORS:
        return True
    if word.startswith("第") or word in DIRECTIONS:
        return False  # 第八工程局, 中冶南方: an ordinal, a direction in a name
    if len(word) < 2 or word in r.known or word in r.industry or word in BUSINESS_VERBS:
        return False
    if _is_place(word, r):
        return False
    return word_tag(word) in GRAMMAR_TAGS and word_freq(word) >= GRAMMAR_MIN_FREQ


def _name_material(word: str, r: _Resources) -> bool:
    return word in r.known or _brandlike(word) or _is_place(word, r)


def _name_before(a: Analysis, r: _Resources, end: int, *, strict: bool = False) -> int | None:
    """Start of the name that ends at ``end`` when its own words read as a
    name (a brand, a proper noun, a place and a business word…), else None;
    ``strict`` where the surroundings say less, and the name must say more."""
    chunk = _left_chunk(a, end, r)
    t = a.text
    while chunk and _leading_place_or_level(t[chunk[0][0] : chunk[0][1]], len(chunk), r):
        chunk = chunk[1:]
    if not chunk:
        return None
    start = chunk[0][0]
    return start if _reads_as_name(a, r, [t[s:e] for s, e in chunk], strict) else None


def _name_after(
    a: Analysis, r: _Resources, pos: int, *, strict: bool = False, evidence: int = 2
) -> int | None:
    """End of the name that starts at ``pos`` (up to a verb, a preposition or
    punctuation) when its own words read as a name, else None."""
    t = a.text
    k = pos
    parts: list[str] = []
    business_end = 0  # after the last business word, where a short name ends
    while k < len(t) and k - pos < MAX_CONTEXT_NAME:
        s, e = a.token(k)
        w = t[s:e]
        if len(w) == 1 and _conjunction_in_name(a, r, s, _item_end(t, e)):
            parts.append(w)  # 长江和记实业签约: the name's own 和
            k = e
            continue
        if s != k or not CJK.match(w[0]) or w in STOP_WORDS or _grammar(w, r):
            break
        if w in AFTER_COMPANY or (parts and _common_noun(w, r)):
            break  # 华睿光电营收: what the firm has, after its name
        if len(w) == 1 and w in FUNCTION_CHARS:
            break
        if business_end and not _is_industry(w, r):
            break
        if parts and "".join(parts) in r.known and _known_at(r, t, k):
            break  # 淘宝天猫: two names side by side
        parts.append(w)
        k = e
        if parts[:-1] and _is_industry(w, r):
            business_end = k
    named = _reads_as_name(a, r, parts, strict, evidence)
    if not parts or t.startswith(ZONE_AFTER, k) or not named:
        return None
    return k


def _person_name(a: Analysis, parts: list[str]) -> bool:
    """Two or three single characters after a common surname (张慧, 王明):
    a person, whom the signing and officer rules must not take for a firm."""
    return 2 <= len(parts) <= 3 and all(len(w) == 1 for w in parts) and parts[0] in SURNAMES


def _known_at(r: _Resources, t: str, pos: int) -> bool:
    """Whether a known name starts at ``pos``."""
    return any(s == 0 for s, _e, _term, _ in r.known.find(t[pos : pos + MAX_CONTEXT_NAME]))


def _common_noun(word: str, r: _Resources) -> bool:
    """A frequent plain word that is no business word nor a proper noun."""
    if len(word) < 2 or word in r.industry or word in r.known:
        return False
    return word_freq(word) >= COMMON_NOUN and word_tag(word) not in ("ns", "nz", "nt", "j")


def _leading_place_or_level(word: str, left: int, r: _Resources) -> bool:
    """A division (鄠邑区) or a level (市, 我省) that stands before a name and
    is not part of it — unless nothing would be left."""
    return left > 1 and (
        word in LEVELS
        or word in NATIONS
        or word in DESCRIPTORS
        or is_division(word)
        or (
            len(word) >= 3 and word[-1] in "区县" and (word[:-1] in r.places or not word_freq(word))
        )
    )


def _reads_as_name(
    a: Analysis, r: _Resources, parts: list[str], strict: bool = False, evidence: int = 2
) -> bool:
    """Whether words read as a company's name: 2-12 characters, not an
    institution or a generic word, and holding something a name has — a known
    name, a brand (unknown or rare words), a proper noun, an ASCII name."""
    name = "".join(parts)
    if not 2 <= len(name) <= MAX_CONTEXT_NAME or _org_ending(name, r):
        return False
    if name[-1] in BODY_ENDINGS or name.endswith(("新闻", "融媒", "频道", "央行", "人民银行")):
        return False  # 经济发展局, 党政办, 银保监会, 新华社, 澎湃新闻: a public body, an outlet
    if name in GENERIC_BEFORE_FORM or name in STOP_WORDS or _is_place(name, r):
        return False
    latin = bool(LATIN_BRAND.fullmatch(name)) and name[:2].isupper()  # SKF, ABB: a Latin brand
    if NOT_IN_CONTEXT_NAME_RE.search(name) or not (latin or CJK_WORD.fullmatch(name)):
        return False
    if name.endswith(tuple(r.forms)) and not any(_brandlike(w) for w in parts[:-1]):
        return False  # 公司, 集团公司: a kind of firm
    if all(_is_place(w, r) or word_tag(w) == "ns" for w in parts):
        return False  # a place alone
    if _person_name(a, parts):
        return False
    named = 0
    for w in parts:
        if w in r.known or (w.isascii() and w.isalnum() and len(w) >= 2):
            named += 2
        elif _brandlike(w) or word_tag(w) in ("nz", "nt", "j"):
            named += len(w) if len(w) == 1 else 2
        elif _is_place(w, r) or _is_industry(w, r) or word_tag(w) == "ns":
            named += 1
    if evidence < 2 and any(_plain_word(w, r) for w in parts):
        return False  # 子公司|工作人员说: with little evidence, no common word
    return named >= (3 if strict else evidence)


def _plain_word(word: str, r: _Resources) -> bool:
    """A common noun or a verb that a name found on little evidence does not
    hold; a business word (建泰|建设) and a single character (银|润) may be a name's."""
    if len(word) == 1 or _is_industry(word, r):
        return False
    return _common_noun(word, r) or word_tag(word) == "v"


def _kind_of_firm(word: str) -> bool:
    """A dictionary noun (not a proper noun nor a place's name: 北陆|电力公司)
    that says what a firm does."""
    return len(word) > 1 and word_freq(word) > 0 and word_tag(word) not in ("nz", "nt", "j", "ns")


def _is_major_place(word: str, r: _Resources) -> bool:
    """A province or a major city (the bundled list), or a zone: a county's
    name often starts a brand (大田精密), these rarely do."""
    return word in ZONES or word == "中国" or (len(word) >= 2 and word in r.major_places)


# asked thousands of times an article, mostly of the same words, and a
# word's answer never changes (the lists are read once): kept per word
@lru_cache(maxsize=1 << 14)
def _is_industry(word: str, r: _Resources) -> bool:
    if word in r.industry:
        return True
    # a run of business words starts and ends as one does: told by two
    # characters before the pattern tries its ~150 words (most words fail)
    firsts, lasts = r.industry_ends
    return word[:1] in firsts and word[-1:] in lasts and bool(r.industry_re.fullmatch(word))


# asked thousands of times an article, mostly of the same words, and a word's
# answer never changes (the dictionary is read once): kept per word
@lru_cache(maxsize=1 << 14)
def _brandlike(word: str, rare: int = RARE) -> bool:
    """A word jieba does not know well: a single character that is not a function
    word or numeral, or a rare dictionary word."""
    if not CJK_WORD.fullmatch(word):
        return False
    if len(word) == 1:
        return word not in NOT_BRAND_SINGLES
    if word in STOP_WORDS or len(word) > 3:
        return False
    if word[0] in NOT_BRAND_CHARS and word_tag(word) not in ("nz", "nt"):
        return False  # 一家, 三个; but 万华 is a proper noun
    return word_freq(word) < rare


def _starts_word(a: Analysis, pos: int, *, loose: bool = False) -> bool:
    if pos == 0 or pos in a.starts:
        return True
    before = a.text[pos - 1]
    if not CJK.match(before) or before in FUNCTION_CHARS:
        return True
    if loose:
        s, _ = a.token(pos - 1)
        return a.text[s:pos] in STOP_WORDS or (pos - s == 1 and _brandlike(a.text[s:pos]))
    return False


def _ends_word(a: Analysis, pos: int) -> bool:
    return pos >= len(a.text) or pos in a.starts or not CJK_FIRST <= a.text[pos] <= CJK_LAST


def splits_word(a: Analysis, start: int, end: int) -> bool:
    """Whether a name found by its characters at [start, end) of the
    analysed text ends inside a word of jieba's that begins inside it and
    goes on as another word (``_continues_word``: 深远海|信息 holds no 海信,
    京东|方面 no 京东方). For a lexicon's hits, which match characters alone.
    A name glued to what comes before or after it (在海信, 海信集团) does
    not split a word in this sense."""
    if end >= len(a.text) or end in a.starts or a.token(end)[0] <= start:
        return False
    return _continues_word(a, end, resources(), start)


def _continues_word(a: Analysis, pos: int, r: _Resources, start: int = 0) -> bool:
    """A known name (from ``start``) that ends at ``pos`` inside a word of
    jieba's: the start of a longer word (小米粥), or the first characters of
    a word that begins inside the name (深远海|信息传输 for 海信, 高通胀).

    A name jieba glued to what follows stays a name where the word goes on
    with a business word or a legal form (海信集团, 华为技术). A word that
    begins inside the name is another word, unless what it adds after the
    name is a legal form or what follows firms (晋能控股|集团, 长城汽车|销量)
    or one character a brand never holds (新美光|是, 莱宝高科|第8.6代), or
    the name is longer than SHORT_KNOWN and the word a business word
    (中国石化|工, as before). Otherwise the name's last characters belong to
    an ordinary word (深远海|信息, 高|通胀, 京东|方面): the name is not there."""
    if pos >= len(a.text) or pos in a.starts:
        return False
    s, e = a.token(pos)
    word = a.text[s:e]
    rest = a.text[pos:e]
    if rest in FIRM_FIGURES or rest in AFTER_COMPANY:
        return False  # 长城|汽车销量: jieba glued the name's last word to what the firm has
    if r.form_re.match(a.text, pos):
        return False
    if s > start:  # the word begins inside the name
        if len(rest) == 1 and rest in GRAMMAR_OR_COUNT:
            return False
        # a longer name running into a business word stays (中国石化|工): by
        # chance its characters seldom stand together; two seldom do not
        return pos - start <= SHORT_KNOWN or not _is_industry(word, r)
    return not _is_industry(word, r)


def _branch_place_start(a: Analysis, r: _Resources, s: int) -> int:
    """Start of a place glued before a bank's abbreviation, else ``s``."""
    t = a.text
    for length in (3, 2):
        p = s - length
        if p < 0 or not (p == 0 or p in a.starts or not CJK.match(t[p - 1])):
            continue
        if t[p:s] in r.places or _division_stem(t[p:s]):
            return p
    return s


def _announces(t: str, pos: int) -> bool:
    """Whether what follows a colon at ``pos`` reads as a firm's announcement."""
    if ANNOUNCED.match(t, pos):
        return True
    stop = min((i for i in (t.find(c, pos) for c in "。\n") if i >= 0), default=len(t))
    return ANNOUNCED_LATER.search(t, pos, min(stop, pos + HEADLINE_SENTENCE)) is not None


def _division_stem(word: str) -> bool:
    """A county or district named without its suffix (三元|工行 for 三元区):
    before a bank's abbreviation a place, however common a word it is."""
    return any(is_division(word + suffix) for suffix in "区县市")


def _known_in_context(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """A known name that is also a common word (联想, 长城) is a firm where a
    business word, a facility, an officer or a list of firms goes with it."""
    t = a.text
    if _context(a, s, e) > 0 or OFFICER_OR_RELATION.match(t, e) or COMPANY_ACTS.match(t, e):
        return True
    if r.industry_re.match(t, e) or r.form_re.match(t, e):
        return True
    return t[e : e + 1] == "、" or t[s - 1 : s] == "、"


def _org_after(t: str, pos: int) -> bool:
    """A known name at the start of an institution's name (中国银行业协会)."""
    return t.startswith(("业协会", "研究院", "大学", "学院", "研究所"), pos)


def _org_ending(core: str, r: _Resources) -> bool:
    return core.endswith(r.org_words)


# A count of firms or people cut as one word (三家, 10个): no name's word.
COUNTED_WORD = re.compile("[0-9一二两三四五六七八九十几数多]+[家个名所位]")


def _left_chunk(a: Analysis, pos: int, r: _Resources) -> list[tuple[int, int]]:
    """Words before ``pos`` that can belong to a name, nearest last."""
    t = a.text
    out: list[tuple[int, int]] = []
    length = 0
    k = pos
    after_bracket = False  # only a bracketed place between here and the form
    forms_seen = 0  # how many of the words nearest the form are forms (控股|集团)
    while k > 0 and length < MAX_NAME:
        if t[k - 1] in LEFT_STOP_ENDS and t.endswith(LEFT_STOPS, 0, k):
            break  # 油企|埃尼集团, 一致行动人|三峡资本 (jieba cuts 油/企, 行动/人)
        s, e = a.token(k - 1)
        e = min(e, k)
        w = t[s:e]
        if len(w) > 2 and w.endswith("企业"):
            break  # 知名企业|玉湖集团: a kind of firm introduces a name, as 龙头企业 does
        if w in ("(", "（") or w in (")", "）"):
            # a place in brackets inside a legal name: 富联精密科技(赣州)有限公司
            close = t.rfind("(", max(0, k - 8), k) if w in (")", "）") else -1
            close = max(close, t.rfind("（", max(0, k - 8), k)) if w in (")", "）") else close
            inner = t[close + 1 : k - 1]
            if close >= 0 and (_is_place(inner, r) or inner in BRACKETED_FORMS):
                out.append((close, k))
                length += k - close
                after_bracket = k == pos
                k = close
                continue
            break
        if not CJK_FIRST <= w[0] <= CJK_LAST and not w.isalnum():
            break
        if _frame_glued(w, r):
            out.append((s + 1, e))  # 记者从远安|科技有限公司: the frame 从 is not the name's
            break
        # forms before the form are the name's (吉利|控股|集团有限公司), as is a
        # bracketed place's: only these words stand between here and the form
        forms_only = out and forms_seen == len(out)
        # …and a group's before its trade (中银集团|投资|有限公司): one name
        trade_only = 0 < len(out) <= 2 and all(_is_industry(t[p:q], r) for p, q in out)
        # …and a bank's or a group's arm in a country (东亚银行|中国|有限公司,
        # 锦华集团|国际|有限公司): the country or 国际 is the arm's
        arm_only = len(out) == 1 and (
            t[out[0][0] : out[0][1]] in ARM_WORDS or _is_place(t[out[0][0] : out[0][1]], r)
        )
        next_to_form = (
            k == pos
            or (after_bracket and len(out) == 1)
            or forms_only
            or trade_only
            or (arm_only and w.endswith(("银行", "集团")))
        )
        part_of_form = next_to_form and w in FORM_BEFORE_FORM
        if len(w) == 1 and _conjunction_in_name(a, r, s, pos):
            out.append((s, e))  # 长江和记|实业有限公司: 记 alone is no trade name
            length += e - s
            k = s
            continue
        if w in SCOPE_STOP_WORDS and _scope_word(a, r, s, w, [t[p:q] for p, q in out]):
            out.append((s, e))  # 汽车销售|服务|有限公司: the scope's, not a frame's
            length += e - s
            k = s
            continue
        if not part_of_form and (
            w in STOP_WORDS
            or (len(w) == 1 and (w in NOT_NAME_SINGLES or w in FRAME_SINGLES))
            or _grammar(w, r)
        ):
            if len(w) == 1 and out and _listed_place(t[s : out[-1][1]], r):
                out[-1] = (s, out[-1][1])  # 从|化|华隆实业…: a place opening with 从 (从化)
                length += e - s
                k = s
                continue
            if (
                len(w) == 1
                and s > 0
                and a.token(s - 1)[0] == s - 1
                and _listed_place(t[s - 1 : e], r)
            ):
                out.append((s - 1, e))  # 于|都|华宇实业…: a place of two such characters (于都)
                length += e - s + 1
                k = s - 1
                continue
            place = _place_across(a, r, s, e)
            if place is None:
                break
            out += [(place[1], e), place]  # 三明|天正: jieba read 明天 across the place
            length += e - place[0]
            k = place[0]
            continue
        if resources().form_re.search(w) and not (next_to_form and w.endswith(FORM_BEFORE_FORM)):
            break  # the end of another name (but 银行 / 集团 before 股份有限公司 belong)
        if COUNTED_WORD.match(w):
            break
        forms_seen += w in FORM_BEFORE_FORM and forms_seen == len(out)
        out.append((s, e))
        length += e - s
        k = s
    out.reverse()
    return out


# Stop words before a name (服务企业, 联合…, 企业合作) that a registered
# name's business scope holds (汽车销售服务有限公司, 技术合作有限公司,
# 企业管理咨询有限公司).
SCOPE_STOP_WORDS = frozenset(("服务", "合作", "联合", "企业"))


def _scope_word(a: Analysis, r: _Resources, s: int, word: str, after: list[str]) -> bool:
    """Whether ``word`` (at ``s``, one of SCOPE_STOP_WORDS) is a legal name's
    scope: only business words or forms lie between it and the form (and
    some do after 企业: 企业|管理), and the word before it may be a name's
    (销售|服务, 技术|合作, 鼎盛|企业), not grammar nor a stop word (为企业|服务,
    与企业|合作)."""
    if s == 0 or (word == "企业" and not after):
        return False
    if not all(x in BUSINESS_VERBS or x in FORM_BEFORE_FORM or _is_industry(x, r) for x in after):
        return False
    p, _ = a.token(s - 1)
    before = a.text[p:s]
    return (
        bool(CJK_WORD.fullmatch(before))
        and before not in STOP_WORDS
        and before not in SCOPE_STOP_WORDS
        and not _grammar(before, r)
    )


# Characters that, as a preposition or a frame's first word, stand before a
# firm's name in news (记者从…获悉, 据…介绍, 经…批准, 由…承建, 向…采购,
# 与…签约, 对…进行, 同…签约, 于…设立).
FRAME_CHARS = frozenset("从据经由向与对在将把被为于自给跟同和及往到让")
# Prepositions jieba cuts alone before a name that FUNCTION_CHARS leaves out
# (县政府同|宏盛集团签约, 跟|…合作): a name's left edge stops at them, unless
# they are the name's own character, as a conjunction can be (山西宜发同诚农业…:
# see _conjunction_in_name).
FRAME_SINGLES = frozenset("同跟")
# The frame's prepositions cut alone that a candidate's left part never
# holds as the name's own (a list's 和, 与, 及 may be: 长江和记).
FRAME_PREPOSITIONS = frozenset((FRAME_CHARS | FRAME_SINGLES) - set("和与及"))


@lru_cache(maxsize=1 << 12)
def _frame_glued(word: str, r: _Resources) -> bool:
    """A rare word of jieba's dictionary that glues a preposition onto the
    name or the place after it (从远安, 由双汇, 向华山, 对松山, 同启东: it holds
    thousands, tagged as persons' names): the preposition is the frame's,
    the rest opens the name. Not a place (于田县, 依安县) nor a known name."""
    if len(word) < 3 or word[0] not in FRAME_CHARS or word_freq(word) >= RARE:
        return False
    if word in r.known or _is_place(word, r):
        return False
    rest = word[1:]
    return word_freq(rest) > 0 or _is_place(rest, r) or rest in r.known


def _without_frame(a: Analysis, r: _Resources, c: Candidate) -> Candidate:
    """``c`` without a frame before the name: a preposition jieba cut alone
    (专家组|对|云山科技、…等企业) or glued onto the name's first word
    (由云山|科技董事长, 对松山|化工、…): whichever rule walked left over it,
    the name starts after the last such preposition that leaves two
    characters or more (a trade name) — unless it is the name's own
    character, as a conjunction can be (see _conjunction_in_name)."""
    t = a.text
    start = c.start
    before = ""  # the word before, inside the candidate
    for s, e in a.words(c.start, c.end - 2):
        w = t[s:e]
        if (s in a.starts or s == 0) and e == a.token(s)[1] and _frame_glued(w, r):
            start = s + 1
        elif (
            len(w) == 1
            and w in FRAME_PREPOSITIONS
            and a.token(s) == (s, e)
            # a subject's word before it, no place's nor a name's (专家组|对,
            # not 赣州|经|开区), and a trade name after it (not 迈|为|股份)
            and len(before) >= 2
            and word_freq(before) > 0
            and not _is_place(before, r)
            and before not in r.known
            and _trade_after(a, r, e, c.end) >= 2
            and not _conjunction_in_name(a, r, s, c.end)
            and not any(_listed_place(t[s : s + n], r) for n in (2, 3))
        ):
            start = e  # (从|化, 于|都: a place that opens with it stays the name's)
        before = w
    return c if start == c.start else Candidate(start, c.end, c.score, c.how)


def _trade_after(a: Analysis, r: _Resources, pos: int, end: int) -> int:
    """How many characters of a trade name open ``text[pos:end]``: up to its
    first business word or form (宏盛|集团: 2; 股份: 0)."""
    trade = 0
    for s, e in a.words(pos, end):
        w = a.text[s:e]
        if _is_industry(w, r) or w in FORM_BEFORE_FORM or r.form_re.match(w):
            break
        trade += e - s
    return trade


def _listed_place(word: str, r: _Resources) -> bool:
    """A place of the gazetteer, with or without its level (从化, 从化区), not
    one _is_place guesses from its ending (以|高新区 is no place's name)."""
    return word in r.places or (word.endswith(ADMIN_SUFFIX) and word[:-1] in r.places)


def _conjunction_in_name(a: Analysis, r: _Resources, pos: int, end: int) -> bool:
    """Whether the 和, 与 or 及 at ``pos`` is a character of the name that
    runs on to ``end``, not the conjunction of a list that the name's left
    side stops at.

    A registered Chinese firm's trade name (字号) is two characters or more
    (企业名称登记管理规定 and its 实施办法): a cut at the conjunction that
    leaves one character between it and the industry words or the legal form
    (长江和|记|实业有限公司) leaves a name with no trade name, so the
    conjunction is the name's and its start lies further left. So does a cut
    that leaves none, where a brand's character stands before the conjunction
    and a legal form (有限公司…) ends the name: a legal form closes one
    registered firm's name, never a kind of firm's (中和|科技有限公司, but
    银行与|信托公司 and 煤和|电力公司 name kinds). A cut that leaves a trade
    name of two characters or more (比亚迪和|宁德时代新能源…), a Latin brand, a
    known name or a place that opens the next name (…和|中国|石油…) stays a
    list's. And a list puts one conjunction between two members, so one right
    after another (签约方与|和利时…) is the next member's first character."""
    t = a.text
    if t[pos] not in NAME_CONJUNCTIONS and t[pos] not in FRAME_SINGLES:
        return False
    if pos > 0 and t[pos - 1] in NAME_CONJUNCTIONS:
        return True
    trade = 0
    for s, e in a.words(pos + 1, end):
        w = t[s:e]
        if w in r.known or not CJK.match(w) or (not trade and _is_place(w, r)):
            return False
        if _is_industry(w, r) or w in FORM_BEFORE_FORM:
            break
        trade += e - s
        if trade >= 2:
            return False
    if trade:
        return True
    before = a.token(pos - 1)[0] if pos > 0 else pos
    form = r.form_re.match(t, end)
    legal = form is not None and r.forms.get(form.group()) == "strong"
    return legal and end > pos + 1 and before < pos and _brandlike(t[before:pos])


def _place_across(a: Analysis, r: _Resources, s: int, e: int) -> tuple[int, int] | None:
    """A place that ends inside the word [s, e) and starts a word or two
    before it (三明|天正 read as 三/明天/正), when what is left of the word
    is a character or a rare word: jieba misread the name's start."""
    t = a.text
    for q in range(s - 1, max(-1, s - 4), -1):
        if q not in a.starts and q != 0:
            continue
        for m in range(s + 1, e):
            rest = t[m:e]
            if _is_place(t[q:m], r) and (len(rest) == 1 or word_freq(rest) < RARE):
                return q, m
    return None


def _name_start(a: Analysis, r: _Resources, chunk: list[tuple[int, int]]) -> int | None:
    """Where a legal name begins inside the words before its form: at the places
    nearest the form (江西省深耕铜箔科技…), else at a known name or a brand."""
    t = a.text
    while len(chunk) > 1 and _leading_place_or_level(t[chunk[0][0] : chunk[0][1]], 2, r):
        if (
            is_division(t[chunk[0][0] : chunk[0][1]])
            and t[chunk[1][0] : chunk[1][1]] not in r.known
        ):
            break  # 福建省冶金…: a division stays before what is no name of its own
        if t[chunk[0][0] : chunk[0][1]] in NATIONS:
            break  # 德国|科隆展览有限公司: a foreign firm's legal name opens with its country
        chunk = chunk[1:]
    words = [t[s:e] for s, e in chunk]
    for i in range(1, len(words)):
        if (
            _is_major_place(words[i], r)
            and words[i] not in ZONES
            and all(_common_word(w, r) for w in words[:i])
        ):
            return chunk[i][0]  # 好友江西…有限公司: the province opens the name
    for i in range(1, len(words)):
        before = "".join(words[:i])
        if words[i] in r.known and len(before) >= 2 and before[-1] in "区县市镇乡":
            return chunk[i][0]  # 鄠邑区比亚迪汽车有限公司: the district is not the name's
    after_district = _after_district(a, r, chunk)
    if after_district is not None:
        return after_district
    if sum(e - s for s, e in chunk) <= SHORT_LEGAL_NAME:
        return chunk[0][0]  # grammar words ended the chunk: it is the name
    words = [t[s:e] for s, e in chunk]
    places = [i for i, w in enumerate(words) if _is_place(w, r) and w not in ZONES]
    if places:
        i = places[-1]
        while i > 0 and _is_place(words[i - 1], r):
            i -= 1
        return chunk[i][0]
    for (s, _e), w in zip(chunk, words, strict=True):
        if w in r.known or _brandlike(w) or (w.isascii() and w.isalnum()):
            return s
    if sum(e - s for s, e in chunk) <= 10:
        return chunk[0][0]  # 大众汽车（安徽）有限公司: the words up to the boundary
    return None


def _province(word: str, r: _Resources) -> bool:
    """A province's name, short or with 省 (山东, 江苏省)."""
    return word.removesuffix("省") in PROVINCES


def _dotted_brand(a: Analysis, r: _Resources, start: int) -> int:
    """A group's known name joined by a middle dot opens its subsidiary's legal
    name (新希望·川娃子食品有限公司): the name starts at the group's."""
    t = a.text
    if start < 3 or t[start - 1] not in "·•":
        return start
    dot = start - 1
    known = [n for n in range(2, min(8, dot) + 1) if t[dot - n : dot] in r.known]
    return dot - max(known) if known and _starts_word(a, dot - max(known)) else start


def _firm_site_after(t: str, r: _Resources, pos: int) -> bool:
    """A firm's own facility right after its name (…工厂, 年产…, 昆明生产基地):
    the name before it is whole."""
    if t.startswith(AFTER_COMPANY, pos):
        return True
    place = any(t[pos : pos + n] in r.places for n in (2, 3))
    return place and FACILITY_AFTER_PLACE.match(t, pos) is not None


def _beside_sector(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """A sector's name next to ``start``–``end`` in a list (、生物医药、): the
    list names sectors, and its coined-looking members are sectors too."""
    t = a.text
    if t[end : end + 1] == "、":
        s, e = a.token(end + 1)
        if s == end + 1 and (SECTOR_RE.fullmatch(t, s, e) or _is_industry(t[s:e], r)):
            return t[e : e + 1] in "、和及等，,。；;"
    if start > 1 and t[start - 1] == "、":
        s, e = a.token(start - 2)
        if e == start - 1 and (SECTOR_RE.fullmatch(t, s, e) or _is_industry(t[s:e], r)):
            return s == 0 or t[s - 1] in "、，,：:；;"
    return False


def _after_place_or_zone(a: Analysis, r: _Resources, pos: int) -> bool:
    """A place or a zone right before ``pos`` (小蓝经开区|招商局, 赣州市|…)."""
    t = a.text
    if pos == 0 or t.endswith(SPLIT_ZONES, 0, pos):
        return pos > 0
    s, e = a.token(pos - 1)
    return e == pos and _is_place(t[s:e], r)


def _after_district(a: Analysis, r: _Resources, chunk: list[tuple[int, int]]) -> int | None:
    """Where a legal name starts after the district or zone before it
    (上饶市信州区|宇瞳光学有限公司, 赣州经开区|国机智骏汽车有限公司): a place with
    its suffix locates the firm, as 鄠邑区 does 比亚迪; its own name opens
    with a brand or a known name."""
    t = a.text
    for i in range(len(chunk) - 1, 0, -1):
        s, e = chunk[i]
        zone = t.endswith(SPLIT_ZONES, 0, s)  # 经|开|区: the zone may open before the chunk
        if not (zone or is_division(t[chunk[i - 1][0] : s]) and t[s - 1] in "区县"):
            continue
        if chunk[-1][1] - s < 4:
            continue
        if t[s:e] in r.known or _brandlike(t[s:e]):
            return s
    return None


def _owner_brand_end(a: Analysis, r: _Resources, start: int, limit: int) -> int | None:
    """End of a brand of two to four characters at ``start`` (words jieba
    hardly knows, no place, no business word), followed by a description."""
    t = a.text
    k = start
    while k < limit and k - start < MAX_BRAND:
        s, e = a.token(k)
        w = t[s:e]
        if s != k or not _brandlike(w) or _is_place(w, r) or _is_industry(w, r):
            break
        if len(w) > 1 and word_tag(w) in ("ns", "s"):
            return None  # 四川|攀西, 甘肃|河西: what jieba knows as a region
        k = e
    if k > start and a.token(start) == (start, start + 1) and word_tag(t[start]) == "d":
        return None  # 江苏|常泰: a brand does not open with an adverb alone
    if not 2 <= k - start <= MAX_BRAND or _is_place(t[start:k], r) or _known_at(r, t, start):
        return None  # 厦门|安踏体育公园: before a known name, the place is the project's
    if sum(ch in REGION_CHARS for ch in t[start:k]) * 2 > k - start:
        return None  # 四川|成渝, 广西|北部湾: a region's name, not a brand
    if t[start:k] in FUNCTIONAL_ZONES:
        return None  # 北京|亦庄: a zone of the city
    if _brandlike(a.word_at(k)) and CJK.match(t[k]):
        return None  # the brand runs on: no clear end
    return k


def _split_zone_start(a: Analysis, r: _Resources, start: int) -> int:
    """A zone's name that jieba cut apart before a name (赣州|经|开|区|城投公司)
    belongs to it as a whole, with its city, as 抚州高新区基金公司 does; a
    name that starts with the zone's last character alone starts there."""
    t = a.text
    if a.token(start) != (start, start + 1) or t[start] != "区":
        return start
    zone = next((z for z in SPLIT_ZONES if t.endswith(z, 0, start + 1)), None)
    if zone is None:
        return start
    k = start + 1 - len(zone)
    if k > 0 and k in a.starts and _is_place(a.word_at(a.token(k - 1)[0]), r):
        k = a.token(k - 1)[0]
    return k


def _known_ending(t: str, r: _Resources, chunk: list[tuple[int, int]], p: int) -> int | None:
    """Start of a known name made of the chunk's words that ends with word
    ``p`` (one word, or up to three that jieba cut apart), else None."""
    if p < 0:
        return None
    for q in range(p, max(-1, p - 3), -1):
        if t[chunk[q][0] : chunk[p][1]] in r.known:
            return chunk[q][0]
    return None


def _brand_before_trade(words: list[str], r: _Resources) -> bool:
    """Whether a known name or a brand of two characters or more stands before
    the trade word that precedes a weak form (名城|控股|集团)."""
    if len(words) < 2 or words[-1] not in r.industry:
        return False
    if words[-2] in r.known:
        return True
    brand = ""
    for w in reversed(words[:-1]):
        if not _brandlike(w) or _is_place(w, r) or w in GENERIC_BEFORE_FORM:
            break
        brand = w + brand
    return 2 <= len(brand) <= MAX_BRAND and brand[0] not in NOT_BRAND_FIRSTS


def _common_word_only(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """Whether [start, end) is one common dictionary word and no known name."""
    word = a.text[start:end]
    return a.token(start) == (start, end) and word not in r.known and word_freq(word) >= RARE


def _in_number(t: str, pos: int) -> bool:
    """Whether the character at ``pos`` continues a number (七八|百度)."""
    return t[pos] in NUMBER_UNITS and pos > 0 and t[pos - 1] in NUMERALS


def _common_word(word: str, r: _Resources) -> bool:
    """A plain dictionary word, not a proper noun, before a province: no
    name is made of it (好友, 老客户)."""
    return (
        len(word) >= 2
        and word_freq(word) > 0
        and word not in r.known
        and not _is_place(word, r)
        and not _is_industry(word, r)
        and word_tag(word) not in ("nz", "nt", "j")
    )


def _coined_start(a: Analysis, r: _Resources, end: int) -> int | None:
    """Start of a coined name of two to four characters that ends at ``end``
    (not a person's name, not a word jieba knows), else None."""
    k = end
    while k > 0 and end - k < MAX_BRAND and a.token(k - 1) == (k - 1, k):
        k -= 1
    for start in range(k, end - 1):
        if _coined_name(a, r, start, end):
            return start
    return None


def _coined_end(a: Analysis, r: _Resources, start: int) -> int | None:
    """End of a coined name that starts at ``start``, else None."""
    k = start
    while k < len(a.text) and k - start < MAX_BRAND and a.token(k) == (k, k + 1):
        k += 1
    for end in range(k, start + 1, -1):
        if _coined_name(a, r, start, end) and _ends_word(a, end):
            return end
    return None


def _coined_name(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    t = a.text
    parts = list(t[start:end])
    return (
        all(CJK.match(ch) for ch in parts)
        and _coined_brand(a, start, end)
        and not _person_name(a, parts)
        and not _is_place(t[start:end], r)
        and t[start] not in SURNAMES
    )


def _firm_ending(name: str, r: _Resources) -> bool:
    """Whether a name ends as firms' do: a business word or a legal form."""
    return bool(re.search(f"(?:{r.industry_re.pattern}|{r.form_re.pattern})$", name))


def _verb_before_amount(t: str, start: int, end: int) -> bool:
    """Whether business words [start, end) end in a verb that an amount or
    的/了 follows (投资5亿元, 建设的): the firm's doing, not its name."""
    return t.endswith(VERB_LIKE_INDUSTRY, start, end) and (
        _amount_at(t, end) or t.startswith(("的", "了"), end)
    )


def _amount_at(t: str, pos: int) -> bool:
    """Whether an amount or a number starts at ``pos`` (5亿元, 超10亿)."""
    return pos < len(t) and (t[pos].isdigit() or t[pos] in NUMERALS or t[pos] in "超近约逾")


def _opening_name_start(a: Analysis, r: _Resources, end: int) -> int | None:
    """Start of a listed firm's short name that opens a clause and ends at
    ``end`` (重庆啤酒, 三花智控: three to six characters), else None."""
    t = a.text
    start = _listed_name_start(a, r, end, LISTED_GRAMMAR_FREQ)
    if start is None or end - start < 3 or not (start == 0 or t[start - 1] in OPENERS):
        return None
    name = t[start:end]
    if _org_ending(name, r) or name[-1] in BODY_ENDINGS or _is_place(name, r):
        return None
    if any(word in name for word in NOT_LISTED_NAME):
        return None  # 二季度净利润, 游戏业务净利润, 银行间市场披露: no firm's name
    if name in r.forms or any(mark in name for mark in ("记者", "人士", "专家")):
        return None  # 集团公司召开…, 本报记者…: a kind of firm, a reporter
    if _person_name(a, list(name)) or not all(CJK.match(ch) for ch in name):
        return None
    return start


def _group_before(a: Analysis, r: _Resources, start: int) -> int:
    """The start of a known group's name glued before a subsidiary's legal
    name that opens with a place (国家能源集团|宿迁发电有限公司), else ``start``."""
    t = a.text
    if not _is_place(a.word_at(start), r):
        return start
    lo = max(0, start - MAX_CONTEXT_NAME)
    for s, e, term, _ in r.known.find(t[lo:start]):
        if lo + e == start and term.endswith(FORM_BEFORE_FORM + WEAK_FORMS):
            return lo + s
    return start


def _listed_name_start(
    a: Analysis, r: _Resources, end: int, verb_freq: int = EXTEND_RARE
) -> int | None:
    """Start of a listed firm's short name before its stock code: two to
    six characters back to punctuation, a grammar word or a time word, over
    forms and rarer verbs that such names hold (腾讯控股, 联创光电)."""
    t = a.text
    k = end
    while k > 0 and end - k < 6:
        s, _e = a.token(k - 1)
        w = t[s:k]
        if not (CJK.match(w[0]) or w.isalnum()) or (w in STOP_WORDS and w not in BRACKETED_FORMS):
            break
        opens = s == 0 or not CJK.match(t[s - 1])  # 均瑶健康: a name may open so
        if len(w) == 1 and (w in TIME_MARKS or (w in FUNCTION_CHARS and not opens)):
            break  # 原|岚沣集团: a former name's mark
        numeral_opens = opens and len(w) == 1 and word_tag(w) == "m" and k < end
        if word_tag(w) in ("t", "m", "p", "c", "r") and not numeral_opens:
            break  # but 三盛教育 opens with a numeral
        if _grammar(w, r) and word_freq(w) >= verb_freq:
            break  # 引发|特斯拉 (a rarer verb may be a name's: 联创光电)
        k = s
    if not 2 <= end - k <= 6 or _is_place(t[k:end], r):
        return None
    return k


def _has_brand(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """Whether [start, end) holds a known name or a word jieba does not know
    well (岚芯微, 瑞擎): what a name has and a product (光伏组件) has not."""
    t = a.text
    return any(
        t[s:e] in r.known or (_brandlike(t[s:e]) and not _is_industry(t[s:e], r))
        for s, e in a.words(start, end)
    )


def _only_industry(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """Whether the words of [start, end) are all business words (生物科技)."""
    return all(_is_industry(a.text[s:e], r) for s, e in a.words(start, end))


def _behind_grammar(a: Analysis, r: _Resources, start: int) -> int | None:
    """The start of a legal name whose chunk stopped at a rarer word jieba
    tags as a verb (甘肃禾润光合|生物科技有限公司): back over such words and
    unknown ones to a place or the clause's start; None when nothing that
    names a firm is found there."""
    t = a.text
    k = start
    named = False
    while k > 0 and start - k < MAX_NAME:
        s, e = a.token(k - 1)
        w = t[s:k]
        if not CJK.match(w[0]) or w in STOP_WORDS or (len(w) == 1 and w in FUNCTION_CHARS):
            break
        if word_freq(w) >= EXTEND_RARE and not _is_place(w, r):
            break
        named = named or _name_material(w, r)
        k = s
        if _is_place(w, r) and (s == 0 or not _is_place(a.word_at(s - 1), r)):
            break
    return k if named and k < start else None


def _brand_start(a: Analysis, r: _Resources, pos: int) -> int | None:
    """Start of the brand before a business word at ``pos``, or None."""
    t = a.text
    k = pos
    length = 0
    parts: list[str] = []
    while k > 0 and length < MAX_BRAND:
        s, e = a.token(k - 1)
        e = min(e, k)
        w = t[s:e]
        if w in r.known:
            return s
        if not _brandlike(w) or _is_major_place(w, r) or _is_industry(w, r):
            break
        parts.append(w)
        length += len(w)
        k = s
    if length < 2 or length > MAX_BRAND:
        return None
    brand = t[k:pos]
    if brand[0] in FUNCTION_CHARS or _is_major_place(brand, r):
        return None
    if k > 0 and t[k - 1].isdigit():
        return None  # 30吉瓦时电池: a unit after a number, no brand
    if _common_single(a, k):
        # a brand does not start with 全, 大, 新, 建 on their own (全钒液流电池);
        # a verb glued before a coined one opens the clause (新建|汇龙环保)
        if pos - k > 2 and _coined_brand(a, k + 1, pos):
            return k + 1
        return None
    return k


def _common_single(a: Analysis, pos: int) -> bool:
    """A common verb, adverb or adjective of one character at ``pos``."""
    ch = a.text[pos]
    return (
        a.token(pos) == (pos, pos + 1)
        and word_tag(ch) in COMMON_SINGLE_TAGS
        and word_freq(ch) >= COMMON_CHAR
    )


# the Analysis.memo key of where the text's clauses end (see _clause_end)
CLAUSE_ENDS_KEY = "company.clause_ends"
CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_END))) + "]")


def _clause_end(a: Analysis, pos: int) -> int:
    """The first character of ``CLAUSE_END`` at or after ``pos``, else the
    text's end: looked up among the text's clause ends, found once per text
    (each short name walked to its clause's end, the whole text after it
    when the text has no comma: a time growing with the square of its length)."""
    ends = a.memo.get(CLAUSE_ENDS_KEY)
    if ends is None:
        ends = a.memo[CLAUSE_ENDS_KEY] = [m.start() for m in CLAUSE_END_RE.finditer(a.text)]
    k = bisect_left(ends, pos)
    return ends[k] if k < len(ends) else len(a.text)


def _context(a: Analysis, start: int, end: int) -> int:
    """How strongly the words around a short name say it is an enterprise."""
    t = a.text
    score = 0
    after = t[end : end + 8]
    # a place may stand between the name and its facility: 富联精密赣州工厂
    m = FACILITY_AFTER_PLACE.match(after)
    if after.startswith(AFTER_COMPANY) or m:
        score += 1
    before = t[max(0, start - 6) : start]
    if before.endswith(BEFORE_COMPANY):
        score += 1
    clause_end = _clause_end(a, start)
    # the clause's tail read in place (a slice of it copied the clause)
    if list_tail(t, end, clause_end, a.memo.setdefault((LIST_TAILS_KEY, clause_end), {})):
        score += 1
    if t[start - 1 : start] == "以" and LEADER_AFTER.match(t, end, clause_end):
        score += 1
    if _names_a_project(t, start, end):
        score += 1
    if (start == 0 or t[start - 1] in SUBJECT_OPENERS) and t.startswith(SUBJECT_PREDICATES, end):
        score += 1  # 岚睿电子今年营收…, 由岚睿电子建设的…: the subject of what firms do
    return score


# A reporting frame whose source is a firm's short name: 据远安科技介绍，…,
# 据鼎盛智能方面表示：…, 记者从华宇电子获悉 (what the source says, then a mark).
REPORTED_SAYS = re.compile("(?:方面)?(?:介绍|表示|透露|披露|称)[，,：:]")
REPORTED_LEARNT = re.compile("获悉|了解到")
REPORTED_BRAND = (2, MAX_BRAND)
REPORTED_FIRSTS = frozenset("方介表透披称获了")  # what either begins with, tested first


def _reported_by(a: Analysis, r: _Resources, s: int, e: int) -> int | None:
    """The start of a short name (a brand of two to four characters, then the
    trade word at [s, e)) that a reporting frame quotes: 据 at a clause's
    start before it and 介绍，/表示，/透露… after it, or 从 before it and
    获悉/了解到 after it. The brand may be a county's name or a dictionary
    word (远安科技, 鼎盛智能), as the frame says who speaks; never a grammar
    word, a person's name or a province's or a city's name alone."""
    t = a.text
    if t[e : e + 1] not in REPORTED_FIRSTS:
        return None  # cheap: what the source says comes right after the name
    for size in range(REPORTED_BRAND[0], REPORTED_BRAND[1] + 1):
        start = s - size
        if start < 1:
            break
        if not _reporting_frame(t, start, e):
            continue
        brand = t[start:s]
        if not all(CJK.match(ch) for ch in brand) or brand[0] in GRAMMAR_OR_COUNT:
            return None
        if _is_major_place(brand, r) or _person_name(a, list(brand)):
            return None
        if any(mark in brand for mark in PUBLIC_BODY_MARKS) or brand[-1] in BODY_ENDINGS:
            return None
        words = _words_in(a, start, s)
        if any(
            w in STOP_WORDS
            or _is_industry(w, r)
            or word_tag(w) in GRAMMAR_TAGS
            and word_freq(w) >= GRAMMAR_MIN_FREQ
            for w in words
        ):
            return None
        return start
    return None


def _reporting_frame(t: str, start: int, end: int) -> bool:
    """Whether a reporting frame quotes [start, end) as its source: 据 at a
    clause's start before it and 介绍，/表示，/透露… after it, or 从 before it
    and 获悉/了解到 after it."""
    if start < 1 or t[end : end + 1] not in REPORTED_FIRSTS:
        return False
    opener = t[start - 1]
    if opener == "据":
        return (start == 1 or t[start - 2] in CLAUSE_END) and REPORTED_SAYS.match(
            t, end
        ) is not None
    return opener == "从" and REPORTED_LEARNT.match(t, end) is not None


def _words_in(a: Analysis, start: int, end: int) -> list[str]:
    """jieba's words of [start, end), the first and last cut at its bounds."""
    out = []
    k = start
    while k < end:
        _s, e = a.token(k)
        e = min(max(e, k + 1), end)
        out.append(a.text[k:e])
        k = e
    return out


# A group named by one proper noun (华山集团, 长江集团, 泰山集团): never a
# bloc or the world's regions (二十国集团, 北约集团, 欧洲集团), nor what a
# group becomes (集团化, 集团军).
NOT_GROUP_NAMES = frozenset(
    words(
        """北约 七国 八国 东盟 欧盟 苏联 欧洲 亚洲 非洲 美洲 拉美 中东 西方 东方 欧美 亚太 华尔街 世界 全球 国际 海外 中华
        华夏 神州 南方 北方"""
    )
)
GROUP_BECOMES = ("化", "军", "式", "型", "内", "外")


def _proper_group_start(
    t: str, r: _Resources, chunk: list[tuple[int, int]], words: list[str], fe: int
) -> int | None:
    """The start of a group's name that is one proper noun of two or three
    characters before 集团 (华山, 长江, 新华: the dictionary's place and
    proper names; 泰山, 江山: a county's), with nothing before it but the
    places it is from (陕西|华山集团); not a province's or a city's name
    alone (江西集团), a country's, a bloc's or a region of the world's."""
    w = words[-1]
    if t.startswith(GROUP_BECOMES, fe) or not _proper_group_word(w, r):
        return None
    if _brandlike(w) and not _is_place(w, r):
        return None  # a rare word is a brand, which the general reading takes
    k = len(words) - 2
    while k >= 0 and _is_place(words[k], r) and words[k] not in ZONES:
        k -= 1
    if k >= 0:
        return None  # something else glued before it: the general reading's
    return chunk[0][0]


def _proper_group_word(w: str, r: _Resources) -> bool:
    """A proper noun of two or three characters that can name a group: a
    place or a proper name of the dictionary (华山, 长江, 新华) or a county
    (泰山, 江山); not a province's or a city's name, a country's, a bloc's or
    a region of the world's, a known firm's or a trade word."""
    if not (2 <= len(w) <= 3) or not CJK_WORD.fullmatch(w):
        return False
    if word_tag(w) not in ("ns", "nz") and not _is_place(w, r):
        return False
    if w in NOT_GROUP_NAMES or w in NATIONS or w in COUNTRIES or w in ZONES or w in REGIONS:
        return False
    return not (_is_major_place(w, r) or _is_industry(w, r) or w in r.known)


def _names_a_project(t: str, start: int, end: int) -> bool:
    """The name opens a list item or a clause that ends in a project or a
    facility (万华化学乙烯二期、…, 推动X公司Y项目): firms name their projects."""
    opens = start == 0 or t[start - 1] in "、，,：:；;\n" or t.endswith(PROJECT_OPENERS, 0, start)
    return opens and PROJECT_TAIL.match(t, end) is not None


def _used_again(t: str, start: int, end: int) -> bool:
    """Whether the text uses [start, end) once more, elsewhere, as a name: not
    before a sector's word (数智文化|产业园, where the phrase is a sector)."""
    name = t[start:end]
    size = len(name) or 1
    # a plain search for the name, occurrences taken one after another
    # (compiling a pattern per name cost more than the search itself)
    at = t.find(name)
    while at >= 0:
        if at != start and not t.startswith(NOT_AFTER_SHORT, at + len(name)):
            return True
        at = t.find(name, at + size)
    return False


def _with_home_place(a: Analysis, r: _Resources, start: int) -> int:
    """A province or city glued before a short name belongs to it when nothing
    else is glued before the place (辽宁信德新材, 海南澳斯卡粮油); a district
    with its suffix does not (鄠邑区比亚迪)."""
    t = a.text
    if start < 2:
        return start
    s, e = a.token(start - 1)
    if e != start or not (t[s:e] in r.major_places and len(t[s:e]) >= 2):
        return start
    if (
        s == 0
        or not CJK.match(t[s - 1])
        or t[s - 1] in FUNCTION_CHARS
        or s in a.starts
        and (_grammar(a.word_at(s - 1), r) or a.word_at(s - 1) in STOP_WORDS)
    ):
        return s
    return start


def _coined_brand(a: Analysis, start: int, end: int) -> bool:
    """A brand jieba has no word for, two or more single characters that make
    no word together (汇龙, 矽盛, 澳斯卡): a coined name, as firms' are."""
    t = a.text
    if end - start < 2:
        return False
    for p in range(start, end):
        if a.token(p) != (p, p + 1) or t[p] in NOT_BRAND_CHARS or t[p] in FUNCTION_CHARS:
            return False
        if _common_single(a, p):
            return False  # 做大做强, 提振: common verbs and adjectives
    return word_freq(t[start:end]) == 0


def _coined_pair(a: Analysis, pos: int) -> bool:
    """Two single characters at ``pos`` that make no word, the first no common
    verb or adjective: a coined name, though its second character is a common
    word alone (环新, 硅能), as after a group's name its subsidiary's is."""
    t = a.text
    pair = t[pos : pos + 2]
    if len(pair) < 2 or word_freq(pair) or _common_single(a, pos):
        return False
    return all(
        a.token(p) == (p, p + 1) and t[p] not in NOT_BRAND_CHARS and t[p] not in FUNCTION_CHARS
        for p in (pos, pos + 1)
    )


def _between_firms(a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
    """A list member between two firms (汇龙环保、矽盛电子、百图高新、联茂机械):
    what a list of firms holds in its middle is one too, unless a sector,
    a place or an institution."""
    t = a.text
    ordered = sorted(cands, key=lambda c: c.start)
    out = []
    for left, right in zip(ordered, ordered[1:], strict=False):
        s, e = left.end + 1, right.start - 1
        if not (2 <= e - s <= 6) or t[left.end] != "、" or t[e] != "、":
            continue
        item = t[s:e]
        if not all(CJK.match(ch) for ch in item) or any(ch in item for ch in "、等"):
            continue
        if any(not _in_member(a, r, p, e) for p in range(s, e)):
            continue  # 和 or 与 joining two names, not a trade name's (长江和记实业)
        if _is_place(item, r) or _org_ending(item, r) or SECTOR_RE.fullmatch(item):
            continue
        if SECTOR_RE.match(item) or not _has_brand(a, r, s, e):
            continue  # a sector (新能源汽车, 智能网联) or common words between names
        out.append(Candidate(s, e, 0.65, "list"))
    return out


def _rare_proper(a: Analysis, start: int, end: int) -> bool:
    """One rare proper noun jieba knows (华银): a subsidiary's name after its group's."""
    word = a.text[start:end]
    return (
        a.token(start) == (start, end) and word_tag(word) in ("nz", "nt") and word_freq(word) < RARE
    )


def _maybe_context(t: str, s: int, e: int) -> bool:
    """A cheap, generous test that a brand and some evidence may stand around a
    business word at [s, e), before words are looked at."""
    if s >= 2 and word_freq(t[s - 2 : s]) >= RARE:
        return False  # a common word before it (打造新能源), where no brand fits
    around = t[max(0, s - MAX_BRAND - 6) : s]
    if any(ch in LIST_SEPARATORS or ch == "、" for ch in t[max(0, s - MAX_BRAND - 1) : s - 2]):
        return True
    if t[e : e + 1] in LIST_SEPARATORS or t[e : e + 1] == "、" or t[e : e + 1] == "等":
        return True
    if BEFORE_COMPANY_RE.search(around):
        return True
    after = t[e : e + 8]
    if after.startswith(AFTER_COMPANY) or FACILITY_AFTER_PLACE.match(after):
        return True
    return PROJECT_TAIL.match(t, e) is not None


def _strong_context(t: str, start: int, end: int) -> bool:
    """A facility, team or officer right after the name, or an introduction
    right before it."""
    after = t[end : end + 8]
    if after.startswith(AFTER_COMPANY) or FACILITY_AFTER_PLACE.match(after):
        return True
    # what one buys or takes a stake in is a firm (收购西安秦川汽车)
    return t[max(0, start - 6) : start].endswith(
        ("龙头企业", "企业", "公司", "听说过", "助推", "收购", "并购", "入股")
    )


def _list_item(
    a: Analysis, r: _Resources, pos: int, taken: bytearray
) -> tuple[int, int, bool] | None:
    """The list member that starts at ``pos``: (start, end, list closes as a company list)."""
    t = a.text
    if pos >= len(t) or taken[pos]:
        return None
    k = pos
    while k < len(t) and k - pos < 12 and t[k] not in CLAUSE_END and t[k] not in "、等":
        if k > pos + 1 and (t[k] in LIST_FUNCTION or t[k] in LIST_ADVERBS):
            if _conjunction_in_name(a, r, k, _item_end(t, k + 1)):
                k += 1  # 、长江和记实业等: the member's own 和
                continue
            break  # …诺思格|均实现盈利: an adverb after the list's last member
        if t[k].isdigit() or t[k] in "一二两三四五六七八九十" and t[k + 1 : k + 2] in ("家", "个"):
            break
        k += 1
    closes = _list_closes(t, k)
    follows = t[k : k + 1]
    ends_clause = not closes and follows not in LIST_SEPARATORS and follows != "、"
    plain_end = follows in LIST_FUNCTION or follows in LIST_ADVERBS
    if ends_clause and (not plain_end or not (2 <= k - pos <= 8)):
        # an item that ends the clause: keep it up to its last business word,
        # else up to the predicate (美晨|纷纷加大投资, 龙旗|签约)
        predicate = _predicate_start(a, r, pos, k)
        m = _last_match(r.industry_re, t, pos, k if predicate is None else predicate)
        if m is not None and m.end() - pos >= 4:
            k = m.end()
        elif predicate is not None and not t.startswith(("项目", "基地"), predicate):
            k = predicate
        else:
            return None
    listed = closes or list_tail(t, k, None, a.memo.setdefault((LIST_TAILS_KEY, None), {}))
    if not (2 <= k - pos <= 8) or not _namelike(a, r, pos, k, listed=listed):
        return None
    if t.endswith(LOCAL_GOVERNMENTS, pos, k) or t.startswith(LOCAL_GOVERNMENTS, k):
        return None  # 明德科技与|星海村: a village beside a firm, no firm
    return pos, k, closes


def _predicate_start(a: Analysis, r: _Resources, pos: int, end: int) -> int | None:
    """Where the predicate starts after a list's last member at ``pos`` (an
    adverb or a verb, 2 to 6 characters in), else None."""
    t = a.text
    for s, e in a.words(pos, end):
        w = t[s:e]
        if s - pos >= 2 and (
            w in STOP_WORDS or (_grammar(w, r) and word_tag(w) in INTRODUCING_TAGS)
        ):
            return s if s - pos <= 6 else None
    return None


def _list_item_before(
    a: Analysis, r: _Resources, sep: int, taken: bytearray, *, listed: bool = False
) -> tuple[int, int] | None:
    t = a.text
    k = sep
    while k > 0 and sep - k < 8 and t[k - 1] not in CLAUSE_END and t[k - 1] not in "、":
        if t[k - 1] in FUNCTION_CHARS and not _conjunction_in_name(a, r, k - 1, sep):
            break
        k -= 1
    if k > 0 and not _starts_word(a, k):
        return None  # 中|国互联网投资基金: longer than an item, never cut inside a word
    k = _past_grammar(a, r, k, sep)
    if sep - k < 2 or any(taken[k:sep]):
        return None
    if not _namelike(a, r, k, sep, listed=listed):
        return None
    if listed and (_only_industry(a, r, k, sep) or SECTOR_RE.fullmatch(t, k, sep)):
        return None  # 新能源汽车、比亚迪等: a sector beside firms
    return k, sep


def _past_grammar(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """``start`` moved past the verbs and adverbs that open a list's first
    item (集聚|瑞擎、…): they introduce the list, they are no name's."""
    t = a.text
    k = start
    while k < end and k in a.starts:
        _s, e = a.token(k)
        w = t[k:e]
        grammar = (
            w in STOP_WORDS
            or (len(w) == 1 and w in FUNCTION_CHARS and not _conjunction_in_name(a, r, k, end))
            or (_grammar(w, r) and word_tag(w) in INTRODUCING_TAGS)
        )
        if e >= end or not grammar or _is_industry(t[e:end], r):
            break  # 推动|通用咨询: a business word alone is left of no name
        k = e
    return k


def _firm_list_items(a: Analysis, r: _Resources, end: int) -> list[tuple[int, int]]:
    """The members of a list that 等…企业 closes at ``end`` (东方光电、北方物产等
    公司), each a name of its own words: not a sector (汽车、电子等企业), not a
    kind of firm (民营、国有等企业), not an institution."""
    t = a.text
    items: list[tuple[int, int]] = []
    while end > 0 and len(items) < 8:
        k = end
        while (
            k > 0 and end - k <= 8 and t[k - 1] not in CLAUSE_END and _in_member(a, r, k - 1, end)
        ):
            if t[k - 1] in "了着":
                break  # 吸引了|京东方: an aspect particle ends the verb that introduces the list
            k -= 1
        if end - k > 8 and len(items) >= 2:
            break  # a list may open with what is too long for a name (a workshop, a
            # facility): the named members after it still stand
        k = _past_grammar(a, r, k, end)
        if not 3 <= end - k <= 8 or not _namelike(a, r, k, end, listed=True):
            return []
        if _is_industry(t[k:end], r) or SECTOR_RE.fullmatch(t, k, end) or a.token(k) == (k, end):
            return []  # a sector or a single dictionary word, not a name
        items.append((k, end))
        if k > 0 and t[k - 1] in "、和及与":
            end = k - 1
        else:
            break
    return items


def _count(n: str) -> int:
    return CHINESE_DIGITS.get(n) or int(n)


def _counted_items(a: Analysis, r: _Resources, end: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` members of the list that ends at ``end``, or none when the
    clause lists another number of them (or what cannot be names)."""
    t = a.text
    items: list[tuple[int, int]] = []
    while len(items) < count:
        k = end
        while (
            k > 0 and end - k <= 8 and t[k - 1] not in CLAUSE_END and _in_member(a, r, k - 1, end)
        ):
            k -= 1
        opens = k == 0 or t[k - 1] in CLAUSE_END
        if k == 0 or t[k - 1] not in "、和及与":
            # only the list's first member can follow a verb; a later one is
            # all name, whatever its first character (、其瑞、)
            k = _past_grammar(a, r, k, end)
        if not 2 <= end - k <= 8 or not _namelike(a, r, k, end, listed=True):
            return []
        if a.word_at(k) in NOT_IN_CONTEXT_NAME:
            return []  # 全市、…3家企业: a count of firms somewhere, not of names
        items.append((k, end))
        if opens or k != items[-1][0] or t[k - 1] not in "、和及与":
            break  # the clause opens here, or a verb introduces the list
        end = k - 1
    first = items[-1][0]
    opened = first == 0 or t[first - 1] in CLAUSE_END or t[first - 1] not in "、和及与"
    return items if len(items) == count and opened else []


def _list_end(t: str, pos: int, known: dict[int, int] | None = None) -> int:
    """The end of the list that goes on after ``pos`` (、B、C): where 等… would be.
    ``known``: the ends found before in ``t``, by position, kept up to date.
    Every member of a list ends where the list does, so with it each member
    is walked once however many names of the list ask (a pasted list of
    thousands of names walked the rest of the list from each of them)."""
    known = {} if known is None else known
    walked = []
    while pos not in known and pos < len(t) and t[pos] in "、和及与":
        # a member's first character is its own, even 和 or 与 (、和跃电子):
        # no list joins two separators, so only later ones can end it
        first = t[pos + 1 : pos + 2]
        if not first or first in CLAUSE_END or first in "、等":
            break
        k = _item_end(t, pos + 2, pos + 10)
        if k - pos > 9:
            break
        walked.append(pos)
        pos = k
    end = known.get(pos, pos)
    for p in walked:
        known[p] = end
    known[pos] = end
    return end


def _item_end(t: str, pos: int, limit: int = 0) -> int:
    """Where the list member going on at ``pos`` ends: at a separator, 等 or
    a clause's end, or at ``limit`` (9 characters on by default)."""
    limit = limit or pos + 9
    k = pos
    while k < len(t) and k < limit and t[k] not in CLAUSE_END and t[k] not in "、等和及与":
        k += 1
    return k


def _in_member(a: Analysis, r: _Resources, pos: int, end: int) -> bool:
    """Whether the character at ``pos`` belongs to the list member that ends
    at ``end``: no separator, or a conjunction of the member's trade name
    (长江和记实业, see _conjunction_in_name)."""
    return a.text[pos] not in "、和及与" or _conjunction_in_name(a, r, pos, end)


LIST_CLOSING = re.compile(
    rf"(?:等(?:为)?[\u4e00-\u9fff]{{0,6}}?(?:{FIRM_KINDS}))|(?:[0-9一二两三四五六七八九十]+家(?:公司|企业|银行|集团))"
)


def _list_closes(t: str, pos: int) -> bool:
    """Whether the list continues into 等…企业 or a count of companies (3家公司)."""
    return bool(LIST_CLOSING.match(t[pos : pos + 12]))


def _namelike(a: Analysis, r: _Resources, s: int, e: int, *, listed: bool = False) -> bool:
    """Whether [s, e) can be a company's name; ``listed`` when it stands in a
    list that ends in 等…企业, where any short name will do (合力泰, 木林森)."""
    t = a.text
    item = t[s:e]
    if item and not CJK_WORD.fullmatch(item):
        return False
    if _org_ending(item, r) or _is_place(item, r):
        return False
    if any(w in item for w in ("企业", "产业", "项目", "政府", "部门", "机构", "高校", "园区")):
        return False
    if (
        item[-1] in LEVEL_ENDINGS
        and s in a.starts
        and e in a.starts
        and all(_place_word(t[ws:we], r) for ws, we in a.words(s, e))
    ):
        return False  # 海西州|乌兰县, 赣州市|南康区: places down to a level of government,
        # a government's party (河南|永泰 is a firm: a brand named like a county)
    if listed and 2 <= len(item) <= 6 and s in a.starts and e in a.starts:
        return not any(w in STOP_WORDS for w in (a.word_at(s), a.word_at(e - 1)))
    first = a.word_at(s) if s in a.starts else t[s]
    if _brandlike(first) or _is_place(first, r) or first in r.known or item in r.known:
        return True
    return len(first) == 1 and _conjunction_in_name(a, r, s, e)  # 和邦生物: the brand's 和


LEVEL_ENDINGS = frozenset("省市县区州盟旗")  # the last characters of places by their level


def _place_word(word: str, r: _Resources) -> bool:
    """A place, or a name of three characters or more that ends in a level
    of government (海西州, 乌兰察布市): what a list member of places alone holds."""
    return _is_place(word, r) or (len(word) >= 3 and word[-1] in LEVEL_ENDINGS)


def _branch_end(t: str, r: _Resources, end: int) -> int:
    """The end of the branch designations after a name: …宜春市分行营业部."""
    for _ in range(2):
        b = r.branch_re.match(t, end)
        prefix = b.group()[:-2] if b else ""
        if not b or any(ch in LIST_FUNCTION or ch in "多家各某" for ch in prefix):
            break
        if prefix.startswith(("全国", "全省", "各地", "多家", "旗下")):
            break  # 全国多家分行: branches in general, not one
        end = b.end()
    return end


def _last_match(pattern: re.Pattern, text: str, pos: int, end: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, pos, end):  # noqa: B007 - the last one is wanted
        pass
    return last


def _brand_of(a: Analysis, r: _Resources, c: Candidate) -> str | None:
    m = None
    t = a.text
    name = t[c.start : c.end]
    m = _last_match(r.industry_re, name, 0, len(name))
    if m is None or m.end() != len(name):
        return None
    brand = name[: m.start()]
    return brand if brand and all(_brandlike(ch) for ch in brand) else None


def _unknown_name_start(a: Analysis, r: _Resources, end: int) -> int | None:
    """Start of a name of unknown words (and business words) ending at ``end``."""
    t = a.text
    k = end
    unknown = 0
    while k > 0 and end - k < 8:
        s, e = a.token(k - 1)
        w = t[s : min(e, k)]
        if len(w) == 1 and _conjunction_in_name(a, r, s, end):
            k = s  # 长江和记|实业: the name's own 和, see _conjunction_in_name
            continue
        if len(w) == 1 and _brandlike(w):
            unknown += 1
        elif _grammar(w, r) or not (_is_industry(w, r) or (_brandlike(w) and len(w) <= 3)):
            break  # 集聚|瑞擎: a rare verb introduces the list
        k = s
    if end - k < 2 or unknown < 2 or end - k > 8:
        return None
    return k


def _weak_alias(a: Analysis, r: _Resources, c: Candidate) -> str | None:
    """赣锋锂电集团 → 赣锋锂电: a group's name without its form, when it still
    ends in a business word and starts with its brand."""
    t = a.text
    name = re.sub(r"(?:集团|公司)$", "", t[c.start : c.end])
    if len(name) < 3 or not r.industry_re.search(name[-2:]):
        return None
    first = a.word_at(c.start)
    if _is_place(first, r) or not (_brandlike(first) or first in r.known):
        return None
    return name


def _legal_aliases(a: Analysis, r: _Resources, c: Candidate) -> list[str]:
    """Short forms of a legal name, as the press shortens it: without its legal
    form and place (山东凯马汽车制造有限公司 → 凯马汽车制造), without trailing
    business words (→ 凯马汽车), its first words (长江智慧分布式能源有限公司 →
    长江智慧), and its province without 省 (福建省冶金… → 福建冶金)."""
    t = a.text
    name = t[c.start : c.end]
    form = LEGAL_FORM_END.search(name)
    end = c.start + (form.start() if form else len(name))
    start = c.start
    while start < end and _leading_word(a, r, start, end):
        start = a.token(start)[1]
    core = re.sub(r"[(（][^)）]*[)）]", "", t[start:end])
    arm = next((w for w in ARM_WORDS if core.endswith(w)), "")
    if arm and core[: -len(arm)].endswith(("银行", "集团")):
        core = core[: -len(arm)]  # 荷兰银行中国有限公司 → 荷兰银行, not 荷兰银行中国
    out = []
    if 3 <= len(core) <= 10 and core != name:
        out.append(core)
    trimmed = core
    for word in LEGAL_TRAILING:
        if trimmed.endswith(word) and len(trimmed) - len(word) >= 4:
            trimmed = trimmed[: -len(word)]
            out.append(trimmed)
    out += _leading_words(a, start, end)
    province = PROVINCE_LEVEL.match(t, c.start, end)
    if province and province.group(1) in r.places:
        rest = re.sub(r"[(（][^)）]*[)）]", "", t[province.end() : end])
        if 2 <= len(rest) <= 4:
            out.append(province.group(1) + rest)  # 福建省冶金(控股)… → 福建冶金
    # 北京新能源汽车股份有限公司 → not 新能源汽车: without its home, a name of
    # sector words is the sector's, which the text names for itself
    return [x for x in out if "(" not in x and "（" not in x and not SECTOR_RE.fullmatch(x)]


def _leading_word(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """A place or level word at ``start`` that a short name leaves out."""
    s, e = a.token(start)
    word = a.text[s:e]
    return s == start and e < end - 2 and (_is_place(word, r) or word in LEVELS)


def _leading_words(a: Analysis, start: int, end: int) -> list[str]:
    """The name's first words, four characters or more (three when they are
    single characters jieba does not join: a coined brand), short of the end."""
    t = a.text
    k = start
    while k < end:
        k = max(a.token(k)[1], k + 1)
        length = k - start
        if length >= end - start - 1:
            break
        if length >= 4 or (length == 3 and _coined_brand(a, start, k)):
            return [t[start:k]]
    return []


# -- market news ------------------------------------------------------------------------


def _market_items(
    a: Analysis, r: _Resources, end: int, move_ends: set[int], *, closed: bool = False
) -> list[tuple[int, int]]:
    """The stocks' names of the list that ends at ``end`` and opens its clause
    (甲、乙、丙), members between 、; none unless every member reads as a
    stock's name — or, in a list 等 closes, as a sector beside them
    (甲、乙、机器人等涨幅居前). A sector before the first member is no part
    of it (光伏股|宝馨科技, 汽车产业链的|光洋股份)."""
    t = a.text
    items: list[tuple[int, int]] = []
    odd: list[tuple[int, int]] = []  # in a closed list, members named like places or phrases
    sectors = 0
    while True:
        k = end
        while k > 0 and end - k < 16 and t[k - 1] not in CLAUSE_END and t[k - 1] != "、":
            k -= 1
        # a member's own move before 、 closes the one before it (甲3板、乙2板)
        opens = k == 0 or t[k - 1] in CLAUSE_END or k - 1 in move_ends
        if not opens and t[k - 1] != "、":
            return []  # no clause opens near: a phrase, not a list of names
        if opens and not _stock_name(a, r, k, end) and not _two_stocks(a, r, k, end):
            k = next(
                (
                    m.end()
                    for m in SECTOR_BEFORE_STOCK.finditer(t, k, end)
                    if _stock_name(a, r, m.end(), end) or _two_stocks(a, r, m.end(), end)
                ),
                k,
            )
        if pair := _two_stocks(a, r, k, end):
            items += pair  # 波音和高盛
        elif _stock_name(a, r, k, end):
            items.append((k, end))
        elif closed and _sector(a, r, k, end):
            sectors += 1
        elif closed and _odd_stock(a, r, k, end):
            odd.append((k, end))  # 张家界, 峨眉山A, 中华企业: stocks named like places or phrases
        else:
            return []
        if opens:
            # a sector or two among firms (甲、乙、丙、机器人等…), not firms among sectors
            if sectors and len(items) <= max(1, sectors):
                return []
            if odd and (len(items) < 2 or len(odd) > len(items)):
                return []  # 北京、上海、深圳等涨幅居前: places, not stocks named after them
            return items + odd
        end = k - 1


# A word for stocks or listed firms that introduces a list of them, with what
# joins it to the first (股票还有甲、乙, 可比公司甲、乙等, 个股方面甲、乙).
STOCK_INTRO = re.compile(
    "(?:股票|个股|标的|概念股|成分股|重仓股|龙头股|可比公司|同行业公司)"
    "(?:方面|中|还有|主要有|则有|有|包括|如|为|分别为|分别是)?[，,：:]?"
)
STOCK_MEMBER = re.compile("[^、，,。；;：:！？!?\n“”（）()《》等和及与]{2,8}")


def _introduced_stocks(a: Analysis, r: _Resources) -> list[Candidate]:
    """The members of a list of stocks that a word for stocks or listed
    firms introduces (股票还有甲、乙、丙等, 可比公司甲、乙等): two or more,
    between 、, ending at 等 or a clause's end, each a stock's name (or one
    named like a place or a phrase, fewer of them than of the others); any
    other member, an index or a sector, says it is no list of stocks."""
    t = a.text
    out: list[Candidate] = []
    for m in STOCK_INTRO.finditer(t):
        members: list[tuple[int, int]] = []
        k = m.end()
        while (mm := STOCK_MEMBER.match(t, k)) and len(members) < 12:
            members.append(mm.span())
            k = mm.end()
            if t[k : k + 1] != "、":
                break
            k += 1
        if len(members) < 2 or not (k >= len(t) or t[k] == "等" or t[k] in CLAUSE_END):
            continue
        items = [(s, e) for s, e in members if _stock_name(a, r, s, e)]
        odd = [(s, e) for s, e in members if (s, e) not in items and _odd_stock(a, r, s, e)]
        if len(items) + len(odd) < len(members) or len(items) < 2 or len(odd) > len(items):
            continue
        out += [Candidate(s, e, 0.7, "market") for s, e in members]
    return out


def _odd_stock(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether [s, e), in a list of stocks that 等 and a move close, can be a
    stock whose name is a place's or a common phrase's (张家界, 峨眉山A,
    中华企业, 三角防务): a stock's shape, and nothing that moves beside stocks
    and is none (an index, a board, goods, an amount, a public body)."""
    name = a.text[s:e]
    if not STOCK_NAME.fullmatch(name) or any(w in name for w in NOT_A_STOCK_IN):
        return False
    core = SPECIAL_TREATMENT.sub("", name).rstrip("AB")
    if NOT_A_STOCK_END.search(name) or len(core) < 2 or "股" in core.replace("股份", ""):
        return False
    if core[0] in NOT_STOCK_OPENERS or core[-1] in NOT_STOCK_ENDS or core in r.not_stocks:
        return False
    if _org_ending(core, r) or core[-1] in "局委署厅办部所" or name.endswith(INDICATORS):
        return False
    if core.startswith(TIME_ON_MARKET) or s not in a.starts:
        return False
    first = a.word_at(s)  # a time or grammar opens no name; a numeral may (三角|防务)
    return len(first) < 2 or (
        first not in STOP_WORDS and word_tag(first) not in ("t", "p", "c", "r")
    )


def _stock_name(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether [s, e) reads as a listed stock's short name in a market report:
    no index, board, sector, future or currency (沪指, 汽车股, 螺纹钢), no
    place, no public body, no common word alone (机票)."""
    t = a.text
    name = t[s:e]
    if LATIN_BRAND.fullmatch(name):
        return not NOT_A_STOCK_END.search(name) and name not in r.not_stocks  # IBM; not ETF, CPI
    if not STOCK_NAME.fullmatch(name) or _names_no_stock(name, r):
        return False
    if _generic_firms(a, r, s, e) or _opens_with_grammar(a, s):
        return False
    if _sector(a, r, s, e):
        return False  # 光伏、储能涨超3%: sectors
    if a.token(s) == (s, e) and name not in r.known:
        # one dictionary word: a name only if jieba knows it as one or rarely sees it
        return word_tag(name) in ("nz", "nt", "nrt", "j") or word_freq(name) < EXTEND_RARE
    return True


def _names_no_stock(name: str, r: _Resources) -> bool:
    """Whether a market report's word is, by its characters, what moves beside
    stocks and no stock: an index, a board, goods, an amount, an indicator, a
    place or a public body, or a phrase of grammar (较周一…, 美国银行也…)."""
    if any(w in name for w in NOT_A_STOCK_IN) or NOT_A_STOCK_END.search(name):
        return True
    core = SPECIAL_TREATMENT.sub("", name).rstrip("AB")
    if "股" in core.replace("股份", "").replace("控股", ""):
        return True  # 成分股波音, 汽车股: a board or a sector before the name
    if core[0] in NOT_STOCK_OPENERS or core[-1] in NOT_STOCK_ENDS:
        return True
    if core.startswith(TIME_ON_MARKET):
        return True  # 盘中走出…: a time of the trading day
    if core in r.not_stocks or any(
        core.endswith(g) and core[: -len(g)] in GOODS_MARKETS for g in r.not_stocks
    ):
        return True  # 沪镍, 现货黄金: goods, not firms (金刚玻璃 is one)
    if _is_place(core, r) or _org_ending(core, r) or core[-1] in "局委署厅办部所":
        return True
    return name not in r.known and name.endswith(INDICATORS)  # 订单量, 净利, 票房


def _opens_with_grammar(a: Analysis, s: int) -> bool:
    """Whether the word at ``s`` is grammar or a time, which opens a clause
    and no name (其中…, 今日…); one character may open a name (清|研环境)."""
    if s not in a.starts or len(a.word_at(s)) < 2:
        return False
    first = a.word_at(s)
    return first in STOP_WORDS or word_tag(first) in ("t", "m", "p", "c", "r")


def _sector(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether [s, e) names a sector by its business words (机器人, 光伏)."""
    return _only_industry(a, r, s, e) or bool(SECTOR_RE.fullmatch(a.text, s, e))


def _stock_alone(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether a name that alone opens a clause before a move is a firm's by its
    own words: a known name, a Latin brand, a brand, or a business word or form
    at its end (三叶草生物, 光大证券)."""
    t = a.text
    name = t[s:e]
    if name in r.known or LATIN_BRAND.fullmatch(name):
        return True
    if _has_brand(a, r, s, e) and not _single_char_brand_only(a, r, s, e):
        return True
    if LISTED_NAME_END.search(name) or SPECIAL_TREATMENT.match(name):
        return True
    trade = _last_match(r.industry_re, t, s, e)
    return trade is not None and trade.end() == e and trade.start() - s >= 2


def _reports_news(t: str, pos: int) -> bool:
    """Whether what follows a headline's colon reports news, not a title, a
    greeting or a quote (大众软件：《…》全攻略, …：你好)."""
    head = t[pos : pos + HEADLINE_SENTENCE]
    if head.startswith(("《", "“", '"')) or any(w in head for w in QUOTE_MARKS):
        return False
    return bool(FIGURE.search(head)) or any(w in head for w in BUSINESS_NEWS)


def _reads_as_listed(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """Whether a short name before a headline's colon reads as a listed firm's
    by its own characters: a stock mark, a share class, a form, or a brand or
    a place before a business word at its end (ST新海, 深纺织A, 国检集团,
    普利制药; not a sector: 人工智能, 工业机器人)."""
    t = a.text
    name = t[start:end]
    if name.endswith(SPEECH_VERBS):
        return False  # 研究显示：…, 数据表明：…
    if SPECIAL_TREATMENT.match(name) or LISTED_NAME_END.search(name):
        return True
    trade = _last_match(r.industry_re, t, start, end)
    if trade is None or trade.end() != end or trade.start() - start < 2:
        return False
    return _has_brand(a, r, start, trade.start()) or _is_place(a.word_at(start), r)


def _only_forms(name: str, r: _Resources) -> bool:
    """Whether a name is only a form or a business word (股份, 科技)."""
    return name in WEAK_FORMS or name in BRACKETED_FORMS or name in r.industry


def _clause_opening(t: str, end: int) -> int | None:
    """The start of the short name that alone stands between the clause's
    opening and ``end`` (2 to 6 characters, no punctuation), else None."""
    k = end
    while k > 0 and end - k < MAX_STOCK_NAME and CJK.match(t[k - 1]):
        k -= 1
    opens = k == 0 or t[k - 1] in CLAUSE_END or t[k - 1] == "、"
    return k if opens and end - k >= 2 else None


def _split_holders(a: Analysis, r: _Resources, start: int, end: int) -> list[tuple[int, int]]:
    """The holders named in [start, end), between 、, 和, 及 and 及其一致行动人
    (not a trade name's 和: 长江和记实业、…, see _conjunction_in_name)."""
    t = a.text
    spans = []
    for sep in HOLDER_SEPARATORS.finditer(t, start, end):
        one = sep.end() - sep.start() == 1
        if one and _conjunction_in_name(a, r, sep.start(), _item_end(t, sep.end(), end)):
            continue
        spans.append((start, sep.start()))
        start = sep.end()
    return [*spans, (start, end)]


def _firm_holder(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether a holder named in a listed firm's headline is a firm or a fund
    by its name: two to eight characters, no person, no organ of the firm."""
    t = a.text
    name = t[s:e]
    if not 2 <= len(name) <= 8 or not all(CJK.match(ch) for ch in name):
        return False
    if any(w in name for w in NOT_FIRM_HOLDERS + NOT_A_STOCK_IN) or _is_place(name, r):
        return False
    words = [t[p:q] for p, q in a.words(s, e)]
    if words[0] in LEVELS or words[0] in DESCRIPTORS:
        return False  # 规上企业, 省属…: firms in general
    if any(word_tag(w) in ("nr", "nrfg") for w in words) or _person_name(a, words):
        return False  # 某某某拟减持: a person
    if name[0] in SURNAMES and len(name) <= 3:
        return False
    return words[0] not in STOP_WORDS and not _grammar(words[0], r)


def _org_head_at(t: str, pos: int, r: _Resources) -> bool:
    """Whether an institution's head word starts at ``pos`` (包头稀土|研究院)."""
    return t.startswith(r.org_words, pos)


def _known_name_start(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """The start of a known name that ends at ``end`` after a verb or an
    adverb (仅有|中国银行), else ``start`` (华海清科 is no 清科)."""
    t = a.text
    for s, e, _term, _ in r.known.find(t[start:end]):
        before = a.words(start, start + s)
        if start + e == end and s and all(word_tag(t[p:q]) in GRAMMAR_TAGS for p, q in before):
            return start + s
    return start


def _known_after_singles(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """The start of a known name that ends at ``end`` after single characters
    of the clause jieba left alone (约|占|招行, 清算|行|中银香港: a verb, an
    adverb, a bank's kind), else ``start``. A character a name opens with is
    mostly glued to it as one word (华海|清科 is no 清科: 华海 is a word)."""
    t = a.text
    for s, e, _term, _ in r.known.find(t[start:end]):
        if start + e != end or not s:
            continue
        before = a.words(start, start + s)
        if all(q - p == 1 and word_tag(t[p:q]) in CLAUSE_SINGLE_TAGS for p, q in before):
            return start + s
    return start


def _past_bank_role(a: Analysis, start: int, end: int) -> int:
    """``start`` past a 行 jieba cut off a bank's role (清算|行|中银香港,
    托管|行|…): the role's last character, no bank's name opens so."""
    t = a.text
    if (
        t[start : start + 1] == "行"
        and end - start > 2
        and a.token(start) == (start, start + 1)
        and start
        and CJK.match(t[start - 1])
    ):
        return start + 1
    return start


def _public_party(a: Analysis, r: _Resources, start: int, end: int) -> bool:
    """Whether the party of a signing at [start, end) is a place or a public
    body: its name or the word right after it says so (王家村, 青石镇,
    白沙|街道, 市商务局), as firms sign with villages and bureaus."""
    t = a.text
    name = t[start:end]
    return (
        name.endswith(PUBLIC_PARTIES)
        or t.startswith(PUBLIC_PARTIES, end)
        or _is_place(name, r)
        or _is_place(a.word_at(start), r)
        and end == a.token(start)[1]
    )


def _two_stocks(a: Analysis, r: _Resources, s: int, e: int) -> list[tuple[int, int]]:
    """Two stocks' names joined by 和 (波音和高盛), nearest last; else none
    (和元生物, 同和药业 hold 和 in their names)."""
    t = a.text
    j = t.find("和", s + 2, e - 2)
    if j < 0 or not (_stock_name(a, r, s, j) and _stock_name(a, r, j + 1, e)):
        return []
    return [(j + 1, e), (s, j)]


def _generic_firms(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether [s, e) speaks of firms in general (全市企业, 民营企业, 该公司),
    not of one (紫江企业 is one: a brand before the kind)."""
    t = a.text
    words = [t[p:q] for p, q in a.words(s, e)]
    first = words[0]
    if first in LEVELS or first in DESCRIPTORS or first in "该本此各":
        return True
    if len(first) > 1 and first in GENERIC_BEFORE_FORM:
        return True  # 民营企业, 上市公司 (but 新|国脉 is a name)
    kind = words[-1] in ("企业", "公司", "单位", "集团")
    return kind and len(words) == 2 and not (_brandlike(words[0]) or words[0] in r.known)


def _single_char_brand_only(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether the only brand-like words of [s, e) are single characters
    after a common noun or verb (订单|量): the tail of a phrase, no brand
    (after a place they are one: 苏州|固|锝)."""
    t = a.text
    words = [t[p:q] for p, q in a.words(s, e)]
    brands = [w for w in words if w in r.known or (_brandlike(w) and not _is_industry(w, r))]
    common = (
        len(words[0]) > 1 and word_tag(words[0]) in ("n", "vn", "v") and not _is_place(words[0], r)
    )
    return bool(brands) and all(len(w) == 1 for w in brands) and common


def _no_headline_firm(name: str) -> bool:
    """Whether what opens a headline before its colon is a level, a grammar
    word or a hearsay mark, no firm (全市：…, 据悉：…, 其中：…)."""
    return (
        name in LEVELS
        or name in STOP_WORDS
        or name.startswith("据")
        or word_tag(name) in GRAMMAR_TAGS
    )


def _before_ticker(t: str, end: int) -> int:
    """Where a stock's name ends before its bracketed ticker that ends at
    ``end`` (露华浓|（REV）), else ``end``."""
    k = t.rfind("（", max(0, end - 10), end)
    k = max(k, t.rfind("(", max(0, end - 10), end))
    return k if k >= 0 and TICKER.fullmatch(t, k, end) else end


def _stock_moves(a: Analysis) -> list[tuple[int, int]]:
    """Where each stock's move starts (what says when or how included) and
    ends: 午后涨停, 涨超5%, 6天5板, 晋级2连板 — not 上涨5%, 板块."""
    out = []
    last = 0
    t = a.text
    for anchor in SCANS.scan(MOVE_ANCHOR, t, a.memo):
        core = MOVE_CORE.match(t, anchor.start())
        if core is None or anchor.start() < last:
            continue  # …or inside the move before (晋级2|连板)
        last = core.end()
        start = core.start()
        if core.group().endswith("板") and not core.group().startswith(SPLIT_BOARDS):
            start = _count_start(t, start)  # 3连板, 6天5板: the count is the move's
            if start == core.start():
                continue  # 钢板, 面板: no count, no move
        elif t[start - 1 : start] in ("上", "下"):
            continue  # 上涨5%: a price's or an indicator's rise
        elif t[start - 1 : start] == "大" and core.group()[-1] in "%％":
            start -= 1  # 大涨22%, 大跌9% (but 国网英大|涨停)
        elif core.group() in ("涨停", "跌停") and (
            size := LIMIT_SIZE.search(t, max(0, start - 4), start)
        ):
            start = size.start()  # 20%涨停, 20cm涨停: the limit's size is the move's
        if t[start - 1 : start] in ("，", ",") and (
            price := CLOSING_PRICE.search(t, max(0, start - 14), start)
        ):
            start = price.start()  # 岚沐微|报12.5元，涨3.2%: its price, then its move
        out.append((_move_start(t, start), core.end()))
    return out


def _count_start(t: str, pos: int) -> int:
    """The start of the count before a limit board (5|板, 6天5|板), else ``pos``."""
    k = pos
    while k > 0 and t[k - 1].isdigit():
        k -= 1
    if k == pos and t.startswith("连板", pos):
        while k > 0 and t[k - 1] in BOARD_NUMERALS:
            k -= 1  # 三连板, 两连板: a run of limits counted in Chinese numerals
    if k < pos and t[k - 1 : k] == "天" and k > 1 and t[k - 2].isdigit():
        k -= 1
        while k > 0 and t[k - 1].isdigit():
            k -= 1
    return k


def _move_start(t: str, pos: int) -> int:
    """``pos`` moved left over the words that say when or how a stock moved
    (直线|涨停, 今起|停牌): where the stock's name ends."""
    while how := next((w for w in MOVE_HOW_WORDS if t.endswith(w, 0, pos)), ""):
        pos -= len(how)
    return pos
