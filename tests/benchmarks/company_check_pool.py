"""Where the shipped suggester's COMPANY misses on a gold set come from, in
counts only (a scratch script of COMPANY 12, not collected by pytest): of
the gold spans, how many are shown, how many the scorer saw as a candidate
and kept below its threshold, how many a candidate only overlaps, and how
many no source proposed at all; and the wrong spans shown, counted by the
rules that proposed them. It prints no span and no text, so that it may be
run on a check half (``--half check``), which is scored only in aggregate.

    .venv/bin/python tests/benchmarks/company_check_pool.py zone_news,economy_news [--half check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    from models.suggest.pipeline import bundled_pipeline

    p = argparse.ArgumentParser()
    p.add_argument("sets", help="comma-separated folders under tests/data")
    p.add_argument("--half", default="study")
    args = p.parse_args()
    pipe = bundled_pipeline()
    for name in args.sets.split(","):
        path = REPO / "tests" / "data" / name / "gold.jsonl"
        docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        docs = [d for d in docs if (d.get("meta") or {}).get("half") == args.half]
        counts: Counter = Counter()
        wrong: Counter = Counter()
        for d in docs:
            text = d["text"]
            scored, a = pipe.scored(text)
            index = a.compact.index
            pool = {
                (index[c.start], index[c.end - 1] + 1) for _p, c in scored if c.label == "COMPANY"
            }
            shown = {(s.start, s.end): s for s in pipe.suggest(text) if s.label == "COMPANY"}
            gold = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "COMPANY"}
            for g in gold:
                counts["gold"] += 1
                if g in shown:
                    counts["shown"] += 1
                elif g in pool:
                    counts["in pool, below threshold"] += 1
                elif any(s < g[1] and g[0] < e for s, e in pool):
                    counts["only overlapped"] += 1
                else:
                    counts["no candidate"] += 1
            for key, s in shown.items():
                if key not in gold:
                    kind = (
                        "boundary"
                        if any(a0 < key[1] and key[0] < b0 for a0, b0 in gold)
                        else "false"
                    )
                    wrong[kind, s.attrs.get("rule", "(model)")] += 1
        print(name, args.half, dict(counts))
        for (kind, rule), n in sorted(wrong.items(), key=lambda kv: -kv[1]):
            print(f"  {kind:<9}{rule:<30}{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
