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
it pays when p > REJECT / (REJECT + ADD − ACCEPT) = 1/2."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
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


def fit_isotonic(raw: Sequence[float], truth: Sequence[int], prior: float = 1.0) -> Isotonic:
    """Pool adjacent violators over (raw score, right or not), sorted by score.

    Each block's rate is smoothed by ``prior`` pseudo-observations at the
    overall rate, so a block of three right answers does not claim certainty."""
    if not raw:
        return Isotonic((), ())
    pairs = sorted(zip(raw, truth, strict=True))
    base = sum(truth) / len(truth)
    # blocks of [sum of scores, sum of truths, count]
    blocks: list[list[float]] = []
    for score, right in pairs:
        blocks.append([score, float(right), 1.0])
        while len(blocks) > 1 and _rate(blocks[-2]) >= _rate(blocks[-1]):
            s, r, n = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += r
            blocks[-1][2] += n
    x = [s / n for s, _r, n in blocks]
    y = [(r + prior * base) / (n + prior) for _s, r, n in blocks]
    for i in range(1, len(y)):  # smoothing may break the order by a hair
        y[i] = max(y[i], y[i - 1])
    return Isotonic(tuple(x), tuple(y))


def _rate(block: list[float]) -> float:
    return block[1] / block[2]


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
