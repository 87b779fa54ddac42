"""Keeping "theirs" on a merge conflict replaces only what the conflict was
about; work done on the layer after the conflict was raised stays
(conflicts, 6 December 2026).

A merge raises a conflict when both copies changed one annotator's layer of
a document: the layer here is kept and the incoming layer is held for a
reviewer. Keeping "theirs" replaced the whole layer by the incoming spans,
so a span the annotator added to that document after the merge (she went on
working while the conflict waited) was silently taken out, and a span she
removed since came back. As INCEpTION's curation takes an annotator's
annotation into the curated document one position at a time, leaving the
rest of it alone, "theirs" now takes the difference the conflict showed: the
spans of the layer as it stood when the conflict was raised that the
incoming side lacks go, the incoming spans it lacked come, attributes the
incoming side changed change; everything else (a span added since, one
removed since) stays as the annotator left it. A span the conflict is about
that was changed since (relabelled, resized, removed where the incoming side
changed it) is refused in words, nothing changed: the reviewer keeps "mine"
or edits the layer by hand. The resolved event says what was replaced, what
was taken and which later spans were kept; verify passes after each."""

from __future__ import annotations

import pytest

from models import Project
from models.errors import InvalidInput
from models.review.conflicts import conflict, conflicts, resolve_conflict
from models.review.merge import merge_project
from tests.conftest import copy_project, news_train_article


def keys(p, doc) -> set[tuple[int, int, str]]:
    return {(a.start, a.end, a.label) for a in p.annotations(doc, "alice")}


def key(s) -> tuple[int, int, str]:
    return (s["start"], s["end"], s["label"])


def find(p, doc, s):
    (ann,) = [a for a in p.annotations(doc, "alice") if (a.start, a.end, a.label) == key(s)]
    return ann


@pytest.fixture()
def scene(tmp_path):
    """A and its copy B, alice's layer of one article changed in both: A
    removes her first span, B removes her second and adds two. A merges B
    and holds a conflict: mine {s1..s4}, theirs {s0, s2, s3, s4, s5, s6}."""
    row = news_train_article()
    spans = sorted(row["spans"], key=lambda s: s["start"])
    a, b = tmp_path / "a.biaozhu", tmp_path / "b.biaozhu"
    with Project.create(a, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        for s in spans[:5]:
            p.add_span(doc, s["start"], s["end"], s["label"])
    copy_project(a, b)
    with Project.open(a, annotator="alice") as p:
        p.remove_span(find(p, doc, spans[0]).id)
    with Project.open(b, annotator="alice") as p:
        p.remove_span(find(p, doc, spans[1]).id)
        for s in spans[5:7]:
            p.add_span(doc, s["start"], s["end"], s["label"])
    with Project.open(a, annotator="lead") as p:
        p.set_role("lead", "reviewer")
        (cid,) = merge_project(p, b).conflicts
        assert keys(p, doc) == {key(s) for s in spans[1:5]}
    return a, doc, spans, cid


def test_a_span_added_after_the_conflict_was_raised_stays(scene):
    a, doc, spans, cid = scene
    with Project.open(a, annotator="alice") as p:
        s = spans[8]
        p.add_span(doc, s["start"], s["end"], s["label"])  # alice goes on working
        p.remove_span(find(p, doc, spans[3]).id)  # and takes out a span both sides had
    with Project.open(a, annotator="lead") as p:
        c = conflict(p, cid)
        resolve_conflict(p, cid, "theirs", who="lead", doc_id=c.doc_id, seen=c.layer())
        # the incoming side's s0, s5, s6 come and s1 goes; her s8 stays, her s3 stays out
        want = {key(s) for s in (spans[0], spans[2], spans[4], spans[5], spans[6], spans[8])}
        assert keys(p, doc) == want
        (event,) = p.history(action="merge.conflict_resolved")
        assert event.after["keep"] == "theirs"
        assert [key(r) for r in event.after["replaced"]] == [key(spans[1])]
        assert sorted(key(r) for r in event.after["taken"]) == sorted(
            key(s) for s in (spans[0], spans[5], spans[6])
        )
        assert [key(r) for r in event.after["kept"]] == [key(spans[8])]
        assert conflicts(p) == []
        assert p.verify().ok


def test_with_nothing_done_since_theirs_is_the_incoming_layer(scene):
    a, doc, spans, cid = scene
    with Project.open(a, annotator="lead") as p:
        resolve_conflict(p, cid, "theirs", who="lead")
        want = {key(s) for s in (spans[0], spans[2], spans[3], spans[4], spans[5], spans[6])}
        assert keys(p, doc) == want
        assert p.history(action="merge.conflict_resolved")[0].after["kept"] == []
        assert p.verify().ok


def test_a_span_the_conflict_replaces_changed_since_is_refused_in_words(scene):
    a, doc, spans, cid = scene
    with Project.open(a, annotator="alice") as p:
        other = "METRIC" if spans[1]["label"] != "METRIC" else "COMPANY"
        p.relabel_span(find(p, doc, spans[1]).id, other)  # the span theirs would take out
        before = keys(p, doc)
    with Project.open(a, annotator="lead") as p:
        events = len(p.history())
        with pytest.raises(InvalidInput, match="changed .* since the conflict was raised") as exc:
            resolve_conflict(p, cid, "theirs", who="lead")
        assert "\n" not in str(exc.value)
        assert keys(p, doc) == before
        assert len(p.history()) == events
        assert not conflict(p, cid).resolved
        resolve_conflict(p, cid, "mine", who="lead")  # the way out it names
        assert keys(p, doc) == before
        assert p.verify().ok


def test_a_span_added_since_that_overlaps_an_incoming_one_is_refused_in_words(scene):
    a, doc, spans, cid = scene
    s = spans[5]
    with Project.open(a, annotator="alice") as p:
        # alice marks a longer stretch over the place the incoming s5 is
        p.add_span(doc, s["start"], s["end"] + 1, s["label"])
        before = keys(p, doc)
    with Project.open(a, annotator="lead") as p:
        events = len(p.history())
        with pytest.raises(InvalidInput, match="overlap"):
            resolve_conflict(p, cid, "theirs", who="lead")
        assert keys(p, doc) == before
        assert len(p.history()) == events
        assert p.verify().ok
