"""Character features for the learned sequence model.

Every character of a sentence becomes a list of attribute strings that
python-crfsuite weighs: the characters and character n-grams in a window,
the character classes around it (digits, Chinese numerals, units, latin,
punctuation), jieba's words (position of the character in its word, the
word itself and its neighbours, and the part of speech jieba's dictionary
gives them: ``oov`` for a word it does not know, often a new name), hits of
a gazetteer built from the gold (matched with Aho-Corasick) and hits of a
fixed list of company suffixes (公司, 集团, 银行…), with the distance to the
next one.

Texts are read sentence by sentence (``sentences``), with layout white
space taken out and every character's original offset kept, so a name
broken across a line by a PDF conversion is still one name.

``FEATURE_SET`` names this recipe. A model stores it, and one trained on
another recipe is not read (its weights belong to attributes this code no
longer produces)."""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick
import jieba
import jieba.posseg

FEATURE_SET = 1

SENTENCE_ENDS = frozenset("。！？!?；;…")
INNER_PUNCT = frozenset("，,、；;：:")
MAX_SEGMENT = 400  # split longer runs at a comma so one sentence stays cheap to tag
WRAPPED_LINE = 40  # a line this long without a sentence end was wrapped by the layout
PROSE_LINE = 8  # ... as is one this long with inner punctuation

CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟")
UNIT_CHARS = frozenset("%％‰元亿万千百个家项吨米克斤辆台套件名人户次倍位元角股份年月日号期季度")
OPEN_MARKS = frozenset("《“‘「『(（[【〔")
CLOSE_MARKS = frozenset("》”’」』)）]】〕")

# Heads that end company names; the model learns how far back a name reaches.
# fmt: off
COMPANY_SUFFIXES = (
    "公司", "有限公司", "有限责任公司", "股份有限公司", "集团", "集团公司", "控股", "股份",
    "银行", "支行", "分行", "分公司", "子公司", "总公司", "证券", "保险", "人寿", "财险",
    "基金", "信托", "资本", "投资", "资管", "期货", "科技", "技术", "电子", "电器", "电气",
    "汽车", "航空", "地产", "置业", "传媒", "影业", "网络", "通信", "通讯", "医药", "药业",
    "制药", "生物", "能源", "电力", "石化", "石油", "化工", "钢铁", "矿业", "实业", "物流",
    "快递", "食品", "乳业", "酒业", "餐饮", "百货", "商场", "超市", "酒店", "工业", "重工",
    "机械", "材料", "新材", "光电", "半导体", "软件", "数码", "游戏", "娱乐", "文化", "体育",
    "建设", "建工", "建筑", "工程", "国际", "Inc", "Ltd", "Corp", "Co.", "LLC", "Group",
)
# fmt: on

_log = logging.getLogger(__name__)
_tokenizer: jieba.Tokenizer | None = None
_word_tags: dict[str, str] | None = None
_tokenizer_lock = threading.Lock()


def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer of our own: words added to jieba's shared one by
    other parts of the app would otherwise change the features under a model."""
    global _tokenizer
    if _tokenizer is None:
        with _tokenizer_lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _tokenizer = tok
    return _tokenizer


def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tag of each known word (no HMM:
    posseg's tagger costs ten times the segmentation)."""
    global _word_tags
    if _word_tags is None:
        tokenizer()
        with _tokenizer_lock:
            if _word_tags is None:
                _word_tags = jieba.posseg.POSTokenizer(tokenizer()).word_tag_tab
    return _word_tags


def _unknown_tag(word: str) -> str:
    """A tag for a word jieba's dictionary lacks (found by its HMM, or not a word)."""
    cls = char_class(word[0])
    if cls in "DN" and all(char_class(c) in "DNP" for c in word):
        return "m"
    if cls == "L":
        return "eng"
    if len(word) > 1 and cls in "HNU":
        return "oov"
    return "x"


# -- character classes ------------------------------------------------------------

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
    elif ch.isalpha() and ch.isascii() or "ａ" <= ch <= "ｚ" or "Ａ" <= ch <= "Ｚ":
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


# -- sentences ----------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A piece of a text as the model reads it: layout white space taken
    out, with the original offset of every character it keeps."""

    text: str
    offsets: list[int]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Sentence offsets (end exclusive) to offsets into the original text."""
        return self.offsets[start], self.offsets[end - 1] + 1


def sentences(text: str, keep_together: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Cut a text into sentences at sentence-final punctuation and at line
    breaks that end a title, a caption or a paragraph, never inside a
    stretch of ``keep_together`` (the gold spans while training).

    News converted from PDF or print layout breaks lines inside words and
    spaces out characters (``富联精\\n\\n密``, ``153.62 亿元``): white space is
    dropped, a line break after a long or punctuated line (a wrapped line)
    joins the lines, and one space is kept between two latin letters or
    digits (``Apple Inc``)."""
    n = len(text)
    protected = bytearray(n + 1)  # 1 at i: no cut right after character i
    for start, end in keep_together:
        if end - 1 > start:
            protected[start : end - 1] = b"\x01" * (end - 1 - start)
    out: list[Sentence] = []
    chars: list[str] = []
    offsets: list[int] = []
    line_start = 0

    def flush() -> None:
        if chars:
            out.append(Sentence("".join(chars), offsets.copy()))
            chars.clear()
            offsets.clear()

    i = 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            prev = text[i - 1] if i > 0 else ""
            nxt = text[j] if j < n else ""
            run = text[i:j]
            if "\n" in run or "\r" in run or "\u2028" in run or "\u2029" in run:
                line = text[line_start:i]
                line_start = i + max(run.rfind("\n"), run.rfind("\r")) + 1
                if chars and not protected[i - 1] and not _wrapped(line, prev):
                    flush()
                elif _latin(prev) and _latin(nxt):
                    chars.append(" ")
                    offsets.append(i)
            elif chars and _latin(prev) and _latin(nxt):
                chars.append(" ")
                offsets.append(i)
            i = j
            continue
        chars.append(ch)
        offsets.append(i)
        if not protected[i] and (
            ch in SENTENCE_ENDS or (len(chars) >= MAX_SEGMENT and ch in "，,、")
        ):
            flush()
        i += 1
    flush()
    return out


def _wrapped(line: str, last: str) -> bool:
    """Whether a line that ends at a line break was wrapped by the layout
    (the break is not a real one): it does not end a sentence and is long
    or reads as prose."""
    if last in SENTENCE_ENDS or last in CLOSE_MARKS:
        return False
    size = sum(1 for c in line if not c.isspace())
    return size >= WRAPPED_LINE or (size >= PROSE_LINE and any(c in INNER_PUNCT for c in line))


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# -- gazetteers -------------------------------------------------------------------


class Gazetteer:
    """Surface strings with a label, matched with Aho-Corasick; each character
    gets the B/I/E/S position of the longest match covering it."""

    def __init__(self, terms: Mapping[str, str] | None = None, *, min_length: int = 2):
        self.terms: dict[str, str] = {
            t: lab for t, lab in (terms or {}).items() if len(t) >= min_length and t.strip()
        }
        self._automaton: ahocorasick.Automaton | None = None
        if self.terms:
            auto = ahocorasick.Automaton()
            for term, label in self.terms.items():
                auto.add_word(term, (len(term), label))
            auto.make_automaton()
            self._automaton = auto

    def __len__(self) -> int:
        return len(self.terms)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping matches, longest first then leftmost."""
        if self._automaton is None:
            return []
        found = [
            (end + 1 - length, end + 1, label)
            for end, (length, label) in self._automaton.iter(text)
        ]
        found.sort(key=lambda m: (m[0] - m[1], m[0]))
        taken = bytearray(len(text))
        out = []
        for start, end, label in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append((start, end, label))
        out.sort()
        return out

    def tags(self, text: str) -> list[str | None]:
        tags: list[str | None] = [None] * len(text)
        for start, end, label in self.matches(text):
            if end - start == 1:
                tags[start] = "S-" + label
                continue
            tags[start] = "B-" + label
            for i in range(start + 1, end - 1):
                tags[i] = "I-" + label
            tags[end - 1] = "E-" + label
        return tags


_suffixes: Gazetteer | None = None


def suffix_gazetteer() -> Gazetteer:
    global _suffixes
    if _suffixes is None:
        _suffixes = Gazetteer({s: "SUF" for s in COMPANY_SUFFIXES})
    return _suffixes


# -- the features -------------------------------------------------------------------

BOS = "<s>"
EOS = "</s>"
SUFFIX_REACH = 12


def word_positions(
    text: str,
) -> tuple[list[str], list[str], list[str], list[str], list[tuple[str, str, str]]]:
    """Per character: its position in its jieba word (B/M/E/S), the word,
    the previous word, the next word and the word's part of speech with its
    neighbours'."""
    n = len(text)
    pos = ["S"] * n
    word = [""] * n
    prev_word = [BOS] * n
    next_word = [EOS] * n
    tag: list[tuple[str, str, str]] = [("", "", "")] * n
    tags_of = word_tags()
    pairs = [(w, tags_of.get(w) or _unknown_tag(w)) for w in tokenizer().lcut(text, HMM=True)]
    offset = 0
    spans: list[tuple[int, int, str, str]] = []
    for w, flag in pairs:
        spans.append((offset, offset + len(w), w, flag))
        offset += len(w)
    for k, (start, end, w, flag) in enumerate(spans):
        before = spans[k - 1][2] if k > 0 else BOS
        after = spans[k + 1][2] if k + 1 < len(spans) else EOS
        tags = (
            spans[k - 1][3] if k > 0 else "^",
            flag,
            spans[k + 1][3] if k + 1 < len(spans) else "$",
        )
        length = end - start
        for i in range(start, end):
            if length == 1:
                pos[i] = "S"
            elif i == start:
                pos[i] = "B"
            elif i == end - 1:
                pos[i] = "E"
            else:
                pos[i] = "M"
            word[i] = w
            prev_word[i] = before
            next_word[i] = after
            tag[i] = tags
    return pos, word, prev_word, next_word, tag


def suffix_distance(text: str, suffix_tags: list[str | None]) -> list[int]:
    """For each character, how many characters ahead the next company suffix
    ends, within one clause (no punctuation or space between); -1 if none
    within SUFFIX_REACH."""
    n = len(text)
    out = [-1] * n
    next_end = -1
    for i in range(n - 1, -1, -1):
        tag = suffix_tags[i]
        if tag is not None and (tag[0] in "ES"):
            next_end = i
        elif char_class(text[i]) in "PSOC":
            next_end = -1
        if next_end >= 0 and next_end - i <= SUFFIX_REACH:
            out[i] = next_end - i
    return out


def sentence_features(text: str, lexicon: Gazetteer | None = None) -> list[list[str]]:
    """The attribute strings of every character of one sentence."""
    n = len(text)
    if n == 0:
        return []
    chars = [BOS, BOS, *text, EOS, EOS]
    classes = ["^", "^", *(char_class(c) for c in text), "$", "$"]
    pos, word, prev_word, next_word, wtag = word_positions(text)
    lex = lexicon.tags(text) if lexicon is not None and len(lexicon) else [None] * n
    lex = [None, *lex, None]
    suf = suffix_gazetteer().tags(text)
    suf_dist = suffix_distance(text, suf)
    suf = [None, *suf, None]
    feats: list[list[str]] = []
    for i in range(n):
        j = i + 2  # index into the padded lists
        c_2, c_1, c0, c1, c2 = chars[j - 2], chars[j - 1], chars[j], chars[j + 1], chars[j + 2]
        k_1, k0, k1 = classes[j - 1], classes[j], classes[j + 1]
        w = word[i]
        p = pos[i]
        f = [
            "b",
            "c0=" + c0,
            "c-1=" + c_1,
            "c1=" + c1,
            "c-2=" + c_2,
            "c2=" + c2,
            "c-1c0=" + c_1 + c0,
            "c0c1=" + c0 + c1,
            "c-2c-1=" + c_2 + c_1,
            "c1c2=" + c1 + c2,
            "c-1c1=" + c_1 + c1,
            "c-1c0c1=" + c_1 + c0 + c1,
            "k0=" + k0,
            "k-1k0k1=" + k_1 + k0 + k1,
            "k-2k-1=" + classes[j - 2] + k_1,
            "k1k2=" + k1 + classes[j + 2],
            "p=" + p,
            "pc=" + p + c0,
            "w=" + w,
            "wp=" + p + w,
            "w-1=" + prev_word[i],
            "w+1=" + next_word[i],
            "wl=" + str(min(len(w), 6)),
        ]
        t = wtag[i]
        f.append("t=" + t[1])
        f.append("tp=" + t[1] + p)
        f.append("t3=" + t[0] + "|" + t[1] + "|" + t[2])
        if i > 0:
            f.append("p-1p=" + pos[i - 1] + p)
        lx = lex[i + 1]
        if lx is not None:
            f.append("lx=" + lx)
            f.append("lxc=" + lx[2:])
        if lex[i] is not None:
            f.append("lx-1=" + lex[i])
        if lex[i + 2] is not None:
            f.append("lx+1=" + lex[i + 2])
        sf = suf[i + 1]
        if sf is not None:
            f.append("sf=" + sf[0])
        if suf[i + 2] is not None:
            f.append("sf+1=" + suf[i + 2][0])
        d = suf_dist[i]
        if d >= 0:
            f.append("sd=" + str(d))
            f.append("sdp=" + str(d) + p)
        feats.append(f)
    return feats
