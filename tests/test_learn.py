"""The learned suggester: training on a project's gold, storing the model in
the project, loading it back, retiring what this version cannot read,
cross-validation, and ordering the to-do documents by uncertainty."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import InvalidInput, Project
from models.domain import Span
from models.learn import active_suggester
from models.learn.active import rank_todo, todo_documents
from models.learn.crf import CrfSuggester, decode, train_crf
from models.learn.data import TrainingDoc, data_hash, gold_documents, without_overlaps
from models.learn.evaluate_cv import cross_validate, format_evaluation
from models.learn.features import Gazetteer, sentences
from models.learn.registry import MODEL_FORMAT, list_models, load_active
from models.learn.train import train_project
from models.progress import Cancelled, NoProgress

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


@pytest.fixture
def trained(tmp_path):
    path = tmp_path / "learn.biaozhu"
    project = Project.create(path, annotator="alice")
    fill(project, corpus())
    result = train_project(project, folds=0)
    project.close()
    return path, result


def test_training_finds_a_taught_company_in_a_new_sentence(trained):
    path, result = trained
    with Project.open(path, annotator="alice") as project:
        suggester = active_suggester(project)
        assert suggester is not None
        text = "昨天，星海电子集团宣布了新的投资计划，金鹏银行也表示支持。"
        found = {(s.text, s.label) for s in suggester.suggest(text)}
        assert ("星海电子集团", "COMPANY") in found
        assert ("金鹏银行", "COMPANY") in found
        for s in suggester.suggest(text):
            assert text[s.start : s.end] == s.text
            assert s.source == "crf" and s.version == result.record.version
            assert 0.0 < s.score <= 1.0


def test_the_stored_model_is_loaded_back_and_recorded_in_the_history(trained):
    path, result = trained
    with Project.open(path, annotator="bob") as project:
        [record] = list_models(project)
        assert record.active and record.format == MODEL_FORMAT
        assert record.version == result.record.version and record.version.startswith("crf-")
        assert record.data_hash == data_hash(gold_documents(project))
        assert record.training["documents"] == 10
        blob = project.conn.execute("SELECT blob FROM learned_models").fetchone()[0]
        assert blob[:4] == b"lCRF"  # crfsuite's own model file, byte for byte
        events = [e for e in project.history() if e.action == "model.trained"]
        assert len(events) == 1 and events[0].target == record.version
        assert events[0].annotator == "alice"
        assert project.verify().ok, project.verify().summary()
        suggester = active_suggester(project)
        assert isinstance(suggester, CrfSuggester) and suggester.version == record.version
        # a second training replaces it as the active one, in one more event
        second = train_project(project, folds=0).record
        assert second.version != record.version
        assert [m.active for m in list_models(project)] == [False, True]
        assert active_suggester(project).version == second.version
        trained_events = [e for e in project.history() if e.action == "model.trained"]
        assert trained_events[-1].before == {"active": [record.version]}


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
def test_a_model_of_an_older_format_is_retired_not_crashing(trained, fmt, caplog):
    path, result = trained
    with Project.open(path, annotator="alice") as project:
        project.conn.execute("UPDATE learned_models SET format = ?", (fmt,))
        assert active_suggester(project) is None
        [record] = list_models(project)
        assert not record.active
        [event] = [e for e in project.history() if e.action == "model.retired"]
        assert event.target == record.version and "format" in event.after["reason"]
        assert active_suggester(project) is None  # and quietly so from then on


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
        project.conn.execute("UPDATE learned_models SET format = ?", (MODEL_FORMAT + 1,))
        assert active_suggester(project) is None
        assert list_models(project)[0].active  # the newer Biaozhu still uses it
        assert not any(e.action == "model.retired" for e in project.history())


def test_cross_validation_scores_the_crf_beside_the_rules():
    docs = [
        TrainingDoc(f"d{i}", text, tuple(Span(s, e, lab) for s, e, lab in spans))
        for i, (text, spans) in enumerate(corpus(6))
    ]
    evaluation = cross_validate(docs, folds=3, rules=lambda terms: _Nothing())
    assert evaluation["method"] == "k-fold" and evaluation["folds"] == 3
    assert evaluation["test_documents"] == 6 and evaluation["labels"] == ["COMPANY"]
    company = evaluation["crf"]["COMPANY"]
    assert company["gold"] == 18 and company["f1"] > 0.5
    assert evaluation["rules"]["COMPANY"]["predicted"] == 0
    assert evaluation["combined"]["COMPANY"]["correct"] == company["correct"]
    json.dumps(evaluation)  # stored as JSON
    lines = format_evaluation(evaluation)
    assert "3-fold" in lines[0] and any(line.startswith("COMPANY") for line in lines)


class _Nothing:
    name = "nothing"
    version = "0"

    def suggest(self, text):
        return []


def test_cli_train_prints_the_evaluation(tmp_path, capsys):
    path = tmp_path / "cli.biaozhu"
    with Project.create(path, annotator="alice") as project:
        fill(project, corpus(6))
    code = main(["train", str(path), "--folds", "2", "--annotator", "alice"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "trained crf-1-" in out and "2-fold cross-validation over 6" in out
    assert any(line.startswith("COMPANY") for line in out.splitlines())
    with Project.open(path) as project:
        record = list_models(project)[0]
        assert record.cv["folds"] == 2 and "COMPANY" in record.cv["crf"]
    code = main(["train", str(path), "--folds", "1"])
    assert code == 1 and "--folds" in capsys.readouterr().err


def test_training_can_be_cancelled_and_stores_nothing(project):
    fill(project, corpus(4))

    class StopAtOnce(NoProgress):
        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        train_project(project, folds=0, progress=StopAtOnce())
    assert list_models(project) == []


def test_active_learning_orders_the_todo_documents_most_unsure_first(project):
    done = fill(project, corpus(8))
    todo_texts = [
        ("星海电子集团的新产品受到市场欢迎。", []),  # like the training data: sure
        ("紫荆花园物业和青松实业在会上发言，东湖新材料亦有参与。", []),  # new names: unsure
        ("当地经济持续向好。", []),
    ]
    todo = fill(project, todo_texts, done=False)
    project.set_status(todo[2], "in_progress")
    # before any model: the rules' scores order them
    assert sorted(r.doc_id for r in rank_todo(project)) == sorted(todo)
    train_project(project, folds=0)
    assert todo_documents(project) == todo
    ranked = rank_todo(project)
    assert [r.doc_id for r in ranked if r.doc_id in done] == []
    assert sorted(r.doc_id for r in ranked) == sorted(todo)
    values = [r.uncertainty for r in ranked]
    assert values == sorted(values, reverse=True)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert ranked[0].doc_id == todo[1]
    # another annotator has everything still to do
    assert len(rank_todo(project, "bob")) == len(done) + len(todo)


def test_layout_white_space_is_read_through_and_mapped_back():
    # a wrapped line (long, or punctuated prose) joins the next; a short title does not
    text = "聚集企业近三百家，形成了以富联精\n\n密、同兴达科技为龙头的集群。\n\n短标题\n\n正文 第二句。"
    pieces = sentences(text)
    assert [p.text for p in pieces] == [
        "聚集企业近三百家，形成了以富联精密、同兴达科技为龙头的集群。",
        "短标题",
        "正文第二句。",
    ]
    first = pieces[0]
    start = first.text.index("富联精密")
    assert first.original(start, start + 4) == (13, 19)
    assert text[13:19] == "富联精\n\n密"
    # while training, a gold span is never cut
    assert len(sentences("甲公司。乙", [(2, 5)])) == 1


def test_a_span_across_a_layout_break_is_learned_and_found():
    text = "聚集企业近三百家，形成了以富联精\n\n密为龙头的集群。富联精密今年扩产。"
    spans = (Span(13, 19, "COMPANY"), Span(26, 30, "COMPANY"))
    docs = [TrainingDoc(str(i), text, spans) for i in range(3)]
    model = CrfSuggester(train_crf(docs), "t")
    found = {(s.start, s.end) for s in model.suggest(text)}
    assert text[26:30] == "富联精密"
    assert (13, 19) in found and (26, 30) in found


def test_helpers():
    assert decode(["B-A", "I-A", "O", "I-B", "I-B", "B-B", "I-A"]) == [
        (0, 2, "A"),
        (3, 5, "B"),
        (5, 6, "B"),
        (6, 7, "A"),
    ]
    gaz = Gazetteer({"金鹏银行": "COMPANY", "金鹏": "COMPANY", "x": "COMPANY"})
    assert gaz.matches("在金鹏银行") == [(1, 5, "COMPANY")]
    assert gaz.tags("在金鹏银行")[1:] == ["B-COMPANY", "I-COMPANY", "I-COMPANY", "E-COMPANY"]
    kept = without_overlaps([Span(0, 2, "A"), Span(1, 5, "B"), Span(5, 6, "A")])
    assert [(s.start, s.end) for s in kept] == [(1, 5), (5, 6)]
