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
