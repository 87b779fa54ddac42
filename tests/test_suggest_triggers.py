"""A rule's whole-text scan skipped on a text without its pattern's
triggers finds what the scan finds: a curator would notice none of this,
and a wrong trigger would silently lose suggestions."""

from __future__ import annotations

import re

import pytest

from models.suggest.triggers import Gate, triggers
from tests.conftest import real_news_texts


def _news() -> list[str]:
    from models.suggest.segment import analyse

    # the compact text, as the rules read it
    return [analyse(t).text for t in real_news_texts("news-train.jsonl", "seeds.jsonl")]


def _gates() -> list[Gate]:
    from models.suggest import company, metric, policy

    return [g for m in (company, metric, policy) for g in vars(m).values() if isinstance(g, Gate)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("公告(?:显示|称)", {"公告显示", "公告称"}),  # a literal times an alternation
        ("(?:子公司|公司)的", {"公司的"}),  # a string holding another adds nothing
        ('(?<=简称)[“"](?P<n>[^”"]{2,8})', {"简称"}),  # a lookbehind is in the text
        ("(?:拟|计划)?减持", {"减持"}),  # an optional part is not needed
        ("[一-鿿]{2,4}航空", {"航空"}),
        ("(?<!人民)银行", {"银行"}),  # a negative lookaround needs nothing
        ("第[0-9]{1}名", {f"第{d}名" for d in range(10)}),
        ("第[0-9]+名", {"第"}),  # a repeat ends the run: its last character is not known
    ],
)
def test_a_patterns_triggers_are_the_strings_every_match_holds(pattern, expected):
    assert triggers(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    ["[一-鿿]{2,4}", "(?:公司)?[0-9a-z]+", "(?i)abc", "公司|[^，]", r"(a)?\1", "x*"],
)
def test_a_pattern_that_may_match_without_a_fixed_string_has_no_triggers(pattern):
    assert triggers(re.compile(pattern)) is None


def test_a_gated_scan_finds_what_the_whole_scan_finds_over_real_news():
    texts = [*_news(), "东方雨虹（以下简称“雨虹”）发布公告称", "净买入", "ST", ""]
    skipped = scanned = 0
    gated = [(gate, p) for gate in _gates() for p in gate.gated()]
    assert len(gated) >= 15
    for text in texts:
        memo: dict = {}
        for gate, pattern in gated:
            expected = [m.span() for m in pattern.finditer(text)]
            found = [m.span() for m in gate.scan(pattern, text, memo)]
            assert found == expected, (pattern.pattern[:40], text[:20])
            if expected:
                scanned += 1
            elif not any(s in text for s in triggers(pattern) or ()):
                skipped += 1
    assert scanned > 100 and skipped > 500  # both paths taken, many times


def test_a_text_with_a_lone_surrogate_is_scanned_with_every_pattern():
    gate = Gate([re.compile("公告称")])
    text = "\ud800某公司发布公告称"
    assert [m.span() for m in gate.scan(gate.gated()[0], text, {})] == [(6, 9)]
