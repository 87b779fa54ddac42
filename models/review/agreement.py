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

from models.errors import IntegrityError, Message
from models.progress import Cancelled, Progress
from models.store.connection import read_snapshot

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


class _Layer:
    """One annotator's spans of one document as arrays, built once and shared by
    every pair and alpha: per label, whether a span covers each character
    (``covered``, labels × characters) and running sums of the covered characters
    (for "does a span of the other layer overlap this one" without a loop over
    characters), and the one class of each character (0 = "O", else 1 + the
    label's index; the first span by start, the shorter first, wins)."""

    __slots__ = ("keys", "starts", "ends", "labs", "covered", "ncovered", "cum", "cls")

    def __init__(self, length: int, keys: set[Key], index: dict[str, int]):
        self.keys = keys
        k = len(index)
        # ascending (start, end, label): the first of a character's spans is the one it keeps
        ordered = sorted(keys)
        self.starts = np.fromiter((x[0] for x in ordered), dtype=np.int64, count=len(ordered))
        self.ends = np.fromiter((x[1] for x in ordered), dtype=np.int64, count=len(ordered))
        self.labs = np.fromiter((index[x[2]] for x in ordered), dtype=np.int64, count=len(ordered))
        # labels × characters, each label's row contiguous: the sums along a row are fast
        # 32 bits: a document is far shorter than 2**31 characters, and half the
        # memory of the arrays a document needs
        diff = np.zeros(k * (length + 1), dtype=np.int32)
        np.add.at(diff, self.labs * (length + 1) + self.starts, 1)
        np.add.at(diff, self.labs * (length + 1) + self.ends, -1)
        hits = np.cumsum(diff.reshape(k, length + 1), axis=1, dtype=np.int32)[:, :length]
        self.covered = hits > 0  # the counts themselves are not kept: only covered or not counts
        self.ncovered = np.count_nonzero(self.covered, axis=1)
        self.cum = np.zeros((k, length + 1), dtype=np.int32)
        np.cumsum(self.covered, axis=1, dtype=np.int32, out=self.cum[:, 1:])
        self.cls = np.zeros(length, dtype=np.int64)
        lengths = self.ends - self.starts
        if len(ordered) and lengths.sum() > 0:
            # every covered position once per span covering it, spans in ascending
            # order: the first occurrence of a position is its winning span
            offsets = np.cumsum(lengths) - lengths
            positions = np.repeat(self.starts - offsets, lengths) + np.arange(lengths.sum())
            classes = np.repeat(self.labs + 1, lengths)
            first_positions, first = np.unique(positions, return_index=True)
            self.cls[first_positions] = classes[first]

    def overlapped(self, other: _Layer, k: int) -> np.ndarray:
        """Per label, how many of these spans a same-label span of ``other`` overlaps."""
        if not len(self.starts):
            return np.zeros(k, dtype=np.int64)
        inside = other.cum[self.labs, self.ends] - other.cum[self.labs, self.starts]
        return np.bincount(self.labs[inside > 0], minlength=k)


def _pair_tallies(
    length: int, a: _Layer, b: _Layer, names: list[str], order: list[str]
) -> tuple[dict[str, Tally], Tally]:
    """``document_tallies`` from two layers' arrays (``names``: the labels by index;
    ``order``: the labels of this document's report, in their order)."""
    k = len(names)
    index = {name: i for i, name in enumerate(names)}
    a_count = np.bincount(a.labs, minlength=k)
    b_count = np.bincount(b.labs, minlength=k)
    exact = Counter(key[2] for key in a.keys & b.keys)
    a_over, b_over = a.overlapped(b, k), b.overlapped(a, k)
    both = np.count_nonzero(a.covered & b.covered, axis=1)
    per: dict[str, Tally] = {}
    overall = Tally()
    for label in order:
        i = index[label]
        t = Tally(
            a_spans=int(a_count[i]),
            b_spans=int(b_count[i]),
            exact=exact.get(label, 0),
            a_overlapped=int(a_over[i]),
            b_overlapped=int(b_over[i]),
        )
        tt, ta, tb = int(both[i]), int(a.ncovered[i]), int(b.ncovered[i])
        cells = (
            ((True, True), tt),
            ((True, False), ta - tt),
            ((False, True), tb - tt),
            ((False, False), length - ta - tb + tt),
        )
        t.chars = Counter({key: n for key, n in cells if n})
        per[label] = t
        overall.a_spans += t.a_spans
        overall.b_spans += t.b_spans
        overall.exact += t.exact
        overall.a_overlapped += t.a_overlapped
        overall.b_overlapped += t.b_overlapped
    classes = [OUTSIDE, *names]
    width = k + 1
    confusion = np.bincount(a.cls * width + b.cls, minlength=width * width)
    overall.chars = Counter(
        {
            (classes[int(c) // width], classes[int(c) % width]): int(confusion[c])
            for c in np.flatnonzero(confusion)
        }
    )
    return per, overall


class _PairRun:
    """The running totals of one pair over the project."""

    def __init__(self, a: str, b: str, labels: list[str], by_document: bool = True):
        self.a, self.b = a, b
        self.by_document = by_document
        self.total_per: dict[str, Tally] = {lab: Tally() for lab in labels}
        self.total = Tally()
        self.by_doc: dict[str, Any] = {}
        self.documents = 0
        self.characters = 0

    def add(self, doc: str, length: int, per: dict[str, Tally], overall: Tally) -> None:
        self.documents += 1
        self.characters += length
        for label, t in per.items():
            self.total_per.setdefault(label, Tally()).add(t)
        self.total.add(overall)
        if not self.by_document:
            return
        self.by_doc[doc] = {
            "characters": length,
            "labels": {lab: t.figures() for lab, t in per.items()},
            "overall": overall.figures(),
        }

    def report(self) -> dict[str, Any]:
        out = {
            "a": self.a,
            "b": self.b,
            "documents": self.documents,
            "characters": self.characters,
            "labels": {lab: t.figures() for lab, t in self.total_per.items()},
            "overall": self.total.figures(),
        }
        if self.by_document:
            out["by_document"] = self.by_doc
        return out


def _label_names(project, labels: list[str]) -> list[str]:
    """Every label a span can carry: the project's, then any only spans still
    carry (a label renamed or removed since), so one index covers them all."""
    extra = sorted(
        {r[0] for r in project.conn.execute("SELECT DISTINCT label FROM annotations")} - set(labels)
    )
    return [*labels, *extra]


def _compute(
    project,
    pairs: list[tuple[str, str, set[str]]],
    alpha_people: list[str] | None,
    doc_ids: list[str] | None,
    progress: Progress | None,
    by_document: bool = True,
    left_out: dict[str, set[str]] | None = None,
) -> tuple[list[_PairRun], dict[str, Any] | None]:
    """The pairs' figures (each over its own documents) and alpha over
    ``alpha_people`` (None: no alpha) but the layers ``left_out``
    ({annotator: documents}), reading each document's spans once."""
    labels = project.label_names()
    names = _label_names(project, labels)
    index = {name: i for i, name in enumerate(names)}
    wanted = None if doc_ids is None else set(doc_ids)
    runs = [_PairRun(a, b, labels, by_document) for a, b, _docs in pairs]
    done: dict[str, list[str]] = {}
    rank: dict[str, int] = {}
    if alpha_people is not None:
        done = finished_layers(project, alpha_people)
        for who, docs in (left_out or {}).items():
            for doc in docs & done.keys():
                done[doc] = [w for w in done[doc] if w != who]
        rank = {name: i for i, name in enumerate(alpha_people)}
    per_alpha: dict[str, Coincidences] = {lab: {} for lab in labels}
    overall_alpha: Coincidences = {}
    counted: set[str] = set()
    alpha_documents = units = 0
    todo = []
    for doc in project.document_ids():
        if wanted is not None and doc not in wanted:
            continue
        in_pairs = [i for i, (_a, _b, docs) in enumerate(pairs) if doc in docs]
        who = sorted(done.get(doc, ()), key=rank.__getitem__)
        if in_pairs or len(who) >= 2:
            todo.append((doc, in_pairs, who if len(who) >= 2 else []))
    if progress is not None:
        progress.start(len(todo), Message("agreement"))
    for doc, in_pairs, who in todo:
        if progress is not None and progress.cancelled():
            raise Cancelled()
        length = len(project.document_text(doc))
        keys: dict[str, set[Key]] = {}
        for who_, start, end, label in project.conn.execute(
            "SELECT annotator, start_pos, end_pos, label FROM annotations WHERE doc_id = ?",
            (doc,),
        ):
            if not 0 <= start < end <= length:
                # only an edit behind the history's back puts one there (the
                # store checks every span's offsets): named, not an IndexError
                raise IntegrityError(
                    "document {doc}: a span of {annotator} at {start}-{end} lies outside its"
                    " text of {length} characters (biaozhu verify checks the whole project)",
                    doc=doc,
                    annotator=who_,
                    start=start,
                    end=end,
                    length=length,
                )
            keys.setdefault(who_, set()).add((start, end, label))
        layers: dict[str, _Layer] = {}

        def layer(name: str, length=length, keys=keys, layers=layers) -> _Layer:
            if name not in layers:
                layers[name] = _Layer(length, keys.get(name, set()), index)
            return layers[name]

        for i in in_pairs:
            run = runs[i]
            la, lb = layer(run.a), layer(run.b)
            seen = {key[2] for key in la.keys | lb.keys} - set(labels)
            per, overall = _pair_tallies(length, la, lb, names, [*labels, *sorted(seen)])
            run.add(doc, length, per, overall)
        if who:
            alpha_documents += 1
            units += length
            counted.update(who)
            _add_alpha(
                length, [layer(name) for name in who], names, labels, per_alpha, overall_alpha
            )
        if progress is not None:
            progress.advance(1)
    if progress is not None:
        progress.finish()
    if alpha_people is None:
        return runs, None
    return runs, {
        "annotators": [name for name in alpha_people if name in counted],
        "documents": alpha_documents,
        "units": units,
        # not rounded like the pairwise figures: a reviewer checking it against
        # another tool compares it to more than six places
        "labels": {lab: krippendorff_alpha(c) for lab, c in per_alpha.items()},
        "overall": krippendorff_alpha(overall_alpha),
    }


def pair_agreement(project, a: str, b: str, doc_ids: list[str] | None = None) -> dict[str, Any]:
    """Agreement of annotators a and b over the documents both annotated
    (restricted to ``doc_ids`` when given). See the module docstring for the shape."""
    with read_snapshot(project.conn):  # one state, as agreement_report
        shared = annotated_documents(project, a) & annotated_documents(project, b)
        runs, _alpha = _compute(project, [(a, b, shared)], None, doc_ids, None)
    return runs[0].report()


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


def _add_pairs(
    into: Counter, pairs: np.ndarray, totals: np.ndarray, names: list, cols: list[int]
) -> None:
    """Add Σ n_c·n_k (``pairs``, by column) less n_c on the diagonal, for the value
    classes ``names`` found at columns ``cols``, in that order: the order keys
    first enter the Counter is the order alpha's float sums add them in."""
    for i, ci in zip(cols, names, strict=True):
        for j, cj in zip(cols, names, strict=True):
            x = int(pairs[i, j]) - (int(totals[i]) if i == j else 0)
            if x:
                into[(ci, cj)] += x


def _add_coincidences(into: Counter, values: np.ndarray, names: list) -> None:
    """Add one document's units: ``values`` is (characters × value classes), how many
    annotators gave each character each value; every unit here has the same m."""
    cols = list(range(len(names)))
    _add_pairs(into, values.T @ values, values.sum(axis=0), names, cols)


def _add_alpha(
    length: int,
    layers: list[_Layer],
    names: list[str],
    labels: list[str],
    per: dict[str, Coincidences],
    overall: Coincidences,
) -> None:
    """One document's coincidences, per label and overall, from its finished layers."""
    m = len(layers)
    index = {name: i for i, name in enumerate(names)}
    seen = sorted(set(labels) | {key[2] for layer in layers for key in layer.keys})
    # per label, a unit's values are "not" (m − h) and "this label" (h), h the
    # annotators whose spans of the label cover it: its sums in closed form
    hits = sum(layer.covered.astype(np.int64) for layer in layers)
    s1 = hits.sum(axis=1)
    s2 = (hits * hits).sum(axis=1)
    for label in seen:
        i = index[label]
        h1, h2 = int(s1[i]), int(s2[i])
        pairs = np.array(
            [[length * m * m - 2 * m * h1 + h2, m * h1 - h2], [m * h1 - h2, h2]], dtype=object
        )
        totals = np.array([length * m - h1, h1], dtype=object)
        _add_pairs(
            per.setdefault(label, {}).setdefault(m, Counter()), pairs, totals, [0, 1], [0, 1]
        )
    width = len(names) + 1
    counts = np.bincount(
        np.concatenate([np.arange(length) * width + layer.cls for layer in layers]),
        minlength=length * width,
    ).reshape(length, width)
    cols = [0, *(1 + index[label] for label in seen)]
    _add_pairs(
        overall.setdefault(m, Counter()),
        counts.T @ counts,
        counts.sum(axis=0),
        [OUTSIDE, *seen],
        cols,
    )


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
    with read_snapshot(project.conn):  # one state, as agreement_report
        _runs, alpha = _compute(project, [], annotators, doc_ids, None)
    assert alpha is not None
    return alpha


def agreement_report(
    project,
    *,
    doc_ids: list[str] | None = None,
    annotators: list[str] | None = None,
    progress: Progress | None = None,
    by_document: bool = True,
) -> dict[str, Any]:
    """Pairwise agreement for every pair of annotators with shared documents,
    and alpha over all of them, each document's spans read once for all.
    ``progress`` counts documents and may cancel (``Cancelled``).
    ``by_document=False`` leaves out each pair's figures per document (the
    window shows the totals; on 100,000 documents those would take a
    gigabyte).

    Shape::

        {"project": path, "labels": [..], "annotators": [{"name", "role", "documents"}],
         "pairs": [{"a", "b", "documents", "characters",
                    "labels": {LABEL: {"a_spans", "b_spans", "exact_matches",
                                       "exact_f1", "overlap_f1", "kappa"}},
                    "overall": {same keys},
                    "by_document": {DOC: {"characters", "labels": {..}, "overall": {..}}}}],
         "alpha": {"annotators", "documents", "units", "labels": {LABEL: alpha}, "overall"},
         "adjudicated_left_out": {REVIEWER: documents}}

    A reviewer's layer of a document they adjudicated is left out (it is
    made of the layers it settles) unless ``annotators`` names them."""
    # One read transaction for the whole report: the window may commit an
    # edit while it reads, and figures half of one state and half of the
    # next describe no state the project was ever in.
    with read_snapshot(project.conn):
        return _agreement_report(project, doc_ids, annotators, progress, by_document)


def _agreement_report(
    project,
    doc_ids: list[str] | None,
    annotators: list[str] | None,
    progress: Progress | None,
    by_document: bool,
) -> dict[str, Any]:
    people = [p for p in project.annotators() if annotators is None or p["name"] in annotators]
    # a reviewer's adjudicated layer is built from the layers it settles: no
    # independent judgement, unless the reviewer is named to compare it
    left_out = adjudicated_layers(project) if annotators is None else {}
    worked = {
        p["name"]: annotated_documents(project, p["name"]) - left_out.get(p["name"], set())
        for p in people
    }
    if doc_ids is not None:
        worked = {k: v & set(doc_ids) for k, v in worked.items()}
        left_out = {k: v & set(doc_ids) for k, v in left_out.items()}
    pairs = []
    for x, y in combinations([p["name"] for p in people if worked[p["name"]]], 2):
        shared = worked[x] & worked[y]
        if shared:
            pairs.append((x, y, shared))
    runs, alpha = _compute(
        project, pairs, [p["name"] for p in people], doc_ids, progress, by_document, left_out
    )
    return {
        "project": str(project.path),
        "labels": project.label_names(),
        "annotators": [
            {"name": p["name"], "role": p["role"], "documents": len(worked[p["name"]])}
            for p in people
            if worked[p["name"]]
        ],
        "pairs": [run.report() for run in runs],
        "alpha": alpha,
        "adjudicated_left_out": {k: len(v) for k, v in sorted(left_out.items()) if v},
    }


def adjudicated_layers(project) -> dict[str, set[str]]:
    """{reviewer: documents whose layer they made by adjudicating}: where the
    history records their choices between two layers."""
    out: dict[str, set[str]] = {}
    for who, doc in project.conn.execute(
        "SELECT DISTINCT annotator, doc_id FROM events"
        " WHERE action IN ('review.choice', 'review.agreements') AND doc_id IS NOT NULL"
    ):
        out.setdefault(who, set()).add(doc)
    return out
