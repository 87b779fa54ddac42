"""Active learning: which document to annotate next.

The documents an annotator has still to do (status other than done) are
ordered by how unsure the suggesters are about them, most unsure first, so
each finished document teaches the model the most.

A document's uncertainty comes from the calibrated probabilities of its
candidates (``SuggestPipeline.analyse``): a candidate at 0.5 is a coin
toss, one at 0 or 1 is settled, so each counts 1 − |2p − 1|; the
document's score is the mean over its most doubtful candidates (the top
``TOP_SHARE`` of them, at least ``TOP_MIN``), so a long article with one
doubtful passage is not drowned by its easy text. A suggester without
probabilities (the rules alone) is read by its suggestions' scores: the
mean of (1 − score)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.errors import Message
from models.progress import Cancelled, NoProgress, Progress
from models.suggest.base import Suggester

if TYPE_CHECKING:
    from models.store import Project

TOP_SHARE = 0.05
TOP_MIN = 10


@dataclass(frozen=True)
class RankedDocument:
    doc_id: str
    uncertainty: float  # 0 (sure) .. 1 (unsure)
    suggestions: int
    least_confident: float | None  # the lowest score of a suggested span, None if none


def todo_documents(project: Project, annotator: str | None = None) -> list[str]:
    """The documents ``annotator`` has not marked done, in project order."""
    who = annotator or project.annotator
    rows = project.conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN doc_status s"
        " ON s.doc_id = d.id AND s.annotator = ?"
        " WHERE coalesce(s.status, 'todo') != 'done' ORDER BY d.rowid",
        (who,),
    )
    return [r[0] for r in rows]


def text_uncertainty(text: str, suggester: Suggester) -> tuple[float, int, float | None]:
    """(uncertainty, number of suggestions, lowest suggestion score) of one text."""
    analyse = getattr(suggester, "analyse", None)
    if analyse is not None:
        suggestions, probabilities = analyse(text)
        doubts = [1.0 - abs(2.0 * p - 1.0) for p in probabilities]
        if doubts:
            k = max(TOP_MIN, math.ceil(len(doubts) * TOP_SHARE))
            top = heapq.nlargest(min(k, len(doubts)), doubts)
            value = sum(top) / len(top)
        else:
            value = 0.0
    else:
        suggestions = suggester.suggest(text)
        value = sum(1.0 - s.score for s in suggestions) / len(suggestions) if suggestions else 0.0
    lowest = min((s.score for s in suggestions), default=None)
    return max(0.0, min(1.0, value)), len(suggestions), lowest


def rank_todo(
    project: Project,
    annotator: str | None = None,
    *,
    suggester: Suggester | None = None,
    doc_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> list[RankedDocument]:
    """The to-do documents of ``annotator``, most unsure first (ties: project order).

    ``suggester`` defaults to the project's own (``project_ensemble``)."""
    progress = progress or NoProgress()
    if suggester is None:
        suggester = default_suggester(project)
    todo = todo_documents(project, annotator)
    if doc_ids is not None:
        wanted = set(doc_ids)
        todo = [d for d in todo if d in wanted]
    ranked = []
    progress.start(len(todo), Message("ranking"))
    try:
        for doc_id in todo:
            if progress.cancelled():
                raise Cancelled()
            value, count, lowest = text_uncertainty(project.document_text(doc_id), suggester)
            ranked.append(RankedDocument(doc_id, round(value, 6), count, lowest))
            progress.advance(1, doc_id)
    finally:
        progress.finish()
    order = {doc_id: i for i, doc_id in enumerate(todo)}
    ranked.sort(key=lambda r: (-r.uncertainty, order[r.doc_id]))
    return ranked


def default_suggester(project: Project) -> Suggester:
    from models.suggest.project import project_ensemble

    return project_ensemble(project)
