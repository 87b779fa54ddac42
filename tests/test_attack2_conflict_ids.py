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
conflict of that number is not the one shown. (Since review4 a restore's
event records the numbers given and a merge goes past them: here the
restore is one an older Biaozhu made, ``older_restore``;
tests/test_review4_conflict_numbers.py.)"""

from __future__ import annotations

import pytest

from models import Project
from models.errors import InvalidInput
from models.review.conflicts import conflict, resolve_conflict
from tests.test_review_fixtures import a_conflict_before_a_restore, give_the_number_again


def keys(p, doc, who) -> list[tuple[int, int, str]]:
    return sorted((a.start, a.end, a.label) for a in p.annotations(doc, who))


@pytest.fixture()
def scene(tmp_path):
    """Conflict 1 raised by a merge (bob's layer of the first article), read
    by a reviewer; then another window restores a backup from before that
    merge and merges a file that raises another conflict 1 (carol's layer
    of the second article)."""
    scene = a_conflict_before_a_restore(tmp_path, "lead")
    with Project.open(scene.path, annotator="lead") as p:
        shown = conflict(p, scene.cid)
    (again,) = give_the_number_again(scene, "lead", older_restore=True)  # in another window
    assert again == scene.cid
    return scene.path, shown, scene.first, scene.second


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
