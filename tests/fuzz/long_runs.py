"""Catastrophic backtracking and quadratic loops: how long the bundled
suggester takes over hostile texts of N characters (a plain script, not
collected by pytest):

    .venv/bin/python tests/fuzz/long_runs.py [N] [--limit SECONDS]

Each text is a long run of one piece of ``fuzz_suggest.PIECES`` (digits,
numerals, units, quotes, suffixes, white space…), of two pieces in turn,
of a name and a separator in turn (a list of thousands of names), and of
a piece between two others that open and close a rule (“…”, 《…》,
（…）, a number before a unit). The times are printed as a ratio to the time
of a news article of the same length from the shared texts, measured in the
same run; a text over ``--limit`` seconds is listed as a failure."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_suggest import PIECES, REPO, shared_texts  # noqa: E402

sys.path.insert(0, str(REPO))

OPENERS = ["“", "《", "（", "(", "「", "【", "2024年", "约", "同比增长", "比亚迪", "国务院关于"]
# A list of thousands of one name (a pasted column): each name must not read
# the rest of the list.
NAMES = [
    "华为",
    "比亚迪",
    "岚睿电子",
    "国务院",
    "行动计划",
    "“十四五”规划",
    "18亿元",
    "5%",
    "一",
    "A",
]
SEPARATORS = ["、", "和", "，", "及", "与", "。", "\n", "等", "的", " ", "；", "（", "）"]
CLOSERS = ["”", "》", "）", ")", "」", "】", "亿元", "%", "有限公司", "行动计划", "个百分点"]


def hostile(n: int) -> list[tuple[str, str]]:
    """(name, text of about n characters) of every hostile shape."""
    out = []
    for piece in PIECES:
        out.append((f"run {piece!r}", (piece * (n // len(piece) + 1))[:n]))
    for i, a in enumerate(PIECES):
        for b in PIECES[i + 1 :: 37]:
            both = a + b
            out.append((f"run {both!r}", (both * (n // len(both) + 1))[:n]))
    for name in NAMES:
        for sep in SEPARATORS:
            both = name + sep
            out.append((f"list {both!r}", (both * (n // len(both) + 1))[:n]))
    for opener in OPENERS:
        for closer in CLOSERS:
            for filler in ("一", "1", "公司"):
                inner = (filler * (n // len(filler) + 1))[: n - len(opener) - len(closer)]
                out.append((f"{opener}{filler!r}…{closer}", opener + inner + closer))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--limit", type=float, default=1.0)
    args = parser.parse_args(argv)
    from models.suggest.pipeline import default_suggester

    model = default_suggester()
    news = "".join(shared_texts())
    article = news[: args.n]
    model.suggest(article)  # warm: jieba's tables, the lexicons
    began = time.perf_counter()
    model.suggest(article)
    baseline = time.perf_counter() - began
    print(f"baseline: news of {len(article)} characters, {baseline:.3f}s")
    slow = []
    times = []
    for name, text in hostile(args.n):
        began = time.perf_counter()
        model.suggest(text)
        took = time.perf_counter() - began
        times.append((took, name))
        if took > args.limit:
            slow.append((took, name))
            print(f"SLOW {took:.2f}s ({took / baseline:.1f}x news): {name}", flush=True)
    times.sort(reverse=True)
    print(f"{len(times)} hostile texts; slowest:")
    for took, name in times[:10]:
        print(f"  {took:.3f}s  {took / baseline:5.2f}x news  {name}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
