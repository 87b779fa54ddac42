"""Agreement and adjudication in a project that allows overlapping spans: a
company inside a policy's name is a span of its own, counted once for its
label, and adjudicating keeps both (no span lost, none counted twice)."""

from __future__ import annotations

import json

import pytest

from models import Project
from models.io.export import export_project
from models.review.adjudicate import Adjudication
from models.review.agreement import pair_agreement
from models.review.compare import BOUNDARY, SAME, LayerRef

TEXT = "关于支持比亚迪汽车工业有限公司扩产的若干措施出台,营业收入932.4亿元。"


def at(surface: str, label: str) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return start, start + len(surface), label


POLICY = at("关于支持比亚迪汽车工业有限公司扩产的若干措施", "POLICY")
COMPANY = at("比亚迪汽车工业有限公司", "COMPANY")
SHORT = at("比亚迪", "COMPANY")
METRIC = at("932.4亿元", "METRIC")


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "o.biaozhu", annotator="lead", allow_overlap=True)
    doc, _ = p.add_document(TEXT)
    p.set_role("rita", "reviewer")
    yield p, doc
    p.close()


def add(p: Project, doc: str, who: str, *spans: tuple[int, int, str]) -> None:
    for start, end, label in spans:
        p.add_span(doc, start, end, label, annotator=who)


def keys(p: Project, doc: str, who: str) -> list[tuple[int, int, str]]:
    return sorted((a.start, a.end, a.label) for a in p.annotations(doc, who))


def test_a_span_inside_another_of_another_label_counts_for_its_own_label(project):
    p, doc = project
    add(p, doc, "alice", POLICY, COMPANY, METRIC)
    add(p, doc, "bob", COMPANY, METRIC)  # bob left the policy out, agreed on the company
    figures = pair_agreement(p, "alice", "bob")
    company = figures["labels"]["COMPANY"]
    assert (company["a_spans"], company["b_spans"], company["exact_matches"]) == (1, 1, 1)
    assert company["exact_f1"] == 1.0
    # the company's characters are the company's in both layers, though the
    # policy covers them too in alice's
    assert company["kappa"] == 1.0
    policy = figures["labels"]["POLICY"]
    assert (policy["a_spans"], policy["b_spans"], policy["exact_f1"]) == (1, 0, 0.0)
    overall = figures["overall"]
    assert (overall["a_spans"], overall["b_spans"], overall["exact_matches"]) == (3, 2, 2)


def test_accepting_agreements_keeps_a_span_nested_in_another(project):
    p, doc = project
    add(p, doc, "alice", POLICY, COMPANY, METRIC)
    add(p, doc, "bob", POLICY, COMPANY, METRIC)
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    assert [d.kind for d in adj.differences] == [SAME, SAME, SAME]
    result = adj.accept_agreements()
    assert (result.added, result.removed, result.became_done) == (3, 0, True)
    assert keys(p, doc, "rita") == sorted([POLICY, COMPANY, METRIC])
    assert all(adj.state(d) == "left" for d in adj.differences)


def test_settling_a_nested_difference_leaves_the_span_around_it(project, tmp_path):
    p, doc = project
    add(p, doc, "alice", POLICY, COMPANY, METRIC)
    add(p, doc, "bob", POLICY, SHORT, METRIC)
    adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
    kinds = sorted(d.kind for d in adj.differences)
    assert kinds == sorted([SAME, SAME, BOUNDARY])
    adj.accept_agreements()
    assert keys(p, doc, "rita") == sorted([POLICY, METRIC])
    counts = adj.counts()
    assert (counts["agreements_taken"], counts["to_settle"], counts["to_settle_done"]) == (2, 1, 0)
    (boundary,) = [d for d in adj.differences if d.kind == BOUNDARY]
    result = adj.choose(boundary, "left")
    assert (result.added, result.removed, result.became_done) == (1, 0, True)
    assert keys(p, doc, "rita") == sorted([POLICY, COMPANY, METRIC])
    states = {d.kind: adj.state(d) for d in adj.differences}
    assert states == {SAME: "left", BOUNDARY: "left"}
    # choosing again the other way replaces the company only
    adj.choose(boundary, "right")
    assert keys(p, doc, "rita") == sorted([POLICY, SHORT, METRIC])
    adj.choose(boundary, "left")
    # the gold is the reviewer's layer, whole
    assert dict(p.gold_layers())[doc] == "rita"
    out = tmp_path / "gold.jsonl"
    export_project(p, "jsonl", out)  # the gold, by default
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((s["start"], s["end"], s["label"]) for s in record["spans"]) == sorted(
        [POLICY, COMPANY, METRIC]
    )
    assert p.verify().ok


def test_overlaps_allowed_never_let_one_annotator_hold_the_same_span_twice(project, tmp_path):
    """Overlapping is not duplicating: the same offsets and label twice in one
    layer would count twice in every figure, export and training set."""
    import json as _json

    from models.errors import InvalidInput

    p, doc = project
    add(p, doc, "alice", COMPANY, SHORT)
    with pytest.raises(InvalidInput, match="already gold"):
        p.add_span(doc, *COMPANY, annotator="alice")
    short = next(a for a in p.annotations(doc, "alice") if (a.start, a.end, a.label) == SHORT)
    with pytest.raises(InvalidInput, match="already gold"):
        p.resize_span(short.id, COMPANY[0], COMPANY[1], annotator="alice")
    policy = p.add_span(doc, COMPANY[0], COMPANY[1], "POLICY", annotator="alice")
    with pytest.raises(InvalidInput, match="already gold"):
        p.relabel_span(policy.id, "COMPANY", annotator="alice")
    p.remove_span(policy.id, annotator="alice")
    assert keys(p, doc, "alice") == sorted([COMPANY, SHORT])
    # a labelled file listing a span twice, or one alice holds, is refused whole
    twice = tmp_path / "twice.jsonl"
    twice.write_text(
        _json.dumps(
            {
                "text": TEXT,
                "spans": [dict(zip(("start", "end", "label"), METRIC, strict=True))] * 2,
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    from models.io.importers import ImportOptions, import_paths

    report = import_paths(p, [twice], ImportOptions(annotator="bob"))
    assert len(report.failed) == 1 and "already" in str(report.failed[0])
    assert keys(p, doc, "bob") == []
    assert p.add_span(doc, *SHORT, annotator="bob").text == "比亚迪"  # bob's layer is his own
