"""Review → Compare & adjudicate on a merge conflict, left open while
another window restores a backup and merges again, which gives the
conflict's number to another conflict: "Take incoming" is refused in words
and changes nothing, instead of taking the other conflict's spans into
another annotator's layer unseen (the core's side:
tests/test_attack2_conflict_ids.py)."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from models import Project
from models.review.conflicts import conflict
from models.review.merge import merge_project
from models.store.backup import make_backup, restore_backup
from tests.test_review_fixtures import build_two_annotators, load_seeds


def layer(path, doc, who) -> list[tuple[int, int, str]]:
    with Project.open(path, annotator="rita") as p:
        return sorted((a.start, a.end, a.label) for a in p.annotations(doc, who))


def test_take_incoming_on_a_number_given_again_is_refused(qtbot, tmp_path):
    from desktop.gui.review.review_view import ReviewView

    path = tmp_path / "r.biaozhu"
    project, docs = build_two_annotators(path, load_seeds()[:2])
    project.set_role("rita", "reviewer")
    project.close()
    first, second = docs[0]["id"], docs[1]["id"]
    shutil.copy(path, tmp_path / "bob.biaozhu")
    shutil.copy(path, tmp_path / "carol.biaozhu")
    with Project.open(tmp_path / "bob.biaozhu") as o:
        o.remove_span(o.annotations(first, "bob")[0].id, annotator="bob")
    with Project.open(tmp_path / "carol.biaozhu") as o:
        span = o.annotations(second, "gold")[0]
        o.add_span(second, span.start, span.end, span.label, annotator="carol")
    with Project.open(path, annotator="rita") as p:
        backup = make_backup(p)
        p.remove_span(p.annotations(first, "bob")[-1].id, annotator="bob")
        (cid,) = merge_project(p, tmp_path / "bob.biaozhu").conflicts
    view = ReviewView(str(path), "rita", first)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_layers("bob", f"@conflict:{cid}")
    assert view.take_theirs.isVisibleTo(view)
    with Project.open(path, annotator="rita") as other:  # another window
        restore_backup(other, backup)
        other.add_span(second, span.start, span.end, "POLICY", annotator="carol")
        assert merge_project(other, tmp_path / "carol.biaozhu").conflicts == [cid]
    bob, carol = layer(path, first, "bob"), layer(path, second, "carol")
    view.take_theirs.click()
    QApplication.processEvents()
    assert "no longer the one shown" in view.message.text(), view.message.text()
    assert (layer(path, first, "bob"), layer(path, second, "carol")) == (bob, carol)
    with Project.open(path, annotator="rita") as p:
        assert not conflict(p, cid).resolved
        assert p.verify().ok
    view.close()
