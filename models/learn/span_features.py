"""What the candidate scorer knows about a candidate span.

``Featurizer`` runs the candidate sources over a text (the rule suggesters,
a term lexicon, and the sequence models, each CRF proposing its best spans
and judging everyone else's), adds the word-boundary variants, and describes
each candidate by a sparse set of features conjoined with its label:

- who proposed it, their scores and rules, how many agree, or which
  word-boundary variant of a proposal it is;
- each CRF's marginal probability of exactly this span (lowest and mean
  over its characters, as log-odds) and whether it is that CRF's best;
- its shape: length, first and last characters, the characters and jieba
  words on either side, whether it starts and ends on word boundaries,
  its first and last words, and which bundled list (places, policy heads
  and triggers, company suffixes, organisations) holds each of those words;
- lexicon hits: a bundled list holding it, the project's evidence for it
  as a term (``source`` "lexicon", scored by its precision in the project);
- how often the same string is proposed elsewhere in the text.

Training (``models.learn.shipped`` and project training) and suggesting use
this one description, so a model always meets the features it was trained on."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from models.learn.crf import TAGGING, CrfTagger
from models.learn.features import (
    BOS,
    EOS,
    NONE,
    base_columns,
    bundled_lists,
    char_class,
    log_odds,
    sentence_bounds,
)
from models.suggest.base import Suggester
from models.suggest.candidates import (
    SHAPE_SOURCE,
    VARIANT_LABELS,
    VARIANT_SOURCE,
    Candidate,
    CandidateSet,
    SpanKey,
    add_shapes,
    word_variants,
)
from models.suggest.lexicon import Lexicon
from models.suggest.segment import Analysis, analyse

SPAN_FEATURES = 3
LEXICON_SOURCE = "lexicon"
MAX_SPAN = 60
RULED_OUT = 0.02  # a sequence model's lowest tag probability over a shape candidate


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
    """Candidate sources and the sequence models that judge the candidates."""

    def __init__(
        self,
        rules: Sequence[Suggester],
        taggers: Mapping[str, CrfTagger],
        lexicon: Mapping[str, tuple[str, float]] | None = None,
    ):
        self.rules = list(rules)
        self.taggers = dict(taggers)
        self.terms = dict(lexicon or {})
        self._lexicon = Lexicon(self.terms) if self.terms else None

    @property
    def labels(self) -> list[str]:
        found: list[str] = []
        for tagger in self.taggers.values():
            found.extend(lab for lab in tagger.labels if lab not in found)
        return found

    def featurize(self, text: str) -> Featurized:
        a = analyse(text)
        cands = CandidateSet()
        for rule in self.rules:
            cands.add_suggestions(a, rule.suggest(text))
        self._lexicon_hits(a, cands)
        add_shapes(a, cands)
        judged = self._tag(a, cands)
        repeats = Counter(a.text[c.start : c.end] for c in cands)
        kept = [
            c
            for c in cands
            if c.end - c.start <= MAX_SPAN
            and "\n" not in a.text[c.start : c.end]
            and not self._ruled_out(c, judged.get(c.key, {}))
        ]
        return Featurized(
            a,
            kept,
            [features(a, c, judged.get(c.key, {}), repeats) for c in kept],
        )

    def _ruled_out(self, cand: Candidate, judged: Mapping[str, tuple[float, float, bool]]) -> bool:
        """A candidate only the text's shape proposed, which every sequence
        model that knows its label rules out: not worth describing (most
        shape candidates are; training and suggesting drop the same ones)."""
        if set(cand.sources) != {SHAPE_SOURCE}:
            return False
        opinions = [
            lowest
            for name, (lowest, _mean, _best) in judged.items()
            if cand.label in self.taggers[name].labels
        ]
        return bool(opinions) and max(opinions) < RULED_OUT

    def _lexicon_hits(self, a: Analysis, cands: CandidateSet) -> None:
        if self._lexicon is None:
            return
        for start, end, _term, (label, precision) in self._lexicon.find(a.text):
            cands.add(start, end, label, LEXICON_SOURCE, precision)

    def _tag(
        self, a: Analysis, cands: CandidateSet
    ) -> dict[SpanKey, dict[str, tuple[float, float, bool]]]:
        """Sentence by sentence: each CRF's best spans join the candidates, the
        proposals get their word-boundary variants, and every candidate of the
        sentence gets each CRF's probability of it (a tagger holds one
        sentence's lattice at a time)."""
        bounds = sentence_bounds(a.text)
        starts = [s for s, _e in bounds]
        buckets: list[dict[SpanKey, Candidate]] = [{} for _ in bounds]
        for c in cands:
            k = bisect_right(starts, c.start) - 1
            if k >= 0 and c.end <= bounds[k][1]:
                buckets[k][c.key] = c
        judged: dict[SpanKey, dict[str, tuple[float, float, bool]]] = {}
        with TAGGING:
            for (start, end), inside in zip(bounds, buckets, strict=True):
                best: dict[str, set[SpanKey]] = {}
                base = base_columns(a, start, end) if self.taggers else None
                for name, tagger in self.taggers.items():
                    best[name] = set(tagger.open_sentence(a, start, end, base))
                    for key in best[name]:
                        inside[key] = cands.add(*key, name, 1.0)
                proposed = [
                    c
                    for c in inside.values()
                    if c.label in VARIANT_LABELS and set(c.sources) - {SHAPE_SOURCE}
                ]
                for c in proposed:
                    for s, e, how in word_variants(a, c.start, c.end):
                        variant = cands.add(s, e, c.label, VARIANT_SOURCE)
                        if not variant.sources and not variant.variant:
                            variant.variant = how
                        inside[variant.key] = variant
                for key in inside:
                    judged[key] = {
                        name: (*tagger.probability(*key), key in best[name])
                        for name, tagger in self.taggers.items()
                    }
        return judged


def features(
    a: Analysis,
    cand: Candidate,
    judged: Mapping[str, tuple[float, float, bool]],
    repeats: Mapping[str, int],
) -> dict[str, float]:
    """The sparse feature set of one candidate (see the module's docstring)."""
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
    if cand.variant:
        f[f"var={cand.variant}{tail}"] = 1.0
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
    f[f"next={text[e] if e < len(text) else EOS}{tail}"] = 1.0
    ws, we = a.is_start(s), a.is_start(e)
    f[f"wb={int(ws)}{int(we)}{tail}"] = 1.0
    lists = bundled_lists()
    if s > 0:
        ps, pe = a.token(s - 1)
        word = text[ps:pe]
        f[f"pw={word}{tail}"] = 1.0
        f[f"pwl={lists.get(word, NONE)}{tail}"] = 1.0
    if e < len(text):
        ns, ne = a.token(e)
        word = text[ns:ne]
        f[f"nw={word}{tail}"] = 1.0
        f[f"nwl={lists.get(word, NONE)}{tail}"] = 1.0
    fs, fe = a.token(s)
    if ws and fe <= e:
        f[f"fw={text[fs:fe]}{tail}"] = 1.0
        f[f"fwl={lists.get(text[fs:fe], NONE)}{tail}"] = 1.0
    ls, le = a.token(e - 1)
    if we and ls >= s:
        f[f"lw={text[ls:le]}{tail}"] = 1.0
        f[f"lwl={lists.get(text[ls:le], NONE)}{tail}"] = 1.0
    f[f"rep={min(repeats.get(span, 1), 3)}{tail}"] = 1.0
    listed = lists.get(span)
    if listed is not None:
        f[f"list={listed}{tail}"] = 1.0
    return f
