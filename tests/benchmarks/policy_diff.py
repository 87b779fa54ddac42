"""POLICY predictions of the rules alone against a saved baseline (a scratch
script of the tenth POLICY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/policy_diff.py --save /tmp/base.json
    .venv/bin/python tests/benchmarks/policy_diff.py --against /tmp/base.json

On the study material (policy_study.study_sets) every span that a change
adds or removes is printed with context and whether it is gold; the check
halves are scored in aggregate only (right / shown / gold per set, the
pooled F1 and its change), never a span. news-dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import check_sets, f1, study_sets  # noqa: E402


def main() -> int:
    from models.suggest.engine import default_ensemble

    parser = argparse.ArgumentParser()
    parser.add_argument("--save")
    parser.add_argument("--against")
    args = parser.parse_args()
    ens = default_ensemble()
    base = json.loads(Path(args.against).read_text()) if args.against else None
    out: dict = {"study": {}, "check": {}}
    for name, docs in study_sets().items():
        r = s = g = 0
        for d in docs:
            t = d["text"]
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            pred = {
                (x.start, x.end): x.attrs.get("rule", "")
                for x in ens.suggest(t)
                if x.label == "POLICY"
            }
            key = f"{name}/{d['id']}"
            out["study"][key] = sorted(pred)
            r, s, g = r + len(gold & set(pred)), s + len(pred), g + len(gold)
            if base is None:
                continue
            old = {tuple(x) for x in base["study"].get(key, [])}
            for span in sorted(set(pred) ^ old):
                sign = "+" if span in pred else "-"
                ok = "GOLD" if span in gold else "    "
                a, b = span
                ctx = t[max(0, a - 10) : a] + "[" + t[a:b] + "]" + t[b : b + 8]
                print(f"  {sign} {ok} {name:<14}{ctx.replace(chr(10), '⏎')}  {pred.get(span, '')}")
        out[name] = [r, s, g]
        old = base.get(name) if base else None
        print(
            f"{name:<14}{r:>4}/{s:>4}/{g:>4} {f1(r, s, g):.4f}" + (f"   was {old}" if old else "")
        )
    pooled_w = pooled_g = 0.0
    for name, docs in check_sets().items():
        r = s = g = 0
        for d in docs:
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            pred = {(x.start, x.end) for x in ens.suggest(d["text"]) if x.label == "POLICY"}
            r, s, g = r + len(gold & pred), s + len(pred), g + len(gold)
        out[name] = [r, s, g]
        if name != "cluener-odd":
            pooled_w += f1(r, s, g) * g
            pooled_g += g
        old = base.get(name) if base else None
        print(
            f"{name:<14}{r:>4}/{s:>4}/{g:>4} {f1(r, s, g):.4f}" + (f"   was {old}" if old else "")
        )
    out["pooled"] = pooled_w / pooled_g
    print(
        f"pooled check POLICY {out['pooled']:.4f}" + (f"  was {base['pooled']:.4f}" if base else "")
    )
    if args.save:
        Path(args.save).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
