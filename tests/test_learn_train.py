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


def test_the_bundle_says_how_many_of_its_examples_are_in_domain(tmp_path):
    # An in-domain document with only COMPANY candidates, shipped last before
    # CLUENER's one-label sentences, looks like one of them by its labels:
    # the manifest's count is what is read.
    from models.learn.bundled import EXAMPLES, BundledModel, write_examples
    from models.learn.calibration import Isotonic
    from models.learn.scorer import ScorerModel

    def group(*labels: str) -> list:
        return [({f"bias|{label}": 1.0}, 1) for label in labels]

    shipped = [group("COMPANY", "METRIC"), group("COMPANY"), group("COMPANY"), group("COMPANY")]
    write_examples(tmp_path / EXAMPLES, shipped)
    told = BundledModel({}, ScorerModel({}, Isotonic((), ())), {"in_domain_groups": 2}, tmp_path)
    assert told.in_domain_groups == 2
    untold = BundledModel({}, ScorerModel({}, Isotonic((), ())), {}, tmp_path)
    assert untold.in_domain_groups == 1  # told by labels: one too few for this bundle


def test_the_shipped_bundle_counts_its_in_domain_documents():
    from models.learn.bundled import bundled_model

    model = bundled_model()
    assert model is not None
    assert model.manifest.get("in_domain_groups") == in_domain_groups(model.examples) > 0


def test_a_model_as_cheap_as_the_active_one_is_not_activated_and_says_so():
    from models.learn.evaluate_cv import compare
    from models.learn.train import decide

    gold = {d: {(0, 4, "COMPANY")} for d in "abc"}
    same = {d: {(0, 4, "COMPANY")} for d in "abc"}
    tie = compare(gold, same, same, "active")
    activated, why = decide(tie, False, "bundled-x")
    assert not activated and "as cheap as the active model" in why and "better" not in why
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


def judged_doc(doc_id: str, text: str, placings: list[tuple[str, str, str]]):
    """A tested document whose bundled candidates of a label sit between
    the given previous and next characters: (label, previous, next)."""
    from models.learn.data import TrainingDoc
    from models.learn.evaluate_cv import Judged
    from models.suggest.candidates import Candidate

    plain = [Candidate(k, k + 2, label) for k, (label, _p, _n) in enumerate(placings)]
    examples = [
        ({f"bias|{label}": 1.0, f"prev={p}|{label}": 1.0, f"next={n}|{label}": 1.0}, 1)
        for label, p, n in placings
    ]
    return Judged(
        TrainingDoc(doc_id, text, []), set(), [], [], plain=plain, plain_examples=examples
    )


def test_a_held_out_fifth_the_bundle_mostly_learned_tests_another_fold():
    # A project of public sentences the bundled model learned two thirds
    # of: what is left of one fifth is too little to choose a scorer by,
    # so further folds are tested, up to a cap; a full fifth is enough.
    from models.learn.evaluate_cv import HELD_OUT_CHARS, MAX_HELD_OUT_FOLDS, more_held_out

    short = [judged_doc(str(i), "某" * 100, []) for i in range(HELD_OUT_CHARS // 300)]
    assert more_held_out(short, [0], 5)
    assert more_held_out(short, [0, 1], 5) is (MAX_HELD_OUT_FOLDS > 2)
    assert not more_held_out(short, list(range(MAX_HELD_OUT_FOLDS)), 5)
    assert not more_held_out(short, [0, 1], 2)  # no fold is left
    enough = [judged_doc(str(i), "某" * 100, []) for i in range(HELD_OUT_CHARS // 100)]
    assert not more_held_out(enough, [0], 5)


def test_the_bundled_model_is_not_compared_on_sentences_its_scorer_learned():
    # The shipped scorer's examples hold the candidates of a sentence the
    # project also holds: the bundled model knows its answers there.
    from models.learn.evaluate_cv import shipped_copies

    shipped = [[({"bias|COMPANY": 1.0, "prev=据|COMPANY": 1.0, "next=称|COMPANY": 1.0}, 1)]]
    copy = judged_doc("copy", "据华星公司称", [("COMPANY", "据", "称")])
    other = judged_doc("other", "与华星公司的", [("COMPANY", "与", "的")])
    mixed = judged_doc(
        "mixed", "据华星公司称，与月亮公司合", [("COMPANY", "据", "称"), ("COMPANY", "与", "合")]
    )
    # the shipped sentences hold one label's candidates: the copy's others
    # (a number, a quoted phrase) are no evidence that it is new
    labels = judged_doc("labels", "据华星公司称，增长5%", [("COMPANY", "据", "称"),
                        ("METRIC", "长", "，"), ("POLICY", "“", "”")])  # fmt: skip
    assert shipped_copies([copy, other, mixed, labels], shipped) == {"copy", "labels"}
    assert shipped_copies([copy], []) == set()


def test_a_few_documents_train_the_scorer_with_one_setting_many_with_each():
    # On a few documents the weaker settings' held-out costs come within an
    # action or two of the first one's: only a project of many documents
    # tries them all (and keeps the cheapest), a small one trains faster.
    from models.learn.data import TrainingDoc
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, Judged, project_scorer
    from models.learn.scorer import ScorerParams
    from models.suggest.candidates import Candidate

    def judged(n: int) -> list[Judged]:
        out = []
        for i in range(n):
            right, wrong = Candidate(0, 2, "COMPANY"), Candidate(3, 5, "COMPANY")
            examples = [
                ({"bias|COMPANY": 1.0, f"w={i % 3}|COMPANY": 1.0}, 1),
                ({"bias|COMPANY": 1.0, "w=x|COMPANY": 1.0}, 0),
            ]
            doc = TrainingDoc(f"d{i}", "星海，云帆。", ())
            out.append(Judged(doc, {right.key}, [right, wrong], examples))
        return out

    choices = (ScorerParams(c2=1.0), ScorerParams(c2=0.1))
    few, many = SETTINGS_FROM_DOCUMENTS - 1, SETTINGS_FROM_DOCUMENTS
    for n, tried in ((few, {"1.0"}), (many, {"1.0", "0.1"})):
        scorer, _new, choice = project_scorer(judged(n), [], choices, 0)
        assert scorer is not None and set(choice["actions_by_c2"]) == tried
