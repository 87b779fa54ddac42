"""A merge conflict settled by number settles the conflict that was shown
(attack2, 6 December 2026).

A conflict's number is its row in ``merge_conflicts``, which never loses a
row, but a restored backup brings back a table with fewer of them: the next
merge gives the numbers again, to other conflicts. A review window left open
on conflict 1 (bob's layer in one article) across another window's restore
and merge, where conflict 1 now offers carol's spans in another article,
took those spans into carol's layer on "Take incoming", never shown to the
reviewer. ``resolve_conflict`` now takes the document and the spans the
reviewer was shown, and refuses in words, changing nothing, when the
conflict of that number is not the one shown."""

from __future__ import annotations

import shutil

import pytest

from models import Project
from models.errors import InvalidInput
from models.review.conflicts import conflict, resolve_conflict
from models.review.merge import merge_project
from models.store.backup import make_backup, restore_backup
from tests.test_review_fixtures import build_two_annotators, load_seeds


def keys(p, doc, who) -> list[tuple[int, int, str]]:
    return sorted((a.start, a.end, a.label) for a in p.annotations(doc, who))


@pytest.fixture()
def scene(tmp_path):
    """Conflict 1 raised by a merge (bob's layer of the first article), read
    by a reviewer; then another window restores a backup from before that
    merge and merges a file that raises another conflict 1 (carol's layer
    of the second article)."""
    path = tmp_path / "p.biaozhu"
    project, docs = build_two_annotators(path, load_seeds()[:2])
    project.close()
    first, second = docs[0]["id"], docs[1]["id"]
    shutil.copy(path, tmp_path / "bob.biaozhu")
    shutil.copy(path, tmp_path / "carol.biaozhu")
    with Project.open(tmp_path / "bob.biaozhu") as o:
        o.remove_span(o.annotations(first, "bob")[0].id, annotator="bob")
    with Project.open(tmp_path / "carol.biaozhu") as o:
        span = o.annotations(second, "gold")[0]
        o.add_span(second, span.start, span.end, span.label, annotator="carol")
    with Project.open(path, annotator="lead") as p:
        p.set_role("lead", "reviewer")
        backup = make_backup(p)
        p.remove_span(p.annotations(first, "bob")[-1].id, annotator="bob")
        (cid,) = merge_project(p, tmp_path / "bob.biaozhu").conflicts
        shown = conflict(p, cid)
    with Project.open(path, annotator="lead") as other:  # the other window
        restore_backup(other, backup)
        other.add_span(second, span.start, span.end, "POLICY", annotator="carol")
        (again,) = merge_project(other, tmp_path / "carol.biaozhu").conflicts
    assert again == cid
    return path, shown, first, second


def test_a_conflict_number_given_again_is_not_settled_for_the_one_shown(scene):
    path, shown, first, second = scene
    with Project.open(path, annotator="lead") as p:
        before = (keys(p, first, "bob"), keys(p, second, "carol"))
        events = len(p.history())
        with pytest.raises(InvalidInput, match="no longer the one"):
            resolve_conflict(
                p, shown.id, "theirs", who="lead", doc_id=shown.doc_id, seen=shown.layer()
            )
        assert (keys(p, first, "bob"), keys(p, second, "carol")) == before
        assert len(p.history()) == events
        assert not conflict(p, shown.id).resolved
        assert p.verify().ok


def test_the_conflict_shown_is_settled(tmp_path, scene):
    path, _shown, _first, second = scene
    with Project.open(path, annotator="lead") as p:
        now = conflict(p, 1)
        resolve_conflict(p, now.id, "theirs", who="lead", doc_id=now.doc_id, seen=now.layer())
        assert keys(p, second, "carol") == sorted(s.key for s in now.layer())
        assert p.verify().ok
