"""``UndoStep.empty``: a write that ended having written nothing (cancelled
before its first part, or in its wait for another program's write lock) is
no undo step; one that accepted a suggestion, or withdrew an offer's, is.
On a real news article and its suggestions."""

from __future__ import annotations

import pytest

from models import Project
from models.progress import Cancelled
from models.store import bulk
from models.store.undo import UndoStep, wrote_nothing
from tests.conftest import news_train_texts

DOC = "t3_cpi_dec_2023"


@pytest.fixture
def project(tmp_path):
    from models.suggest.project import suggest_project

    with Project.create(tmp_path / "news.biaozhu", annotator="tester") as store:
        store.add_document(news_train_texts()[DOC], doc_id=DOC)
        suggest_project(store)
        yield store


def test_a_step_that_wrote_nothing_is_empty(project):
    into = UndoStep()
    with project.undo_step(into):
        pass
    assert into.empty and wrote_nothing([into])


def test_a_step_cancelled_before_its_first_part_is_empty(project):
    into = UndoStep()
    with pytest.raises(Cancelled), project.undo_step(into):
        raise Cancelled()
    assert into.empty
    assert project.verify().ok


def test_a_step_that_accepted_is_not_empty_nor_the_edit(project):
    pending = project.suggestions(DOC, "tester", status="pending")
    nothing, accepted = UndoStep(), UndoStep()
    with project.undo_step(nothing):
        pass
    with project.undo_step(accepted):
        bulk.accept_suggestions(project, DOC, [s.id for s in pending[:3]], annotator="tester")
    assert not accepted.empty
    assert [e.action for e in accepted.events].count("suggestion.accepted") == 3
    assert not wrote_nothing([nothing, accepted])
    # its undo is a step too
    undone = UndoStep()
    with project.undo_step(undone, undoing=[accepted]):
        bulk.undo_decisions(project, [s.id for s in pending[:3]], annotator="tester")
    assert not undone.empty
    assert project.verify().ok
