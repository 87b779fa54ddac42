"""Comparing two layers and adjudicating them into a reviewer's layer (core, no Qt)."""

from __future__ import annotations

import pytest

from models import InvalidInput, Project, Suggestion
from models.review.adjudicate import Adjudication
from models.review.compare import (
    BOUNDARY,
    LABEL,
    LEFT,
    RIGHT,
    SAME,
    LayerRef,
    LayerSpan,
    available_layers,
    compare_layers,
)
from tests.test_review_fixtures import build_two_annotators, load_seeds

TEXT = "2024年,抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地投产,江西铜博科技有限公司扩产。"


def at(surface: str, label: str, shift: int = 0) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return start + shift, start + len(surface), label


@pytest.fixture
def small(tmp_path):
    p = Project.create(tmp_path / "s.biaozhu", annotator="lead")
    doc, _ = p.add_document(TEXT)
    left = [
        at("932.4亿元", "METRIC"),
        at("13.7%", "METRIC"),
        at("比亚迪", "COMPANY"),
        at("抚州高新区", "POLICY"),
    ]
    right = [
        at("932.4亿元", "METRIC"),
        at("13.7%", "COMPANY"),
        at("比亚迪抚州基地", "COMPANY"),
        at("江西铜博科技有限公司", "COMPANY"),
    ]
    for s, e, lab in left:
        p.add_span(doc, s, e, lab, annotator="alice")
    for s, e, lab in right:
        p.add_span(doc, s, e, lab, annotator="bob")
    p.set_role("rita", "reviewer")
    yield p, doc
    p.close()


def test_differences_have_the_five_kinds():
    s = [LayerSpan(0, 3, "A"), LayerSpan(5, 8, "A"), LayerSpan(10, 14, "A"), LayerSpan(20, 22, "A")]
    o = [LayerSpan(0, 3, "A"), LayerSpan(5, 8, "B"), LayerSpan(11, 16, "A"), LayerSpan(30, 32, "A")]
    kinds = [(d.kind, d.start, d.end) for d in compare_layers(s, o)]
    assert kinds == [
        (SAME, 0, 3),
        (LABEL, 5, 8),
        (BOUNDARY, 10, 16),
        (LEFT, 20, 22),
        (RIGHT, 30, 32),
    ]
    # one span against two on the other side is one boundary difference
    (d,) = compare_layers([LayerSpan(0, 10, "A")], [LayerSpan(0, 4, "A"), LayerSpan(6, 10, "A")])
    assert d.kind == BOUNDARY and len(d.left) == 1 and len(d.right) == 2


def test_choices_write_the_reviewers_layer_and_events(small):
    p, doc = small
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    by_kind = {d.kind: d for d in adj.differences}
    assert set(by_kind) == {SAME, LABEL, BOUNDARY, LEFT, RIGHT}
    assert adj.accept_agreements().added == 1
    adj.choose(by_kind[LABEL], "right")  # 13.7% as COMPANY
    adj.choose(by_kind[BOUNDARY], "left")  # 比亚迪
    adj.choose(by_kind[LEFT], "neither")  # no 抚州高新区
    assert p.status(doc, "rita") == "in_progress"
    result = adj.choose(by_kind[RIGHT], "both")  # 江西铜博科技有限公司
    assert result.became_done and p.status(doc, "rita") == "done"
    got = sorted((a.start, a.end, a.label) for a in p.annotations(doc, "rita"))
    assert got == sorted(
        [
            at("932.4亿元", "METRIC"),
            at("13.7%", "COMPANY"),
            at("比亚迪", "COMPANY"),
            at("江西铜博科技有限公司", "COMPANY"),
        ]
    )
    assert {a.origin for a in p.annotations(doc, "rita")} == {"adjudicated"}
    assert dict(p.gold_layers())[doc] == "rita"
    events = p.history(doc_id=doc, annotator="rita")
    choices = [e for e in events if e.action == "review.choice"]
    assert [e.after["choice"] for e in choices] == ["right", "left", "neither", "both"]
    added = [e for e in events if e.action == "span.added"]
    assert all(e.after["adjudication"]["from"] in ("alice", "bob") for e in added)
    assert adj.state(by_kind[LEFT]) == "neither"
    # changing one's mind replaces the region
    adj.choose(by_kind[BOUNDARY], "right")
    assert at("比亚迪抚州基地", "COMPANY") in {
        (a.start, a.end, a.label) for a in p.annotations(doc, "rita")
    }
    assert at("比亚迪", "COMPANY") not in {
        (a.start, a.end, a.label) for a in p.annotations(doc, "rita")
    }
    assert p.verify().ok


def test_both_for_overlapping_spans_is_refused_and_nothing_written(small):
    p, doc = small
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    boundary = next(d for d in adj.differences if d.kind == BOUNDARY)
    before = p.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(InvalidInput, match="overlaps"):
        adj.choose(boundary, "both")
    assert p.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert p.annotations(doc, "rita") == []


def test_only_reviewers_adjudicate(small):
    p, doc = small
    adj = Adjudication(p, doc, "alice", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    with pytest.raises(InvalidInput, match="not a reviewer"):
        adj.choose(adj.differences[0], "left")


def test_layers_include_suggestions_and_gold(small):
    p, doc = small
    p.store_suggestions(doc, [Suggestion(*at("13.7%", "METRIC"), "13.7%", 0.9, "rules", "3")])
    refs = [str(ref) for ref, _ in available_layers(p, doc)]
    assert refs[:2] == ["alice", "bob"] and "@suggestions" in refs and "@gold" in refs
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("bob"), LayerRef("suggestions"))
    label = next(d for d in adj.differences if d.kind == LABEL)
    assert label.right[0].source == "rules@3" and label.right[0].score == 0.9
    adj.choose(label, "right")
    (span,) = p.annotations(doc, "rita")
    assert span.suggestion_id == label.right[0].suggestion_id  # provenance kept


def test_adjudicating_the_seeds_to_the_gold(tmp_path):
    project, docs = build_two_annotators(tmp_path / "g.biaozhu", load_seeds()[:1])
    project.set_role("rita", "reviewer")
    doc = docs[0]
    adj = Adjudication(
        project, doc["id"], "rita", LayerRef.annotator("gold"), LayerRef.annotator("bob")
    )
    adj.accept_agreements()
    for d in adj.open_differences():
        adj.choose(d, "left")
    assert adj.all_settled() and project.status(doc["id"], "rita") == "done"
    got = sorted((a.start, a.end, a.label) for a in project.annotations(doc["id"], "rita"))
    assert got == sorted((s["start"], s["end"], s["label"]) for s in doc["spans"])
    project.close()


def test_a_span_taken_from_the_right_layer_names_the_right_layer_and_its_span(small):
    # Both layers hold 932.4亿元: taking it from the right layer (R on the
    # agreement) wrote bob's span id under alice's name in the history.
    p, doc = small
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    (same,) = [d for d in adj.differences if d.kind == SAME]
    (bobs,) = [a for a in p.annotations(doc, "bob") if (a.start, a.end) == (same.start, same.end)]
    adj.choose(same, "right")
    (event,) = [e for e in p.history(doc_id=doc, annotator="rita") if e.action == "span.added"]
    assert event.after["adjudication"]["from"] == "bob"
    assert event.after["adjudication"]["from_span"] == bobs.id
    assert p.verify().ok
