"""POLICY spans the product shows wrongly on the study material (a scratch
script of the thirteenth POLICY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/policy_shown.py [--set NAME] [--save F] [--against F]

The product is ``default_suggester()`` (the rules and the shipped scorer, as
``biaozhu suggest`` and ``biaozhu evaluate`` give them). On the study
material (policy_study.study_sets, CLUENER's even half left out unless
asked) every false POLICY span and every boundary error is printed with its
context, its rule, and whether the rules alone show it (``rules`` / ``-``);
``hidden`` lists right spans the rules find and the scorer drops. The check
halves are scored in aggregate only (right / shown / gold per set and the
zone + economy pool over spans), never a span. news-dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import check_sets, f1, study_sets  # noqa: E402
from suggest_errors import show  # noqa: E402


def main() -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--save")
    parser.add_argument("--against")
    parser.add_argument("--no-check", action="store_true")
    args = parser.parse_args()
    prod = default_suggester()
    rules = default_ensemble()
    base = json.loads(Path(args.against).read_text()) if args.against else None
    out: dict = {"study": {}, "check": {}}
    for name, docs in study_sets().items():
        if args.set and name not in args.set:
            continue
        if not args.set and name == "cluener-even":
            continue
        r = s = g = 0
        spans: dict = {}
        for d in docs:
            t = d["text"]
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            pp = {(x.start, x.end): x for x in prod.suggest(t) if x.label == "POLICY"}
            rp = {(x.start, x.end): x for x in rules.suggest(t) if x.label == "POLICY"}
            spans[d["id"]] = sorted(pp)
            r, s, g = r + len(gold & set(pp)), s + len(pp), g + len(gold)
            if args.quiet:
                continue
            for key in sorted(set(pp) - gold):
                ps, pe = key
                near = [x for x in gold if x[0] < pe and ps < x[1]]
                kind = "boundary" if near else "false"
                rule = pp[key].attrs.get("rule", "")
                alone = "rules" if key in rp else "-"
                extra = f"  gold [{t[near[0][0] : near[0][1]]}]" if near else ""
                print(f"{kind:<9}{name:<14}{rule:<16}{alone:<6}{show(t, ps, pe)}{extra}")
            for key in sorted((set(rp) & gold) - set(pp)):
                rule = rp[key].attrs.get("rule", "")
                print(f"{'hidden':<9}{name:<14}{rule:<16}{'rules':<6}{show(t, *key)}")
        out["study"][name] = spans
        print(f"== {name:<14}{r:>4} /{s:>4} /{g:>4}  F1 {f1(r, s, g):.4f}")
        if base:
            old = base["study"].get(name, {})
            for d in docs:
                t = d["text"]
                gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
                a = {tuple(x) for x in old.get(d["id"], [])}
                b = {tuple(x) for x in spans[d["id"]]}
                for k in sorted(b - a):
                    print(f"   + {'GOLD' if k in gold else 'no  '} {show(t, *k)}")
                for k in sorted(a - b):
                    print(f"   - {'GOLD' if k in gold else 'no  '} {show(t, *k)}")
    if args.no_check:
        return 0
    pool = [0, 0, 0]
    for name, docs in check_sets().items():
        if name == "cluener-odd":
            continue
        r = s = g = 0
        for d in docs:
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            pp = {(x.start, x.end) for x in prod.suggest(d["text"]) if x.label == "POLICY"}
            r, s, g = r + len(gold & pp), s + len(pp), g + len(gold)
        out["check"][name] = [r, s, g]
        if name in ("zone-check", "economy-check"):
            pool = [pool[0] + r, pool[1] + s, pool[2] + g]
        line = f"check {name:<14}{r:>4} /{s:>4} /{g:>4}  F1 {f1(r, s, g):.4f}"
        if base and name in base["check"]:
            line += f"   (was {base['check'][name]})"
        print(line)
    print(f"check zone+economy pooled over spans {pool}  F1 {f1(*pool):.4f}", end="")
    if base:
        zone, economy = base["check"]["zone-check"], base["check"]["economy-check"]
        bp = [a + b for a, b in zip(zone, economy, strict=True)]
        print(f"   (was {f1(*bp):.4f})", end="")
    print()
    if args.save:
        Path(args.save).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
