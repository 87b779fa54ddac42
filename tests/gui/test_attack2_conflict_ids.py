"""Review → Compare & adjudicate on a merge conflict, left open while
another window restores a backup and merges again, which gives the
conflict's number to another conflict: "Take incoming" is refused in words
and changes nothing, instead of taking the other conflict's spans into
another annotator's layer unseen (the core's side:
tests/test_attack2_conflict_ids.py). The restore is one an older Biaozhu
made: since review4 a restore and a merge never give a number again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import Project
from models.review.conflicts import conflict
from tests.test_review_fixtures import a_conflict_before_a_restore, give_the_number_again


def layer(path, doc, who) -> list[tuple[int, int, str]]:
    with Project.open(path, annotator="rita") as p:
        return sorted((a.start, a.end, a.label) for a in p.annotations(doc, who))


def test_take_incoming_on_a_number_given_again_is_refused(qtbot, tmp_path):
    from desktop.gui.review.review_view import ReviewView

    scene = a_conflict_before_a_restore(tmp_path, "rita")
    path, cid, first, second = scene.path, scene.cid, scene.first, scene.second
    view = ReviewView(str(path), "rita", first)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_layers("bob", f"@conflict:{cid}")
    assert view.take_theirs.isVisibleTo(view)
    assert give_the_number_again(scene, "rita", older_restore=True) == [cid]  # in another window
    bob, carol = layer(path, first, "bob"), layer(path, second, "carol")
    view.take_theirs.click()
    QApplication.processEvents()
    assert "no longer the one shown" in view.message.text(), view.message.text()
    assert (layer(path, first, "bob"), layer(path, second, "carol")) == (bob, carol)
    with Project.open(path, annotator="rita") as p:
        assert not conflict(p, cid).resolved
        assert p.verify().ok
    view.close()
