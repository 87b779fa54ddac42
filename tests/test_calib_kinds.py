"""A calibration per kind of candidate (issue 14; EXPERIMENTS.md, "A
calibration per kind of candidate"): the scorer's raw scores are mapped to
probabilities by a curve of the candidate's kind (its label and what
proposed it: a name of a curated list, a rule, the project's lexicon, a
sequence model, the text's shape), fitted on held-out candidates of that
kind, where the kind has enough of them; the shared curve serves the thin
kinds. The app's path (the pipeline) and the training's (features) must
read the same kind, and a project's training must keep the kinds."""

from __future__ import annotations

import json

import pytest

from models.learn.bundled import bundled_model
from models.learn.calibration import (
    THIN_EACH,
    THIN_KIND,
    fit_by_kind,
    fit_isotonic,
    kind_of,
    kind_of_features,
)
from models.learn.scorer import ScorerModel
from models.store import Project
from models.suggest.pipeline import SuggestPipeline, default_suggester
from tests.test_learn_bundled import read

# Written for these tests in the manner of the news: a well-known firm, a
# firm of a legal form, quantities and a quoted policy name.
TEXT = (
    "格力今年上半年的营收同比增长了9%。江西华睿光电科技有限公司表示，"
    "将深入实施“智改数转”行动，新增投资12亿元。"
)


@pytest.fixture(scope="module")
def pipeline() -> SuggestPipeline:
    suggester = default_suggester()
    assert isinstance(suggester, SuggestPipeline)
    return suggester


def test_a_candidates_kind_is_read_alike_from_its_sources_and_from_its_features(pipeline):
    found = pipeline.featurizer.featurize(TEXT)
    kinds = set()
    for cand, feats in zip(found.candidates, found.features, strict=True):
        kind = kind_of(cand.label, cand.sources, cand.rules)
        assert kind_of_features(feats) == kind, (TEXT[cand.start : cand.end], kind)
        kinds.add(kind)
    assert {"COMPANY:listed", "COMPANY:rule", "METRIC:rule", "POLICY:rule"} <= kinds
    assert {"COMPANY:shape", "POLICY:shape"} & kinds


def test_a_domains_copies_of_the_features_do_not_change_the_kind():
    feats = {
        "src=clue|COMPANY": 1.0,
        "project::src=company|COMPANY": 1.0,
        "project::rule=known|COMPANY": 1.0,
    }
    assert kind_of_features(feats) == "COMPANY:model"


def test_a_kind_with_enough_held_out_candidates_gets_its_own_curve_and_a_thin_one_the_shared():
    # the listed names are right at raw scores where the shapes are wrong
    band = [-1.0 + 0.01 * i for i in range(100)]
    raw = band + band + [2.0] * 10
    truth = [0] * 5 + [1] * 95 + [0] * 100 + [1] * 10
    kinds = ["COMPANY:listed"] * 100 + ["COMPANY:shape"] * 100 + ["COMPANY:rule"] * 10
    shared, curves = fit_by_kind(raw, truth, kinds)
    assert set(curves) == {"COMPANY:listed"}  # shapes all wrong, rules too few
    assert shared(-0.5) < 0.5
    assert curves["COMPANY:listed"](-0.5) > 0.8
    assert shared.as_dict() == fit_isotonic(raw, truth).as_dict()


def test_where_a_kind_has_few_candidates_its_curve_keeps_near_the_shared_one():
    # 40 listed names right at high raw scores, three wrong far below
    raw = [-3.0, -2.95, -2.9] + [1.0 + 0.01 * i for i in range(40)]
    raw += [-3.0 + 0.1 * i for i in range(60)]
    truth = [0] * 3 + [1] * 40 + [0] * 30 + [1] * 30
    kinds = ["COMPANY:listed"] * 43 + ["COMPANY:rule"] * 60
    shared, curves = fit_by_kind(raw, truth, kinds)
    listed = curves["COMPANY:listed"]
    assert abs(listed(-3.0) - shared(-3.0)) < 0.05  # one candidate moves it little
    assert listed(1.2) > shared(1.2)


def test_a_kind_needs_right_and_wrong_candidates_of_its_own():
    raw = [float(i) for i in range(THIN_KIND)]
    truth = [1] * (THIN_KIND - THIN_EACH + 1) + [0] * (THIN_EACH - 1)
    _shared, curves = fit_by_kind(raw, truth, ["POLICY:rule"] * THIN_KIND)
    assert curves == {}
    truth = [1] * (THIN_KIND - THIN_EACH) + [0] * THIN_EACH
    _shared, curves = fit_by_kind(raw, truth, ["POLICY:rule"] * THIN_KIND)
    assert set(curves) == {"POLICY:rule"}


def test_the_shipped_scorer_calibrates_by_kind_and_the_app_reads_it_as_training_does(pipeline):
    scorer = bundled_model().scorer
    assert {"COMPANY:listed", "COMPANY:rule", "COMPANY:shape"} <= set(scorer.kinds)
    # the app's path (raw scores without features, the kind from the
    # candidate) gives each candidate the probability of its features
    found = pipeline.featurizer.featurize(TEXT)
    by_key = {
        c.key: scorer.probability(f) for c, f in zip(found.candidates, found.features, strict=True)
    }
    scored, _a = pipeline.scored(TEXT)
    assert len(scored) == len(by_key)
    for p, cand in scored:
        assert p == by_key[cand.key]
    # stored and read back, the same probabilities
    again = ScorerModel.from_dict(json.loads(json.dumps(scorer.as_dict())))
    assert again.kinds.keys() == scorer.kinds.keys()
    for f in found.features:
        assert again.probability(f) == pytest.approx(scorer.probability(f), abs=1e-5)


def test_a_scorer_stored_before_the_kinds_reads_with_its_one_curve():
    data = {
        "span_features": ScorerModel({}, fit_isotonic([0.0], [1])).span_features,
        "calibration": {"x": [-1.0, 1.0], "y": [0.2, 0.8]},
        "weights": {"bias|COMPANY": 1.0},
    }
    scorer = ScorerModel.from_dict(data)
    assert scorer.kinds == {}
    assert scorer.probability({"bias|COMPANY": 1.0, "src=company|COMPANY": 1.0}) == 0.8


def test_a_projects_trained_scorer_keeps_a_curve_per_kind(tmp_path):
    # a project of real news (the zone-news study half's first documents,
    # their COMPANY and POLICY gold), trained as `biaozhu train` does
    from models.learn.registry import load_active
    from models.learn.train import train_project
    from models.learn.train_bundled import ZONE_NEWS
    from models.suggest.project import project_ensemble

    docs = [d for d in read(ZONE_NEWS) if d["meta"].get("half") == "study"][:6]
    path = tmp_path / "zone.biaozhu"
    with Project.create(path, annotator="alice") as project:
        with project.transaction():
            for d in docs:
                doc_id, _ = project.add_document(d["text"])
                for s in d["spans"]:
                    if s["label"] in ("COMPANY", "POLICY"):
                        project.add_span(
                            doc_id, s["start"], s["end"], s["label"], origin="imported"
                        )
                project.set_status(doc_id, "done")
        train_project(project, folds=2, force=True)
        model = load_active(project)
        assert model is not None
        assert "COMPANY:listed" in model.scorer.kinds
        found = {
            s.text
            for s in project_ensemble(project).suggest("格力今年上半年的营收同比增长了9%。")
            if s.label == "COMPANY"
        }
        assert found == {"格力"}
