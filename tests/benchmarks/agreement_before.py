# models/review/agreement.py as it was before its figures were computed over arrays
# (commit 7a3dd3c), kept unchanged so that tests/test_agreement_same_figures.py and
# bench_agreement.py can compare the new code with it in the same run.
"""Inter-annotator agreement, per label and overall, for each pair of annotators
and (Krippendorff's alpha) for all of them at once.

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
both layers for kappa.

Over all annotators at once, **Krippendorff's alpha** (nominal): each
character of each document is a unit and each annotator whose layer of that
document is done gives it a value; a layer not done (todo or in progress) is
missing there, not "none", so a half-annotated document neither helps nor
hurts. (The pairwise figures count a document from its first span; alpha
waits for the annotator to finish it.) Per label the value is "this label" or
"not" (with overlapping spans allowed, the characters any span of the label
covers, as for kappa); overall it is the label or "O", the same one label per
character as the overall kappa (the first span by start, the shorter first,
where spans overlap). Units with fewer than two values are not pairable and
do not count. Alpha = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k from the
coincidence matrix o, whose counts are summed document by document (a
character with m values adds n_c·n_k / (m − 1), minus n_c on the diagonal),
so a large project never needs a matrix of all its characters. None when no
unit is pairable or every value is the same one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

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


# -- Krippendorff's alpha over every annotator --------------------------------------------------

# {m: Counter((value_c, value_k) -> Σ n_c·n_k − [c = k]·n_c)} over the units with m values:
# whole numbers, divided by m − 1 only at the end, so the sum stays exact
Coincidences = dict[int, Counter]


def krippendorff_alpha(coincidences: Coincidences) -> float | None:
    """Nominal alpha from coincidence counts grouped by the number of values per unit."""
    o: Counter = Counter()
    for m, counts in coincidences.items():
        if m < 2:
            continue
        for key, c in counts.items():
            o[key] += c / (m - 1)
    marg: Counter = Counter()
    for (c, _k), x in o.items():
        marg[c] += x
    n = sum(marg.values())
    observed = sum(x for (c, k), x in o.items() if c != k)
    expected = n * n - sum(x * x for x in marg.values())  # Σ_{c≠k} n_c·n_k
    if n <= 1 or expected <= 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def _add_coincidences(into: Counter, values: np.ndarray, names: list) -> None:
    """Add one document's units: ``values`` is (characters × value classes), how many
    annotators gave each character each value; every unit here has the same m."""
    pairs = values.T @ values  # Σ over units of n_c·n_k
    totals = values.sum(axis=0)
    for i, ci in enumerate(names):
        for j, cj in enumerate(names):
            x = int(pairs[i, j]) - (int(totals[i]) if i == j else 0)
            if x:
                into[(ci, cj)] += x


def finished_layers(project, annotators: list[str]) -> dict[str, list[str]]:
    """{document: [annotators whose layer of it is done]} for the given annotators."""
    out: dict[str, list[str]] = {}
    if not annotators:
        return out
    marks = ",".join("?" * len(annotators))
    rows = project.conn.execute(
        f"SELECT doc_id, annotator FROM doc_status WHERE status = 'done' AND annotator IN ({marks})",
        annotators,
    )
    for doc, who in rows:
        out.setdefault(doc, []).append(who)
    return out


def alpha_report(
    project, annotators: list[str], doc_ids: list[str] | None = None
) -> dict[str, Any]:
    """Krippendorff's alpha over ``annotators`` (in their order), per label and overall,
    on the documents (restricted to ``doc_ids``) at least two of them finished.

    Shape: {"annotators": [names with a counted layer], "documents": N,
    "units": characters, "labels": {LABEL: alpha}, "overall": alpha}."""
    labels = project.label_names()
    wanted = None if doc_ids is None else set(doc_ids)
    done = finished_layers(project, annotators)
    rank = {name: i for i, name in enumerate(annotators)}
    per: dict[str, Coincidences] = {lab: {} for lab in labels}
    overall: Coincidences = {}
    counted: set[str] = set()
    documents = units = 0
    for doc in project.document_ids():
        who = sorted(done.get(doc, ()), key=rank.__getitem__)
        if len(who) < 2 or (wanted is not None and doc not in wanted):
            continue
        length = len(project.document_text(doc))
        documents += 1
        units += length
        counted.update(who)
        m = len(who)
        layers = [_keys(project, doc, name) for name in who]
        seen = sorted(set(labels) | {k[2] for layer in layers for k in layer})
        for label in seen:
            hits = np.zeros(length, dtype=np.int64)  # annotators who put this label there
            for layer in layers:
                hits += np.asarray(covered(length, [k for k in layer if k[2] == label]))
            values = np.stack([m - hits, hits], axis=1)
            _add_coincidences(per.setdefault(label, {}).setdefault(m, Counter()), values, [0, 1])
        classes = [OUTSIDE, *seen]
        index = {c: i for i, c in enumerate(classes)}
        values = np.zeros((length, len(classes)), dtype=np.int64)
        rows = np.arange(length)
        for layer in layers:
            values[rows, [index[c] for c in char_labels(length, layer)]] += 1
        _add_coincidences(overall.setdefault(m, Counter()), values, classes)
    return {
        "annotators": [name for name in annotators if name in counted],
        "documents": documents,
        "units": units,
        # not rounded like the pairwise figures: a reviewer checking it against
        # another tool compares it to more than six places
        "labels": {lab: krippendorff_alpha(c) for lab, c in per.items()},
        "overall": krippendorff_alpha(overall),
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
                    "by_document": {DOC: {"characters", "labels": {..}, "overall": {..}}}}],
         "alpha": {"annotators", "documents", "units", "labels": {LABEL: alpha}, "overall"}}
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
        "alpha": alpha_report(project, [p["name"] for p in people], doc_ids),
    }
