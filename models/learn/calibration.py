"""Calibrated probabilities, and when a suggestion is worth showing.

A scorer's raw output orders candidates but is not a probability. An
isotonic regression (pool-adjacent-violators) fitted on held-out
predictions maps it to the observed rate of right suggestions at that
score, so ``score`` means what a curator reads it as: 0.8 is right four
times in five. ``reliability`` and ``expected_calibration_error`` check it
on data the model never saw.

What a suggestion costs a curator (DESIGN's keyboard loop, priced as
``shared/tools/simulate.py`` prices it): accepting a right one is one
action, rejecting a wrong one is one action, and adding a span nobody
suggested is two (select, then label). Showing a suggestion of probability
p therefore saves, on average, p·(ADD − ACCEPT) and costs (1 − p)·REJECT;
it pays when p > REJECT / (REJECT + ADD − ACCEPT) = 1/2.

One curve does not serve every candidate: the scorer learns its weights
mostly from CLUENER's sentences, whose conventions differ from our
guideline (a name of our list of well-known firms alone is mostly part of
something longer there), while the curve is fitted on our own documents.
So the raw scores of one kind of candidate can sit where, for another
kind, they mean something else: a well-known firm named alone scores near
the band where unknown short names are right half the time, and is right
27 times in 31. ``fit_by_kind`` fits a curve per kind of candidate
(``kind_of``: its label and what proposed it: a name of a curated list, a
rule, a project's lexicon, a sequence model, the text's shape alone) on
the same held-out scores, where the kind has enough of them
(``THIN_KIND``), and the shared curve serves the rest."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ACCEPT_COST = 1.0
REJECT_COST = 1.0
ADD_COST = 2.0


def show_threshold(
    accept: float = ACCEPT_COST, reject: float = REJECT_COST, add: float = ADD_COST
) -> float:
    """The probability above which showing a suggestion saves the curator work."""
    return reject / (reject + add - accept)


@dataclass(frozen=True)
class Isotonic:
    """A non-decreasing map from raw scores to probabilities: the fitted
    blocks' mean scores (``x``) and their rates of right answers (``y``),
    linear in between and flat beyond either end."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        x, y = self.x, self.y
        if not x:
            return 0.5
        k = bisect_right(x, raw)
        if k == 0:
            return y[0]
        if k == len(x):
            return y[-1]
        x0, x1, y0, y1 = x[k - 1], x[k], y[k - 1], y[k]
        return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1

    def as_dict(self) -> dict[str, list[float]]:
        return {"x": [round(v, 6) for v in self.x], "y": [round(v, 6) for v in self.y]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Isotonic:
        x = tuple(float(v) for v in data["x"])
        y = tuple(float(v) for v in data["y"])
        if len(x) != len(y) or list(x) != sorted(x) or list(y) != sorted(y):
            raise ValueError("an isotonic map needs increasing x and y of one length")
        return cls(x, y)


def fit_isotonic(
    raw: Sequence[float],
    truth: Sequence[int],
    prior: float = 1.0,
    toward: Sequence[float] | None = None,
) -> Isotonic:
    """Pool adjacent violators over (raw score, right or not), sorted by score.

    Each block's rate is smoothed by ``prior`` pseudo-observations at the
    overall rate, so a block of three right answers does not claim
    certainty; with ``toward`` (a probability per pair, another curve's),
    at the mean of those over the block instead: a block of few pairs stays
    near that curve, a block of many follows its own pairs."""
    if not raw:
        return Isotonic((), ())
    base = sum(truth) / len(truth)
    if toward is None:
        toward = [base] * len(raw)
    triples = sorted(zip(raw, truth, toward, strict=True))
    # blocks of [sum of scores, sum of truths, count, sum of the prior's rates]
    blocks: list[list[float]] = []
    for score, right, rate in triples:
        blocks.append([score, float(right), 1.0, rate])
        while len(blocks) > 1 and _rate(blocks[-2]) >= _rate(blocks[-1]):
            s, r, n, q = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += r
            blocks[-1][2] += n
            blocks[-1][3] += q
    x = [s / n for s, _r, n, _q in blocks]
    y = [(r + prior * q / n) / (n + prior) for _s, r, n, q in blocks]
    for i in range(1, len(y)):  # smoothing may break the order
        y[i] = max(y[i], y[i - 1])
    return Isotonic(tuple(x), tuple(y))


def _rate(block: list[float]) -> float:
    return block[1] / block[2]


# The rule suggesters' names as candidate sources (``engine.default_suggesters``)
# and the rules that name a candidate from a curated list (company.py's and
# policy.py's lists of well-known names: ``known``, ``known-member``,
# ``known-facility``). Any other source is a sequence model's (the bundled
# CLUENER model, a project's CRF), or the project's lexicon, or the shape.
RULE_SOURCES = frozenset({"company", "policy", "metric"})
LEXICON = "lexicon"
SHAPE = "shape"
LISTED_RULE = "known"
# A kind's own curve needs at least this many held-out candidates, and at
# least THIN_EACH right and THIN_EACH wrong ones; a thinner kind is
# calibrated by the shared curve (fixed before measuring: a curve of fewer
# points is a step or two where the few documents happen to put them).
LISTED_ALONE = True  # ``listed``: a list's name that no other source proposes
THIN_KIND = 30
THIN_EACH = 3
# A kind's curve is drawn towards the shared one by this many pseudo-
# candidates in each of its blocks (``fit_isotonic``'s ``toward``): where
# the kind has few candidates at some raw scores, it keeps the shared
# curve's reading there. 0: each kind on its own.
KIND_PRIOR = 30.0
# The kinds (by what proposed them, of any label) that may have a curve of
# their own.
OWN_CURVES: frozenset[str] = frozenset({"listed"})


def kind_of(label: str, sources: Collection[str], rules: Iterable[str]) -> str:
    """The candidate's kind, ``LABEL:kind``: ``listed`` when a rule named it
    from a curated list, else ``rule`` when a rule proposed it, else
    ``lexicon`` (the project's accepted names), else ``model`` (a sequence
    model), else ``shape`` (the text's shape alone)."""
    if not LISTED_ALONE or len(sources) == 1:
        for rule in rules:
            if rule.startswith(LISTED_RULE):
                return label + ":listed"
    kind = SHAPE
    for source in sources:
        if source in RULE_SOURCES:
            return label + ":rule"
        if source == LEXICON:
            kind = LEXICON
        elif source != SHAPE and kind == SHAPE:
            kind = "model"
    return f"{label}:{kind}"


def kind_of_features(feats: Mapping[str, float]) -> str:
    """``kind_of`` read off a candidate's span features (``src=`` and
    ``rule=``, conjoined with the label; a domain's copies are skipped)."""
    label = ""
    sources: list[str] = []
    rules: list[str] = []
    for name in feats:
        if name.startswith("src="):
            value, _, label = name[4:].rpartition("|")
            sources.append(value)
        elif name.startswith("rule="):
            value, _, label = name[5:].rpartition("|")
            rules.append(value)
    return kind_of(label, sources, rules) if label else ""


def fit_by_kind(
    raw: Sequence[float],
    truth: Sequence[int],
    kinds: Sequence[str],
    own: Collection[str] | None = None,
    apart: tuple[Sequence[float], Sequence[int], Sequence[str]] | None = None,
) -> tuple[Isotonic, dict[str, Isotonic]]:
    """The shared curve of every (raw score, right) pair, and a curve of
    each kind of ``own`` (default ``OWN_CURVES``) that is not thin
    (``THIN_KIND``, ``THIN_EACH``). ``apart``: other (raw, truth, kinds)
    that the kinds' curves are fitted on instead."""
    own = OWN_CURVES if own is None else own
    shared = fit_isotonic(raw, truth)
    if apart is not None:
        raw, truth, kinds = apart
    by: dict[str, tuple[list[float], list[int]]] = {}
    for kind, r, y in zip(kinds, raw, truth, strict=True):
        xs, ys = by.setdefault(kind, ([], []))
        xs.append(r)
        ys.append(y)
    curves = {}
    for kind, (xs, ys) in sorted(by.items()):
        right = sum(ys)
        if kind.partition(":")[2] not in own:
            continue
        if kind and len(ys) >= THIN_KIND and min(right, len(ys) - right) >= THIN_EACH:
            curves[kind] = fit_isotonic(xs, ys, KIND_PRIOR, [shared(r) for r in xs])
    return shared, curves


def reliability(
    probabilities: Sequence[float], truth: Sequence[int], bins: int = 10
) -> list[dict[str, float]]:
    """Per equal-width bin of predicted probability: how many predictions,
    their mean probability and the observed rate of right ones."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            (p, t)
            for p, t in zip(probabilities, truth, strict=True)
            if lo <= p < hi or (b == bins - 1 and p == 1.0)
        ]
        if not inside:
            continue
        rows.append(
            {
                "low": lo,
                "high": hi,
                "count": len(inside),
                "predicted": sum(p for p, _ in inside) / len(inside),
                "observed": sum(t for _, t in inside) / len(inside),
            }
        )
    return rows


def expected_calibration_error(rows: Sequence[dict[str, float]]) -> float:
    """The count-weighted mean gap between predicted and observed rates."""
    total = sum(r["count"] for r in rows)
    if not total:
        return 0.0
    return sum(r["count"] * abs(r["predicted"] - r["observed"]) for r in rows) / total


def outcomes(scored, docs) -> tuple[list[float], list[int]]:
    """Every candidate's probability and whether it is a gold span, over gold
    documents (exchange-format dicts); ``scored`` is a pipeline's ``scored``."""
    probabilities: list[float] = []
    truth: list[int] = []
    for doc in docs:
        keys = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
        found, a = scored(doc["text"])
        for p, cand in found:
            start, end = a.to_original(cand.start, cand.end)
            probabilities.append(p)
            truth.append(int((start, end, cand.label) in keys))
    return probabilities, truth


def format_reliability(rows: Sequence[dict[str, float]]) -> list[str]:
    lines = [f"{'score':<11}{'count':>7}{'predicted':>11}{'observed':>10}"]
    for r in rows:
        lines.append(
            f"{r['low']:.1f}-{r['high']:.1f}    {r['count']:>7}{r['predicted']:>11.3f}"
            f"{r['observed']:>10.3f}"
        )
    lines.append(f"expected calibration error {expected_calibration_error(rows):.3f}")
    return lines
