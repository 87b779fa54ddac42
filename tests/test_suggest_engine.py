"""The ensemble's merge rule, the lexicon suggester, and the compact text
the rules read."""

from __future__ import annotations

import json

from models.domain import Suggestion
from models.suggest.base import Suggester
from models.suggest.engine import Ensemble, default_ensemble, merge
from models.suggest.lexicon import Lexicon, LexiconSuggester
from models.suggest.segment import analyse, compact


class Fixed:
    """A suggester that proposes what it is given."""

    def __init__(self, name, items, version="1"):
        self.name = name
        self.version = version
        self.items = items

    def suggest(self, text):
        return [
            Suggestion(s, e, lab, text[s:e], score, self.name, self.version, dict(attrs))
            for s, e, lab, score, attrs in self.items
        ]


TEXT = "深入实施“1269”行动计划，华睿光电营收12亿元。"


def test_protocol():
    for s in default_ensemble().suggesters + [default_ensemble()]:
        assert isinstance(s, Suggester)
        assert s.name and s.version
    assert default_ensemble().name == "ensemble"


def test_duplicates_merge_keeping_the_best_source():
    a = Fixed("a", [(17, 22, "METRIC", 0.8, {"unit": "元"})])
    b = Fixed("b", [(17, 22, "METRIC", 0.9, {"value": 1.2e9})], version="7")
    (s,) = Ensemble([a, b]).suggest(TEXT)
    assert (s.source, s.version, s.score) == ("b", "7", 0.9)
    assert s.attrs == {"unit": "元", "value": 1.2e9}


def test_tie_goes_to_the_earlier_suggester():
    a = Fixed("a", [(17, 22, "METRIC", 0.9, {})])
    b = Fixed("b", [(17, 22, "METRIC", 0.9, {})])
    assert Ensemble([a, b]).suggest(TEXT)[0].source == "a"


def test_longest_span_wins_an_overlap():
    # a METRIC inside a POLICY name yields to the POLICY
    metric = Fixed("m", [(5, 9, "METRIC", 0.95, {})])
    policy = Fixed("p", [(4, 14, "POLICY", 0.7, {})])
    out = Ensemble([metric, policy]).suggest(TEXT)
    assert [(s.text, s.source) for s in out] == [("“1269”行动计划", "p")]


def test_same_length_score_then_label_order():
    company = Fixed("c", [(15, 19, "COMPANY", 0.8, {})])
    policy = Fixed("p", [(15, 19, "POLICY", 0.8, {})])
    assert Ensemble([company, policy]).suggest(TEXT)[0].label == "POLICY"
    better = Fixed("c", [(15, 19, "COMPANY", 0.9, {})])
    assert Ensemble([policy, better]).suggest(TEXT)[0].label == "COMPANY"


def test_unsound_spans_are_dropped():
    text = "营收 12亿元"
    bad = Fixed(
        "x", [(2, 5, "METRIC", 1.0, {}), (3, 3, "METRIC", 1.0, {}), (3, 99, "METRIC", 1.0, {})]
    )
    assert Ensemble([bad]).suggest(text) == []


def test_merge_is_sorted_and_disjoint():
    out = merge(
        [
            (0, Suggestion(5, 9, "METRIC", "x")),
            (0, Suggestion(0, 3, "COMPANY", "y")),
            (1, Suggestion(2, 6, "POLICY", "zzzz")),
        ]
    )
    # equal length and score: POLICY before METRIC; then nothing else fits
    assert [(s.start, s.end, s.label) for s in out] == [(2, 6, "POLICY")]
    out = merge([(0, Suggestion(5, 9, "METRIC", "x")), (0, Suggestion(0, 3, "COMPANY", "y"))])
    assert [s.start for s in out] == [0, 5]


def test_default_ensemble_keeps_each_source():
    out = default_ensemble().suggest("深入实施“1269”行动计划，龙头企业华睿光电营收12亿元，增长8%。")
    assert [(s.text, s.label, s.source) for s in out] == [
        ("“1269”行动计划", "POLICY", "policy"),
        ("华睿光电", "COMPANY", "company"),
        ("12亿元", "METRIC", "metric"),
        ("8%", "METRIC", "metric"),
    ]
    assert all(s.version for s in out)


def test_extra_terms_and_extra_suggesters():
    text = "记者了解了鑫旺达的情况。"  # (…负责人 after it would be a rule's evidence)
    assert default_ensemble().suggest(text) == []
    out = default_ensemble({"鑫旺达": "COMPANY"}).suggest(text)
    assert [(s.text, s.label, s.source) for s in out] == [("鑫旺达", "COMPANY", "lexicon")]
    learned = Fixed("crf", [(0, 3, "COMPANY", 0.99, {})], version="m1")
    out = default_ensemble(extra=[learned]).suggest(text)
    assert [(s.source, s.version) for s in out] == [("crf", "m1")]


def test_lexicon_suggester_matches_across_layout_space():
    lex = LexiconSuggester({"富联精密": "COMPANY", "“双千计划”": "POLICY"})
    text = "园区企业众多，以富联精\n\n密为龙头，入选“双千计划”。"
    out = lex.suggest(text)
    assert [(s.text, s.label) for s in out] == [
        ("富联精\n\n密", "COMPANY"),
        ("“双千计划”", "POLICY"),
    ]
    assert lex.version.startswith("2-")


def test_lexicon_longest_match_and_ascii_words():
    lex = Lexicon({"比亚迪": "C", "比亚迪汽车": "C", "TCL": "C"})
    assert [t for _, _, t, _ in lex.find("比亚迪汽车和TCL，不是TCLX")] == ["比亚迪汽车", "TCL"]
    assert len(lex) == 3 and "TCL" in lex and lex.get("TCL") == "C"


def test_compact_maps_back_and_keeps_title_breaks():
    text = "项目建成后年产值可达153.62 亿元，是\n\n全区最大的\n\n项目。\n\n标题行\n\n正文"
    c = compact(text)
    assert "153.62亿元" in c.text
    assert "是全区最大的" in c.text  # a wrapped line of prose
    assert "标题行\n正文" in c.text  # a title keeps its break
    s = c.text.index("153.62亿元")
    start, end = c.span(s, s + len("153.62亿元"))
    assert text[start:end] == "153.62 亿元"


def test_analysis_is_shared_and_words_are_lazy():
    text = "龙头企业华睿光电营收12亿元。"
    a = analyse(text)
    assert analyse(text) is a
    assert 4 in a.starts and a.word_at(0) == "龙头企业"


def test_invariants_on_arbitrary_slices():
    import random

    pieces = (
        "2024年，龙头企业华睿光电实现营收12.5亿元，同比增长8%以上；江西瑞铂新材料科技有限公司"
        "（以下简称“瑞铂新材”）深入实施“智改数转”行动，位列全省第三位。\n\n标题\n\n"
        "形成了以富联精\n\n密、同兴 达科技等为龙头企业的产业集群，新增就业1.2万 余人。"
        '《关于促进民营经济发展壮大的意见》“1+1+5”"36条"第一批'
    )
    rng = random.Random(7)
    ensemble = default_ensemble({"瑞铂": "COMPANY"})
    for _ in range(300):
        a, b = sorted(rng.randrange(len(pieces) + 1) for _ in range(2))
        text = pieces[a:b]
        out = ensemble.suggest(text)
        end = -1
        for s in out:
            assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text
            assert not text[s.start].isspace() and not text[s.end - 1].isspace()
            assert s.start >= end  # sorted, never overlapping
            end = s.end


def test_the_words_are_jiebas_without_its_hmm(seeds_path):
    # rjieba cuts; what the rules, the shapes and the CRF read must be the
    # words jieba itself gives, on real news and on the layout-cleaned text.
    import jieba

    from models.suggest.segment import cut

    texts = [
        json.loads(line)["text"] for line in seeds_path.read_text(encoding="utf-8").splitlines()
    ]
    for text in texts:
        assert cut(text) == jieba.lcut(text, HMM=False)
        a = analyse(text)
        words = [a.text[s:e] for s, e in a.tokens]
        assert words == jieba.lcut(a.text, HMM=False)
        mid = len(a.text) // 2
        assert a.words(mid, mid + 40) and a.words(mid, mid + 40)[0][0] == mid


def test_the_words_are_the_same_cut_at_once_or_a_sentence_at_a_time(seeds_path):
    # segment_all writes every word's mark in one go; the words must be those
    # the rules get sentence by sentence, whichever came first.
    from models.suggest.segment import Analysis, compact

    for line in seeds_path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"] + "\nABC def 12.5亿元  尾"
        lazily = Analysis(compact(text))
        by_sentence = [lazily.token(pos) for pos in range(len(lazily.text))]
        at_once = Analysis(compact(text))
        at_once.segment_all()
        assert [at_once.token(pos) for pos in range(len(at_once.text))] == by_sentence
        assert at_once.tokens == lazily.tokens
        marks = lazily.word_marks  # cuts what is left, then reads the marks
        starts = [s for s, _e in lazily.tokens]
        assert [i for i, m in enumerate(marks) if m] == [*starts, len(lazily.text)]
        mixed = Analysis(compact(text))
        mixed.token(len(mixed.text) // 2)  # one sentence cut before the rest
        mixed.segment_all()
        assert mixed.tokens == lazily.tokens


def test_what_jiebas_dictionary_says_of_a_word():
    import jieba

    from models.suggest.segment import word_freq, word_tag

    jieba.initialize()
    for word in ("投资", "比亚迪", "实施", "深入", "江西", "龙头企业"):
        assert word_freq(word) == (jieba.dt.FREQ.get(word) or 0)
    assert word_tag("实施") == "v" and word_tag("深入") in ("v", "a", "ad", "d")
    assert word_freq("华睿光电") == 0 and word_tag("华睿光电") == ""
