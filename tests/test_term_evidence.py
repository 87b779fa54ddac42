"""What a project's curators said of a name in documents not finished yet
(models/learn/evidence.py: ``project_term_evidence``), on the sample article
the app ships: a span of the name they made counts for it, and one they made
and took away again (Del) counts against it, as a Del'd accepted suggestion
counts against its source; an accept undone (Ctrl+Z) says nothing."""

from __future__ import annotations

from pathlib import Path

from models.learn.evidence import offered_terms, project_term_evidence
from models.suggest.project import project_ensemble, suggest_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
ARTICLE = (SAMPLE / "01_qingxi_new_energy.txt").read_text("utf-8").strip()
NAME = "青溪锂能"


def counts(project) -> tuple[int, int]:
    evidence = project_term_evidence(project).get(NAME)
    return (evidence.accepted, evidence.rejected) if evidence else (0, 0)


def named(project, doc_id: str) -> list:
    return [s for s in project.suggestions(doc_id) if s.text == NAME]


def test_a_name_made_and_removed_in_an_unfinished_document_counts_against_it(project):
    project.add_document(ARTICLE, doc_id="a")
    suggest_project(project)
    first, second = named(project, "a")
    project.accept_suggestion(first.id)
    project.accept_suggestion(second.id)
    assert counts(project) == (2, 0)
    project.undo_decision(second.id)  # Ctrl+Z: the suggestion is pending again
    assert counts(project) == (1, 0)
    span = project.accept_suggestion(second.id)
    project.remove_span(span.id)  # Del: not this name here
    assert counts(project) == (1, 1)
    again = project.add_span("a", second.start, second.end, "COMPANY")  # drawn there again
    assert counts(project) == (2, 0)
    project.remove_span(again.id)
    project.restore_span(again)  # the Del undone
    assert counts(project) == (2, 0)


def test_a_name_removed_where_it_was_accepted_stops_being_offered(project):
    """Accepted once and taken away at two other places, the name is more
    often wrong than right in this project, and the lexicon stops offering it."""
    project.add_document(ARTICLE, doc_id="a")
    paragraph = next(p for p in ARTICLE.splitlines() if p.startswith("链主企业"))
    project.add_document(paragraph, doc_id="p")
    suggest_project(project)
    first, second = named(project, "a")
    project.accept_suggestion(first.id)
    assert NAME in offered_terms(project_term_evidence(project))
    project.remove_span(project.accept_suggestion(second.id).id)
    start = paragraph.index(NAME)  # not suggested there: drawn, then removed
    project.remove_span(project.add_span("p", start, start + len(NAME), "COMPANY").id)
    assert counts(project) == (1, 2)
    assert NAME not in offered_terms(project_term_evidence(project))
    offered = project_ensemble(project).suggest(f"{NAME}与恒纬科技签署协议。")
    assert all("lexicon" not in s.attrs.get("sources", []) for s in offered)


def test_a_name_given_another_label_counts_against_it_under_the_first(project):
    """Accepted as another label (a label key on the suggestion) or relabelled
    after its accept, the name was wrong there under the label it was shown
    with, as the suggestion was for its source."""
    project.add_document(ARTICLE, doc_id="a")
    paragraph = next(p for p in ARTICLE.splitlines() if p.startswith("链主企业"))
    project.add_document(paragraph, doc_id="p")
    suggest_project(project)
    first, second = named(project, "a")
    project.accept_suggestion(first.id)
    start = paragraph.index(NAME)
    project.add_span("p", start, start + len(NAME), "COMPANY")
    span = project.accept_suggestion(second.id)
    assert counts(project) == (3, 0)
    project.relabel_span(span.id, "POLICY")
    assert counts(project) == (2, 1)
    project.relabel_span(span.id, "COMPANY")  # Ctrl+Z: the relabel undone
    project.undo_decision(second.id)  # Ctrl+Z: the accept undone, pending again
    assert counts(project) == (2, 0)
    project.accept_suggestion(second.id, "POLICY")
    assert counts(project) == (2, 1)
