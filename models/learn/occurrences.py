"""Accept everywhere: a COMPANY or POLICY name accepted once is offered at
every other place it occurs in the project, and can be taken in one step.

Names recur across news articles (the same firm, the same plan), and
curators should not have to find and tag each mention by hand."""

from __future__ import annotations

from models.domain import Annotation, Suggestion
from models.errors import InvalidInput

PROPAGATED_LABELS = ("COMPANY", "POLICY")
SOURCE = "occurrence"
VERSION = "1"
MIN_CHARS = 2


def occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + len(needle))
    return found


def propagate(
    project,
    annotation: Annotation,
    *,
    doc_ids: list[str] | None = None,
    exclude: frozenset[str] = frozenset(),
    touched: set[str] | None = None,
) -> int:
    """Offer the accepted span's other occurrences as suggestions; returns how many.

    ``doc_ids`` limits the search to those documents (the window does the
    open one at once and the rest of the project in the background);
    ``exclude`` skips documents already done; ``touched``, if given, receives
    the ids of the documents that got new suggestions. The documents are read first
    and the suggestions written in one short transaction, so a background
    run holds the write lock only for the writing."""
    if annotation.label not in PROPAGATED_LABELS or len(annotation.text) < MIN_CHARS:
        return 0
    needle = annotation.text
    plan: dict[str, list[Suggestion]] = {}
    for doc_id in project.search(needle) if doc_ids is None else doc_ids:
        if doc_id in exclude:
            continue
        gold = project.annotations(doc_id, annotation.annotator)
        fresh = [
            Suggestion(
                start,
                start + len(needle),
                annotation.label,
                needle,
                0.95,
                SOURCE,
                VERSION,
                {"from_span": annotation.id},
            )
            for start in occurrences(project.document_text(doc_id), needle)
            if not any(g.start < start + len(needle) and start < g.end for g in gold)
        ]
        if fresh:
            plan[doc_id] = fresh
    if not plan:
        return 0
    with project.transaction():
        added = {doc_id: project.add_suggestions(doc_id, fresh) for doc_id, fresh in plan.items()}
    if touched is not None:
        touched.update(doc_id for doc_id, n in added.items() if n)
    return sum(added.values())


def pending_occurrences(project, text: str, label: str, annotator: str | None = None) -> list:
    """Pending suggestions anywhere in the project with exactly this text and label."""
    found = []
    for doc_id in project.search(text):
        found += [
            s
            for s in project.suggestions(doc_id, annotator, status="pending")
            if s.text == text and s.label == label
        ]
    return found


def accept_occurrences(
    project, text: str, label: str, annotator: str | None = None
) -> list[Annotation]:
    """Accept every pending occurrence of a name in one transaction."""
    accepted = []
    with project.transaction():
        for sugg in pending_occurrences(project, text, label, annotator):
            try:
                accepted.append(project.accept_suggestion(sugg.id, annotator=annotator))
            except InvalidInput:
                continue  # overlaps gold the curator already drew there
    return accepted
