"""Patterns of the rules written for the regex engine's speed find what
their plain writing finds, over real news: a curator would notice none of
these; a difference would move suggestions."""

from __future__ import annotations

import re

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
