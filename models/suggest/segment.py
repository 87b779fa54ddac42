"""The text every rule reads: layout white space taken out, jieba word
boundaries, offsets mapped back to the original text.

News converted from PDF or print layout carries spaces and line breaks
inside words and numbers (``153.62 亿元``, ``富联精\\n\\n密``). The rules work
on a *compact* copy of the text in which such white space is removed; every
compact position remembers its original offset, so a span found in the
compact text maps back onto the text exactly as it is. A line break that
ends a title, a caption or a finished sentence stays, as a single ``\\n``,
so names and numbers never run across it.

News written in traditional characters (Hong Kong and Taiwan papers, HKEX
filings) is read in simplified ones: each paragraph told to be traditional
by its characters is translated in the compact copy character for
character with OpenCC's traditional→simplified table, one character for
one, so every compact position still maps back to the original offset and
a span is given in the text's own characters. Every rule, jieba's
dictionary and the model then read 億, 萬, 集團 and 銀行 as 亿, 万, 集团 and
银行. The paragraph decides, not the text: a news paragraph is written in
one script, and a simplified article may quote a Hong Kong filing or a
Taiwan statement as it was published, whose paragraph is read in
simplified however short beside the article, while the article's own
paragraphs keep 乾隆 and 後藤 (characters simplified writing has too).

Words come from jieba's dictionary and algorithm, always without its HMM:
an unknown name then comes out as single characters, which the company
rules read as a sign of a brand. The cutting itself is done by ``rjieba``
(jieba-rs, the same dictionary and the same words, compiled): suggesting
segments every character of a text, and jieba's Python would be most of
the time. What jieba's dictionary says of a word (its frequency, its part
of speech: ``v`` verb, ``d`` adverb, ``ns`` place, ``nz`` proper noun…) is
read from its file once and cached in a per-user directory
(``$BIAOZHU_CACHE``, else ``~/.cache/biaozhu``). jieba itself is never
initialised: its tables cost the window some 60 MB more. The
rules ask for a word's part of speech to stop a name at a verb or an
adverb in front of it, and for its frequency to tell a brand from a
common word."""

from __future__ import annotations

import codecs
import hashlib
import importlib.util
import marshal
import os
import re
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass
from itertools import accumulate, compress
from pathlib import Path

import rjieba

from models.domain import Suggestion
from models.writings import traditional_only, traditional_table

# A line that does not end a sentence is taken to be wrapped by the layout,
# and the break after it removed, when it is long or reads as prose (it has
# inner punctuation); a short line without punctuation is a title or a
# caption and keeps its break.
WRAPPED_LINE = 40
PROSE_LINE = 8
SENTENCE_END = set("。！？!?；;…")
INNER_PUNCT = set("，,、；;：:。")
ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def _cache_dir() -> Path | None:
    base = os.environ.get("BIAOZHU_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "biaozhu",
    )
    path = Path(base)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def cut(text: str) -> list[str]:
    """jieba's words of ``text`` without its HMM (jieba-rs cuts exactly as
    ``jieba.lcut(text, HMM=False)`` does, about ten times faster)."""
    return rjieba.cut(text, hmm=False)


def word_freq(word: str) -> int:
    """jieba's dictionary frequency of a word (0 when unknown)."""
    return (_tables or _dictionary())[0].get(word, 0)  # no call once read: asked per word


# The parts of speech the rules ask about: grammar words (verbs, adverbs,
# prepositions, conjunctions, pronouns, particles, localisers, numerals,
# measure and time words, adjectives) and proper nouns (places,
# organisations, other names, abbreviations). Plain nouns (``n``) and
# person names, most of the dictionary, are left out to keep the table small.
TAGS_KEPT = frozenset(
    ["v", "vd", "vn", "vg", "d", "p", "c", "u", "r", "f", "m", "q", "t", "a", "ad", "b"]
    + ["ns", "nt", "nz", "j", "s"]
)
DictionaryTables = tuple[dict[str, int], dict[str, str]]
_tables: DictionaryTables | None = None
_tables_lock = threading.Lock()


def word_tag(word: str) -> str:
    """jieba's part of speech for a dictionary word, among ``TAGS_KEPT``;
    ``""`` for a plain noun, a person's name or a word jieba does not know."""
    return (_tables or _dictionary())[1].get(word, "")


def _dictionary() -> DictionaryTables:
    """Word frequencies and kept parts of speech of jieba's dictionary, read
    from its file once and cached beside jieba's own cache: a tenth of the
    time jieba takes to initialise, which suggesting no longer needs."""
    global _tables
    if _tables is None:
        with _tables_lock:
            if _tables is None:
                _tables = _load_dictionary()
    return _tables


def _jieba_dictionary_file() -> Path:
    """jieba's own dictionary file, found without importing jieba: its import
    loads pkg_resources and its HMM tables, some 20 MB the rules never use."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba is not installed: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


# Words per marshalled piece of the cache: one marshal.loads of the whole
# table held the interpreter for 0.25 s, the window's too when it is read in
# the background; a piece of 20,000 words holds it for a few milliseconds.
CHUNK = 20_000


def _chunks(freq: dict[str, int], tags: dict[str, str]) -> bytes:
    """The tables as marshalled pieces one after another, behind a head that
    lists their lengths; a piece is a ``(freq part, tags part)`` pair."""
    words = list(freq)
    pieces = [
        marshal.dumps(({w: freq[w] for w in part}, {w: tags[w] for w in part if w in tags}))
        for part in (words[i : i + CHUNK] for i in range(0, len(words), CHUNK))
    ]
    head = marshal.dumps([len(p) for p in pieces])
    return len(head).to_bytes(4, "little") + head + b"".join(pieces)


def _read_chunks(path: Path) -> DictionaryTables:
    """The tables ``_chunks`` wrote, read piece by piece (other threads run
    between two pieces)."""
    data = memoryview(path.read_bytes())
    at = 4 + int.from_bytes(data[:4], "little")
    lengths = marshal.loads(data[4:at])
    if sum(lengths) != len(data) - at:
        raise ValueError("the word table cache is cut short")
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    for length in lengths:
        part_freq, part_tags = marshal.loads(data[at : at + length])
        at += length
        freq.update(part_freq)
        tags.update(part_tags)
    return freq, tags


def _load_dictionary() -> DictionaryTables:
    dictionary = _jieba_dictionary_file()
    stat = dictionary.stat()
    key = hashlib.sha1(
        f"{dictionary}|{stat.st_size}|{stat.st_mtime_ns}|{sorted(TAGS_KEPT)}|pieces{CHUNK}".encode()
    ).hexdigest()[:12]
    cache = _cache_dir()
    cached = cache / f"jieba-words-{key}.marshal" if cache is not None else None
    if cached is not None and cached.is_file():
        try:
            return _read_chunks(cached)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # a damaged cache is rebuilt below
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]):
                freq[parts[0]] = int(parts[1])
                if len(parts) == 3 and parts[2] in TAGS_KEPT:
                    tags[parts[0]] = parts[2]
    if cached is not None:
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.write_bytes(_chunks(freq, tags))
            os.replace(tmp, cached)
        except OSError:
            pass
    return freq, tags


@dataclass
class Compact:
    """``text`` without layout white space; ``index[i]`` is the original offset
    of ``text[i]``; ``simplified`` the ranges of ``text`` (whole paragraphs)
    that are a simplified copy of a passage ``source`` writes in traditional
    characters."""

    source: str
    text: str
    index: list[int]
    simplified: tuple[tuple[int, int], ...] = ()

    @property
    def read_in_simplified(self) -> bool:
        """Whether some of ``text`` is read in simplified characters."""
        return bool(self.simplified)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the compact range [start, end)."""
        return self.index[start], self.index[end - 1] + 1


# (\s+ written as one \s, then more: a pattern that opens with a character
# class is searched for that class alone, about 40% quicker over the news)
WHITE = re.compile(r"\s\s*")
LINE_BREAKS = re.compile("[\n\r\u2028\u2029\x0b\x0c]")


# A paragraph (a text without line breaks: the whole of it) is read as
# traditional when enough of its characters exist only in traditional
# writing: a simplified one holds one now and then (a name, a quoted
# title), traditional news has one in every four or five characters.
TRADITIONAL_MIN = 3
TRADITIONAL_SHARE = 0.02


# The characters of a text outside GB 2312 are found by its C encoder, which
# hands each run of them to this handler: a pass over a simplified text that
# holds a few (㎡, a rare name) costs a twentieth of testing each character.
_outside = threading.local()


def _collect_outside(error: UnicodeEncodeError) -> tuple[str, int]:
    _outside.runs.append((error.start, error.object[error.start : error.end]))
    return "", error.end


codecs.register_error("biaozhu-outside-gb2312", _collect_outside)


def _traditional_positions(text: str) -> list[int]:
    """The positions of ``text``'s traditional-only characters, in order
    (every one is outside GB 2312); fewer than TRADITIONAL_MIN are not all
    looked for, as nothing of the text is then read as traditional."""
    _outside.runs = []
    text.encode("gb2312", "biaozhu-outside-gb2312")
    runs = _outside.runs
    _outside.runs = []
    if sum(len(run) for _start, run in runs) < TRADITIONAL_MIN:
        return []
    only = traditional_only()
    return [start + k for start, run in runs for k, ch in enumerate(run) if ch in only]


def _enough(found: int, length: int) -> bool:
    return found >= TRADITIONAL_MIN and found >= TRADITIONAL_SHARE * length


def written_in_traditional(text: str) -> bool:
    """Whether ``text`` as a whole is written in traditional characters (see
    TRADITIONAL_MIN and TRADITIONAL_SHARE)."""
    return _enough(len(_traditional_positions(text)), len(text))


def traditional_paragraphs(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` read in simplified: its paragraphs (lines)
    written in traditional characters, next ones joined into one range.

    A paragraph is traditional by the thresholds, applied to it. One that
    holds a traditional-only character or two, too few to tell by itself
    (a title, a caption, a table row), is read as the text around it: as
    traditional when the text as a whole, or a paragraph of it, is. One
    that holds none is read as written: only the characters both writings
    share (乾, 後, 於) would change. A text without line breaks is one
    paragraph, decided as a whole."""
    positions = _traditional_positions(text)
    if len(positions) < TRADITIONAL_MIN:
        return []
    if "\n" not in text:
        return [(0, len(text))] if _enough(len(positions), len(text)) else []
    paragraphs = _paragraphs(text)
    starts = [start for start, _end in paragraphs]
    found = [0] * len(paragraphs)
    for pos in positions:
        found[bisect_right(starts, pos) - 1] += 1
    decided = [_enough(n, end - start) for n, (start, end) in zip(found, paragraphs, strict=True)]
    if _enough(len(positions), len(text)) or any(decided):
        decided = [d or 0 < n < TRADITIONAL_MIN for d, n in zip(decided, found, strict=True)]
    runs: list[tuple[int, int]] = []
    for (start, end), traditional in zip(paragraphs, decided, strict=True):
        if not traditional:
            continue
        if runs and runs[-1][1] == start - 1:  # the next paragraph: one range
            start = runs.pop()[0]
        runs.append((start, end))
    return runs


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, its line break left out."""
    out = []
    start = 0
    for m in re.finditer("\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def to_simplified(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified
    one (one for one: offsets are unchanged)."""
    return text.translate(traditional_table())


def _simplified_in(text: str, runs: list[tuple[int, int]]) -> str:
    """``text`` with the ranges ``runs`` in simplified characters."""
    if runs == [(0, len(text))]:
        return to_simplified(text)
    parts = []
    at = 0
    for start, end in runs:
        parts.append(text[at:start])
        parts.append(to_simplified(text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def simplified_reading(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` as the rules read it, at its own offsets: its traditional
    paragraphs in simplified characters, as ``compact`` decides them; and
    those paragraphs' ranges in ``text``."""
    if len(_traditional_positions(text)) < TRADITIONAL_MIN:
        return text, []  # (simplified news: one encoder pass)
    c = compact(text)
    runs = [c.span(start, end) for start, end in c.simplified]
    return _simplified_in(text, runs), runs


def compact(source: str) -> Compact:
    """``source`` without layout white space (see the module's docstring)."""
    parts: list[str] = []
    index: list[int] = []
    line: list[str] = []  # the non-white text of the current line, in pieces
    line_len = 0
    pos = 0
    for m in WHITE.finditer(source):
        i, j = m.span()
        if i > pos:
            piece = source[pos:i]
            parts.append(piece)
            index.extend(range(pos, i))
            line.append(piece)
            line_len += i - pos
        pos = j
        if not index or j >= len(source):
            continue  # white space at either end goes
        before, after = source[index[-1]], source[j]
        if LINE_BREAKS.search(source, i, j):
            text = "".join(line)
            wrapped = before not in SENTENCE_END and (
                line_len >= WRAPPED_LINE
                or (line_len >= PROSE_LINE and not INNER_PUNCT.isdisjoint(text))
            )
            if not wrapped:
                parts.append("\n")
                index.append(i)
            line, line_len = [], 0
        elif ASCII_WORD.match(before) and ASCII_WORD.match(after):
            parts.append(" ")
            index.append(i)
    if pos < len(source):
        parts.append(source[pos:])
        index.extend(range(pos, len(source)))
    text = "".join(parts)
    runs = traditional_paragraphs(text)
    if runs:
        return Compact(source, _simplified_in(text, runs), index, tuple(runs))
    return Compact(source, text, index)


class _Starts:
    """``pos in analysis.starts``: whether a word starts at ``pos``.

    It reaches its analysis through a weak reference: a strong one made
    every analysis a reference cycle (the analysis holds its ``starts``),
    which only the cyclic collector frees. Each text suggested then left
    its analysis, its compact copy and everything its rules kept in
    ``memo`` behind as garbage (some five thousand objects a pass over the
    gold articles, freed by a collection every fifty texts), where
    reference counting frees them as soon as the next text is analysed."""

    __slots__ = ("_a",)

    def __init__(self, analysis: Analysis):
        self._a = weakref.ref(analysis)

    def __contains__(self, pos: int) -> bool:
        # Analysis.is_start written out: asked thousands of times a pass over
        # the gold articles, where a second call per question was a tenth of it
        a = self._a()
        if pos <= 0 or pos >= len(a.text):
            return pos == 0 or pos == len(a.text)
        if not a._all_done:
            a._segment(pos)
        return a._word_starts[pos] == 1


# Sentences are segmented one at a time, when a rule first asks about them:
# jieba never joins words across these marks, so the words are the same as
# for the whole text, and sentences no rule looks at are never segmented.
SPLITS = "。！？!?；;\n"
SENTENCE_SPLIT = re.compile(f"[{SPLITS}]")

# The ends of the range of CJK ideographs the rules read as Chinese: one
# character is tested by comparing it with them (CJK_FIRST <= ch <= CJK_LAST),
# which for the thousands of characters the rules ask about an article is
# much cheaper than a pattern's match object.
CJK_FIRST, CJK_LAST = "\u3400", "\u9fff"


def last_of(marks: str) -> re.Pattern:
    """A pattern whose ``match(text, lo, hi)`` ends just after the last of
    ``marks`` in ``text[lo:hi]``, or is None: a greedy run that backs up to
    it, one call where a loop would step back a character at a time."""
    return re.compile(f"(?s:.*)[{re.escape(marks)}]")


_MARK = re.compile(b"\x01")


class _computed_once:  # noqa: N801 - a decorator, named as functools.cached_property is
    """``functools.cached_property`` without its lock: the value is computed at
    the first read and kept in the instance's ``__dict__``, where later reads
    find it first. Python 3.11's takes a lock, shared by every instance, at
    each first read (1.6 µs against 0.6: twice a text); two threads reading
    one analysis at once would at worst both compute the same value."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Analysis:
    """A text's compact form and, on demand, its words."""

    def __init__(self, compact: Compact):
        self.compact = compact
        self.text = compact.text
        n = len(self.text)
        self._bounds = [0] + [m.end() for m in SENTENCE_SPLIT.finditer(self.text)]
        if self._bounds[-1] != n:
            self._bounds.append(n)
        self._done = bytearray(len(self._bounds))
        self._all_done = False
        # 1 where a word starts (and at the end): one mark per word is cheaper
        # to write than a start and an end per character; a sentence's start
        # is a word's start before the sentence is segmented (jieba never
        # joins across the marks that split them)
        self._word_starts = bytearray(n + 1)
        for b in self._bounds:
            self._word_starts[b] = 1
        self.starts = _Starts(self)
        # what a rule derives from the whole text once and looks up per span
        # (keyed by something the rule owns), kept as long as the analysis
        self.memo: dict[object, object] = {}

    def _segment(self, pos: int) -> None:
        if self._all_done:
            return
        b = bisect_right(self._bounds, pos) - 1
        if self._done[b]:
            return
        self._done[b] = 1
        lo = self._bounds[b]
        hi = self._bounds[b + 1] if b + 1 < len(self._bounds) else len(self.text)
        marks = self._word_starts
        at = lo
        for word in cut(self.text[lo:hi]):
            marks[at] = 1
            at += len(word)

    def segment_all(self) -> None:
        """Segment every sentence not yet segmented, in one call (jieba never
        joins words across the marks that split sentences, so the words are
        the same as one sentence at a time)."""
        if self._all_done:
            return
        # a 1 at every word's start (and at the end), in a plain loop: mapping
        # the bytearray's __setitem__ over the starts (from C) calls a slot
        # wrapper per word, which builds its arguments' tuple and took half
        # again as long as this loop over the gold articles' 70,000 words
        marks = self._word_starts
        # the starts kept in order too (``word_starts``): the sentences' ends
        # are words' starts among them, as jieba never joins across a split
        self._start_list = list(accumulate(map(len, cut(self.text)), initial=0))
        for start in self._start_list:
            marks[start] = 1
        self._done = bytearray(b"\x01" * len(self._bounds))
        self._all_done = True

    @property
    def word_marks(self) -> bytearray:
        """1 at every word's start and at the text's end, 0 elsewhere (cuts
        the whole text first): what ``is_start`` and ``token`` read, for a
        caller that reads it for thousands of spans."""
        self.segment_all()
        return self._word_starts

    @property
    def word_starts(self) -> list[int]:
        """Where every word starts, in order, and the text's end: the places
        whose ``word_marks`` are 1 (cuts the whole text first), for a caller
        that bisects them rather than searching the marks."""
        self.segment_all()
        return self._start_list

    def is_start(self, pos: int) -> bool:
        if pos <= 0 or pos >= len(self.text):
            return pos == 0 or pos == len(self.text)
        if not self._all_done:
            self._segment(pos)
        return self._word_starts[pos] == 1

    def token(self, pos: int) -> tuple[int, int]:
        """The word that holds the character at ``pos``, as (start, end)."""
        if self._all_done and 0 <= pos < len(self.text):
            # bisected in the starts kept in order: asked some 7,500 times a
            # pass over the gold articles, where the marks' rfind and find
            # each parse their arguments as a tuple
            starts = self._start_list
            k = bisect_right(starts, pos)
            return starts[k - 1], starts[k]
        if not self._all_done:
            self._segment(pos)
        marks = self._word_starts
        return marks.rfind(1, 0, pos + 1), marks.find(1, pos + 1)

    def words(self, start: int, end: int) -> list[tuple[int, int]]:
        """The words of ``text[start:end]`` as (start, end), the first and last
        cut at ``start`` and ``end``."""
        if start >= end:
            return []
        if self._all_done and start >= 0:
            # the starts inside, bisected in the kept list: the marks' slice
            # picked by a range made an int for every character
            starts = self._start_list
            k = bisect_right(starts, start)
            cuts = [start, *starts[k : bisect_left(starts, end, k)], end]
            return list(zip(cuts, cuts[1:], strict=False))
        if not self._all_done:
            first = bisect_right(self._bounds, start) - 1
            last = bisect_right(self._bounds, end - 1) - 1
            for b in range(first, last + 1):
                if not self._done[b]:
                    self._segment(self._bounds[b])
        # the positions whose mark is 1, picked in C (no match object per word)
        starts = compress(range(start + 1, end), self._word_starts[start + 1 : end])
        cuts = [start, *starts, end]
        return list(zip(cuts, cuts[1:], strict=False))

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Every word, in order (segments the whole text)."""
        self.segment_all()
        starts = [m.start() for m in _MARK.finditer(self._word_starts)]
        return list(zip(starts, starts[1:], strict=False))

    @property
    def split_ends(self) -> list[int]:
        """Where each SENTENCE_SPLIT match of the text ends, in order (found
        when the text was analysed)."""
        bounds = self._bounds
        n = len(self.text)
        # the text's end is among the bounds also when no split ends it
        return bounds[1:] if n and self.text[n - 1] in SPLITS else bounds[1:-1]

    def split_before(self, pos: int, marks: Container[str]) -> int:
        """Just after the last of ``marks`` before ``pos``, or 0 when none
        stands before it, for ``marks`` among SENTENCE_SPLIT's: read off the
        splits found when the text was analysed (each is one, just before a
        sentence's start), where a search backwards tested each character
        of the sentence against the marks again."""
        bounds, text = self._bounds, self.text
        k = bisect_right(bounds, pos) - 1
        while k > 0 and text[bounds[k] - 1] not in marks:
            k -= 1  # a split that is none of ``marks`` (；), or the text's end
        return bounds[k] if k > 0 else 0

    def word_at(self, pos: int) -> str:
        s, e = self.token(pos)
        return self.text[s:e]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.compact.span(start, end)

    @_computed_once
    def quotes(self) -> list[tuple[int, int]]:
        """Quoted stretches as (open, close) positions of their marks, in text
        order: “…”, ‘…’, 「…」, 『…』 and straight "…" paired within a paragraph."""
        return find_quotes(self.compact.text)

    @_computed_once
    def quoted(self) -> bytearray:
        """1 at every position inside short quotes (content of 1-12 characters):
        names and slogans, whose numbers are not quantities."""
        mask = bytearray(len(self.compact.text))
        for a, b in self.quotes:
            if b - a - 1 <= 12:
                mask[a : b + 1] = b"\x01" * (b - a + 1)
        return mask


PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
MAX_QUOTE = 40


CLOSERS = set(PAIRS.values())
QUOTE_MARKS = re.compile("[“”‘’「」『』\"'\n]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    opened: dict[str, int] = {}  # closing mark -> position of its opening mark
    straight: dict[str, int] = {}
    for m in QUOTE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in PAIRS:
            opened[PAIRS[ch]] = i
        elif ch in CLOSERS:
            start = opened.pop(ch, None)
            if start is not None and 0 < i - start - 1 <= MAX_QUOTE:
                out.append((start, i))
        elif ch == "\n":
            opened.clear()
            straight.clear()
        else:
            if ch == "'" and i > 0 and text[i - 1].isascii() and text[i - 1].isalnum():
                continue  # an apostrophe
            start = straight.pop(ch, None)
            if start is None:
                straight[ch] = i
            elif 0 < i - start - 1 <= MAX_QUOTE:
                out.append((start, i))
            else:
                straight[ch] = i
    out.sort()
    return out


_cache_lock = threading.Lock()
_last: tuple[str, Analysis] | None = None


def analyse(text: str) -> Analysis:
    """The analysis of ``text``; the last one is kept, so the suggesters of one
    ensemble run share a single segmentation."""
    global _last
    with _cache_lock:
        last = _last
        if last is not None and last[0] is text:
            return last[1]
        if last is not None and last[0] == text:
            return last[1]
        result = Analysis(compact(text))
        _last = (text, result)
        return result


@dataclass
class Candidate:
    """A span a rule proposes, in the analysis's compacted text."""

    start: int
    end: int
    score: float
    how: str


class NameRules:
    """A rule suggester of one label: ``find`` proposes candidates on the
    text's analysis, ``suggest`` gives them as suggestions that name it."""

    name: str
    version: str
    label: str

    def find(self, a: Analysis) -> list[Candidate]:
        raise NotImplementedError

    def suggest(self, text: str) -> list[Suggestion]:
        a = analyse(text)
        return to_suggestions(a, text, self.find(a), self.label, self.name, self.version)


def to_suggestions(
    a: Analysis, text: str, cands: list[Candidate], label: str, name: str, version: str
) -> list[Suggestion]:
    """Candidates mapped back to offsets in the original text, naming their rule."""
    out = []
    for c in cands:
        start, end = a.to_original(c.start, c.end)
        out.append(
            Suggestion(
                start,
                end,
                label,
                text[start:end],
                round(c.score, 3),
                name,
                version,
                {"rule": c.how},
            )
        )
    return out
