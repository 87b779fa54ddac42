"""The model the app ships: read offline from resources, scoring the rules'
and its own candidates with calibrated probabilities, shown above the
threshold the curator's costs give; better than the rules alone on news
it never saw; and the app carries on with the rules when it is missing."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models.domain import Span
from models.evaluate import evaluate
from models.learn import bundled as bundled_module
from models.learn.bundled import bundled_model
from models.learn.calibration import (
    expected_calibration_error,
    fit_isotonic,
    outcomes,
    reliability,
    show_threshold,
)
from models.learn.crf import lexicon_groups
from models.learn.data import TrainingDoc
from models.learn.train_bundled import ZONE_NEWS, read_gold, read_zone_study
from models.suggest.candidates import (
    CandidateSet,
    add_company_shapes,
    add_policy_shapes,
    resolve,
)
from models.suggest.engine import Ensemble, default_ensemble
from models.suggest.pipeline import SuggestPipeline, default_suggester
from models.suggest.segment import analyse
from tests.conftest import shared_path

TEXT = "2024年，龙头企业华睿光电实现营收12亿元，同比增长8%，深入实施“智改数转”行动。"


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_the_bundled_model_is_read_from_the_resources():
    model = bundled_model()
    assert model is not None, "resources/models/bundled is missing: run models.learn.train_bundled"
    assert set(model.taggers) == {"clue"}
    assert model.version.startswith("bundled-")
    trained_on = json.dumps(model.manifest["trained_on"])
    assert "news-train" in trained_on and "cluener" in trained_on and "news-dev" not in trained_on
    size = sum(p.stat().st_size for p in bundled_module.bundled_dir().iterdir())
    assert size < 5_000_000


def test_suggestions_name_the_model_and_carry_its_calibrated_probability():
    suggester = default_suggester()
    assert isinstance(suggester, SuggestPipeline)
    out = suggester.suggest(TEXT)
    assert [(s.text, s.label) for s in out] == [
        ("华睿光电", "COMPANY"),
        ("12亿元", "METRIC"),
        ("8%", "METRIC"),
        ("“智改数转”行动", "POLICY"),
    ]
    for s in out:
        assert TEXT[s.start : s.end] == s.text
        assert s.source == "model" and s.version == bundled_model().version
        assert show_threshold() < s.score <= 1.0
        assert s.attrs["sources"]
    assert "metric" in out[1].attrs["sources"] and out[1].attrs["unit"] == "元"


def test_the_threshold_comes_from_what_a_suggestion_costs():
    # accept 1, reject 1, add by hand 2: showing pays above p = 1/2
    assert show_threshold() == 0.5
    assert show_threshold(accept=1, reject=1, add=3) == pytest.approx(1 / 3)
    assert bundled_model().scorer.threshold == 0.5


def test_isotonic_calibration_is_monotone_and_honest():
    raw = [-3, -2, -1, 0, 1, 2, 3, 4]
    truth = [0, 0, 1, 0, 1, 1, 1, 1]
    iso = fit_isotonic(raw, truth)
    values = [iso(r) for r in (-5, -2.5, -0.5, 0.5, 2.5, 9)]
    assert values == sorted(values) and 0 < values[0] < values[-1] < 1
    rows = reliability([0.05, 0.15, 0.95, 0.95], [0, 0, 1, 1])
    assert [r["count"] for r in rows] == [1, 1, 2]
    assert expected_calibration_error(rows) == pytest.approx((0.05 + 0.15 + 2 * 0.05) / 4)


DEV_FLOORS = {"METRIC": 0.92, "COMPANY": 0.78, "POLICY": 0.66}


def test_on_news_it_never_saw_the_model_beats_the_rules_and_is_calibrated():
    dev = read(shared_path("gold", "news-dev.jsonl"))
    gold = {d["id"]: d["spans"] for d in dev}
    model = default_suggester()
    rules = default_ensemble()
    with_model = evaluate(gold, {d["id"]: model.suggest(d["text"]) for d in dev})
    rules_alone = evaluate(gold, {d["id"]: rules.suggest(d["text"]) for d in dev})
    assert with_model.exact["ALL"].f1 > rules_alone.exact["ALL"].f1
    assert with_model.exact["COMPANY"].f1 > rules_alone.exact["COMPANY"].f1
    for label, floor in DEV_FLOORS.items():  # a little under the level reached
        assert with_model.exact[label].f1 >= floor, label
        assert with_model.exact[label].f1 >= rules_alone.exact[label].f1, label  # never worse
    assert expected_calibration_error(reliability(*outcomes(model.scored, dev))) < 0.075


def test_the_seeds_stay_right_through_the_command_line(capsys):
    seeds = shared_path("gold", "seeds.jsonl")
    assert main(["evaluate", str(seeds), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    exact = report["exact"]
    assert exact["METRIC"]["f1"] >= 0.95
    assert exact["COMPANY"]["f1"] >= 0.90
    assert exact["POLICY"]["f1"] >= 0.90


def test_without_the_bundled_model_the_rules_suggest(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(bundled_module, "bundled_dir", lambda: tmp_path / "none")
    suggester = default_suggester()
    assert isinstance(suggester, Ensemble)
    assert [s.text for s in suggester.suggest(TEXT)] == [
        "华睿光电",
        "12亿元",
        "8%",
        "“智改数转”行动",
    ]
    assert "rules alone" in caplog.text


def test_the_trainer_never_reads_news_dev():
    with pytest.raises(SystemExit, match="never for training"):
        read_gold(shared_path("gold", "news-dev.jsonl"))


def test_candidates_by_the_shape_of_the_text():
    text = "梅列农行首批为国投闽光、建祥建筑、恒冠达重工等企业授信，深入实施“1269”行动计划。"
    a = analyse(text)
    cands = CandidateSet()
    add_company_shapes(a, cands, 0, len(a.text))
    add_policy_shapes(a, cands)
    found = {(a.text[c.start : c.end], c.label) for c in cands}
    assert ("恒冠达重工", "COMPANY") in found and ("建祥建筑", "COMPANY") in found
    assert ("“1269”", "POLICY") in found


def test_a_source_proposing_a_span_twice_keeps_its_higher_score():
    # Two of a rule's patterns may find the same name: the scorer reads the
    # surer of the two, in whichever order they fired.
    for first, second in ((0.6, 0.9), (0.9, 0.6)):
        cands = CandidateSet()
        cands.add(0, 4, "COMPANY", "company", first, "suffix")
        cand = cands.add(0, 4, "COMPANY", "company", second, "brand")
        cands.add(0, 4, "COMPANY", "shape", 0.0, "head")
        assert cand.sources == {"company": 0.9, "shape": 0.0}
        assert cand.rules == {"suffix", "brand", "head"}
    assert len(cands) == 1


def test_a_quantity_inside_a_name_yields_to_the_name():
    cands = CandidateSet()
    policy = cands.add(0, 11, "POLICY", "policy")  # 加工增值30%免关税政策
    metric = cands.add(4, 7, "METRIC", "metric")  # 30%
    kept = resolve([(0.7, policy), (0.99, metric)], 0.5)
    assert [c for _p, c in kept] == [policy]


def test_a_firm_inside_a_policy_name_yields_to_the_policy():
    # Gold spans never nest: a policy named after a firm is one POLICY span,
    # however sure the sequence model is of the firm.
    cands = CandidateSet()
    policy = cands.add(0, 8, "POLICY", "policy")  # “龙行工程”…
    firm = cands.add(1, 3, "COMPANY", "clue")  # 龙行
    crossing = cands.add(10, 14, "COMPANY", "clue")
    other = cands.add(12, 18, "POLICY", "policy")
    kept = resolve([(0.6, policy), (0.9, firm), (0.9, crossing), (0.6, other)], 0.5)
    assert [c for _p, c in kept] == [policy, crossing]
    alone = resolve([(0.4, policy), (0.9, firm)], 0.5)
    assert [c for _p, c in alone] == [firm]


def test_a_repeated_text_keeps_its_own_names_out_of_its_lexicon():
    # A text given twice to weigh it stays in one jackknife fold: a copy in
    # another would list its own names for it, and the CRF would learn to
    # trust a list hit blindly.
    docs = [
        TrainingDoc(str(i), f"{name}签约落户。", (Span(0, 4, "COMPANY", name),))
        for i, name in enumerate(["华泓光电", "拓普汽车", "兆驰股份"])
    ]
    repeated = docs + docs[:1]  # the copy's position falls in the other fold
    lexicons = lexicon_groups(repeated, 2)
    for doc, lexicon in zip(repeated, lexicons, strict=True):
        name = doc.spans[0].text
        assert not any(hit for hit in lexicon.find(name)), name


def test_resolve_keeps_the_most_probable_of_overlapping_candidates():
    cands = CandidateSet()
    long = cands.add(0, 6, "COMPANY", "a")
    short = cands.add(2, 6, "COMPANY", "b")
    other = cands.add(8, 10, "METRIC", "c")
    low = cands.add(12, 14, "METRIC", "c")
    kept = resolve([(0.6, long), (0.9, short), (0.7, other), (0.4, low)], 0.5)
    assert [c for _p, c in kept] == [short, other]


def test_the_shipped_crf_reads_only_the_clauses_where_a_name_is_proposed(monkeypatch):
    # Where no rule or lexicon sees a name, the CRF's opinion of the text's
    # shapes is not worth its time: it reads the clauses that hold one.
    featurizer = default_suggester().featurizer
    tagger = featurizer.taggers["clue"]
    opened = []
    read = tagger.open_sentence
    monkeypatch.setattr(
        tagger,
        "open_sentence",
        lambda a, s, e, base=None: opened.append((s, e)) or read(a, s, e, base),
    )
    text = "今年以来，全市工业用电量同比增长8%，新签约项目十个。记者了解到，华睿光电有限公司在高新区投资12亿元。"
    found = featurizer.featurize(text)
    a = found.analysis
    assert [a.text[s:e] for s, e in opened] == ["华睿光电有限公司在高新区投资12亿元。"]
    judged = [
        a.text[c.start : c.end]
        for c, feats in zip(found.candidates, found.features, strict=True)
        if any(name.startswith("clue.") for name in feats)
    ]
    assert "华睿光电有限公司" in judged


def test_the_word_after_a_rules_name_is_weighed_apart_from_the_word_after_a_shape():
    # The shared next-word weights are learned mostly from shapes' and
    # sequence models' spans, most of them wrong; what follows a rule's name
    # says other things, so the scorer reads the next word of a rule's
    # candidate, and only of a rule's, as a feature of its own.
    featurizer = default_suggester().featurizer
    text = "瑞丽浩宇制衣项目、河口观品服装加工生产项目等一批促产业项目加快建设。"
    found = featurizer.featurize(text)
    a = found.analysis
    feats = {
        (a.text[c.start : c.end], tuple(sorted(c.sources))): f
        for c, f in zip(found.candidates, found.features, strict=True)
        if c.label == "COMPANY"
    }
    ruled = [f for (span, src), f in feats.items() if span == "浩宇制衣" and "company" in src]
    assert ruled and "rnw=项目|COMPANY" in ruled[0]
    assert all(
        not any(k.startswith("rnw=") for k in f)
        for (_span, src), f in feats.items()
        if "company" not in src
    )


def test_the_scorer_learns_the_firms_of_the_zone_news_study_half_alone():
    # Zone bulletins are what our users annotate most, and news-train and
    # the seeds hold few of their firms (a known firm opening a project's
    # name, a legal name after its district): the scorer learns their
    # COMPANY spans from the zone-news gold's study half, never from its
    # check half, and never its POLICY spans (another line between named
    # and generic policies) or candidates of a label it holds no gold of.
    docs = read_zone_study()
    rows = read(ZONE_NEWS)
    study = {r["text"] for r in rows if r["meta"]["half"] == "study"}
    assert len(docs) == len(study) == 78
    assert all(d.text in study for d in docs)
    assert {s.label for d in docs for s in d.spans} == {"COMPANY"}
    held_out = bundled_model().manifest["held_out"]
    assert set(held_out["zone-study"]) == {"COMPANY"}


def test_a_known_firm_that_opens_a_projects_name_in_a_zone_bulletin_is_suggested():
    suggester = default_suggester()
    for text, firm in (
        ("今年以来,九江经开区紫光智能终端产业基地项目加快建设,预计年底投产。", "紫光"),
        ("抚州高新区华为云计算数据中心项目签约落地。", "华为"),
    ):
        assert [s.text for s in suggester.suggest(text) if s.label == "COMPANY"] == [firm]


def test_a_known_groups_subsidiary_is_suggested_whole():
    """The guideline takes a subsidiary's or branch's name with its form;
    the app suggests it, not the group's known part alone."""
    suggester = default_suggester()
    for text, firm in (
        ("由中建三局基础设施公司承建的跨江大桥正式通车。", "中建三局基础设施公司"),
        ("会上，三一印度公司负责人介绍了当地市场情况。", "三一印度公司"),
        ("华能湖南新能源公司负责人介绍了风电场的建设情况。", "华能湖南新能源公司"),
    ):
        assert [s.text for s in suggester.suggest(text) if s.label == "COMPANY"] == [firm]


def test_the_shipped_crf_tells_firms_from_other_names_and_proposes_firms_alone():
    """The shipped CRF learned CLUENER's other types (government bodies and
    organizations, places, people, works) as tags of their own, so that it
    tells a firm from a body rather than from plain text; it proposes and
    judges companies alone."""
    import pycrfsuite

    from models.learn.crf import TAGGING, decode
    from models.learn.features import sentence_features

    tagger = bundled_model().taggers["clue"]
    assert sorted(tagger.model.auxiliary) == ["body", "person", "place", "work"]
    assert sorted(tagger.model.labels) == ["COMPANY", "body", "person", "place", "work"]
    assert tagger.labels == ["COMPANY"]
    text = "苏州市人民政府与华为技术有限公司在北京签署战略合作协议。"
    a = analyse(text)
    raw = pycrfsuite.Tagger()
    raw.open_inmemory(tagger.model.model_bytes)
    path = raw.tag(sentence_features(a, 0, len(a.text), tagger.lexicon))
    found = {(a.text[s:e], label) for s, e, label in decode(path)}
    assert {("苏州市人民政府", "body"), ("华为技术有限公司", "COMPANY"), ("北京", "place")} <= found
    with TAGGING:
        best = tagger.open_sentence(a, 0, len(a.text))
        body = tagger.probability(0, 7, "body")
    assert [a.text[s:e] for s, e, _label in best] == ["华为技术有限公司"]
    assert body == (0.0, 0.0)
    shown = default_suggester().suggest(text)
    assert {s.label for s in shown} <= {"METRIC", "COMPANY", "POLICY"}


def test_the_sequence_model_reads_its_own_term_list_not_the_one_the_rules_grow():
    """A COMPANY round adds names to company_names.txt for the rules; the
    sequence model reads its own list (crf_terms.txt, the lists it was
    trained on), which changes only when it is retrained on purpose, so
    that train_bundled gives the shipped CRF whatever the rules' lists hold
    today, and the CRF reads a text when it suggests as it read its
    training sentences: a name added since is plain text to it."""
    from models.learn.crf import doc_sequences
    from models.learn.features import ModelAttributes, model_list_terms, sentence_items
    from models.suggest.lexicon import load_table

    added, kept = "雅戈尔", "中国石化"  # a name of COMPANY 10-14's lists, and one of C9's
    rules = {row[0] for row in load_table("company_names")}
    assert {added, kept} <= rules
    assert added not in model_list_terms() and model_list_terms()[kept] == "kc"
    text = f"{added}与{kept}签署合作协议。"
    ((learned, _tags),) = doc_sequences(TrainingDoc("t", text, ()), None)
    lists = [next(f for f in feats if f.startswith("l=")) for feats in learned]
    assert lists[: len(added)] == ["l=-"] * len(added)
    at = text.index(kept)
    assert lists[at : at + len(kept)] == ["l=B-kc", "l=I-kc", "l=I-kc", "l=E-kc"]
    a = analyse(text)
    attrs = ModelAttributes({"l=B-kc", "l=I-kc", "l=E-kc", "l=-"})
    suggested = [items[10] for items in sentence_items(a, 0, len(a.text), None, attrs)]
    assert [s.decode() for s in suggested] == lists
