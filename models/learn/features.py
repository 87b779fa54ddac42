"""Character features for the learned sequence model.

The model reads a text as the rules do: ``models.suggest.segment`` owns
jieba and the compact text (layout white space taken out, every character's
original offset kept), so the words the CRF sees are the words the rules
saw, segmented once per text. Each character of a sentence becomes a short
list of attribute strings that python-crfsuite weighs: the character and its
neighbours, character classes (digits, Chinese numerals, units, latin,
punctuation), its jieba word (position in it, the word itself, how common
it is, the words on either side), hits of term lists (Aho-Corasick:
the bundled lexicons and the gold terms a model was trained with) and the
distance to the next company suffix (公司, 集团, 银行…).

The list is kept short on purpose: suggestions must keep pace with jieba
itself, and every attribute costs Python time on every character.

``FEATURE_SET`` names this recipe. A model stores it, and one trained on
another recipe is not read (its weights belong to attributes this code no
longer produces)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from models.suggest.lexicon import Lexicon, load_table
from models.suggest.segment import SENTENCE_SPLIT, Analysis, word_freq

FEATURE_SET = 2

MAX_SEGMENT = 300  # longer sentences are cut at a comma, so tagging stays cheap
WORD_IDENTITY = 6  # longer words are known by their ends only

CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟")
UNIT_CHARS = frozenset("%％‰元亿万千百个家项吨米克斤辆台套件名人户次倍位元角股份年月日号期季度")
OPEN_MARKS = frozenset("《“‘「『(（[【〔")
CLOSE_MARKS = frozenset("》”’」』)）]】〕")
CLAUSE_MARKS = re.compile(r"[，,、；;：:。！？!?\n“”《》()（）]")

# fmt: off
COMPANY_SUFFIXES = (
    "公司", "有限公司", "有限责任公司", "股份有限公司", "集团", "集团公司", "控股", "股份",
    "银行", "支行", "分行", "分公司", "子公司", "证券", "保险", "人寿", "基金", "信托",
    "资本", "投资", "科技", "技术", "电子", "电气", "汽车", "航空", "地产", "置业", "传媒",
    "医药", "药业", "制药", "生物", "能源", "电力", "化工", "钢铁", "矿业", "实业", "物流",
    "食品", "乳业", "酒业", "工业", "重工", "机械", "材料", "新材", "光电", "半导体", "软件",
    "建设", "建工", "工程", "Inc", "Ltd", "Corp", "Group",
)
# fmt: on
SUFFIX_REACH = 12

# The bundled lists the rules read, as features: each is one kind of hint.
LIST_TAGS = {
    "company_names": "kc",
    "policy_names": "kp",
    "places": "pl",
    "org_heads": "org",
    "policy_heads": "ph",
    "policy_triggers": "pt",
}

_class_cache: dict[str, str] = {}


def char_class(ch: str) -> str:
    """D digit, N Chinese numeral, U unit, H Han, L latin, P punctuation
    (O/C opening/closing marks), S space, X other."""
    cls = _class_cache.get(ch)
    if cls is not None:
        return cls
    if ch.isspace():
        cls = "S"
    elif "0" <= ch <= "9" or "０" <= ch <= "９":
        cls = "D"
    elif ch in CHINESE_NUMERALS:
        cls = "N"
    elif ch in UNIT_CHARS:
        cls = "U"
    elif ch in OPEN_MARKS:
        cls = "O"
    elif ch in CLOSE_MARKS:
        cls = "C"
    elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        cls = "H"
    elif (ch.isalpha() and ch.isascii()) or "ａ" <= ch <= "ｚ" or "Ａ" <= ch <= "Ｚ":
        cls = "L"
    elif unicodedata.category(ch).startswith(("P", "S")):
        cls = "P"
    elif ch.isalpha():
        cls = "H" if unicodedata.east_asian_width(ch) == "W" else "L"
    else:
        cls = "X"
    if len(_class_cache) < 20000:
        _class_cache[ch] = cls
    return cls


def freq_band(word: str) -> str:
    """How common jieba's dictionary says a word is, in four bands: unknown
    words and rare ones are where new names hide."""
    if len(word) == 1:
        return "1"
    freq = word_freq(word)
    if freq == 0:
        return "0"
    return "r" if freq < 300 else ("m" if freq < 5000 else "c")


# -- sentences ----------------------------------------------------------------------


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a compact text: cut after sentence
    ends and line breaks (the breaks the compact text keeps are real), and
    at a comma in sentences longer than MAX_SEGMENT."""
    bounds = []
    start = 0
    for m in SENTENCE_SPLIT.finditer(text):
        end = m.end()
        bounds.extend(_short_pieces(text, start, end))
        start = end
    if start < len(text):
        bounds.extend(_short_pieces(text, start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _short_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SEGMENT:
        cut = max(
            text.rfind("，", start, start + MAX_SEGMENT),
            text.rfind(",", start, start + MAX_SEGMENT),
        )
        cut = cut + 1 if cut > start else start + MAX_SEGMENT
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


# -- term lists ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def bundled_lists() -> Lexicon:
    """The bundled lexicons, each entry tagged with its list's short name."""
    terms: dict[str, str] = {}
    for name, tag in LIST_TAGS.items():
        for row in load_table(name):
            if len(row[0]) >= 2:
                terms.setdefault(row[0], tag)
    for row in load_table("company_forms"):
        term = row[1] if row[0] == "@branch" and len(row) > 1 else row[0]
        if len(term) >= 2:
            terms.setdefault(term, "form")
    for suffix in COMPANY_SUFFIXES:
        terms.setdefault(suffix, "suf")
    return Lexicon(terms)


def term_tags(text: str, lexicon: Lexicon | None) -> list[str | None]:
    """Per character, the B/I/E/S position of the leftmost-longest term that
    covers it and the term's payload (``B-kc``), or None."""
    tags: list[str | None] = [None] * len(text)
    if lexicon is None or not len(lexicon):
        return tags
    for start, end, _term, payload in lexicon.find(text):
        if end - start == 1:
            tags[start] = f"S-{payload}"
            continue
        tags[start] = f"B-{payload}"
        inner = f"I-{payload}"
        for i in range(start + 1, end - 1):
            tags[i] = inner
        tags[end - 1] = f"E-{payload}"
    return tags


def gold_lexicon(terms: Mapping[str, str]) -> Lexicon:
    """A lexicon of gold terms (term → label) as a feature source."""
    return Lexicon({t: label for t, label in terms.items() if len(t) >= 2})


def suffix_distance(text: str, tags: list[str | None]) -> list[int]:
    """For each character, how many characters ahead the next company suffix
    (or legal form) ends within its clause; -1 if none within SUFFIX_REACH."""
    n = len(text)
    out = [-1] * n
    next_end = -1
    for i in range(n - 1, -1, -1):
        tag = tags[i]
        if tag is not None and tag[0] in "ES" and tag[2:] in ("suf", "form"):
            next_end = i
        elif CLAUSE_MARKS.match(text, i):
            next_end = -1
        if next_end >= 0 and next_end - i <= SUFFIX_REACH:
            out[i] = next_end - i
    return out


# -- the features -------------------------------------------------------------------

BOS = "<s>"
EOS = "</s>"


def sentence_features(
    a: Analysis,
    start: int,
    end: int,
    gold_terms: Lexicon | None = None,
) -> list[list[str]]:
    """The attribute strings of every character of ``a.text[start:end]``."""
    text = a.text
    n = end - start
    if n <= 0:
        return []
    sent = text[start:end]
    chars = [BOS, *sent, EOS]
    classes = ["^", *(char_class(c) for c in sent), "$"]
    lists = term_tags(sent, bundled_lists())
    gold = term_tags(sent, gold_terms)
    suffix = suffix_distance(sent, lists)
    words = _words(a, start, end)
    feats: list[list[str]] = []
    for i in range(n):
        j = i + 1
        c_1, c0, c1 = chars[j - 1], chars[j], chars[j + 1]
        pos, word, band, before, after = words[i]
        f = [
            "c=" + c0,
            "c-1=" + c_1,
            "c+1=" + c1,
            "b-=" + c_1 + c0,
            "b+=" + c0 + c1,
            "k=" + classes[j - 1] + classes[j] + classes[j + 1],
            "p=" + pos + band,
            "w=" + pos + word,
        ]
        if before is not None:
            f.append("w-=" + before)
        if after is not None:
            f.append("w+=" + after)
        tag = lists[i]
        if tag is not None:
            f.append("l=" + tag)
        tag = gold[i]
        if tag is not None:
            f.append("g=" + tag)
        d = suffix[i]
        if d >= 0:
            f.append("sd=" + str(min(d, 8)))
        feats.append(f)
    return feats


def _words(a: Analysis, start: int, end: int) -> list[tuple[str, str, str, str | None, str | None]]:
    """Per character: its position in its word (B/M/E/S), the word (or its
    ends, when long), the word's frequency band, and the neighbouring words
    (the one before at a word's first character, the one after at its last)."""
    text = a.text
    spans = []
    pos = start
    while pos < end:
        s, e = a.token(pos)
        s, e = max(s, start), min(e, end)
        spans.append((s, e))
        pos = e
    out: list[tuple[str, str, str, str | None, str | None]] = []
    for k, (s, e) in enumerate(spans):
        word = text[s:e]
        shown = word if len(word) <= WORD_IDENTITY else word[:2] + "…" + word[-2:]
        band = freq_band(word)
        before = text[spans[k - 1][0] : spans[k - 1][1]] if k > 0 else BOS
        after = text[spans[k + 1][0] : spans[k + 1][1]] if k + 1 < len(spans) else EOS
        if e - s == 1:
            out.append(("S", shown, band, before, after))
            continue
        out.append(("B", shown, band, before, None))
        out.extend(("M", shown, band, None, None) for _ in range(e - s - 2))
        out.append(("E", shown, band, None, after))
    return out


def log_odds(p: float, floor: float = 1e-4) -> float:
    """log(p / (1 - p)), clipped away from 0 and 1."""
    p = min(max(p, floor), 1.0 - floor)
    return math.log(p / (1.0 - p))


def terms_of(docs: Iterable[tuple[str, Iterable[tuple[int, int, str]]]]) -> dict[str, str]:
    """Gold surface strings (without digits) with their most frequent label."""
    counts: dict[tuple[str, str], int] = {}
    for text, spans in docs:
        for s, e, label in spans:
            term = text[s:e]
            if not any(ch.isdigit() for ch in term):
                counts[(term, label)] = counts.get((term, label), 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for (term, label), n in counts.items():
        if term not in best or n > best[term][0]:
            best[term] = (n, label)
    return {term: label for term, (_, label) in best.items()}
