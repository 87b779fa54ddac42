"""METRIC: reported quantities with their unit, percent sign and glued
approximator, plus rankings; attributes indicator, value, unit, approx, period.

What is not a METRIC is left out by rule: dates, years and durations (a
number before a time unit), ages, numbers inside short quotes (names and
slogans: “36条”, “1+1+5”), codes glued to Latin letters (PM2.5, 5G),
ordinals that are not rankings (第一批, 第二家), enumerators (一是),
slogan counts (五项重点, 六个方面) and the article-like 一 (一家企业)."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Iterable
from functools import partial
from typing import NamedTuple

from models.domain import Suggestion
from models.suggest.lexicon import words
from models.suggest.numbers import (
    ARABIC,
    ARABIC_ONLY_UNITS,
    CN_NUMERAL,
    CURRENCY,
    UNIT_FORMS,
    UNIT_RE,
    fmt_value,
    normalise_unit,
    parse_number,
    scale_value,
)
from models.suggest.own_characters import of_analysis
from models.suggest.places import place_names
from models.suggest.segment import SPLITS, Analysis, analyse, last_of, word_freq, word_tag
from models.suggest.triggers import triggers

# A number in Chinese numerals is short (一千二百三十四万五千六百七十八 is 15
# characters; news writes longer ones in digits). The bound keeps a pattern
# that needs something after the number (a unit, 强, 分之) from trying, at
# each character of a long run of numerals (一一一…, a garbled page), every
# length of the run after it: a time growing with the square of the run.
LONGEST_CHINESE_NUMBER = 24
CNUM = f"[{CN_NUMERAL}]{{1,{LONGEST_CHINESE_NUMBER}}}"
# The second unit of a rate: 800万吨/年, 31.43元/公斤.
PER_UNIT = (
    "年|月|日|天|晚|人|公斤|千克|吨|斤|桶|平方米|亩|小时|台|件|户|人次|次|箱|kg|千瓦时|度|吨·年"
    "|盎司|股|磅|蒲式耳"
)
# A scale after Arabic digits (1.2万, 9.8万亿, 3千万), never the start of a
# unit (3.6亿千瓦时, 5千克) nor of 百分之.
SCALE = r"(?:[千百]?万亿?|[千百]?亿|千(?![瓦克米])|百(?!分))"
NUM = f"(?:{ARABIC}|{CNUM})"
PRE = "不超过|不低于|不少于|不高于|不超|超过|超出|逾|将近|接近|近|约|大约|不到|不足|低于|高于|至少|多于|少于"
POST = "左右|以上|以下|上下(?!游)|之多|以内"

# A Chinese numeral counts only with a unit or a percent sign after it (两家,
# 三成 is a share): the look-ahead skips every other 一, 十, 万 of the text early.
CNUM_QUANTITY = rf"{CNUM}(?=(?:[-－–—~～至到]{CNUM})?[余多]?(?:[%％‰]|{UNIT_RE}))"


def _led_by(
    first: str, pattern: str, lead: str = "", needs: tuple[str, ...] = (), holds: str = ""
) -> re.Pattern:
    """``pattern``, told which characters can start a match (``first``, a
    character class's inside) and, with ``lead``, what every match starts
    with: the regex engine skips every other position of the text (most of
    it) in one scan, and rules most of the rest out with one cheap test,
    instead of trying each alternative there. (``UNLED`` keeps the pattern
    as written, for a test that they drop no match.) ``needs``: strings one
    of which every match holds; ``holds``: a pattern every match holds a
    match of (see ``_matches``)."""
    led = re.compile(f"(?=[{first}])" + (f"(?={lead})" if lead else "") + f"(?:{pattern})")
    UNLED[led] = pattern
    if needs:
        NEEDS[led] = needs
    if holds:
        HOLDS[led] = re.compile(holds)
    return led


UNLED: dict[re.Pattern, str] = {}
# For a pattern, strings one of which every match of it holds.
NEEDS: dict[re.Pattern, tuple[str, ...]] = {}
# For a pattern, a pattern that opens with a character and that every match
# of it holds a match of: the character before or after which a match's
# number stands (3764.79|点, 十|强, 三|成). The engine finds such a pattern
# by scanning for its first character alone, many times faster than it
# tries a led pattern at each position, and most articles hold 点, 强 or 成
# in words (重点, 加强, 完成) but no number before them.
HOLDS: dict[re.Pattern, re.Pattern] = {}


# NEEDS and HOLDS of each pattern, keyed by its source: Python keeps a
# string's hash but not a compiled pattern's, whose every look-up hashed its
# whole compiled code again (some 4,000 instructions for one of these, a
# dozen look-ups a text). Filled from them at a pattern's first search.
_GATES: dict[str, tuple[tuple[str, ...] | None, re.Pattern | None]] = {}


def _gates(pattern: re.Pattern) -> tuple[tuple[str, ...] | None, re.Pattern | None]:
    """``NEEDS.get(pattern)`` and ``HOLDS.get(pattern)``."""
    got = _GATES.get(pattern.pattern)
    if got is None:
        got = _GATES[pattern.pattern] = (NEEDS.get(pattern), HOLDS.get(pattern))
    return got


def _matches(pattern: re.Pattern, text: str) -> Iterable[re.Match]:
    """``pattern.finditer(text)``, or nothing when the text holds none of the
    strings every match needs, or no match of what every match holds: the
    engine still tries a led pattern at each position (some ten nanoseconds
    a character), where ``in`` scans for a string many times faster, and
    most articles hold no ratio's colon or fraction's slash."""
    needs, holds = _gates(pattern)
    if needs is not None:
        for n in needs:  # a loop, not any() over a generator: one a pattern a text
            if n in text:
                break
        else:
            return ()
    if holds is not None and holds.search(text) is None:
        return ()
    return pattern.finditer(text)


DIGITS = "0-9０-９"
# The most characters a number is written with, digits, separators and all
# (1,234,567,890.123456 is 20). What a pattern's lead reads ahead (the
# number's characters up to what must follow them) is bounded by it: at each
# digit of a long run (a garbled table) the lead read the rest of the run, a
# time growing with the square of its length.
LONGEST_NUMBER = 32
# the characters of a number, Arabic (1,200.5) or Chinese (三十五)
NUMBER_CHARS = f"[{CN_NUMERAL}{DIGITS},，.．]"
PRE_FIRST = "".join(sorted({word[0] for word in PRE.split("|")}))
QUANTITY = _led_by(
    PRE_FIRST + DIGITS + CN_NUMERAL,
    rf"(?P<pre>{PRE})?"
    rf"(?P<num>{ARABIC}|{CNUM_QUANTITY})"
    rf"(?:(?P<rsep>[-－–—~～至到])(?P<num2>{ARABIC}(?:[万亿千百]{{0,2}})|{CNUM}))?"
    r"(?P<yu1>余|多)?"
    rf"(?P<scale>{SCALE})?"
    r"(?P<yu2>余|多)?"
    rf"(?:(?P<pct>[%％‰])|(?P<unit>{UNIT_RE})(?P<unitx>[(（](?:次|人次)[)）])?)?"
    rf"(?P<per>[/／](?:{PER_UNIT}))?"
    rf"(?P<post>{POST})?",
)
# An amount with an approximator and a scale but no unit (近千亿, 不足20万,
# 超1500亿), and an approximate count (数十家, 数百亿元).
SCALE_AMOUNT = re.compile(
    rf"(?P<pre>{PRE}|超|过)(?P<num>[一二两三四五六七八九]?[十百千]?(?:万亿|千万|百万|万|亿))(?![{CN_NUMERAL}])"
)
# every match holds 万 or 亿, and the scan tests every character of the
# text: one text in eight holds neither
NEEDS[SCALE_AMOUNT] = ("万", "亿")
SOME = re.compile(rf"数(?P<num>[十百千万]+)(?P<scale>万亿|亿|万)?(?P<unit>{UNIT_RE})")
# A prefix 超 only when it stands before a digit: 超400亿元, not 超大; 过
# only before an order of magnitude (过千亿, 过亿元): before a digit it is
# mostly a verb's aspect (交战过16场), and it never ends a word (通过, 迈过).
PASSED = frozenset("迈跨越通经度闯走翻穿错不难胜赶跑跳渡")
PRE_SHORT = re.compile(rf"超(?={ARABIC}|[一二两三四五六七八九十百千万亿])|过(?=[百千万亿])")

# 分两期建设, 分3期实施: how many phases a project is built in is a count;
# elsewhere N期 names one phase (一期项目, 二期扩建) or an issue (第四期).
# (A numeral is tested first, before the lookbehind: most positions fail at once.)
PHASES = re.compile(
    r"(?=[二两三四五六七八九十0-9])(?<=分)(?P<num>[二两三四五六七八九十]+|[0-9]+)期"
)
NEEDS[PHASES] = ("期",)
HOLDS[PHASES] = re.compile("期(?<=[二两三四五六七八九十0-9]期)")
# A count of places that sums up the list before it (郑州、开封、洛阳三市;
# 甲县、乙县、丙区、丁区四地): METRIC when the list has as many members.
PLACE_COUNT = re.compile(r"(?P<num>[二两三四五六七八九十]|[2-9])(?P<unit>地|市|县|省|国)")
LIST_MARKS = frozenset("，,；;。！？!?：:\n（()）")
# A structure ratio of three or more parts (三次产业结构为4.0:47.2:48.8): one
# figure, where the clause says it is a ratio (times and scores are not).
RATIO = _led_by(
    "0-9",
    r"(?<![0-9.:：])[0-9]+(?:\.[0-9]+)?(?:[:：][0-9]+(?:\.[0-9]+)?){2,}(?![0-9:：])",
    rf"[0-9.]{{1,{LONGEST_NUMBER}}}[:：]",
    needs=(":", "："),
    # a digit on either side of a colon: most texts that hold a colon hold
    # it after a speaker (记者：), and the led scan tries every character
    holds="[:：](?<=[0-9][:：])[0-9]",
)
RATIO_BEFORE = re.compile("比例|结构|之比|比重|比为")
# A fraction written with a slash, as a share (占国土面积1/8, 约占总量2/3).
FRACTION = _led_by(
    "1-9",
    r"(?<![0-9.．/／])(?P<num>[1-9][0-9]?)[/／](?P<den>[1-9][0-9]?)(?![0-9.．/／])",
    r"[0-9]{1,2}[/／]",
    needs=("/", "／"),
    holds="[/／](?<=[0-9][/／])[1-9]",  # (a slash in a web address, a name's list: no digits)
)
OCCUPY = frozenset("地用有据领")
# An index's level or move in points (报3764.79点, 跌超1000点, 3万点): with a
# decimal, a scale or at least 100, where a clock's hour (下午3点) never is.
INDEX_POINTS = _led_by(
    PRE_FIRST + "超0-9",
    rf"(?P<pre>{PRE}|超)?(?<![0-9.．])(?P<num>[0-9]+(?:[.．][0-9]+)?)(?P<scale>万)?点(?!钟|半|整(?!数)|多)",
    rf"(?:{PRE}|超)?[0-9.．]{{1,{LONGEST_NUMBER}}}万?点",
    needs=("点",),
    holds="点(?<=[0-9万]点)",
)
RANK = re.compile(rf"第(?P<num>{NUM})(?P<unit>位|名|大)?")
TOP = re.compile(rf"前(?P<num>{NUM})(?P<unit>位|名|强)?")
# Before a top-N ranking, within its clause: a ranking verb or a scope.
TOP_CONTEXT = re.compile(
    "(?:排名|排在|排|位列|位居|居|进入|跻身|名列|稳居|入围|全国|全省|全市|全区|全球|世界|行业|同类|规模)"
    "[\u4e00-\u9fff]{0,8}$"
)
# After 前N these make it a period or a batch (前三季度, 前5个月, 前两批).
TOP_NOT_BEFORE = (
    "季度",
    "个月",
    "月",
    "年",
    "天",
    "日",
    "周",
    "批",
    "轮",
    "期",
    "次",
    "届",
    "个季度",
)
# N强 and 首位 as rankings after a ranking verb: 稳居全国十强, 居全省首位.
RANK_WORD = _led_by(
    CN_NUMERAL + DIGITS + "首",
    rf"(?:(?P<num>{CNUM}|{ARABIC})强|首位)",
    f"{NUMBER_CHARS}{{1,{LONGEST_NUMBER}}}强|首位",
    needs=("强", "首位"),
    holds=f"强(?<=[{CN_NUMERAL}{DIGITS}]强)|首位",
)
RANK_VERB_BEFORE = re.compile(
    "(?:居|位列|位居|位于|进入|跻身|名列|稳居|排名|排在|列|入围)[\u4e00-\u9fff]{0,10}$"
)
RANK_CHANGE = re.compile(
    rf"(?:前进|上升|提升|跃升|进位|攀升|下降|后退|下滑|提高|前移|上升了|提升了)"
    rf"(?P<num>{NUM})(?P<unit>个名次|个位次|位次|位|名)"
)
SHARE = _led_by(
    CN_NUMERAL + DIGITS + "超将近约逾不一百",
    rf"(?P<den>{CNUM}|{ARABIC})分之(?P<num>{CNUM}|{ARABIC})"
    rf"|(?P<ten>{ARABIC}|[一二两三四五六七八九])成(?P<post>左右|以上|多)?"
    rf"|(?:(?<=占)|(?P<hpre>超过|超|将近|近|约|逾|不到|不足))(?P<half>一半)"
    rf"|百分之(?P<pcn>{CNUM}(?:点[{CN_NUMERAL}]+)?|{ARABIC})",
    f"{NUMBER_CHARS}{{1,{LONGEST_NUMBER}}}[分成]|(?:超过|超|将近|近|约|逾|不到|不足)?一半|百分之",
    needs=("分之", "成", "一半"),
    holds=f"分之|一半|成(?<=[{DIGITS}一二两三四五六七八九]成)",
)

# A bare number counts only people or households (全区6000农村人口).
BARE_PEOPLE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:人口|农户|群众|居民|职工|员工|工人|学生|儿童|老人|家庭|人员|贫困户|脱贫户)"
)
SHARE_PRE = re.compile("(?:超过|将近|近|约|超|逾)$")
TIME_AFTER = set("年月日天周时分秒号岁世")
TIME_WORDS_AFTER_GE = words(
    """月 小时 工作日 交易日 季度 星期 年 世纪 学期 周
    """
)
# Nouns after a Chinese-numeral count that make it a slogan (五项重点, 六个方面).
ABSTRACT_AFTER = words(
    """特点 亮点 特色 变化 趋势 阶段 步骤 层次 类别 部分 维度 领域 方面 重点 目标 主线 任务 原则 抓手 要点 环节 层面 维度 方向 理念 关系 坚持 必须 优势 短板 难题 问题 路径 举措 措施 战役 工程 行动 机制 体系 板块 支柱
    篇章 文章 功夫 字
    """
)
# After a bare number these make it a code, model or name (1号线, 500强, 5型).
BARE_NOT_BEFORE = set("号路线型版代届强级期楼室区村栋层倍块点维次批款类") | TIME_AFTER
# What may follow a scale-only amount (千亿元) for it to be a quantity and not
# a class (千亿元园区, 千亿元级).
SCALE_ONLY_NEXT = words(
    """增长 台阶 大关 关口 规模 目标 以上 左右
    """
)
# A size class of projects (亿元以上项目649个, 20亿元至30亿元项目有4个,
# 50亿元或5亿美元以上工业项目2个): a threshold or a range of investment
# that sorts projects into classes, counted elsewhere in the clause. The
# amounts name the class; they are no reported quantity.
RANGE_SEP = "[至到~～\\-－–—]"
CLASS_AMOUNT = rf"(?:超|过)?(?:{ARABIC}{RANGE_SEP})?(?:{ARABIC})?[千百]?[万亿](?:元|美元|欧元|港元)"
SIZE_CLASS = _led_by(
    "超过0-9０-９千百万亿",
    rf"(?P<amounts>{CLASS_AMOUNT}(?:(?:{RANGE_SEP}|或|及)(?:{CLASS_AMOUNT}))*)"
    rf"(?P<bound>及?以上|以下|规模以上)?(?P<of>的)?[\u4e00-\u9fff]{{0,6}}?项目"
    rf"(?P<count>(?:有|共|达|超过|超|近|约)?[{DIGITS}一二两三四五六七八九十百千]+个)?",
    # every match opens with an amount: its number's characters, then 万 or 亿 and a currency
    rf"[超过0-9０-９,，.．{RANGE_SEP[1:-1]}千百]{{0,{LONGEST_NUMBER}}}[万亿](?:元|美元|欧元|港元)",
    needs=("项目",),
    # …and its last amount's currency ends in 元, which at most 规模以上, 的 and
    # six characters part from 项目: three articles in four that hold 项目 hold
    # no such 元, and the pattern is not tried at each of their numbers
    holds="元[\u4e00-\u9fff]{0,11}项目",
)
CLAUSE_MARKS = frozenset("，,；;。！？!?：:、\n（()）")
SENTENCE_MARKS = frozenset("。！？!?\n")
CJK = re.compile(r"[\u3400-\u9fff]")
# A one-character unit and the next character making a word this frequent are
# that word (部门).
GLUED_WORD = 2000
LATIN = re.compile(r"[A-Za-z]")
NOT_DIGIT = re.compile(r"\D")
ASCII_DIGITS = re.compile(r"[0-9]+")

APPROX = {
    "不超过": "不超过",
    "不超": "不超过",
    "不高于": "不超过",
    "低于": "低于",
    "少于": "低于",
    "至少": "至少",
    "不低于": "至少",
    "不少于": "至少",
    "高于": "超",
    "多于": "超",
    "超过": "超",
    "超出": "超",
    "超": "超",
    "过": "超",
    "逾": "超",
    "高达": "",
    "将近": "近",
    "接近": "近",
    "近": "近",
    "约": "约",
    "大约": "约",
    "不到": "不到",
    "不足": "不到",
    "余": "余",
    "多": "余",
    "之多": "余",
    "左右": "左右",
    "上下": "左右",
    "以上": "以上",
    "以下": "以下",
    "以内": "以下",
}
INDICATOR_TRAILING = words(
    """超过了 超过 达到 达 为 是 共计 共 累计 总计 合计 约 突破 增至 降至 升至 下降至 上升至 至 了 的 有 在 近 分别 均 已 仅 再次 首次 有望 实现
    """
)
# by last character (the only ones a trailing word can end on), the places in
# INDICATOR_TRAILING of the words ending in it
TRAILING_BY_LAST: dict[str, list[int]] = {}
for _k, _word in enumerate(INDICATOR_TRAILING):
    TRAILING_BY_LAST.setdefault(_word[-1], []).append(_k)
YEAR_IN_INDICATOR = re.compile(r"(?:19|20)\d{2}年(?:度|底|末|初|上半年|下半年)?")
INDICATOR_LEADING = words(
    """实现 完成 其中 全年 今年 当年 目前 截至目前 同时
    """
)
LEADING_FIRSTS = frozenset(word[0] for word in INDICATOR_LEADING)
LEADING_BY_FIRST = {
    first: tuple(word for word in INDICATOR_LEADING if word[0] == first) for first in LEADING_FIRSTS
}
CHANGE_WORDS = words(
    """同比 比上年 较上年 环比 增长 增速 增幅 提高 下降 减少
    """
)
CHANGE_FIRSTS = frozenset(word[0] for word in CHANGE_WORDS)
YEAR = re.compile(r"((?:19|20)\d{2})年")
# YEAR found from its 年, the year read behind it: the engine finds one
# character (a literal) in a tight loop, where YEAR's first digit is a class
# tested at every character of the text; a year's match is its 年 and the
# four digits before, so the matches are YEAR's (the year in group 1)
YEAR_BY_ITS_END = re.compile(r"年(?<=((?:19|20)\d{2})年)")
# the Analysis.memo key of a text's years: a string keeps its hash, where a
# compiled pattern hashes its code again at every look-up (one per quantity)
YEARS_KEY = "metric.years"


class _Hit(NamedTuple):
    """A quantity found (a tuple: made some ten times a text, where a frozen
    dataclass's fields are set one call at a time)."""

    start: int
    end: int
    value: float | None
    unit: str
    approx: str
    score: float
    kind: str


# a _Hit from the tuple of its fields: NamedTuple's own __new__ is a Python
# function, a call of some 1,500 instructions more for each quantity
_new_hit = partial(tuple.__new__, _Hit)
# QUANTITY's groups in their order, as ``_quantity`` reads them by place
QUANTITY_GROUPS = (
    "pre",
    "num",
    "rsep",
    "num2",
    "yu1",
    "scale",
    "yu2",
    "pct",
    "unit",
    "unitx",
    "per",
    "post",
)
assert tuple(QUANTITY.groupindex) == QUANTITY_GROUPS and QUANTITY.groups == len(QUANTITY_GROUPS)
ASCII_LETTERS = frozenset(string.ascii_letters)  # what LATIN matches

# Three scans skipped on a text that holds none of the strings each match
# needs, read off the patterns (models.suggest.triggers): most articles hold
# no rank's change, no 前 and no 数 (tested with ``in``: an automaton's
# search of the few strings costs more than these tests).
for _pattern in (RANK_CHANGE, TOP, SOME):
    _needs = triggers(_pattern)
    if _needs:  # (none: always scanned)
        NEEDS[_pattern] = tuple(sorted(_needs))


class MetricSuggester:
    """Rules for quantities, shares and rankings."""

    name = "metric"
    version = "3"
    label = "METRIC"

    def suggest(self, text: str) -> list[Suggestion]:
        a = analyse(text)
        out = []
        for h, attrs in self.attributed(a):
            start, end = a.to_original(h.start, h.end)
            out.append(
                Suggestion(
                    start, end, self.label, text[start:end], h.score, self.name, self.version, attrs
                )
            )
        return out

    def attributed(self, a: Analysis) -> list[tuple[_Hit, dict]]:
        """Every quantity found in the compact text, with its attributes in
        the text's own characters. (Every METRIC attribute leaves the rules
        here, for the pipeline's candidates and for ``suggest`` alike.)"""
        out = []
        previous: tuple[int, str] | None = None
        for h in self.find(a):
            attrs = _attributes(a, h, previous)
            # a following 同比增长 borrows a quantity's indicator, never a ranking's
            previous = (h.start, attrs["indicator"]) if h.kind[:4] != "rank" else None
            out.append((h, attrs))
        # a text read in simplified (traditional news) is given its attributes
        # as it writes them; one read as written keeps the rules' strings
        own = of_analysis(a) if out else None
        if own is not None:
            out = [(h, own.attrs(attrs, h.start, h.end)) for h, attrs in out]
        return out

    # -- finding -------------------------------------------------------------------

    def find(self, a: Analysis) -> list[_Hit]:
        text = a.text
        taken = bytearray(len(text) + 1)
        hits: list[_Hit] = []

        def add(h: _Hit | None) -> None:
            if h is None or 1 in taken[h.start : h.end]:  # (find parses its arguments as a tuple)
                return
            taken[h.start : h.end] = b"\x01" * (h.end - h.start)
            hits.append(h)

        for m in _matches(RATIO, text):
            add(self._ratio(a, m))
        for m in _matches(RANK_CHANGE, text):
            add(self._rank_change(a, m))
        for m in RANK.finditer(text):
            add(self._rank(a, m))
        for m in _matches(TOP, text):
            add(self._top(a, m))
        for m in _matches(RANK_WORD, text):
            add(self._rank_word(a, m))
        for m in _matches(SHARE, text):
            add(self._share(a, m))
        for m in QUANTITY.finditer(text):
            add(self._quantity(a, m))
        for m in _matches(SCALE_AMOUNT, text):
            add(self._scale_amount(a, m))
        for m in _matches(SOME, text):
            add(self._some(a, m))
        for m in _matches(INDEX_POINTS, text):
            add(self._index_points(a, m))
        for m in _matches(FRACTION, text):
            add(self._fraction(a, m))
        for m in _matches(PHASES, text):
            add(self._phases(a, m))
        for m in PLACE_COUNT.finditer(text):
            add(self._place_count(a, m))
        classes = _size_classes(text)
        if classes:
            hits = [h for h in hits if not _inside_class(classes, h)]
        hits.sort(key=lambda h: h.start)
        return hits

    def _quantity(self, a: Analysis, m: re.Match) -> _Hit | None:
        text = a.text
        # every group in one call, by place (QUANTITY_GROUPS): a text has some
        # fourteen matches to judge, and a group asked by its name is looked
        # up in the pattern's index each time
        pre, num, _rsep, num2, yu1, scale, yu2, pct, unit, unitx, per, post = m.groups()
        unit = unit or ""
        scale = scale or ""
        num_start = m.start(2)
        end = m.end()
        if not unit and not pct and end == m.end(2) and text[end : end + 1] in TIME_AFTER:
            return None  # 2024年, 3月: a date (every later rule says so, slower)
        arabic = num[0].isdigit()
        if a.quoted[num_start]:
            return None
        before = text[num_start - 1] if num_start > 0 else ""
        if before and (before in ASCII_LETTERS or before in "+＋.．第#№"):
            return None
        if end < len(text) and text[end] in "+＋":
            return None
        if before in "前" and not unit and not pct:
            return None
        if before == "每":
            return None  # 每10股, 每万人: a rate's base, not a quantity
        if before and before in "/／" and not (num_start >= 2 and CJK.match(text[num_start - 2])):
            return None  # 1/2, a code; but 300兆瓦/600兆瓦时 is two quantities
        # (_glued_word of the unit, asked only of a one-character unit)
        if unit and len(unit) == 1 and _glued_word(text, end - 1, end):
            return None  # 12部门, 3个人: the unit starts a word
        if not arabic and (
            text[m.start() : end] in place_names() or text[end : end + 1] in ("区", "县")
        ):
            return None  # 三元区, 三明: a place's name
        after = text[end] if end < len(text) else ""
        # A range only shares its unit: 4.5-105微米, never 2024—2026年.
        if num2 and not (unit or pct):
            return None
        if arabic:
            digits = num.split(".")[0]
            if not digits.isdecimal():  # the digits \D leaves: most numbers are digits alone
                digits = NOT_DIGIT.sub("", digits)
            if len(digits) > 1 and digits.startswith("0") and "." not in num:
                return None  # 04专项: a code
            if len(digits) > 12:
                return None
        else:
            if not pre and _inside_word(text, num_start):
                return None  # a numeral inside a word: 统一, 唯一, 万一
            if scale:
                return None  # a Chinese numeral has taken its scale already
            if num == "一" and not pct and unit != "倍":
                return None  # 一家企业, 一条主线: an article, not a count (一倍 is)
            if not (unit or pct):
                return None
            if unit in ARABIC_ONLY_UNITS:
                return None
            approximate = yu1 or yu2 or post or _approximated(a, m)
            if _scale_only(num) and not approximate:
                if unit not in CURRENCY:
                    return None  # 千家万户
                if after and CJK.match(after) and not text.startswith(SCALE_ONLY_NEXT, end):
                    return None  # 千亿元园区
            if text.startswith(ABSTRACT_AFTER, end) or (after and after in '“"'):
                return None  # 三个方面, 三个“一号工程”: a slogan's count
        if pct:
            if after in ASCII_LETTERS:
                return None
            unit_attr, mult = "%" if pct in "%％" else pct, 1.0
        elif unit:
            if after == "级" or (after == "量" and text[end + 1 : end + 2] == "级"):  # 级, 量级
                return None
            if after == "数" and unit in ("位", "个"):
                return None  # 两位数增长: a figure of speech
            if unit == "起" and text[end : end + 1] in ("拍", "步", "价", "售", "租", "来", "始"):
                return None  # 80万起拍: 起 starts a word, it does not count cases
            if unit == "本" and (num == "0" or num2 == "0"):
                return None  # 2比0本菲卡: a score, then a name
            if unit == "个" and text.startswith(TIME_WORDS_AFTER_GE, end - 0):
                return None  # 1个月
            if unit in ("次",) and after and CJK.match(after) and arabic is False:
                return None
            unit_attr, mult = UNIT_FORMS.get(unit) or (unit, 1.0)  # normalise_unit(unit)
            if unitx:
                unit_attr += unitx.replace("（", "(").replace("）", ")")
            if per:
                unit_attr += "/" + per[1:]
        elif scale in ("万", "亿", "万亿", "千万", "百万", "千亿", "百亿") and (
            post or _approximated(a, m) or _closes_clause(text, end)
        ):
            # 超1500亿, 10亿以上, 成交额9768亿。: the unit is understood
            unit_attr, mult = "", 1.0
        else:
            return self._bare(a, m)
        if after and after in TIME_AFTER and not unit and not pct:
            return None
        # most numbers are ASCII digits alone, which parse_number reads by float()
        value = float(num) if num.isascii() and num.isdigit() else parse_number(num)
        if value is None:
            return None
        # (a range's scale and a scale's value asked only when there is one:
        # scale_value("") is 1.0)
        scaled = scale or (_range_scale(num, num2) if num2 else "")
        value *= (scale_value(scaled) if scaled else 1.0) * mult
        if pct:
            value = value if pct in "%％" else value
        start = m.start()
        pre = pre or ""
        if pre and len(pre) == 1 and _inside_word(text, start):
            start, pre = num_start, ""  # 节约, 附近: not an approximator
        # (PRE_SHORT and a minus sign asked only where the character before
        # could be one: a regex match or a call costs a thousand instructions)
        if not pre and num_start > 0 and text[num_start - 1] in "超过":
            short = PRE_SHORT.match(text, num_start - 1)
            if short and short.end() == num_start and _short_pre(text, short.start()):
                start, pre = num_start - 1, short.group()
        if not pre and start >= 2 and text[start - 1] in "-－−" and _negative(text, start):
            start, value = start - 1, -value  # 增速-3.2%: the sign is the figure's
        approx = APPROX.get(pre, "") or APPROX.get(yu1 or yu2 or "", "")
        approx = APPROX.get(post or "", "") or approx
        score = 0.95 if arabic else 0.85
        return _new_hit((start, end, value, unit_attr, approx, score, "quantity"))

    def _scale_amount(self, a: Analysis, m: re.Match) -> _Hit | None:
        """近千亿, 超百万: an approximate amount whose unit the sentence implies."""
        s = m.start()
        if a.quoted[s] or _inside_word(a.text, s):
            return None
        value = parse_number(m.group("num"))
        approx = APPROX.get(m.group("pre"), "")
        return None if value is None else _Hit(s, m.end(), value, "", approx, 0.7, "amount")

    def _some(self, a: Analysis, m: re.Match) -> _Hit | None:
        """数十家, 数百亿元: a count known only by its order of magnitude."""
        s = m.start()
        if a.quoted[s] or _inside_word(a.text, s) or m.group("unit") in ARABIC_ONLY_UNITS:
            return None
        if _glued_word(a.text, m.start("unit"), m.end("unit")):
            return None
        unit, mult = normalise_unit(m.group("unit"))
        return _Hit(s, m.end(), None, unit, "数", 0.7, "amount")

    def _ratio(self, a: Analysis, m: re.Match) -> _Hit | None:
        """三次产业比例由4.0:47.2:48.8调整为4.0:47.4:48.6: a structure ratio."""
        s = m.start()
        sentence = _clause_start(a, s, SENTENCE_MARKS)
        if a.quoted[s] or not RATIO_BEFORE.search(a.text, sentence, s):
            return None
        return _Hit(s, m.end(), None, "比", "", 0.8, "quantity")

    def _index_points(self, a: Analysis, m: re.Match) -> _Hit | None:
        """沪指报3107点, 道指跌超1000点: an index's level or move in points."""
        num, scale = m.group("num"), m.group("scale") or ""
        value = parse_number(num) or 0.0
        if a.quoted[m.start("num")] or not ("." in num or "．" in num or scale or value >= 100):
            return None
        pre = m.group("pre") or ""
        if len(pre) == 1 and _inside_word(a.text, m.start()):
            pre = ""  # 逼近: 近 belongs to the verb
        start = m.start("num") - len(pre)
        approx = APPROX.get(pre, "")
        return _Hit(start, m.end(), value * scale_value(scale), "点", approx, 0.8, "quantity")

    def _fraction(self, a: Analysis, m: re.Match) -> _Hit | None:
        """占国土面积1/8: a share, where 占 stands before it in its clause (else
        a slash between numbers is a date, a score or a code)."""
        s = m.start()
        num, den = int(m.group("num")), int(m.group("den"))
        clause = a.text[_clause_start(a, s) : s]
        k = clause.rfind("占")
        if a.quoted[s] or num >= den or k < 0 or clause[k + 1 : k + 2] in OCCUPY:
            return None  # (占地3/4亩: 占地 is land taken, not a share)
        return _Hit(s, m.end(), num / den * 100, "%", "", 0.8, "share")

    def _phases(self, a: Analysis, m: re.Match) -> _Hit | None:
        """分两期建设: the number of phases a project is split into."""
        s = m.start()
        if a.quoted[s] or _inside_word(a.text, s - 1):
            return None  # 部分三期工程: 分 ends a word, no split is told
        value = parse_number(m.group("num"))
        return None if value is None else _Hit(s, m.end(), value, "期", "", 0.85, "quantity")

    def _place_count(self, a: Analysis, m: re.Match) -> _Hit | None:
        """洛阳、开封、郑州三市: a count of the places just listed."""
        s = m.start()
        if a.quoted[s] or not CJK.match(a.text[s - 1 : s] or " "):
            return None
        glued = a.text[m.start("unit") : m.end() + 1]
        if len(glued) == 2 and word_freq(glued) > 50:
            return None  # 东、西两地块, 三省区: the unit starts a word
        value = parse_number(m.group("num"))
        members = _list_members(a.text[_clause_start(a, s, LIST_MARKS) : s])
        if value is None or members != value:
            return None
        return _Hit(s, m.end(), value, m.group("unit"), "", 0.8, "quantity")

    def _bare(self, a: Analysis, m: re.Match) -> _Hit | None:
        """A bare integer before a noun (6000农村人口): a weak METRIC."""
        text = a.text
        num = m.group("num")
        if m.group("pre") or m.group("scale") or m.group("yu1") or m.group("yu2"):
            return None
        if not ASCII_DIGITS.fullmatch(num) or num.startswith("0"):
            return None
        value = int(num)
        if value < 10 or value > 10_000_000 or (len(num) == 4 and 1900 <= value <= 2099):
            return None
        s, e = m.start("num"), m.end("num")
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if not CJK.match(after or " ") or after in BARE_NOT_BEFORE:
            return None
        if before and not (CJK.match(before) or before in CLAUSE_MARKS):
            return None
        if before in ("第", "前", "近", "约", "共", "计", "每"):
            return None
        if not BARE_PEOPLE.match(text, e):
            return None  # only a head count: 6000农村人口, 300困难群众
        return _Hit(s, e, float(value), "", "", 0.5, "bare")

    def _rank(self, a: Analysis, m: re.Match) -> _Hit | None:
        text = a.text
        s, e = m.start(), m.end()
        before = text[s - 1] if s else ""
        if before in ")）" and _ranked_scope_in_brackets(a, s):
            before = "列"  # 列全省县(市、区)第一: the scope's brackets end there
        if not before or not CJK.match(before) or a.quoted[s]:
            return None
        if before == "的" and m.group("unit") != "大":
            return None
        after = text[e] if e < len(text) else ""
        if m.group("unit") == "大" and text.startswith(("类", "批", "产业", "行动", "工程"), e):
            return None  # 第二大类: a class, not a ranking
        if not m.group("unit") and after and (CJK.match(after) or LATIN.match(after)):
            if after not in "和与及、" or not CJK.match(text[e + 1 : e + 2] or " "):
                return None  # 第一批, 第二家, 第三产业 (but 第七和第五)
            if text[e + 1 : e + 2] != "第":
                return None
        value = parse_number(m.group("num"))
        if value is None:
            return None
        return _Hit(s, e, value, "位", "", 0.85, "rank")

    def _top(self, a: Analysis, m: re.Match) -> _Hit | None:
        """前十, 前5名, 前一百位: a top-N ranking, where a ranking verb or a
        scope (全国, 规模) stands before it in its clause."""
        text = a.text
        s, e = m.start(), m.end()
        if text.startswith(TOP_NOT_BEFORE, e) or a.quoted[s]:
            return None  # 前三季度, 前5个月: a period
        if s > 0 and _inside_word(text, s):
            return None  # 目前, 当前, 提前
        before = text[_clause_start(a, s) : s]
        if not m.group("unit") and not TOP_CONTEXT.search(before):
            return None
        value = parse_number(m.group("num"))
        if value is None or value < 2:
            return None
        return _Hit(s, e, value, "位", "", 0.8, "rank")

    def _rank_word(self, a: Analysis, m: re.Match) -> _Hit | None:
        """稳居全国十强, 居全省首位: a ranking after a ranking verb."""
        text = a.text
        s, e = m.start(), m.end()
        if a.quoted[s] or not RANK_VERB_BEFORE.search(text, _clause_start(a, s), s):
            return None
        if e < len(text) and CJK.match(text[e]) and text[e] not in "和与及、":
            return None  # 首位战略, 十强企业: a name or a class
        if m.group("num"):
            if _inside_word(text, s) or text[s - 1 : s] == "前":
                return None
            value = parse_number(m.group("num"))
            return None if value is None else _Hit(s, e, value, "位", "", 0.75, "rank")
        return _Hit(s, e, 1.0, "位", "", 0.75, "rank")

    def _rank_change(self, a: Analysis, m: re.Match) -> _Hit | None:
        value = parse_number(m.group("num"))
        if value is None:
            return None
        unit = m.group("unit")
        return _Hit(
            m.start("num"),
            m.end(),
            value,
            "位" if unit in ("位", "名") else unit,
            "",
            0.8,
            "rank change",
        )

    def _share(self, a: Analysis, m: re.Match) -> _Hit | None:
        text = a.text
        s, e = m.start(), m.end()
        if a.quoted[s]:
            return None
        if m.group("den"):
            den, num = parse_number(m.group("den")), parse_number(m.group("num"))
            if not den or num is None:
                return None
            return _Hit(s, e, num / den * 100, "%", "", 0.85, "share")
        if m.group("ten"):
            if m.group("ten") == "一" or (not m.group("post") and _share_glued(text, e)):
                return None  # 一成不变, 三成为: 成 starts a word
            if _inside_word(text, s):
                return None
            value = parse_number(m.group("ten"))
            approx = APPROX.get(m.group("post") or "", "")
            pre = SHARE_PRE.search(text, max(0, s - 2), s)
            if pre and not _inside_word(text, pre.start()):
                s, approx = pre.start(), approx or APPROX[pre.group()]  # 近九成
            return None if value is None else _Hit(s, e, value * 10, "%", approx, 0.75, "share")
        if m.group("half"):
            return _Hit(s, e, 50.0, "%", APPROX.get(m.group("hpre") or "", ""), 0.7, "share")
        raw = m.group("pcn")
        if "点" in raw:
            whole, frac = raw.split("点", 1)
            w = parse_number(whole)
            digits = "".join(str(int(parse_number(ch) or 0)) for ch in frac)
            value = None if w is None else float(f"{int(w)}.{digits}")
        else:
            value = parse_number(raw)
        return None if value is None else _Hit(s, e, value, "%", "", 0.85, "share")


def _size_classes(text: str) -> list[tuple[int, int]]:
    """Where amounts name a size class of projects (亿元以上项目, 1-5亿元项目):
    a threshold or a range before 项目. With 的 between them the project may
    be one (总投资10亿元以上的新能源项目), so a count must follow for a class."""
    out = []
    for m in _matches(SIZE_CLASS, text):
        amounts = m.group("amounts")
        ranged = m.group("bound") or amounts[0] in "超过" or re.search(RANGE_SEP, amounts)
        if ranged and (not m.group("of") or m.group("count")):
            out.append((m.start(), m.end("amounts") + len(m.group("bound") or "")))
    return out


def _inside_class(classes: list[tuple[int, int]], h: _Hit) -> bool:
    """Whether a size class holds the hit: the classes are apart and in text
    order, so only the last to start before the hit can (a bisection, not a
    scan of every class for every hit)."""
    k = bisect_right(classes, (h.start, float("inf"))) - 1
    return k >= 0 and h.end <= classes[k][1]


def _range_scale(num: str, num2: str | None) -> str:
    """The scale a range's second number carries for both (5-10亿元, 三至五万人):
    the first number is its order of magnitude's too, unless it has its own."""
    if not num2 or num[-1] in "十百千万亿":
        return ""
    trailing = re.search("[百千万亿]+$", num2)
    return trailing.group() if trailing else ""


def _closes_clause(text: str, end: int) -> bool:
    """Whether an amount ends its clause (成交额9768亿，, 净增440万。) or a pair
    of amounts (索赔50万和30万): nothing after it for a unit to hide in."""
    after = text[end : end + 1]
    if after in ("", "，", ",", "。", "；", ";", "、", "）", ")", "！", "？"):
        return True
    return after in ("和", "与", "及") and text[end + 1 : end + 2].isdigit()


# A quantity ending just here: the dash after it joins a range.
QUANTITY_END = re.compile(rf"[{DIGITS}][万亿千百]*(?:[%％‰]|{UNIT_RE})?$")


def _negative(text: str, start: int) -> bool:
    """Whether a minus sign stands before the number at ``start`` (收益为-9.6%,
    增速-0.2%): after a word or a mark, never after a digit or a letter, where
    the dash joins a range (2024-2026) or a code (GA-20)."""
    if start < 2 or text[start - 1] not in "-－−":
        return False
    before = text[start - 2]
    if not (CJK.match(before) or before in "：:（(，,；;、 "):
        return False
    return not QUANTITY_END.search(text, max(0, start - 16), start - 1)  # 3.7亿元-4.1亿元


def _ranked_scope_in_brackets(a: Analysis, pos: int) -> bool:
    """Whether brackets just before ``pos`` close a ranking's scope that a
    ranking verb opens (居全省县(市、区)第一)."""
    text = a.text
    opening = max(text.rfind("(", max(0, pos - 12), pos), text.rfind("（", max(0, pos - 12), pos))
    if opening <= 0 or not CJK.match(text[opening - 1]):
        return False
    return bool(RANK_VERB_BEFORE.search(text, _clause_start(a, opening), opening))


def _list_members(clause: str) -> int:
    """How many members a list that ends the clause has (A、B、C → 3, A、B和C
    → 3); 0 without an enumeration comma, where nothing says it is a list."""
    if "、" not in clause:
        return 0
    head, _, last = clause.rpartition("、")
    if not last or len(last) > 10 or not all(CJK.match(ch) for ch in last):
        return 0
    joined = 1 if re.search("[和及与]", last[1:-1]) else 0
    return head.count("、") + 2 + joined


def _glued_word(text: str, start: int, end: int) -> bool:
    """Whether a one-character unit makes a common word with the character
    after it (部门, 个人, 名单): then it is no unit."""
    return end - start == 1 and end < len(text) and word_freq(text[start : end + 1]) >= GLUED_WORD


def _approximated(a: Analysis, m: re.Match) -> bool:
    """An approximator before the number (超千亿元, 近百万): an amount, not a
    class like 千亿元园区."""
    num_start = m.start("num")
    pre = m.group("pre")
    if pre and not (len(pre) == 1 and _inside_word(a.text, m.start())):
        return True  # (签约亿元: 约 belongs to 签约)
    return num_start > 0 and _short_pre(a.text, num_start - 1)


def _short_pre(text: str, pos: int) -> bool:
    """超 or 过 at ``pos`` as an approximator, not the end of a word (通过) nor
    a verb's complement (迈过千亿元台阶: the amount is a threshold crossed)."""
    ch = text[pos : pos + 1]
    if ch != "过":
        return ch == "超"
    return not _inside_word(text, pos) and text[pos - 1 : pos] not in PASSED


def _attributes(a: Analysis, h: _Hit, previous: tuple[int, str] | None) -> dict[str, object]:
    indicator = _unquoted(_indicator(a, h.start, previous))
    if _says_where_or_whose(indicator):
        indicator = _counted_after(a, h.end)  # 福州|6家|企业: what is counted
    if h.kind == "rank":
        indicator = _rank_indicator(indicator)
    attrs: dict[str, object] = {
        "indicator": indicator,
        "value": None if h.value is None else fmt_value(h.value),
        "unit": h.unit,
        "approx": h.approx,
    }
    period = _period(a, h.start)
    if period:
        attrs["period"] = period
    return attrs


def _inside_word(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` makes a common word with the one before
    it (统一, 节约, 建成): a dictionary look-up, no segmentation needed."""
    return pos > 0 and bool(CJK.match(text[pos - 1])) and word_freq(text[pos - 1 : pos + 1]) > 50


def _share_glued(text: str, end: int) -> bool:
    """Whether the 成 of N成 makes a word with the next character (三成为),
    unless the next two make a commoner word (七成|行业: a share of trades)."""
    if not _inside_word(text, end):
        return False
    return word_freq(text[end : end + 2]) <= word_freq(text[end - 1 : end + 1])


def _scale_only(num: str) -> bool:
    return all(ch in "百千万亿" for ch in num)


# -- attributes ------------------------------------------------------------------------


# for a set of marks: a pattern of one of them, and one of the last of them
# in a stretch (a greedy run that backs up to it)
_MARK_PATTERNS: dict[frozenset[str], tuple[re.Pattern, re.Pattern]] = {}
# the sets of marks that are all sentence splits (SENTENCE_MARKS), whose last
# before a place the analysis tells from the splits it found
_SPLIT_MARKS: dict[frozenset[str], bool] = {}
NEAR_MARK = 200  # how far before a quantity the start of its clause is first sought


def _clause_start(a: Analysis, pos: int, marks: frozenset[str] = CLAUSE_MARKS) -> int:
    """Where the clause (or sentence) that holds ``pos`` starts: just after
    the last of ``marks`` before ``pos``."""
    splits = _SPLIT_MARKS.get(marks)
    if splits is None:
        splits = _SPLIT_MARKS[marks] = marks <= frozenset(SPLITS)
    if splits:  # a sentence's start: some 11,000 instructions a search, 1,500 this way
        return a.split_before(pos, marks)
    patterns = _MARK_PATTERNS.get(marks)
    if patterns is None:  # once per set of marks
        ordered = "".join(sorted(marks))
        patterns = _MARK_PATTERNS[marks] = (re.compile(f"[{re.escape(ordered)}]"), last_of(ordered))
    # sought backwards from the quantity over the few characters before it: a
    # text asks for its quantities' clauses and sentences some twenty times,
    # and finding every mark of the text once cost more (most are far from
    # any quantity)
    near = max(0, pos - NEAR_MARK)
    last = patterns[1].match(a.text, near, pos)
    if last is not None:
        return last.end()
    if near == 0:
        return 0
    ends = a.memo.get(marks)
    if ends is None:  # a clause longer than NEAR_MARK: every mark of the text, once
        ends = a.memo[marks] = [m.end() for m in patterns[0].finditer(a.text)]
    k = bisect_right(ends, pos) - 1
    return ends[k] if k >= 0 else 0


# How far before a quantity its indicator is read, at most: the indicator is
# the clause's last 30 characters, trailing words cut; a clause of thousands
# (a table or a garbled page without a comma) was read whole for each of its
# quantities, a time growing with the square of its length.
INDICATOR_READS = 400


def _indicator(a: Analysis, start: int, previous: tuple[int, str] | None) -> str:
    """What the quantity measures: the words before it in its clause, without
    the subject, time and verb (2024年全年实现工业营收 → 工业营收)."""
    seg = a.text[max(_clause_start(a, start), start - INDICATOR_READS) : start]
    if "年" in seg:
        seg = YEAR_IN_INDICATOR.sub("", seg)
    changed = True
    while changed and seg:
        changed = False
        if seg[-1] not in TRAILING_BY_LAST or not seg.endswith(INDICATOR_TRAILING):
            break  # no trailing word ends here: the loop below would change nothing
        shorter = _cut_trailing(seg)
        changed = len(shorter) < len(seg)
        seg = shorter
    cut = 0
    # only the words whose first character the clause holds (two clauses in
    # three hold none): a search for each of the nine is a call apiece
    for first in LEADING_FIRSTS.intersection(seg):
        for word in LEADING_BY_FIRST[first]:
            k = seg.rfind(word)
            if k >= 0 and k + len(word) < len(seg):
                cut = max(cut, k + len(word))
    seg = seg[cut:].strip("，,、 的")
    if len(seg) > 30:
        seg = seg[-30:]
    if previous is not None and seg[:1] in CHANGE_FIRSTS and seg.startswith(CHANGE_WORDS):
        prev_start, prev_indicator = previous
        sentence = _clause_start(a, start, SENTENCE_MARKS)
        if (
            prev_start >= sentence
            and prev_indicator
            and not prev_indicator.startswith(CHANGE_WORDS)
        ):
            base = prev_indicator
            for word in CHANGE_WORDS:
                k = base.find(word)
                if k > 0:
                    base = base[:k]
            seg = base + seg
    return seg


# Quotation marks and brackets an indicator may open with and not close
# (“三峡集团等|7家: the quotation runs on past the quantity).
OPENING_MARKS = {"“": "”", "《": "》", "「": "」", "（": "）", "(": ")", "‘": "’", '"': '"'}
# Parts of speech of a word after a count that is no counted thing (入选, 获评).
NOT_COUNTED_TAGS = frozenset(words("v vd d p c r u f m q t ad ns"))
# Words that end what a count counts (6家企业|的, 3个项目|等) and how far it is read.
COUNTED_STOPS = frozenset(words("的 等 和 与 及 或 之 在 中"))
COUNTED_READS = 8


def _unquoted(indicator: str) -> str:
    """``indicator`` without an opening mark its text does not close."""
    while indicator and (close := OPENING_MARKS.get(indicator[0])) is not None:
        if close in indicator[1:]:
            break  # “专精特新”企业: a quoted name, kept whole
        indicator = indicator[1:]
    return indicator


def _says_where_or_whose(indicator: str) -> bool:
    """Whether the words before a count name a place (福州|6家) or close a
    list of names (三峡集团等|7家): where or whose, not what is measured."""
    if indicator.endswith("等"):
        return True
    return indicator in place_names()


def _counted_after(a: Analysis, end: int) -> str:
    """The words right after a count's unit up to the clause's verb (6家|省级
    开发区|入围), what the count measures; else nothing (6家|入选: a verb)."""
    t = a.text
    k = end
    while k < len(t) and k - end < COUNTED_READS:
        s, e = a.token(k)
        word = t[s:e]
        if s != k or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            break
        if word in COUNTED_STOPS or word_tag(word) in NOT_COUNTED_TAGS:
            break
        k = e
    return t[end:k] if k - end >= 2 else ""


def _cut_trailing(seg: str) -> str:
    """``seg`` after one pass of the trailing words in their order, each that
    ends it (and is not all of it) cut off: as a loop over every word, but
    trying only the words that end in the last character left (a word can
    end ``seg`` only then), as most of the thirty-odd cannot."""
    j = 0  # the place in INDICATOR_TRAILING the pass has reached
    while True:
        for k in TRAILING_BY_LAST.get(seg[-1], ()):
            word = INDICATOR_TRAILING[k]
            if k >= j and seg.endswith(word) and len(seg) > len(word):
                seg, j = seg[: -len(word)], k + 1
                break
        else:
            return seg


RANK_VERBS = re.compile(
    "(?:均|已|再次|连续)?(?:稳居|位列|位居|跃居|跻身|蝉联|排名|排在|名列|居|列|进入)"
)


def _rank_indicator(indicator: str) -> str:
    """总量稳居抚州市 → 总量抚州市排名: the ranking verb out, 排名 at the end."""
    base = RANK_VERBS.sub("", indicator)
    for word in ("前进", "上升", "提升", "跃升", "下降", "后退", "较上年", "比上年"):
        base = base.replace(word, "")
    return (base + "排名") if base else "排名"


def _period(a: Analysis, start: int) -> str:
    """The year the sentence speaks of, when it names one before the quantity."""
    sentence = _clause_start(a, start, SENTENCE_MARKS)
    starts, ends, years = _years(a)
    k = bisect_right(ends, start) - 1  # the last year that ends before the quantity
    return years[k] if k >= 0 and starts[k] >= sentence else ""


def _years(a: Analysis) -> tuple[list[int], list[int], list[str]]:
    """Where each year is named in the text (start, end and the year), found
    once per text. (A year holds no sentence mark, so none runs across a
    sentence's start: the text's years are the sentence's.)"""
    got = a.memo.get(YEARS_KEY)
    if got is None:
        found = list(YEAR_BY_ITS_END.finditer(a.text))
        got = a.memo[YEARS_KEY] = (
            [m.start(1) for m in found],
            [m.end() for m in found],
            [m.group(1) for m in found],
        )
    return got
