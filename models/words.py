"""Word boundaries for the boundary-move keys: jieba's words (with its HMM,
as ``jieba.tokenize`` gives them), cut by rjieba (jieba-rs).

rjieba reads its dictionary on first use (a fraction of a second), so
``warm_up`` is meant to run in the background at start; the first
``boundaries`` call waits for it if it has not finished. Results are cached
per text. No Qt."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache

import rjieba

_ready = threading.Event()


def warm_up() -> None:
    """Load the dictionary (idempotent, thread-safe)."""
    rjieba.cut("预热")
    _ready.set()


def is_ready() -> bool:
    return _ready.is_set()


@lru_cache(maxsize=32)
def boundaries(text: str) -> tuple[int, ...]:
    """Every position (code point offset) where a jieba word starts or ends,
    sorted, always including 0 and ``len(text)``."""
    found = {0, len(text)}
    for _word, start, end in rjieba.tokenize(text):
        found.add(start)
        found.add(end)
    return tuple(sorted(found))


def word_left(text: str, pos: int) -> int:
    """The nearest word boundary before ``pos`` (0 at the start)."""
    marks = boundaries(text)
    i = bisect_left(marks, pos)
    return marks[i - 1] if i > 0 else 0


def word_right(text: str, pos: int) -> int:
    """The nearest word boundary after ``pos`` (the text's length at the end)."""
    marks = boundaries(text)
    i = bisect_right(marks, pos)
    return marks[i] if i < len(marks) else len(text)
