"""Inter-annotator agreement, per label and overall, for each pair of annotators.

Figures, for a pair (a, b) over the documents both annotated (an annotator
annotated a document when they have a span in it or a status past todo):

- **exact F1**: spans match when start, end and label are equal;
  F1 = 2·matches / (spans of a + spans of b).
- **overlap F1**: a span is matched when a span of the other layer with the
  same label overlaps it; precision = matched spans of b / spans of b, recall =
  matched spans of a / spans of a, F1 their harmonic mean.
- **Cohen's kappa over characters**: per label, each character of each shared
  document is in a span of that label or not, in each layer (a company inside
  a policy's name, where the project allows overlapping spans, is the
  company's as much as the policy's); overall, each character gets one label
  from each layer ("O" when no span covers it; the first span by start, the
  shorter first, when spans overlap) and the classes are every label plus
  "O". κ = (pₒ − pₑ) / (1 − pₑ).

Project figures pool the counts of every shared document (micro average);
``by_document`` has the same figures per document. A figure is None (null in
JSON) when it is undefined: no span on either side for F1, a single class in
both layers for kappa."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

OUTSIDE = "O"


@dataclass
class Tally:
    """Counts from which every figure of one (pair, label or overall) cell is computed."""

    a_spans: int = 0
    b_spans: int = 0
    exact: int = 0
    a_overlapped: int = 0
    b_overlapped: int = 0
    chars: Counter = field(default_factory=Counter)  # (label_a, label_b) -> characters

    def add(self, other: Tally) -> None:
        self.a_spans += other.a_spans
        self.b_spans += other.b_spans
        self.exact += other.exact
        self.a_overlapped += other.a_overlapped
        self.b_overlapped += other.b_overlapped
        self.chars.update(other.chars)

    def exact_f1(self) -> float | None:
        total = self.a_spans + self.b_spans
        return None if total == 0 else 2 * self.exact / total

    def overlap_f1(self) -> float | None:
        if self.a_spans + self.b_spans == 0:
            return None
        if self.a_spans == 0 or self.b_spans == 0:
            return 0.0
        p = self.b_overlapped / self.b_spans
        r = self.a_overlapped / self.a_spans
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def kappa(self) -> float | None:
        return cohen_kappa(self.chars)

    def figures(self) -> dict[str, Any]:
        return {
            "a_spans": self.a_spans,
            "b_spans": self.b_spans,
            "exact_matches": self.exact,
            "exact_f1": _round(self.exact_f1()),
            "overlap_f1": _round(self.overlap_f1()),
            "kappa": _round(self.kappa()),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def cohen_kappa(confusion: Counter) -> float | None:
    n = sum(confusion.values())
    if n == 0:
        return None
    observed = sum(c for (x, y), c in confusion.items() if x == y) / n
    a_marg: Counter = Counter()
    b_marg: Counter = Counter()
    for (x, y), c in confusion.items():
        a_marg[x] += c
        b_marg[y] += c
    expected = sum(a_marg[k] * b_marg.get(k, 0) for k in a_marg) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)


# -- one document ------------------------------------------------------------------------

Key = tuple[int, int, str]


def char_labels(length: int, spans: list[Key]) -> list[str]:
    out = [OUTSIDE] * length
    for start, end, label in sorted(spans, reverse=True):  # earliest start wins
        out[start:end] = [label] * (end - start)
    return out


def document_tallies(
    length: int, a: list[Key], b: list[Key], labels: list[str]
) -> tuple[dict[str, Tally], Tally]:
    """Per-label tallies and the overall tally of one document."""
    a_set, b_set = set(a), set(b)
    per: dict[str, Tally] = {lab: Tally() for lab in labels}
    overall = Tally()
    for label in sorted(set(labels) | {k[2] for k in a_set | b_set}):
        la = [k for k in a_set if k[2] == label]
        lb = [k for k in b_set if k[2] == label]
        t = per.setdefault(label, Tally())
        t.a_spans, t.b_spans = len(la), len(lb)
        t.exact = len(set(la) & set(lb))
        t.a_overlapped = sum(1 for x in la if any(_overlap(x, y) for y in lb))
        t.b_overlapped = sum(1 for y in lb if any(_overlap(x, y) for x in la))
        overall.a_spans += t.a_spans
        overall.b_spans += t.b_spans
        overall.exact += t.exact
        overall.a_overlapped += t.a_overlapped
        overall.b_overlapped += t.b_overlapped
    ca, cb = char_labels(length, list(a_set)), char_labels(length, list(b_set))
    overall.chars = Counter(zip(ca, cb, strict=True))
    for label, t in per.items():
        in_a = covered(length, [k for k in a_set if k[2] == label])
        in_b = covered(length, [k for k in b_set if k[2] == label])
        t.chars = Counter(zip(in_a, in_b, strict=True))
    return per, overall


def covered(length: int, spans: list[Key]) -> list[bool]:
    """For each character, whether one of ``spans`` covers it."""
    out = [False] * length
    for start, end, _label in spans:
        out[start:end] = [True] * (end - start)
    return out


def _overlap(x: Key, y: Key) -> bool:
    return x[0] < y[1] and y[0] < x[1]


# -- pairs and the project -----------------------------------------------------------------


def annotated_documents(project, annotator: str) -> set[str]:
    """Documents where the annotator has a span or a status past todo."""
    rows = project.conn.execute(
        "SELECT doc_id FROM annotations WHERE annotator = ?"
        " UNION SELECT doc_id FROM doc_status WHERE annotator = ? AND status != 'todo'",
        (annotator, annotator),
    )
    return {r[0] for r in rows}


def _keys(project, doc_id: str, annotator: str) -> list[Key]:
    return [(a.start, a.end, a.label) for a in project.annotations(doc_id, annotator)]


def pair_agreement(project, a: str, b: str, doc_ids: list[str] | None = None) -> dict[str, Any]:
    """Agreement of annotators a and b over the documents both annotated
    (restricted to ``doc_ids`` when given). See the module docstring for the shape."""
    labels = project.label_names()
    shared = annotated_documents(project, a) & annotated_documents(project, b)
    order = project.document_ids()
    docs = [d for d in order if d in shared and (doc_ids is None or d in doc_ids)]
    total_per: dict[str, Tally] = {lab: Tally() for lab in labels}
    total = Tally()
    by_doc: dict[str, Any] = {}
    characters = 0
    for doc in docs:
        length = len(project.document_text(doc))
        characters += length
        per, overall = document_tallies(
            length, _keys(project, doc, a), _keys(project, doc, b), labels
        )
        for label, t in per.items():
            total_per.setdefault(label, Tally()).add(t)
        total.add(overall)
        by_doc[doc] = {
            "characters": length,
            "labels": {lab: t.figures() for lab, t in per.items()},
            "overall": overall.figures(),
        }
    return {
        "a": a,
        "b": b,
        "documents": len(docs),
        "characters": characters,
        "labels": {lab: t.figures() for lab, t in total_per.items()},
        "overall": total.figures(),
        "by_document": by_doc,
    }


def agreement_report(
    project, *, doc_ids: list[str] | None = None, annotators: list[str] | None = None
) -> dict[str, Any]:
    """Pairwise agreement for every pair of annotators with shared documents.

    Shape::

        {"project": path, "labels": [..], "annotators": [{"name", "role", "documents"}],
         "pairs": [{"a", "b", "documents", "characters",
                    "labels": {LABEL: {"a_spans", "b_spans", "exact_matches",
                                       "exact_f1", "overlap_f1", "kappa"}},
                    "overall": {same keys},
                    "by_document": {DOC: {"characters", "labels": {..}, "overall": {..}}}}]}
    """
    people = [p for p in project.annotators() if annotators is None or p["name"] in annotators]
    worked = {p["name"]: annotated_documents(project, p["name"]) for p in people}
    if doc_ids is not None:
        worked = {k: v & set(doc_ids) for k, v in worked.items()}
    pairs = []
    for x, y in combinations([p["name"] for p in people if worked[p["name"]]], 2):
        if worked[x] & worked[y]:
            pairs.append(pair_agreement(project, x, y, doc_ids))
    return {
        "project": str(project.path),
        "labels": project.label_names(),
        "annotators": [
            {"name": p["name"], "role": p["role"], "documents": len(worked[p["name"]])}
            for p in people
            if worked[p["name"]]
        ],
        "pairs": pairs,
    }
