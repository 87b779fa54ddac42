"""Training data: the project's gold as (text, spans) documents.

The gold is what ``Project.gold_layers()`` names: adjudicated documents (the
reviewer's layer) and documents an annotator marked done (the first to do
so). Only labels of the project's schema are kept; if overlaps are allowed
in the project, the longer of two overlapping spans wins (a tagger gives
each character one label)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.domain import Span
from models.errors import InvalidInput
from models.store.connection import read_snapshot

if TYPE_CHECKING:
    from models.store import Project


@dataclass(frozen=True)
class TrainingDoc:
    """One gold document: its text and non-overlapping spans in text order."""

    doc_id: str
    text: str
    spans: tuple[Span, ...]


def gold_documents(project: Project, labels: Iterable[str] | None = None) -> list[TrainingDoc]:
    """Every gold document of the project, in document order, read in one
    snapshot: an edit the window commits meanwhile is either all in or all
    out, never half of the gold of one state and half of another's."""
    with read_snapshot(project.conn):
        keep = set(labels) if labels is not None else set(project.label_names())
        docs = []
        for doc_id, annotator in project.gold_layers():
            text = project.document_text(doc_id)
            spans = [
                Span(a.start, a.end, a.label, a.text)
                for a in project.annotations(doc_id, annotator)
                if a.label in keep
            ]
            docs.append(TrainingDoc(doc_id, text, tuple(without_overlaps(spans))))
    return docs


def require_gold(project: Project, labels: Iterable[str] | None = None) -> list[TrainingDoc]:
    """The gold documents, or InvalidInput when there are none or none has a span."""
    docs = gold_documents(project, labels)
    if not docs:
        raise InvalidInput(
            "the project has no gold to train on: mark documents done (or adjudicate them) first"
        )
    if not any(d.spans for d in docs):
        raise InvalidInput(
            "the project's {n_docs} gold {n_docs:document has|documents have} no spans: nothing to"
            " learn from",
            n_docs=len(docs),
        )
    return docs


def without_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Longest first, then leftmost; the rest dropped. Returned in text order."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, s.label)):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    chosen.sort(key=lambda s: (s.start, s.end))
    return chosen


def data_hash(docs: Sequence[TrainingDoc]) -> str:
    """A digest of the texts and spans a model is trained on."""
    digest = hashlib.sha256()
    for doc in docs:
        record = [
            hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
            [[s.start, s.end, s.label] for s in doc.spans],
        ]
        digest.update(json.dumps(record, separators=(",", ":")).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def label_set(docs: Iterable[TrainingDoc]) -> list[str]:
    """The labels used by the gold, most frequent first."""
    counts = Counter(s.label for d in docs for s in d.spans)
    return [label for label, _ in counts.most_common()]


def gold_terms(
    docs: Iterable[TrainingDoc],
    labels: Iterable[str] | None = None,
    *,
    numeric: bool = False,
) -> dict[str, str]:
    """Every gold surface string with its most frequent label: the gazetteer.
    Unless ``numeric``, strings with a digit are left out: a quantity is
    found by its shape, not by having been seen before."""
    keep = set(labels) if labels is not None else None
    counts: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for s in doc.spans:
            if keep is not None and s.label not in keep:
                continue
            term = doc.text[s.start : s.end]
            if numeric or not any(ch.isdigit() for ch in term):
                counts[(term, s.label)] += 1
    best: dict[str, tuple[int, str]] = {}
    for (term, label), n in counts.items():
        if term not in best or n > best[term][0]:
            best[term] = (n, label)
    return {term: label for term, (_, label) in best.items()}
