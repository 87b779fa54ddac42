"""A conflict the other file holds does not come back offering this
project's own earlier layer (attack2, 6 December 2026).

Two laptops' copies of one project, alice working in both. B merges A and
holds a conflict for a reviewer: A's layer as it was then. Alice goes on in
A (a span added), then A merges B back. ``merge`` brings "unresolved
conflicts recorded in the other file" along, unless the layer here is
already what the conflict offers; here it was not (alice had added a span
since), so A gained a second conflict, listed as "N incoming spans from
B.biaozhu", whose spans were A's own layer before alice's new span. A
reviewer who kept "theirs" on it (it names B) took alice's later span out
of her layer, believing it was B's work. The same after a reviewer settled
the conflict in A (kept B's layer): merging B back raised it again, offering
the very layer the reviewer had just set aside.

A conflict of the other file now comes along only when the layer it offers
is one this project's layer never held: one it held, it has seen, and what
was done with it since (an edit, a reviewer's choice) stands.

Tried and held (no change): a project merged into itself (refused in one
line), the same file named twice (tests/test_audit4_merge_named_twice.py), a
project of another corpus with the same document ids and other texts (each
comes in under a new id, a note naming it, verify ok), merging back and
forth four times with a settled conflict between (verify ok on both files
after each, every span of both sides in one layer or an open conflict)."""

from __future__ import annotations

from models import Project
from models.review.conflicts import conflicts, resolve_conflict
from models.review.merge import merge_project
from tests.conftest import copy_project, news_train_article


def keys(spans) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in spans}


def incoming(c) -> set[tuple[int, int, str]]:
    return {(s["start"], s["end"], s["label"]) for s in c.spans}


def merge(into, other) -> None:
    with Project.open(into, annotator="alice") as p:
        merge_project(p, other)


def two_laptops(tmp_path):
    """A and its copy B, alice changing the same layer in both: A relabels
    her first span, B removes it and adds another. B then merges A and
    holds a conflict offering A's layer."""
    row = news_train_article()
    spans = sorted(row["spans"], key=lambda s: s["start"])
    a, b = tmp_path / "a.biaozhu", tmp_path / "b.biaozhu"
    with Project.create(a, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        for s in spans[:3]:
            p.add_span(doc, s["start"], s["end"], s["label"], annotator="alice")
    copy_project(a, b)
    with Project.open(a, annotator="alice") as p:
        first = p.annotations(doc, "alice")[0]
        p.relabel_span(first.id, "POLICY" if first.label != "POLICY" else "METRIC")
    with Project.open(b, annotator="alice") as p:
        p.remove_span(p.annotations(doc, "alice")[0].id)
        s = spans[4]
        p.add_span(doc, s["start"], s["end"], s["label"])
    merge(b, a)
    with Project.open(b, annotator="alice") as p:
        (held,) = conflicts(p)
    return a, b, doc, spans, held


def test_a_conflict_offering_this_projects_earlier_layer_does_not_come_back(tmp_path):
    a, b, doc, spans, held = two_laptops(tmp_path)
    with Project.open(a, annotator="alice") as p:
        before_more = keys(p.annotations(doc, "alice"))
        assert incoming(held) == before_more  # B's conflict offers A's layer as it was
        s = spans[6]
        p.add_span(doc, s["start"], s["end"], s["label"])  # alice goes on in A
        mine = keys(p.annotations(doc, "alice"))
    with Project.open(b, annotator="alice") as p:
        theirs = keys(p.annotations(doc, "alice"))
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        offered = [incoming(c) for c in conflicts(p)]
        assert keys(p.annotations(doc, "alice")) == mine
        # B's layer is offered, against alice's here; A's own earlier layer is not
        assert offered == [theirs]
        assert before_more not in offered
        assert p.verify().ok


def test_a_conflict_settled_here_is_not_raised_again_by_merging_back(tmp_path):
    a, b, doc, _spans, _held = two_laptops(tmp_path)
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        (c,) = conflicts(p)
        resolve_conflict(p, c.id, "theirs", who="alice")  # B's layer kept
        settled = keys(p.annotations(doc, "alice"))
    with Project.open(b, annotator="alice") as p:
        assert keys(p.annotations(doc, "alice")) == settled
    merge(b, a)
    merge(a, b)
    with Project.open(a, annotator="alice") as p:
        assert conflicts(p) == []
        assert keys(p.annotations(doc, "alice")) == settled
        assert p.verify().ok
