"""A text of one word or numeral repeated thousands of times (a pasted
spreadsheet column, a garbled PDF page, a broken export) is suggested in
about the time of a news article of its length, by ``biaozhu suggest`` and
the window's suggestion job alike: no rule tries each position of a long run
against the whole run after it. Before, a run of 5,000 characters of 方案
took some 40 seconds, of 一 some 7, and 10,000 characters four times that
(found by tests/fuzz/fuzz_suggest.py and tests/fuzz/long_runs.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from models.suggest.pipeline import default_suggester

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
LENGTH = 5000
# A run may cost more than news of its length (every position of 一一一… is
# a number's possible start), but a bounded multiple of it: the slow runs
# took hundreds of times news's time, growing with the square of the length.
MOST = 15.0
FLOOR = 0.3  # seconds: below this, a ratio measures the machine's noise


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def _seconds(suggester, text: str, enough: float = 0.0) -> float:
    """The best of two runs, or the first when it took no more than ``enough``:
    this thread's CPU time, so that other processes taking turns on a loaded
    machine do not read as the square of the length."""
    best = float("inf")
    for _ in range(2):
        began = time.thread_time()
        suggester.suggest(text)
        best = min(best, time.thread_time() - began)
        if best <= enough:
            break
    return best


@pytest.fixture(scope="module")
def news_seconds(suggester) -> float:
    """The time of the app's own sample news, cut to ``LENGTH`` characters."""
    news = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt")))
    article = (news * (LENGTH // len(news) + 1))[:LENGTH]
    suggester.suggest(article)  # jieba's tables and the lexicons, loaded once
    return _seconds(suggester, article)


@pytest.mark.parametrize(
    "piece",
    [
        "方案",  # a policy head, each one chained to all the heads after it
        "战略",
        "计划方案",
        "一",  # a Chinese numeral, each one the start of the whole run's number
        "亿",
        "十四五",
        "若干措施",
        "控股",  # a company's word
    ],
)
def test_a_long_run_of_one_piece_is_suggested_about_as_fast_as_news(suggester, news_seconds, piece):
    text = (piece * (LENGTH // len(piece) + 1))[:LENGTH]
    bound = max(FLOOR, MOST * news_seconds)
    took = _seconds(suggester, text, enough=bound)
    assert took < bound, f"{LENGTH} characters of {piece!r}: {took:.2f}s, news {news_seconds:.3f}s"


@pytest.mark.parametrize(
    "piece", ["华为、", "、华为", "华为和", "比亚迪、", "岚睿电子和", "岚睿电子、"]
)
def test_a_list_of_thousands_of_names_takes_time_in_proportion_to_its_length(suggester, piece):
    """Every name of a list is a suggestion, which costs its time; but each
    name no longer walks the rest of the list (before: 10,000 characters of
    华为、华为、… took 13 seconds, four times as long as 5,000)."""
    short = (piece * LENGTH)[: LENGTH // 2]
    long = (piece * LENGTH)[: LENGTH * 2]
    # taking turns, best of three each: a burst of the shared machine's other
    # work during one run must not read as the square of the length
    took_short = took_long = float("inf")
    for _ in range(3):
        took_short = min(took_short, _seconds(suggester, short))
        took_long = min(took_long, _seconds(suggester, long))
    # four times the text: about four times the time when linear, sixteen
    # when each name reads the rest of the list
    assert took_long < max(FLOOR, 8 * took_short), (
        f"{piece!r}: {took_short:.2f}s for {len(short)}, {took_long:.2f}s for {len(long)}"
    )


def test_a_long_run_of_digits_in_an_article_is_suggested_about_as_fast_as_news(
    suggester, news_seconds
):
    """A run of digits (a garbled table, a barcode pasted whole) beside the
    words that let the quantity rules look (：, 点, 成, 强, 万元…项目):
    each digit was a possible start of a ratio, an index's points, a share, a
    ranking and a project's size class, each read to the run's end (20,000
    digits: 4 seconds). Found by tests/fuzz/fuzz_suggest.py --project."""
    words = "比例为3：2，指数报3000点，占三成，跻身百强，投资1000万元以上项目。"
    text = words + "1" * (LENGTH - 2 * len(words)) + words
    bound = max(FLOOR, MOST * news_seconds)
    took = _seconds(suggester, text, enough=bound)
    assert took < bound, f"{len(text)} characters, mostly digits: {took:.2f}s"
