"""A project's adapter of the bundled model: a few parameters per label,
learned from the project's gold, that move the bundled model's calibrated
probabilities (issue 14, the learning loop over a few documents).

A project's own model (``train``: a CRF and a scorer that re-learns every
feature) has thousands of weights to fit from a few documents; over five or
ten it rarely measures cheaper than the bundled model, so retraining changes
nothing. What a few documents do show is how far the bundled model's
probabilities hold in the project, and which kind of source it over- or
under-trusts there (a rule whose names the curators reject). The adapter
learns just that, per label the project's gold annotates::

    p' = sigmoid(a * logit(p) + b + sum of o[family] over the candidate's source families)

fitted by L2-regularised logistic regression on the bundled model's
candidates in the project's finished documents (right: an exact gold span),
pulled towards a = 1, b = 0, o = 0 (the bundled model as it is) with a
fixed strength, so that a few candidates move it a little and many move it
more. A label the gold does not annotate is left as it is.

It is one more contestant in ``train``'s cross-validation
(``evaluate_cv.cross_validate``), priced by the same folds and cost as the
project's own model; stored in the model record as a small JSON
(``Adapter.as_dict``) and applied by the pipeline after the bundled
scorer (``SuggestPipeline(adapter=...)``)."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from models.errors import InvalidInput
from models.suggest.candidates import Candidate, SpanKey

# The candidate sources by family: the scorer names each proposer
# (``span_features``: src=company, src=clue…); the adapter moves them by
# kind, few enough to be learned from a few documents. A source not named
# here is a sequence model (the bundled CRFs are named by their bundle).
FAMILIES: Mapping[str, str] = {
    "company": "rule",
    "policy": "rule",
    "metric": "rule",
    "shape": "shape",
    "lexicon": "lexicon",  # the project's own lexicon of accepted names
    "project": "project",  # the project's CRF (never the adapter's: it adapts the bundle)
}
SEQUENCE = "sequence"
FAMILY_ORDER = ("rule", "shape", SEQUENCE, "lexicon", "project")

# How strongly the fit is pulled towards the bundled model as it is (L2 on
# the distance from a = 1, b = 0, o = 0), fixed before it was measured.
PULL = 1.0
# logit(p) is clipped here: the bundled calibration's 0 and 1 would be infinite.
LOGIT_CLIP = 9.0
NEWTON_STEPS = 50


def family_of(source: str) -> str:
    return FAMILIES.get(source, SEQUENCE)


def families_of(cand: Candidate) -> list[str]:
    """The source families of the candidate, each once, in FAMILY_ORDER."""
    present = {family_of(s) for s in cand.sources}
    return [f for f in FAMILY_ORDER if f in present]


def clipped_logit(p: float) -> float:
    if p <= 0.0:
        return -LOGIT_CLIP
    if p >= 1.0:
        return LOGIT_CLIP
    return min(LOGIT_CLIP, max(-LOGIT_CLIP, math.log(p / (1.0 - p))))


@dataclass(frozen=True)
class LabelAdapter:
    """One label's parameters: slope, bias and per-family offsets."""

    a: float = 1.0
    b: float = 0.0
    offsets: Mapping[str, float] = field(default_factory=dict)
    candidates: int = 0  # how many it was fitted on
    right: int = 0

    def __call__(self, cand: Candidate, p: float) -> float:
        z = self.a * clipped_logit(p) + self.b
        offsets = self.offsets
        if offsets:
            for f in families_of(cand):
                z += offsets.get(f, 0.0)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


@dataclass(frozen=True)
class Adapter:
    """Per label, a ``LabelAdapter``; a label without one is left as it is.
    Called as a pipeline step: (candidate, bundled probability) -> adapted."""

    labels: Mapping[str, LabelAdapter]

    def __call__(self, cand: Candidate, p: float) -> float:
        one = self.labels.get(cand.label)
        return p if one is None else one(cand, p)

    def as_dict(self) -> dict[str, Any]:
        return {
            label: {
                "a": round(one.a, 6),
                "b": round(one.b, 6),
                "offsets": {f: round(v, 6) for f, v in sorted(one.offsets.items())},
                "candidates": one.candidates,
                "right": one.right,
            }
            for label, one in sorted(self.labels.items())
        }

    @classmethod
    def from_dict(cls, data: Any) -> Adapter:
        """The stored adapter; InvalidInput when it is not one."""
        if not isinstance(data, Mapping):
            raise InvalidInput("the stored adapter is incomplete ({exc})", exc="not an object")
        labels = {}
        try:
            for label, one in data.items():
                offsets = {str(f): float(v) for f, v in dict(one.get("offsets") or {}).items()}
                values = [float(one["a"]), float(one["b"]), *offsets.values()]
                if not all(math.isfinite(v) for v in values):
                    raise ValueError("a parameter is not a finite number")
                labels[str(label)] = LabelAdapter(
                    values[0],
                    values[1],
                    offsets,
                    int(one.get("candidates", 0)),
                    int(one.get("right", 0)),
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidInput("the stored adapter is incomplete ({exc})", exc=exc) from None
        return cls(labels)


Scored = Sequence[tuple[float, Candidate]]


def fit_adapter(
    documents: Iterable[tuple[Scored, Collection[SpanKey]]], labels: Collection[str]
) -> Adapter:
    """The adapter of the bundled model's scored candidates in ``documents``
    (each: its candidates with their bundled probabilities, and its gold),
    for each of ``labels`` that has candidates there."""
    rows: dict[str, list[tuple[float, list[str], int]]] = {}
    for scored, gold in documents:
        for p, cand in scored:
            if cand.label in labels:
                rows.setdefault(cand.label, []).append(
                    (clipped_logit(p), families_of(cand), int(cand.key in gold))
                )
    return Adapter({label: _fit_label(found) for label, found in sorted(rows.items())})


def _fit_label(rows: Sequence[tuple[float, list[str], int]]) -> LabelAdapter:
    """Penalised logistic regression by Newton's method: the objective is
    the log-loss summed over the candidates plus PULL/2 times the squared
    distance from the bundled model's parameters, strictly convex, so it
    converges to its one minimum in a few steps. Not scikit-learn's
    LogisticRegression (it pulls towards zero, not towards a slope of 1 on
    logit p) nor scipy's minimize (scipy is kept out of the app's bundle,
    packaging/biaozhu.spec, and at most seven parameters need no more)."""
    families = [f for f in FAMILY_ORDER if any(f in fams for _z, fams, _y in rows)]
    column = {f: 2 + i for i, f in enumerate(families)}
    x = np.zeros((len(rows), 2 + len(families)))
    y = np.zeros(len(rows))
    for i, (z, fams, right) in enumerate(rows):
        x[i, 0] = z
        x[i, 1] = 1.0
        for f in fams:
            x[i, column[f]] = 1.0
        y[i] = right
    prior = np.zeros(x.shape[1])
    prior[0] = 1.0
    theta = prior.copy()
    pull = PULL * np.eye(x.shape[1])

    def objective(t: np.ndarray) -> float:
        z = x @ t
        # log(1 + e^z) - y z, summed, computed without overflow
        loss = np.logaddexp(0.0, z) - y * z
        return float(loss.sum() + 0.5 * PULL * np.dot(t - prior, t - prior))

    current = objective(theta)
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ theta, -30.0, 30.0)))
        gradient = x.T @ (p - y) + PULL * (theta - prior)
        if float(np.max(np.abs(gradient))) < 1e-8:
            break
        hessian = (x * (p * (1.0 - p))[:, None]).T @ x + pull
        step = np.linalg.solve(hessian, gradient)
        # halved until the objective falls: a full Newton step overshoots
        # where the candidates are all right or all wrong (the log-loss
        # there is nearly linear, its curvature tiny)
        size = 1.0
        while size > 1e-6:
            trial = theta - size * step
            value = objective(trial)
            if value <= current - 1e-4 * size * float(gradient @ step):
                break
            size /= 2.0
        else:
            break
        theta, current = trial, value
    return LabelAdapter(
        float(theta[0]),
        float(theta[1]),
        {f: float(theta[column[f]]) for f in families},
        len(rows),
        int(y.sum()),
    )


def adapted(adapter: Adapter, scored: Scored) -> list[tuple[float, Candidate]]:
    """The scored candidates with the adapter's probabilities."""
    return [(adapter(c, p), c) for p, c in scored]
