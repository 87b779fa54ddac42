"""A firm's name before a clause of many 和, 及 or 与 (a garbled page, a
pasted list of conjunctions) is suggested at once: the company rules' test
for a list that closes with 等…企业 tried every way of cutting the clause into
list members, twice as many for every two more characters. Before, 岚睿电子
followed by 60 和 took over a minute (found by tests/fuzz/long_runs.py)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.company import LIST_TAIL, list_tail
from models.suggest.pipeline import default_suggester


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


@pytest.mark.parametrize(
    "text",
    [
        "岚睿电子" + "和" * 60 + "。",  # a short name, then its clause
        "收购岚睿电子" + "和及与" * 20 + "等企业",
        "汇龙环保、岚睿电子" + "与" * 60,  # a list member, then the rest of the text
        "，岚睿科技、" + "和" * 30 + "、" + "及" * 30,
    ],
)
def test_a_name_before_a_run_of_conjunctions_is_suggested_at_once(suggester, text):
    began = time.perf_counter()
    for s in suggester.suggest(text):
        assert text[s.start : s.end] == s.text
    assert time.perf_counter() - began < 1.0


# The characters the pattern turns on, and others.
ALPHABET = "、和及与等为企业公司集团华为龙头A，"


@settings(max_examples=3000, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=24),
    pos=st.integers(0, 24),
    end=st.integers(0, 26),
)
def test_the_list_tail_test_says_what_the_pattern_says(text, pos, end):
    """``list_tail`` is ``LIST_TAIL.match`` as a boolean, in time linear in
    the text (compared on texts short enough for the pattern)."""
    assert list_tail(text, pos, end) == bool(LIST_TAIL.match(text, pos, end))
    assert list_tail(text, pos) == bool(LIST_TAIL.match(text, pos))


def test_the_list_tail_of_real_lists():
    for text, expected in [
        ("、比亚迪、宁德时代等龙头企业", True),
        ("和华为等企业", True),
        ("等为数不多的公司", True),
        ("等企业", True),
        ("、比亚迪、宁德时代", False),
        ("、比亚迪等地区", False),
        ("、华等企业", False),  # a member of one character
    ]:
        assert list_tail(text, 0) is expected, text
        assert bool(LIST_TAIL.match(text)) is expected, text


@settings(max_examples=1000, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=30),
    end=st.none() | st.integers(0, 32),
    order=st.randoms(use_true_random=False),
)
def test_the_answers_kept_for_a_text_are_the_patterns(text, end, order):
    """Asked of every position of a text in any order, the answers kept
    between the questions (``known``) are still the pattern's."""
    known: dict[int, bool] = {}
    positions = list(range(len(text) + 1))
    order.shuffle(positions)
    for pos in positions:
        expected = bool(
            LIST_TAIL.match(text, pos) if end is None else LIST_TAIL.match(text, pos, end)
        )
        assert list_tail(text, pos, end, known) == expected
