"""How a project's training measures its new model: the figures that decide
whether it is activated must be what the curator would see on documents
the model did not learn from."""

from __future__ import annotations

from models.learn.evaluate_cv import cross_calibrated, in_domain_groups, topped_up


def test_held_out_probabilities_are_calibrated_on_the_other_documents():
    # Two documents whose candidates have the same raw scores but opposite
    # gold: calibrated on itself, each would be told its own answers; on the
    # other document, each is told the other's, as a new document would be.
    raw = [[1.0, 2.0], [1.0, 2.0]]
    truth = [[1, 1], [0, 0]]
    first, second = cross_calibrated(raw, truth, folds=5)
    assert max(first) < 0.5 < min(second)


def test_every_candidate_gets_a_probability():
    raw = [[0.5, -1.0, 3.0], [2.0], [-2.0, 1.0], [0.0]]
    truth = [[1, 0, 1], [1], [0, 1], [0]]
    out = cross_calibrated(raw, truth, folds=2)
    assert [len(g) for g in out] == [3, 1, 2, 1]
    assert all(0.0 <= p <= 1.0 for g in out for p in g)


def test_the_shipped_candidates_fade_from_the_calibration_as_the_project_grows():
    shipped = [(float(i), i % 2) for i in range(100)]
    assert len(topped_up(shipped, 0)) == 100
    assert len(topped_up(shipped, 30)) == 70
    assert topped_up(shipped, 100) == topped_up(shipped, 500) == []
    some = topped_up(shipped, 50)
    assert some[0] == shipped[0] and some[-1][0] >= 90  # spread over all of them


def test_the_shipped_in_domain_documents_are_told_from_the_one_label_sentences():
    def group(*labels: str) -> list:
        return [({f"bias|{label}": 1.0}, 1) for label in labels]

    examples = [group("METRIC", "COMPANY"), group("POLICY"), group("COMPANY"), group("COMPANY")]
    assert in_domain_groups(examples) == 2
    assert in_domain_groups([group("COMPANY")] * 3) == 0
    assert in_domain_groups([]) == 0


def test_a_model_as_cheap_as_the_active_one_is_activated_and_says_so():
    from models.learn.evaluate_cv import compare
    from models.learn.train import decide

    gold = {d: {(0, 4, "COMPANY")} for d in "abc"}
    same = {d: {(0, 4, "COMPANY")} for d in "abc"}
    tie = compare(gold, same, same, "active")
    activated, why = decide(tie, False, "bundled-x")
    assert activated and "as cheap as the active model" in why and "better" not in why
    cheaper = compare(gold, same, {d: set() for d in "abc"}, "active")
    activated, why = decide(cheaper, False, "bundled-x")
    assert activated and why.startswith("it measured better")
    activated, why = decide(compare(gold, same, same, "base"), False, "bundled-x")
    assert not activated and "did not measure better" in why


def test_a_model_chosen_without_its_crf_suggests_without_it(tmp_path):
    # Cross-validation may find the project's scorer cheaper without its
    # CRF's names: the stored model says so, and the project's suggester
    # then leaves the CRF out, as it was measured.
    from models import Project
    from models.domain import Span
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, load_active, store_model
    from models.learn.scorer import ScorerModel
    from models.suggest.project import PROJECT_TAGGER, project_ensemble

    text = "记者从星海电子集团获悉，新厂房已经投产。"
    doc = TrainingDoc("d1", text, [Span(3, 9, "COMPANY")])
    crf = train_crf([doc, TrainingDoc("d2", "星海电子集团今年营收增长。", [Span(0, 6, "COMPANY")])])
    scorer = ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,)))
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        for proposes in (True, False):
            model = ProjectModel(crf, scorer, "", ["d1"], proposes=proposes)
            store_model(project, model, data_hash=str(proposes) * 16)
            assert load_active(project).proposes is proposes
            taggers = project_ensemble(project).featurizer.taggers
            assert (PROJECT_TAGGER in taggers) is proposes
