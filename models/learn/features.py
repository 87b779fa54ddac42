"""Character features for the learned sequence model.

The model reads a text as the rules do: ``models.suggest.segment`` owns
jieba and the compact text (layout white space taken out, every character's
original offset kept), so the words the CRF sees are the words the rules
saw, segmented once per text. Each character of a sentence becomes a short
list of attribute strings that python-crfsuite weighs: the character and its
neighbours, character classes (digits, Chinese numerals, units, latin,
punctuation), its jieba word (position in it, the word itself, how common
it is, the words on either side), hits of term lists (Aho-Corasick:
the models' own copy of the bundled lexicons, ``model_lists``, and the
gold terms a model was trained with) and the distance to the next company
suffix (公司, 集团, 银行…).

The list is kept short on purpose: suggestions must keep pace with jieba
itself, and every attribute costs Python time on every character.

``FEATURE_SET`` names this recipe. A model stores it, and one trained on
another recipe is not read (its weights belong to attributes this code no
longer produces)."""

from __future__ import annotations

import math
import re
import struct
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import chain, compress, repeat

import numpy as np

from models.suggest.candidates import COMPANY_SUFFIXES
from models.suggest.lexicon import Lexicon, load_table
from models.suggest.segment import SENTENCE_SPLIT, Analysis, word_freq

FEATURE_SET = 3

MAX_SEGMENT = 300  # longer sentences are cut at a comma, so tagging stays cheap
WORD_IDENTITY = 6  # longer words are known by their ends only

CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟")
UNIT_CHARS = frozenset("%％‰元亿万千百个家项吨米克斤辆台套件名人户次倍位元角股份年月日号期季度")
OPEN_MARKS = frozenset("《“‘「『(（[【〔")
CLOSE_MARKS = frozenset("》”’」』)）]】〕")
CLAUSE_MARKS = re.compile(r"[，,、；;：:。！？!?\n“”《》()（）]")

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
CLASSES_SEEN = _class_cache  # read directly where a call per character costs more than a look-up


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


def sentence_bounds(text: str, splits: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a compact text: cut after sentence
    ends and line breaks (the breaks the compact text keeps are real), and
    at a comma in sentences longer than MAX_SEGMENT. ``splits``: where each
    SENTENCE_SPLIT match of the text ends, when known (``Analysis.split_ends``:
    the text is not scanned again)."""
    bounds = []
    start = 0
    if splits is None:
        splits = [m.end() for m in SENTENCE_SPLIT.finditer(text)]
    for end in splits:
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
    return Lexicon(bundled_list_terms())


@lru_cache(maxsize=1)
def bundled_list_terms() -> dict[str, str]:
    """The entries of ``bundled_lists`` as a plain dict (term → list's short name)."""
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
    return {"".join(term.split()): tag for term, tag in terms.items()}


CRF_TERMS = "crf_terms"  # resources/lexicon/crf_terms.txt


@lru_cache(maxsize=1)
def model_list_terms() -> dict[str, str]:
    """The term lists the sequence models read as features (term → list's
    short name): ``resources/lexicon/crf_terms.txt``, the lists as the
    bundled model learned them, which change only when it is retrained on
    purpose (``train_bundled --crf-terms-from-lists``), not the lists the
    rules read, which each COMPANY round grows. A model's features are
    computed when it suggests as when it learned, a project's model's too:
    measured on 7 December against the bundled model reading today's lists
    when it suggests (each with its scorer retrained), the check halves'
    pooled COMPANY 0.8575 -> 0.8582, CLUENER's user path 0.7740 -> 0.7727,
    news-train and the seeds the same (EXPERIMENTS.md, 'The sequence
    model's own term list')."""
    return {row[0]: row[1] for row in load_table(CRF_TERMS) if len(row) > 1}


@lru_cache(maxsize=1)
def model_lists() -> Lexicon:
    """``model_list_terms`` as a lexicon: what the sequence models' list and
    suffix features (``l=``, ``sd=``) are computed from."""
    return Lexicon(model_list_terms())


def term_tags(text: str, lexicon: Lexicon | None) -> list[str | None]:
    """Per character, the B/I/E/S position of the leftmost-longest term that
    covers it and the term's payload (``B-kc``), or None."""
    tags: list[str | None] = [None] * len(text)
    for start, end, tag in term_runs(text, lexicon):
        tags[start:end] = [tag] * (end - start)
    return tags


def term_runs(text: str, lexicon: Lexicon | None) -> list[tuple[int, int, str]]:
    """``term_tags`` as runs of one tag, (start, end, tag), in text order:
    the characters no term covers (most) are left out."""
    if lexicon is None or not len(lexicon):
        return []
    runs = []
    for start, end, _term, payload in lexicon.find(text):
        if end - start == 1:
            runs.append((start, end, f"S-{payload}"))
            continue
        runs.append((start, start + 1, f"B-{payload}"))
        if end - start > 2:
            runs.append((start + 1, end - 1, f"I-{payload}"))
        runs.append((end - 1, end, f"E-{payload}"))
    return runs


def gold_lexicon(terms: Mapping[str, str]) -> Lexicon:
    """A lexicon of gold terms (term → label) as a feature source."""
    return Lexicon({t: label for t, label in terms.items() if len(t) >= 2})


def suffix_distance(text: str, tags: list[str | None]) -> list[int]:
    """For each character, how many characters ahead the next company suffix
    (or legal form) ends within its clause; -1 if none within SUFFIX_REACH."""
    out = [-1] * len(text)
    ends = [i for i, tag in enumerate(tags) if tag is not None and ends_suffix(tag)]
    for i, distance in suffix_reach(text, ends):
        out[i] = distance
    return out


SUFFIX_TAGS = ("suf", "form")  # the term lists of company suffixes and legal forms


def ends_suffix(tag: str) -> bool:
    """Whether a term tag marks the last character of a company suffix or a
    legal form (E-suf, S-form…), where ``suffix_reach`` counts back from."""
    return tag[0] in "ES" and tag[2:] in SUFFIX_TAGS


def suffix_runs(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """``suffix_reach`` as runs: for each suffix's last character ``end`` (in
    ``ends``, in text order), the first character ``first`` it reaches back
    to, so that the characters ``first`` to ``end`` are at distances
    ``end - first`` down to 0. One search for the stop before each suffix,
    not a test of every character on the way."""
    stops = sorted({m.start() for m in CLAUSE_MARKS.finditer(text)}.union(ends))
    runs = []
    for end in ends:
        reach = max(end - SUFFIX_REACH, 0)
        k = bisect_left(stops, end) - 1  # the last stop before the suffix's end
        runs.append((max(stops[k] + 1, reach) if k >= 0 else reach, end))
    return runs


def suffix_reach(text: str, ends: list[int]) -> Iterator[tuple[int, int]]:
    """(position, distance) of the characters within SUFFIX_REACH before a
    suffix's last character (in ``ends``, in text order) in its clause, as
    ``suffix_distance`` gives them (the others are -1)."""
    # walk back from each suffix's end (few, where every character was
    # tested before), up to a clause mark or the end of the suffix before
    stops = {m.start() for m in CLAUSE_MARKS.finditer(text)} if ends else set()
    stops.update(ends)
    for end in ends:
        yield end, 0
        for i in range(end - 1, max(end - SUFFIX_REACH, 0) - 1, -1):
            if i in stops:
                break
            yield i, end - i


# -- the features -------------------------------------------------------------------

BOS = "<s>"
EOS = "</s>"
NONE = "-"
DISTANCES = [f"sd={min(d, 8)}" for d in range(SUFFIX_REACH + 1)]

Column = list[str]


class BaseColumns:
    """The attributes of every character of ``a.text[start:end]`` that do not
    depend on a model's gold terms, for the models that read that stretch:
    built as strings (``strings``) when the first model asks for them, once
    for all. A model whose attributes are known (``ModelAttributes``) reads
    ``sentence_items`` instead, built from caches, and never asks."""

    __slots__ = ("a", "start", "end", "_strings")

    def __init__(self, a: Analysis, start: int, end: int):
        self.a, self.start, self.end = a, start, end
        self._strings: list[Column] | None = None

    def strings(self) -> list[Column]:
        if self._strings is None:
            self._strings = column_strings(self.a, self.start, self.end)
        return self._strings


def base_columns(a: Analysis, start: int, end: int) -> BaseColumns:
    """The gold-free attributes of ``a.text[start:end]``, for several models
    to share (see ``BaseColumns``)."""
    return BaseColumns(a, start, end)


def column_strings(a: Analysis, start: int, end: int) -> list[Column]:
    """The attributes of every character of ``a.text[start:end]`` that do not
    depend on a model's gold terms, one column (list) per kind of attribute.

    Built column by column with list comprehensions: the attributes of a
    300,000-character text must cost a fraction of jieba's own time."""
    sent = a.text[start:end]
    prev = [BOS, *sent[:-1]]
    nxt = [*sent[1:], EOS]
    classes = [char_class(c) for c in sent]
    k_prev = ["^", *classes[:-1]]
    k_next = [*classes[1:], "$"]
    lists = term_tags(sent, model_lists())
    suffix = suffix_distance(sent, lists)
    return [
        ["c=" + c for c in sent],
        ["c-1=" + c for c in prev],
        ["c+1=" + c for c in nxt],
        ["b-=" + p + c for p, c in zip(prev, sent, strict=True)],
        ["b+=" + c + q for c, q in zip(sent, nxt, strict=True)],
        ["k=" + x + y + z for x, y, z in zip(k_prev, classes, k_next, strict=True)],
        *_word_columns(a, start, end),
        ["l=" + (t or NONE) for t in lists],
        [DISTANCES[d] if d >= 0 else "sd=-" for d in suffix],
    ]


def sentence_features(
    a: Analysis,
    start: int,
    end: int,
    gold_terms: Lexicon | None = None,
    base: BaseColumns | None = None,
) -> list[tuple[str, ...]]:
    """The attribute strings of every character of ``a.text[start:end]``
    (``base``: its ``base_columns``, shared with other models)."""
    if end <= start:
        return []
    columns = base.strings() if base is not None else column_strings(a, start, end)
    gold = ["g=" + (t or NONE) for t in term_tags(a.text[start:end], gold_terms)]
    return list(zip(*columns, gold, strict=True))


def _word_columns(a: Analysis, start: int, end: int) -> list[Column]:
    """Per character: its position in its jieba word (B/M/E/S) with the word's
    frequency band, with the word itself (or its ends, when long), and the
    neighbouring words (the one before at a word's first character, the one
    after at its last)."""
    text = a.text
    spans = a.words(start, end)  # the first and last cut at the sentence's ends
    band_col: Column = []
    word_col: Column = []
    before_col: Column = []
    after_col: Column = []
    words = [text[s:e] for s, e in spans]
    last = len(words) - 1
    for k, word in enumerate(words):
        bands, shapes = _word_attributes(word)
        band_col += bands
        word_col += shapes
        before = "w-=" + (words[k - 1] if k else BOS)
        after = "w+=" + (words[k + 1] if k < last else EOS)
        if len(word) == 1:
            before_col.append(before)
            after_col.append(after)
        else:
            before_col += [before, *(["w-"] * (len(word) - 1))]
            after_col += [*(["w+"] * (len(word) - 1)), after]
    return [band_col, word_col, before_col, after_col]


_word_cache: dict[str, tuple[Column, Column]] = {}
WORD_CACHE = 100_000


def _word_attributes(word: str) -> tuple[Column, Column]:
    """The band and word attributes of each character of a word (cached:
    news repeats its words)."""
    got = _word_cache.get(word)
    if got is not None:
        return got
    band = freq_band(word)
    shown = word if len(word) <= WORD_IDENTITY else word[:2] + "…" + word[-2:]
    if len(word) == 1:
        got = (["p=S" + band], ["w=S" + shown])
    else:
        inner = len(word) - 2
        got = (
            ["p=B" + band, *(["p=M" + band] * inner), "p=E" + band],
            ["w=B" + shown, *(["w=M" + shown] * inner), "w=E" + shown],
        )
    if len(_word_cache) < WORD_CACHE:
        _word_cache[word] = got
    return got


# -- the features as a model reads them ----------------------------------------------

WORD_LIMIT = 50_000  # words whose encoded attributes are kept; past it, built each time
# the attributes named by a prefix and what follows it, as ModelAttributes holds them
PREFIXES = ("c=", "c-1=", "c+1=", "b-=", "b+=", "k=", "w-=", "w+=", "l=", "g=")


class _EncodedWords(dict):
    """A word's band or shape attributes (``_word_attributes``), one per
    character, as ``ModelAttributes`` encodes them; the first WORD_LIMIT
    words asked for are kept (news repeats its words)."""

    __slots__ = ("part", "encoded", "none")

    def __init__(self, part: int, encoded: Mapping[str, bytes], none: bytes = b""):
        super().__init__()
        self.part = part
        self.encoded = encoded
        self.none = none

    def __missing__(self, word: str) -> tuple[bytes, ...]:
        # a map, not a generator: no frame resumed per character of a new word
        value = tuple(_encoded(self.encoded, _word_attributes(word)[self.part], self.none))
        if len(self) < WORD_LIMIT:
            self[word] = value
        return value


class _Classes(dict):
    """Character -> ``char_class``, each asked once: a stretch's classes are
    looked up by a map over its characters (already strings, hashed for the
    other columns), where ``str.translate`` made an int of each code point
    and looked that up (some 700 instructions a character)."""

    def __missing__(self, ch: str) -> str:
        cls = self[ch] = char_class(ch)
        return cls


_CLASSES = _Classes()


_NONE: dict = {}  # (never written)


class _CharInfo(dict):
    """Character -> its c=, c-1= and c+1= attributes (``char_triples``), its
    class (``char_class``) and the pairs it opens (the characters after it
    -> their b-= and b+=, ``pair_doubles``), in one look-up: a stretch's
    characters are each looked up once for these columns; the first
    WORD_LIMIT characters asked for are kept."""

    __slots__ = ("triples", "missing", "followers")

    def __init__(
        self,
        triples: Mapping[str, tuple[bytes, bytes, bytes]],
        missing: tuple,
        followers: Mapping[str, dict[str, tuple[bytes, bytes]]],
    ):
        super().__init__()
        self.triples = triples
        self.missing = missing
        self.followers = followers

    def __missing__(self, ch: str) -> tuple[bytes, bytes, bytes, str, dict]:
        value = (*self.triples.get(ch, self.missing), _CLASSES[ch], self.followers.get(ch, _NONE))
        if len(self) < WORD_LIMIT:
            self[ch] = value
        return value


class _WordInfo(dict):
    """Word -> its w-= and w+= attributes (as the word before or after a
    character) and its band and shape attributes, one per character
    (``_EncodedWords``), in one look-up where there were four; the first
    WORD_LIMIT words asked for are kept."""

    __slots__ = ("before", "after", "bands", "shapes", "none")

    def __init__(self, before, after, bands, shapes, none: bytes):
        super().__init__()
        self.before, self.after = before, after
        self.bands, self.shapes = bands, shapes
        self.none = none

    def __missing__(self, word: str) -> tuple[bytes, bytes, tuple, tuple]:
        none = self.none
        value = (
            self.before.get(word, none),
            self.after.get(word, none),
            self.bands[word],
            self.shapes[word],
        )
        if len(self) < WORD_LIMIT:
            self[word] = value
        return value


class ModelAttributes:
    """What ``sentence_features`` gives, read the way one trained model reads
    it: every attribute as crfsuite's UTF-8 bytes, b"" for those the model
    never weighs (crfsuite drops them all the same, and no attribute of this
    recipe is empty). The model's attributes are held by prefix, keyed by
    the character, pair, class or word that follows it (``PREFIXES``): a
    key not held is an attribute the model lacks. crfsuite is spared
    encoding every string and looking up the ones it would drop, and the
    tables hold the model's attributes only, however much text is read."""

    def __init__(self, known: Collection[str], ids: Mapping[str, int] | None = None):
        self.known = frozenset(known)
        # one bytes object per attribute, which every table and word shares:
        # the items of a sentence then point at a few hundred objects, not
        # at a copy per word (crfsuite reads each, and a copy is one more
        # place in memory to fetch). With ``ids`` (the model file's id of
        # each attribute, for ``NativeTagger``), each is its id as four
        # little-endian bytes, NO_ID for one the model lacks: a column of
        # them joined is an array of ids (``sentences_items``).
        self.native = ids is not None
        if ids is None:
            self.none = b""
            self.encoded = {attr: attr.encode() for attr in self.known}
        else:
            self.none = NO_ID
            self.encoded = {attr: ID.pack(ids[attr]) for attr in self.known}
        none = self.none
        self.no_char, self.no_pair = (none, none, none), (none, none)
        tables: dict[str, dict[str | None, bytes]] = {prefix: {} for prefix in PREFIXES}
        for attr, value in self.encoded.items():
            for prefix in PREFIXES:
                if attr.startswith(prefix):
                    tables[prefix][attr[len(prefix) :]] = value
                    break
        for prefix in ("l=", "g="):  # a character no term covers has the tag None
            tables[prefix][None] = self._one(prefix + NONE)
        char = tables["c="]  # read only through char_triples
        self.char_before, self.char_after = tables["c-1="], tables["c+1="]
        self.pair_before, self.pair_after = tables["b-="], tables["b+="]
        # a character's three attributes (c=, c-1=, c+1=) and a pair's two
        # (b-=, b+=), read in one look-up: the columns of a sentence are
        # the same look-ups' results moved by one place
        chars = char.keys() | self.char_before.keys() | self.char_after.keys()
        self.char_triples = {
            ch: (
                char.get(ch, none),
                self.char_before.get(ch, none),
                self.char_after.get(ch, none),
            )
            for ch in chars
        }
        # keyed by the pair's two characters as a tuple, which ``zip`` makes
        # without a new string to hash for each pair of the text (those with
        # BOS or EOS are read only at a stretch's ends, as strings)
        pairs = self.pair_before.keys() | self.pair_after.keys()
        self.pair_doubles = {
            tuple(pair): (self.pair_before.get(pair, none), self.pair_after.get(pair, none))
            for pair in pairs
            if len(pair) == 2
        }
        self.classes = tables["k="]
        # likewise the classes of a character and its neighbours (``classes``
        # is keyed by their three letters, for a stretch's ends)
        self.class_triples = {tuple(key): value for key, value in self.classes.items()}
        self.bands = _EncodedWords(0, self.encoded, none)
        self.shapes = _EncodedWords(1, self.encoded, none)
        self.word_before, self.word_after = tables["w-="], tables["w+="]
        # the pairs by their first character: a character's own look-up
        # (``char_info``) gives the few that follow it, each a look-up in a
        # table of a few entries where a tuple of the two was looked up in
        # one of thousands
        followers: dict[str, dict[str, tuple[bytes, bytes]]] = {}
        for (first, second), value in self.pair_doubles.items():
            followers.setdefault(first, {})[second] = value
        self.char_info = _CharInfo(self.char_triples, self.no_char, followers)
        self.word_info = _WordInfo(self.word_before, self.word_after, self.bands, self.shapes, none)
        self.inside_before, self.inside_after = self._one("w-"), self._one("w+")
        self.lists, self.gold = tables["l="], tables["g="]
        self.list_tags, self.gold_tags = _TermTags(self.lists, none), _TermTags(self.gold, none)
        self.suffix = {d: self._one(DISTANCES[d]) for d in range(SUFFIX_REACH + 1)}
        self.suffix[-1] = self._one("sd=-")
        # the distances' attributes from the farthest down to the suffix's
        # own end: the tail of it is the attributes of a run (``suffix_runs``)
        self.suffix_back = [self.suffix[d] for d in range(SUFFIX_REACH, -1, -1)]

    def _one(self, attr: str) -> bytes:
        return self.encoded.get(attr, self.none)


ID = struct.Struct("<i")  # an attribute's id, as ``ModelAttributes(ids=...)`` encodes it
NO_ID = ID.pack(-1)  # an attribute the model lacks, so encoded
COLUMNS = 13  # the attributes of a character, in the order ``sentence_features`` gives them


def _encoded(table: Mapping, keys: Iterable, missing: bytes = b"") -> Iterator[bytes]:
    """Each key's attribute in ``table``, ``missing`` for one the model lacks."""
    return map(table.get, keys, repeat(missing))


def sentence_items(
    a: Analysis,
    start: int,
    end: int,
    gold_terms: Lexicon | None,
    attrs: ModelAttributes,
) -> list[tuple[bytes, ...]]:
    """``sentence_features(a, start, end, gold_terms)`` as the model of
    ``attrs`` reads it: the same attributes in the same order (crfsuite sums
    a character's weights in that order), each as ``ModelAttributes`` gives
    it."""
    if end <= start:
        return []
    return sentences_items(a, [(start, end)], gold_terms, attrs)[0]


def sentences_items(
    a: Analysis,
    bounds: Sequence[tuple[int, int]],
    gold_terms: Lexicon | None,
    attrs: ModelAttributes,
) -> list[list[tuple[bytes, ...]]] | list[np.ndarray]:
    """``sentence_items`` of each of ``bounds`` (stretches of ``a.text`` in
    text order, none empty, none overlapping: the sentences a model reads
    one after another, or the clauses a judging model reads in a text),
    built column by column over all of them at once: a stretch's
    attributes are those of the stretches joined but at its ends, where it
    has no neighbour (BOS, EOS, no word before or after), and its
    term-list hits and suffix distances, which are looked for in the
    stretch alone; its words are cut at its ends (``a.words``)."""
    marks = a.word_marks
    if all(bounds[k][1] == bounds[k + 1][0] for k in range(len(bounds) - 1)):
        first, last = bounds[0][0], bounds[-1][1]
        text = a.text[first:last]
        spans = [(s - first, e - first) for s, e in bounds]
    else:
        text = "".join([a.text[s:e] for s, e in bounds])
        spans = []
        at = 0
        for s, e in bounds:
            spans.append((at, at + e - s))
            at += e - s
    n = len(text)
    # where each word starts, as ``a.words(s, e)`` gives them for each
    # stretch (the first cut at its start), read off the marks of the
    # whole text's words without a pair per word (the models read every
    # sentence, or those of a text whose words the rules already cut)
    firsts: list[int] = []
    for (s, e), (at, _end) in zip(bounds, spans, strict=True):
        firsts.append(at)
        firsts += compress(range(at + 1, at + e - s), marks[s + 1 : e])
    # the characters as one list of strings, each hashed once for the
    # lookups of all the columns below (iterating a str makes new ones)
    chars = list(text)
    # each character's c=, c-1= and c+1= and its class at once, then moved
    # to their places (c-1= of a character is its next one's, c+1= its
    # previous one's)
    none = attrs.none
    own, before, after, class_of, opened = zip(
        *map(attrs.char_info.__getitem__, chars), strict=True
    )
    classes = "".join(class_of)
    char_before = [none, *before[:-1]]
    char_after = [*after[1:], none]
    pair_before, pair_after = [none], [none]
    if n > 1:  # likewise a pair's b-= (of its second character) and b+= (of its first)
        # (``pair_doubles.get((first, second), no_pair)``, from the pairs
        # the first character opens)
        ahead, behind = zip(
            *map(dict.get, opened[:-1], chars[1:], repeat(attrs.no_pair)), strict=True
        )
        pair_before += ahead
        pair_after = [*behind, none]
    kinds = list(
        _encoded(
            attrs.class_triples,
            zip("^" + classes[:-1], classes, classes[1:] + "$", strict=True),
            none,
        )
    )
    bands, shapes, word_before, word_after = _word_items(text, firsts, attrs)
    # the term-list hits, suffix distances and gold terms: most characters
    # have none, and only the few that do are written over the default.
    # They are sought in the stretches joined by line breaks, which no term
    # holds (a Lexicon takes white space out of its terms) and which are no
    # ASCII letter (the one neighbour a match looks at): no match runs from
    # a stretch into the next, and each stretch's are those it holds alone
    seen = text if len(spans) == 1 else "\n".join([text[s:e] for s, e in spans])
    lists = [attrs.lists[None]] * n
    ends = _write_terms(lists, seen, spans, model_lists(), attrs.list_tags)
    gold = [attrs.gold[None]] * n
    _write_terms(gold, seen, spans, gold_terms, attrs.gold_tags)
    suffix = [attrs.suffix[-1]] * n
    if ends:
        # a line break is a clause mark: no suffix is counted back across it,
        # so each run lies in one stretch, ``k`` places further in ``seen``
        starts = [s + k for k, (s, _e) in enumerate(spans)]  # where each stretch starts in ``seen``
        back = attrs.suffix_back
        for first, end in suffix_runs(seen, ends):
            at = end - bisect_right(starts, end) + 1  # the suffix's end in the column
            suffix[at - (end - first) : at + 1] = back[SUFFIX_REACH - (end - first) :]
    for s, e in spans:
        # the sentence's ends have no neighbour
        char_before[s] = attrs.char_before.get(BOS, none)
        pair_before[s] = attrs.pair_before.get(BOS + text[s], none)
        char_after[e - 1] = attrs.char_after.get(EOS, none)
        pair_after[e - 1] = attrs.pair_after.get(text[e - 1] + EOS, none)
        first_kind = "^" + classes[s] + (classes[s + 1] if e - s > 1 else "$")
        last_kind = (classes[e - 2] if e - s > 1 else "^") + classes[e - 1] + "$"
        kinds[s] = attrs.classes.get(first_kind, none)
        kinds[e - 1] = attrs.classes.get(last_kind, none)
        word_before[s] = attrs.word_before.get(BOS, none)
        word_after[e - 1] = attrs.word_after.get(EOS, none)
    columns = (
        own,
        char_before,
        char_after,
        pair_before,
        pair_after,
        kinds,
        bands,
        shapes,
        word_before,
        word_after,
        lists,
        suffix,
        gold,
    )
    if attrs.native:
        # every attribute an id of four bytes: the columns joined are a
        # COLUMNS × n array of them, whose transpose has a row per character
        # (a column of another length cannot be reshaped: it raises)
        ids = np.frombuffer(b"".join([b"".join(c) for c in columns]), dtype="<i4")
        matrix = ids.reshape(COLUMNS, n).T
        return [matrix] if len(spans) == 1 else [matrix[s:e] for s, e in spans]
    items = list(zip(*columns, strict=True))
    return [items] if len(spans) == 1 else [items[s:e] for s, e in spans]


def _write_terms(
    column: list[bytes],
    seen: str,
    spans: list[tuple[int, int]],
    lexicon: Lexicon | None,
    tags: Mapping[object, tuple[bytes, bytes, bytes, bytes]],
) -> list[int]:
    """Write over ``column`` the B/I/E/S attribute of each term of ``lexicon``
    found in ``seen`` (the stretches of ``spans`` joined by line breaks:
    the k-th stretch's characters stand k places further in it), as
    ``term_runs`` of each stretch gives them (``tags``: a payload's S, B, I
    and E attributes); returns, in ``seen``, the last character of each
    company suffix or legal form found (``ends_suffix``)."""
    ends: list[int] = []
    if lexicon is None or not len(lexicon):
        return ends
    k, limit = 0, spans[0][1]  # the stretch a match lies in, and where it ends in ``seen``
    for start, end, _term, payload in lexicon.find(seen):
        while start > limit:
            k += 1
            limit = spans[k][1] + k
        single, first, inside, last = tags[payload]
        s, e = start - k, end - k
        if e - s == 1:
            column[s] = single
        else:
            column[s] = first
            if e - s > 2:
                column[s + 1 : e - 1] = [inside] * (e - s - 2)
            column[e - 1] = last
        if payload in SUFFIX_TAGS:
            ends.append(end - 1)
    return ends


class _TermTags(dict):
    """A term's payload -> its S-, B-, I- and E- attributes (``term_runs``'
    tags) as one table of a model encodes them."""

    __slots__ = ("table", "none")

    def __init__(self, table: Mapping[str | None, bytes], none: bytes = b""):
        super().__init__()
        self.table = table
        self.none = none

    def __missing__(self, payload: object) -> tuple[bytes, bytes, bytes, bytes]:
        got = self[payload] = tuple(
            self.table.get(f"{place}-{payload}", self.none) for place in "SBIE"
        )
        return got


def _word_items(text: str, firsts: list[int], attrs: ModelAttributes) -> list[list]:
    """The four columns of ``_word_columns`` over ``text``, encoded, its
    words starting at ``firsts``."""
    n = len(text)
    nexts = [*firsts[1:], n]  # where the next word starts
    # plain loops, not a map of str.__getitem__ or list.__setitem__: those
    # are slot wrappers, which build a tuple of arguments for every call
    words = [text[s:e] for s, e in zip(firsts, nexts, strict=True)]
    # each word's four attributes in one look-up (``_WordInfo``)
    as_before, as_after, bands, shapes = zip(*map(attrs.word_info.__getitem__, words), strict=True)
    # a word's first character names the word before it, its last the word
    # after (the last word is before none here: zip stops at the last start)
    before = [attrs.inside_before] * n
    for i, value in zip(firsts, (attrs.word_before.get(BOS, attrs.none), *as_before), strict=False):
        before[i] = value
    after = [attrs.inside_after] * (n + 1)  # one place to the right: set where the next starts
    for i, value in zip(nexts, (*as_after[1:], attrs.word_after.get(EOS, attrs.none)), strict=True):
        after[i] = value
    return [
        list(chain.from_iterable(bands)),
        list(chain.from_iterable(shapes)),
        before,
        after[1:],
    ]


def log_odds(p: float, floor: float = 1e-4) -> float:
    """log(p / (1 - p)), clipped away from 0 and 1."""
    p = min(max(p, floor), 1.0 - floor)
    return math.log(p / (1.0 - p))
