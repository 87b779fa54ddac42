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
