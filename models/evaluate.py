"""Span scoring: precision, recall and F1 per label and overall, on exact
and on overlapping matches. Pure functions over spans grouped by document id.

A span is anything with ``start``, ``end`` and ``label`` (a Span, a
Suggestion, a dict with those keys or a (start, end, label) tuple).

- exact: a predicted span is right when a gold span of the same document has
  the same start, end and label;
- overlap: a predicted span is right when it shares at least one character
  with a gold span of the same label; a gold span is found when some
  predicted span of its label shares a character with it (precision and
  recall are counted on each side, so one long prediction over two gold
  spans counts once in precision and twice in recall).

Only documents of the gold count: predictions for a document the gold does
not have are left out (``Report.extra_docs`` says how many)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

ALL = "ALL"
Key = tuple[int, int, str]


@dataclass(frozen=True)
class Scores:
    """Counts of one label under one matching rule."""

    tp_pred: int = 0  # predicted spans that are right
    pred: int = 0
    tp_gold: int = 0  # gold spans that were found
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.tp_pred + other.tp_pred,
            self.pred + other.pred,
            self.tp_gold + other.tp_gold,
            self.gold + other.gold,
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "predicted": self.pred,
            "correct": self.tp_pred,
        }


@dataclass
class Report:
    """Scores per label (and ``ALL``) for exact and for overlapping matches."""

    exact: dict[str, Scores] = field(default_factory=dict)
    overlap: dict[str, Scores] = field(default_factory=dict)
    docs: int = 0
    extra_docs: int = 0

    def labels(self) -> list[str]:
        return [lab for lab in self.exact if lab != ALL] + [ALL]

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.docs,
            "extra_documents": self.extra_docs,
            "exact": {lab: s.as_dict() for lab, s in self.exact.items()},
            "overlap": {lab: s.as_dict() for lab, s in self.overlap.items()},
        }


def span_key(span: Any) -> Key:
    if isinstance(span, tuple):
        return int(span[0]), int(span[1]), str(span[2])
    if isinstance(span, Mapping):
        return int(span["start"]), int(span["end"]), str(span["label"])
    return int(span.start), int(span.end), str(span.label)


def _keys(spans: Iterable[Any], labels: set[str] | None) -> set[Key]:
    keys = {span_key(s) for s in spans}
    return {k for k in keys if labels is None or k[2] in labels}


def score_document(
    gold: Iterable[Any],
    pred: Iterable[Any],
    *,
    overlap: bool = False,
    labels: Iterable[str] | None = None,
) -> dict[str, Scores]:
    """Scores of one document per label (no ``ALL`` entry)."""
    wanted = set(labels) if labels is not None else None
    g, p = _keys(gold, wanted), _keys(pred, wanted)
    out: dict[str, Scores] = {}
    for label in sorted({k[2] for k in g | p}):
        gl = [k for k in g if k[2] == label]
        pl = [k for k in p if k[2] == label]
        if overlap:
            tp_pred = sum(1 for a in pl if any(_overlaps(a, b) for b in gl))
            tp_gold = sum(1 for b in gl if any(_overlaps(a, b) for a in pl))
        else:
            tp_pred = tp_gold = len(set(gl) & set(pl))
        out[label] = Scores(tp_pred, len(pl), tp_gold, len(gl))
    return out


def _overlaps(a: Key, b: Key) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(
    gold: Mapping[str, Iterable[Any]],
    pred: Mapping[str, Iterable[Any]],
    *,
    overlap: bool = False,
    labels: Iterable[str] | None = None,
) -> dict[str, Scores]:
    """Scores per label summed over the gold's documents, plus ``ALL``."""
    wanted = list(labels) if labels is not None else None
    totals: dict[str, Scores] = {}
    for doc_id, gold_spans in gold.items():
        per = score_document(gold_spans, pred.get(doc_id, ()), overlap=overlap, labels=wanted)
        for label, s in per.items():
            totals[label] = totals.get(label, Scores()) + s
    if wanted is not None:
        for label in wanted:
            totals.setdefault(label, Scores())
    ordered = {lab: totals[lab] for lab in sorted(totals)}
    ordered[ALL] = sum(ordered.values(), Scores())
    return ordered


def evaluate(
    gold: Mapping[str, Iterable[Any]],
    pred: Mapping[str, Iterable[Any]],
    *,
    labels: Iterable[str] | None = None,
) -> Report:
    """Exact and overlap scores of ``pred`` against ``gold``."""
    gold = {k: list(v) for k, v in gold.items()}
    pred = {k: list(v) for k, v in pred.items()}
    wanted = list(labels) if labels is not None else None
    return Report(
        exact=score(gold, pred, labels=wanted),
        overlap=score(gold, pred, overlap=True, labels=wanted),
        docs=len(gold),
        extra_docs=len(set(pred) - set(gold)),
    )
