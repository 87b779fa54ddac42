"""Agreement measures annotators who worked independently. A reviewer's layer
of a document they adjudicated is built from the two layers compared, so
counting it as a third annotator lifted alpha and added pairs that agree by
construction (alice and bob at 0.805 became 0.821 with rita's adjudicated
layer). It is left out, unless the reviewer is named with --annotators."""

from __future__ import annotations

from desktop.cli import main
from models import Project
from models.review.adjudicate import Adjudication
from models.review.agreement import agreement_report
from models.review.compare import LayerRef

TEXT = "比亚迪抚州基地投产,江西铜博科技有限公司扩产,营收932.4亿元。"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def adjudicated(path):
    with Project.create(path, annotator="lead") as p:
        doc, _ = p.add_document(TEXT)
        for who in ("alice", "bob"):
            p.add_span(doc, *at("932.4亿元"), "METRIC", annotator=who)
        p.add_span(doc, *at("比亚迪"), "COMPANY", annotator="alice")
        p.add_span(doc, *at("江西铜博科技有限公司"), "COMPANY", annotator="bob")
        for who in ("alice", "bob"):
            p.set_status(doc, "done", annotator=who)
        p.set_role("rita", "reviewer")
        adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
        adj.accept_agreements()
        for difference in adj.differences:
            if adj.state(difference) is None:
                adj.choose(difference, "left")
        assert p.status(doc, "rita") == "done"
    return path


def test_a_reviewers_adjudicated_layer_is_no_annotator_of_the_agreement(tmp_path):
    path = adjudicated(tmp_path / "p.biaozhu")
    with Project.open(path, annotator="lead") as p:
        report = agreement_report(p)
    assert [(pair["a"], pair["b"]) for pair in report["pairs"]] == [("alice", "bob")]
    assert report["alpha"]["annotators"] == ["alice", "bob"]
    assert [a["name"] for a in report["annotators"]] == ["alice", "bob"]


def test_naming_the_reviewer_compares_their_layer_too(tmp_path):
    path = adjudicated(tmp_path / "p.biaozhu")
    with Project.open(path, annotator="lead") as p:
        report = agreement_report(p, annotators=["alice", "rita"])
    assert [(pair["a"], pair["b"]) for pair in report["pairs"]] == [("alice", "rita")]
    assert report["pairs"][0]["overall"]["exact_f1"] == 1.0


def test_the_cli_says_which_layers_it_left_out(tmp_path, capsys):
    path = adjudicated(tmp_path / "p.biaozhu")
    assert main(["agreement", str(path)]) == 0
    out = capsys.readouterr().out
    assert "left out: rita's layer of 1 document, made by adjudicating" in out
