"""A pattern led by a lookahead, compiled to be searched by scanning for its
first characters, finds what the pattern compiled as usual finds: the
curator's suggestions would otherwise move."""

from __future__ import annotations

import re

import pytest

from models.suggest.lead import lead_by
from tests.conftest import real_news_texts


def _led_patterns() -> list[re.Pattern]:
    from models.suggest import metric, policy

    found = [
        v
        for m in (metric, policy)
        for v in vars(m).values()
        if isinstance(v, re.Pattern) and v.pattern.startswith("(?=[")
    ]
    return found


def test_every_rule_pattern_led_by_a_lookahead_is_compiled_to_scan_for_it():
    led = _led_patterns()
    assert len(led) >= 10
    for pattern in led:
        # re.compile caches what it compiles: lead_by's own object is another
        assert pattern is not re.compile(pattern.pattern, pattern.flags), pattern.pattern[:30]


def test_a_led_pattern_finds_what_the_plain_pattern_finds_over_real_news():
    texts = real_news_texts("news-train.jsonl", "seeds.jsonl")
    texts += ["1", "", "约3.5亿元左右", "分三期建设", "关于印发《若干措施》的通知\n"]
    found = 0
    for pattern in _led_patterns():
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            found += len(got)
            for pos in (0, 1, len(text) // 2):  # from a position, and matched there
                for a, b in (
                    (pattern.search(text, pos), plain.search(text, pos)),
                    (pattern.match(text, pos), plain.match(text, pos)),
                ):
                    assert (a and a.span()) == (b and b.span())
    assert found > 1000


@pytest.mark.parametrize(
    "source", ["[0-9]+", "(?=[0-9])", "(?![0-9])x", "(?=x)", "(?=[^0-9])[a-z]", "(?i)(?=[a])b"]
)
def test_a_pattern_lead_by_cannot_scan_for_is_compiled_as_usual(source):
    pattern = lead_by(source)
    assert pattern.pattern == source
    for text in ["", "x", "ab12x", "AB"]:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in re.compile(source).finditer(text)
        ]
