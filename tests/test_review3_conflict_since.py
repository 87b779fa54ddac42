"""Comparing an annotator's layer with a merge conflict of that layer shows
the conflict as it was raised; what the annotator did since is marked as
such, not as a disagreement of the conflict (review3, 7 December 2026).

Keeping the incoming side replaces only what the conflict was about: the
difference between the layer as it stood when the merge raised the conflict
and the incoming spans (tests/test_conflicts_keep_theirs.py). The review
window compared the layer as it is now with the incoming spans, so a span
the annotator added after the merge showed as "only left" (a disagreement
that taking the incoming spans would settle by removing it, when it keeps
it), and a span both sides had that she removed since showed as "only
right" (as if taking the incoming spans brought it back, when it stays
out). The core's comparison now names those two places "added since" and
"removed since"; every other difference is the conflict's own."""

from __future__ import annotations

from models import Project
from models.review.adjudicate import Adjudication
from models.review.compare import ADDED_SINCE, CHANGED_SINCE, REMOVED_SINCE, LayerRef
from models.review.conflicts import conflict, conflict_since, resolve_conflict
from tests.test_conflicts_keep_theirs import find, key, keys, scene  # noqa: F401


def kinds(adj: Adjudication) -> dict[tuple[int, int, str], str]:
    return {s.key: d.kind for d in adj.differences for s in d.spans}


def go_on_working(a, doc, spans) -> None:
    """alice adds s8 and takes out s3 (a span both sides had) after the merge."""
    with Project.open(a, annotator="alice") as p:
        s = spans[8]
        p.add_span(doc, s["start"], s["end"], s["label"])
        p.remove_span(find(p, doc, spans[3]).id)


def test_work_done_since_is_marked_as_such(scene):  # noqa: F811
    a, doc, spans, cid = scene
    go_on_working(a, doc, spans)
    with Project.open(a, annotator="lead") as p:
        adj = Adjudication(
            p, doc, "lead", LayerRef.annotator("alice"), LayerRef("conflict", str(cid))
        )
        got = kinds(adj)
        assert got[key(spans[8])] == ADDED_SINCE  # was "left"
        assert got[key(spans[3])] == REMOVED_SINCE  # was "right"
        # the conflict's own differences, as it was raised
        assert got[key(spans[1])] == "left"
        assert {got[key(spans[i])] for i in (0, 5, 6)} == {"right"}
        assert {got[key(spans[i])] for i in (2, 4)} == {"same"}
        # the sides are the layers as they are: s8 is alice's, s3 the incoming side's
        (d8,) = [d for d in adj.differences if d.kind == ADDED_SINCE]
        assert [s.key for s in d8.left] == [key(spans[8])] and d8.right == ()
        (d3,) = [d for d in adj.differences if d.kind == REMOVED_SINCE]
        assert d3.left == () and [s.key for s in d3.right] == [key(spans[3])]
        # and counted apart from the differences to settle
        c = adj.counts()
        assert c["since"] == 2
        assert c["to_settle"] == 6  # s1 only left; s0, s5, s6 only right; and those two

        # the other way round, the conflict on the left
        adj = Adjudication(
            p, doc, "lead", LayerRef("conflict", str(cid)), LayerRef.annotator("alice")
        )
        got = kinds(adj)
        assert got[key(spans[8])] == ADDED_SINCE
        assert got[key(spans[3])] == REMOVED_SINCE
        assert got[key(spans[1])] == "right"

        since = conflict_since(p, conflict(p, cid))
        assert [s.key for s in since.added] == [key(spans[8])]
        assert [s.key for s in since.removed] == [key(spans[3])]

        # what the window now shows is what taking the incoming spans does
        c = conflict(p, cid)
        resolve_conflict(p, cid, "theirs", who="lead", doc_id=doc, seen=c.layer())
        want = {key(s) for s in (spans[0], spans[2], spans[4], spans[5], spans[6], spans[8])}
        assert keys(p, doc) == want


def test_with_nothing_done_since_nothing_is_marked(scene):  # noqa: F811
    a, doc, _spans, cid = scene
    with Project.open(a, annotator="lead") as p:
        adj = Adjudication(
            p, doc, "lead", LayerRef.annotator("alice"), LayerRef("conflict", str(cid))
        )
        assert not {ADDED_SINCE, REMOVED_SINCE} & {d.kind for d in adj.differences}
        assert adj.counts()["since"] == 0
        since = conflict_since(p, conflict(p, cid))
        assert since.added == [] and since.removed == []


def test_another_annotators_layer_is_compared_as_it_is(scene):  # noqa: F811
    """bob's layer against alice's conflict: no "since" about bob's work."""
    a, doc, spans, cid = scene
    go_on_working(a, doc, spans)
    with Project.open(a, annotator="bob") as p:
        s = spans[8]
        p.add_span(doc, s["start"], s["end"], s["label"])
    with Project.open(a, annotator="lead") as p:
        adj = Adjudication(
            p, doc, "lead", LayerRef.annotator("bob"), LayerRef("conflict", str(cid))
        )
        assert not {ADDED_SINCE, REMOVED_SINCE} & {d.kind for d in adj.differences}


def test_a_span_both_sides_had_relabelled_since_is_changed_since(scene):  # noqa: F811
    """alice relabels s2 after the merge: "other label" against the incoming
    s2 was the conflict's in the window, and taking the incoming spans keeps
    her relabelled span."""
    a, doc, spans, cid = scene
    other = "METRIC" if spans[2]["label"] != "METRIC" else "COMPANY"
    with Project.open(a, annotator="alice") as p:
        p.relabel_span(find(p, doc, spans[2]).id, other)
    relabelled = (spans[2]["start"], spans[2]["end"], other)
    with Project.open(a, annotator="lead") as p:
        adj = Adjudication(
            p, doc, "lead", LayerRef.annotator("alice"), LayerRef("conflict", str(cid))
        )
        (d,) = [d for d in adj.differences if key(spans[2]) in {s.key for s in d.right}]
        assert d.kind == CHANGED_SINCE  # was "label"
        assert [s.key for s in d.left] == [relabelled]
        resolve_conflict(p, cid, "theirs", who="lead")
        assert relabelled in keys(p, doc) and key(spans[2]) not in keys(p, doc)
        assert p.verify().ok
