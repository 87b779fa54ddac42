"""Candidates: spans proposed for a scorer to judge.

As in spaCy's ``spancat``, suggesting is two steps: sources propose
candidate spans (the rules, lexicons, sequence models and the shape of the text),
then a model scores every candidate and a filter keeps the best that do not
overlap (``models.suggest.pipeline``).

A candidate lives in the *compact* text of ``models.suggest.segment`` (the
text the rules and the sequence model read) and remembers every source
that proposed it, with that source's own score and rule."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from models.domain import Suggestion
from models.suggest.base import Suggester
from models.suggest.lexicon import Lexicon, load_list, load_table
from models.suggest.metric import MetricSuggester
from models.suggest.segment import Analysis, NameRules, last_of

# Labels of names (not quantities): where a rule or lexicon proposes one,
# the sequence models read the sentence and its shapes are weighed.
COMPANY, POLICY = "COMPANY", "POLICY"
NAME_LABELS = (COMPANY, POLICY)
# A quantity inside a name is part of the name (“1269”行动计划).
YIELDING_LABELS = frozenset({"METRIC"})
SHAPE_SOURCE = "shape"
_TITLE = re.compile("《[^《》\n]{2,60}》")

SpanKey = tuple[int, int, str]
RULE_ONLY = frozenset({"rule"})


@dataclass(init=False)
class Candidate:
    """A span of the compact text with a label, and who proposed it:
    ``sources`` maps a source's name to its score, ``rules`` names the rules
    that fired."""

    start: int
    end: int
    label: str
    sources: dict[str, float]
    rules: set[str]
    attrs: dict
    key: SpanKey = field(repr=False, compare=False)

    # written out, not the dataclass's: its __init__ called a factory for each
    # empty dict and set (a type call) and then __post_init__, for each of the
    # some 6,000 candidates a pass over the gold articles makes
    def __init__(
        self,
        start: int,
        end: int,
        label: str,
        sources: dict[str, float] | None = None,
        rules: set[str] | None = None,
        attrs: dict | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.sources = {} if sources is None else sources
        self.rules = set() if rules is None else rules
        self.attrs = {} if attrs is None else attrs
        self.key = (start, end, label)


class CandidateSet:
    """Candidates by span and label; a span proposed twice is one candidate
    that knows both sources."""

    def __init__(self) -> None:
        self._by_key: dict[SpanKey, Candidate] = {}

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self._by_key.values())

    def __contains__(self, key: SpanKey) -> bool:
        return key in self._by_key

    def keys(self) -> list[SpanKey]:
        return list(self._by_key)

    def add(
        self,
        start: int,
        end: int,
        label: str,
        source: str,
        score: float = 1.0,
        rule: str = "",
        attrs: dict | None = None,
    ) -> Candidate:
        key = (start, end, label)
        cand = self._by_key.get(key)
        if cand is None:
            cand = self._by_key[key] = Candidate(start, end, label)
        sources = cand.sources
        prior = sources.get(source, 0.0)
        sources[source] = prior if prior > score else score  # max(score, prior), without a call
        if rule:
            cand.rules.add(rule)
        if attrs:
            known = cand.attrs
            if known:
                for k, v in attrs.items():
                    known.setdefault(k, v)
            else:  # most candidates are new: the whole of attrs at once
                known.update(attrs)
        return cand

    def add_rule(self, a: Analysis, text: str, rule: Suggester) -> None:
        """What a rule suggester proposes for ``text`` (analysed as ``a``)."""
        # the name and quantity rules find their candidates in the compact
        # text: mapped to the original text as suggestions, then back, they
        # would come out as they went in, a few per cent of suggesting later
        if type(rule).suggest is NameRules.suggest:
            self.add_found(a, rule)
        elif type(rule).suggest is MetricSuggester.suggest:
            self.add_quantities(a, rule)
        else:
            self.add_suggestions(a, rule.suggest(text))

    def add_found(self, a: Analysis, rule: NameRules) -> None:
        """A name rule's candidates, as ``add_suggestions`` would add its
        suggestions (``to_suggestions``: the score to three decimals, the rule
        by ``how``)."""
        add, label, name = self.add, rule.label, rule.name
        for c in rule.find(a):
            if c.start < c.end:
                add(c.start, c.end, label, name, round(c.score, 3), str(c.how))

    def add_quantities(self, a: Analysis, rule: MetricSuggester) -> None:
        """The quantity rules' hits, as ``add_suggestions`` would add their
        suggestions."""
        for h, attrs in rule.attributed(a):
            if h.start < h.end:
                self._add_given(h.start, h.end, rule.label, rule.name, h.score, attrs)

    def add_suggestions(self, a: Analysis, suggestions: Iterable[Suggestion]) -> None:
        """Suggestions of a rule suggester (original offsets), as candidates."""
        index = a.compact.index
        for s in suggestions:
            start = bisect_left(index, s.start)
            end = bisect_left(index, s.end, start)
            if start < end:
                self._add_given(start, end, s.label, s.source, s.score, s.attrs)

    def _add_given(
        self, start: int, end: int, label: str, source: str, score: float, given: dict
    ) -> None:
        """A candidate with a suggestion's attributes (its rule apart)."""
        attrs = None  # most rules' only attribute is their rule
        if not given.keys() <= RULE_ONLY:
            # add only reads attrs: a copy is needed only to leave the rule out
            attrs = {k: v for k, v in given.items() if k != "rule"} if "rule" in given else given
        self.add(start, end, label, source, score, str(given.get("rule", "")), attrs)


def resolve(
    scored: Sequence[tuple[float, Candidate]], threshold: float
) -> list[tuple[float, Candidate]]:
    """The candidates above ``threshold`` that overlap nothing more probable
    (ties: the longer span), in text order; a quantity yields to a name
    that holds it (the guideline annotates the name alone: “1269”行动计划),
    and so does a firm to a policy whose name holds it (gold spans never
    nest, and a policy's name is the longest as written)."""
    shown = [sc for sc in scored if sc[0] > threshold]
    holds = NameIndex([c for _p, c in shown if c.label == POLICY]).holds
    # each candidate's rank as a key made in one comprehension, its place in
    # ``shown`` last (the stable sort's order among equal keys), rather than
    # by a key function called for each of some 2,600 candidates a pass
    keys = [
        (
            c.label in YIELDING_LABELS,
            c.label == COMPANY and holds(c),
            -p,
            c.start - c.end,
            c.start,
            k,
        )
        for k, (p, c) in enumerate(shown)
    ]
    keys.sort()
    taken = bytearray(max((c.end for _p, c in shown), default=0) + 1)
    kept = []
    for key in keys:
        sc = shown[key[-1]]
        cand = sc[1]
        if 1 in taken[cand.start : cand.end]:  # (find parses its arguments as a tuple)
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append((cand.start, cand.end, len(kept), sc))
    kept.sort()  # in text order (by start, then end, then as kept)
    return [sc for _s, _e, _k, sc in kept]


class NameIndex:
    """Names by where they start, to ask which of them hold a span: a long
    text has thousands of firms and policies, and testing every pair made
    resolving quadratic in the text's length."""

    def __init__(self, names: Sequence[Candidate]) -> None:
        self.names = sorted(names, key=lambda n: n.start)
        self.starts = [n.start for n in self.names]
        self.longest = max((n.end - n.start for n in self.names), default=0)

    def holds(self, cand: Candidate) -> bool:
        """Whether a longer name holds the candidate."""
        i = bisect_right(self.starts, cand.start)
        length = cand.end - cand.start
        while i > 0 and self.starts[i - 1] >= cand.end - self.longest:
            i -= 1
            n = self.names[i]
            if cand.end <= n.end and n.end - n.start > length:
                return True
        return False


# -- shapes: where names can be, by the words around them ---------------------------

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
MAX_WORDS_BACK = 4
MIN_SHAPE_CHARS = 2
MAX_SHAPE_CHARS = 20
BRAND_CHARS = (2, 4)
LIST_ITEM_CHARS = (2, 10)
FUNCTION_CHARS = frozenset(
    "的了在是和与及或等对将把被由向从为于而并且也都就还又再很最已着之其该各每这那此"
)
CLAUSE_END = frozenset("，,。；;：:！？!?\n()（）")
LIST_MARK = "、"


@lru_cache(maxsize=1)
def shape_lexicon() -> Lexicon:
    """Words that end a company name: suffixes and legal forms, and the
    bundled industry words."""
    terms: dict[str, str] = {}
    for row in load_table("company_forms"):
        term = row[1] if row[0] == "@branch" and len(row) > 1 else row[0]
        terms.setdefault(term, "COMPANY")
    for word in (*COMPANY_SUFFIXES, *load_list("company_industry")):
        terms.setdefault(word, "COMPANY")
    return Lexicon(terms)


def add_policy_shapes(a: Analysis, cands: CandidateSet) -> None:
    """POLICY candidates from the shape of the text alone (source ``shape``):
    quoted names and titles in 《》. (A quote with the word after it is the
    policy rules' to propose, with its head noun: as a shape it was right
    once in eighty in the training gold.)"""
    text = a.text
    for open_, close in a.quotes:
        _add_shape(cands, open_, close + 1, "quote", "POLICY")
    for m in _TITLE.finditer(text):
        cands.add(m.start(), m.end(), "POLICY", SHAPE_SOURCE, 0.0, "title")


def add_company_shapes(a: Analysis, cands: CandidateSet, start: int, end: int) -> list[Candidate]:
    """COMPANY candidates from the shape of ``a.text[start:end]`` alone (source
    ``shape``): names that end in a company suffix or an industry word (one to
    four words back), runs of characters jieba does not know as words
    (brands) and the members of an enumeration (A、B、C). Returns them."""
    return [
        cands.add(s, e, "COMPANY", SHAPE_SOURCE, 0.0, how)
        for s, e, how in _company_shapes(a, start, end)
        if MIN_SHAPE_CHARS <= e - s <= MAX_SHAPE_CHARS
    ]


def _add_shape(cands: CandidateSet, start: int, end: int, how: str, label: str) -> Candidate | None:
    if MIN_SHAPE_CHARS <= end - start <= MAX_SHAPE_CHARS:
        return cands.add(start, end, label, SHAPE_SOURCE, 0.0, how)
    return None


def _company_shapes(a: Analysis, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    text = a.text
    marks = a.word_marks  # read directly, as Analysis.is_start and .token do
    starts = a.word_starts
    for _s, end, _term, _label in shape_lexicon().find(text[lo:hi]):
        end += lo
        if marks[end] != 1:
            continue
        start = end
        k = bisect_left(starts, end)  # starts[k] is end: the words before it are the ones before
        for _ in range(MAX_WORDS_BACK):
            if start == lo or text[start - 1] in CLAUSE_END or text[start - 1] in LIST_MARK:
                break
            k -= 1  # the word before (past the text's start: the marks' search, as ever)
            start = starts[k] if k >= 0 else marks.rfind(1, 0, start)
            if end - start > MAX_SHAPE_CHARS:
                break
            yield start, end, "head"
    yield from _brands(a, lo, hi)
    yield from _list_items(text, lo, hi)


def _brands(a: Analysis, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """Runs of single-character words (jieba, without its HMM, leaves the
    characters of a name it does not know apart)."""
    text = a.text
    low, high = BRAND_CHARS
    run_start = run_end = -1
    for s, e in a.words(lo, hi):
        # a one-character word that can be part of a name: a Han character,
        # not a grammar word's (tested here, not by a call per word)
        if e - s == 1 and "\u4e00" <= (ch := text[s]) <= "\u9fff" and ch not in FUNCTION_CHARS:
            if run_end != s:
                run_start = s
            run_end = e
            continue
        if low <= run_end - run_start <= high:
            yield run_start, run_end, "brand"
        run_start = run_end = -1
    if low <= run_end - run_start <= high:
        yield run_start, run_end, "brand"


# what opens a list's member (a clause's end or the 、 before it) and what
# closes it (those, or 等, 和, 及, 与 before the last): the last opening
# before a 、 is found by a greedy run that backs up to it, the first
# closing after it by one search, not character by character
_ITEM_OPENS = "".join(sorted(CLAUSE_END | {LIST_MARK}))
_ITEM_CLOSES = "".join(sorted(CLAUSE_END | set(LIST_MARK + "等和及与")))
_LAST_ITEM_OPENING = last_of(_ITEM_OPENS)
_ITEM_CLOSING = re.compile(f"[{re.escape(_ITEM_CLOSES)}]")


def _list_items(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """The members of A、B、C enumerations (the last one up to 等, 和 or the clause's end)."""
    low, high = LIST_ITEM_CHARS
    pos = text.find(LIST_MARK, lo, hi)
    while pos >= 0:
        opening = _LAST_ITEM_OPENING.match(text, lo, pos)
        start = opening.end() if opening else lo
        if low <= pos - start <= high:
            yield start, pos, "list"
        closing = _ITEM_CLOSING.search(text, pos + 1, hi)
        end = closing.start() if closing else hi
        if low <= end - pos - 1 <= high and (end >= hi or text[end] != LIST_MARK):
            yield pos + 1, end, "list"
        pos = text.find(LIST_MARK, pos + 1, hi)
