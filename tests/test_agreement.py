"""Agreement figures against an independent computation on the seed gold and a
perturbed copy of it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop.cli import main
from models.review.agreement import agreement_report, cohen_kappa, pair_agreement
from tests.test_review_fixtures import build_two_annotators, perturb

LABELS = ["METRIC", "COMPANY", "POLICY"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("agree") / "a.biaozhu"
    project, docs = build_two_annotators(path)
    yield project, docs
    project.close()


# -- the reference: plain sets, loops and a numpy confusion matrix ---------------------------


def spans_of(docs, which):
    """{doc id: [(start, end, label)]} for the gold ("a") or the perturbed copy ("b")."""
    out = {}
    for d in docs:
        items = d["spans"] if which == "a" else perturb(d)
        out[d["id"]] = [(s["start"], s["end"], s["label"]) for s in items]
    return out


def reference_f1(a, b, label=None):
    keep = (lambda s: True) if label is None else (lambda s: s[2] == label)
    exact = na = nb = hit_a = hit_b = 0
    for doc in a:
        sa = [s for s in a[doc] if keep(s)]
        sb = [s for s in b[doc] if keep(s)]
        na, nb = na + len(sa), nb + len(sb)
        exact += len(set(sa) & set(sb))
        for x in sa:
            if any(x[2] == y[2] and x[0] < y[1] and y[0] < x[1] for y in sb):
                hit_a += 1
        for y in sb:
            if any(x[2] == y[2] and x[0] < y[1] and y[0] < x[1] for x in sa):
                hit_b += 1
    exact_f1 = 2 * exact / (na + nb)
    p, r = hit_b / nb, hit_a / na
    overlap_f1 = 2 * p * r / (p + r)
    return exact_f1, overlap_f1


def reference_kappa(a, b, lengths, label=None):
    classes = ["O"] + LABELS
    matrix = np.zeros((len(classes), len(classes)))
    for doc, n in lengths.items():
        ca = np.zeros(n, dtype=int)
        cb = np.zeros(n, dtype=int)
        for arr, spans in ((ca, a[doc]), (cb, b[doc])):
            for s, e, lab in spans:  # spans of one layer do not overlap here
                arr[s:e] = classes.index(lab)
        if label is not None:
            k = classes.index(label)
            ca, cb = (ca == k).astype(int), (cb == k).astype(int)
        np.add.at(matrix, (ca, cb), 1)
    if label is not None:
        matrix = matrix[:2, :2]
    total = matrix.sum()
    po = np.trace(matrix) / total
    pe = (matrix.sum(axis=1) * matrix.sum(axis=0)).sum() / total**2
    return (po - pe) / (1 - pe)


def test_pairwise_figures_match_an_independent_computation(seeded):
    project, docs = seeded
    a, b = spans_of(docs, "a"), spans_of(docs, "b")
    lengths = {d["id"]: len(d["text"]) for d in docs}
    result = pair_agreement(project, "gold", "bob")
    assert result["documents"] == len(docs)
    assert result["characters"] == sum(lengths.values())
    for label in LABELS:
        got = result["labels"][label]
        exact_f1, overlap_f1 = reference_f1(a, b, label)
        assert got["a_spans"] == sum(1 for d in a.values() for s in d if s[2] == label)
        assert got["exact_f1"] == pytest.approx(exact_f1, abs=1e-6)
        assert got["overlap_f1"] == pytest.approx(overlap_f1, abs=1e-6)
        assert got["kappa"] == pytest.approx(reference_kappa(a, b, lengths, label), abs=1e-6)
    exact_f1, overlap_f1 = reference_f1(a, b)
    assert result["overall"]["exact_f1"] == pytest.approx(exact_f1, abs=1e-6)
    assert result["overall"]["overlap_f1"] == pytest.approx(overlap_f1, abs=1e-6)
    assert result["overall"]["kappa"] == pytest.approx(reference_kappa(a, b, lengths), abs=1e-6)
    # the perturbation is real but moderate
    assert 0.3 < result["overall"]["exact_f1"] < 0.95
    assert result["overall"]["overlap_f1"] > result["overall"]["exact_f1"]


def test_per_document_figures(seeded):
    project, docs = seeded
    doc = docs[2]
    a, b = spans_of([doc], "a"), spans_of([doc], "b")
    result = pair_agreement(project, "gold", "bob", [doc["id"]])
    assert result["documents"] == 1
    by_doc = result["by_document"][doc["id"]]
    assert by_doc["overall"] == result["overall"]
    assert by_doc["overall"]["exact_f1"] == pytest.approx(reference_f1(a, b)[0], abs=1e-6)
    assert by_doc["overall"]["kappa"] == pytest.approx(
        reference_kappa(a, b, {doc["id"]: len(doc["text"])}), abs=1e-6
    )


def test_identical_layers_agree_fully_and_undefined_figures_are_none(seeded):
    project, _ = seeded
    same = pair_agreement(project, "gold", "gold")
    assert same["overall"]["exact_f1"] == 1.0
    assert same["overall"]["overlap_f1"] == 1.0
    assert same["overall"]["kappa"] == pytest.approx(1.0)
    from collections import Counter

    assert cohen_kappa(Counter({("O", "O"): 10})) is None
    assert cohen_kappa(Counter()) is None


def test_only_shared_documents_count(tmp_path, seeds_path):
    docs = [json.loads(x) for x in seeds_path.read_text(encoding="utf-8").splitlines()][:2]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    # carol annotates only the first document
    s = docs[0]["spans"][0]
    project.add_span(docs[0]["id"], s["start"], s["end"], s["label"], annotator="carol")
    report = agreement_report(project)
    pairs = {(p["a"], p["b"]): p for p in report["pairs"]}
    assert pairs[("gold", "carol")]["documents"] == 1
    assert pairs[("gold", "bob")]["documents"] == 2
    assert pairs[("gold", "carol")]["labels"][s["label"]]["exact_matches"] == 1
    project.close()


def test_cli_agreement_json_is_one_object(seeded, capsys):
    project, docs = seeded
    assert main(["agreement", str(project.path), "--json"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out)  # exactly one JSON document
    assert report["labels"] == LABELS
    (pair,) = report["pairs"]
    assert {pair["a"], pair["b"]} == {"gold", "bob"}
    assert set(pair["labels"]) == set(LABELS)
    assert set(pair["overall"]) == {
        "a_spans",
        "b_spans",
        "exact_matches",
        "exact_f1",
        "overlap_f1",
        "kappa",
    }
    assert main(["agreement", str(project.path)]) == 0
    text = capsys.readouterr().out
    assert "gold × bob" in text and "METRIC" in text and "kappa" in text
    assert main(["agreement", str(project.path), "--doc", docs[0]["id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pairs"][0]["documents"] == 1
    assert main(["agreement", str(project.path), "--doc", "nope"]) == 1
    assert capsys.readouterr().err.startswith("biaozhu: error: no document")
