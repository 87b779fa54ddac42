"""COMPANY in lists of projects: the firms local news names its projects by.

Zone bulletins and local economy news list what was signed, started or
settled as projects or firms, with no legal form and often with no
business word: ``累计已招引落地广丰旗、安序源、上药等11个项目``,
``尼玛克、安川都林等130多家企业``, ``以参天科瑞、博唯生物为代表的``. Two kinds
of member are read here, and one firm named by its project's capacity:

1. in a list that 等N个项目, 等…企业 or 为代表 closes, a member that is a name
   and nothing else: characters jieba makes no word of, or rare words, never
   a sector, a product's dictionary words (锂电隔膜), a place or a site;
2. a project (…项目, …基地, …工厂) that opens with its firm's home province
   or city, its brand and its trade or 集团 (总投资5.5亿元的苏州超邦涂料年产…项目,
   签约陕西隆庆精密制造生产基地): the home glued to a brand says a firm's
   name, which keeps its trade (涂料, 精密制造) but not its product;
3. a name right before 年产 and a figure (昊森部件|年产40万套汽车内饰件,
   国峰元储|年产30吉瓦时电池): the firm whose capacity names its project,
   read back to a mark, a verb or a descriptor; no zone, county or body.

A brand alone opening a project's name (雷丁新能源汽车基地) is left to the
short-name rules: measured on zone news, it names a product or a site as
often as a firm."""

from __future__ import annotations

import re

import models.suggest.company as h
from models.suggest.lexicon import words
from models.suggest.segment import Analysis, Candidate, word_freq, word_tag

# The words that end a project's or facility's name in a list of them.
PROJECT_ENDINGS = words(
    "项目 基地 工厂 产业园 工业园 园区 总部 厂房 生产线 一期 二期 三期 迁建 改建 扩建 技改"
)
PROJECT_END = re.compile(f"(?:{'|'.join(PROJECT_ENDINGS)})" r"(?:[(（][^)）]{1,6}[)）])?$")
# The last characters of those names (or of a note in brackets after them):
# a clause that ends otherwise needs no search for them.
PROJECT_END_LAST = frozenset([w[-1] for w in PROJECT_ENDINGS] + [")", "）"])
# What closes a list of projects or firms: 等5个项目, 等130多家企业, 为代表的.
LIST_CLOSER = re.compile(
    r"^等(?:[0-9一二两三四五六七八九十百]+(?:多|余)?(?:个|家|户|项)|一批)?"
    r"[\u4e00-\u9fff]{0,8}?(?:项目|企业|单位)|^等?为代表"
)
PROJECT_WORDS = ("项目", "基地", "工厂", "产业园", "工业园", "总部", "厂房", "生产线")
PROJECT_WORD = re.compile("|".join(PROJECT_WORDS))
# Verbs and phrases after which the first member of a list begins.
OPENERS = re.compile(
    "(?:引进了?|引入了?|招引落地|落地了?|落户|签约|签下|开工|竣工|投产|包括|还包括|分别为|分别是|新开工|"
    "续建|推进|推动|加快|建设|启用|保障|以及|以|有|为|的)"
)
# Verbs that open a list of investors or investments, which a bare 等 may close.
INVESTMENT_OPENER = re.compile("包括|引进了?|引入了?|落户|签约|招引|入驻")
# Trades a firm's name ends in after its brand (超邦涂料, 福尔程环保科技).
TRADES = frozenset(
    words(
        """生物 医药 药业 制药 医疗 科技 电子 光电 光学 电气 机械 精密 精密制造 制造 材料 新材 新材料 化工 环保
        环保科技 电子科技 纺织 制衣 服装 饮料 食品 涂料 石油 合金 轻合金 食用菌 市政工程 电梯 牙科 包装 能源
        股份 半导体 精细化工"""
    )
)
# The first and last characters of the trades (and below, the first of the
# places a foreign firm comes from): most members start and end with none of
# them, and need not be tested against every word of the lists.
TRADE_FIRSTS = frozenset(w[0] for w in TRADES)
TRADE_LASTS = frozenset(w[-1] for w in TRADES)
TRADE_WORDS = tuple(TRADES)  # for one startswith or endswith of them all
# Parts of speech of dictionary words a brand may hold besides single
# characters: proper nouns and abbreviations (新疆|仁和 is no proper noun, but
# one rare word after a home place is a brand).
PROPER_TAGS = frozenset(words("nz ns nr nrt nt j"))
# Places whose name a firm keeps before its own (山东新华医疗) are provinces and
# cities; these stand for where a foreign or overseas firm comes from.
OVERSEAS = frozenset(words("香港 澳门 台湾 中国"))
# Where a member's firm comes from, made once: 中国 is among them here, not in
# company.HOMES_ABROAD. No home starts another (a test holds this), so the
# set's order, which follows the hash seed, never decides which is read.
MEMBER_HOMES = h.NATIONS | OVERSEAS
NATION_FIRSTS = frozenset(n[0] for n in MEMBER_HOMES)
# Characters that end the name of a site (路, 村, 桥…): a project named after
# one is a public work.
SITE_CHARS = frozenset("路街村镇乡湖河桥站场馆院校楼苑庄寺区县道渠库坝堤")
SITES = tuple(
    words("大道 广场 公园 花园 小镇 片区 小区 湿地 新城 古镇 景区 街区 社区 商圈 综合体 安置")
)
# What names a project by its size right after its firm (荣信|50万吨乙醇).
CAPACITY = re.compile(r"[0-9]|年产")
# What a project's name says after its firm: the work done there.
AFTER_FIRM = tuple(words("生产 加工 研发 制造 智慧 智能 园区 产业园 产业基地"))
# The work a firm does at its project, which a brand alone may precede.
WORK_DONE = tuple(words("生产 加工 研发"))
MAX_ZONE = 8  # the longest zone's name before a project: 珠海横琴新区
SPLIT_ZONE_LASTS = frozenset(z[-1] for z in h.SPLIT_ZONES)
# Last characters of the names of government bodies (局, 委, 办, 厅).
BODY_CHARS = frozenset("局委办厅处署")
ITEM_SEPARATOR = "、"
CLAUSE_MARKS = re.compile('[，,。；;！？!?：:\n“”"（）()《》]')
MAX_ITEM = 40
SPLITS_OR_CLOSES = re.compile("[、和等为]")  # what can make a clause a list
_LASTS = re.escape("".join(sorted(PROJECT_END_LAST)))  # as a regex class's body
# A member that ends in a project's word, before the 、 or 和 after it.
PROJECT_MEMBER_END = re.compile(f"[{_LASTS}][、和]")
CLOSER_MARK = re.compile("[等为]")  # where LIST_CLOSER can match
# Where a clause can give a firm of a list (_clause_items): a closer's first
# character (等, 为), or a project word's last character ending a member (before
# a 、 or 和) or the clause. Most clauses of news hold none, and are not read:
# one scan of the text finds the few that do.
# (led by one class of both kinds, so that it is scanned for in one quick pass)
LIST_SIGN = re.compile(f"[等为{_LASTS}](?:(?<=[等为])|(?=[、和]|{CLAUSE_MARKS.pattern}|\\Z))")


def project_items(a: Analysis, r: h._Resources) -> list[Candidate]:
    """The firms that open the members of lists of projects in ``a``: those
    of every clause (between two CLAUSE_MARKS) that is not one plain member,
    read only in the clauses where LIST_SIGN stands."""
    t = a.text
    out: list[Candidate] = []
    backwards = t[::-1]  # the mark before a sign is the first after it here
    end = -1  # the end of the clause last read
    for m in LIST_SIGN.finditer(t):
        if m.start() < end:
            continue  # a sign in the clause just read
        start, end = _clause_around(t, backwards, m.start())
        if not _one_plain_member(t, start, end):
            out += _clause_items(a, r, start, end)
    return out


def _clause_around(t: str, backwards: str, pos: int) -> tuple[int, int]:
    """The clause that holds ``pos``: from after the last of CLAUSE_MARKS at
    or before it (``backwards``: the text reversed) to the first after it,
    or the text's ends. Only the clauses where a sign stands are sought,
    one mark each way, not every mark of the text."""
    after = CLAUSE_MARKS.search(t, pos + 1)
    before = CLAUSE_MARKS.search(backwards, len(t) - 1 - pos)
    start = len(t) - before.start() if before else 0
    return start, after.start() if after else len(t)


def _clause_items(a: Analysis, r, start: int, end: int) -> list[Candidate]:
    """The firms that open the members of a clause that is not one plain
    member (``_one_plain_member``)."""
    list_end = _closed_list_end(a.text, start, end)
    if list_end is None and not _may_end_a_project(a.text, start, end):
        # only a member that ends in a project's word gives a firm in a list
        # that nothing closes: most clauses with a 、 or a 和 list no projects
        return []
    items = _split_items(a, start, list_end if list_end is not None else end)
    if not items:  # a member too long to be one (a clause of one, 等企业 closing it)
        return []
    closed = list_end is not None
    one = closed and len(items) < 2 and not PROJECT_END.search(a.text, *items[0])
    if one and not CAPACITY.search(a.text, *items[0]):
        return []  # one member alone says no list, unless it is a project by its capacity
    out = []
    for n, (s, e) in enumerate(items):
        span = _bare_member(a, r, s, e) if closed else None
        if span and n == 0 and h._common_single(a, s):
            span = None  # (扩)建|汇龙环保: the first member may begin with a verb's remnant
        if span is None and (closed or PROJECT_END.search(a.text, s, e)):
            span = _firm_at(a, r, _past_zone(a.text, s, e), e)
        if span is not None:
            out.append(Candidate(span[0], span[1], 0.8, "project-item"))
    return out


def _one_plain_member(t: str, start: int, end: int) -> bool:
    """Whether the clause is one member (no 、 or 和 to split it, no 等 or 为
    to close it) that ends in no project's word."""
    return SPLITS_OR_CLOSES.search(t, start, end) is None and (
        t[end - 1 : end] not in PROJECT_END_LAST or PROJECT_END.search(t, start, end) is None
    )


def _may_end_a_project(t: str, start: int, end: int) -> bool:
    """Whether a member of the clause (up to a 、, a 和 or the clause's end)
    can end in a project's word: its last character ends one."""
    return t[end - 1 : end] in PROJECT_END_LAST or bool(PROJECT_MEMBER_END.search(t, start, end))


def _closed_list_end(t: str, start: int, end: int) -> int | None:
    """Where the clause's list ends when 等…项目 or 为代表 closes it, or 等
    ends a list that a verb of investment opens (引进了…、…等。); None when
    nothing closes it."""
    closer = _closer_in(t, start, end)
    if closer is not None:
        return closer
    if t[end - 1 : end] == "等" and INVESTMENT_OPENER.search(t, start, end):
        return end - 1
    return None


def _split_items(a: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the list in ``a.text[start:end]`` (the first from the
    verb that opens it); none when a member is too long to be one."""
    t = a.text
    items = []
    pos = start
    k = t.find(ITEM_SEPARATOR, start, end)
    while k >= 0:
        items.append((pos, k))
        pos = k + 1
        k = t.find(ITEM_SEPARATOR, pos, end)
    items.append((pos, end))
    items[0] = (_past_opener(a, items[0][0], items[0][1]), items[0][1])
    if items[0][1] - items[0][0] > MAX_ITEM:
        items = items[1:]  # a clause that opens with more than a member, then lists
    flat = [part for s, e in items for part in _split_and(t, s, e) if part[1] > part[0]]
    if any(e - s > MAX_ITEM for s, e in flat):
        return []
    return flat


def _closer_in(t: str, start: int, end: int) -> int | None:
    for m in CLOSER_MARK.finditer(t, start + 2, end):  # only where a closer can begin
        if LIST_CLOSER.match(t[m.start() : end]):
            return m.start()
    return None


def _split_and(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """和 between two project names is a separator (西南总部和捷翼…基地)."""
    k = t.find("和", s + 2, e - 2)
    while k >= 0:
        if PROJECT_END.search(t, s, k):
            return [(s, k), (k + 1, e)]
        k = t.find("和", k + 1, e - 2)
    return [(s, e)]


def _firm_at(a: Analysis, r, s: int, e: int) -> tuple[int, int] | None:
    """The firm that opens the project ``t[s:e]`` with its home province or
    city, its brand and its trade (苏州超邦涂料|年产…项目, 陕西隆庆精密制造|生产
    基地): a home glued to a brand says a firm's name, where a brand alone
    may as well be a product's or a site's."""
    t = a.text
    if h.LEGAL_FORM_END.search(t, s, e) or "公司" in t[s:e]:
        return None  # a legal name: the legal forms' rule reads it whole
    toks = a.words(s, e)
    i = 0
    place = None
    while i < len(toks) and _placelike(t[toks[i][0] : toks[i][1]], r):
        place = toks[i]
        i += 1
    if i == len(toks):
        return None
    if place is None or not _home(t[place[0] : place[1]], r):
        return _firm_opening(a, r, toks, i, e)
    brand_start = toks[i][0]
    i, known = _brand_end(t, r, toks, i)
    brand_end = toks[i - 1][1] if i > 0 else s
    if known or not _good_brand(a, r, toks, brand_start, brand_end):
        return None  # a known firm's own rule reads its name and what extends it
    if t.startswith(h.SPLIT_ZONES, brand_end) or t[brand_end - 1] in SITE_CHARS:
        return None  # 滇中新区, 凤凰路: a zone's or a site's name, not a brand
    if t[brand_end : brand_end + 1] in SITE_CHARS or t.startswith(SITES, brand_end):
        return None
    name_end = _trade_end(a, brand_end, e)
    if t.startswith(h.WEAK_FORMS, name_end):
        name_end += 2  # 海永昌集团: a group's name keeps its form
    if name_end == brand_end:
        return None  # 四川攀西|战略资源项目: a home and a region, not a firm's name
    return place[0], name_end


def _firm_opening(a: Analysis, r, toks, i: int, e: int) -> tuple[int, int] | None:
    """The firm that opens a project's name without its home (after the
    zone or county where the project is, or none): a brand with its trade
    (滇中新区|东鹏饮料|昆明生产基地项目, 瑞丽|浩宇制衣|项目), or a brand
    before the capacity the project is named by (荣信|50万吨乙醇项目).
    A brand alone before the project's words names a product or a site as
    often as a firm; its trade or a capacity after it says it is a firm."""
    t = a.text
    brand_start = toks[i][0]
    k, known = _brand_end(t, r, toks, i)
    if known or k == i:
        return None  # a known firm's own rule reads its name and what extends it
    brand_end = toks[k - 1][1]
    unknown = (
        brand_end - brand_start >= 3
        and _lone_chars(a, brand_start, brand_end)
        and word_tag(t[brand_start]) != "v"  # (扩)建|汇龙环保: a verb's remnant opens it
    )
    if not unknown and not _good_brand(a, r, toks, brand_start, brand_end):
        return None  # (three characters jieba makes no word of are a name: 易|华|录)
    if t[brand_end - 1] in SITE_CHARS or t.startswith(h.SPLIT_ZONES, brand_end):
        return None
    if t[brand_end : brand_end + 1] in SITE_CHARS or t.startswith(SITES, brand_end):
        return None
    name_end = _trade_end(a, brand_end, e)
    if name_end == brand_end:
        name_end = _glued_trade_end(t, brand_end)
    if name_end > brand_end and _firm_ends(a, r, name_end, e):
        return brand_start, name_end
    if unknown and PROJECT_END.search(t, brand_end, e):
        return brand_start, brand_end  # 易|华|录|城市数据湖项目: three characters jieba
        # makes no word of, opening a project's name, are its firm's
    if _lone_chars(a, brand_start, brand_end) and (
        CAPACITY.match(t, brand_end) or t.startswith(PROJECT_WORDS + WORK_DONE, brand_end)
    ):
        return brand_start, brand_end  # 吉|香|居|项目, 圣|湘|海|济|研发…基地: a name jieba
        # does not know, before the project's own words
    return None


def _firm_ends(a: Analysis, r, pos: int, e: int) -> bool:
    """Whether a firm's name can end at ``pos`` in a project's name: what
    follows is the project's site, its capacity, its facility or what is
    made there (东鹏饮料|昆明生产基地, 浩宇制衣|项目, 兖矿能源|智慧制造园区),
    not a phrase the trade word begins (岚睿|科技创新产业园)."""
    t = a.text
    if pos >= e or t.startswith(PROJECT_WORDS, pos) or t.startswith(AFTER_FIRM, pos):
        return True
    return bool(CAPACITY.match(t, pos)) or h._is_place(t[pos : a.token(pos)[1]], r)


def _glued_trade_end(t: str, pos: int) -> int:
    """The end of a trade that jieba glued to the project's word after it
    (川安|医药产业|基地): where the project's words begin, or ``pos``."""
    if t[pos : pos + 1] not in TRADE_FIRSTS:
        return pos
    for trade in TRADES:
        if t.startswith(trade, pos) and t.startswith(PROJECT_WORDS + AFTER_FIRM, pos + len(trade)):
            return pos + len(trade)
    return pos


def _past_zone(t: str, s: int, e: int) -> int:
    """Where a member starts after the zone it is built in (滇中新区|东鹏饮料…):
    a zone's name says where the project is, and jieba cuts the rarer ones
    apart (滇|中|新区)."""
    if SPLIT_ZONE_LASTS.isdisjoint(t[s : min(e, s + MAX_ZONE)]):
        return s  # no zone's last character (区) where one can stand: most members
    for zone in h.SPLIT_ZONES:
        k = t.find(zone, s, min(e, s + MAX_ZONE))
        if k >= 0 and e - k - len(zone) >= 4:
            return k + len(zone)
    return s


def _past_opener(a: Analysis, s: int, e: int) -> int:
    """Where a member starts after the verb or preposition that opens the
    clause (已招引落地|广丰旗); a verb jieba glued to the name still opens it.
    建设 beside a project's word is the project's (…基地|建设项目)."""
    t = a.text
    start = s
    for m in OPENERS.finditer(t, s, min(e, s + 24)):
        inside = PROJECT_WORD.match(t, m.end()) or t.endswith(PROJECT_WORDS, s, m.start())
        if inside and m.group() == "建设":
            continue
        if len(m.group()) > 1 or (
            m.start() in a.starts and m.end() in a.starts and not _lone_char_before(a, m.start())
        ):
            start = m.end()
    return start


def _lone_char_before(a: Analysis, pos: int) -> bool:
    """Whether a name character jieba left alone stands right before ``pos``
    (迈|为|股份): a one-character preposition after it is the name's own
    character, as jieba's cut of a name it does not know leaves it, not
    what opens the list."""
    if pos == 0 or a.token(pos - 1) != (pos - 1, pos):
        return False
    ch = a.text[pos - 1]
    return "\u4e00" <= ch <= "\u9fff" and ch not in h.FUNCTION_CHARS


def _bare_member(a: Analysis, r, s: int, e: int) -> tuple[int, int] | None:
    """A member of a closed list that is a name and nothing else (广丰旗、安序源、
    上药等11个项目): rare words and characters jieba makes no word of, not a
    place, a sector or a site, with its trade after them or not (博唯生物)."""
    t = a.text
    nation = ""
    if t[s : s + 1] in NATION_FIRSTS:
        nation = next((n for n in MEMBER_HOMES if t.startswith(n, s) and e - s - len(n) >= 2), "")
    if nation and a.is_start(s + len(nation)):
        return _bare_member(a, r, s + len(nation), e)  # 美国|塞拉尼斯: where the firm is from
    trade = ""
    if t[e - 1 : e] in TRADE_LASTS and t.endswith(TRADE_WORDS, s, e):
        trade = max(
            (w for w in TRADES if t.endswith(w, s, e) and e - len(w) - s >= 2), key=len, default=""
        )
    if trade and a.is_start(e - len(trade)) and _bare_member(a, r, s, e - len(trade)):
        return s, e  # 博唯|生物、南松|医药: a brand and its trade
    if trade == "股份" and _lone_chars(a, s, e - 2):
        return s, e  # 迈|为|股份: a listed firm's short name, a brand jieba does not know
    if not 2 <= e - s <= 6 or t[s] in h.FUNCTION_CHARS or t[s] in h.NOT_BRAND_CHARS:
        return None
    toks = a.words(s, e)
    if any(not h._brandlike(t[ts:te]) for ts, te in toks) or len(toks) == 1 and e - s > 2:
        return None
    if all(te - ts > 1 for ts, te in toks) and any(word_freq(t[ts:te]) >= 30 for ts, te in toks):
        return None  # 锂电|隔膜: a product's dictionary words; 史蒂芬|弗里茨 are rarer
    if h._is_industry(t[s:e], r) or h.SECTOR_RE.fullmatch(t, s, e) or t[e - 1] in SITE_CHARS:
        return None
    if h._org_ending(t[s:e], r) or word_freq(t[s:e]) >= h.RARE or t[e - 1] in BODY_CHARS:
        return None  # 市财政局: 等单位 lists the government's bodies beside firms
    return s, e


def _lone_chars(a: Analysis, s: int, e: int) -> bool:
    """Two to four characters jieba left apart, the first no function word:
    a name it does not know, whatever the characters (为 in 迈为)."""
    t = a.text
    toks = a.words(s, e)
    return (
        2 <= e - s <= 4
        and all(te - ts == 1 and "\u4e00" <= t[ts] <= "\u9fff" for ts, te in toks)
        and t[s] not in h.FUNCTION_CHARS
        and h._brandlike(t[s])
        and word_tag(t[s]) != "m"  # 零|碳|工厂: a numeral opens no name
    )


def _placelike(w: str, r) -> bool:
    return h._is_place(w, r) or w in h.COUNTRIES or w in OVERSEAS or w.endswith(("新区", "镇"))


def _home(w: str, r) -> bool:
    return w in r.major_places and w not in OVERSEAS and len(w) >= 2


def _brand_end(t: str, r, toks, i: int) -> tuple[int, bool]:
    """The index after a brand's words from ``i``: unknown or rare words, or
    one known firm's name."""
    k = i
    length = 0
    while k < len(toks):
        w = t[toks[k][0] : toks[k][1]]
        if k == i and w in r.known:
            return k + 1, True
        if not h._brandlike(w) or h._is_industry(w, r) or length + len(w) > 6:
            break
        if k > i and _trade_at(t, toks[k][0]):
            break  # 金晟|新材料: jieba cut the trade, which still ends the brand
        if len(w) > 1 and word_tag(w) not in PROPER_TAGS and word_freq(w) >= 10 and k > i:
            break  # 柳工|挖掘机: a product after the brand

        length += len(w)
        k += 1
    return k, False


def _good_brand(a: Analysis, r, toks, s: int, e: int) -> bool:
    """Characters jieba makes no word of, or rare proper nouns (新疆|仁和,
    湖南|福尔程): not a place, an institution or a common word."""
    t = a.text
    if not 2 <= e - s <= 6 or t[s] in h.FUNCTION_CHARS or t[s] in h.NOT_BRAND_CHARS:
        return False
    if h._common_single(a, s) or h._is_place(t[s:e], r) or word_freq(t[s:e]) >= h.RARE:
        return False
    return not h._org_ending(t[s:e], r)


def _trade_at(t: str, pos: int) -> str:
    """The longest trade that starts at ``pos``, or ``""``."""
    if t[pos : pos + 1] not in TRADE_FIRSTS or not t.startswith(TRADE_WORDS, pos):
        return ""
    return max((w for w in TRADES if t.startswith(w, pos)), key=len, default="")


def _trade_end(a: Analysis, end: int, item_end: int) -> int:
    """Where the firm's part ends: after the trade words that follow its brand
    (超邦|涂料, 福尔程|环保科技), which a name with its home keeps, up to the
    last that ends a word (科利科技|电子产品, not 科利科技电子|产品)."""
    t = a.text
    pos = best = end
    while trade := _trade_at(t, pos):
        pos += len(trade)
        if pos <= item_end and a.is_start(pos):
            best = pos
    return best


# -- a firm named by its capacity ------------------------------------------------------

# 年产 and a figure after a name: the capacity a firm's project is named by
# (昊森部件|年产40万套…, 国峰元储|年产30吉瓦时…), or what it handles a year
# (瑞恒环保|年处置10万吨…, 年回收, 年加工, 年处理). Not 年产值, 年产量, 年产能,
# 年处理能力.
CAPACITY_AFTER = re.compile(
    r"年(?:产|处置|处理|回收|加工)(?=\s?[0-9０-９一二两三四五六七八九十百千万])"
)
MAX_OWNER = 10  # the longest name read back from 年产
SINGLE_STOP_TAGS = frozenset(words("v vd d p c r u ad"))
# What a firm's name before its capacity never ends in: a body, a zone, a
# county or a park (玉溪高新区, 师宗产业园区, 景宁县).
NOT_OWNER_LAST = frozenset("区县市镇乡村园省州局委办厅处署")
# Words that stand before the name, not in it: kinds of firm and project.
NOT_OWNER_WORDS = frozenset(
    words("项目 基地 工厂 企业 公司 集团 园区 产业园 车间 厂区 新建 在建 建成 新开工 新签约 新落地")
)


def capacity_owners(a: Analysis, r: h._Resources) -> list[Candidate]:
    """The firm right before 年产 and a figure: the name read back over the
    words that can be a name's, to the clause's or the list member's start,
    a verb, a function word or a descriptor; kept when it holds a brand (a
    rare word, a proper noun, characters jieba makes no word of) and is no
    place, zone or body."""
    t = a.text
    out: list[Candidate] = []
    for m in CAPACITY_AFTER.finditer(t):
        end = m.start()
        if end == 0 or not a.is_start(end):
            continue
        start = _owner_start(a, r, end)
        if start is None:
            continue
        name = t[start:end]
        if name[-1] in NOT_OWNER_LAST or h._is_place(name, r) or h._org_ending(name, r):
            continue
        if not _holds_brand(a, r, start, end):
            continue
        out.append(Candidate(start, end, 0.75, "project"))  # a project named by its firm
    return out


def _owner_start(a: Analysis, r: h._Resources, end: int) -> int | None:
    """Where the name before ``end`` starts: after a mark, a function word,
    a verb or a descriptor, at most MAX_OWNER characters back; None when
    nothing stops it that near, or nothing is left."""
    t = a.text
    k = end
    while k > 0:
        ch = t[k - 1]
        if ch in h.CLAUSE_END or ch in "、 ":
            break
        s, e = a.token(k - 1)
        e = min(e, k)
        w = t[s:e]
        if len(w) == 1 and (
            w in h.NOT_NAME_SINGLES
            or (word_tag(w) in SINGLE_STOP_TAGS and word_freq(w) >= h.COMMON_CHAR)
        ):
            break  # 也有|禾瑞: a common verb or function word (澜屹's 屹, 国峰元储's 元 are the name's)
        if len(w) > 1 and (
            word_tag(w) in h.GRAMMAR_TAGS
            or w in h.STOP_WORDS
            or w in h.DESCRIPTORS
            or w in NOT_OWNER_WORDS
            or w.endswith("企业")
        ):
            break
        if not h.CJK_WORD.fullmatch(w):
            return None  # a figure or a Latin word: no name of this kind
        if end - s > MAX_OWNER:
            return None
        k = s
    return k if end - k >= 2 else None


def _holds_brand(a: Analysis, r: h._Resources, start: int, end: int) -> bool:
    """A word in ``[start, end)`` that only a name has: a rare word or a
    proper noun that is no place, or a single character that is no function
    word (昊|森, 国|峰|元|储)."""
    t = a.text
    for s, e in a.words(start, end):
        w = t[s:e]
        if h._is_place(w, r):
            continue
        if len(w) == 1:
            if w not in h.NOT_BRAND_SINGLES:
                return True
        elif word_tag(w) in ("nz", "nr", "nrt", "j") or word_freq(w) < h.RARE:
            return True
    return False
