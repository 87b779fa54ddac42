"""An undo of a step another program changed since is refused in words,
before anything is written, whether the undo is checked and written under
one lock (a key's) or checked before a bulk undo's own short transactions;
a step nobody else touched is undone as before."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.store import project as project_module
from models.store.undo import ChangedMeanwhile, UndoStep

TEXT = "园区全年实现工业营收932.4亿元,同比增长13.7%。"


def made(tmp_path):
    path = tmp_path / "p.biaozhu"
    p = Project.create(path, annotator="ann")
    p.add_document(TEXT, doc_id="d")
    start = TEXT.index("932.4亿元")
    p.store_suggestions(
        "d", [Suggestion(start, start + 7, "METRIC", "932.4亿元", 0.9, "rules", "1", {})]
    )
    (sugg,) = p.suggestions("d", "ann")
    step = UndoStep()
    with p.undo_step(step, own=set()):
        p.accept_suggestion(sugg.id)
    own = {e.id for e in step.events}
    return path, p, sugg.id, step, own


@pytest.mark.parametrize("atomic", [64, 0])
def test_an_undo_over_another_programs_change_is_refused(tmp_path, monkeypatch, atomic):
    monkeypatch.setattr(project_module, "ATOMIC_UNDO_EVENTS", atomic)
    path, p, sid, step, own = made(tmp_path)
    with Project.open(path, annotator="ann") as other:
        (gold,) = other.annotations("d", "ann")
        other.relabel_span(gold.id, "COMPANY")
    events = len(p.history())
    with (
        pytest.raises(ChangedMeanwhile) as refused,
        p.undo_step(UndoStep(), undoing=[step], own=own),
    ):
        p.undo_decision(sid)
    assert "another program" in str(refused.value)
    assert len(p.history()) == events
    assert [(a.text, a.label) for a in p.annotations("d", "ann")] == [("932.4亿元", "COMPANY")]
    assert p.verify().ok
    p.close()


@pytest.mark.parametrize("atomic", [64, 0])
def test_an_untouched_step_is_undone(tmp_path, monkeypatch, atomic):
    monkeypatch.setattr(project_module, "ATOMIC_UNDO_EVENTS", atomic)
    path, p, sid, step, own = made(tmp_path)
    with Project.open(path, annotator="ann") as other:  # another program, elsewhere
        other.add_document("另一篇文章。", doc_id="e")
    with p.undo_step(UndoStep(), undoing=[step], own=own):
        p.undo_decision(sid)
    assert p.annotations("d", "ann") == []
    assert p.verify().ok
    p.close()
