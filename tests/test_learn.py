"""A project's own model: trained on its gold, cross-validated against what
is active, stored in the project, activated only when it measures better
(or when forced), loaded back, retired when this version cannot read it;
and the documents to do next ordered by how unsure the model is."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from desktop.cli import main
from models import InvalidInput, Project
from models.domain import Span
from models.learn.active import rank_todo, todo_documents
from models.learn.crf import CrfModel, CrfSuggester, decode, train_crf
from models.learn.data import TrainingDoc, data_hash, gold_documents, without_overlaps
from models.learn.evaluate_cv import compare, curation_cost, format_evaluation
from models.learn.registry import ADAPTER_FORMAT, MODEL_FORMAT, list_models, load_active
from models.learn.train import decide, train_project
from models.progress import Cancelled, NoProgress
from models.suggest.pipeline import default_suggester
from models.suggest.project import project_ensemble
from models.suggest.segment import analyse

# Names no lexicon knows, in sentences that say what they are.
COMPANIES = ["华宝钢铁有限公司", "星海电子集团", "绿源能源股份有限公司", "金鹏银行", "云帆科技"]
TEMPLATES = [
    "{c}今年营收增长了百分之十二。",
    "记者从{c}获悉，新厂房已经投产。",
    "{c}与当地政府签署了合作协议。",
    "据悉，{c}计划明年扩大产能。",
    "{c}的新产品受到市场欢迎。",
]
FILLER = ["当地经济持续向好。", "会议强调要加快推进高质量发展。", "全市上下齐心协力。"]


def corpus(n_docs: int = 10) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Small articles: every company appears in several of them."""
    docs = []
    for d in range(n_docs):
        text = ""
        spans = []
        for k in range(3):
            company = COMPANIES[(d + 2 * k) % len(COMPANIES)]
            sentence = TEMPLATES[(d + k) % len(TEMPLATES)].format(c=company)
            start = len(text) + sentence.index(company)
            spans.append((start, start + len(company), "COMPANY"))
            text += sentence + FILLER[(d + k) % len(FILLER)]
        docs.append((text, spans))
    return docs


def fill(project: Project, docs, *, done: bool = True) -> list[str]:
    ids = []
    with project.transaction():
        for text, spans in docs:
            doc_id, _ = project.add_document(text)
            for start, end, label in spans:
                project.add_span(doc_id, start, end, label, origin="imported")
            if done:
                project.set_status(doc_id, "done")
            ids.append(doc_id)
    return ids


@pytest.fixture(scope="module")
def trained_once(tmp_path_factory):
    path = tmp_path_factory.mktemp("trained") / "learn.biaozhu"
    project = Project.create(path, annotator="alice")
    fill(project, corpus())
    result = train_project(project, folds=2, force=True)
    project.close()
    return path, result


@pytest.fixture
def trained(trained_once, tmp_path):
    """A project trained once per module, copied for each test (by SQLite's
    backup, as a project file is only ever read and written): a test may
    change its copy."""
    source, result = trained_once
    path = tmp_path / "learn.biaozhu"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    return path, result


def test_the_trained_model_finds_a_taught_company_in_a_new_sentence(trained):
    path, result = trained
    with Project.open(path, annotator="alice") as project:
        assert load_active(project) is not None
        suggester = project_ensemble(project)  # what the window and `biaozhu suggest` run
        text = "昨天，星海电子集团宣布了新的投资计划，金鹏银行也表示支持。"
        found = {(s.text, s.label) for s in suggester.suggest(text)}
        assert ("星海电子集团", "COMPANY") in found
        assert ("金鹏银行", "COMPANY") in found
        for s in suggester.suggest(text):
            assert text[s.start : s.end] == s.text
            assert s.source == "model"
            assert s.version.partition("+project-")[0] == result.record.version
            assert 0.5 < s.score <= 1.0  # calibrated, and shown only above 1/2
            assert s.attrs["sources"]


def test_the_stored_model_is_loaded_back_and_recorded_in_the_history(trained):
    path, result = trained
    with Project.open(path, annotator="bob") as project:
        [record] = list_models(project)
        assert record.active and record.format == MODEL_FORMAT
        assert record.version == result.record.version and record.version.startswith("model-")
        assert record.data_hash == data_hash(gold_documents(project))
        assert record.training["documents"] == 10
        blob = project.conn.execute("SELECT blob FROM learned_models").fetchone()[0]
        assert blob[:4] == b"lCRF"  # crfsuite's own model file, byte for byte
        assert record.evaluation["scorer"]["weights"]
        events = [e for e in project.history() if e.action == "model.trained"]
        assert len(events) == 1 and events[0].target == record.version
        assert events[0].annotator == "alice" and events[0].after["active"] is True
        assert project.verify().ok, project.verify().summary()
        model = load_active(project)
        assert model is not None and model.version == record.version
        # a second training, forced, replaces it as the active one in one more event
        second = train_project(project, folds=2, force=True).record
        assert second.version != record.version
        assert [m.active for m in list_models(project)] == [False, True]
        assert load_active(project).version == second.version
        trained_events = [e for e in project.history() if e.action == "model.trained"]
        assert trained_events[-1].before == {"active": [record.version]}


def test_a_model_that_does_not_measure_better_is_stored_but_not_activated(tmp_path, capsys):
    # gold that is exactly what the bundled model suggests: nothing can beat it
    texts = [
        "2024年，龙头企业华睿光电实现营收12亿元，同比增长8%。",
        "全年新增就业岗位1.2万个，规上工业增加值增长6.5%。",
        "当地实现地区生产总值530亿元，增长5.1%。",
        "园区规上企业达322家，实现产值153亿元。",
    ]
    bundled = default_suggester()
    docs = [(t, [(s.start, s.end, s.label) for s in bundled.suggest(t)]) for t in texts]
    assert all(spans for _t, spans in docs)
    path = tmp_path / "same.biaozhu"
    with Project.create(path, annotator="alice") as project:
        fill(project, docs)
    code = main(["train", str(path), "--folds", "2", "--annotator", "alice"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "stored but not activated: it did not measure better" in out
    assert "use --force" in out
    with Project.open(path) as project:
        [record] = list_models(project)
        assert not record.active and load_active(project) is None
        [event] = [e for e in project.history() if e.action == "model.trained"]
        assert event.after["active"] is False
    code = main(["train", str(path), "--folds", "2", "--force", "--annotator", "alice"])
    out, _ = capsys.readouterr()
    assert code == 0 and "activated by --force" in out
    with Project.open(path) as project:
        assert [m.active for m in list_models(project)] == [False, True]


def test_the_decision_says_why_either_way():
    better = {
        "against": "base",
        "documents": 4,
        "new": 1.1,
        "reference": 1.3,
        "confidence": 0.95,
        "better": True,
    }
    worse = {**better, "new": 1.4, "confidence": 0.2, "better": False}
    assert decide(better, False, "bundled-x")[0]
    activated, why = decide(worse, False, "bundled-x")
    assert not activated and "1.400 actions per gold span against 1.300" in why
    assert "cheaper in 20% of resamples" in why
    assert "bundled model (bundled-x)" in why and "--force" in why
    assert decide(worse, True, "bundled-x")[0]


def test_a_model_replacing_one_that_learned_every_tested_document_says_so():
    """Trained again on the same gold, the new model cannot be compared with
    the active one (it learned every tested document) nor with the bundled
    model that learned them too; the reason names the active model rather
    than saying there was none."""
    none = {"against": None, "documents": 4, "better": True}
    activated, why = decide(none, False, "bundled-x", active_name="project-7")
    assert activated and "active model (project-7)" in why and "every tested document" in why
    assert decide(none, False, "bundled-x")[1] == "there was nothing to compare it with"


def test_the_cheaper_model_by_cross_validation_is_activated():
    gold = {d: {(0, 4, "COMPANY")} for d in "abcdef"}
    right = {d: {(0, 4, "COMPANY")} for d in "abcdef"}
    one_worse = {**right, "a": set()}  # the reference misses one span in six documents
    outcome = compare(gold, right, one_worse, "base")
    # one document of six: the noise of six documents, not enough to leave the
    # bundled model; enough to replace an active project model
    assert not outcome["better"] and outcome["confidence"] < 0.9
    assert compare(gold, right, one_worse, "active")["better"]
    assert not compare(gold, one_worse, right, "base")["better"]
    # a tie replaces neither the bundled model nor the active one
    assert not compare(gold, right, right, "base")["better"]
    assert not compare(gold, right, right, "active")["better"]
    outcome = compare(gold, right, {d: set() for d in "abcdef"}, "base")
    assert outcome["better"] and outcome["confidence"] == 1.0
    assert (outcome["new"], outcome["reference"]) == (1.0, 2.0)


def test_curation_cost_prices_suggestions_as_the_curator_pays():
    gold = {(0, 4, "COMPANY"), (10, 14, "METRIC")}
    assert curation_cost(gold, gold) == 2  # two accepts
    assert curation_cost(gold, set()) == 4  # two spans added by hand
    assert curation_cost(gold, {*gold, (20, 22, "POLICY")}) == 3  # one reject more
    assert curation_cost(gold, {(0, 4, "POLICY"), (10, 14, "METRIC")}) == 2  # relabel
    assert curation_cost(gold, {(0, 5, "COMPANY"), (10, 14, "METRIC")}) == 3  # one nudge


def test_a_project_without_gold_refuses_to_train(tmp_path, capsys):
    path = tmp_path / "empty.biaozhu"
    with Project.create(path, annotator="alice") as project:
        fill(project, corpus(3), done=False)
        with pytest.raises(InvalidInput, match="no gold"):
            train_project(project)
        assert list_models(project) == []
    code = main(["train", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("biaozhu: error: ") and "no gold" in err and err.count("\n") == 1


def test_gold_without_any_span_refuses_too(project):
    doc_id, _ = project.add_document("没有任何公司名称的句子。")
    project.set_status(doc_id, "done")
    with pytest.raises(InvalidInput, match="no spans"):
        train_project(project)


@pytest.mark.parametrize("fmt", [0, MODEL_FORMAT - 1])
def test_a_model_of_an_older_format_is_retired_not_crashing(trained, fmt):
    path, _result = trained
    with Project.open(path, annotator="alice") as project:
        project.conn.execute("UPDATE learned_models SET format = ?", (fmt,))
        assert load_active(project) is None
        [record] = list_models(project)
        assert not record.active
        [event] = [e for e in project.history() if e.action == "model.retired"]
        assert event.target == record.version and "format" in event.after["reason"]
        assert load_active(project) is None  # and quietly so from then on


def test_an_unreadable_model_is_retired(trained):
    path, _ = trained
    with Project.open(path, annotator="alice") as project:
        project.conn.execute("UPDATE learned_models SET blob = ?", (b"not a crfsuite model",))
        assert load_active(project) is None
        assert not list_models(project)[0].active
        assert any(e.action == "model.retired" for e in project.history())


def test_a_model_of_a_newer_format_is_left_alone(trained):
    path, _ = trained
    with Project.open(path, annotator="alice") as project:
        project.conn.execute("UPDATE learned_models SET format = ?", (ADAPTER_FORMAT + 1,))
        assert load_active(project) is None
        assert list_models(project)[0].active  # the newer Biaozhu still uses it
        assert not any(e.action == "model.retired" for e in project.history())


def test_cli_train_prints_the_evaluation(tmp_path, capsys):
    path = tmp_path / "cli.biaozhu"
    with Project.create(path, annotator="alice") as project:
        fill(project, corpus(6))
    code = main(["train", str(path), "--folds", "2", "--annotator", "alice"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "trained model-1-" in out and "2-fold cross-validation over 6" in out
    assert "actions per gold span" in out
    assert any(line.startswith("COMPANY") for line in out.splitlines())
    assert "candidate sources on the tested gold:" in out
    with Project.open(path) as project:
        record = list_models(project)[0]
        assert record.cv["folds"] == 2 and "COMPANY" in record.cv["systems"]["new"]["labels"]
        json.dumps(record.cv)
        assert format_evaluation(record.cv)[0].startswith("2-fold")
    code = main(["train", str(path), "--folds", "1"])
    assert code == 1 and "--folds" in capsys.readouterr().err


def test_training_can_be_cancelled_and_stores_nothing(project):
    fill(project, corpus(4))

    class StopAtOnce(NoProgress):
        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        train_project(project, folds=2, progress=StopAtOnce())
    assert list_models(project) == []


def test_active_learning_orders_the_todo_documents_most_unsure_first(project):
    done = fill(project, corpus(8))
    todo_texts = [
        # two sentences naming firms: which of them the scorer doubts more
        # moves with the shipped scorer (bundled-d2f1ef85 doubts 星海电子集团
        # 0.34, the firms by their titles 0.07; the bundle before, 0.05 and 0.17)
        ("星海电子集团的新产品受到市场欢迎。", []),
        ("华兴电子董事长与瑞达能源总经理出席了仪式。", []),
        ("当地经济持续向好。", []),
    ]
    todo = fill(project, todo_texts, done=False)
    project.set_status(todo[2], "in_progress")
    assert sorted(r.doc_id for r in rank_todo(project)) == sorted(todo)
    train_project(project, folds=2, force=True)
    assert todo_documents(project) == todo
    ranked = rank_todo(project)
    assert [r.doc_id for r in ranked if r.doc_id in done] == []
    assert sorted(r.doc_id for r in ranked) == sorted(todo)
    values = [r.uncertainty for r in ranked]
    assert values == sorted(values, reverse=True)
    assert all(0.0 <= v <= 1.0 for v in values)
    # a sentence that names no firm, no figure and no policy is the surest
    assert ranked[-1].doc_id == todo[2] and ranked[-1].uncertainty < ranked[1].uncertainty
    # another annotator has everything still to do
    assert len(rank_todo(project, "bob")) == len(done) + len(todo)


def test_a_span_across_a_layout_break_is_learned_and_found():
    text = "聚集企业近三百家，形成了以富联精\n\n密为龙头的集群。富联精密今年扩产。"
    spans = (Span(13, 19, "COMPANY"), Span(26, 30, "COMPANY"))
    docs = [TrainingDoc(str(i), text, spans) for i in range(3)]
    model = CrfSuggester(train_crf(docs), "t")
    found = {(s.start, s.end) for s in model.suggest(text)}
    assert text[26:30] == "富联精密"
    assert (13, 19) in found and (26, 30) in found


def test_an_auxiliary_label_is_learned_but_never_proposed_nor_judged():
    # the bundled CRF learns CLUENER's government bodies as a tag of their
    # own, to tell them from firms; a curator must never see one suggested
    firms = ["华宝钢铁有限公司", "星海电子集团", "云帆科技"]
    bodies = ["市发展改革委", "省商务厅", "区管委会"]
    docs = []
    for i in range(6):
        firm, body = firms[i % 3], bodies[i % 3]
        text = f"{body}与{firm}签署了合作协议。{firm}今年营收增长。"
        spans = (
            Span(0, len(body), "government"),
            Span(len(body) + 1, len(body) + 1 + len(firm), "COMPANY"),
            Span(text.index("。") + 1, text.index("。") + 1 + len(firm), "COMPANY"),
        )
        docs.append(TrainingDoc(str(i), text, spans))
    model = train_crf(docs, auxiliary={"government"})
    assert set(model.labels) == {"COMPANY", "government"}
    assert model.auxiliary == ("government",)
    suggester = CrfSuggester(model, "t")
    assert suggester.labels == ["COMPANY"]
    text = docs[0].text
    found = {(s.text, s.label) for s in suggester.suggest(text)}
    assert found == {("华宝钢铁有限公司", "COMPANY")}
    body, firm = ((s.start, s.end, s.label) for s in docs[0].spans[:2])
    tagging = suggester.tagger.tag(analyse(text), [body, firm])
    assert tagging.probability(*body) == (0.0, 0.0)
    assert tagging.probability(*firm)[0] > 0.5
    # the description it is stored with keeps the auxiliary labels; a model
    # without any is described as models always were
    stored = CrfModel.from_parts(model.model_bytes, json.loads(json.dumps(model.meta())))
    assert CrfSuggester(stored, "t").labels == ["COMPANY"]
    plain = train_crf([TrainingDoc(d.doc_id, d.text, d.spans[1:]) for d in docs])
    assert "auxiliary" not in plain.meta() and plain.auxiliary == ()
    with pytest.raises(InvalidInput, match="nothing to learn"):
        train_crf([TrainingDoc("0", text, docs[0].spans[:1])], auxiliary={"government"})


def test_helpers():
    assert decode(["B-A", "I-A", "O", "I-B", "I-B", "B-B", "I-A"]) == [
        (0, 2, "A"),
        (3, 5, "B"),
        (5, 6, "B"),
        (6, 7, "A"),
    ]
    kept = without_overlaps([Span(0, 2, "A"), Span(1, 5, "B"), Span(5, 6, "A")])
    assert [(s.start, s.end) for s in kept] == [(1, 5), (5, 6)]


def test_gold_the_bundled_model_learned_from_is_not_used_to_judge_it(tmp_path):
    from models.learn.bundled import bundled_model, text_digest
    from models.learn.train_bundled import read_cluener_companies
    from tests.conftest import shared_path

    seen = bundled_model().seen
    clue = read_cluener_companies(shared_path("data", "cluener", "train.jsonl"))
    learned = [d for d in clue if text_digest(d.text) in seen and d.spans][:4]
    assert len(learned) == 4
    docs = [(d.text, [(s.start, s.end, s.label) for s in d.spans]) for d in learned] + corpus(4)
    with Project.create(tmp_path / "mixed.biaozhu", annotator="alice") as project:
        ids = fill(project, docs)
        evaluation = train_project(project, folds=2, force=True).evaluation
        assert sorted(evaluation["test_ids"]) == sorted(ids[4:])
        assert evaluation["test_documents"] == 4
    with Project.create(tmp_path / "learned.biaozhu", annotator="alice") as project:
        fill(project, docs[:4])
        with pytest.raises(InvalidInput, match="bundled model was trained on"):
            train_project(project, folds=2)


def test_a_gold_of_some_labels_teaches_nothing_about_the_others(trained):
    # The corpus annotates companies alone: its quantities are unmarked
    # because nobody marked that label, not because they are wrong, and a
    # model that learned so would push every right company's probability
    # down with its calibration (the map is one for all labels).
    _path, result = trained
    learned = {label for per_label in result.evaluation["sources"].values() for label in per_label}
    assert learned == {"COMPANY"}
    assert set(result.evaluation["labels"]) == {"COMPANY"}


def test_a_project_scorer_extends_what_the_shipped_one_learned(trained):
    # A few finished documents adjust the shipped model rather than replace
    # it: the project's scorer learns from the shipped scorer's own training
    # candidates and the project's, and still knows what only they taught.
    from models.learn.bundled import bundled_model

    base = bundled_model()
    path, result = trained
    shipped = sum(len(group) for group in base.examples)
    assert shipped > 1000
    with Project.open(path, annotator="alice") as project:
        model = load_active(project)
    assert model.scorer.training["candidates"] > shipped


def test_the_bundled_model_is_judged_as_the_curator_gets_it(trained):
    # The reference a new model must beat is what the curator sees without
    # one: the bundled model over the rules and the project's lexicon, with
    # no candidate of the project's own CRF among its suggestions.
    from models.learn.bundled import bundled_model
    from models.learn.crf import compact_spans
    from models.learn.evaluate_cv import LEXICON_LABELS, system_scores
    from models.learn.evidence import lexicon_of
    from models.learn.span_features import Featurizer
    from models.suggest.candidates import resolve
    from models.suggest.engine import default_suggesters

    path, result = trained
    base = bundled_model()
    with Project.open(path, annotator="alice") as project:
        docs = gold_documents(project)
    evaluation = result.evaluation
    gold, expected = {}, {}
    for g in range(evaluation["folds"]):
        train = [d for i, d in enumerate(docs) if i % evaluation["folds"] != g]
        featurizer = Featurizer(
            default_suggesters(), base.taggers, lexicon_of(train, LEXICON_LABELS)
        )
        for doc in docs[g :: evaluation["folds"]]:
            found = featurizer.featurize(doc.text)
            scored = [
                (base.scorer.probability(f), c)
                for c, f in zip(found.candidates, found.features, strict=True)
            ]
            shown = resolve(scored, base.scorer.threshold)
            # priced on the labels the gold annotates: the others' are no one's errors
            expected[doc.doc_id] = {c.key for _p, c in shown if c.label in evaluation["labels"]}
            gold[doc.doc_id] = set(
                compact_spans(found.analysis, [(s.start, s.end, s.label) for s in doc.spans])
            )
    assert evaluation["systems"]["base"] == system_scores(gold, expected, evaluation["labels"])


def test_the_project_scorer_is_the_cheapest_of_the_settings_tried(trained):
    from models.learn.train import PROJECT_SCORERS

    _path, result = trained
    choice = result.evaluation["scorer"]
    tried = choice["actions_by_c2"]
    assert set(tried) == {str(p.c2) for p in PROJECT_SCORERS[:1]}
    assert choice["actions"] == min(tried.values()) == tried[str(choice["c2"])]
    new = result.evaluation["systems"]["new"]
    assert new["actions"] == choice["actions"]
    assert any(
        line.startswith(f"scorer c2 {choice['c2']}")
        for line in format_evaluation(result.evaluation)
    )


def test_a_sources_record_moves_its_candidates_by_what_the_gold_says():
    from models.learn.evidence import (
        candidate_record,
        merged,
        record_as_json,
        record_from_json,
        source_adjust,
    )
    from models.suggest.candidates import Candidate

    right = Candidate(0, 4, "COMPANY", {"company": 0.9})
    wrong = Candidate(10, 14, "COMPANY", {"shape": 0.4})
    both = Candidate(20, 24, "COMPANY", {"company": 0.9, "shape": 0.4})
    gold = {right.key, both.key}
    # the rule's candidates were all right though scored 0.45; the shapes half right at 0.45
    docs = [([(0.45, right), (0.45, wrong), (0.45, both)], gold)] * 10
    record = candidate_record(docs)
    assert (record[("company", "COMPANY")].accepted, record[("company", "COMPANY")].rejected) == (
        20,
        0,
    )
    assert (record[("shape", "COMPANY")].accepted, record[("shape", "COMPANY")].rejected) == (
        10,
        10,
    )
    adjust = source_adjust(record)
    assert adjust(right, 0.45) > 0.5  # now shown
    assert adjust(wrong, 0.45) > 0.45  # half right, scored a little under that
    assert record_from_json(record_as_json(record)) == record
    twice = merged(record, record)[("company", "COMPANY")]
    assert (twice.accepted, twice.rejected, round(twice.shown, 6)) == (40, 0, 0.45)


def test_the_trained_record_counts_only_when_it_measured_cheaper_for_this_bundle(trained):
    from models.learn.evidence import trained_source_evidence
    from models.learn.registry import load, retire, store_model
    from models.suggest.project import project_ensemble

    path, result = trained
    with Project.open(path, annotator="alice") as project:
        model = load(project, result.record.version)
        retire(project, result.record.version, "the bundled model alone, for this test")
        base = result.evaluation["base"]
        record = {"company|COMPANY": [5, 0, 0.4]}
        text = "记者从星海电子集团获悉，新厂房已经投产。"
        suggester = project_ensemble(project)
        before = suggester.version, suggester.analyse(text)[1]
        for cheaper, version, expected in (
            (True, base, {("company", "COMPANY")}),
            (False, base, set()),
            (True, "bundled-other", set()),
        ):
            evaluation = {
                **result.evaluation,
                "base": version,
                "base_sources": {"record": record, "cheaper": cheaper},
            }
            store_model(project, model, data_hash="x" * 64, evaluation=evaluation, activate=False)
            assert set(trained_source_evidence(project, base)) == expected
        # the last one stored is for another bundle: the suggestions are the bundle's own
        assert (
            project_ensemble(project).version,
            project_ensemble(project).analyse(text)[1],
        ) == before
        evaluation = {**result.evaluation, "base_sources": {"record": record, "cheaper": True}}
        store_model(project, model, data_hash="y" * 64, evaluation=evaluation, activate=False)
        suggester = project_ensemble(project)
        assert suggester.version != before[0]
        moved = suggester.analyse(text)[1]
        assert moved != before[1] and max(moved) > max(before[1])  # a rule's candidate raised
