"""A 10,000-article corpus made by shuffling sentences of ../shared/corpus.

Shared by the benchmarks so that they all measure the same project."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def shared_or_exit() -> Path:
    if not (SHARED / "corpus").is_dir():
        sys.exit(f"benchmark needs the reference corpus at {SHARED / 'corpus'}")
    return SHARED


def sentences() -> list[str]:
    out = []
    for path in sorted((shared_or_exit() / "corpus").glob("*.txt")):
        out += [
            s.strip()
            for s in SENTENCE.findall(path.read_text(encoding="utf-8"))
            if len(s.strip()) > 8
        ]
    return out


def articles(count: int = 10_000, chars: int = 3_000, seed: int = 7) -> list[str]:
    """``count`` distinct articles of about ``chars`` characters each."""
    pool = sentences()
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        parts, size = [f"第{i + 1}篇 {rng.choice(pool)[:20]}"], 0
        while size < chars:
            s = rng.choice(pool)
            parts.append(s)
            size += len(s)
        docs.append("\n\n".join(parts))
    return docs
