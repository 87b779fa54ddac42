"""The project's record with each candidate source (models/learn/evidence.py),
on the sample articles the app ships: an accepted suggestion whose span a
curator removed counts against its source."""

from __future__ import annotations

from pathlib import Path

from models.learn.evidence import SourceEvidence, project_source_evidence
from models.suggest.project import suggest_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
ARTICLES = sorted(SAMPLE.glob("*.txt"))


def article(n: int) -> str:
    return ARTICLES[n].read_text("utf-8").strip()


def metric(project, doc_id: str) -> list:
    return [s for s in project.suggestions(doc_id) if s.label == "METRIC"]


def record(project, doc_id: str) -> SourceEvidence:
    version = project.suggestions(doc_id)[0].version.partition("+")[0]
    return project_source_evidence(project, version)[("metric", "METRIC")]


def test_an_accepted_suggestion_whose_span_was_removed_counts_against_its_source(project):
    project.add_document(article(2), doc_id="d")
    suggest_project(project)
    first, second = metric(project, "d")[:2]
    project.accept_suggestion(first.id)
    span = project.accept_suggestion(second.id)
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
    project.remove_span(span.id)  # Del: the curator says the span was wrong
    assert (record(project, "d").accepted, record(project, "d").rejected) == (1, 1)
    assert record(project, "d").shift < 0
    restored = project.add_span("d", second.start, second.end, "METRIC")  # drawn again
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
    project.remove_span(restored.id)
    project.restore_span(restored)  # undoing the removal
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
