"""Numerals and units: Arabic and Chinese numbers, scales, units, and the
normalised value of a quantity in base units (932.4亿元 → 93240000000.0)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from models.suggest.lexicon import words

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10_000, "亿": 100_000_000}
SCALES = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}

CN_NUMERAL = "零〇○一二两三四五六七八九十百千万亿"
ARABIC = r"[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?"

# Units, longest first where one is the start of another. Each maps to the
# unit stored in the ``unit`` attribute. Time units are absent on purpose:
# a number before 年, 月, 日, 天… is a date or a duration, never a METRIC.
# Cents and pence are prices' units (17.91美分/磅, 34.7便士). (元人民币 is
# left as 元: zone news's gold ends 150亿元 before 人民币, CFSC's after it.)
CURRENCY = words("美元 欧元 港元 港币 日元 英镑 韩元 卢布 加元 澳元 美分 便士 人民币 元")
MEASURES = words(
    """摄氏度 ℃ 平方公里 平方千米 平方米 平米 立方米 千瓦时 兆瓦时 吉瓦时 太瓦时 千瓦 兆瓦 吉瓦 太瓦 公里 千米 厘米 毫米 微米 度
    纳米 公顷 千克 公斤 斤 万吨 吨 标准箱 标箱 重箱 毫升 升 亩 米 微克 毫克 克 瓦 伏 安时"""
)
COUNTERS = words(
    """个百分点 百分点 个基点 基点 个点 个名次 个位次 个 家 项 名 人次 人 位 户 所 张 条 件 场 起
    台套 架次 班次 车次 航次 辆次 艘次 场次 批次 家次 户次 间夜 趟 桶 辆 台 套 座 栋 间 处 批 只 头 株 棵 根 部 架 艘 列 班 款 种
    类 份 笔 宗 单 次 例 床 层 支 席 本
    枚 块 片 组 轮 倍 股"""
)
# Energy units as written in the news, upper case too (10GWH).
ASCII_UNITS = words("GWh MWh kWh GWH MWH KWH kwh GW MW kW TEU")
UNITS = sorted(set(CURRENCY + MEASURES + COUNTERS + ASCII_UNITS), key=len, reverse=True)
# 个点 is an index's points (回落0.3个点) unless 点 starts a word (3个点位:
# three sites, counted by 个).
POINT_WORD_NEXT = "位子赞评燃亮击心名头缀滴钟数儿状阵餐菜面线"
UNIT_AFTER = {"个点": f"(?![{POINT_WORD_NEXT}])"}


def longest_first(words: Iterable[str], after: Mapping[str, str]) -> str:
    """An alternation of ``words`` (each followed by its pattern in ``after``,
    if any) that prefers the longest word matching, as ``|``.join of them
    longest first does, written as a tree of their shared beginnings
    (平(?:方(?:公里|千米|米)|米)): the engine then reads each character once
    instead of trying every word where a number ends. The words matching at
    one place begin one another, so they lie on one path of the tree, tried
    from its deepest end back.

    The tree is led by a look-ahead at the class of the words' first
    characters: the engine tries a branch's alternatives one after another,
    and the units' hundred first characters cost some thousand instructions
    at each number of a text that no unit follows (most of a quantity
    pattern's tries), where the class is one test."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = after.get(word, "")  # a word ends here
    firsts = [ch for ch in tree if ch]
    if "" in tree or len(firsts) < 2:
        return _branches(tree)  # (an empty word matches anywhere: no lead)
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])" + _branches(tree)


def _branches(node: dict) -> str:
    branches = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch]
    if "" in node:
        branches.append(node[""])  # the word ending here, after every longer one
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


UNIT_RE = longest_first(UNITS, UNIT_AFTER)
# Counters too ambiguous after a Chinese numeral (三轮, 两种, 四处…) to make a
# METRIC without an Arabic digit.
ARABIC_ONLY_UNITS = frozenset(
    words("轮 种 类 次 例 层 片 组 单 批 部 支 股 间 头 根 只 处 度 席 本")
)

PERCENT_SIGNS = {"%": "%", "％": "%", "‰": "‰"}


def parse_arabic(s: str) -> float:
    s = s.translate(_FULLWIDTH).replace(",", "").replace("，", "")
    return float(s)


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def parse_chinese(s: str) -> float | None:
    """Value of a Chinese numeral (三千五百, 两万, 十二, 百, 二〇二四), or None."""
    if not s:
        return None
    if all(ch in CN_DIGITS for ch in s) and len(s) > 1:
        # digit by digit: 二〇二四
        return float("".join(str(CN_DIGITS[ch]) for ch in s))
    total = 0.0  # everything before the last 亿
    wan = 0.0  # the part in units of 万 since the last 亿
    section = 0.0  # below 万
    digit: float | None = None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch == "万":
            wan += section + (digit or 0) or 1
            section, digit = 0.0, None
        elif ch == "亿":
            part = wan * 10_000 + section + (digit or 0)
            total = (total + part) * 100_000_000 if (total or part) else 100_000_000
            wan, section, digit = 0.0, 0.0, None
        else:
            return None
    return total + wan * 10_000 + section + (digit or 0)


# Arabic digits with a Chinese scale glued on, compiled once: every quantity
# of a text is parsed with it
ARABIC_SCALED = re.compile(rf"({ARABIC})([万亿千百]*)")


def parse_number(s: str) -> float | None:
    """An Arabic or a Chinese numeral, possibly Arabic digits with a Chinese
    scale glued on (3千, 1.2万)."""
    s = s.strip()
    if not s:
        return None
    # most numbers in the news (2024, 12.5): float() reads them as parse_arabic does
    if s.isascii():
        whole, dot, part = s.partition(".")
        if whole.isdigit() and (part.isdigit() or not dot):
            return float(s)
    m = ARABIC_SCALED.fullmatch(s)
    if m:
        value = parse_arabic(m.group(1))
        for ch in m.group(2):
            value *= SCALES[ch]
        return value
    return parse_chinese(s)


def scale_value(scale: str) -> float:
    value = 1.0
    for ch in scale:
        value *= SCALES[ch]
    return value


# units written in another form than their attribute's, with its multiplier
UNIT_FORMS: dict[str, tuple[str, float]] = {
    "万吨": ("吨", 1e4),
    "百分点": ("个百分点", 1.0),
    "基点": ("个基点", 1.0),
    "人民币": ("元", 1.0),
    "港币": ("港元", 1.0),
    "标准箱": ("标箱", 1.0),
    "平米": ("平方米", 1.0),  # the spoken short form of 平方米
    "GWH": ("GWh", 1.0),
    "MWH": ("MWh", 1.0),
    "KWH": ("kWh", 1.0),
    "kwh": ("kWh", 1.0),
}


def normalise_unit(unit: str) -> tuple[str, float]:
    """(unit attribute, multiplier) for a unit as written: 万吨 → (吨, 1e4).
    One look-up, not a chain of comparisons: every quantity with a unit asks."""
    return UNIT_FORMS.get(unit) or (unit, 1.0)


def fmt_value(value: float) -> float:
    """Round away binary noise (93240000000.00002 → 93240000000.0)."""
    if value == 0:
        return 0.0
    if type(value) is float and value.is_integer() and -1e12 < value < 1e12:
        return value  # (whole, at most 12 digits: written with 12 it reads back the same)
    return float(f"{value:.12g}")
