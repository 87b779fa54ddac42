"""Patterns of the rules written for the regex engine's speed find what
their plain writing finds, over real news: a curator would notice none of
these; a difference would move suggestions."""

from __future__ import annotations

import re
from itertools import pairwise

from tests.conftest import real_news_texts


def _news() -> list[str]:
    return real_news_texts("news-train.jsonl", "seeds.jsonl")


def test_layout_white_space_is_found_as_plain_runs_of_it():
    from models.suggest.segment import WHITE

    plain = re.compile(r"\s+")
    runs = 0
    for text in [*_news(), " a \n\n b\u3000", ""]:
        assert [m.span() for m in WHITE.finditer(text)] == [m.span() for m in plain.finditer(text)]
        runs += len(plain.findall(text))
    assert runs > 1000


def test_a_unit_is_read_as_the_longest_first_alternation_of_the_units_reads_it():
    from models.suggest.numbers import UNIT_AFTER, UNIT_RE, UNITS

    plain = "|".join(re.escape(u) + UNIT_AFTER.get(u, "") for u in UNITS)  # longest first
    found = 0
    # alone, and where what follows makes a shorter unit the one that fits
    for pattern in (rf"(?:{UNIT_RE})", rf"(?:{UNIT_RE})(?:以上|以下|左右|位|$)"):
        tree = re.compile(pattern)
        flat = re.compile(pattern.replace(UNIT_RE, plain))
        for text in [*_news(), "3个点位，3个点，5平方公里、5平米、9kWh，3吨位"]:
            for pos in range(len(text)):
                got, expected = tree.match(text, pos), flat.match(text, pos)
                assert (got and got.span()) == (expected and expected.span()), text[pos : pos + 6]
                found += expected is not None
    assert found > 1000


def test_a_whole_value_is_kept_as_its_twelve_digits_write_it():
    from models.suggest.numbers import fmt_value

    values = [0.5, 1e12, -1e12, 999999999999.0, 1234567890123.0, 3.0, -7.0, 9.3240000000002e10]
    values += [n * 10.0**k for n in range(1, 2000, 7) for k in range(0, 13)]
    values += [n / 10.0**k for n in range(1, 2000, 7) for k in range(1, 4)]
    for value in values:
        assert fmt_value(value) == float(f"{value:.12g}") and type(fmt_value(value)) is float
    assert fmt_value(-0.0) == 0.0 and str(fmt_value(-0.0)) == "0.0"


def test_a_word_is_judged_brandlike_the_same_from_the_cache_as_afresh():
    # the company rules ask whether a word is brand-like (a rare word, a
    # single character that is no function word) thousands of times per
    # article, mostly of the same words: the answer is kept per word, and it
    # is what the written test says of every word of real news
    from models.suggest.company import EXTEND_RARE, RARE, _brandlike
    from models.suggest.segment import analyse

    afresh = _brandlike.__wrapped__
    brandlike = 0
    for text in _news()[:400]:
        a = analyse(text)
        for s, e in a.tokens:
            word = a.text[s:e]
            for rare in (RARE, EXTEND_RARE):
                assert _brandlike(word, rare) == afresh(word, rare), word
                assert _brandlike(word, rare) == afresh(word, rare), word  # now from the cache
            assert _brandlike(word) == afresh(word)
            brandlike += afresh(word)
    assert brandlike > 1000


def test_a_one_character_word_is_told_by_its_two_word_marks_as_by_its_token():
    # _renewed reads whether 新 is a word of its own from the word marks at
    # its start and its end: what a.token gives for it, over real news
    from models.suggest.segment import analyse

    alone = 0
    for text in _news()[:200]:
        a = analyse(text)
        a.segment_all()
        marks = a.word_marks
        for pos in range(len(a.text)):
            one = a.token(pos) == (pos, pos + 1)
            assert bool(marks[pos] and marks[pos + 1]) == one, a.text[pos : pos + 6]
            alone += one
    assert alone > 1000


def test_a_character_is_chinese_by_the_range_as_by_the_rules_patterns():
    # the rules compare one character with CJK_FIRST and CJK_LAST where they
    # matched CJK: the same answer for every character of the BMP
    from models.suggest import company, policy
    from models.suggest.segment import CJK_FIRST, CJK_LAST

    for pattern in (company.CJK, policy.CJK):
        for code in range(0x10000):
            ch = chr(code)
            assert (CJK_FIRST <= ch <= CJK_LAST) == bool(pattern.match(ch)), hex(code)
    assert not CJK_FIRST <= "" <= CJK_LAST and not company.CJK.match("")


def test_a_run_of_business_words_is_told_by_its_ends_as_by_the_pattern():
    # _is_industry tries the pattern only on a word whose first and last
    # characters start and end a business word: the same answers as the
    # pattern's over every word and two-word stretch of real news
    from models.suggest.company import _is_industry, resources
    from models.suggest.segment import analyse

    r = resources()
    runs = 0
    for text in _news()[:300]:
        a = analyse(text)
        for (s, m), (_, e) in pairwise(a.tokens):
            for span in (a.text[s:m], a.text[s:e]):
                plain = span in r.industry or bool(r.industry_re.fullmatch(span))
                assert _is_industry(span, r) == plain, span
                runs += plain
    assert runs > 1000


def test_a_class_of_characters_is_found_a_character_at_a_time_as_the_class_finds_it():
    # a colon, and 与/和/同 before a signing, are sought with one pattern per
    # character, their matches merged in text order: the same matches as the
    # pattern led by the class, over real news
    from models.suggest import company

    found = 0
    extra = ["甲与乙签约，丙和丁：戊同己签署协议:", "与和同：:"]
    for text in [*_news(), *extra]:
        for pattern, by_char in (
            (company.COLON, company.COLON_BY_CHAR),
            (company.SIGNING, company.SIGNING_BY_CHAR),
        ):
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in company._one_char_matches(by_char, text)] == plain
            found += len(plain)
    assert found > 30


def test_a_digit_glued_to_a_programme_head_is_found_from_the_heads_as_the_pattern_finds_it():
    from models.suggest import policy

    extra = ["136机制", "实施511工程", "机制3计划", "3", "行动", "2025行动计划", "五计划", "0工程"]
    glued = 0
    for text in [*_news(), *extra]:
        plain = policy.DIGIT_BEFORE_PROGRAMME.search(text) is not None
        assert policy._digit_before_programme(text) == plain, text[:30]
        glued += plain
    assert glued >= 5


def test_a_clause_starts_where_the_last_of_the_texts_marks_before_it_says():
    # a quantity's clause and sentence start after the last mark before it,
    # sought backwards over a few characters (and over every mark of the
    # text when none stands that near): what the plain search over the whole
    # text finds, at every position of real news and of a clause longer than
    # the near stretch
    from models.suggest.metric import (
        CLAUSE_MARKS,
        LIST_MARKS,
        NEAR_MARK,
        SENTENCE_MARKS,
        _clause_start,
    )
    from models.suggest.segment import analyse

    long_clause = "前言，" + "甲" * (3 * NEAR_MARK) + "。" + "乙" * NEAR_MARK
    checked = 0
    for text in [*real_news_texts("seeds.jsonl"), long_clause, ""]:
        a = analyse(text)
        for marks in (CLAUSE_MARKS, SENTENCE_MARKS, LIST_MARKS):
            plain = 0  # just after the last mark before pos
            for pos in range(len(a.text) + 1):
                assert _clause_start(a, pos, marks) == plain
                if pos < len(a.text) and a.text[pos] in marks:
                    plain = pos + 1
                checked += 1
    assert checked > 10_000


def test_a_firms_home_abroad_is_read_the_same_in_every_run():
    # the homes are tried in a set's order, which follows the hash seed: it
    # decides nothing only while no home is the start of another (美国 and a
    # longer 美国… would be read either way from one run to the next)
    from models.suggest.company import HOMES_ABROAD
    from models.suggest.company_projects import MEMBER_HOMES

    for homes in (HOMES_ABROAD, MEMBER_HOMES):
        assert len(homes) > 20
        assert not [(a, b) for a in homes for b in homes if a != b and b.startswith(a)]


def test_the_word_table_cache_is_read_in_pieces_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    """jieba's word frequencies are cached in pieces (a piece holds the
    interpreter for milliseconds, where the whole table held it, and the
    window with it, for 0.25 s); a cache cut short or spoilt is rebuilt."""
    from models.suggest import segment

    monkeypatch.setenv("BIAOZHU_CACHE", str(tmp_path))
    built = segment._load_dictionary()
    (cache,) = tmp_path.glob("jieba-words-*")
    whole = cache.read_bytes()
    assert len(segment.marshal.loads(whole[4 : 4 + int.from_bytes(whole[:4], "little")])) > 10
    assert segment._load_dictionary() == built
    for damaged in (whole[: len(whole) // 2], whole[:3], b"", whole + b"x", b"\xff" * 64):
        cache.write_bytes(damaged)
        assert segment._load_dictionary() == built
    assert built[0]["部门"] > 0 and built[1]["增长"] == "v"
