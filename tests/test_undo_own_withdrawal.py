"""A redo of an undo that withdrew an offer of its own (Shift+O's, where the
name was offered at places nothing suggested) is not taken for another
program's change: the suggestions the offer made left the file with the
window's own withdrawal. The same suggestions taken away by a write that is
not the window's still are."""

from __future__ import annotations

from models import Project
from models.learn import occurrences
from models.store import bulk
from models.store.undo import UndoStep

NAME = "国家能源集团"
TEXT = f"{NAME}投资建设的项目开工。据悉，{NAME}今年将加大投入。"


def accepted_then_undone(tmp_path):
    """Shift+O's two steps as the window writes them: accept the name at
    every place (both offered there first), then its undo."""
    p = Project.create(tmp_path / "p.biaozhu", annotator="ann")
    p.add_document(TEXT, doc_id="d")
    token = "shift-o"
    accept = UndoStep()
    with p.undo_step(accept, own=set()):
        done = occurrences.accept_everywhere(p, NAME, "COMPANY", "ann", token)
    assert len(done.accepted) == 2
    own = {e.id for e in accept.events}
    undo = UndoStep()
    with p.undo_step(undo, undoing=[accept], own=own):
        bulk.undo_decisions(p, [sid for sid, _a in done.accepted], annotator="ann")
        bulk.withdraw_offer(p, token)
    own |= {e.id for e in undo.events}
    assert p.suggestions("d", "ann") == []  # the offer's suggestions left the file
    return p, undo, own


def test_the_windows_own_withdrawal_is_no_change_meanwhile(tmp_path):
    p, undo, own = accepted_then_undone(tmp_path)
    assert not p.changed_meanwhile([undo], own)
    assert p.verify().ok
    p.close()


def test_a_withdrawal_the_window_did_not_write_still_is(tmp_path):
    p, undo, own = accepted_then_undone(tmp_path)
    (withdrawn,) = [e.id for e in p.history() if e.action == "suggestions.withdrawn"]
    assert p.changed_meanwhile([undo], own - {withdrawn})
    p.close()
