"""Where a pattern occurs in the POLICY study material, with what the gold
marks around it (a scratch script of the POLICY precision round, `polp`):

    .venv/bin/python tests/benchmarks/policy_grep.py REGEX [--set NAME]

Each match is printed with its context and the gold POLICY spans that
overlap the context ([…] marks them). Only the study material (the study
halves, news-train, the seeds, CLUENER's even half): never a check half,
never news-dev."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import study_sets  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("pattern")
    parser.add_argument("--set", action="append")
    parser.add_argument("--width", type=int, default=24)
    args = parser.parse_args()
    rx = re.compile(args.pattern)
    for name, docs in study_sets().items():
        if args.set and name not in args.set:
            continue
        for d in docs:
            t = d["text"]
            gold = sorted((s["start"], s["end"]) for s in d["spans"] if s["label"] == "POLICY")
            for m in rx.finditer(t):
                lo = max(0, m.start() - args.width)
                hi = min(len(t), m.end() + args.width)
                marks = []
                for s, e in gold:
                    if s < hi and e > lo:
                        marks.append(t[s:e])
                ctx = t[lo:hi].replace("\n", "⏎")
                print(f"{name:13} {ctx}  gold {marks}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
