"""What the candidate scorer knows about a candidate span.

``Featurizer`` runs the candidate sources over a text (the rule suggesters,
a term lexicon, the shape of the text, and the sequence models, each CRF
proposing its best spans and judging everyone else's where it reads) and
describes each candidate by a sparse set of features conjoined with its
label:

- who proposed it, their scores and rules, how many agree;
- for a rule's candidate, the word after it again, apart: the shared
  next-word weights are learned mostly from shapes' and models' spans,
  most of them wrong, and what follows a rule's name says other things
  (…的, …等, …、 after a name; …”, …相关, …旗下 after a part of one);
- each CRF's marginal probability of exactly this span (lowest and mean
  over its characters, as log-odds) and whether it is that CRF's best;
- its shape: length, first and last characters, the characters and jieba
  words on either side, whether it starts and ends on word boundaries,
  its first and last words, and which bundled list (places, policy heads
  and triggers, company suffixes, organisations) holds each of those words;
- lexicon hits: a bundled list holding it, the project's evidence for it
  as a term (``source`` "lexicon", scored by its precision in the project);
- how often the same string is proposed elsewhere in the text.

Nothing describes the inside of a quoted name (its inner words, a numeral
opening it as in “两新”, its length): tried on 5 December, for every label
or for POLICY alone, and retrained, it left POLICY on every check half
where it was (pooled 0.672) and moved COMPANY by the retrain's noise
alone. A quote the shape rule alone proposes is a policy in about 3 of
100 of the scorer's in-domain examples (news-train 6 of 173, the seeds
3 of 144), so its low score is the gold's line, not a blind spot: the
quoted names that gold marks are mostly proposed by the policy rules
already, at 0.97.

Nor does anything describe what the CLUENER CRF reads a candidate as when
not as a firm (its marginal mass on its auxiliary tags body, place, person
and work over the span, and whether its best path tags most of the span
so): tried on 6 December (commit 434ebd5, EXPERIMENTS.md), the check
halves' pooled COMPANY moved by the retrain's noise (0.8431 → 0.8422) and
CLUENER dev through a project's path fell 0.7658 → 0.7448; the CRF's own
COMPANY marginal already says most of what its other tags do.

Training (``models.learn.train_bundled`` and project training) and
suggesting use this one description, so a model always meets the features
it was trained on. Suggesting reads it through ``WeightTable``, which looks
each feature's weight up by its family and value instead of writing its
name out (making and hashing the names was a fifth of the model's time):
the two follow each other step by step, and a test holds their scores
equal."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from math import log

from models.learn.crf import TAGGING, CrfTagger
from models.learn.features import (
    BOS,
    CLASSES_SEEN,
    EOS,
    NONE,
    base_columns,
    bundled_list_terms,
    char_class,
    log_odds,
    sentence_bounds,
)
from models.suggest.base import Suggester
from models.suggest.candidates import (
    NAME_LABELS,
    SHAPE_SOURCE,
    Candidate,
    CandidateSet,
    SpanKey,
    add_company_shapes,
    add_policy_shapes,
)
from models.suggest.company import splits_word
from models.suggest.gc_pause import collector_paused
from models.suggest.lexicon import Lexicon
from models.suggest.segment import Analysis, analyse, last_of

SPAN_FEATURES = 5
# each sequence model's opinion of a candidate: (lowest, mean, whether it is its best)
Judged = dict[str, tuple[float, float, bool]]
LEXICON_SOURCE = "lexicon"
MAX_SPAN = 60
RULED_OUT = 0.02  # a sequence model's lowest tag probability over a shape candidate
SHAPE_ONLY = frozenset({SHAPE_SOURCE})
CLAUSE_BREAKS = "，,；;：:"
# the first clause break of a stretch, and the last (the greedy run backs up
# to it): one search each, not one per break character
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
_LAST_CLAUSE_BREAK = last_of(CLAUSE_BREAKS)


def band(p: float) -> str:
    """A probability or score in five bands."""
    if p >= 0.9:
        return "9"
    if p >= 0.7:
        return "7"
    if p >= 0.5:
        return "5"
    if p >= 0.2:
        return "2"
    return "0"


@dataclass
class Featurized:
    """A text's candidates and their features, in the same order."""

    analysis: Analysis
    candidates: list[Candidate]
    features: list[dict[str, float]]


class Featurizer:
    """Candidate sources and the sequence models that judge the candidates.

    A sequence model reads only the clauses where a rule, a lexicon or a
    *proposing* model puts a name of a label it knows: where no source sees
    a name, its opinion of the text's shapes alone is seldom worth the time
    it costs (the model the app ships judges; a project's own model, which
    learned what the rules miss in that project, proposes: it reads every
    sentence)."""

    def __init__(
        self,
        rules: Sequence[Suggester],
        taggers: Mapping[str, CrfTagger],
        lexicon: Mapping[str, tuple[str, float]] | None = None,
        *,
        proposers: Collection[str] = (),
    ):
        self.rules = list(rules)
        self.rule_names = frozenset(rule.name for rule in self.rules)
        self.taggers = dict(taggers)
        self.proposers = [name for name in self.taggers if name in proposers]
        self.judges = [name for name in self.taggers if name not in proposers]
        self.terms = dict(lexicon or {})
        self._lexicon = Lexicon(self.terms) if self.terms else None
        self._names = set(self.labels) & set(NAME_LABELS)  # name labels a model knows

    @property
    def labels(self) -> list[str]:
        found: list[str] = []
        for tagger in self.taggers.values():
            found.extend(lab for lab in tagger.labels if lab not in found)
        return found

    def featurize(self, text: str) -> Featurized:
        with collector_paused():  # what it builds holds no cycles for the collector to find
            a, kept, judged, repeats = self._candidates(text)
            return Featurized(
                a,
                kept,
                [features(a, c, judged.get(c.key, {}), repeats, self.rule_names) for c in kept],
            )

    def raw_scores(
        self, text: str, weights: WeightTable
    ) -> tuple[Analysis, list[tuple[Candidate, float]]]:
        """The text's analysis and its candidates (as ``featurize`` finds them),
        each with the raw score a scorer of ``weights`` gives its features
        (``ScorerModel.raw``), read without writing the features out."""
        with collector_paused():
            a, kept, judged, repeats = self._candidates(text)
            raw = weights.scores(a, kept, judged, repeats, self.rule_names)
            return a, list(zip(kept, raw, strict=True))

    def _candidates(
        self, text: str
    ) -> tuple[Analysis, list[Candidate], dict[SpanKey, Judged], Counter[str]]:
        """The text's analysis, its candidates worth describing, the sequence
        models' opinions of them and how often each string is proposed."""
        a = analyse(text)
        a.segment_all()  # every sentence is read below: one call is cheapest
        cands = CandidateSet()
        for rule in self.rules:
            cands.add_rule(a, text, rule)
        self._lexicon_hits(a, cands)
        add_policy_shapes(a, cands)
        judged: dict[SpanKey, Judged] = {}
        ruled_out: set[SpanKey] = set()
        with TAGGING:
            sentences = self._sentences(a, cands)
            clauses: list[tuple[int, int] | None] = [None] * len(sentences)
            if self.judges and not self.proposers:
                # no model's spans join the candidates: every sentence's
                # clauses are known before any model reads, and each judge
                # builds what it reads of the text together
                clauses = [self._clauses(a, sentence) for sentence in sentences]
                read = [(lo, hi) for lo, hi in clauses if hi > lo]
                for name in self.judges:
                    self.taggers[name].expect(a, read)
            for sentence, stretch in zip(sentences, clauses, strict=True):
                self._read(a, cands, sentence, judged, ruled_out, stretch)
        text = a.text
        spans = [text[c.start : c.end] for c in cands]
        repeats = Counter(spans)
        kept = [
            c
            for c, span in zip(cands, spans, strict=True)
            if len(span) <= MAX_SPAN
            and "\n" not in span
            and (
                c.sources.keys() != SHAPE_ONLY
                or not (c.key in ruled_out or _ruled_out(judged.get(c.key)))
            )
        ]
        return a, kept, judged, repeats

    def _sentences(self, a: Analysis, cands: CandidateSet) -> list[Sentence]:
        """The text's sentences that ``_read`` has work in, in text order, each
        with the candidates that lie in it: every sentence where a model
        proposes or none judges (the shapes are then read everywhere); else
        only those holding a name candidate a rule or a lexicon proposed, as
        ``_clauses`` finds nothing in the others and no model reads them
        (most sentences of an article). Only those are gathered, and a text
        where no rule or lexicon proposes a name (almost one in two of the
        gold articles) is not even cut into sentences."""
        if self.proposers or not self.taggers:
            return _every_sentence(a, cands)
        named = self._names
        proposed = [c for c in cands if c.label in named and not c.sources.keys() <= SHAPE_ONLY]
        if not proposed:
            return []
        bounds = sentence_bounds(a.text, a.split_ends)
        starts = [s for s, _e in bounds]
        read = {_sentence_of(bounds, starts, c) for c in proposed} - {-1}
        # only the read sentences gather their candidates
        inside: dict[int, dict[SpanKey, Candidate]] = {k: {} for k in sorted(read)}
        for c in cands:
            held = inside.get(_sentence_of(bounds, starts, c))
            if held is not None:
                held[c.key] = c
        return [Sentence(*bounds[k], held) for k, held in inside.items()]

    def _read(
        self,
        a: Analysis,
        cands: CandidateSet,
        sentence: Sentence,
        judged: dict[SpanKey, Judged],
        ruled_out: set[SpanKey],
        clauses: tuple[int, int] | None = None,
    ) -> None:
        """One sentence: the proposing models' best spans join its candidates;
        the clauses that hold a name's candidate (``clauses``, when known
        before) get their company shapes and are read by the judging models;
        every candidate of a label a model knows gets that model's
        probability of it (each tagger holds its last sentence's lattice),
        but a shape candidate every such model surely rules out, which joins
        ``ruled_out`` instead."""
        start, end, held = sentence.start, sentence.end, sentence.candidates
        best: dict[str, set[SpanKey]] = {}
        for name in self.proposers:
            best[name] = self._open(name, a, start, end, cands, held)
        lo, hi = clauses if clauses is not None else self._clauses(a, sentence)
        if hi > lo or not self.taggers:
            if not self.taggers:
                lo, hi = start, end
            held.update((c.key, c) for c in add_company_shapes(a, cands, lo, hi))
            if self.judges:
                base = base_columns(a, lo, hi)
                for name in self.judges:
                    best[name] = self._open(name, a, lo, hi, cands, held, base)
        if not best:
            return  # no model read the sentence: none has an opinion of its candidates
        readers = [(name, self.taggers[name], spans) for name, spans in best.items()]
        for key, cand in held.items():
            label = key[2]
            if cand.sources.keys() == SHAPE_ONLY and self._rule_out(key, readers):
                ruled_out.add(key)  # dropped (``_candidates``): its opinions are never read
                continue
            opinions = {}  # a loop, not a comprehension: no frame per candidate
            for name, tagger, spans in readers:
                if label in tagger.labels:
                    opinions[name] = (*tagger.probability(*key), key in spans)
            if opinions:
                judged[key] = opinions

    @staticmethod
    def _rule_out(key: SpanKey, readers: list[tuple[str, CrfTagger, set[SpanKey]]]) -> bool:
        """Whether every model that knows a shape candidate's label surely
        rules it out (``_ruled_out`` of its opinions would say so): two in
        three are, most of them told by a marginal or two, where their
        opinions would read every character's."""
        doubted = False
        for _name, tagger, _spans in readers:
            if key[2] in tagger.labels:
                if not tagger.rules_out(*key, RULED_OUT):
                    return False
                doubted = True
        return doubted

    def _open(
        self,
        name: str,
        a: Analysis,
        start: int,
        end: int,
        cands: CandidateSet,
        held: dict[SpanKey, Candidate],
        base: list | None = None,
    ) -> set[SpanKey]:
        best = self.taggers[name].open_sentence(a, start, end, base)
        for key in best:  # in text order, so the candidates' order is the same every run
            held[key] = cands.add(*key, name, 1.0)
        return set(best)

    def _clauses(self, a: Analysis, sentence: Sentence) -> tuple[int, int]:
        """The stretch of the sentence's clauses that holds every name
        candidate a rule, a lexicon or a proposing model put in it (empty if
        none)."""
        known = self._names
        proposed = [
            c
            for c in sentence.candidates.values()
            if c.label in known and not c.sources.keys() <= SHAPE_ONLY
        ]
        if not proposed:
            return 0, 0
        lo = min(c.start for c in proposed)
        hi = max(c.end for c in proposed)
        return clause_stretch(a.text, sentence.start, sentence.end, lo, hi)

    def _lexicon_hits(self, a: Analysis, cands: CandidateSet) -> None:
        if self._lexicon is None:
            return
        for start, end, _term, (label, precision) in self._lexicon.find(a.text):
            if label == "COMPANY" and splits_word(a, start, end):
                continue  # an accepted name's characters inside other words (深远|海信息)
            cands.add(start, end, label, LEXICON_SOURCE, precision)


def clause_stretch(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clauses of ``text[start:end]`` that hold ``text[lo:hi]``: from
    after the last of CLAUSE_BREAKS before ``lo`` (or ``start``) to the
    first at or after ``hi``, itself included (or ``end``)."""
    before = _LAST_CLAUSE_BREAK.match(text, start, lo)
    after = _CLAUSE_BREAK.search(text, hi, end)
    return before.end() if before else start, after.end() if after else end


def _every_sentence(a: Analysis, cands: CandidateSet) -> list[Sentence]:
    """Every sentence of the text, in text order, each with the candidates
    that lie in it."""
    bounds = sentence_bounds(a.text)
    starts = [s for s, _e in bounds]
    inside: list[dict[SpanKey, Candidate]] = [{} for _ in bounds]
    for c in cands:
        k = _sentence_of(bounds, starts, c)
        if k >= 0:
            inside[k][c.key] = c
    return [Sentence(s, e, held) for (s, e), held in zip(bounds, inside, strict=True)]


def _sentence_of(bounds: Sequence[tuple[int, int]], starts: Sequence[int], c: Candidate) -> int:
    """The index of the sentence a candidate lies in (the last starting at or
    before it, if the candidate ends inside it), or -1."""
    k = bisect_right(starts, c.start) - 1
    return k if k >= 0 and c.end <= bounds[k][1] else -1


def _ruled_out(judged: Mapping[str, tuple[float, float, bool]] | None) -> bool:
    """Whether every sequence model that knows a shape candidate's label rules
    it out: a candidate only the text's shape proposed is then not worth
    describing (most are; training and suggesting drop the same ones)."""
    if not judged:
        return False
    # the highest lowest probability, as max() finds it, in a plain loop: no
    # generator made and resumed for each of a text's shape candidates
    opinions = iter(judged.values())
    highest = next(opinions)[0]
    for lowest, _mean, _best in opinions:
        if lowest > highest:
            highest = lowest
    return highest < RULED_OUT


@dataclass
class Sentence:
    """A stretch of the compact text that the sequence models read at once,
    and the candidates inside it."""

    start: int
    end: int
    candidates: dict[SpanKey, Candidate]


def features(
    a: Analysis,
    cand: Candidate,
    judged: Mapping[str, tuple[float, float, bool]],
    repeats: Mapping[str, int],
    rules: AbstractSet[str] = frozenset(),
) -> dict[str, float]:
    """The sparse feature set of one candidate (see the module's docstring);
    ``WeightTable.scores`` follows it, and changes with it."""
    text = a.text
    s, e, label = cand.start, cand.end, cand.label
    span = text[s:e]
    tail = "|" + label
    f: dict[str, float] = {"bias" + tail: 1.0}
    for source, score in cand.sources.items():
        f[f"src={source}{tail}"] = 1.0
        f[f"srcb={source}:{band(score)}{tail}"] = 1.0
    if LEXICON_SOURCE in cand.sources:  # its precision in the project, whatever the label
        f["lexicon.lo"] = log_odds(cand.sources[LEXICON_SOURCE]) / 4.0
    for rule in cand.rules:
        f[f"rule={rule}{tail}"] = 1.0
    f[f"n={min(len(cand.sources), 3)}{tail}"] = 1.0
    for name, (lowest, mean, best) in judged.items():
        f[f"{name}.lo{tail}"] = log_odds(lowest) / 4.0
        f[f"{name}.mean{tail}"] = log_odds(mean) / 4.0
        f[f"{name}.b={band(lowest)}{tail}"] = 1.0
        if best:
            f[f"{name}.best{tail}"] = 1.0
    f[f"len={min(e - s, 12)}{tail}"] = 1.0
    f[f"first={span[0]}{tail}"] = 1.0
    f[f"last={span[-1]}{tail}"] = 1.0
    f[f"last2={span[-2:]}{tail}"] = 1.0
    f[f"shape={char_class(span[0])}{char_class(span[-1])}{tail}"] = 1.0
    f[f"prev={text[s - 1] if s > 0 else BOS}{tail}"] = 1.0
    n = len(text)
    f[f"next={text[e] if e < n else EOS}{tail}"] = 1.0
    # the words around and at the span's ends, read straight off the word
    # marks (as Analysis.is_start and .token do, for 0 <= s < e <= n)
    marks = a.word_marks
    ws, we = s == 0 or marks[s] == 1, e == n or marks[e] == 1
    f[f"wb={int(ws)}{int(we)}{tail}"] = 1.0
    lists = bundled_list_terms()
    if s > 0:
        word = text[marks.rfind(1, 0, s) : marks.find(1, s)]
        f[f"pw={word}{tail}"] = 1.0
        f[f"pwl={lists.get(word, NONE)}{tail}"] = 1.0
    if e < n:
        word = text[marks.rfind(1, 0, e + 1) : marks.find(1, e + 1)]
        f[f"nw={word}{tail}"] = 1.0
        f[f"nwl={lists.get(word, NONE)}{tail}"] = 1.0
        if not rules.isdisjoint(cand.sources):
            # what follows a rule's name says other things than what follows a
            # shape's or a model's span, which the shared nw= weights learn from
            f[f"rnw={word}{tail}"] = 1.0
    if ws:
        fs, fe = marks.rfind(1, 0, s + 1), marks.find(1, s + 1)
        if fe <= e:
            word = text[fs:fe]
            f[f"fw={word}{tail}"] = 1.0
            f[f"fwl={lists.get(word, NONE)}{tail}"] = 1.0
    if we:
        ls, le = marks.rfind(1, 0, e), marks.find(1, e)
        if ls >= s:
            word = text[ls:le]
            f[f"lw={word}{tail}"] = 1.0
            f[f"lwl={lists.get(word, NONE)}{tail}"] = 1.0
    f[f"rep={min(repeats.get(span, 1), 3)}{tail}"] = 1.0
    listed = lists.get(span)
    if listed is not None:
        f[f"list={listed}{tail}"] = 1.0
    return f


_NO_WEIGHTS: dict = {}
# log_odds' clipping, as ``WeightTable.scores`` writes it out
FLOOR = 1e-4
CEILING = 1.0 - FLOOR
_NOT_JUDGED: Judged = {}
# len=, n= and rep= values as ``features`` writes them (str of a small count)
_COUNTS = tuple(str(k) for k in range(13))
# wb= values by whether the span starts a word, then whether it ends one
_WORD_BOUNDS = (("00", "01"), ("10", "11"))


class LabelWeights:
    """One label's weights by feature family, each family looked up once when
    the table is made rather than once per candidate (a candidate's score
    reads some thirty of them)."""

    __slots__ = (
        "families",
        "bias",
        "src",
        "srcb",
        "rule",
        "count",
        "length",
        "first",
        "last",
        "last2",
        "shape",
        "prev",
        "next",
        "bounds",
        "pw",
        "pwl",
        "nw",
        "nwl",
        "rnw",
        "fw",
        "fwl",
        "lw",
        "lwl",
        "rep",
        "listed",
        "_judges",
        "lists",
        "source_bands",
        "by_length",
        "by_count",
        "by_repeats",
    )

    def __init__(
        self, families: Mapping[str, Mapping[str, float]], lists: Mapping[str, str] = _NO_WEIGHTS
    ):
        def family(name: str) -> Mapping[str, float]:
            return families.get(name, _NO_WEIGHTS)

        self.families = families
        self.bias = family("bias").get("", 0.0)
        self.src, self.srcb, self.rule = family("src="), family("srcb="), family("rule=")
        self.count, self.length = family("n="), family("len=")
        self.first, self.last, self.last2 = family("first="), family("last="), family("last2=")
        self.shape, self.prev, self.next = family("shape="), family("prev="), family("next=")
        self.bounds = family("wb=")
        self.pw, self.pwl, self.nw, self.nwl = (
            family("pw="),
            family("pwl="),
            family("nw="),
            family("nwl="),
        )
        self.rnw, self.fw, self.fwl = family("rnw="), family("fw="), family("fwl=")
        self.lw, self.lwl = family("lw="), family("lwl=")
        self.rep, self.listed = family("rep="), family("list=")
        # len=, n= and rep= by the count itself (as features caps it: 12, 3, 3)
        self.by_length = tuple(self.length.get(_COUNTS[k], 0.0) for k in range(13))
        self.by_count = tuple(self.count.get(_COUNTS[k], 0.0) for k in range(4))
        self.by_repeats = tuple(self.rep.get(_COUNTS[k], 0.0) for k in range(4))
        self._judges: dict[str, tuple[float, float, tuple[float, ...], float]] = {}
        self.lists = lists  # bundled_list_terms(), which the word features read
        # srcb= weights by source, then by band (9, 7, 5, 2, 0): made when first asked
        self.source_bands: dict[str, tuple[float, float, float, float, float]] = {}

    def bands_of(self, source: str) -> tuple[float, float, float, float, float]:
        """The srcb= weights of a source's score in each band, 9 7 5 2 0."""
        got = self.source_bands[source] = tuple(
            self.srcb.get(f"{source}:{b}", 0.0) for b in "97520"
        )
        return got

    def judge(self, name: str) -> tuple[float, float, tuple[float, ...], float]:
        """The weights of a sequence model's opinion: its .lo and .mean
        weights, its .b= weights by band (9, 7, 5, 2, 0) and its .best
        weight."""
        got = self._judges.get(name)
        if got is None:
            family = self.families.get
            bands = family(name + ".b=", _NO_WEIGHTS)
            got = self._judges[name] = (
                family(name + ".lo", _NO_WEIGHTS).get("", 0.0),
                family(name + ".mean", _NO_WEIGHTS).get("", 0.0),
                tuple(bands.get(b, 0.0) for b in "97520"),
                family(name + ".best", _NO_WEIGHTS).get("", 0.0),
            )
        return got


class WeightTable:
    """A scorer's weights (feature name → weight) by label, then by feature
    family (``first=``, ``pw=``, ``clue.lo``…), then by value: scoring a
    candidate from it looks each feature's value up where it is, without
    writing out the feature's name (most of the time of ``features`` and
    of ``ScorerModel.raw`` over its names is spent making and hashing them).

    ``scores`` follows ``features`` step by step: the two must change together
    (tests/test_learn_fast_paths.py compares them on real news)."""

    def __init__(self, weights: Mapping[str, float]):
        self.weights = weights
        self.by_label: dict[str, dict[str, dict[str, float]]] = {}
        for name, weight in weights.items():
            head, bar, label = name.rpartition("|")
            if not bar:  # a feature of every label (lexicon.lo)
                head, label = name, ""
            cut = head.find("=") + 1  # a family's name holds no "=" before its own
            family, value = (head[:cut], head[cut:]) if cut else (head, "")
            self.by_label.setdefault(label, {}).setdefault(family, {})[value] = weight
        lists = bundled_list_terms()
        self._labels = {label: LabelWeights(f, lists) for label, f in self.by_label.items()}
        self._unweighted = LabelWeights({}, lists)
        every = self.by_label.get("", _NO_WEIGHTS)
        self._lexicon = every.get("lexicon.lo", _NO_WEIGHTS).get("", 0.0)

    def label(self, label: str) -> LabelWeights:
        """The weights of one label's features (none for a label never seen)."""
        return self._labels.get(label, self._unweighted)

    def scores(
        self,
        a: Analysis,
        cands: Sequence[Candidate],
        judged: Mapping[SpanKey, Judged],
        repeats: Mapping[str, int],
        rules: AbstractSet[str],
    ) -> list[float]:
        """What ``ScorerModel.raw`` gives ``features(a, cand, …)`` of each of
        a text's candidates (``judged``: the sequence models' opinions, by
        key): each feature's weight times its value, added up one by one in
        the features' order, as ``raw`` adds them (a sum of floats depends on
        its order). What belongs to the text is read once for all of them."""
        text, marks = a.text, a.word_marks
        n = len(text)
        # where every word starts (and the text's end): a candidate's words
        # found by two bisections, where ``features`` searches the marks
        # back and forth some six times (a bytearray's find parses its
        # arguments as a tuple: a thousand instructions a call)
        starts = a.word_starts
        by_label, unweighted, lexicon = self._labels.get, self._unweighted, self._lexicon
        classes = CLASSES_SEEN  # char_class's own table, read before calling it
        not_judged = _NOT_JUDGED
        out = []
        for cand in cands:
            s, e = cand.start, cand.end
            span = text[s:e]
            w = by_label(cand.label, unweighted)
            total = 0.0 + w.bias  # raw() starts from 0.0
            sources = cand.sources
            for source, score in sources.items():
                total += w.src.get(source, 0.0)
                # srcb=source:band(score), its weights by band read without the name
                by_band = w.source_bands.get(source)
                if by_band is None:
                    by_band = w.bands_of(source)
                total += (
                    by_band[0]
                    if score >= 0.9
                    else by_band[1]
                    if score >= 0.7
                    else by_band[2]
                    if score >= 0.5
                    else by_band[3]
                    if score >= 0.2
                    else by_band[4]
                )
            if LEXICON_SOURCE in sources:
                total += lexicon * (log_odds(sources[LEXICON_SOURCE]) / 4.0)
            for rule in cand.rules:
                total += w.rule.get(rule, 0.0)
            k = len(sources)
            total += w.by_count[k if k < 3 else 3]
            for name, (lowest, mean, best) in judged.get(cand.key, not_judged).items():
                lo, avg, by_band, best_weight = w._judges.get(name) or w.judge(name)
                # log_odds written out, its min() and max() as they choose
                p = FLOOR if lowest < FLOOR else lowest
                p = CEILING if p > CEILING else p
                total += lo * (log(p / (1.0 - p)) / 4.0)
                p = FLOOR if mean < FLOOR else mean
                p = CEILING if p > CEILING else p
                total += avg * (log(p / (1.0 - p)) / 4.0)
                total += (
                    by_band[0]
                    if lowest >= 0.9
                    else by_band[1]
                    if lowest >= 0.7
                    else by_band[2]
                    if lowest >= 0.5
                    else by_band[3]
                    if lowest >= 0.2
                    else by_band[4]
                )
                if best:
                    total += best_weight
            k = e - s
            total += w.by_length[k if k < 12 else 12]
            first, last = span[0], span[-1]
            total += w.first.get(first, 0.0)
            total += w.last.get(last, 0.0)
            total += w.last2.get(span[-2:], 0.0)
            total += w.shape.get(
                (classes.get(first) or char_class(first)) + (classes.get(last) or char_class(last)),
                0.0,
            )
            total += w.prev.get(text[s - 1] if s > 0 else BOS, 0.0)
            total += w.next.get(text[e] if e < n else EOS, 0.0)
            # the words around and at the span's ends (``features``' wb=, pw=,
            # nw=, rnw=, fw=, lw= and their lists), in its order: a word starts
            # at the text's start and one ends at its end (marks[0] and
            # marks[n] are 1), so ``starts`` holds s or the next start after
            # it at ``i``, and e or the next after it at ``j``
            ws, we = s == 0 or marks[s] == 1, e == n or marks[e] == 1
            total += w.bounds.get(_WORD_BOUNDS[ws][we], 0.0)
            i = bisect_left(starts, s)
            j = bisect_left(starts, e, i)
            lists = w.lists
            if s > 0:
                word = text[starts[i - 1] : starts[i]]  # marks.rfind(1, 0, s), .find(1, s)
                total += w.pw.get(word, 0.0)
                total += w.pwl.get(lists.get(word, NONE), 0.0)
            if e < n:
                # marks.rfind(1, 0, e + 1) and .find(1, e + 1)
                word = text[e : starts[j + 1]] if we else text[starts[j - 1] : starts[j]]
                total += w.nw.get(word, 0.0)
                total += w.nwl.get(lists.get(word, NONE), 0.0)
                if not rules.isdisjoint(sources):
                    total += w.rnw.get(word, 0.0)
            if ws:
                fe = starts[i + 1]  # marks.find(1, s + 1)
                if fe <= e:
                    word = text[s:fe]
                    total += w.fw.get(word, 0.0)
                    total += w.fwl.get(lists.get(word, NONE), 0.0)
            if we:
                ls = starts[j - 1]  # marks.rfind(1, 0, e)
                if ls >= s:
                    word = text[ls:e]
                    total += w.lw.get(word, 0.0)
                    total += w.lwl.get(lists.get(word, NONE), 0.0)
            k = repeats.get(span, 1)
            total += w.by_repeats[k if k < 3 else 3]
            listed = w.lists.get(span)
            if listed is not None:
                total += w.listed.get(listed, 0.0)
            out.append(total)
        return out
