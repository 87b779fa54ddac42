"""Krippendorff's alpha (nominal) over every annotator at once, as a reviewer
reads it in `biaozhu agreement` and Review → Agreement: each character of each
document is a unit, each annotator's finished layer gives it a value (the
label, or none), and an unfinished layer is missing there."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from desktop.cli import main
from models import Project
from models.review.agreement import agreement_report, krippendorff_alpha

TEXT = "腾讯营收增长"  # six characters


def three_annotators(path, spans_by_name, *, done=("ann", "ben", "cat")):
    """One document; each annotator's COMPANY spans, their status done when named in ``done``."""
    project = Project.create(path, annotator="lead")
    with project.transaction():
        doc_id, _ = project.add_document(TEXT, doc_id="d1", source="test")
        for name, spans in spans_by_name.items():
            for start, end, label in spans:
                project.add_span(doc_id, start, end, label, annotator=name)
            project.set_status(doc_id, "done" if name in done else "in_progress", annotator=name)
    return project


def test_three_annotators_who_agree_exactly_have_alpha_one(tmp_path):
    same = [(0, 2, "COMPANY"), (2, 4, "METRIC")]
    project = three_annotators(tmp_path / "p.biaozhu", {n: same for n in ("ann", "ben", "cat")})
    alpha = agreement_report(project)["alpha"]
    project.close()
    assert alpha["annotators"] == ["ann", "ben", "cat"]
    assert alpha["units"] == len(TEXT)
    assert alpha["labels"]["COMPANY"] == 1.0
    assert alpha["labels"]["METRIC"] == 1.0
    assert alpha["overall"] == 1.0
    # a label nobody used has no defined figure (every unit is "not it")
    assert alpha["labels"]["POLICY"] is None


def test_one_disagreement_gives_the_hand_computed_alpha(tmp_path):
    """ann and ben mark 腾讯 (0–2) as COMPANY, cat 腾讯营 (0–3).

    Per character, the values (COMPANY = 1, not = 0) of the three annotators:
    腾 111, 讯 111, 营 001, 收 000, 增 000, 长 000; every unit has m = 3 values.
    A unit adds n_c·n_k / (m − 1) to o_ck (c ≠ k) and n_c·(n_c − 1) / (m − 1) to o_cc:

    - 腾, 讯: o_11 += 3·2/2 = 3 each                     → o_11 = 6
    - 收, 增, 长: o_00 += 3 each; 营 (two 0, one 1): o_00 += 2·1/2 = 1 → o_00 = 10
    - 营: o_01 = o_10 = 2·1/2 = 1

    n_1 = 7, n_0 = 11, n = 18. Nominal α = 1 − (n − 1)·(o_01 + o_10) / (2·n_0·n_1)
    = 1 − 17·2 / (2·77) = 1 − 17/77 = 60/77. One label, so the overall figure
    (COMPANY or none) is the same."""
    project = three_annotators(
        tmp_path / "p.biaozhu",
        {"ann": [(0, 2, "COMPANY")], "ben": [(0, 2, "COMPANY")], "cat": [(0, 3, "COMPANY")]},
    )
    alpha = agreement_report(project)["alpha"]
    project.close()
    assert alpha["labels"]["COMPANY"] == pytest.approx(60 / 77, abs=1e-9)
    assert alpha["overall"] == pytest.approx(60 / 77, abs=1e-9)
    assert alpha["units"] == 6 and alpha["documents"] == 1
    # the package everyone cites, on the same data, agrees
    rows = [[1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], [1, 1, 1, 0, 0, 0]]
    expected = krippendorff.alpha(reliability_data=rows, level_of_measurement="nominal")
    assert alpha["labels"]["COMPANY"] == pytest.approx(expected, abs=1e-9)


def test_an_unfinished_layer_is_missing_not_none(tmp_path):
    spans = {"ann": [(0, 2, "COMPANY")], "ben": [(0, 2, "COMPANY")], "cat": [(0, 3, "COMPANY")]}
    before_path, after_path = tmp_path / "before.biaozhu", tmp_path / "after.biaozhu"
    project = three_annotators(before_path, spans)
    before = agreement_report(project)["alpha"]
    project.close()
    # dan has begun the document and marked nothing yet, and eve marked 增长 as COMPANY:
    # both unfinished, so neither counts as "none" nor as a value
    with_unfinished = dict(spans, dan=[], eve=[(4, 6, "COMPANY")])
    project = three_annotators(after_path, with_unfinished, done=("ann", "ben", "cat"))
    after = agreement_report(project)["alpha"]
    # once dan finishes with nothing marked, his "none" everywhere does count
    project.set_status("d1", "done", annotator="dan")
    finished = agreement_report(project)["alpha"]
    project.close()
    assert after == before
    assert after["annotators"] == ["ann", "ben", "cat"]
    assert finished["annotators"] == ["ann", "ben", "cat", "dan"]
    assert finished["labels"]["COMPANY"] < before["labels"]["COMPANY"]


def test_alpha_over_documents_with_missing_layers_matches_the_package(tmp_path):
    """Three documents, not every annotator finished each: the pooled figure
    equals krippendorff.alpha on the whole reliability matrix with NaN for
    the layers that do not count."""
    texts = ["腾讯营收增长", "阿里巴巴发布财报", "央行降准"]
    layers = {
        "ann": {0: [(0, 2, "COMPANY")], 1: [(0, 4, "COMPANY"), (6, 8, "METRIC")], 2: []},
        "ben": {0: [(0, 2, "COMPANY"), (2, 4, "METRIC")], 1: [(0, 4, "COMPANY")]},
        "cat": {1: [(0, 2, "COMPANY")], 2: [(2, 4, "POLICY")]},
    }
    project = Project.create(tmp_path / "p.biaozhu", annotator="lead")
    with project.transaction():
        for i, text in enumerate(texts):
            project.add_document(text, doc_id=f"d{i}", source="test")
        for name, docs in layers.items():
            for i, spans in docs.items():
                for start, end, label in spans:
                    project.add_span(f"d{i}", start, end, label, annotator=name)
                project.set_status(f"d{i}", "done", annotator=name)
    alpha = agreement_report(project)["alpha"]
    restricted = agreement_report(project, doc_ids=["d1"], annotators=["ann", "ben"])["alpha"]
    project.close()
    classes = ["O", "COMPANY", "METRIC", "POLICY"]

    def matrix(label=None, names=("ann", "ben", "cat"), docs=(0, 1, 2)):
        rows = []
        for name in names:
            row = []
            for i in docs:
                if i not in layers[name]:
                    row += [np.nan] * len(texts[i])
                    continue
                values = [0] * len(texts[i])
                for start, end, lab in layers[name][i]:
                    for c in range(start, end):
                        values[c] = (lab == label) if label else classes.index(lab)
                row += [float(v) for v in values]
            rows.append(row)
        return rows

    for label in ("COMPANY", "METRIC", "POLICY"):
        expected = krippendorff.alpha(
            reliability_data=matrix(label), level_of_measurement="nominal"
        )
        assert alpha["labels"][label] == pytest.approx(expected, abs=1e-9), label
    expected = krippendorff.alpha(reliability_data=matrix(), level_of_measurement="nominal")
    assert alpha["overall"] == pytest.approx(expected, abs=1e-9)
    # units are the characters at least two finished layers cover
    assert alpha["units"] == 6 + 8 + 4 and alpha["documents"] == 3
    expected = krippendorff.alpha(
        reliability_data=matrix(None, ("ann", "ben"), (1,)), level_of_measurement="nominal"
    )
    assert restricted["overall"] == pytest.approx(expected, abs=1e-9)
    assert restricted["annotators"] == ["ann", "ben"] and restricted["units"] == 8


def test_undefined_alpha_is_none():
    from collections import Counter

    assert krippendorff_alpha({}) is None
    assert krippendorff_alpha({2: Counter({("O", "O"): 10})}) is None


def test_cli_prints_and_carries_alpha(tmp_path, capsys):
    project = three_annotators(
        tmp_path / "p.biaozhu",
        {"ann": [(0, 2, "COMPANY")], "ben": [(0, 2, "COMPANY")], "cat": [(0, 3, "COMPANY")]},
    )
    path = str(project.path)
    project.close()
    assert main(["agreement", path, "--json"]) == 0
    alpha = json.loads(capsys.readouterr().out)["alpha"]
    assert alpha["labels"]["COMPANY"] == pytest.approx(60 / 77, abs=1e-6)
    assert alpha["overall"] == pytest.approx(60 / 77, abs=1e-6)
    assert alpha["annotators"] == ["ann", "ben", "cat"] and alpha["units"] == 6
    assert main(["agreement", path]) == 0
    text = capsys.readouterr().out
    assert "Krippendorff's alpha" in text
    assert "3 annotators, 6 characters" in text
    assert f"{60 / 77:.3f}" in text
    # --annotators restricts it as it restricts the pairs: ann and ben agree exactly
    assert main(["agreement", path, "--annotators", "ann,ben", "--json"]) == 0
    alpha = json.loads(capsys.readouterr().out)["alpha"]
    assert alpha["labels"]["COMPANY"] == 1.0 and alpha["annotators"] == ["ann", "ben"]


def test_with_overlapping_spans_a_label_counts_every_character_it_covers(tmp_path):
    """Where the project allows overlapping spans, 腾讯 inside a policy's name is
    COMPANY for the label's alpha as much as POLICY for the policy's; the
    overall figure gives a character one label (the span starting first)."""
    text = "腾讯扶持计划出台了"
    layers = {
        "ann": [(0, 6, "POLICY"), (0, 2, "COMPANY")],
        "ben": [(0, 6, "POLICY")],
        "cat": [(0, 6, "POLICY"), (0, 2, "COMPANY")],
    }
    project = Project.create(tmp_path / "p.biaozhu", annotator="lead", allow_overlap=True)
    with project.transaction():
        project.add_document(text, doc_id="d", source="test")
        for name, spans in layers.items():
            for start, end, label in spans:
                project.add_span("d", start, end, label, annotator=name)
            project.set_status("d", "done", annotator=name)
    alpha = agreement_report(project)["alpha"]
    project.close()
    n = len(text)
    company = [[1.0 if c < 2 else 0.0 for c in range(n)] for _ in range(3)]
    company[1] = [0.0] * n  # ben did not mark the company
    policy = [[1.0 if c < 6 else 0.0 for c in range(n)] for _ in range(3)]
    for label, rows in (("COMPANY", company), ("POLICY", policy)):
        expected = krippendorff.alpha(reliability_data=rows, level_of_measurement="nominal")
        assert alpha["labels"][label] == pytest.approx(expected, abs=1e-9), label
    assert alpha["labels"]["POLICY"] == 1.0
    assert alpha["labels"]["COMPANY"] < 1.0
    # overall: POLICY (0–6) starts first and is longer, so the shorter COMPANY at 0–2 wins
    # its two characters (the first span by start, the shorter first)
    overall = [[2.0] * 2 + [1.0] * 4 + [0.0] * 3 for _ in range(3)]
    overall[1][:2] = [1.0, 1.0]
    expected = krippendorff.alpha(reliability_data=overall, level_of_measurement="nominal")
    assert alpha["overall"] == pytest.approx(expected, abs=1e-9)
