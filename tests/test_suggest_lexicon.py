"""The lexicons' two automata (ahocorasick_rs for a lexicon searched in every
text, pyahocorasick for one made for a single text) find the same matches:
the leftmost-longest ones, as a plain scan of the text finds them."""

from __future__ import annotations

from models.suggest.lexicon import Lexicon, _cuts_ascii_word


def _leftmost_longest(terms: set[str], text: str) -> list[tuple[int, int]]:
    """At each position the longest term that starts there, then on past it."""
    longest = max(map(len, terms))
    out = []
    i = 0
    while i < len(text):
        n = max(
            (k for k in range(1, min(longest, len(text) - i) + 1) if text[i : i + k] in terms),
            default=0,
        )
        if n:
            out.append((i, i + n))
            i += n
        else:
            i += 1
    return out


def _bundled_lexicons() -> dict[str, Lexicon]:
    from models.learn.features import bundled_lists
    from models.suggest import company, policy
    from models.suggest.candidates import shape_lexicon

    return {
        "known firms": company.resources().known,
        "trades": company.resources().industry_lexicon,
        "policy heads": policy.resources().head_lexicon,
        "policy names": policy.resources().names,
        "company shapes": shape_lexicon(),
        "bundled lists": bundled_lists(),
    }


def test_both_automata_find_the_leftmost_longest_terms_in_real_news():
    from models.suggest.segment import analyse
    from tests.conftest import real_news_texts

    texts = [analyse(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]
    for name, lasting in _bundled_lexicons().items():
        terms = {term for term, _payload in lasting._entries}
        one_text = Lexicon(lasting._entries, one_text=True)
        found = 0
        for text in texts:
            spans = [(s, e) for s, e, _t, _p in lasting.find(text)]
            assert spans == [(s, e) for s, e, _t, _p in one_text.find(text)], name
            expected = [
                (s, e)
                for s, e in _leftmost_longest(terms, text)
                if not _cuts_ascii_word(text, s, e)
            ]
            assert spans == expected, name
            every = sorted(lasting.find_all(text))
            assert every == sorted(one_text.find_all(text)), name
            found += len(spans)
        assert found > 20, name


def test_a_term_found_twice_keeps_its_last_payload_and_both_count():
    for one_text in (False, True):
        lex = Lexicon([("比亚迪", "a"), ("比 亚迪", "b"), ("宁德时代", "c")], one_text=one_text)
        assert len(lex) == 3 and lex.get("比亚迪") == "b" and "比 亚迪" not in lex
        assert lex.find("比亚迪与宁德时代") == [(0, 3, "比亚迪", "b"), (4, 8, "宁德时代", "c")]


def test_a_lone_surrogate_in_a_text_leaves_every_offset_as_it_was():
    # a text decoded with the wrong codec may hold one; UTF-8 cannot
    text = "\ud800比亚迪与\udfff宁德时代"
    for one_text in (False, True):
        lex = Lexicon({"比亚迪": "C", "宁德时代": "C"}, one_text=one_text)
        assert [(s, e) for s, e, _t, _p in lex.find(text)] == [(1, 4), (6, 10)]
        assert sorted(s for s, *_ in lex.find_all(text)) == [1, 6]


def test_an_empty_lexicon_finds_nothing():
    for one_text in (False, True):
        lex = Lexicon({" ": "x"}, one_text=one_text)
        assert len(lex) == 0 and lex.find("比亚迪") == [] and list(lex.find_all("比亚迪")) == []


def test_a_lexicon_pickles_and_finds_the_same_where_it_lands():
    # suggest --corpus ships the suggesters to Dask workers, pickled
    import pickle

    for one_text in (False, True):
        lex = Lexicon({"比亚迪": "C", "比亚迪汽车": "C", "TCL": "C"}, one_text=one_text)
        landed = pickle.loads(pickle.dumps(lex))
        text = "比亚迪汽车和TCL，不是TCLX，比亚迪"
        assert landed.find(text) == lex.find(text) and len(landed) == 3
        assert sorted(landed.find_all(text)) == sorted(lex.find_all(text))


def test_a_term_that_starts_or_ends_on_a_latin_letter_or_digit_never_cuts_a_word():
    # only such a term's match is tested for an ASCII word around it
    terms = {"TCL": "C", "5G": "C", "比亚迪": "C", "A股": "C", "比亚迪B": "C", "ST": "C"}
    text = "TCL和TCLX、5G与B5G，比亚迪B和比亚迪BC，A股、BA股，*ST，STX"
    expected = [
        (s, e) for s, e in _leftmost_longest(set(terms), text) if not _cuts_ascii_word(text, s, e)
    ]
    assert [text[s:e] for s, e in expected] == ["TCL", "5G", "比亚迪B", "A股", "ST"]
    assert len(_leftmost_longest(set(terms), text)) == 2 * len(expected)  # half cut a word
    for one_text in (False, True):
        lex = Lexicon(terms, one_text=one_text)
        assert [(s, e) for s, e, _t, _p in lex.find(text)] == expected
        assert all(text[s:e] == t and lex.get(t) == p for s, e, t, p in lex.find(text))


def test_names_sought_again_in_one_text_are_found_as_a_lexicon_finds_them():
    # the company and policy rules seek the names they found once more in
    # the same text (find_in_one_text, without a Lexicon's tables): the
    # matches must be the lexicon's, prefixes and overlaps included
    import random

    from models.suggest.lexicon import find_in_one_text
    from models.suggest.segment import analyse
    from tests.conftest import real_news_texts

    pick = random.Random(14)
    found = 0
    for text in (analyse(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")):
        for _ in range(20):
            names = set()
            for _ in range(pick.randint(1, 12)):
                at = pick.randrange(len(text))
                names.add(text[at : at + pick.randint(1, 8)])
            names |= {n[:-1] for n in names if len(n) > 2}  # a name and its prefix
            expected = [
                (s, e, t)
                for s, e, t, _p in Lexicon({n: n for n in names}, one_text=True).find(text)
            ]
            assert find_in_one_text(text, names) == expected
            found += len(expected)
    assert found > 1000
    text = "TCL和TCLX、比亚迪 汽车与比亚迪汽车"
    names = {"TCL", "比亚迪 汽车", " "}
    assert find_in_one_text(text, names) == [(0, 3, "TCL"), (16, 21, "比亚迪汽车")]
    assert find_in_one_text(text, {" "}) == find_in_one_text(text, set()) == []


def test_a_name_sought_again_is_found_where_a_longer_name_begins_the_same_way():
    # pyahocorasick's iter_long follows the longest path and, failing there,
    # lost a shorter name inside it: an article that names 珠海格力电器股份有限公司
    # and calls it 格力, and ends on 珠海格力, had its last 格力 missed
    from models.suggest.lexicon import find_in_one_text

    text = "珠海格力电器股份有限公司（以下简称格力）发布年报。空调行业的龙头仍是珠海格力"
    names = {"珠海格力电器股份有限公司", "格力"}
    expected = [(0, 12, "珠海格力电器股份有限公司"), (17, 19, "格力"), (36, 38, "格力")]
    assert find_in_one_text(text, names) == expected
    for one_text in (False, True):
        lex = Lexicon({n: n for n in names}, one_text=one_text)
        assert [(s, e, t) for s, e, t, _p in lex.find(text)] == expected
    # two long names begun in one place, a short name inside both (the case
    # the speed3 helper met): 公司 after 浦东金桥 is still a match
    names = {"浦东金桥公司计划", "金桥公司计划", "公司"}
    text = "浦东金桥公司表示，金桥公司计划投资"
    expected = [(4, 6, "公司"), (9, 15, "金桥公司计划")]
    assert find_in_one_text(text, names) == expected
    lex = Lexicon({n: n for n in names}, one_text=True)
    assert [(s, e, t) for s, e, t, _p in lex.find(text)] == expected


def test_names_sought_again_are_the_leftmost_longest_for_any_set_of_names():
    # not only the bundled lists: any names a rule finds in a text, against
    # a plain scan (many small alphabets make every kind of overlap)
    import random

    from models.suggest.lexicon import find_in_one_text

    pick = random.Random(6)
    for _ in range(3000):
        alphabet = "金桥公司计"[: pick.randint(2, 5)]
        names = {
            "".join(pick.choice(alphabet) for _ in range(pick.randint(1, 6)))
            for _ in range(pick.randint(1, 8))
        }
        text = "".join(pick.choice(alphabet + "，") for _ in range(pick.randint(0, 30)))
        expected = [(s, e, text[s:e]) for s, e in _leftmost_longest(names, text)]
        assert find_in_one_text(text, names) == expected, (names, text)
        for one_text in (True, False):  # False: a project's accepted names, say
            lex = Lexicon({n: n for n in names}, one_text=one_text)
            assert [(s, e, t) for s, e, t, _p in lex.find(text)] == expected, (names, text)


def test_the_well_known_names_list_holds_each_name_once():
    """A name listed twice (once plain, once marked ``context``) would be
    judged by whichever line the loader read last; rounds that add names by
    sector must not repeat one another's."""
    from pathlib import Path

    listed = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "company_names.txt"
    names = [
        line.split("\t")[0].strip()
        for line in listed.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert repeated == []
