"""The shipped suggester's COMPANY errors on the study halves of zone and
economy news (a scratch script of COMPANY 13, not collected by pytest),
each miss split by where it was lost: no candidate at all (a rule's gap),
a candidate only overlapping it (a boundary), or the exact span proposed
and scored below the threshold (the scorer's, with its probability). Check
halves and news-dev are never read.

    .venv/bin/python tests/benchmarks/company_study_kinds.py [--set zone_news] [--only KIND]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def show(text: str, s: int, e: int, ctx: int = 14) -> str:
    return (text[max(0, s - ctx) : s] + "[" + text[s:e] + "]" + text[e : e + ctx]).replace(
        "\n", "⏎"
    )


def main() -> int:
    from models.suggest.pipeline import bundled_pipeline

    p = argparse.ArgumentParser()
    p.add_argument("--set", action="append")
    p.add_argument("--only", action="append")
    args = p.parse_args()
    pipe = bundled_pipeline()
    counts: Counter = Counter()
    for name in args.set or ["zone_news", "economy_news"]:
        path = REPO / "tests" / "data" / name / "gold.jsonl"
        docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        docs = [d for d in docs if (d.get("meta") or {}).get("half") == "study"]
        for d in docs:
            assert (d.get("meta") or {}).get("half") == "study"
            text = d["text"]
            scored, a = pipe.scored(text)
            index = a.compact.index
            pool = {}
            for prob, c in scored:
                if c.label == "COMPANY":
                    key = (index[c.start], index[c.end - 1] + 1)
                    pool[key] = max(pool.get(key, 0.0), prob)
            shown = {(s.start, s.end): s for s in pipe.suggest(text) if s.label == "COMPANY"}
            gold = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "COMPANY"}
            out = []
            for g in sorted(gold - set(shown)):
                if g in pool:
                    kind, extra = "below", f"p={pool[g]:.2f}"
                else:
                    near = [k for k in shown if k[0] < g[1] and g[0] < k[1]]
                    near_pool = [k for k in pool if k[0] < g[1] and g[0] < k[1]]
                    if near:
                        kind = "boundary"
                        extra = "shown " + ",".join(text[s:e] for s, e in near)
                    elif near_pool:
                        kind = "overlap"
                        extra = "pool " + ",".join(
                            f"{text[s:e]}:{pool[s, e]:.2f}" for s, e in near_pool
                        )
                    else:
                        kind, extra = "nocand", ""
                out.append((kind, f"{show(text, *g)}  {extra}"))
            for k, s in sorted(shown.items()):
                if k in gold or any(g[0] < k[1] and k[0] < g[1] for g in gold):
                    continue
                rule = s.attrs.get("rule", "(model)") if isinstance(s.attrs, dict) else ""
                out.append(("false", f"{show(text, *k)}  {rule} {s.score:.2f}"))
            for kind, desc in out:
                counts[name, kind] += 1
                if args.only and kind not in args.only:
                    continue
                print(f"{name[:4]} {kind:<9}{d['id'][:10]:<11}{desc}")
    for k, n in sorted(counts.items()):
        print(k, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
