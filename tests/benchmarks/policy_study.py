"""POLICY errors of the rules alone on the study material, by kind, and the
check halves scored in aggregate only (a plain scratch script of the ninth
POLICY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/policy_study.py [--show KIND] [--set NAME] [--rules]

Study material (errors printed with context): the study halves of the work
reports, zone news and economy news, news-train, the seeds and CLUENER's
policy sentences of the even half. Check halves (cfsc-check, and the check
halves of the work reports, zone news and economy news): exact F1 per set
and pooled by gold spans, never a span or an error. news-dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

DATA = REPO / "tests" / "data"


def _half(path: Path, half: str) -> list[dict]:
    docs = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]
    return [d for d in docs if d["meta"]["half"] == half]


def _annotated(name: str, step: slice) -> list[dict]:
    from models.learn.annotated import read_annotated

    out = []
    for i, d in enumerate(read_annotated(SHARED, name)[step]):
        spans = [{"start": s.start, "end": s.end, "label": s.label} for s in d.spans]
        out.append({"id": f"{name}-{i}", "text": d.text, "spans": spans})
    return out


def study_sets() -> dict[str, list[dict]]:
    gold = SHARED / "gold"
    return {
        "work-study": _half(DATA / "work_reports" / "policy.jsonl", "study"),
        "zone-study": _half(DATA / "zone_news" / "gold.jsonl", "study"),
        "economy-study": _half(DATA / "economy_news" / "gold.jsonl", "study"),
        "news-train": [json.loads(x) for x in (gold / "news-train.jsonl").open() if x.strip()],
        "seeds": [json.loads(x) for x in (gold / "seeds.jsonl").open() if x.strip()],
        "cluener-even": _annotated("cluener-policy", slice(0, None, 2)),
    }


def check_sets() -> dict[str, list[dict]]:
    return {
        "cfsc-check": _annotated("cfsc-test", slice(0, None, 2)),
        "work-check": _half(DATA / "work_reports" / "policy.jsonl", "check"),
        "zone-check": _half(DATA / "zone_news" / "gold.jsonl", "check"),
        "economy-check": _half(DATA / "economy_news" / "gold.jsonl", "check"),
        # CLUENER's policy sentences of the odd half, never read: not pooled
        "cluener-odd": _annotated("cluener-policy", slice(1, None, 2)),
    }


def score(docs: list[dict], preds: dict, label: str) -> tuple[int, int, int]:
    """(right, shown, gold) of one label, exact match."""
    right = shown = gold = 0
    for d in docs:
        g = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == label}
        p = {(s.start, s.end) for s in preds[d["id"]] if s.label == label}
        right, shown, gold = right + len(g & p), shown + len(p), gold + len(g)
    return right, shown, gold


def f1(right: int, shown: int, gold: int) -> float:
    return 2 * right / (shown + gold) if shown + gold else 0.0


def main() -> int:
    from suggest_errors import errors

    from models.suggest.engine import default_ensemble

    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="append", help="print errors of this kind")
    parser.add_argument("--set", action="append", help="only these study sets")
    parser.add_argument("--rules", action="store_true", help="right/wrong per rule, study sets")
    parser.add_argument("--no-check", action="store_true")
    args = parser.parse_args()
    ens = default_ensemble()
    rules_right: Counter = Counter()
    rules_wrong: Counter = Counter()
    print("study sets, POLICY exact (right / shown / gold, F1)")
    for name, docs in study_sets().items():
        if args.set and name not in args.set:
            continue
        preds = {d["id"]: ens.suggest(d["text"]) for d in docs}
        r, s, g = score(docs, preds, "POLICY")
        kinds: Counter = Counter()
        lines = []
        for d in docs:
            gold = {(x["start"], x["end"], x["label"]) for x in d["spans"]}
            for sug in preds[d["id"]]:
                if sug.label == "POLICY":
                    key = sug.attrs.get("rule", "")
                    hit = (sug.start, sug.end, "POLICY") in gold
                    (rules_right if hit else rules_wrong)[key] += 1
            for lab, kind, desc in errors(d, preds[d["id"]]):
                if lab != "POLICY":
                    continue
                kinds[kind] += 1
                if args.show and kind in args.show:
                    lines.append(f"  {kind:<9}{name:<14}{desc}")
        print(f"{name:<14}{r:>4} /{s:>4} /{g:>4}  F1 {f1(r, s, g):.4f}  {dict(kinds)}")
        print("\n".join(lines))
    if args.rules:
        for key in sorted(set(rules_right) | set(rules_wrong)):
            print(f"  {key:<28}right {rules_right[key]:>4}  wrong {rules_wrong[key]:>4}")
    if args.no_check:
        return 0
    print("\ncheck halves, aggregate only (right / shown / gold, F1)")
    pooled = {"POLICY": [0.0, 0], "COMPANY": [0.0, 0]}
    check_right: Counter = Counter()
    check_wrong: Counter = Counter()
    check_kinds: Counter = Counter()
    for name, docs in check_sets().items():
        preds = {d["id"]: ens.suggest(d["text"]) for d in docs}
        for d in docs:  # counts only: no span of a check half is printed
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            for sug in preds[d["id"]]:
                if sug.label == "POLICY":
                    hit = (sug.start, sug.end) in gold
                    (check_right if hit else check_wrong)[sug.attrs.get("rule", "")] += 1
            for lab, kind, _desc in errors(d, preds[d["id"]]):
                check_kinds[lab, kind] += lab == "POLICY"
        cells = []
        for label in ("POLICY", "COMPANY"):
            r, s, g = score(docs, preds, label)
            if g == 0 or (label == "COMPANY" and name == "work-check"):
                continue
            if name != "cluener-odd":
                pooled[label][0] += f1(r, s, g) * g
                pooled[label][1] += g
            cells.append(f"{label} {r}/{s}/{g} {f1(r, s, g):.4f}")
        print(f"{name:<14}" + "   ".join(cells))
    for label, (w, g) in pooled.items():
        print(f"pooled {label}: {w / g:.4f}")
    print("POLICY errors, check halves:", {k[1]: n for k, n in check_kinds.items() if n})
    if args.rules:
        for key in sorted(set(check_right) | set(check_wrong)):
            print(f"  {key:<28}right {check_right[key]:>4}  wrong {check_wrong[key]:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
