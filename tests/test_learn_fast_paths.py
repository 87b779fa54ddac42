"""What the sequence model reads and says, computed the quick way, is what
the plain definition gives: the distance to a company suffix, the words of
a clause, a CRF's confidence in a span. A curator would notice none of
these; a difference would move the model's scores of every candidate."""

from __future__ import annotations

import json
import re
from bisect import bisect_right

import pytest

from models.learn.bundled import bundled_model
from models.learn.crf import TAGGING, CrfTagger, model_attributes, train_crf
from models.learn.data import Span, TrainingDoc
from models.learn.features import (
    SUFFIX_REACH,
    ModelAttributes,
    base_columns,
    sentence_bounds,
    sentence_features,
    sentence_items,
    sentences_items,
    suffix_distance,
)
from models.suggest.segment import Analysis, analyse, compact
from tests.conftest import real_news_texts, shared_path


def test_suffix_distance_counts_back_to_the_suffix_within_its_clause():
    text = "华为科技，中兴通讯公司"
    tags = [None, None, "B-suf", "E-suf", None, None, None, None, None, "B-suf", "E-suf"]
    # the comma closes the first clause: it and what comes before it do not
    # see the suffix after it
    assert suffix_distance(text, tags) == [3, 2, 1, 0, -1, 5, 4, 3, 2, 1, 0]


def test_suffix_distance_reaches_back_a_limited_way_and_stops_at_another_suffix():
    text = "甲" * 20 + "集团" + "乙" * 3 + "公司"
    tags: list[str | None] = [None] * len(text)
    tags[20:22] = ["B-suf", "E-suf"]
    tags[25:27] = ["B-suf", "E-suf"]
    got = suffix_distance(text, tags)
    assert got[21 - SUFFIX_REACH] == SUFFIX_REACH
    assert got[20 - SUFFIX_REACH] == -1  # too far from the suffix
    assert got[22:27] == [4, 3, 2, 1, 0]  # the nearer suffix counts
    assert got[21] == 0


def test_words_of_a_clause_are_cut_at_its_ends():
    a = analyse("深入实施创新驱动发展战略，企业营收增长。")
    words = a.words(2, 12)
    assert words[0][0] == 2 and words[-1][1] == 12
    assert all(s < e for s, e in words)
    assert [e for _s, e in words[:-1]] == [s for s, _e in words[1:]]
    marks = a.word_marks
    assert all(marks[s] == 1 for s, _e in words[1:])


def test_crf_confidence_in_a_span_is_its_tags_marginals():
    model = bundled_model()
    if model is None:
        pytest.skip("no bundled model in this build")
    tagger = next(iter(model.taggers.values()))
    assert tagger._native is not None  # tagging through crfsuite's C interface
    plain = CrfTagger(tagger.model, native=False)  # python-crfsuite's tagger
    label = "COMPANY"
    a = analyse("江西铜博科技有限公司与比亚迪签约，华为旗下公司参与。")
    a.segment_all()
    n = len(a.text)
    with TAGGING:
        tagger.open_sentence(a, 0, n)
        plain.open_sentence(a, 0, n)
        spans = [(0, 10), (11, 14), (17, 19), (2, 6), (0, n)]
        # asked twice and out of order: the marginals read once serve again
        got = [tagger.probability(s, e, label) for s, e in spans + spans[::-1]]
        marginal = plain._tagger.marginal
        for (s, e), (lowest, mean) in zip(spans + spans[::-1], got, strict=True):
            probs = [marginal("B-" + label, s)]
            probs += [marginal("I-" + label, k) for k in range(s + 1, e)]
            if e < n:
                probs.append(1.0 - marginal("I-" + label, e))
            assert (lowest, mean) == (min(probs), sum(probs) / len(probs))
        assert tagger.probability(0, 3, "NOT-A-LABEL") == (0.0, 0.0)


def test_a_span_is_ruled_out_as_its_lowest_probability_says(seed_crf):
    """A shape candidate is dropped when every model's lowest tag probability
    over it is below a floor; read with as few marginals as it takes, the
    answer is the one its whole probability gives, whatever was read
    before (spans of every length in real news, asked in a shuffled order,
    the first half with nothing read yet)."""
    import random

    rng = random.Random(11)
    quick, plain = CrfTagger(seed_crf), CrfTagger(seed_crf)
    answers = set()
    for text in real_news_texts("seeds.jsonl")[:3]:
        a = analyse(text)
        for start, end in sentence_bounds(a.text)[:30]:
            spans = [
                (s, min(s + k, end), label)
                for s in range(start, end)
                for k in (1, 2, 4, 7)
                for label in ("COMPANY", "POLICY", "NOT-A-LABEL")
            ]
            rng.shuffle(spans)
            with TAGGING:
                quick.open_sentence(a, start, end)
                plain.open_sentence(a, start, end)
                for k, (s, e, label) in enumerate(spans):
                    floor = (0.02, 0.3, 0.9)[k % 3]
                    if k > len(spans) // 2:
                        quick.probability(s, e, label)  # read some marginals ahead
                    said = quick.rules_out(s, e, label, floor)
                    assert said == (plain.probability(s, e, label)[0] < floor) or (
                        label == "NOT-A-LABEL" and not said
                    )
                    answers.add(said)
            assert not quick.rules_out(end, end + 1, "COMPANY", 1.0)  # outside the sentence
    assert answers == {True, False}


def test_airlines_are_sought_near_their_word_as_everywhere():
    from models.suggest.company import AIRLINE, _airline_matches

    texts = [
        "厦门航空与美国航空公司签约，航空港建设提速。",
        "新加坡航空航空货运量增长，东方航空、南方航空和海南航空运力恢复。",
        "航空",
        "a航空航空航空",
        "今年航空运输平稳",
    ]
    for text in texts:
        want = [(m.span(), m.span(1)) for m in AIRLINE.finditer(text)]
        assert [(m.span(), m.span(1)) for m in _airline_matches(text)] == want


def test_which_names_hold_a_firm_is_what_testing_every_name_gives():
    """Resolving a long text asks, for each firm, whether a longer policy
    name holds it; the index must agree with testing every name."""
    import random

    from models.suggest.candidates import Candidate, NameIndex

    rng = random.Random(7)

    def span(label: str, longest: int) -> Candidate:
        start = rng.randrange(0, 400)
        return Candidate(start, start + rng.randrange(1, longest), label)

    names = [span("POLICY", 40) for _ in range(60)]
    firms = [span("COMPANY", 12) for _ in range(500)] + names  # a name never holds itself
    index = NameIndex(names)
    for firm in firms:
        plain = any(
            n.start <= firm.start and firm.end <= n.end and n.end - n.start > firm.end - firm.start
            for n in names
        )
        assert index.holds(firm) == plain
    assert sum(index.holds(f) for f in firms) > 50  # the test draws both answers


def _candidates(cands) -> list[tuple]:
    return [(c.key, c.sources, c.rules, c.attrs) for c in cands]


def test_a_rules_candidates_are_those_its_suggestions_give():
    """The featurizer takes a name or quantity rule's candidates straight from
    the compact text: they must be the spans, scores, rules and attributes
    its suggestions, mapped to the original text and back, give (layout
    white space inside names and numbers included)."""
    import json

    from models.suggest.candidates import CandidateSet
    from models.suggest.engine import default_suggesters
    from models.suggest.segment import Candidate, NameRules
    from tests.conftest import shared_path

    class Oddly(NameRules):  # a score its suggestions round, and an empty span
        name, version, label = "oddly", "1", "COMPANY"

        def find(self, a):
            return [Candidate(0, 4, 0.123456, "odd"), Candidate(5, 5, 0.5, "empty")]

    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[:20] if line.strip()]
    texts.append("富联精\n\n密与 153.62 亿元的“十四五”规划：江西铜博科技有限公司\n签约。")
    for text in texts:
        a = analyse(text)
        a.segment_all()
        for rule in [*default_suggesters(), Oddly()]:
            quick, plain = CandidateSet(), CandidateSet()
            quick.add_rule(a, text, rule)
            plain.add_suggestions(a, rule.suggest(text))
            assert _candidates(quick) == _candidates(plain)


def test_a_candidates_score_read_from_the_weights_is_its_features_score():
    """Suggesting reads each candidate's weights by feature family and value,
    without writing its features out: the score must be, bit for bit, what
    the scorer gives the features (a project's lexicon source, and words
    with = and | in them, included)."""
    import json

    from models.learn.scorer import ScorerModel
    from models.learn.span_features import Featurizer, WeightTable
    from models.suggest.engine import default_suggesters
    from tests.conftest import shared_path

    model = bundled_model()
    if model is None:
        pytest.skip("no bundled model in this build")
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[:20] if line.strip()]
    texts.append("据|比亚迪=公司消息，江西铜博科技有限公司与比亚迪签约，“十四五”规划落地。")
    lexicon = {"比亚迪": ("COMPANY", 0.8), "铜博科技": ("COMPANY", 0.3)}
    featurizer = Featurizer(default_suggesters(), model.taggers, lexicon)
    found = [featurizer.featurize(text) for text in texts]
    # every feature seen weighted, so that a name read wrong would count
    names = sorted({name for f in found for feats in f.features for name in feats})
    every = {name: 1.0 + k / len(names) for k, name in enumerate(names)}
    scorers = [model.scorer, ScorerModel(weights=every, calibration=model.scorer.calibration)]
    assert "lexicon.lo" in every and any(n.startswith("pw=|") for n in every)
    for scorer in scorers:
        table = WeightTable(scorer.weights)
        for text, want in zip(texts, found, strict=True):
            _a, raw = featurizer.raw_scores(text, table)
            assert [c.key for c, _r in raw] == [c.key for c in want.candidates]
            assert [r for _c, r in raw] == [scorer.raw(f) for f in want.features]


@pytest.fixture(scope="module")
def seed_crf():
    """A CRF trained on the seed articles, as a project's own model is."""
    docs = []
    for i, line in enumerate(shared_path("gold", "seeds.jsonl").read_text("utf-8").splitlines()):
        if line.strip():
            row = json.loads(line)
            spans = tuple(Span(s["start"], s["end"], s["label"]) for s in row["spans"])
            docs.append(TrainingDoc(f"seed{i}", row["text"], spans))
    return train_crf(docs)


def _dumped_attributes(tagger: CrfTagger, path) -> tuple[int, set[str]]:
    """crfsuite's own count of a model's attributes, and those of them its
    text dump writes on one line."""
    tagger._tagger.dump(str(path))
    dump = path.read_text(encoding="utf-8")
    count = int(re.search(r"num_attrs: (\d+)", dump).group(1))
    section = dump[dump.index("ATTRIBUTES = {") : dump.index("TRANSITIONS = {")]
    lines = re.findall(r"^ +\d+: (.+)$", section, flags=re.MULTILINE)
    return count, set(lines)


def test_the_attributes_read_from_a_model_file_are_those_crfsuite_holds(seed_crf, tmp_path):
    tagger = CrfTagger(seed_crf)
    known = model_attributes(seed_crf.model_bytes)
    count, dumped = _dumped_attributes(tagger, tmp_path / "dump.txt")
    assert len(known) == count
    # an attribute holding a line break (c+1=\n) is cut at it in the dump
    cut = dumped - known
    assert all(any(k.startswith(d + "\n") for k in known) for d in cut)
    assert len(cut) < 10 and len(dumped - cut) > 1000
    assert model_attributes(seed_crf.model_bytes[:1000]) is None
    assert model_attributes(b"not a model") is None


def test_a_sentence_as_a_model_reads_it_is_its_features_encoded(seed_crf):
    """The attributes fed to crfsuite, read from caches, are the features'
    strings in their order (the weights are summed in it), as UTF-8, with
    those the model never weighs left empty (crfsuite skips them)."""
    taggers = [CrfTagger(seed_crf)]
    model = bundled_model()
    if model is not None:
        taggers += list(model.taggers.values())
    texts = real_news_texts("news-train.jsonl", "seeds.jsonl")
    for tagger in taggers:
        known = model_attributes(tagger.model.model_bytes)
        attrs = ModelAttributes(known)
        sentences = 0
        for text in texts:
            a = Analysis(compact(text))
            for start, end in sentence_bounds(a.text):
                plain = [
                    tuple(s.encode() if s in known else b"" for s in item)
                    for item in sentence_features(a, start, end, tagger.lexicon)
                ]
                assert sentence_items(a, start, end, tagger.lexicon, attrs) == plain
                sentences += 1
        assert sentences > 1000


def test_sentences_built_together_are_each_as_built_alone(seed_crf):
    """Sentences a model reads one after another are built over their whole
    stretch at once; each is what it is alone, the words, term-list hits and
    neighbours at its ends included (runs of 1 to 40 sentences)."""
    tagger = CrfTagger(seed_crf)
    attrs = ModelAttributes(model_attributes(seed_crf.model_bytes))
    checked = 0
    for i, text in enumerate(real_news_texts("news-train.jsonl", "seeds.jsonl")):
        a = Analysis(compact(text))
        bounds = sentence_bounds(a.text)
        size = 1 + i % 40
        for k in range(0, len(bounds), size):
            run = bounds[k : k + size]
            alone = [sentence_items(a, s, e, tagger.lexicon, attrs) for s, e in run]
            assert sentences_items(a, run, tagger.lexicon, attrs) == alone
            checked += len(run)
    assert checked > 1000


def _clauses_apart(text: str, step: int) -> list[tuple[int, int]]:
    """Every ``step``-th clause of a compact text (cut after each of ，；：
    within its sentences), so that most lie apart from each other."""
    clauses = []
    for start, end in sentence_bounds(text):
        cuts = [start, *(i + 1 for i in range(start, end - 1) if text[i] in "，；："), end]
        clauses += [(s, e) for s, e in zip(cuts, cuts[1:], strict=False) if s < e]
    return clauses[::step]


def test_stretches_apart_built_together_are_each_as_built_alone(seed_crf):
    """The clauses a judging model reads in a text lie apart; built together
    (joined, their words cut at their ends), each is what it is alone, its
    neighbours, words and term-list hits at its ends included."""
    tagger = CrfTagger(seed_crf)
    attrs = ModelAttributes(model_attributes(seed_crf.model_bytes))
    checked = 0
    for i, text in enumerate(real_news_texts("news-train.jsonl", "seeds.jsonl")):
        a = Analysis(compact(text))
        stretches = _clauses_apart(a.text, 2 + i % 3)
        if stretches:
            alone = [sentence_items(a, s, e, tagger.lexicon, attrs) for s, e in stretches]
            assert sentences_items(a, stretches, tagger.lexicon, attrs) == alone
            checked += len(stretches)
    assert checked > 500


def test_a_judge_told_its_clauses_reads_each_as_alone(seed_crf):
    """A judging model told the clauses it will read builds them together a
    stretch ahead; each is tagged and weighed as when read on its own, and
    a stretch it was not told of is read alone."""
    told, alone = CrfTagger(seed_crf), CrfTagger(seed_crf)
    checked = 0
    for text in real_news_texts("seeds.jsonl")[:3]:
        a = analyse(text)
        stretches = _clauses_apart(a.text, 2)
        with TAGGING:
            told.expect(a, stretches)
            for start, end in [*stretches, (stretches[0][0], stretches[0][1] + 1)]:
                shared = base_columns(a, start, end)
                best = told.open_sentence(a, start, end, shared)
                assert best == alone.open_sentence(a, start, end, shared)
                for s, e, label in [*best, (start, min(end, start + 3), "COMPANY")]:
                    assert told.probability(s, e, label) == alone.probability(s, e, label)
                checked += 1
    assert checked > 50


def test_a_model_tags_and_weighs_the_encoded_sentence_as_the_plain_one(seed_crf):
    tagger = CrfTagger(seed_crf)
    crf = tagger._tagger
    attrs = ModelAttributes(model_attributes(seed_crf.model_bytes))
    labels = crf.labels()
    checked = 0
    for text in real_news_texts("seeds.jsonl")[:3]:
        a = analyse(text)
        for start, end in sentence_bounds(a.text):
            with TAGGING:
                crf.set(sentence_features(a, start, end, tagger.lexicon))
                plain = crf.tag(), [crf.marginal(y, k) for y in labels for k in range(end - start)]
                crf.set(sentence_items(a, start, end, tagger.lexicon, attrs))
                fast = crf.tag(), [crf.marginal(y, k) for y in labels for k in range(end - start)]
            assert fast == plain  # bit for bit
            checked += 1
    assert checked > 50


def test_a_model_whose_attributes_cannot_be_listed_reads_the_strings_alike(seed_crf):
    fast, plain = CrfTagger(seed_crf), CrfTagger(seed_crf, native=False)
    plain._attributes = None  # as for a model file crfsuite lays out otherwise
    a = analyse(real_news_texts("seeds.jsonl")[0])
    for start, end in sentence_bounds(a.text)[:40]:
        shared = base_columns(a, start, end)
        with TAGGING:
            seen = [(t.open_sentence(a, start, end, shared), t) for t in (fast, plain)]
            (best, f), (other, p) = seen
            assert best == other
            for s, e, label in best:
                assert f.probability(s, e, label) == p.probability(s, e, label)


def test_a_model_reading_sentence_after_sentence_reads_each_as_alone(seed_crf):
    """Sentences read without shared columns are built a stretch ahead; in
    any order, each is tagged and weighed as when read on its own."""
    ahead, alone = CrfTagger(seed_crf), CrfTagger(seed_crf)
    for text in real_news_texts("seeds.jsonl")[:2]:
        a = analyse(text)
        bounds = sentence_bounds(a.text)
        for order in (bounds, bounds[::-1], bounds[1::2] + bounds[::2]):
            for start, end in order:
                with TAGGING:
                    best = ahead.open_sentence(a, start, end)
                    assert best == alone.open_sentence(a, start, end, base_columns(a, start, end))
                    for s, e, label in [*best, (start, min(end, start + 3), "COMPANY")]:
                        assert ahead.probability(s, e, label) == alone.probability(s, e, label)


def test_sentences_without_a_proposed_name_are_skipped_with_the_same_result():
    """The model that judges reads only the sentences where a rule or a
    lexicon proposes a name: visiting every sentence of real news instead
    gives the same candidates, opinions and counts, and most are skipped."""
    from models.learn.span_features import Featurizer, Sentence
    from models.suggest.engine import default_suggesters
    from tests.conftest import real_news_texts

    model = bundled_model()
    if model is None:
        pytest.skip("no bundled model in this build")

    class Counted(Featurizer):
        visits = 0

        def _read(self, *args):
            type(self).visits += 1
            super()._read(*args)

    class EverySentence(Counted):
        visits = 0

        def _sentences(self, a, cands):  # the plain reading: each sentence is visited
            bounds = sentence_bounds(a.text)
            starts = [s for s, _e in bounds]
            inside = [{} for _ in bounds]
            for c in cands:
                k = bisect_right(starts, c.start) - 1
                if k >= 0 and c.end <= bounds[k][1]:
                    inside[k][c.key] = c
            return [Sentence(s, e, held) for (s, e), held in zip(bounds, inside, strict=True)]

    quick = Counted(default_suggesters(), model.taggers)
    plain = EverySentence(default_suggesters(), model.taggers)
    assert not quick.proposers  # the shipped model judges: the shortcut applies
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        _a, kept, judged, repeats = quick._candidates(text)
        _a, plain_kept, plain_judged, plain_repeats = plain._candidates(text)
        assert [(c.key, c.sources, c.rules) for c in kept] == [
            (c.key, c.sources, c.rules) for c in plain_kept
        ]
        assert judged == plain_judged and repeats == plain_repeats
    assert 0 < Counted.visits < EverySentence.visits / 2


def test_the_clauses_holding_a_span_are_those_each_break_character_gives():
    """The stretch a judging model reads is found by two searches; it is what
    looking for each clause break on its own gives, over every sentence of
    real news and spans at its start, end, breaks and in between."""
    from models.learn.span_features import CLAUSE_BREAKS, clause_stretch

    def plain(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        first = max(start - 1, *(text.rfind(mark, start, lo) for mark in CLAUSE_BREAKS)) + 1
        ends = [i for i in (text.find(mark, hi, end) for mark in CLAUSE_BREAKS) if i >= 0]
        return first, min(ends) + 1 if ends else end

    checked = 0
    for text in real_news_texts("seeds.jsonl"):
        text = compact(text).text
        for start, end in sentence_bounds(text):
            marks = [i for i in range(start, end) if text[i] in CLAUSE_BREAKS]
            places = sorted({start, end, start + 1, end - 1, *marks, *(i + 1 for i in marks)})
            places = [p for p in places if start <= p <= end]
            for lo in places:
                for hi in places:
                    if lo <= hi:
                        assert clause_stretch(text, start, end, lo, hi) == plain(
                            text, start, end, lo, hi
                        )
                        checked += 1
    assert checked > 10_000


def test_the_members_of_a_list_are_those_a_walk_over_its_characters_gives():
    """A list's members (A、B、C) are bounded by two searches around each 、;
    they are what walking character by character from it gives, over every
    sentence of real news and over stretches that cut into a list."""
    from models.suggest.candidates import CLAUSE_END, LIST_ITEM_CHARS, LIST_MARK, _list_items

    def plain(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        low, high = LIST_ITEM_CHARS
        out = []
        pos = text.find(LIST_MARK, lo, hi)
        while pos >= 0:
            start = pos
            while start > lo and text[start - 1] not in CLAUSE_END and text[start - 1] != LIST_MARK:
                start -= 1
            if low <= pos - start <= high:
                out.append((start, pos, "list"))
            end = pos + 1
            while end < hi and text[end] not in CLAUSE_END and text[end] not in "、等和及与":
                end += 1
            if low <= end - pos - 1 <= high and (end >= hi or text[end] != LIST_MARK):
                out.append((pos + 1, end, "list"))
            pos = text.find(LIST_MARK, pos + 1, hi)
        return out

    found = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        text = compact(text).text
        for start, end in sentence_bounds(text):
            for lo, hi in ((start, end), (start + 3, end - 2), (start, start + 9)):
                got = list(_list_items(text, lo, hi))
                assert got == plain(text, lo, hi)
                found += len(got)
    assert found > 1000


def test_a_shape_is_ruled_out_as_the_highest_of_its_lowest_probabilities_says():
    """Whether the models rule a shape candidate out is read in a plain loop;
    it is what max() over the models' lowest probabilities gives, for one to
    four models, ties and a NaN among them included."""
    import random

    from models.learn.span_features import RULED_OUT, _ruled_out

    rng = random.Random(11)
    values = [0.0, RULED_OUT, 0.5, float("nan"), RULED_OUT / 2, 1.0]
    for _ in range(2000):
        size = rng.randrange(1, 5)
        judged = {
            f"m{k}": (rng.choice(values + [rng.random() / 10]), 0.5, k % 2 == 0)
            for k in range(size)
        }
        plain = max(lowest for lowest, _mean, _best in judged.values()) < RULED_OUT
        assert _ruled_out(judged) == plain
    assert not _ruled_out({}) and not _ruled_out(None)


def test_suggesting_leaves_nothing_for_the_cycle_collector():
    """A text's analysis, its compact copy and what the rules kept in its
    ``memo`` are freed by reference counting once the next text is
    analysed: none of them is held in a reference cycle, which only the
    cyclic collector would free, texts later (an analysis once held itself
    through its ``starts``)."""
    import gc

    from models.suggest.pipeline import default_suggester

    model = default_suggester()
    texts = real_news_texts("news-train.jsonl")[:30]
    for text in texts:  # every rule's tables and caches made first
        model.suggest(text)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            model.suggest(text + " ")  # new strings: analysed again
        analyse("最后一篇。")  # the last text's analysis is let go too
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()


def test_suffix_runs_are_the_characters_suffix_reach_gives():
    """The suffix distance column is written a run at a time (a slice per
    suffix, back to the clause mark or suffix before it): each run holds the
    characters, at the distances, that walking back character by character
    gives, over real news and its company suffixes and legal forms."""
    from models.learn.features import (
        bundled_lists,
        ends_suffix,
        suffix_reach,
        suffix_runs,
        term_tags,
    )

    found = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        text = compact(text).text
        tags = term_tags(text, bundled_lists())
        ends = [i for i, tag in enumerate(tags) if tag is not None and ends_suffix(tag)]
        walked = list(suffix_reach(text, ends))
        runs = [
            (i, end - i)
            for first, end in suffix_runs(text, ends)
            for i in range(end, first - 1, -1)
        ]
        assert runs == walked
        found += len(ends)
    assert found > 150


def test_a_suggestion_made_at_once_is_the_one_the_dataclass_builds():
    """``Suggestion.made`` fills the instance's fields in one update instead
    of the frozen dataclass's ``__init__``: the pipeline's suggestions over
    real news equal, print, pickle and compare as those built by
    ``Suggestion(...)`` from the same fields, each field in the same place."""
    import pickle
    from dataclasses import astuple, fields

    from models.domain import Suggestion
    from models.suggest.pipeline import default_suggester

    model = default_suggester()
    names = [f.name for f in fields(Suggestion)]
    made = 0
    for text in real_news_texts("news-train.jsonl")[:40]:
        for s in model.suggest(text):
            built = Suggestion(*(getattr(s, name) for name in names))
            assert type(s) is Suggestion
            assert list(vars(s)) == names == list(vars(built))
            assert s == built and astuple(s) == astuple(built) and repr(s) == repr(built)
            assert pickle.dumps(s) == pickle.dumps(built)
            made += 1
    assert made > 300
    with pytest.raises(AttributeError):  # frozen as ever
        s.score = 0.0


def test_the_last_split_before_a_place_is_the_one_a_search_back_finds():
    """``Analysis.split_before`` reads the last of some sentence splits before
    a place off the splits found when the text was analysed: at every place
    of real news (traditional and garbled pages among them, and texts that
    end with and without a split), for every set of marks a caller may
    ask, it is just after the last such mark before it, as a plain walk
    finds."""
    from models.suggest.segment import SPLITS

    sets = [SPLITS, "。！？!?\n", "；;", "\n", "。"]
    extra = ["", "。", "甲。乙；丙", "；；\n\n。", "无标点的一段文字"]
    checked = 0
    for text in [*real_news_texts("news-train.jsonl", "seeds.jsonl"), *extra]:
        a = analyse(text)
        t = a.text
        for marks in sets:
            plain = 0  # just after the last mark before pos
            for pos in range(len(t) + 1):
                assert a.split_before(pos, frozenset(marks)) == plain, (marks, pos, t[:20])
                if pos < len(t) and t[pos] in marks:
                    plain = pos + 1
                checked += 1
    assert checked > 100_000


def test_the_units_led_by_their_first_characters_match_as_the_bare_tree():
    """``longest_first`` leads the units' tree with a look-ahead at their first
    characters: at every place of real news, and of every unit written out
    (with what may follow it), the led pattern matches what the tree alone
    matches, and the quantities found are the same."""
    from models.suggest import numbers
    from models.suggest.numbers import UNIT_AFTER, UNITS

    tree: dict = {}
    for word in UNITS:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = UNIT_AFTER.get(word, "")
    bare = re.compile(numbers._branches(tree))
    led = re.compile(numbers.UNIT_RE)
    assert led.pattern.startswith("(?=[") and led.pattern != bare.pattern
    texts = [compact(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    texts.append("".join(f"3{unit}点位，" for unit in UNITS) + "GWHkwh")
    matched = 0
    for text in texts:
        for pos in range(len(text) + 1):
            got, want = led.match(text, pos), bare.match(text, pos)
            assert (got and got.span()) == (want and want.span()), (pos, text[pos : pos + 8])
            matched += want is not None
    assert matched > 3_000


def test_a_quantitys_shortcuts_say_what_the_patterns_say():
    """``_quantity`` reads QUANTITY's groups by place, tests a Latin letter
    before a number by a set, asks PRE_SHORT and a minus sign only after the
    characters they start with, and makes its hit from a tuple: over real
    news each of these says what the pattern or the class it stands for
    says, and the hits are the NamedTuple's own."""
    from models.suggest import metric

    assert tuple(metric.QUANTITY.groupindex) == metric.QUANTITY_GROUPS
    texts = [compact(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    texts.append("超100亿元，过万亿，增速-3.2%，Ab3个，超过五成")
    shorts = 0
    for text in texts:
        for pos, ch in enumerate(text):
            assert (ch in metric.ASCII_LETTERS) == bool(metric.LATIN.match(ch)), ch
            if metric.PRE_SHORT.match(text, pos):
                assert ch in "超过"
                shorts += 1
            if metric._negative(text, pos):
                assert pos >= 2 and text[pos - 1] in "-－−"
    assert shorts > 20
    fields = (3, 9, 1.5e9, "元", "超", 0.95, "quantity")
    made, plain = metric._new_hit(fields), metric._Hit(*fields)
    assert type(made) is metric._Hit and made == plain and repr(made) == repr(plain)
    assert made.value == 1.5e9 and made._asdict() == plain._asdict()


def test_the_word_starts_kept_in_order_are_where_the_marks_are():
    """``Analysis.word_starts`` (the scorer bisects it) is kept from the cut
    of the whole text: over real news, and texts whose sentences were cut
    one by one before the whole, it is every place whose word mark is 1,
    the sentences' starts and the text's end among them."""
    from itertools import compress

    texts = real_news_texts("news-train.jsonl", "seeds.jsonl")
    texts += ["", "。", "甲。乙；丙\n丁", "Ab 12.5%，增长3倍！？"]
    for k, text in enumerate(texts):
        a = analyse(text)
        if k % 2 and a.text:
            a.token(len(a.text) // 2)  # one sentence cut first, alone
        marks = a.word_marks
        assert a.word_starts == list(compress(range(len(a.text) + 1), marks))
        assert a.word_starts[0] == 0 and a.word_starts[-1] == len(a.text)


def test_a_word_found_in_the_kept_starts_is_the_one_the_marks_say():
    """``Analysis.token`` bisects the kept word starts once the whole text is
    cut: at every place of real news (and just outside the text) it gives
    the word the marks' searches give."""
    texts = real_news_texts("news-train.jsonl", "seeds.jsonl") + ["", "甲", "甲。乙"]
    for text in texts:
        a = analyse(text)
        a.segment_all()
        marks = a.word_marks
        for pos in range(-1, len(a.text) + 2):
            assert a.token(pos) == (marks.rfind(1, 0, pos + 1), marks.find(1, pos + 1)), pos


def test_company_shapes_step_back_through_the_kept_starts_as_through_the_marks():
    """``_company_shapes`` walks back from a shape's end word by word through
    the kept word starts: over real news, for every sentence and every
    stretch from a place inside one to its end, the shapes are those the
    walk through the marks (the plain definition, written out here) gives."""
    from models.suggest import candidates as c

    def plain(a, lo, hi):
        text, marks = a.text, a.word_marks
        for _s, end, _term, _label in c.shape_lexicon().find(text[lo:hi]):
            end += lo
            if marks[end] != 1:
                continue
            start = end
            for _ in range(c.MAX_WORDS_BACK):
                if start == lo or text[start - 1] in c.CLAUSE_END or text[start - 1] in c.LIST_MARK:
                    break
                start = marks.rfind(1, 0, start)
                if end - start > c.MAX_SHAPE_CHARS:
                    break
                yield start, end, "head"
        yield from c._brands(a, lo, hi)
        yield from c._list_items(text, lo, hi)

    shapes = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        a = analyse(text)
        a.segment_all()
        for lo, hi in sentence_bounds(a.text):
            for start in {lo, (lo + hi) // 2, max(lo, hi - 7)}:
                got = list(c._company_shapes(a, start, hi))
                assert got == list(plain(a, start, hi)), (start, hi)
                shapes += len(got)
    assert shapes > 2_000


def test_sentence_bounds_from_the_analysed_splits_are_the_scanned_ones():
    """``sentence_bounds`` given the splits the analysis found
    (``Analysis.split_ends``) cuts a text as its own scan does: over real
    news and texts that end with and without a split."""
    from models.suggest.segment import SENTENCE_SPLIT

    texts = real_news_texts("news-train.jsonl", "seeds.jsonl") + ["", "。", "甲。乙", "甲\n"]
    for text in texts:
        a = analyse(text)
        assert a.split_ends == [m.end() for m in SENTENCE_SPLIT.finditer(a.text)]
        assert sentence_bounds(a.text, a.split_ends) == sentence_bounds(a.text)


def test_resolving_by_keys_made_at_once_keeps_what_the_sort_by_key_keeps():
    """``resolve`` ranks the candidates by keys made in one comprehension,
    each with its place last: over the pipeline's candidates of real news,
    at several thresholds, it keeps what the stable sort by the key
    function (the plain definition, written out here) keeps, in order."""
    from models.suggest.candidates import (
        COMPANY,
        POLICY,
        YIELDING_LABELS,
        NameIndex,
        resolve,
    )
    from models.suggest.pipeline import default_suggester

    def plain(scored, threshold):
        shown = [sc for sc in scored if sc[0] > threshold]
        policies = NameIndex([c for _p, c in shown if c.label == POLICY])
        ranked = sorted(
            shown,
            key=lambda sc: (
                sc[1].label in YIELDING_LABELS,
                sc[1].label == COMPANY and policies.holds(sc[1]),
                -sc[0],
                sc[1].start - sc[1].end,
                sc[1].start,
            ),
        )
        taken = bytearray(max((c.end for _p, c in ranked), default=0) + 1)
        kept = []
        for p, cand in ranked:
            if taken.find(1, cand.start, cand.end) >= 0:
                continue
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append((p, cand))
        kept.sort(key=lambda sc: (sc[1].start, sc[1].end))
        return kept

    model = default_suggester()
    kept = 0
    for text in real_news_texts("news-train.jsonl")[:60]:
        scored, _a = model.scored(text)
        # ties of probability too: the same scores rounded coarsely
        rounded = [(round(p, 1), c) for p, c in scored]
        for candidates in (scored, rounded):
            for threshold in (0.0, 0.3, 0.5, 0.9):
                got = resolve(candidates, threshold)
                assert [(p, c.key) for p, c in got] == [
                    (p, c.key) for p, c in plain(candidates, threshold)
                ]
                kept += len(got)
    assert kept > 2_000


def test_a_quantitys_value_unit_and_indicator_read_the_short_way_are_the_plain_ones():
    """``_quantity`` reads a number of ASCII digits by ``float``, a unit's
    form from UNIT_FORMS, a scale only where there is one; ``_indicator``
    seeks only the leading words whose first character its clause holds.
    Over real news each gives what the plain call or loop (written out
    here) gives, and every unit's glued-word test of more than one
    character is no."""
    from models.suggest import metric
    from models.suggest.numbers import UNITS, normalise_unit, parse_number, scale_value

    def plain_indicator(a, start, previous):
        seg = a.text[max(metric._clause_start(a, start), start - metric.INDICATOR_READS) : start]
        if "年" in seg:
            seg = metric.YEAR_IN_INDICATOR.sub("", seg)
        changed = True
        while changed and seg:
            shorter = metric._cut_trailing(seg)
            changed = len(shorter) < len(seg)
            seg = shorter
        cut = 0
        for word in metric.INDICATOR_LEADING:
            k = seg.rfind(word)
            if k >= 0 and k + len(word) < len(seg):
                cut = max(cut, k + len(word))
        seg = seg[cut:].strip("，,、 的")
        if len(seg) > 30:
            seg = seg[-30:]
        if previous is not None and seg.startswith(metric.CHANGE_WORDS):
            prev_start, prev_indicator = previous
            sentence = metric._clause_start(a, start, metric.SENTENCE_MARKS)
            if (
                prev_start >= sentence
                and prev_indicator
                and not prev_indicator.startswith(metric.CHANGE_WORDS)
            ):
                base = prev_indicator
                for word in metric.CHANGE_WORDS:
                    k = base.find(word)
                    if k > 0:
                        base = base[:k]
                seg = base + seg
        return seg

    for unit in UNITS:
        assert (metric.UNIT_FORMS.get(unit) or (unit, 1.0)) == normalise_unit(unit)
    assert scale_value("") == 1.0
    rules = metric.MetricSuggester()
    asked = 0
    for text in real_news_texts("news-train.jsonl", "seeds.jsonl"):
        a = analyse(text)
        for m in metric.QUANTITY.finditer(a.text):
            num, unit = m.group("num", "unit")
            if num.isascii() and num.isdigit():
                assert float(num) == parse_number(num)
            if unit and len(unit) > 1:
                assert not metric._glued_word(a.text, m.end() - len(unit), m.end())
        previous = None
        for h, attrs in rules.attributed(a):
            for prev in (None, previous):
                assert metric._indicator(a, h.start, prev) == plain_indicator(a, h.start, prev)
            previous = (h.start, attrs["indicator"])
            asked += 1
    assert asked > 1_000


def test_the_words_of_a_stretch_from_the_kept_starts_are_the_marks_words():
    """``Analysis.words`` bisects the kept word starts once the whole text is
    cut: for stretches of real news (and reaching past its end) it gives
    the words the marks' slice gives, the first and last cut at the ends."""
    from itertools import compress

    for text in real_news_texts("news-train.jsonl", "seeds.jsonl") + ["甲", "甲。乙"]:
        a = analyse(text)
        a.segment_all()
        n = len(a.text)
        for start in range(0, n + 2, 3):
            for end in (start, start + 1, start + 5, start + 17, n, n + 3):
                if end <= start:
                    continue
                starts = compress(range(start + 1, end), a.word_marks[start + 1 : end])
                cuts = [start, *starts, end]
                assert a.words(start, end) == list(zip(cuts, cuts[1:], strict=False)), (start, end)


def test_years_found_from_their_end_are_the_ones_the_year_pattern_finds():
    """The quantity rules find a text's years from each 年, the year read
    behind it: over real news and runs of digits, full-width digits and
    years back to back, the years (where each starts and ends, and its
    digits) are YEAR's matches."""
    from models.suggest import metric

    texts = [compact(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    texts += ["12020年", "2020年2021年度", "１９９８年，1899年，20245年", "年2019年年", "2020"]
    found = 0
    for text in texts:
        want = [(m.start(), m.end(), m.group(1)) for m in metric.YEAR.finditer(text)]
        got = [(m.start(1), m.end(), m.group(1)) for m in metric.YEAR_BY_ITS_END.finditer(text)]
        assert got == want, text[:30]
        found += len(want)
    assert found > 150


def _models_tagged(seed_crf) -> list[CrfTagger]:
    """A project's CRF (trained on the seeds) and the bundled model's."""
    taggers = [CrfTagger(seed_crf)]
    model = bundled_model()
    if model is not None:
        taggers += list(model.taggers.values())
    return taggers


def test_crfsuite_fed_ids_tags_and_weighs_as_fed_strings(seed_crf):
    """crfsuite's C interface fed each character's attributes as ids
    (``NativeTagger``) gives the best tags and every tag's marginal at every
    character bit for bit as python-crfsuite fed the same attributes as
    strings, over every sentence of real news; the ids are the strings'
    (-1 for those the model lacks, which crfsuite skips)."""
    import pycrfsuite

    from models.learn.crf import model_attribute_ids
    from models.learn.crf_native import NativeTagger

    texts = real_news_texts("news-train.jsonl", "seeds.jsonl")
    for tagger in _models_tagged(seed_crf):
        ids = model_attribute_ids(tagger.model.model_bytes)
        plain = pycrfsuite.Tagger()
        plain.open_inmemory(tagger.model.model_bytes)
        native = NativeTagger.open(tagger.model.model_bytes, ids, plain)
        assert native is not None and tagger._native is not None
        strings, numbers = ModelAttributes(ids.keys()), ModelAttributes(ids.keys(), ids)
        labels = plain.labels()
        sentences = named = 0
        for text in texts:
            a = Analysis(compact(text))
            for start, end in sentence_bounds(a.text):
                items = sentence_items(a, start, end, tagger.lexicon, strings)
                matrix = sentences_items(a, [(start, end)], tagger.lexicon, numbers)[0]
                assert matrix.tolist() == [
                    [ids.get(attr.decode(), -1) for attr in item] for item in items
                ]
                plain.set(items)
                native.set(matrix)
                tags = plain.tag()
                assert [native.labels[k] for k in native.viterbi().tolist()] == tags
                for label in labels:
                    want = [plain.marginal(label, t) for t in range(end - start)]
                    assert native.marginals(native.ids[label]) == want
                sentences += 1
                named += any(tag != "O" for tag in tags)
        assert sentences > 1000 and named > 100


def test_stretches_built_together_as_ids_are_each_as_built_alone(seed_crf):
    """Stretches built together as ids (sentences after one another, or
    clauses apart) are each the ids of the stretch built alone."""
    from models.learn.crf import model_attribute_ids

    ids = model_attribute_ids(seed_crf.model_bytes)
    tagger = CrfTagger(seed_crf)
    attrs = ModelAttributes(ids.keys(), ids)
    checked = 0
    for i, text in enumerate(real_news_texts("news-train.jsonl", "seeds.jsonl")):
        a = Analysis(compact(text))
        for run in (sentence_bounds(a.text)[: 1 + i % 40], _clauses_apart(a.text, 2 + i % 3)):
            if not run:
                continue
            together = sentences_items(a, run, tagger.lexicon, attrs)
            for (s, e), matrix in zip(run, together, strict=True):
                assert matrix.shape == (e - s, 13)
                assert matrix.tolist() == sentence_items(a, s, e, tagger.lexicon, attrs).tolist()
                checked += 1
    assert checked > 1000


def test_a_tagger_tags_texts_alike_through_either_interface(seed_crf):
    """A CrfTagger through crfsuite's C interface and one through
    python-crfsuite (``native=False``) find the same spans with the same
    probabilities, asked of every span of up to six characters."""
    texts = real_news_texts("seeds.jsonl")[:12]
    for tagger in _models_tagged(seed_crf):
        plain = CrfTagger(tagger.model, native=False)
        assert plain._native is None
        for text in texts:
            a = analyse(text)
            queries = [
                (s, s + k, label)
                for s in range(0, len(a.text), 3)
                for k in (1, 2, 6)
                for label in tagger.labels
            ]
            got, want = tagger.tag(a, queries), plain.tag(a, queries)
            assert got.spans == want.spans
            assert got.probabilities == want.probabilities


def test_a_native_tagger_that_does_not_tag_as_python_crfsuite_is_not_used(seed_crf):
    """The C interface checks itself against python-crfsuite on a probe
    when it opens a model: given another model's tagger to agree with, it
    does not open (the caller tags through python-crfsuite)."""
    import pycrfsuite

    from models.learn.crf import model_attribute_ids
    from models.learn.crf_native import NativeTagger

    model = bundled_model()
    if model is None:
        pytest.skip("no bundled model in this build")
    bundled = next(iter(model.taggers.values())).model
    other = pycrfsuite.Tagger()
    other.open_inmemory(seed_crf.model_bytes)
    ids = model_attribute_ids(bundled.model_bytes)
    assert NativeTagger.open(bundled.model_bytes, ids, other) is None
    same = pycrfsuite.Tagger()
    same.open_inmemory(bundled.model_bytes)
    assert NativeTagger.open(bundled.model_bytes, ids, same) is not None


def _crfsuites_state(native, matrix) -> list[list[float]]:
    """The state scores crfsuite computes itself, fed the ids."""
    import numpy as np

    native.set_attributes(matrix)
    return np.array(native._states()[: len(matrix)]).tolist()


def test_state_scores_summed_at_once_are_crfsuites_bit_for_bit(seed_crf):
    """The state scores summed from the weight matrix (``state_scores``),
    of stretches built together (sentences after one another, clauses
    apart) and summed together, are each to the last bit what crfsuite
    computes fed the same stretch's ids alone, over real news, for the
    bundled CRF and a project's; and a tagger given them tags and weighs
    as one given the ids."""
    from models.learn.crf import model_attribute_ids

    checked = 0
    for tagger in _models_tagged(seed_crf):
        native = tagger._native
        assert native is not None and native.sums
        ids = model_attribute_ids(tagger.model.model_bytes)
        attrs = ModelAttributes(ids.keys(), ids)
        for i, text in enumerate(real_news_texts("news-train.jsonl", "seeds.jsonl")):
            a = Analysis(compact(text))
            for run in (sentence_bounds(a.text)[: 1 + i % 40], _clauses_apart(a.text, 2 + i % 3)):
                if not run:
                    continue
                matrices = sentences_items(a, run, tagger.lexicon, attrs)
                scores = native.state_scores(matrices)
                for matrix, summed in zip(matrices, scores, strict=True):
                    assert summed.tolist() == _crfsuites_state(native, matrix)
                    checked += 1
                matrix, summed = matrices[-1], scores[-1]
                native.set_attributes(matrix)
                tags = native.viterbi().tolist()
                marginals = [native.marginals(k) for k in range(len(native.labels))]
                native.set_scores(summed)
                assert native.viterbi().tolist() == tags
                assert [native.marginals(k) for k in range(len(native.labels))] == marginals
    assert checked > 2000


def test_a_model_whose_attribute_has_two_features_for_one_tag_is_summed_by_crfsuite(seed_crf):
    """An attribute with two features for one tag (which crfsuite's trainer
    never writes, but a model file may hold) is added by crfsuite one
    feature after the other, which a row of the weight matrix cannot
    repeat: such a model's state scores are left to crfsuite (``sums``
    false), and it still tags as python-crfsuite does."""
    import numpy as np
    import pycrfsuite

    from models.learn.crf import model_attribute_ids
    from models.learn.crf_file import FEATURE, HEADER
    from models.learn.crf_native import NativeTagger, state_weights

    data = bytearray(seed_crf.model_bytes)
    off_features = HEADER.unpack_from(data, 0)[7]
    count = int.from_bytes(data[off_features + 8 : off_features + 12], "little")
    features = np.frombuffer(bytes(data), dtype=FEATURE, count=count, offset=off_features + 12)
    state = np.flatnonzero(features["type"] == 0)
    sources = features["src"][state]
    # two state features of one attribute, for two tags
    k = next(k for k in range(1, len(state)) if sources[k] == sources[k - 1])
    first, second = state[k - 1], state[k]
    assert features["dst"][first] != features["dst"][second]
    at = off_features + 12 + FEATURE.itemsize * int(second) + 8  # the second's destination
    data[at : at + 4] = int(features["dst"][first]).to_bytes(4, "little")
    edited = bytes(data)

    original = pycrfsuite.Tagger()
    original.open_inmemory(seed_crf.model_bytes)
    assert state_weights(seed_crf.model_bytes, len(original.labels())) is not None
    ids = model_attribute_ids(edited)
    reference = pycrfsuite.Tagger()
    reference.open_inmemory(edited)
    native = NativeTagger.open(edited, ids, reference)
    assert native is not None and not native.sums
    assert state_weights(edited, len(native.labels)) is None
    attrs = ModelAttributes(ids.keys(), ids)
    strings = ModelAttributes(ids.keys())
    named = 0
    for text in real_news_texts("seeds.jsonl"):
        a = Analysis(compact(text))
        for start, end in sentence_bounds(a.text):
            reference.set(sentence_items(a, start, end, None, strings))
            native.set(sentences_items(a, [(start, end)], None, attrs)[0])
            tags = reference.tag()
            assert [native.labels[t] for t in native.viterbi().tolist()] == tags
            named += any(tag != "O" for tag in tags)
    assert named > 0


def test_the_rules_lexicons_read_off_their_shared_scan_find_what_each_finds_alone():
    # policy's heads and names, company's known firms and trades and
    # company's trigger gate: one automaton searched once a text
    import ahocorasick_rs

    from models.suggest import company, policy
    from models.suggest.lexicon import RULES_SCAN
    from models.suggest.triggers import Gate

    lexicons = {
        "known firms": company.resources().known,
        "trades": company.resources().industry_lexicon,
        "policy heads": policy.resources().head_lexicon,
        "policy names": policy.resources().names,
    }
    alone = Gate(company.SCANS._patterns)  # the same patterns, its own automaton
    assert isinstance(alone._build()[0], ahocorasick_rs.AhoCorasick)
    texts = [analyse(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    found = dict.fromkeys(lexicons, 0)
    bits = 0
    for text in [*texts, "\ud800国务院印发《关于促进民营经济发展的意见》", ""]:
        memo: dict = {}
        for name, lexicon in lexicons.items():
            assert lexicon._shared[0] is RULES_SCAN, name
            shared = lexicon.find(text, memo)
            assert shared == lexicon.find(text), (name, text[:20])
            found[name] += len(shared)
        assert company.SCANS.present(text, memo) == alone.present(text, {}), text[:20]
        bits += company.SCANS.present(text, memo) != 0
        assert RULES_SCAN in memo  # the shared path was taken
    assert min(found.values()) > 20 and bits > 20, (found, bits)


def test_sets_sharing_a_scan_each_find_their_own_leftmost_longest_matches():
    import random

    from models.suggest.lexicon import Lexicon, SharedScan

    rng = random.Random(7)
    alphabet = "中国银行工商业基金电力网络"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    for _round in range(20):
        scan = SharedScan()
        sets = [
            {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(12)}
            for _k in range(3)
        ]  # strings shared by two sets and strings inside others, as the rules' lists hold
        shared = [Lexicon({t: k for t in terms}, shared=scan) for k, terms in enumerate(sets)]
        own = [Lexicon({t: k for t in terms}) for k, terms in enumerate(sets)]
        for text in texts:
            memo: dict = {}
            for a, b in zip(shared, own, strict=True):
                assert a.find(text, memo) == b.find(text)


def test_a_lexicon_gone_leaves_its_shared_scan():
    import gc

    from models.suggest.lexicon import Lexicon, SharedScan

    scan = SharedScan()
    kept = Lexicon({"比亚迪": "C"}, shared=scan)
    gone = Lexicon({"宁德时代": "C"}, shared=scan)
    del gone
    gc.collect()
    memo: dict = {}
    assert kept.find("比亚迪与宁德时代", memo) == [(0, 3, "比亚迪", "C")]
    assert memo[scan][1] == [[(0, 0, 3)], []]  # the gone lexicon's strings are not sought


@pytest.mark.parametrize("kept", [0, 5, 50_000])
def test_a_characters_and_a_words_attributes_read_at_once_are_the_features_strings(
    seed_crf, monkeypatch, kept
):
    """A character's three attributes, class and the pairs it opens, and a
    word's four attributes, are each read in one look-up (``_CharInfo``,
    ``_WordInfo``), kept or not (``WORD_LIMIT``: none kept, a few, all): the
    items are the features' strings, encoded, as the plain definition gives
    them (the pairs' b-= and b+= among them)."""
    from models.learn import features

    monkeypatch.setattr(features, "WORD_LIMIT", kept)
    known = model_attributes(seed_crf.model_bytes)
    attrs = ModelAttributes(known)
    tagger = CrfTagger(seed_crf)
    sentences = 0
    for text in real_news_texts("seeds.jsonl"):
        a = Analysis(compact(text))
        bounds = sentence_bounds(a.text)
        plain = [
            [
                tuple(s.encode() if s in known else b"" for s in item)
                for item in sentence_features(a, start, end, tagger.lexicon)
            ]
            for start, end in bounds
        ]
        assert sentences_items(a, bounds, tagger.lexicon, attrs) == plain
        sentences += len(bounds)
    assert sentences > 100
    assert len(attrs.word_info) <= kept and len(attrs.char_info) <= kept


def test_a_lexicon_sharing_a_scan_pickles_and_finds_the_same_on_its_own():
    # suggest --corpus ships the suggesters to Dask workers, pickled: the
    # copy searches with its own automaton
    import pickle

    from models.suggest.lexicon import Lexicon, SharedScan

    scan = SharedScan()
    lexicon = Lexicon({"比亚迪": "C", "比亚迪汽车": "C", "TCL": "C"}, shared=scan)
    other = Lexicon({"汽车": "T"}, shared=scan)
    landed = pickle.loads(pickle.dumps(lexicon))
    text = "比亚迪汽车和TCL，不是TCLX，比亚迪"
    memo: dict = {}
    assert landed._shared is None
    assert landed.find(text) == lexicon.find(text, memo) == lexicon.find(text)
    assert other.find(text, memo) == [(3, 5, "汽车", "T")]
