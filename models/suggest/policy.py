"""POLICY: named policy instruments — laws, plans, programmes, campaigns,
reforms, mechanisms and models.

Evidence:

1. a title in 《》 (marks kept), unless it names a newspaper or a programme;
2. a quoted name: with the head noun glued to it or following within a few
   characters (“十四五”规划, “资本领投+银团跟贷”投贷联动机制, and a modifier
   before it when the quote sits inside the name: 基层党建“书记领航”行动);
   a quoted name that ends in its own head noun (“双千计划”), with the words
   a policy verb opens before it (实施招大引强“一号工程”); a quoted count
   of articles (稳经济“36条”) or a quote and its count (“三项改革”十条措施); a quoted name that a policy verb introduces
   (复制推广“投贷联动”) or that is a model of the form A+B (“管委会+公司”);
3. an unquoted name ending in a head noun (行动, 战略, 工程, 试点, 改革,
   机制, 保卫战…): a head that names a programme on its own (试点,
   三年行动, 保卫战) starts after the clause boundary, the others need a
   policy verb before the name (实施, 深化, 推进, 落实…), which is left out;
4. a law: a name ending in a law word and 法 (民营经济促进法, 环境保护法),
   after the policy verb that introduces it;
5. national strategies and documents known by name (policy_names.txt), and
   the items of a list that ends in 等国家战略 / 等政策措施;
6. every other occurrence in the same text of a name found above;
7. a year given to a campaign (“项目攻坚年”), and a name that the words
   after it say is in force (稳外贸政策持续发力, “两新”加力扩围);
8. documents as financial news cites them: by number (265号文, “60号文”),
   in quotes (“…指导意见”), by a title without 《》 after the body that issues
   it (市住建委关于执行《…》有关问题的通知), a regulation by 条例 and its
   草案; and one new instrument: a topic glued to 新政 (房贷新政, 5.17新政),
   新 before a topic and a head (新成品油定价机制, 新拆迁条例);
9. the language of work reports: negative lists (市场准入负面清单), guides and
   catalogues (…合规指引, …指导目录), campaigns of study (党史学习教育), two
   nouns sharing one reform or project (国防和军队改革), and national rules
   and initiatives known by name (中央八项规定, 全球发展倡议, “双创”);
10. the language of zone news: national programmes named bare (“一村一品”,
   “标准地”, 工业上楼), a system named by its 制 without the words around it
   (产业链“链长制”招商制度 → “链长制”), a set of articles named by its purpose
   (出台了|支持…发展的十条措施), a code of digits glued to a head (136机制),
   a quote that 之策 calls a policy.

A name starts after the clause in front of it: a verb phrase, a modal, an
adverb, a subject and its verb, a level or a place (主动对接国家“东数西算”工程
→ “东数西算”工程; 小微企业可以享受研发费用加计扣除政策 → 研发费用加计扣除政策),
a batch or edition (新版, 第二批, 新的, 首张), what was done to it (年初出台的|…政策),
a verb that widens or ends a pilot, a list or a battle (扩大|…试点, 拓展|“…”行动),
and a level inside the words (白马湖省级|产教融合试点).

Left out: slogans and targets (a quote with inner commas and no strong
head, “一城”, a zone's counted places “四区”), plan periods used as dates (“十五五”开局之年), generic
activities (深化改革, 各领域改革, 重点专项改革), business formats
(“汽车+旅游”等新业态), events and themes (“…”系列活动, 以“…”为主题),
firms' designations (“小巨人”企业), a firm's own plans (员工持股计划,
解决方案), a body's internal rules (内部“奖惩条例”), bare 新政 and the rules
that carry it out (房贷新政细则), a quoted order (“推进…改革”), the zoning of
one site (…控制性详细规划), titles of games, films and journals, counted
slogans (“两个毫不动摇”, “四大板块”), quoted domains of work (“三农”),
kinds of policy (存量政策, 基础性制度, 区域重大战略), and in zone news a quoted
place to build or status to reach (“…光谷”建设, “农业强市”), a site's
standard (“七通一平”), strategic cooperation or chances (“双一流”战略合作),
a quote's role (以“…”为指引), a list of actions (印发…、建立…、举办…等举措),
a body's institutions (…体制机制) and planning to build (规划建设)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from models.suggest.lexicon import (
    RULES_SCAN,
    Lexicon,
    find_in_one_text,
    load_list,
    load_table,
    word_ending_at,
    word_starting_at,
    words,
)
from models.suggest.places import place_names
from models.suggest.segment import (
    CJK_FIRST,
    CJK_LAST,
    Analysis,
    Candidate,
    NameRules,
    cut,
    last_of,
    word_freq,
    word_tag,
)

MAX_NAME = 40
MAX_PREFIX = 16
MAX_SUFFIX = 14
WINDOW = 26

BOUNDARY = set('，,。；;：:、！？!?\n（()）《》“”"‘’「」『』【】[]·…—')
# The last of BOUNDARY before a head (_heads' window), and the run after a
# quote that _head_after reads, found by one match each.
LAST_BOUNDARY = last_of("".join(sorted(BOUNDARY)))
HEAD_REACH = re.compile(
    f"[^{re.escape(''.join(sorted(BOUNDARY | set('的等'))))}]{{0,{MAX_SUFFIX + 6}}}"
)
ADVERBS = words(
    """深入 持续 大力 全力 扎实 积极 全面 加快 进一步 新一轮 好 切实 着力 继续 不断 稳步 纵深 率先 有序 统筹 认真 坚决 努力 加大 协同 同时 主动 深度 成功
    正式 重点 一体 联合 共同 了 并 和 与 及 再 还 也 将 要 着 已 正在 开始 现行 有力
    """
)
# Adverbs before a verb, adjectives before a noun (重点推进 / 重点群体).
NOUN_MODIFIERS = frozenset(words("重点"))
ADVERBS_BY_FIRST: dict[str, list[str]] = {}
for _adverb in ADVERBS:
    ADVERBS_BY_FIRST.setdefault(_adverb[0], []).append(_adverb)
# Words before a head that make the name generic (深化改革, 各领域改革, 重点专项改革).
GENERIC_NAMES = frozenset(
    words(
        """制度 体制 机制 体制机制 市场化 实际 迅速 具体 综合 相关 一系列 各项 国家 发展 重大 这一 该 此项 多项 系统 长效 工作 专项 三年 配套 全面 新一轮 一揽子
        主要 有关 总体 重要 积极 这项 这些 各类 重点 重点领域 重点专项 领域 各领域 改革 深化 行动 战略 政策 国家政策 产业政策 相关政策 优惠政策 支持政策 扶持政策
        一系列政策 组合 创新 科技创新 全面深化 深层次 试点 示范 联合 统一 实施 推进 落实 专项行动 整治 攻坚 提升 这 其 本 共同 公共 未来 今后 下一步 有效 新
        重大项目 中长期 五年 十年 年度 本年度 工作方案 实施方案 以下 系列 上述 若干 多项 一批 各级 两项 三项 以上
        开放 建设 区域重大 重大区域发展 国家重大 存量 增量 基础性 标志性 重大标志性
        惠企 助企 利企 援企 惠民 纾困 助企纾困 惠企利民 暖企
        """
    )
)
GENERIC_MARKS = ("等", "各", "的", "有关", "相关", "这些", "内部")
# Words that hold a generic mark and say something of their own (职业技能等级,
# 高等教育, 均等化, 平等): no list, no pointing.
WORDS_WITH_MARKS = re.compile("等级|高等|中等|初等|平等|同等|对等|均等|相等|等额|等量|等值")
# A count of policies in front says several unnamed ones (一系列稳增长政策).
COUNT_OF_POLICIES = ("一系列", "一揽子", "多项", "各项", "若干", "一批", "系列", "多个", "各类")
# Endings of the words before a head that make it generic (重点领域改革, 对外承包工程,
# 市场基础制度).
GENERIC_ENDINGS = words(
    """领域 方面 重点 承包 施工 安装 配套 基础设施 基础 和 与
    """
)
# After a head these words make it a modifier (试点城市, 改革任务, 规划目标).
NOT_AFTER_HEAD = words(
    """县 城市 地区 单位 企业 国家 实验室 处 部 司 科 室 系 学院 园区 示范区 名单 榜单 资金 经费 部署 目标 任务 要求 精神 经验 成果 成效 范围 方向 重点 期 性 化 城 村 镇 区 市 省 办 组
    领导小组 专班 文件 举措 试验区 实验区 先行区 示范 先行 委 合作 宣讲 兑现 研究 协议 伙伴 投资 布局 定位 意义 高度 咨询 创新 红利 工具 文件
    """
)
# After 战略 these make it an adjective, even after a quote (“双一流”战略合作协议,
# “一带一路”战略机遇): strategic cooperation or chances, no strategy named.
# What makes a head noun an adjective inside one word (战略性, 体系化).
ADJECTIVE_ENDINGS = ("性", "化")
STRATEGIC_THINGS = words("合作 机遇 伙伴 投资 意义 高度 地位 眼光 定力")
# Work done on a programme, which jieba may join to its head (工程建设, 计划编制).
WORK_ON_A_NAME = ("建设", "实施", "推进", "编制", "修订")
NOT_AFTER_SYSTEM = ("建设", "改革", "创新")
TIME_PREFIX = re.compile(
    r"^(?:[0-9０-９]{2,4}(?:—[0-9]{2,4})?年(?:度|底|初|末)?(?!前)|年度|今年|去年|明年|当年|近年来|目前|同时)"
)
# Which batch or edition of an instrument (新版|市场准入负面清单, 第二批|…试点,
# 首批|…改革试点, 新的|…支持政策): the order it comes in, not its name.
BATCH_PREFIX = re.compile(
    r"^(?:新版|新的|新一批|首批|首张|首个|首部|首单|第[一二三四五六七八九十0-9]{1,3}批)"
)
LEVEL_WORDS = ("省级", "市级", "县级", "区级", "国家级", "市本级", "省本级")
BODIES_BEFORE = "部门"
# Government bodies by the last character of their names (公安部, 统计局, 发改委,
# 财政厅, 海关总署) and the central bank's short names.
BODY_ENDS = ("部", "局", "委", "厅", "署")
CENTRAL_BANK = frozenset(words("央行 人民银行 人行"))
# Verbs that change a plan or a policy: right before its head noun, the head is
# their object (调整规划, 动态调整政策) and the words before them a clause.
CHANGING_VERBS = frozenset(words("调整 修改 变更 动态调整"))
MEDIA_ENDINGS = words(
    """报 日报 晚报 时报 周刊 杂志 网 频道 节目 新闻联播 电视台 广播 丛书 一书 专栏
    """
)
# What the title of a policy document ends with (before a bracketed period
# or 试行): a law, a plan, an opinion, a notice… (统计公报 and 研究报告 are not).
DOCUMENT_ENDINGS = words(
    """法 条例 规定 办法 意见 通知 通报 方案 规划 纲要 计划 措施 政策 决定 细则 指南 指引 目录 清单 行动 战略 工程 标准 规范
    规则 通则 制度 机制 决议 公告 批复 函 令 章程 准则 要点 工作报告 政府工作报告 若干规定 举措 条 项 倡议 宣言 路线图 议定书 协定
    """
)
# A letter a body addresses to those it binds or calls on (《告台湾同胞书》,
# 《…倡议书》, 《…责任书》): a document, as a notice is. (A white paper,
# 《…白皮书》, is most often a report, as a 研究报告 is: left out.)
LETTER_TITLE = re.compile("(?:^告.{2,16}|倡议|意见|建议|任务|责任|承诺|告知)书$")
# Plans that zone one site, plot by plot (控制性详细规划, 修建性详细规划).
SITE_PLANS = ("详细规划",)
# A listed firm's notice to its shareholders is a disclosure, not an
# instrument (《关于控股股东股份质押的公告》); so is a contract (《设备采购合同》).
FIRM_NOTICE = re.compile(
    r"(?:股份|股东|股票|股权|股价|董事|监事|高级管理人员|高管|辞任|离任|辞职|募集|质押|回购|减持|增持|重组|上市|停牌|复牌|"
    r"业绩|分红|权益|担保|诉讼|合同)[^《》]*(?:公告|提示性公告)$"
)
# A document cited by its number (财建〔2023〕315号文, 国办发〔2024〕5号); in
# brackets after a title it is the title's, not a name of its own.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,6}[〔［\[][0-9]{4}[〕］\]] ?[0-9]{1,4} ?号(?:文件|文)?")
# A document known by its number alone (银监会265号文, 国务院“10号文”); with a
# bracketed year DOC_NUMBER finds it.
NUMBERED_DOCUMENT = re.compile(r"(?<![0-9０-９〕］\]])[0-9０-９]{1,4}号文(?![件化])")
# Words before a head that point at an instrument named elsewhere (“新办法”).
POINTING_WORDS = frozenset(words("新 该 这 此 本 这一 这项 相关 有关 上述 现行"))
# Marks inside a quote that make it a slogan or a sentence, not one name.
SLOGAN_MARKS = frozenset("、，,；;！!？?。")
# A document's name in quotes instead of 《》 (“北京市金融指导意见”, “放贷人条例”);
# 细则 and 通知 are as often a bank's own rules and notices (银行“二套房细则”).
QUOTED_DOCUMENT_ENDINGS = words("意见 办法 规定 条例 决定 纲要 通则 法案")
# What names the document before its ending: “国家规定” names none.
MIN_DOCUMENT_TOPIC = 3
# A date glued to 新政 names it (5.17新政, 930新政).
NEW_POLICY_DATE = re.compile(
    r"(?<![0-9０-９.])[0-9０-９]{1,2}[.．·][0-9０-９]{1,2}|(?<![0-9０-９])[0-9]{3,4}(?=新政)"
)
NEW_POLICY_RULES = ("细则", "实施细则")
# Heads of one instrument that 新 before its topic names as revised; all
# but 条例 need a topic of two words (新成品油定价机制; not 新考核机制).
RENEWED_HEADS = frozenset(words("机制 条例 办法 规定 政策 制度 规则 标准"))
RENEWED_STRONG = frozenset(words("条例"))
MAX_RENEWED = 12
MAX_TOPIC_WORDS = 4
MAX_ISSUER_CODE = 4
# How far back the policy verb that opens a list of names may stand.
MAX_LIST = 80
ISSUER_CODE_STOPS = set("在据照以和与及、的为按对厅局部委府室会")
# A document's title without 《》 after the verb that issues it or the body
# that issues it (印发关于促进民营经济发展壮大的意见, 市住建委关于执行《…》有关问题
# 的通知): a title may cite another in 《》. A bank's 关于 is no issuer's; the
# central bank's is.
ISSUED_TITLE = re.compile(
    # the lookahead: where a title can start, tested before the lookbehinds
    r"(?=[印出发下颁制关])"
    r"(?:(?:印发|出台|发布|下发|颁布|制定|制发)了?|(?<=[委部局厅办府院署会])|(?<=央行)|(?<=人民银行))"
    r"(关于(?:[^，,。；;：:！？!?\n《》“”]|《[^《》\n]{2,40}》){2,50}?的"
    r"[\u4e00-\u9fff]{0,10}?(?:若干政策措施|政策措施|若干政策|若干措施|指导意见|实施意见|意见|通知|决定|办法|规定|"
    r"措施|实施方案|方案|通告|公告|细则))"
)
# Endings after a title's ending that name a document carrying it out
# (…的实施方案|若干措施, …的意见|实施细则).
CARRYING_OUT_ENDINGS = tuple(
    sorted(words("若干措施 若干政策措施 若干政策 实施细则 细则 补充通知"), key=len, reverse=True)
)
# A document's title on a line of its own, without 《》: 关于…的若干政策.
TITLE_LINE = re.compile(r"(?:^|\n)(关于[^\n，。；：《》“”]{4,60}?)(?=\n|$)")
# A draft of a regulation or a law is named with it (…条例草案, …法修正案).
DRAFTS = words("修正草案 修订草案 草案 修正案 征求意见稿")
DRAFTED = ("条例", "法", "办法", "规定")
# Money after 专项 makes it a fund's or a loan's kind (专项借款, 专项资金).
FUNDS = tuple(words("借款 贷款 再贷款 债 债券 资金 经费 补助 补贴 基金 奖励"))
# A number in a series of documents after a title's name (…指引第10号).
SERIES_NUMBER = re.compile(r"第[0-9０-９一二三四五六七八九十百]{1,4}号$")
TITLE_TAIL = re.compile(r"(?:[(（][^()（）]{1,16}[)）])+$")
# A count of articles after a quote, with the word for them (“惠企”十条措施).
ARTICLES_AFTER = re.compile(
    r"[0-9０-９一二两三四五六七八九十百]{1,4}条(?:政策措施|支持措施|措施|政策|举措|意见|规定)?"
)
# Words before a head that only count (10条措施, 三项).
COUNT_ONLY = re.compile(r"^[0-9０-９一二两三四五六七八九十百几多]*$")
ARTICLES = re.compile(r"^[\u4e00-\u9fff]{0,8}?[0-9０-９一二三四五六七八九十百]+条$")
PLUS_MODEL = re.compile(
    r"^(?=.*[\u4e00-\u9fff]{2})[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:[+＋][\u4e00-\u9fffA-Za-z0-9]{0,12})+$"
)
# A zone's slogan of counted places: “四区”, “一城一中心”, “两核多极”.
ZONE_SLOGAN = re.compile(
    r"^(?:[一二两三四五六七八九十百千万多]+(?:区|城|中心|基地|极|核|带|圈|廊|谷|港|都|园|翼|轴|片|点|心))+$"
)
# A bare quote that counts principles or regions (“两个毫不动摇”, “四个不摘”,
# “四大板块”) is a political slogan; counted programmes end in their head
# (“六大行动”, “两项改革”) and are taken before.
COUNTED_SLOGAN = re.compile(r"^[一二两三四五六七八九十]+[个大]")
# The longest item of a list whose head the last item carries for all (蓝天、碧水、净土保卫战).
MAX_LIST_ITEM = 4
# One or more phrases of three or four characters between 、: the middle of a
# parallel slogan (its first phrase is before, its last phrase and head after;
# matched from the rare 、, so most of the text is skipped at once).
PARALLEL_ITEMS = re.compile(r"、(?:[\u4e00-\u9fff]{3,4}、)+")
# A code of three or four digits glued to a head, not a year (136机制, 511工程).
# (A digit is tested first, before the lookbehind: most positions fail at once.)
PROGRAMME_HEADS = ("机制", "工程", "计划", "行动")
# What four rules scan every text for, compiled once: re.finditer given a
# pattern's source looks it up in re's cache at each call.
BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")
LAW_CHAR = re.compile("法")
NEW_POLICY = re.compile("新政")
NEW_CHAR = re.compile("新")
NUMBERED_PROGRAMME = re.compile(
    r"(?=[0-9])(?<![0-9０-９.%A-Za-z+＋])(?!(?:19|20)[0-9]{2})[0-9]{3,4}"
    f"(?:{'|'.join(PROGRAMME_HEADS)})"
)
# What every such match holds: a digit glued to the head. Rare in news (one
# gold article in two hundred): _digit_before_programme seeks it from the
# heads, where this pattern, led by a class, is tried at every digit.
DIGIT_BEFORE_PROGRAMME = re.compile(f"[0-9](?:{'|'.join(PROGRAMME_HEADS)})")
# A set of articles named by its purpose, after the verb that issues it.
PURPOSE_ARTICLES = re.compile(
    r"(?:出台|印发|制定|发布|推出|落实|实施)了?"
    r"((?:支持|促进|扶持|推动|加快|鼓励)[\u4e00-\u9fff]{2,16}?(?:发展|建设|升级|转型|创新|提升)"
    r"的?(?:[0-9０-９一二三四五六七八九十]+条|若干)(?:政策)?措施)"
)
# A site's readiness standard (“七通一平”, “九通一平”: roads, water, power…
# connected and the ground levelled), not a programme.
SITE_STANDARD = re.compile(r"^[三四五六七八九十]通一平$")
# Quoted nicknames of a domain of work, not of a programme (“三农”工作).
QUOTED_DOMAINS = frozenset(words("三农"))
PLAN_PERIOD = re.compile(r"^十[一二三四五六七八九十]五$")
# After a bare quote, words that treat it as a programme: “数字重庆”建设,
# “两重”“两新”领域.
PROGRAMME_AFTER = ("建设", "领域", "工作", "政策")
# A bare quote that ends like a place or a rank names a place to build or a
# status to reach (“湾区光谷”建设, 为“农业强市”建设, “国际花园城”), not a programme.
PLACE_TARGET = re.compile(r"(?:[谷港湾岛都]|(?<!城)城|强[省市县区镇村]|大[省市县])$")
# Before a bare quote, these make it a status or a destination.
STATUS_BEFORE = set("由向从到成")
NOT_A_POLICY_AFTER = re.compile(
    r"^(?:等)?(?:新)?(?:业态|场景|产品|品牌|服务|消费|之城|产业|项目|合作|企业|称号|名单|榜单|工厂)"
    # an event or a theme: “…”系列活动, 以“…”为主题, “…”购物节
    r"|^(?:为)?(?:系列|主题|专题|宣传[周月日]|活动[周月日]|[\u4e00-\u9fff]{0,4}?(?:节|大赛|论坛|峰会|晚会|博览会|展会|交易会|推介会|发布会))"
    r"|^[\u4e00-\u9fff]{0,6}(?:项目|平台|品牌|产品|园区|基地|中心|商城|大会)"
    # what a firm, a resort or a railway offers: “夜游…”新玩法, “…”专列, “…”指数
    r"|^[\u4e00-\u9fff]{0,4}?(?:玩法|优惠|专列|列车|线路|航线|套餐|指数|篮球赛|足球赛|联赛|赛事|比赛|演出|红包|打卡|基金|奖|贷款)"
    # a task, a target or a principle: “六稳”“六保”任务, “四个不摘”要求, “…”理念
    r"|^的?(?:任务|要求|目标|理念|方针|原则|定位|总基调|底线|总体布局)"
)
# A quote that ends in these names a theme, a trip, an event, a place or an
# account, not an instrument (“票根经济”, “银发旅游专列”, “…文化节”, “…之家”,
# “…旗舰店”, “碳账户”).
THEME_ENDINGS = words(
    "经济 专列 列车 之旅 旅游 节 赛 季 指数 效应 现象 热 风 之家 店 馆 站 驿站 中心 基地 账户"
)
# “资本+产业”的招商模式: a model named before the word that says it is one.
MODEL_AFTER = re.compile(r"(?:的|等)?[\u4e00-\u9fff]{0,6}?(?:模式|机制|体系|改革|路径)")
ETC_HEAD = re.compile(
    r"^[^，。；！？\n]{0,14}?等[\u4e00-\u9fff]{0,6}?(?:改革|模式|机制|政策|举措|试点|融资模式)"
)
LIST_END = re.compile(
    r"等(?:一揽子|重大|国家|一系列|相关)?(?:战略|政策措施|政策|举措|重大战略)(?![性])"
)
LAW_WORDS = words(
    """促进 保护 管理 防治 安全 监督 保障 投资 竞争 垄断 登记 劳动 合同 证券 商标 专利 著作权 预算 审计 统计 招标投标 税 治安 救助 振兴 规划 教育 卫生
    食品安全 生产 节约 利用 交易 银行 保险 公司 商务 贸易 进步 海关 会计 破产 仲裁 担保 价格 广告 产品质量 标准化 循环经济 节能
    制裁 关系 间谍 资源 诈骗 组织 能源 诉讼 处罚 浪费 衍生品 秘密 生育 许可 复议 赔偿 管制 监察
    消防 森林 草原 种子 档案 测绘 港口 公路 铁路 航空 邮政 电力 煤炭 建筑 票据 信托 农业 渔业 畜牧 洗钱 物权 合作社 慈善 旅游 企业
    """
)
NOT_LAWS = words(
    """方 办 做 想 看 说 手 司 合 依 非 执 立 违 守 用 写 疗 工作 算 书 语 兵 章 技 打 玩 设 无 没 效 网 宪 国 刑 民
    """
)
# Policy triggers that are prepositions: a verb after them opens a clause.
PREPOSITION_TRIGGERS = frozenset(words("以 把 将 在 按照 依据 依照 根据 作为"))
# Of these, the ones that open a place or a scope before the clause's verb
# (在武汉|推出|…政策).
WHERE_TRIGGERS = frozenset(words("在"))
# Characters that, as words of their own, end a clause before a name:
# pronouns, an aspect mark and common verbs (这一…, 推出了…, 首批获…).
CLAUSE_CHARS = frozenset("这其该此了获是被内里后")
# A year given to a campaign: “项目攻坚年”, “营商环境优化提升年”.
CAMPAIGN_YEAR = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:建设|攻坚|管理|提升|服务|突破|推进|效能|作风|落实|优化|发展|招商|质量|创新|改革|"
    r"转型|振兴|赋能|引领|跨越|实干|奋进|提质|增效|强基|开放)年$"
)
# Public bodies as the subject of a policy verb: 政府推出…计划.
BODY_SUBJECTS = ("政府", "国务院", "部", "委", "局", "办", "厅", "银监会", "证监会", "央行")
# Firms and branches before 试点 use it as a verb (邮储银行重庆分行试点信用村).
FIRM_BEFORE_PILOT = ("银行", "分行", "支行", "公司")
# Head nouns that a known name keeps when they are glued to it (以旧换新政策).
# After a known name and its head, the words that deploy or carry it out
# (…发展战略部署以来, …政策红利): the head still belongs to the name.
KNOWN_KEEP_HEAD = ("战略", "政策", "行动", "工程")
DEPLOYED = tuple(words("部署 红利 要求 任务 目标"))
# After 指引 these make it the verb (在…战略指引下, 指引了方向), no document.
GUIDING_AFTER = frozenset("了下着")
GLUED_AFTER_KNOWN = ("政策", "战略", "行动", "工程", "计划", "改革", "试点", "规划", "指引")
# After a name, words that say it is an instrument in force.
IN_FORCE = re.compile(
    "(?:持续|加快|全面|正式|逐步|有效)?(?:落地|实施以来|实施后|出台以来|出台后|开展以来|启动以来|施行|生效|发力|见效|显效|效应|红利|加力|扩围|落地见效|"
    "取得(?:明显|显著)?成效|延续(?:实施)?至|延期至)"
)
# A zone named by its kind alone before a programme (高新区|…三年行动, 园区|
# …培育工程) says who carries it out (issue 14 item 2); before a reform, a
# rule or a plan the zones are its topic (开发区管理制度改革, 高新区条例).
BARE_ZONES = ("高新区", "经开区", "开发区", "园区", "新区")
ZONE_CARRIES = ("行动", "行动计划", "工程", "战略")
# Heads that say what kind of thing the name before them is.
CATEGORY_HEADS = ("国家战略", "重大战略", "国家政策")
# Heads of pilots: one named by what it tries (A和B试点 is B's pilot);
# documents keep every word of their titles (…更新和…以旧换新行动方案).
PILOTS = ("试点", "试点示范", "试点项目")
# Verbs that carry a policy out and never stand inside its name (开展 too:
# 在上海|开展|服务业扩大开放综合试点, where the place and the verb were kept).
GOVERNING_VERBS = frozenset(
    words("推进 实施 实行 推行 落实 出台 印发 深化 贯彻 开展 推广 复制推广 试行 推开")
)
# Heads that two joined nouns share as one name (国防和军队|改革, …|改革方案).
SHARED_HEADS = ("改革", "工程")
# Heads of names that are nouns, never a verb's phrase: a pilot, a battle
# (…改革试点, 蓝天保卫战), unlike 行动 and 机制 (降低…成本专项行动).
NOUN_NAMED_HEADS = (*PILOTS, "保卫战", "攻坚战", "会战", "负面清单")
# Public bodies listed with 、 before a name they adopted (市委、市政府…战略).
ISSUER_BEFORE_LIST = re.compile("(?:[省市县区]委|党委|党中央|中央|国务院)$")
# Verbs that carry out what bodies adopted, before the list of them.
CARRIED_OUT = re.compile("(?:贯彻|落实|执行|响应)好?[\u4e00-\u9fff]{0,4}?(?:委|中央)$")
ISSUER_AFTER_LIST = re.compile("[\u4e00-\u9fff]{0,4}?(?:[省市县区]政府|人民政府|国务院)")
# A year inside the words before a head (谋划2026年|…试点).
YEAR_INSIDE = re.compile("(?<![0-9])(?:19|20)[0-9]{2}年度?")
# Verbs of going into a mode (开启“满产”模式, 进入“火爆”模式): no model named.
MODE_ENTERED = re.compile("(?:开启|进入|切换到?|切换至|转入)了?$")
# A campaign named by its years alone (三年行动), the one the text speaks of.
COUNTED_YEARS_CAMPAIGN = re.compile("[一二两三四五六七八九十]年行动")
# Heads that a system of them names (政策体系, 制度体系).
SYSTEM_OF = ("政策", "制度", "规划", "标准")
# Heads that a slogan in quotes names a programme or a mechanism with, a
# kind word between them or not (“企业吹哨、部门报到”工作机制).
SLOGAN_HEADS = ("行动", "计划", "工程", "改革", "规划", "机制")
# A policy of one common word is a field of policy, not an instrument
# (货币政策, 产业政策, 调控政策); a rare one names it (封关政策).
DOMAIN_WORD_FREQ = 300
# After “…”活动, words that say a campaign is running (自“…”活动开展以来).
CAMPAIGN_RUNNING = re.compile("(?:开展|实施|启动)(?:以来|后|中)")
# Heads that a field before them leaves generic (货币政策, 交易制度, 考核机制).
FIELD_HEADS = ("政策", "制度", "机制")
# Words of support after a field of policy (税收优惠政策, 产业扶持政策).
SUPPORT_WORDS = frozenset(words("优惠 支持 扶持 奖补 补贴 激励 配套 保障"))
# A count after a quote: the quote is one of the things counted.
COUNTED = re.compile("[一二两三四五六七八九十几多0-9]+[大项个类条]")
# Words that close a scope before a name: 低空领域, 金融方面.
SCOPE_WORDS = frozenset(words("领域 方面 层面 行业 范围内"))
# Time adverbs before a name: 目前政策, 日后政策 name nothing.
TIME_WORDS = frozenset(words("目前 当前 日后 此前 今后 以后 之前 近期 现在 如今 届时 随后 之后"))
# Plans that firms make and sell, never a policy instrument.
PRODUCT_PLANS = (
    *words("解决方案 技术方案 设计方案 施工方案 产品方案 营销方案 治疗方案"),
    # a firm's own plans about its shares and its money
    *words(
        """重整计划 持股计划 激励计划 回购计划 回购方案 增持计划 减持计划 分红方案 分配方案 发行方案 股价方案 重组方案
        重组计划 收购方案 融资方案 资管计划 理财计划 信托计划"""
    ),
)
# A programme's nickname in quotes is at most this long (“一月一行一专场”).
MAX_NICKNAME = 8
# Words around a title that make it a work's: a game, a film, a book…
WORKS_AROUND = tuple(
    words(
        "游戏 网游 手游 电影 影片 大片 小说 剧集 电视剧 动画 漫画 专辑 歌曲 杂志 期刊 论文 玩家 上映 代言"
    )
)
# What makes a short title ending in 行动 a document's (《“无废城市”建设三年行动》,
# 《关于开展…行动》): a quote, a count of years, 关于, a year.
WORK_TITLE_DOCUMENT = re.compile(r"[“”\"0-9一二三四五六七八九十]|关于|年")
WORKS_AROUND_RE = re.compile("|".join(map(re.escape, WORKS_AROUND)))  # any of them, in one search
# Before a quoted works' name: a contract won or built, not a programme.
CONTRACTED = tuple(words("中标 承建 施工 承接 签约 竣工"))
# After a known name, words that make it the name of a firm, a fund or a
# stock market sector.
NAMES_SOMETHING_ELSE = re.compile(
    r"(?:集团|有限公司|公司|基金|板块|概念|指数|主题基金|水网|股份|银行|投资|等板块|等概念|概念股"
    # “两新”党组织: the new economic and social organisations, no programme
    r"|党组织|党建|组织|示范区|试验区)"
)
# A duration glued before a known name is part of it (240小时过境免签政策).
DURATION_BEFORE = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,3}(?:小时|天|日)$")
# Modal verbs: what follows them is a clause's predicate (可以享受…政策).
MODALS = frozenset(words("能够 应当 应该 需要 必须 可以 能 会 要 得以 愿意 将要 仍将 将会"))
# Verbs that may stand right before a quoted name and are not part of it.
# A zone or platform named after a programme: the name only modifies it.
ZONE_OF_A_NAME = ("创新试验区", "试验区", "示范区", "先行区", "服务平台", "平台")
# Verbs that make a clause of what stands before a head noun.
CLAUSE_VERBS = frozenset(
    words(
        """签署 签订 达成 召开 举行 作为 表示 介绍 宣讲 兑现 成为 进行 参加 出席 主持 会见 举办 位于 拥有 具有 包括 印发 发布 提出 认为 指出 列入 列为 纳入 放在
        """
    )
)
# Triggers that are prepositions (以, 将, 把, 在…): what follows them must
# say more to be a name.
WEAK_TRIGGER_ENDS = set("以将把在为据照")
PREFIX_STOP_CHARS = set("的在把将以对和与及由向从于是为了等个项")
SINGLE_LEVELS = set("省市县区")
# Zones and development areas: where a programme runs, never part of its name.
ZONE_ENDINGS = (
    *("高新区", "经开区", "开发区", "新区", "园区", "自贸区", "综保区", "保税区"),
    *("自治区", "试验区", "示范区", "先行区", "合作区", "片区"),
)
# Each zone ending cut in two (试验|区, 试|验区…), in the order _ends_in_zone
# tries them, and the second parts, sought at a span's end in one call first.
ZONE_SPLITS = tuple((zone[:i], zone[i:]) for zone in ZONE_ENDINGS for i in range(1, len(zone)))
ZONE_RESTS = tuple(dict.fromkeys(rest for _head, rest in ZONE_SPLITS))
# Words that join two nouns modifying one name (软件和信息服务业“…”行动计划).
COORDINATORS = set("和与及")
# Levels before a quoted name: who adopted it, not its name (国家“东数西算”工程).
QUOTE_LEVELS = frozenset(
    words("国家 全国 全省 全市 全区 全县 我国 我省 我市 我区 我县 本省 本市 中央")
)
# A whole place or our own as the one that carries a name out (全市, 我省);
# 国家 and 中央 may be a name's first word (国家科技重大项目04专项).
# Sorted, so the order _strip tries them in never follows the hash seed.
WHOLE_LEVELS = tuple(sorted(QUOTE_LEVELS - {"国家", "中央"}))
LEADING_PREPOSITIONS = set("从在由对向为以把将于被")
# Prepositions that jieba leaves as words of one character.
SINGLE_PREPOSITIONS = set("自据经随当沿按凭除跟给往朝比离同")
ONE_CHAR_PREPOSITIONS = frozenset(LEADING_PREPOSITIONS | SINGLE_PREPOSITIONS)
# Issuers before a quoted name, not part of it: 省委省政府“强省会”战略.
ISSUERS = ("委", "政府", "国务院", "中央", "办公厅")
# A company's name before a quote is its owner, not part of the programme's
# name: 上汽通用五菱汽车股份有限公司“一二五”工程; so are firms as a group
# (链主企业“一企带一链”模式).
FIRM_ENDINGS = ("公司", "集团", "银行", "企业")
# People an instrument is for, before a quoted name: its object, not part of
# its name (残疾人“两项补贴”制度, 困难群众“一户一策”帮扶机制).
BENEFICIARY_ENDINGS = tuple(
    words("人 群众 群体 农户 家庭 职工 农民 学生 老人 儿童 妇女 人员 脱贫户 困难户")
)
# Verbs that are the topic of a programme's name as often as they introduce
# one (乡村治理“积分超市”行动, 招商引资“28条”).
NOMINAL_VERBS = frozenset(
    words(
        """治理 建设 管理 发展 改革 服务 创新 保护 保障 监管 振兴 转型 开发 开放 合作 融合 升级 招商 引资 帮扶 消费 投资 就业
        创业 养老 教育 培训 整治 防治 监督 审批 生产 经营 制造 运输 交易 融资 贷款 评价 考核 统计
        """
    )
)
# Policy verbs that a programme's name is about as often as they introduce
# one (品牌创建行动, 文明城市创建工程).
NAMED_VERBS = frozenset(NOMINAL_VERBS | {"创建", "争创"})
# A word this frequent is a common word before it is a city's short name (和平).
COMMON_PLACE_WORD = 5000
# A verb at least this frequent in jieba's dictionary is grammar (坚持, 形成).
COMMON_VERB = 1000
# Verbs that widen, open, narrow or end a pilot, a list or a battle: said of
# the name, never its topic (扩大…试点 recurs in every year's work report).
SCOPE_VERBS = frozenset(words("扩大 增设 新设 推开 推广 缩减 压缩 放宽 完成 拓展"))
PREFIX_VERBS = words(
    """实现 进入 迎来 完成 编制 谋划 迈入 站在 围绕 对标 聚焦 学习 宣传 解读 提出 写入 列入 对照 坚持 打造 构建 参与 支持 助力 推动 加快 做好 抓好 用好
    发挥
    """
) + (
    PURSUING_VERBS := words(
        # verbs of pursuing a programme, never the start of its name (做实|…行动,
        # 紧扣|“1269”行动计划, 对标|…); the segmenter splits some (做|实, 对|标)
        """做实 抓实 抓牢 用活 做优 做强 做深 做细 实化 细化 深耕 打响 擦亮 唱响 叫响 放大 兑现 紧扣 锚定 瞄准 紧盯 践行 弘扬
    加力 迭代 复制 参照 依托 借助 抢抓 承接 扩围 对标 对表 对照 围绕 聚焦 用足 助力 支撑 赋能
    谋划 部署 抓紧 重启 跟进 压实 护航 聚力 发力 牵引 推开
    """
    )
)
# The same verbs read on the two characters before a position: the segmenter
# splits some of them (做|实, 对|标, 扩|围).
FRONT_VERBS = frozenset(PREFIX_VERBS)
FRONT_PURSUING = frozenset(PURSUING_VERBS)
# Verbs of supporting a programme (积极助力|…, 有力支撑|…, 全面赋能|…).
SUPPORT_VERBS = frozenset(words("助力 支撑 赋能"))
SUPPORT_RE = re.compile("|".join(sorted(SUPPORT_VERBS)))
# A verb and 好 (do well) is an order about a name, never its first word.
# Longest first, in a fixed order: 用足用好 must be tried before 用足, and a
# set's order would change with the hash seed from one run to the next.
DONE_WELL_VERBS = tuple(
    sorted(
        words("抓好 用好 用足用好 用足 做好 管好 办好 落实好 执行好 贯彻好"), key=len, reverse=True
    )
)
BARE_TRIGGERS = words(
    """实施 推行 推出 推广 复制推广 深化 探索 落实 开展 融入 共建 出台 启动 创新运用 运用 采用 推进 完善 健全 建立 试行 实行
    发放 设立
    """
)
# Any of them, found in one search (not one test per word).
BARE_TRIGGER = re.compile("|".join(map(re.escape, BARE_TRIGGERS)))
# Heads of what a firm has of its own when it is the clause's subject
# (集团推进数字化转型战略, 银行实施零售转型战略): a strategy, not an instrument.
FIRM_OWN_HEADS = ("战略", "方案", "计划", "模式")
# A firm as a subject: a word ending so (the central bank and policy banks
# are public bodies).
FIRM_SUBJECT = re.compile(r"(?<!人民)(?<!开发)(?<!进出口)(?:公司|集团|银行|企业)")
# A firm and its verb of launching, adverbs between, right before a name.
FIRM_LAUNCHES = re.compile(
    FIRM_SUBJECT.pattern
    + r"[^，,。；;：:！？!?\n]{0,4}?(?:推出|启动|实施|发布|制定|推行|开启|提出|确立)了?$"
)
# The same verb after a firm news names by its short name (沃尔玛启动|…计划,
# 长安汽车提出的|“…”战略), read from the end of the name.
FIRM_NAMED_LAUNCHES = re.compile(
    r"[^，,。；;：:！？!?\n]{0,4}?(?:推出|启动|实施|发布|制定|推行|开启|提出|确立)[了的]?"
)
# Heads that name a system (河长制, 注册制, 承诺制, …工作法): after another
# head they are its object, not a longer head (科创板试点|注册制).
SYSTEMS_NAMED = ("长制", "注册制", "承诺制", "工作法")
CJK = re.compile(f"[{CJK_FIRST}-{CJK_LAST}]")


@dataclass(frozen=True)
class _Resources:
    heads: dict[str, str]
    chain_heads: tuple[str, ...]
    head_lexicon: Lexicon
    triggers: tuple[str, ...]
    trigger_re: re.Pattern
    trigger_words: frozenset[str]
    trigger_tail: re.Pattern
    trigger_end: re.Pattern
    named_head: re.Pattern
    names: Lexicon
    places: frozenset[str]
    firms: Lexicon


@lru_cache(maxsize=1)
def resources() -> _Resources:
    heads = {row[0]: (row[1] if len(row) > 1 else "trigger") for row in load_table("policy_heads")}
    triggers = tuple(sorted(load_list("policy_triggers"), key=len, reverse=True))
    return _Resources(
        heads=heads,
        chain_heads=tuple(
            sorted(
                (h for h in heads if heads[h] != "glued" and not h.endswith(SYSTEMS_NAMED)),
                key=len,
                reverse=True,
            )
        ),
        head_lexicon=Lexicon({h: h for h in heads}, shared=RULES_SCAN),
        triggers=triggers,
        trigger_re=re.compile("|".join(map(re.escape, triggers))),
        trigger_words=frozenset(t for t in triggers if len(t) >= 2),
        trigger_tail=re.compile(
            "(?:"
            + "|".join(re.escape(x) for x in triggers if len(x) >= 2)
            + ")(?:"
            + "|".join(map(re.escape, sorted(ADVERBS, key=len, reverse=True)))
            + ")*$"
        ),
        trigger_end=re.compile(
            "(?:" + "|".join(re.escape(x) for x in triggers if len(x) >= 2) + ")$"
        ),
        named_head=re.compile(
            ".(?:"
            + "|".join(
                re.escape(h) for h in sorted(heads, key=len, reverse=True) if heads[h] != "glued"
            )
            + "|模式|工程|专项|(?<=..)制)$"
        ),
        names=Lexicon({n: "POLICY" for n in load_list("policy_names")}, shared=RULES_SCAN),
        places=place_names(),
        # the company rules' known firms: their strings are in the shared scan already
        firms=Lexicon({row[0]: "" for row in load_table("company_names")}, shared=RULES_SCAN),
    )


class PolicySuggester(NameRules):
    """Patterns for policy names."""

    name = "policy"
    version = "16"
    label = "POLICY"

    def find(self, a: Analysis) -> list[Candidate]:
        r = resources()
        cands: list[Candidate] = []
        cands += self._titles(a)
        cands += self._quotes(a, r)
        cands += self._heads(a, r)
        cands += self._laws(a, r)
        cands += self._known(a, r)
        cands += self._lists(a, r)
        cands += self._new_policies(a, r)
        cands += self._renewed(a)
        cands += _purpose_articles(a.text)
        cands += _numbered_programmes(a)
        cands += _parallel_slogans(a, r)
        cands = _verb_glued_to_known(a, r, cands)
        cands = _resolve(cands)
        cands += self._propagate(a, cands)
        cands = _resolve(cands)
        t = a.text
        return [c for c in cands if "\n" not in t[c.start : c.end] and not _ends_in_zone(a, c.end)]

    # -- 1. titles -----------------------------------------------------------------

    def _titles(self, a: Analysis) -> list[Candidate]:
        out = []
        for m in BOOK_TITLE.finditer(a.text):
            title = _title_proper(m.group(1))
            media = title.endswith(MEDIA_ENDINGS) and not title.endswith("通报")
            if media or not (title.endswith(DOCUMENT_ENDINGS) or LETTER_TITLE.search(title)):
                continue  # a newspaper, a book, a report: not an instrument
            if title.endswith(SITE_PLANS):
                continue  # 《…基地控制性详细规划》: the zoning of one site, no instrument
            if _title_of_a_work(a.text, m.start(), m.end(), title) or FIRM_NOTICE.search(title):
                continue
            out.append(Candidate(m.start(), m.end(), 0.95, "title"))
        # the pattern starts with an alternation (a line's start), tried at
        # every character; most articles hold no 关于 at all
        for m in TITLE_LINE.finditer(a.text) if "关于" in a.text else ():
            if TITLE_TAIL.sub("", m.group(1)).endswith(DOCUMENT_ENDINGS):
                out.append(Candidate(m.start(1), m.end(1), 0.8, "title line"))
        numbered = "〔" in a.text or "［" in a.text or "[" in a.text  # cheap first
        for m in DOC_NUMBER.finditer(a.text) if numbered else ():
            start = _issuer_code_start(a.text, m.start(), m.end())
            if _in_brackets(a.text, start):
                continue  # 《…》（国办发〔2022〕9号）: the title's number
            out.append(Candidate(start, m.end(), 0.8, "document number"))
        out += _numbered_documents(a.text)
        for m in ISSUED_TITLE.finditer(a.text) if "关于" in a.text else ():
            end = m.end(1)
            more = word_starting_at(a.text, end, CARRYING_OUT_ENDINGS)
            if more:
                end += len(more)  # …的实施方案|若干措施: a document carrying out another
            if end < len(a.text) and CJK.match(a.text[end]) and end not in a.starts:
                continue  # the ending is the start of a longer word
            if a.text.rfind("《", 0, m.start(1)) > a.text.rfind("》", 0, m.start(1)):
                continue  # 《国务院关于…的通知》: inside a title that has its marks
            if not FIRM_NOTICE.search(m.group(1)):
                out.append(Candidate(m.start(1), end, 0.8, "title:issued"))
        return out

    # -- 2. quotes -----------------------------------------------------------------

    def _quotes(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        quotes = a.quotes
        for i, (qs, qe) in enumerate(quotes):
            content = t[qs + 1 : qe]
            if not content.strip() or "\n" in content:
                continue
            end = qe + 1
            if t.endswith("内部", 0, qs):
                continue  # 银行按照内部“奖惩条例”: a body's own rules, no public instrument
            if _directive(content, r):
                continue  # 全会“推进农村经济改革”: a quoted order, not a name
            if _campaign_year(content) and not t.startswith(("工作", "建设"), end):
                # the year is the campaign's name; 活动 after it is no head
                out.append(Candidate(qs, end, 0.8, "quote:campaign year"))
                continue
            if _in_a_work(t, qs, end):
                continue  # a game's mode, a film's plot: 游戏中的“秘密行动”
            slogan = not SLOGAN_MARKS.isdisjoint(content)
            articles = ARTICLES_AFTER.match(t, end)
            if articles and not slogan and _articles_end(a, articles):
                # “三项改革”十条措施, “惠企”20条: a set of articles named by the quote
                out.append(
                    Candidate(_prefix_start(a, r, qs), articles.end(), 0.85, "quote+articles")
                )
                continue
            head = _head_after(a, r, end, slogan=slogan, trigger_before=_trigger_before(a, r, qs))
            if head is not None and content.endswith("制") and t[end : end + 1] not in "试改":
                # 产业链“链长制”招商制度: a system named by its 制 is the whole name;
                # the words around it say where it is used (a head glued on stays:
                # “创新积分制”试点, “承诺制”改革)
                out.append(Candidate(qs, end, 0.85, "quote:named"))
                continue
            if head is not None:
                start = _prefix_start(a, r, qs)
                if t.endswith(FIRM_OWN_HEADS, 0, head) and _firm_acts(a, r, start):
                    continue  # 公司启动“百城千店”计划: the firm's own plan
                if t.endswith(PRODUCT_PLANS, 0, head):
                    continue  # “…”多元化融资方案, “…”解决方案: what a firm offers
                if t.startswith("模式", end) and MODE_ENTERED.search(t, max(0, qs - 4), qs):
                    continue  # 工厂开启“满产”模式: a mode gone into, no model named
                out.append(Candidate(start, head, 0.9, "quote+head"))
                continue
            if t.startswith("之策", end) and not _directive(content, r):
                # 落实“亲商、安商、重商、富商”之策: the words say it is a policy
                out.append(Candidate(qs, end, 0.8, "quote:policy"))
                continue
            if ARTICLES.match(content):
                out.append(Candidate(_prefix_start(a, r, qs), end, 0.85, "quote:articles"))
                continue
            if (
                slogan
                and _parallel(content.split("、"), 2)
                and (_trigger_before(a, r, qs) or _bare_trigger(a, qs))
                and (end >= len(t) or not CJK.match(t[end]) or t.startswith(PROGRAMME_AFTER, end))
            ):
                # 推进“增品种、提品质、创品牌”工作: a formula of parallel phrases
                # that a policy verb carries out names the programme
                out.append(Candidate(qs, end, 0.8, "quote:slogan"))
                continue
            if slogan or PLAN_PERIOD.match(content) or _numeric(content):
                continue
            if _quoted_document(content):
                out.append(Candidate(qs, end, 0.85, "quote:document"))
                continue
            if ZONE_SLOGAN.match(content):
                continue  # “四区”, “三区一中心”: a zone's own targets, no instrument
            if _ends_with_head(content, r):
                if _generic_quote(content, r):
                    continue  # “新政策”, “相关机制”: a word for one named elsewhere
                if not content.endswith(PRODUCT_PLANS) and not t.endswith(CONTRACTED, 0, qs):
                    out.append(Candidate(_modifier_start(a, r, qs), end, 0.85, "quote:named"))
                continue

            if COUNTED_SLOGAN.match(content) or SITE_STANDARD.match(content):
                continue  # “两个毫不动摇”, “四大板块”, “九通一平”: a slogan or a standard
            if content in QUOTED_DOMAINS:
                continue  # “三农”: a domain of work

            # the end of a run of quotes: “汽车+商贸”“汽车+旅游”等新业态
            run_end = end
            j = i
            while j + 1 < len(quotes) and quotes[j + 1][0] == run_end:
                run_end = quotes[j + 1][1] + 1
                j += 1
            if NOT_A_POLICY_AFTER.match(t[run_end : run_end + 6]):
                continue
            if t[qs - 1 : qs] in STATUS_BEFORE and qs > 0:
                continue  # 由“农业大县”向“农业强县”: a status, not a programme
            if PLACE_TARGET.search(content):
                continue  # 推进“湾区光谷”建设: a place to build, not a programme
            introduced = (
                _bare_trigger(a, qs)
                or ETC_HEAD.match(t[run_end : run_end + 24])
                or t.startswith(PROGRAMME_AFTER, run_end)
                or IN_FORCE.match(t, run_end)  # “两新”加力扩围
            )
            if content.endswith(THEME_ENDINGS) and re.search("[+＋]", content):
                continue  # “乡村振兴示范带+全域旅游”建设: a business format, not a model
            if PLUS_MODEL.match(content) and (introduced or MODEL_AFTER.match(t, run_end)):
                out.append(Candidate(qs, end, 0.7, "quote:model"))
            elif introduced and _nickname(content) and not content.endswith(THEME_ENDINGS):
                # a bare slogan after a policy verb: often a programme, often
                # only a slogan (the learned scorer judges it); a low score
                out.append(Candidate(qs, end, 0.5, "quote:context"))
        return out

    # -- 3. unquoted names with a head noun ---------------------------------------

    def _heads(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        for hs, he, head, _ in r.head_lexicon.find(t, a.memo):
            kind = r.heads[head]
            if kind == "glued" or t.endswith(PRODUCT_PLANS, 0, he):
                continue  # 全方位解决方案: what a firm sells, no instrument
            if head == "指引" and t[he : he + 1] in "了下着":
                continue  # 在…思想指引下, 指引了方向: the verb, no guidance document
            if head.startswith("试点") and t[hs - 1 : hs] == "并":
                continue  # 设立科创板并试点注册制: 试点 is the verb here
            if head == "负面清单" and t.startswith("管理", he):
                continue  # 准入前国民待遇加负面清单管理: a way of managing, no list named
            if head == "规划" and t.startswith("建设", he):
                continue  # 在…规划建设200万锭纺纱: to plan and build, no plan named
            if t.endswith("体制机制", 0, he):
                continue  # 完善高新区体制机制: a body's institutions, no mechanism named
            # the window opens after the last boundary in the WINDOW
            # characters before the head: one match backs up to it, where a
            # loop stepped back a character at a time
            lo = max(0, hs - WINDOW)
            win = m.end() if (m := LAST_BOUNDARY.match(t, lo, hs)) else lo
            issued = _issuers_listed(t, win, hs)
            if issued is not None:
                # 贯彻市委、|市政府…战略: the clause opens before the bodies listed
                win, issued = issued
            listed = False
            if (
                kind != "strong"
                and not r.trigger_re.search(t, win, hs)
                and not t.startswith(r.chain_heads, he)
                and not IN_FORCE.match(t, he)
                and not (listed := _listed_after_trigger(a, r, win, head))
            ):
                continue  # cheap: no policy verb, and no stronger head follows
            he2 = _extend_head(a, r, he)
            if he2 is None:
                continue
            he, head = he2, t[hs:he2]
            kind = min((r.heads.get(head, kind), kind), key=("strong", "trigger").index)
            trig = _first_trigger(a, r, win, hs)
            if trig is not None and _trigger_word_ending(a, r, trig) in WHERE_TRIGGERS:
                # 在武汉|推出|…政策: the place the preposition opens, then the
                # verb; the name begins after the verb
                trig = _verb_after_place(a, r, trig, hs) or trig
            after_trigger = -1
            if trig is not None:
                start = after_trigger = _strip(a, r, trig, hs)
                if kind == "strong" and _clause_after(a, r, trig, start):
                    # 将缩减|外资准入负面清单: 将 opens the predicate, its verb's
                    # object is the name a strong head makes
                    start = after_trigger = _strip(a, r, a.token(start)[1], hs)
            elif kind == "strong" or IN_FORCE.match(t, he) or listed:
                # a strong head, a name that the words after it say is in
                # force (稳外贸政策持续发力, …行动实施以来), or an item of a
                # list that a policy verb opens (实施A战略、B战略)
                start = _strip(a, r, win, hs)
            else:
                continue
            start = _strip(a, r, _after_clause(a, r, start, hs), hs)
            start = _strip(a, r, _strip_places(a, r, start, hs), hs)
            start = _strip(a, r, _after_bare_zone(a, start, hs, head), hs)
            start = _strip(a, r, _after_year(a, start, hs), hs)
            if issued is not None and start < issued:
                start = issued  # 贯彻市委、市政府|工业强市战略: who adopted it, not its name
            if t.endswith(NOUN_NAMED_HEADS, 0, he):
                start = _past_leading_verb(a, start, hs)
            joins = [
                p
                for p in range(start, hs)
                if t[p] in "和与及或" and p in a.starts and p + 1 in a.starts
            ]
            if joins and kind != "strong":
                first = t[start : joins[-1]]
                if _ends_with_head(first, r) and not _generic_mark(first):
                    start = joins[-1] + 1  # 创新驱动发展战略和|人才强区战略: the second name
                elif (
                    start != after_trigger
                    or not _shares_the_head(t, start, hs, head)
                    or r.trigger_re.search(t, start, hs)
                ):
                    continue  # 招商引资和产业政策: two things, not one name
            if joins and t.endswith(PILOTS, 0, he):
                start = joins[-1] + 1  # 养老年金保险和|专属商业养老保险试点
            start = _after_governing_verb(a, start, hs)
            start = _after_verb_in_yu(a, start, hs)
            start = _after_level(a, start, hs)
            start = _after_single_level(a, start, hs)
            start = _after_body(a, start, hs)
            start = _past_pursuing(a, start, hs)
            start = _after_support(a, start, hs)
            if head == "长制" and hs - start >= 2 and t[hs - 2] == t[hs - 1]:
                continue  # 产业链|链长制: a domain, then a known chief's system (policy_names)
            if _shares_its_head(t, start):
                continue  # 打好蓝天、碧水、|净土保卫战: one head over three short items
            name = t[start:he]
            x = t[start:hs]
            if x in r.trigger_words or x in PREFIX_VERBS:
                if COUNTED_YEARS_CAMPAIGN.fullmatch(t[hs:he]):
                    # 打好打赢|三年行动, 。三年行动开展以来: the campaign the text
                    # speaks of, named by its years alone
                    out.append(Candidate(hs, he, 0.7, "head:campaign"))
                continue  # 打赢|攻坚战: a verb before a head, no name of its own
            if not x and COUNTED_YEARS_CAMPAIGN.fullmatch(t[hs:he]):
                out.append(Candidate(hs, he, 0.7, "head:campaign"))
                continue
            if t.endswith(("内部", "内部“"), 0, start):
                continue  # 银行内部考核机制: a body's own rules, no public instrument
            if not _valid_name(x, name) or _holds_clause_verb(a, start, hs):
                continue
            if COUNT_ONLY.match(x):
                continue  # 出台10条措施: a count, no name
            if _all_generic(a, start, hs):
                continue  # 作为全省重点建设工程: generic words, no name
            if hs in a.starts and t[a.token(hs - 1)[0] : hs] in CHANGING_VERBS:
                continue  # 根据客户需求调整|规划: the verb's object, no name
            if t.endswith("战略机制", 0, he):
                he -= (
                    2  # 实施区域协调发展战略|机制: how a strategy is run; the strategy is the name
                )
            if x.startswith("非") and a.token(start) == (start, start + 1):
                continue  # 非经济性政策: a kind named by what it is not, no instrument
            if a.token(start) == (start, start + 1) and t[start] in LEADING_PREPOSITIONS:
                continue  # 从局部试点: a preposition's object, not a name
            if head.startswith("试点") and x.endswith(FIRM_BEFORE_PILOT):
                continue  # 邮储银行重庆分行试点信用村: a firm pilots something
            if head.endswith(FIRM_OWN_HEADS) and (
                FIRM_SUBJECT.search(t, win, start) or _known_firm_acts(a, r, start)
            ):
                continue  # 集团推进数字化转型战略, 华为实施国际化战略: the firm's own strategy
            if len(x) > 2 and kind != "strong" and _ends_in_its_verb(x, r):
                continue  # 公司深化改革: a subject and its verb, not a name
            if _holds_preposition(a, start, hs):
                continue  # 请章老师从城市规划, 省政府对…改革: a clause, not a name
            in_force_only = trig is None and kind != "strong"
            if in_force_only and _holds_predicate(a, start, hs):
                continue  # 下半年要强化政策落地: a clause says so, no name
            if start == after_trigger and _clause_after(a, r, trig, start):
                continue  # 在研究制定政策, 以填补…政策: a verb's object, not a name
            if (
                trig is not None
                and t[trig - 1] in WEAK_TRIGGER_ENDS
                and len(x) < 4
                and (kind != "strong" or len(head) < 3)
            ):
                continue  # 以下政策, 将…战略: a preposition introduces little
            if (head in FIELD_HEADS or listed) and _domain_of_policy(a, start, hs):
                continue  # 货币政策, 举报制度, …、价格机制: a field of policy, no instrument
            if t.endswith(CATEGORY_HEADS, 0, he) and hs - start >= 6:
                he = hs - 2  # 长三角一体化发展|国家战略: the kind of thing it is, not its name
            how = "head:listed" if listed and trig is None else f"head:{kind}"
            out.append(Candidate(start, he, 0.8 if trig is not None else 0.7, how))
        return out

    # -- 4. laws -------------------------------------------------------------------

    def _laws(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        for m in LAW_CHAR.finditer(t):
            hs, e = m.span()
            if not t.endswith(LAW_WORDS, 0, hs) or t[e : e + 1] in (
                "律",
                "规",
                "治",
                "院",
                "官",
                "人",
                "务",
                "师",
                "庭",
            ):
                continue  # cheap first: a law ends in a law word and 法 (促进法, 保护法)
            if e < len(t) and CJK.match(t[e]) and e not in a.starts:
                continue
            win = hs
            while win > 0 and hs - win < 20 and t[win - 1] not in BOUNDARY:
                win -= 1
            trig = _first_trigger(a, r, win, hs)
            start = _strip(a, r, trig if trig is not None else win, hs)
            start = _strip_places(a, r, start, hs)
            if t[start] in ONE_CHAR_PREPOSITIONS and a.token(start) == (start, start + 1):
                start += 1  # 把反垄断法修改工作列为…: the preposition's object
            start = _after_predicate(a, start, hs)
            if t[start] in "了过" and start + 1 < hs:
                start += 1  # 审议了|社会保险法: the verb's aspect, not the law's
            for p in range(hs - 1, start - 1, -1):
                if t[p] in "和与及的" and p in a.starts and p + 1 in a.starts:
                    start = p + 1  # 安全生产法和环境保护法: two laws; 新修订的|公司法
                    break
            x = t[start:hs]
            not_law = x.endswith(NOT_LAWS) and not x.endswith(LAW_WORDS)  # 司法, but 公司法
            not_law = not_law or any(body in x for body in ("大学", "学院", "研究", "中心"))
            if len(x) < 2 or not_law or _generic_mark(x):
                continue
            if trig is None and word_tag(a.word_at(start)) in ("r", "p", "v", "d"):
                continue  # 这种组织法, 用能源法: a clause, no law named
            out.append(Candidate(start, _draft_end(t, e), 0.85, "law"))
        return out

    # -- 5. known names and lists ----------------------------------------------------

    def _known(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        for s, e, term, _ in r.names.find(t, a.memo):
            # a level, the 于 the segmenter glues to a place's name after it
            # (受益|于长江|经济带…) or a policy verb it glues to the name's first
            # word (加快|推进设备|更新贷款贴息政策): the name still begins after it
            if (
                s > 0
                and s not in a.starts
                and CJK.match(t[s - 1])
                and t[s - 1] not in "市省县区于"
                and t[s - 2 : s] not in r.trigger_words
            ):
                continue
            if NAMES_SOMETHING_ELSE.match(t, e):
                continue  # 南水北调集团, 一带一路基金, 国企改革板块: a firm, a fund, a sector
            start = s
            if term.endswith("工作报告"):
                # 抚州市政府工作报告: the issuing place belongs to the title
                k = s
                while k > 0 and s - k < 8 and CJK.match(t[k - 1]) and t[k - 1] not in "的和与及在":
                    k -= 1
                start = _place_before(t, r, s, k)
            m = DURATION_BEFORE.search(t, max(0, start - 8), start)
            if m is not None:
                start = m.start()  # 144小时过境免签政策: the name as written
            start = _model_before(t, start)
            marks = t[start - 1 : start] + t[e : e + 1]
            if marks in ("《》", "“”", "‘’"):
                out.append(Candidate(start - 1, e + 1, 0.9, "known"))
                continue  # 《中国制造2025》, “最多跑一次”: a title, a quoted name keep their marks
            head = next((h for h in GLUED_AFTER_KNOWN if t.startswith(h, e)), None)
            if head is not None and not term.endswith(GLUED_AFTER_KNOWN) and t[e - 1] != "”":
                e2 = _extend_head(a, r, e + len(head))
                if e2 is None and head in KNOWN_KEEP_HEAD and t.startswith(DEPLOYED, e + len(head)):
                    e2 = e + len(
                        head
                    )  # 京津冀协同发展战略部署: the strategy, then what is done with it
                e = e2 if e2 is not None else e  # 以旧换新政策: the head noun glued to it
            out.append(Candidate(start, e, 0.9, "known"))
        return out

    def _lists(self, a: Analysis, r: _Resources) -> list[Candidate]:
        t = a.text
        out = []
        for m in LIST_END.finditer(t):
            end = m.start()
            items = []
            while end > 0:
                k = end
                while k > 0 and end - k < 24 and t[k - 1] not in BOUNDARY:
                    k -= 1
                items.append((k, end))
                if k > 0 and t[k - 1] == "、":
                    end = k - 1
                else:
                    break
            if len(items) < 2 or _acts_listed(a, r, items[:-1]):
                continue
            for k, end in items:
                trig = _first_trigger(a, r, k, end)
                start = _strip(a, r, trig if trig is not None else k, end)
                name = t[start:end]
                if not 3 <= len(name) <= 24 or any(g in name for g in GENERIC_MARKS + ("以及",)):
                    continue
                first = a.word_at(start)
                if _verb_or_adverb(first) or word_tag(first) in ("v", "vn") or first == "通过":
                    continue  # 强化资金资源要素保障、…等举措: activities, not names
                out.append(Candidate(start, end, 0.75, "list"))
        return out

    # -- 5b. a topic glued to a word for one new instrument -------------------------

    def _new_policies(self, a: Analysis, r: _Resources) -> list[Candidate]:
        """A topic or a date glued to 新政 (房贷新政, 楼市新政, 5.17新政): the one
        new policy on it; bare 新政 names none, and 新政细则 are the rules a
        bank or a city writes to carry it out."""
        t = a.text
        out = []
        for m in NEW_POLICY.finditer(t):
            hs, he = m.span()
            if hs not in a.starts or a.token(hs) != (hs, he) or t.startswith(NEW_POLICY_RULES, he):
                continue
            start = _topic_start(a, hs, max_words=2)
            date = NEW_POLICY_DATE.search(t, max(0, hs - 6), hs)
            if date is not None and date.end() == hs:
                start = date.start()
            while start < hs and start in a.starts and a.word_at(start) in r.places:
                start = a.token(start)[1]  # 北京|楼市新政: where, not which
            if start < hs and t[start - 1 : start] == "“" and t[he : he + 1] == "”":
                start, he = start - 1, he + 1  # “伯南克新政”: the quote is the name
            if start < hs:
                out.append(Candidate(start, he, 0.8, "new policy"))
        return out

    def _renewed(self, a: Analysis) -> list[Candidate]:
        """新 standing alone before a topic and the head of one instrument
        (新成品油定价机制, 新拆迁条例): the revised instrument, named with 新."""
        out = []
        marks = a.word_marks  # one word's start and end: as a.token(ns) == (ns, ns + 1)
        for m in NEW_CHAR.finditer(a.text):
            ns = m.start()
            if not (marks[ns] and marks[ns + 1]):
                continue  # 新型, 新能源, 新政: a longer word
            if a.text[ns - 1 : ns] == "等":
                continue  # 跨境电商等新业态扶持政策: the class of what a list names
            end = _renewed_end(a, ns)
            if end is not None:
                out.append(Candidate(ns, end, 0.75, "renewed"))
        return out

    # -- 6. other occurrences ------------------------------------------------------

    def _propagate(self, a: Analysis, cands: list[Candidate]) -> list[Candidate]:
        t = a.text
        names = {t[c.start : c.end] for c in cands if c.end - c.start >= 4}
        if not names:
            return []
        taken = bytearray(len(t) + 1)
        for c in cands:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        out = []
        for s, e, _n in find_in_one_text(t, names):
            if any(taken[s:e]):
                continue
            if t[s] not in '“‘"《' and not (s in a.starts or not CJK.match(t[s - 1])):
                continue
            if e < len(t) and CJK.match(t[e]) and e not in a.starts:
                continue
            if t.startswith(ZONE_OF_A_NAME, e):
                continue  # 绿色金融改革创新试验区: the name is a modifier here
            if t.endswith("活动", 0, e) and t[e : e + 1] in CAMPAIGN_PARTS:
                continue  # “…”活动|日, 活动|办: the campaign's day or office
            out.append(Candidate(s, e, 0.8, "repeat"))
        return out


# -- helpers ------------------------------------------------------------------------------


def _after_bare_zone(a: Analysis, start: int, hs: int, head: str) -> int:
    """``start`` past a zone named by its kind alone before a programme it
    carries out (高新区|制造业数字化转型三年行动), when a word of the
    programme's own topic is left (高新区|城市更新行动计划)."""
    t = a.text
    if not t.startswith(BARE_ZONES, start) or not head.endswith(ZONE_CARRIES):
        return start
    zone = next(z for z in BARE_ZONES if t.startswith(z, start))
    end = start + len(zone)
    if end in a.starts and hs - end >= 2:
        return end
    return start


def _model_before(t: str, start: int) -> int:
    """The start of a quoted model glued before a known name (“项目+人才”双招双引:
    how the programme is run, named with it), else ``start``."""
    if start < 2 or t[start - 1] not in '”"':
        return start
    q = max(
        t.rfind("“", max(0, start - 16), start - 1), t.rfind('"', max(0, start - 16), start - 1)
    )
    if q >= 0 and PLUS_MODEL.match(t[q + 1 : start - 1]):
        return q
    return start


def _shares_its_head(t: str, start: int) -> bool:
    """Whether a name that starts at ``start`` is the last of a list of short
    bare items before one head (开展增值电信、生物技术、|独资医院开放试点, 打好
    蓝天、碧水、|净土保卫战): Chinese writes the head once for all the items,
    so the last item with the head is not a name as written."""
    if start == 0 or t[start - 1] != "、":
        return False
    k = start - 1
    while k > 0 and t[k - 1] not in BOUNDARY and start - 1 - k < MAX_LIST_ITEM:
        k -= 1
    item = t[k : start - 1]
    return (
        0 < len(item) <= MAX_LIST_ITEM
        and (k == 0 or t[k - 1] in BOUNDARY)
        and all(CJK.match(ch) for ch in item)
    )


def _parallel_slogans(a: Analysis, r: _Resources) -> list[Candidate]:
    """A slogan of three or more parallel phrases of one length before a head,
    right after a policy verb or opening its clause (实施|增品种、提品质、创品牌
    行动, ，|简政放权、放管结合、优化服务改革力度加大): phrases coined to one
    length are a formula, and the formula names the programme or reform.
    Listed fields or places differ in length (财政、货币、就业…政策) or are
    places (京津冀、长三角…), and share a head without naming one."""
    t = a.text
    if "、" not in t:
        return []
    out = []
    for m in PARALLEL_ITEMS.finditer(t):
        middle = m.group()[1:-1].split("、")
        size = len(middle[0])
        start, last = m.start() - size, m.end() + size
        if (
            start < 0
            or any(len(x) != size for x in middle)
            or not t.startswith(r.chain_heads, last)
        ):
            continue
        opens = start == 0 or t[start - 1] in BOUNDARY
        if not (opens or _trigger_before(a, r, start)) or start not in a.starts:
            continue
        head = next(h for h in r.chain_heads if t.startswith(h, last))
        if not _parallel([t[start : m.start()], *middle, t[m.end() : last]], 3, r):
            continue
        out.append(Candidate(start, last + len(head), 0.8, "slogan+head"))
    return out


def _parallel(items: list[str], shortest: int, r: _Resources | None = None) -> bool:
    """Whether ``items`` are three or more phrases of one length, most of them
    opened by a verb and none a place: a coined formula (增品种、提品质、创品牌),
    not a list of fields or regions (京津冀、长三角、珠三角)."""
    if len(items) < 3 or len({len(x) for x in items}) != 1 or len(items[0]) < shortest:
        return False
    if len(items[0]) > 5 or not all(CJK.match(ch) for x in items for ch in x):
        return False
    if any(word_tag(x) in ("ns", "nz") or (r is not None and _place_word(x, r)) for x in items):
        return False
    verbs = 0
    for x in items:
        first = next(iter(cut(x)), x)
        verbs += word_tag(first) in ("v", "vn")
    return 2 * verbs >= len(items)


def _numbered_programmes(a: Analysis) -> list[Candidate]:
    """A programme named by a code of digits glued to its head (136机制, 511工程);
    a year glued to a head (2025行动) is a date."""
    out: list[Candidate] = []
    if not _digit_before_programme(a.text):
        return out  # cheap first
    for m in NUMBERED_PROGRAMME.finditer(a.text):
        if m.end() >= len(a.text) or m.end() in a.starts or not CJK.match(a.text[m.end()]):
            out.append(Candidate(m.start(), m.end(), 0.75, "numbered programme"))
    return out


def _digit_before_programme(t: str) -> bool:
    """Whether DIGIT_BEFORE_PROGRAMME matches in ``t``: a digit right before
    one of the heads, sought from the heads (a search for two characters
    scans far faster than one for any of a class, and a text holds few)."""
    for head in PROGRAMME_HEADS:
        k = t.find(head, 1)
        while k >= 0:
            if "0" <= t[k - 1] <= "9":
                return True
            k = t.find(head, k + 1)
    return False


def _purpose_articles(t: str) -> list[Candidate]:
    """A set of articles named by its purpose after the verb that issues it
    (出台了|支持农产品加工业发展的十条措施, 印发|促进民营经济发展若干措施)."""
    if "措施" not in t:
        return []  # cheap first
    return [
        Candidate(m.start(1), m.end(1), 0.8, "articles:purpose")
        for m in PURPOSE_ARTICLES.finditer(t)
    ]


def _nickname(content: str) -> bool:
    """Whether a bare quote reads as a programme's nickname (“两新”, “投贷联动”):
    short, in Chinese, no sentence's particles (“确保在网络空间的行动自由”)."""
    if not 2 <= len(content) <= MAX_NICKNAME or not CJK.match(content[0]):
        return False
    return not any(ch in content for ch in "的了着吗呢吧")


def _renewed_end(a: Analysis, ns: int) -> int | None:
    """End of the instrument's head after 新 at ``ns`` and its topic words (a
    law's name is one word: 新|个税法), or None."""
    t = a.text
    k, seen = ns + 1, 0
    while k < len(t) and k - ns <= MAX_RENEWED and seen <= MAX_TOPIC_WORDS:
        s, e = a.token(k)
        w = t[s:e]
        law = w.endswith("法") and len(w) >= 3 and seen == 0
        if w in RENEWED_HEADS or law:
            ends_word = e >= len(t) or not CJK.match(t[e]) or e in a.starts
            named = law or seen >= _min_topic_words(w)
            return e if named and ends_word and not t.startswith(NOT_AFTER_HEAD, e) else None
        if not _topic_word(w):
            return None
        k, seen = e, seen + 1
    return None


def _min_topic_words(head: str) -> int:
    """Words of topic that 新 and a head need to name one instrument."""
    return 1 if head in RENEWED_STRONG else 2


def _draft_end(t: str, end: int) -> int:
    """``end`` moved past the drafts named after a law or a regulation
    (预算法|修正案草案)."""
    while (draft := next((d for d in DRAFTS if t.startswith(d, end)), None)) is not None:
        end += len(draft)
    return end


def _after_predicate(a: Analysis, start: int, end: int) -> int:
    """``start`` moved past the last clause verb before a law's name (人大常委会
    审议|预算法): a name holds no predicate; a verbal noun may be its topic
    (遗产|税法)."""
    t = a.text
    cut = start
    for s, e in a.words(start, end):
        w = t[s:e]
        if (
            e < end
            and word_tag(w) == "v"
            and _predicate_verb(w)
            and not w.endswith(tuple(LAW_WORDS))
        ):
            cut = e
    return cut


def _topic_word(word: str) -> bool:
    """A word that can name what an instrument is about (房贷, 成品油, 定价,
    拆迁): Chinese, not grammar, not a clause's verb, not generic."""
    return (
        CJK_FIRST <= word[:1] <= CJK_LAST
        and word not in GENERIC_NAMES
        and word not in BOUNDARY
        and word_tag(word) not in ("d", "ad", "p", "c", "r", "u", "uj", "m", "f", "t")
        and not _predicate_verb(word)
        and word not in MODALS
        and not (len(word) == 1 and word in CLAUSE_CHARS | PREFIX_STOP_CHARS)
    )


def _topic_start(a: Analysis, end: int, *, max_words: int) -> int:
    """Start of at most ``max_words`` topic words that end at ``end``."""
    t = a.text
    k = end
    for _ in range(max_words):
        if k == 0:
            break
        s, e = a.token(k - 1)
        if e != k or not _topic_word(t[s:k]):
            break
        k = s
    return k


def _numbered_documents(t: str) -> list[Candidate]:
    """Documents known by their number (265号文), with the quotes around it
    when the number is quoted alone (“60号文”)."""
    out = []
    for m in NUMBERED_DOCUMENT.finditer(t) if "号文" in t else ():
        start, end = m.span()
        if t[start - 1 : start] == "“" and t[end : end + 1] == "”":
            start, end = start - 1, end + 1
        out.append(Candidate(start, end, 0.8, "document number"))
    return out


def _quoted_document(content: str) -> bool:
    """Whether a quote names a document as a title would (“北京市金融指导意见”):
    a name, not a sentence, that ends in a document's word."""
    ending = word_ending_at(content, len(content), QUOTED_DOCUMENT_ENDINGS)
    if not ending or CJK.match(content[0]) is None:
        return False
    topic = content[: -len(ending)]
    return (
        len(topic) >= MIN_DOCUMENT_TOPIC
        and topic not in GENERIC_NAMES
        and not topic.startswith(("国家", "有关", "相关"))
        and not any(ch in content for ch in "的了着吗呢吧")
    )


def _campaign_year(content: str) -> bool:
    """Whether a quote names a year given to a campaign (“项目攻坚年”). Its
    last character is 年, tested first: the pattern, unanchored at its start,
    is otherwise tried from every character of every quote."""
    return content.endswith("年") and CAMPAIGN_YEAR.search(content) is not None


def _directive(content: str, r: _Resources) -> bool:
    """Whether a quote opens with a policy verb (after adverbs): an order
    quoted from a meeting (“推进农村经济改革”, “积极推进…工作”), not a name."""
    k = 0
    while k < len(content):
        adverb = next(
            (x for x in ADVERBS_BY_FIRST.get(content[k], ()) if content.startswith(x, k)), None
        )
        if adverb is None or len(adverb) < 2:
            break
        k += len(adverb)
    verb = r.trigger_re.match(content, k)
    return (
        verb is not None
        and verb.group() in r.trigger_words - NAMED_VERBS
        and len(content) - verb.end() >= 2
    )


def _title_proper(title: str) -> str:
    """A title without what follows its name: a bracketed period or status,
    a subtitle after a dash, a number in a series (《上市公司监管指引第10号——
    市值管理》 → 上市公司监管指引)."""
    title = TITLE_TAIL.sub("", title)
    # only a double dash opens a subtitle: a single one joins years
    # (规划（2021—2025年）实施方案) or the parts of one name
    title = re.split("——|--", title, maxsplit=1)[0]
    return SERIES_NUMBER.sub("", title)


def _firm_acts(a: Analysis, r: _Resources, start: int) -> bool:
    """Whether a firm is the subject of a verb of launching right before
    ``start`` (该公司推出…, 集团正式启动…, 京东启动…): what follows is the
    firm's own. A firm that carries out someone else's plan (公司为落实省委…)
    is not."""
    t = a.text
    clause = t[max(0, start - WINDOW) : start]
    if any(i in clause for i in ISSUERS):
        return False
    return FIRM_LAUNCHES.search(clause) is not None or _known_firm_acts(a, r, start)


def _known_firm_acts(a: Analysis, r: _Resources, start: int) -> bool:
    """Whether a firm known by its short name (``company_names``) launches
    or proposes what starts at ``start`` (沃尔玛启动|翻新计划, 长安汽车提出的|
    “…”战略), no issuing body in the clause (省政府联合华为启动…: the body's)."""
    t = a.text
    lo = max(0, start - WINDOW)
    for _s, e, _name, _ in r.firms.find(t, a.memo):
        if lo <= e <= start and FIRM_NAMED_LAUNCHES.fullmatch(t, e, start):
            return not any(i in t[lo:start] for i in ISSUERS)
    return False


def _in_a_work(t: str, start: int, end: int) -> bool:
    """Whether the words around a quote say it is in a game, a film or a book."""
    around = t[max(0, start - 12) : start] + t[end : end + 8]
    return WORKS_AROUND_RE.search(around) is not None


def _title_of_a_work(t: str, start: int, end: int, title: str) -> bool:
    """A title in 《》 that names a game, a film, a book or a journal rather
    than a document: said so around it (网游《反恐行动》), or ending as
    documents do only by chance (《魔法》, 《刺客信条》)."""
    around = t[max(0, start - 8) : start] + t[end : end + 6]
    if any(word in around for word in WORKS_AROUND) or "：" in title or ":" in title:
        return True
    if title.endswith("法") and len(title) < 5 and not title[:-1].endswith((*LAW_WORDS, "办")):
        return True  # (《合同法》, 《物权法》: a law word before 法 makes a law)
    if title.endswith("通报") and "关于" not in title and "的" not in title:
        return True  # 《科学通报》: a journal; a document is 《关于…的通报》
    if title.endswith("行动") and len(title) <= 9 and not WORK_TITLE_DOCUMENT.search(title):
        return True  # 《反恐行动》, 《半条命蓝色行动》: a game's or a film's name
    return title.endswith("条") and not re.search("[0-9０-９一二三四五六七八九十百]条$", title)


def _verb_glued_to_known(a: Analysis, r: _Resources, cands: list[Candidate]) -> list[Candidate]:
    """A policy verb the segmenter glues to a known name's first word
    (加快|推进设备|更新贷款贴息政策) is none of the name: the longer candidate
    that keeps it in front gives way to the known name."""
    t = a.text
    cut = {
        (c.start - 2, c.end)
        for c in cands
        if c.how == "known"
        and c.start not in a.starts
        and t[c.start - 2 : c.start] in r.trigger_words
    }
    return [c for c in cands if (c.start, c.end) not in cut] if cut else cands


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    if not cands:
        return []  # (nearly half the calls a pass)
    kept: list[Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.score, c.start)):
        if c.end - c.start > MAX_NAME and c.how != "title":
            continue
        if taken.find(1, c.start, c.end) >= 0:
            continue
        kept.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept


def _numeric(content: str) -> bool:
    return bool(re.fullmatch(r"[0-9０-９+＋\-—.、X×xN]+", content))


def _generic_quote(content: str, r: _Resources) -> bool:
    """Whether the words of a quote before its head only point at a name
    (“新政策”, “该机制”); a count stays (“两项改革”)."""
    m = r.named_head.search(content)
    return m is not None and content[: m.start() + 1] in POINTING_WORDS


def _ends_with_head(content: str, r: _Resources) -> bool:
    return r.named_head.search(content) is not None


def _head_after(
    a: Analysis, r: _Resources, pos: int, *, slogan: bool, trigger_before: bool
) -> int | None:
    """End of a head noun glued to ``pos`` or a few characters after it."""
    t = a.text
    limit = HEAD_REACH.match(t, pos).end()  # up to a boundary, 的 or 等: one match
    best = None
    # (a boundary right after the quote, a third of the time: nothing to seek)
    found = (
        sorted(r.head_lexicon.find_all(t[pos:limit]), key=lambda h: (h[0], -(h[1] - h[0])))
        if limit > pos
        else []
    )
    for hs, he, head, _ in found:
        hs, he = hs + pos, he + pos
        kind = r.heads[head]
        if hs - pos > MAX_SUFFIX:
            continue
        if "产业" in t[pos:hs]:
            break  # “1028”产业体系: a zone's industries, a target, not an instrument
        if hs > pos:  # words between the quote and the head
            between = hs - pos
            if COUNTED.match(t, pos):
                break  # “乘风计划”两大激励政策: the quote is one of those counted
            if kind == "glued" and not (
                (trigger_before and not slogan and head == "体系")
                or (head in ("模式", "体系", "矩阵") and between <= 4 and not slogan)
            ):
                continue  # “1+3”服务模式, “1+3+3”管理体系: a kind word between
            if slogan and kind != "strong" and head not in SLOGAN_HEADS:
                continue
            if t[pos] in "的和与及":
                continue
            if t[pos] == "为":
                break  # 以“…”为指引, 为抓手: the quote's role in a clause, no head of it
            if not WORK_VERB_BETWEEN.fullmatch(t, pos, hs) and any(
                t[s:e] in r.trigger_words - NAMED_VERBS for s, e in a.words(pos, hs)
            ):
                break  # “松绑”出台政策: a verb after the quote opens a clause
        elif slogan and kind == "glued" and head != "模式":
            continue  # (“一企带一链、一链成一片”模式 names a model)
        if head == "活动" and not (
            trigger_before or CAMPAIGN_RUNNING.match(t, he) or _campaign_named(a, pos, he)
        ):
            continue  # 举办“…”活动, 在“…”活动中: an event, not a campaign
        end = _extend_head(a, r, he, modifier_ok=True)
        if end is None:
            continue
        if head in ("体系", "制度", "机制") and t.startswith(NOT_AFTER_SYSTEM, end):
            continue
        return end  # the nearest head ends the name
    return best


# Words right before a quote that say when, which one, how or where it is
# carried out, never what it is about (今年“…”行动, 上述“…”, 全力“…”, 当地“…”):
# the walk back over a quote's topic stops at them (issue 14 item 2). 新 is
# left out: 新“国九条” is named so.
# Our or this province, city, county: whose, never the name's (我省|亲商安商
# “双30条”); the segmenter may glue the level to the next word (我|省亲).
POINTING_LEVELS = frozenset(words("我省 我市 我县 我区 我国 本省 本市 本县 本区"))
QUOTE_FRONT_WORDS = POINTING_LEVELS | frozenset(
    words(
        """今年 去年 明年 前年 当年 年内 全年 今年以来 以来 近年 近年来 目前 当前 此前 如今
        该 这 此 本 这一 这项 这些 上述 现行 其 又一 一系列 系列 多项 各项
        深入 持续 大力 全力 扎实 积极 全面 加快 进一步 切实 着力 继续 不断 稳步 纵深 率先 有序 认真 坚决 努力 主动 成功
        正式 首次 再次 当地 各地 省里 市里 县里 区里"""
    )
)
# Words of when, which one or where at the front of an unquoted name, longest
# first (counts such as 一系列 and 多项 make a name generic: left to it).
FRONT_WORDS_LONGEST = tuple(
    sorted(
        words(
            "今年以来 以来 今年 去年 明年 前年 当年 年内 全年 近年来 近年 目前 当前 此前 如今 上述 这一 这项 当地 各地 省里 市里 县里 区里"
        ),
        key=len,
        reverse=True,
    )
)
FRONT_WORDS_BY_FIRST: dict[str, list[str]] = {}
for _front in FRONT_WORDS_LONGEST:
    FRONT_WORDS_BY_FIRST.setdefault(_front[0], []).append(_front)
# An edition or a batch before a quote (首批“…”, 第三届“…”, 第二批“…”).
QUOTE_FRONT_COUNT = re.compile("首[批届期次轮]|第[一二三四五六七八九十0-9]{1,3}[批届期次轮]")
# A year right before a quote (2022年“…”, 二〇二四年度“…”) says when: it is
# no part of the name, as a year before a head is not (YEAR_INSIDE).
YEAR_BEFORE_QUOTE = re.compile(
    "(?:(?<![0-9])(?:19|20)[0-9]{2}|二[〇零][一二三四五六七八九〇零]{2})年度?$"
)
# 工作 and the verb of that work between a quote and its head make one noun
# with the head (“智改数转”工作推进方案, “一企一策”工作落实机制), no clause.
WORK_VERB_BETWEEN = re.compile("工作(?:推进|落实|推动)")
EVENT_WORDS = re.compile(
    "专场|签约|推介|论坛|仪式|晚会|典礼|直播|大会|峰会"
    "|(?<!发|开|进)展$|(?<!社|机|都|体)会$|[节赛季周月宴秀]$"
)
CAMPAIGN_PARTS = set("日办周月")
EVENT_AFTER = re.compile("中|上|结束|现场|期间|当天|中心")
EVENT_VERBS = re.compile(
    "(?:举办|举行|参加|参与|出席|组织|召开|主办|承办|在)[^，。；！？\n]{0,12}$"
)


def _campaign_named(a: Analysis, qe: int, he: int) -> bool:
    """A quote right before 活动 names a campaign when the quote is no event's
    title (no …会, …节, …季, 专场, 签约…; 发展 and 社会 are no event) and no verb of holding an event comes
    before it in its clause (举办, 参加, 在…): “科技入滇”活动的重要组成部分,
    “万人助企联乡帮村”活动开展得如何."""
    t = a.text
    qs = t.rfind("“", 0, qe)
    if qs < 0 or he - qe != 2 or EVENT_WORDS.search(t, qs + 1, qe - 1):
        return False
    if t[he : he + 1] in CAMPAIGN_PARTS or (
        he < len(t) and CJK.match(t[he]) and he not in a.starts
    ):
        return False  # 活动日, 活动办: the campaign's day or office
    if EVENT_AFTER.match(t, he):
        return False  # “…”活动结束后, 活动现场: an event that ends, a place it is held
    return EVENT_VERBS.search(t, max(0, qs - 16), qs) is None


# the Analysis.memo key of where each chain of heads ends (see _chain_end)
CHAIN_ENDS_KEY = "policy.chain_ends"


def _chain_end(a: Analysis, r: _Resources, he: int) -> int:
    """Where the heads chained from ``he`` end (改革|试点, 行动|计划). Every
    head of one chain ends where the chain does, so each position is walked
    once per text: a text of one head repeated thousands of times (方案方案…,
    a pasted column) walked the rest of the run again from each of its heads,
    a time growing with the square of the run."""
    t, heads = a.text, r.chain_heads
    ends = a.memo.get(CHAIN_ENDS_KEY)
    if ends is None or ends[0] is not heads:
        ends = a.memo[CHAIN_ENDS_KEY] = (heads, {})
    known = ends[1]
    walked = []
    while he not in known and t.startswith(heads, he) and not _guiding(t, he):
        walked.append(he)
        he += len(next(h for h in heads if t.startswith(h, he)))
    end = known.get(he, he)
    for p in walked:
        known[p] = end
    return end


def _guiding(t: str, p: int) -> bool:
    """Whether 指引 at ``p`` is the verb "to guide" (…战略指引下, 指引了方向),
    no document of guidance chained to the head before it."""
    return t.startswith("指引", p) and t[p + 2 : p + 3] in GUIDING_AFTER


def _extend_head(a: Analysis, r: _Resources, he: int, *, modifier_ok: bool = False) -> int | None:
    """The head's end, after chained heads (改革试点, 行动计划); None when the head
    is the start of a longer word or a modifier (战略性, 试点城市)."""
    t = a.text
    if t.startswith(r.chain_heads, he):  # one C call when no head follows (most often)
        he = _chain_end(a, r, he)
    if t.endswith(DRAFTED, 0, he):
        he = _draft_end(t, he)  # 放贷人条例草案: the draft is the instrument as it stands
    if t.endswith("专项", 0, he) and t.startswith(FUNDS, he):
        return None  # “保交楼”专项借款, 专项资金: a kind of loan or fund
    if t.endswith(SYSTEM_OF, 0, he) and t.startswith("体系", he):
        he += 2  # “1+N”政策体系: a system of policies is named as one
    if t.endswith("改革", 0, he) and t.startswith("模式", he):
        he += 2  # “早确权…”改革模式: the reform as a model is named as one
    if t.endswith("战略", 0, he) and t.startswith(STRATEGIC_THINGS, he):
        return None
    if he < len(t) and CJK_FIRST <= t[he] <= CJK_LAST:
        if t.startswith(NOT_AFTER_HEAD, he) and not modifier_ok:
            return None
        if t[he] in ADJECTIVE_ENDINGS and he not in a.starts:
            return None  # 战略性新兴产业, 市场化: a word that makes the head an adjective
        if he not in a.starts and not (
            modifier_ok and t.startswith((*NOT_AFTER_HEAD, *WORK_ON_A_NAME), he)
        ):
            return None  # (“强省会”战略部署, “强链”工程建设 keep the head jieba joins)
    return he


def _prefix_start(a: Analysis, r: _Resources, qs: int) -> int:
    """Start of the words before a quote that belong to its name (基层党建“书记领航”
    行动, 招商引资“28条”): back word by word to a boundary, a function word, a
    level, a policy verb or any other verb or adverb (坚持, 始终), or the end
    of a company's name; then without a leading place or level (省, 南昌市)."""
    t = a.text
    if PLAN_PERIOD.match(t[qs + 1 : qs + 4]):
        return qs
    k = qs
    if t[qs - 1 : qs] in "年度" and YEAR_BEFORE_QUOTE.search(t, max(0, qs - 8), qs):
        return qs  # 2022年|“智改数转”工作推进方案: when, not which
    while k > 0 and qs - k < MAX_PREFIX:
        if t[k - 2 : k] in FRONT_VERBS or t[k - 2 : k] in QUOTE_FRONT_WORDS:
            break  # 做|实“1269”行动计划, 对|标“…”, 这|一“…”: split or not, in front
        if t[k - 1] in "年度" and YEAR_BEFORE_QUOTE.search(t, max(0, k - 8), k):
            break  # 2024年度|招商引资“百日攻坚”行动: when, not which
        if k == qs and t[k - 2 : k] == "创新" and _opens_predicate(a, k - 2):
            break  # 。创新|“基金招商”模式, 全面创新|“…”: the verb, not a topic (科技创新“…”)
        s, _e = a.token(k - 1)
        w = t[s:k]
        if not CJK_FIRST <= w[-1] <= CJK_LAST or w[-1] in BOUNDARY or w[-1] in PREFIX_STOP_CHARS:
            break
        if w.endswith("服务") and _service_kind(a, r, s, k):
            # 联系服务|“四重”工作机制, 跟踪服务|“…”: a kind of service, the topic
            k = a.token(s - 1)[0] if w == "服务" else s
            continue
        if w in SINGLE_PREPOSITIONS or w in SCOPE_VERBS:
            break  # 自“万人助万企”活动开展以来, 深化拓展“…”行动
        if (
            w.endswith(LEVEL_WORDS)
            or w in QUOTE_LEVELS
            or r.trigger_end.search(t, max(0, k - 6), k)
        ):
            break
        if _adverb_phrase(w):
            break
        if (
            w in PREFIX_VERBS
            or _verb_or_adverb(w)
            or w.endswith(FIRM_ENDINGS)
            or w.endswith(BENEFICIARY_ENDINGS)
            or w.endswith(ISSUERS)
            or (w in ADVERBS and word_tag(w))
            or w in QUOTE_FRONT_WORDS
            or QUOTE_FRONT_COUNT.fullmatch(w)
        ):
            break  # 今年|“…”行动, 首批|“…”, 全力|“…”: when, which, how, not the name
        k = s
    if t[k : k + 2] in POINTING_LEVELS and k + 2 < qs:
        k += 2
    k = _strip_places(a, r, k, qs, rest=0) if k < qs else qs
    k = _coordinated_start(a, r, k, qs)
    while k < qs and t[k] in SINGLE_LEVELS and k + 1 in a.starts:
        k += 1
    while k < qs and k in a.starts and _place_word(a.word_at(k), r):
        k = a.token(k)[1]  # 浙江“千万工程”, 大冶“…”战略: a place, not the name's
    return _past_fronts(a, r, k, qs)


def _service_kind(a: Analysis, r: _Resources, s: int, e: int) -> bool:
    """Whether the word [s, e) ending in 服务 is the noun of a kind of service
    (挂钩|服务, 联系|服务, 跟踪服务), not the policy verb 服务 that an adverb or
    a verb of pursuing opens (主动|服务, 强化|服务)."""
    t = a.text
    if e - s > 2:
        ps = s  # one word: 跟踪服务
    elif s < 2 or t[s - 1] in BOUNDARY:
        return False
    else:
        ps = a.token(s - 1)[0]
    word = t[ps : e - 2]
    return (
        len(word) == 2
        and CJK.match(word[0]) is not None
        and word not in ADVERBS
        and word not in PREFIX_VERBS
        and word not in r.trigger_words
        and word_tag(word) in ("v", "")
        and not _adverb_phrase(word)
    )


def _opens_predicate(a: Analysis, pos: int) -> bool:
    """Whether the word at ``pos`` opens its clause or follows an adverb
    (。创新…, 全面创新…): a verb of the predicate, not the end of a topic."""
    t = a.text
    if pos == 0 or t[pos - 1] in BOUNDARY:
        return True
    s, _e = a.token(pos - 1)
    return t[s:pos] in ADVERBS and _e == pos


def _past_fronts(a: Analysis, r: _Resources, k: int, qs: int) -> int:
    """``k`` moved past the last zone or place among the words before a quote
    (高新区|“两新”行动, 推动高新区|“…”综合评价改革): where a programme runs is no
    part of its name (issue 14). A zone is read on the characters, since
    jieba cuts one it does not know (经|开|区), and the walk back, taking 经 for
    the preposition, had stopped inside it (开区“三区”战略)."""
    t = a.text
    for p in range(qs, k, -1):  # the last one first: what follows it is the name's
        if p < qs and p not in a.starts:
            continue  # 开发区域: the zone's ending is the start of a longer word
        if t.endswith(ZONE_ENDINGS, 0, p):
            return p
        s = a.token(p - 1)[0]
        if s > k and t[p - 1] in SINGLE_LEVELS and _place_like(t[s:p], r):
            return p  # 数字经济|南昌市|…: a place inside the words (a leading one is gone)
    return k


def _ends_in_zone(a: Analysis, end: int) -> bool:
    """Whether ``end`` falls inside a zone's name (全面创新改革试验|区): the
    zone is named after the programme, and a span cut there is neither."""
    t = a.text
    if not t.startswith(ZONE_RESTS, end):
        return False  # told in one call: most ends stand before no zone's rest
    for head, rest in ZONE_SPLITS:
        if t.endswith(head, 0, end) and t.startswith(rest, end):
            after = end + len(rest)
            if after >= len(t) or after in a.starts:
                return True
    return False


def _coordinated_start(a: Analysis, r: _Resources, k: int, qs: int) -> int:
    """``k`` moved back over a noun and 和/与 that a policy verb opens when
    words stand between ``k`` and the quote: the two nouns modify the name
    together (实施软件和信息服务业“满天星”行动计划; not 推进城乡融合和“百千万”工程,
    two names)."""
    t = a.text
    if k >= qs or k < 3 or t[k - 1] not in COORDINATORS or k - 1 not in a.starts:
        return k
    s, e = a.token(k - 2)
    noun = t[s:e]
    if e != k - 1 or len(noun) < 2 or word_tag(noun) or not CJK.match(noun[0]):
        return k
    return s if r.trigger_tail.search(t, max(0, s - 24), s) else k


def _articles_end(a: Analysis, m: re.Match) -> bool:
    """Whether a count of articles after a quote ends there: with its word
    (十条措施) at the end of a word, without it before punctuation
    (落实“惠企”十条。; not “两山”十条经验)."""
    pos = m.end()
    if pos >= len(a.text):
        return True
    if m.group().endswith("条"):
        return not CJK.match(a.text[pos])
    return pos in a.starts


def _modifier_start(a: Analysis, r: _Resources, qs: int) -> int:
    """Start of a quoted name that ends in its own head noun: with the words
    before it when a policy verb opens them (实施招大引强“一号工程”), since a
    verb puts the quote inside a longer name; else the quote alone."""
    start = _prefix_start(a, r, qs)
    modifier = a.text[start:qs]
    if a.text.endswith("长制", 0, a.text.find("”", qs)):
        return qs  # 产业链“链长制”: the chief's system names its own domain
    if modifier in GENERIC_NAMES or _generic_mark(modifier):
        return qs  # 按照内部“奖惩条例”: a generic word says whose, not which
    opened = _place_before(a.text, r, start, max(0, start - 8))  # 实施江西省|数字经济“…”
    if start < qs and r.trigger_end.search(a.text, max(0, opened - 6), opened):
        return start
    return qs


def _listed_after_trigger(a: Analysis, r: _Resources, win: int, head: str) -> bool:
    """Whether the words from ``win`` are an item of a list (after 、) of names
    with the same head that a policy verb before its first item opens
    (深入实施A战略、B战略; not 推进内设机构、薪酬制度)."""
    t = a.text
    if win == 0 or t[win - 1] != "、" or not t.endswith(head, 0, win - 1):
        return False
    k = win - 1
    while k > 0 and win - k < MAX_LIST and (t[k - 1] == "、" or t[k - 1] not in BOUNDARY):
        k -= 1
    return _first_trigger(a, r, k, win - 1) is not None


def _after_governing_verb(a: Analysis, start: int, hs: int) -> int:
    """``start`` after the last verb inside the words before a head that
    carries a policy out (服务实体经济推进|金融改革, 在全国农村实行|…补助政策):
    a name never holds one; what follows it is the name."""
    t = a.text
    for s, e in reversed(a.words(start, hs)):
        if s > start and hs - e >= 2 and t[s:e] in GOVERNING_VERBS:
            return e
    return start


def _after_verb_in_yu(a: Analysis, start: int, hs: int) -> int:
    """``start`` after the last verb in 于 of three characters or more inside
    the words before a head (该公司得益于|智慧城市试点): what the clause owes
    to or aims at follows it; the subject and the verb are no name."""
    t = a.text
    for s, e in reversed(a.words(start, hs)):
        if e - s >= 3 and t[e - 1] == "于" and hs - e >= 2:
            return e
    return start


def _all_generic(a: Analysis, start: int, hs: int) -> bool:
    """Whether the words before a head are generic ones only (重点|建设|工程),
    none a topic of its own."""
    t = a.text
    found = a.words(start, hs)
    return (
        len(found) >= 2 and found[0][0] == start and all(t[s:e] in GENERIC_NAMES for s, e in found)
    )


def _issuers_listed(t: str, win: int, hs: int) -> tuple[int, int] | None:
    """When the words before a head open with a public body that closes a
    list of them (贯彻市委、|市政府工业强市战略), where the list's clause opens
    and where the bodies end; else None."""
    if win < 3 or t[win - 1] != "、":
        return None
    m = ISSUER_AFTER_LIST.match(t, win, hs)
    if m is None or hs - m.end() < 2 or not ISSUER_BEFORE_LIST.search(t, max(0, win - 9), win - 1):
        return None
    k = win - 1
    while k > 0 and win - k < WINDOW and t[k - 1] not in BOUNDARY:
        k -= 1
    if not CARRIED_OUT.search(t, k, win - 1):
        return None  # 制定省委、省政府领导…分工方案: the bodies are the plan's topic
    return k, m.end()


def _after_year(a: Analysis, start: int, hs: int) -> int:
    """``start`` moved past the last year inside the words before a head
    (提前谋划2026年|…城市试点): the year says when, and what stands before it
    is the clause that says so; a name holds no year but in its title."""
    t = a.text
    if not any("0" <= ch <= "9" for ch in t[start:hs]):
        return start  # cheap first: most names hold no digit
    best = start
    for m in YEAR_INSIDE.finditer(t, start, hs):
        if m.start() > start and m.end() < hs - 1 and m.end() in a.starts:
            best = m.end()
    return best


def _shares_the_head(t: str, start: int, hs: int, head: str) -> bool:
    """Whether two nouns joined by 和/与 share one reform or project that a
    policy verb opens (深化国防和军队改革, 推进中央与地方收入划分改革, 实施…保护和修复
    重大工程): a reform or a project is named by what it covers; a policy
    (招商引资和产业政策) is two things."""
    return (
        head.startswith(SHARED_HEADS) and "、" not in t[start:hs] and not _generic_mark(t[start:hs])
    )


def _past_leading_verb(a: Analysis, start: int, end: int) -> int:
    """``start`` past a verb that widens, opens or ends a pilot, a list or a
    battle (扩大|…综合试点, 全面推开|营改增试点, 缩减|…负面清单, 完成|…攻坚战):
    such names are nouns, so the verb is what is done to them; verbs that
    are the name's own topic stay (节能减排…攻坚战, 延长30年试点)."""
    s, e = a.token(start)
    if s == start and end - e >= 2 and a.text[s:e] in SCOPE_VERBS:
        return e
    return start


def _verb_at(a: Analysis, pos: int) -> bool:
    s, e = a.token(pos)
    return word_tag(a.text[s:e]) in ("v", "vn", "vd")


def _ends_in_its_verb(x: str, r: _Resources) -> bool:
    """Whether the words before a head end in a policy verb that governs it
    (公司深化|改革), not in one that the name is about (品牌创建|行动)."""
    m = r.trigger_end.search(x)
    return m is not None and m.group() not in NAMED_VERBS


def _in_brackets(t: str, pos: int) -> bool:
    """Whether ``pos`` is inside an open bracket a few characters before it
    (（人社部发…: the number of the title before the bracket)."""
    opened = max(t.rfind("（", max(0, pos - 10), pos), t.rfind("(", max(0, pos - 10), pos))
    return opened >= 0 and not any(ch in "）)，。；" for ch in t[opened:pos])


def _issuer_code_start(t: str, start: int, end: int) -> int:
    """Start of an issuer's code before its bracketed year (国办发, 京政办发,
    财建): at most four characters, after a body's name or a preposition
    (北京市人民政府办公厅|京政办发, 在|财建)."""
    bracket = next(i for i in range(start, end) if t[i] in "〔［[")
    k = bracket
    while k > start and bracket - k < MAX_ISSUER_CODE and t[k - 1] not in ISSUER_CODE_STOPS:
        k -= 1
    return k


def _domain_of_policy(a: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) before 政策 is a field: one common word, with a
    word of support or not (货币, 调控, 税收优惠, 人才支持), or two common
    words of a field and its means (房地产|调控, 住房|信贷), with a word of
    support or not (粮食|生产|支持政策, 绿色|消费|激励机制: a field and the
    kind of support it gets name a class of instruments, as 人才支持 does),
    after the level that has it (国家|宏观调控)."""
    t = a.text
    found = a.words(start, end)
    if not found or found[0][0] != start:
        return False
    if len(found) > 1 and t[found[0][0] : found[0][1]] in QUOTE_LEVELS:
        found = found[1:]
    if len(found) in (2, 3) and t[found[-1][0] : found[-1][1]] in SUPPORT_WORDS:
        found = found[:-1]
    if len(found) == 2 and all(e - s >= 2 for s, e in found):
        return all(word_freq(t[s:e]) >= DOMAIN_WORD_FREQ for s, e in found)
    return len(found) == 1 and word_freq(t[found[0][0] : found[0][1]]) >= DOMAIN_WORD_FREQ


def _holds_clause_verb(a: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) holds a verb that makes a clause of it, not a name
    (武汉签署战略, 成都作为集团战略, 召开…推进暨政策)."""
    t = a.text
    k = start
    while k < end:
        s, e = a.token(k)
        if t[s:e] in CLAUSE_VERBS:
            return True
        k = max(e, k + 1)
    return False


def _after_clause(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """Where a name before a head noun at ``end`` can start: after the last
    word of a clause in front of it — an adverb, a modal, a conjunction, a
    pronoun, a localiser, a scope (这一背景下中国可以享受…政策, 低空领域…试点),
    the predicate's verb after a modal (需要调整…) or a public body's policy
    verb (政府推出…计划); a policy verb left at the start is stripped next.
    Other verbs stay: a name holds its own (项目带动战略, 民营企业参与…机制)."""
    t = a.text
    cut = start
    found = a.words(start, end)
    predicate_end = -1  # where the clause's predicate verb ends, once cut
    for i, (s, e) in enumerate(found):
        w = t[s:e]
        if _describes_noun(t, found, i):
            continue
        tag = word_tag(w)
        predicate = (
            s == cut > start
            and s != predicate_end  # 围绕|降低…专项行动: its object opens with a verb
            and _predicate_verb(w)
            and not _split_word(found, i)
        )
        if (
            (len(w) >= 2 and (tag in ("d", "ad", "p", "c", "r") or w in MODALS | TIME_WORDS))
            or (tag == "f" and s > start)
            or (len(w) == 1 and w in CLAUSE_CHARS)
            or (w in SCOPE_WORDS and s > start)
            or _adverb_phrase(w)
            or predicate
            or (w in r.trigger_words and t.endswith(BODY_SUBJECTS, start, s))
        ):
            cut = e
            if predicate or (len(w) >= 2 and tag == "p"):
                predicate_end = e  # 围绕|…, 对照|…: what follows is the object
    return cut


def _split_word(found: list[tuple[int, int]], i: int) -> bool:
    """Whether word ``i`` is one character followed by another one-character
    word: a word the segmenter does not know, cut in two (提|振消费…)."""
    s, e = found[i]
    return e - s == 1 and i + 1 < len(found) and found[i + 1] == (e, e + 1)


def _describes_noun(t: str, found: list[tuple[int, int]], i: int) -> bool:
    """An adverb (by jieba's tag) before a noun describes it (长期|护理保险);
    before a verb it opens the predicate (严格|执行). Right before the head
    noun it describes the head (设备更新|工程: jieba tags 更新 an adverb)."""
    s, e = found[i]
    if word_tag(t[s:e]) not in ("d", "ad") or t[s:e] in ADVERBS:
        return False
    if i + 1 >= len(found):
        return e - s >= 2 and s > found[0][0]
    after = t[found[i + 1][0] : found[i + 1][1]]
    return word_tag(after) not in ("v", "vn", "vd", "d", "ad") and not _adverb_phrase(after)


def _holds_predicate(a: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) holds a clause's words: a common verb, a time
    word, an adverb, a modal (下半年要强化…)."""
    t = a.text
    for s, e in a.words(start, end):
        w = t[s:e]
        if _predicate_verb(w) or word_tag(w) in ("t", "d", "p", "c", "r") or w in MODALS:
            return True
    return False


def _holds_preposition(a: Analysis, start: int, end: int) -> bool:
    """Whether a preposition of one character stands as a word inside
    [start, end) (a name never holds one: 省政府对农村信用社改革)."""
    t = a.text
    if ONE_CHAR_PREPOSITIONS.isdisjoint(t[start + 1 : end]):
        return False  # cheap first
    # words from ``start``: a word cut after its first character would leave
    # its second standing alone (数|据资产试点)
    return any(
        s > start and e - s == 1 and t[s] in ONE_CHAR_PREPOSITIONS for s, e in a.words(start, end)
    )


def _clause_after(a: Analysis, r: _Resources, trig: int, start: int) -> bool:
    """Whether a preposition that served as the trigger (在, 以, 根据…) is
    followed by a verb: it introduces a clause (在研究制定政策), not a name."""
    m = _trigger_word_ending(a, r, trig)
    if m not in PREPOSITION_TRIGGERS:
        return False
    s, e = a.token(start)
    return s == start and word_tag(a.text[s:e]) in ("v", "vn")


def _trigger_word_ending(a: Analysis, r: _Resources, trig: int) -> str:
    """The policy verb that ends at ``trig``."""
    t = a.text
    for x in r.triggers:  # longest first
        if t.startswith(x, trig - len(x)):
            return x
    return ""


def _predicate_verb(word: str) -> bool:
    """A common verb (or verbal noun) of a clause's predicate (调整, 研究)."""
    return (
        word_tag(word) in ("v", "vn")
        and word_freq(word) >= COMMON_VERB
        and word not in NOMINAL_VERBS
    )


def _adverb_phrase(word: str) -> bool:
    """An adverb and a verb that jieba keeps as one word (积极响应, 严格执行)."""
    if len(word) < 4 or not (word[:2] in ADVERBS or word_tag(word[:2]) == "ad"):
        return False
    return word_tag(word[2:]) in ("v", "vn") or word[2:] in BARE_TRIGGERS


def _acts_listed(a: Analysis, r: _Resources, items: list[tuple[int, int]]) -> bool:
    """Whether items after a list's first open with a verb (印发…方案、建立…中心、
    举办…大会等举措): what was done, each its own clause, no names listed."""
    for k, _end in items:
        first = a.word_at(k)
        if first in BARE_TRIGGERS or first in r.trigger_words or _verb_or_adverb(first):
            return True
        if word_tag(first) == "v" and first not in NOMINAL_VERBS:
            return True
    return False


def _verb_or_adverb(word: str) -> bool:
    """A common verb, adverb, preposition or conjunction (jieba's tags): it
    introduces a name, it is not part of it."""
    if len(word) < 2:
        return False  # 助企纾困: single characters are read as part of the name
    tag = word_tag(word)
    if tag in ("d", "p", "c", "r"):
        return True
    return tag == "v" and word_freq(word) >= COMMON_VERB and word not in NOMINAL_VERBS


def _trigger_at(r: _Resources, t: str, pos: int) -> str | None:
    m = r.trigger_re.match(t, pos)
    return m.group() if m else None


# After 服务 these make it a noun (服务贸易, 服务业), not the verb that
# introduces a name (服务国家战略).
SERVICE_NOUNS = tuple(words("贸易 业 型 外包 消费 平台 体系 中心 机构 企业 能力 水平 功能"))
# Opening a clause, 服务企业 is most often the verb and its object (服务企业|纾困…).
SERVICE_NOUNS_OPENING = tuple(n for n in SERVICE_NOUNS if n != "企业")


def _first_trigger(a: Analysis, r: _Resources, start: int, end: int) -> int | None:
    """End of the leftmost policy verb between ``start`` and ``end``."""
    t = a.text
    for m in r.trigger_re.finditer(t, start, end):
        s = m.start()
        if s != start and s not in a.starts and t[s - 1] not in "好入":
            ws, we = a.token(s)
            if we != m.end() or we - ws > 4:
                continue  # not a verb closing a word like 严格执行, 全面推行
        if m.end() < len(t) and m.end() not in a.starts and m.end() != end:
            continue  # inside a longer word: 实施方案, 推进会
        if m.group() == "服务" and t.startswith(
            SERVICE_NOUNS if s != start else SERVICE_NOUNS_OPENING, m.end()
        ):
            continue  # 跨境服务贸易负面清单, 。服务贸易…试点: services as a noun, no verb
        return m.end()
    return None


def _verb_after_place(a: Analysis, r: _Resources, start: int, end: int) -> int | None:
    """End of the first policy verb of two characters or more between
    ``start`` and ``end`` (在武汉|推出|…): a preposition (可以's 以) is none."""
    while (k := _first_trigger(a, r, start, end)) is not None:
        word = _trigger_word_ending(a, r, k)
        if len(word) >= 2 and word not in PREPOSITION_TRIGGERS:
            return k
        start = k
    return None


def _trigger_before(a: Analysis, r: _Resources, pos: int) -> bool:
    """A policy verb (and adverbs) right before ``pos``: 复制推广“…”."""
    return r.trigger_tail.search(a.text, max(0, pos - 24), pos) is not None


def _bare_trigger(a: Analysis, qs: int) -> bool:
    """A policy verb before a bare quote, in its clause (实施…、义务教育学校“阳光分班”)."""
    t = a.text
    k = qs
    while k > 0 and qs - k < 20 and t[k - 1] not in "，,。；;：:！？!?\n":
        k -= 1
    return BARE_TRIGGER.search(t, k, qs) is not None


def _strip(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """Move ``start`` past adverbs, time words, level words and further policy
    verbs (深入实施新一轮… → …); a verb stays when 改革 follows it (深化改革开放行动)."""
    t = a.text
    changed = True
    while changed and start < end:
        changed = False
        m = TIME_PREFIX.match(t[start:end]) or BATCH_PREFIX.match(t[start:end])
        if m and start + m.end() < end:
            start += m.end()
            changed = True
            continue
        glued = _adverb_glued_to_verb(a, r, start, end)
        if glued:
            start = glued  # 紧紧围绕|…, 得益于|…: the clause's verb, not the name's
            changed = True
            continue
        for adv in ADVERBS_BY_FIRST.get(t[start], ()):
            if t.startswith(adv, start) and start + len(adv) < end and start + len(adv) in a.starts:
                if adv in NOUN_MODIFIERS and not _verb_at(a, start + len(adv)):
                    break  # 重点群体就业促进行动: 重点 describes the noun after it
                start += len(adv)
                changed = True
                break
        if changed:
            continue
        for lvl in LEVEL_WORDS if t.startswith(LEVEL_WORDS, start) else ():
            if t.startswith(lvl, start) and start + len(lvl) < end:
                start += len(lvl)
                changed = True
                break
        for lvl in () if changed or not t.startswith(WHOLE_LEVELS, start) else WHOLE_LEVELS:
            # 全市工业倍增行动: who carries the programme out, not its name
            if t.startswith(lvl, start) and start + len(lvl) < end and start + len(lvl) in a.starts:
                start += len(lvl)
                changed = True
                break
        if changed:
            continue
        if t[start] == "的" and r.trigger_end.search(t, max(0, start - 4), start):
            start += 1  # 年初出台的|小微企业减税政策: the name after what was done to it
            changed = True
            continue
        done = word_starting_at(t, start, DONE_WELL_VERBS)
        if done and start + len(done) < end and start + len(done) in a.starts:
            start += len(done)  # 抓好稳就业政策落地, 用好…机制: what to do well, not the name's
            changed = True
            continue
        front = next(
            (w for w in FRONT_WORDS_BY_FIRST.get(t[start], ()) if t.startswith(w, start)), None
        )
        if front and start + len(front) < end - 1 and start + len(front) in a.starts:
            start += len(front)  # 年内|…三年行动, 上述|…, 当地|…: when, which, where
            changed = True
            continue
        if t[start : start + 2] in FRONT_PURSUING and start + 2 < end and start + 2 in a.starts:
            start += 2  # 紧扣|城市更新行动计划, 做|实|…试点: the verb, not the name's
            changed = True
            continue
        trig = _trigger_at(r, t, start)
        if (
            trig
            and len(trig) >= 2
            and start + len(trig) < end
            and not t.startswith(("改革", "开放"), start + len(trig))
            and start + len(trig) in a.starts
            and not (trig in NOMINAL_VERBS and r.trigger_end.search(t, max(0, start - 4), start))
            and not (trig == "服务" and t.startswith(SERVICE_NOUNS_OPENING, start + 2))
        ):
            start += len(trig)
            changed = True
    return start


def _adverb_glued_to_verb(a: Analysis, r: _Resources, start: int, end: int) -> int:
    """The end of the word at ``start`` when it is a verb of three characters
    or more that never opens a name: one ending in 于 (得益于, 致力于, 立足于),
    or an adverb the segmenter glues to a verb of pursuing (紧紧|围绕); else 0."""
    t = a.text
    s, e = a.token(start)
    if s != start or e >= end - 1 or e - s < 3:
        return 0
    word = t[s:e]
    if word.endswith("于"):
        return e
    # a doubled adverb (紧紧, 牢牢) or one of ADVERBS, then the verb
    advs = [word[:2]] if word[0] == word[1] else ADVERBS_BY_FIRST.get(word[0], ())
    for adv in advs:
        rest = word[len(adv) :]
        if word.startswith(adv) and (rest in FRONT_VERBS or rest in r.trigger_words):
            return e
    return 0


def _strip_places(a: Analysis, r: _Resources, start: int, end: int, *, rest: int = 2) -> int:
    """Drop a leading place or zone (抚州高新区科技金融改革 → 科技金融改革),
    when ``rest`` characters or more are left before ``end``."""
    t = a.text
    m = re.match(
        r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|高新区|经开区|开发区|新区|自治区)", t[start:end]
    )
    if (
        m
        and _place_like(m.group(), r)
        and end - (start + m.end()) >= rest
        and start + m.end() in a.starts  # 要素市场化: 市 starts a word, no place ends here
    ):
        return start + m.end()
    return start


def _place_before(t: str, r: _Resources, s: int, k: int) -> int:
    """Start of a place name (抚州市, 宜黄县) that ends at ``s``, else ``s``."""
    if s == 0 or t[s - 1] not in "省市县区":
        return s
    for length in range(6, 1, -1):
        if s - 1 - length >= k and t[s - 1 - length : s - 1] in r.places:
            return s - 1 - length
    if t[s - 3 : s - 1] in QUOTE_FRONT_WORDS or t[s - 2] in "我本全该这此各":
        return s - 1  # 今年|省政府工作报告, 我|省…: when or which, then whose
    return s - 3 if s - 3 >= k and CJK.match(t[s - 3]) and t[s - 3] not in "的和与及在观" else s


def _after_body(a: Analysis, start: int, hs: int) -> int:
    """``start`` moved past a government body that opens the name (公安部|打击…专项行动,
    央行|房贷政策): the body runs or issues it, as a level says where; it is no
    part of the name (the guideline's issuer)."""
    t = a.text
    s, e = a.token(start)
    w = t[s:e]
    if s == start and e < hs - 1 and (w in CENTRAL_BANK or (len(w) >= 3 and w.endswith(BODY_ENDS))):
        return e
    return start


def _past_pursuing(a: Analysis, start: int, hs: int) -> int:
    """``start`` past a verb of pursuing a programme at the name's front, or
    past the rest of one whose first character the front words took with them
    (该县做|实|城市更新行动计划: the segmenter splits 做实)."""
    t = a.text
    if t[start : start + 2] in FRONT_PURSUING and start + 2 < hs - 1 and start + 2 in a.starts:
        return start + 2
    k = start - 1
    if (
        k >= 0
        and t[k : k + 2] in FRONT_PURSUING
        and a.token(k) == (k, start)  # 做 alone, split from its 实 (not 开放|大规模)
        and start + 1 < hs - 1
        and start + 1 in a.starts
    ):
        return start + 1
    return start


def _after_support(a: Analysis, start: int, hs: int) -> int:
    """``start`` past a verb of supporting a programme that an adverb puts in
    a clause (平台全面赋能|…试点, 有力支撑|…行动): the predicate, not the name's
    words (中小企业数字化赋能专项行动 keeps its 赋能)."""
    t = a.text
    if SUPPORT_RE.search(t, start, hs) is None:
        return start  # one C call: most names hold none of them
    for s, _e in a.words(start, hs):
        e = s + 2  # read on two characters: the segmenter splits some (赋|能)
        if e >= hs - 1:
            break
        if t[s:e] in SUPPORT_VERBS and e in a.starts and s > start:
            ps, pe = a.token(s - 1)
            if pe == s and t[ps:pe] in ADVERBS:
                return e
    return start


def _after_single_level(a: Analysis, start: int, hs: int) -> int:
    """``start`` past a level of one character that is a word of its own
    (落实省|…三年行动, 市|…行动计划): whose the programme is, as before a quote;
    区域…, 县域…, 市场化… begin with the character, not the level."""
    if (
        start < hs
        and a.text[start] in SINGLE_LEVELS
        and a.token(start) == (start, start + 1)
        and hs - start > 3
    ):
        return start + 1
    return start


def _after_level(a: Analysis, start: int, hs: int) -> int:
    """``start`` moved past the last level word before the head (白马湖省级|产教
    融合试点): the level and what stands before it say where, not which."""
    t = a.text
    best = start
    for lvl in LEVEL_WORDS:
        p = t.rfind(lvl, start, hs)
        end = p + len(lvl)
        if p > start and end < hs - 1 and end in a.starts and p in a.starts:
            best = max(best, end)
    # the departments that carry a programme out stand where a level does
    # (中央部门|零基预算改革试点): who runs it, not which it is
    p = t.rfind(BODIES_BEFORE, start, hs)
    end = p + len(BODIES_BEFORE)
    if p > start and end < hs - 1 and end in a.starts:
        best = max(best, end)
    return best


def _place_word(word: str, r: _Resources) -> bool:
    """A place's name, or a city's or county's name without 市 or 县 (大冶, 萧山)."""
    if word in r.places:
        return True
    if not 2 <= len(word) <= 3 or word_tag(word) in ("v", "vn", "a", "d", "s"):
        return False  # 合作 (合作市), 东方 (东方市): a common word first
    return word_freq(word) < COMMON_PLACE_WORD and any(word + lv in r.places for lv in "市县")


def _place_like(word: str, r: _Resources) -> bool:
    if word in r.places:
        return True
    for suffix in ("自治区", "高新区", "经开区", "开发区", "新区", "省", "市", "县"):
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = word[: -len(suffix)]
            return len(stem) >= 2 and not stem.endswith(("城", "都", "本"))
    return False


# Words before a head that only say where or which one (全国首批试点, 国家级试点).
SCOPE_ONLY = re.compile(
    r"^(?:全国|全省|全市|全区|全县|国家级|国家|省级|市级|县级|区级|首批|首个|首家|唯一|新一批|一批|"
    r"第[一二三四五六七八九十0-9]+批|同类|相关|此类|各类|多个|各个|部分地区|部分|各地|多地|有关地区)+$"
)


def _generic_mark(words: str) -> bool:
    """Whether ``words`` hold a mark of a list or a pointer (等, 各, 的, 相关…),
    not inside a word of its own (职业技能等级证书制度, 高等教育法)."""
    words = WORDS_WITH_MARKS.sub("", words)
    return any(m in words for m in GENERIC_MARKS)


def _valid_name(x: str, name: str) -> bool:
    """The words before the head make a name, not a generic phrase."""
    if len(x) < 2 or len(name) > MAX_NAME or SCOPE_ONLY.match(x) or x.startswith(COUNT_OF_POLICIES):
        return False
    if x in GENERIC_NAMES or _generic_mark(x) or x.endswith(GENERIC_ENDINGS):
        return False
    if re.match(r"^[一二两三四五六七八九十几多数0-9]+[项大个条批种类家]", x):
        return False
    return not (x[-1] in "了着过" or x[0] in "了着过")
