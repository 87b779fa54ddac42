"""A redo of an undo that withdrew an offer of its own (Shift+O's, where the
name was offered at places nothing suggested) is not taken for another
program's change: the suggestions the offer made left the file with that
very step's withdrawal. The same suggestions taken away by another write
still are."""

from __future__ import annotations

from models import Project
from models.learn import occurrences
from models.store import bulk
from models.store.undo import UndoStep

NAME = "国家能源集团"
TEXT = f"{NAME}投资建设的项目开工。据悉，{NAME}今年将加大投入。"
TOKEN = "shift-o"


def accepted(tmp_path):
    """Shift+O's step as the window writes it: the name accepted at every
    place, both offered there first (nothing suggested it)."""
    p = Project.create(tmp_path / "p.biaozhu", annotator="ann")
    p.add_document(TEXT, doc_id="d")
    step = UndoStep()
    with p.undo_step(step, own=set()):
        done = occurrences.accept_everywhere(p, NAME, "COMPANY", "ann", TOKEN)
    assert len(done.accepted) == 2
    return p, step, [sid for sid, _a in done.accepted]


def test_the_steps_own_withdrawal_is_no_change_meanwhile(tmp_path):
    p, step, sids = accepted(tmp_path)
    own = {e.id for e in step.events}
    undo = UndoStep()  # its undo: the decisions undone, the offer withdrawn
    with p.undo_step(undo, undoing=[step], own=own):
        bulk.undo_decisions(p, sids, annotator="ann")
        bulk.withdraw_offer(p, TOKEN)
    assert p.suggestions("d", "ann") == []  # the offer's suggestions left the file
    assert undo.removed == set(sids)
    assert not p.changed_meanwhile([undo], own | {e.id for e in undo.events})
    assert p.verify().ok
    p.close()


def test_a_withdrawal_another_write_made_still_is(tmp_path):
    p, step, sids = accepted(tmp_path)
    own = {e.id for e in step.events}
    undo = UndoStep()  # an undo that left the offer standing
    with p.undo_step(undo, undoing=[step], own=own):
        bulk.undo_decisions(p, sids, annotator="ann")
    own |= {e.id for e in undo.events}
    bulk.withdraw_offer(p, TOKEN)  # then another write took the suggestions away
    assert p.suggestions("d", "ann") == []
    assert p.changed_meanwhile([undo], own)
    p.close()
