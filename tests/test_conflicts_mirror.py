"""A conflict the other copy settled is closed here when the two are merged
again and agree (conflicts, 6 December 2026).

Two laptops' copies of one project, alice changing one layer in both. B
merged A and holds a conflict offering A's layer; A merged B and holds the
mirror of it, offering B's layer. A reviewer settles it in A, taking B's
layer. Merging A into B again left B's conflict open: a reviewer there was
still asked to choose A's old layer, which A's reviewer had set aside, and
keeping "theirs" on it would have undone that choice in both copies at the
next merge. Merging now closes an open conflict whose mirror the other file
settled, when the two layers are the same after the merge (the disagreement
is gone): a merge.conflict_resolved event keeps the layer and names the file
and the conflict that settled it; the merge report says so. Where the
layers still differ (A's reviewer kept A's layer, B's stands), the conflict
stays open for a reviewer: it is still a difference between the copies."""

from __future__ import annotations

from models import Project
from models.review.conflicts import conflict, conflicts, resolve_conflict
from models.review.merge import merge_project
from tests.test_attack2_merge_conflicts_back import keys, merge, two_laptops


def test_a_conflict_the_other_copy_settled_is_closed_when_merged_again(tmp_path):
    a, b, doc, _spans, held = two_laptops(tmp_path)
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        (mirror,) = conflicts(p)
        resolve_conflict(p, mirror.id, "theirs", who="alice")  # B's layer kept
        settled = keys(p.annotations(doc, "alice"))
    with Project.open(b, annotator="bob") as p:
        report = merge_project(p, a)
        assert not conflicts(p), "B's conflict offering A's old layer is still open"
        assert conflict(p, held.id).resolved
        assert keys(p.annotations(doc, "alice")) == settled
        (event,) = [e for e in p.history(action="merge.conflict_resolved") if e.origin_hash is None]
        assert event.target == str(held.id) and event.after["keep"] == "mine"
        assert event.after["settled_in"] == {"file": a.name, "conflict": mirror.id}
        assert held.id in report.conflicts_closed
        assert any("settled" in str(note) for note in report.notes)
        assert p.verify().ok
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        assert conflicts(p) == []
        assert p.verify().ok


def test_a_conflict_stays_open_where_the_layers_still_differ(tmp_path):
    a, b, doc, _spans, held = two_laptops(tmp_path)
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        (mirror,) = conflicts(p)
        resolve_conflict(p, mirror.id, "mine", who="alice")  # A's layer kept
    with Project.open(b, annotator="bob") as p:
        before = keys(p.annotations(doc, "alice"))
        merge_project(p, a)
        assert [c.id for c in conflicts(p)] == [held.id]
        assert keys(p.annotations(doc, "alice")) == before
        assert p.verify().ok
