"""The shipped suggester's COMPANY errors on the study material only (a
scratch script of COMPANY 10, not collected by pytest): zone and economy
news' study halves, news-train, the seeds and the odd half of our CFSC gold
(cfsc-check is the even half). Check halves and news-dev are never read.
Prints every error with its context, then P/R/F1 and the errors by kind.

    .venv/bin/python tests/benchmarks/company_study_errors.py [--rules] [--set zone] [--kind missed]
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
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

SETS = {
    "zone": REPO / "tests" / "data" / "zone_news" / "gold.jsonl",
    "economy": REPO / "tests" / "data" / "economy_news" / "gold.jsonl",
    "train": SHARED / "gold" / "news-train.jsonl",
    "seeds": SHARED / "gold" / "seeds.jsonl",
    "cfsc": None,
}


def study_docs(name: str) -> list[dict]:
    if name == "cfsc":  # the odd half of our CFSC gold (cfsc-check is the even half)
        from models.learn.annotated import read_annotated

        docs = read_annotated(SHARED, "cfsc-test")[1::2]
        return [
            {
                "id": d.doc_id,
                "text": d.text,
                "spans": [{"start": x.start, "end": x.end, "label": x.label} for x in d.spans],
            }
            for d in docs
        ]
    docs = [json.loads(x) for x in SETS[name].read_text(encoding="utf-8").splitlines() if x]
    if name in ("zone", "economy"):
        docs = [d for d in docs if (d.get("meta") or {}).get("half") == "study"]
    return docs


def main() -> int:
    from suggest_errors import errors

    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    p = argparse.ArgumentParser()
    p.add_argument("--set", action="append")
    p.add_argument("--rules", action="store_true", help="the rules alone")
    p.add_argument("--kind", action="append")
    args = p.parse_args()
    sug = default_ensemble() if args.rules else default_suggester()
    counts: Counter = Counter()
    tp = fp = fn = 0
    for name in args.set or list(SETS):
        for doc in study_docs(name):
            assert (doc.get("meta") or {}).get("half") != "check"
            pred = [s for s in sug.suggest(doc["text"]) if s.label == "COMPANY"]
            gold = {(s["start"], s["end"]) for s in doc["spans"] if s["label"] == "COMPANY"}
            got = {(s.start, s.end) for s in pred}
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            doc2 = dict(doc, spans=[s for s in doc["spans"] if s["label"] == "COMPANY"])
            for _lab, kind, desc in errors(doc2, pred):
                counts[name, kind] += 1
                if args.kind and kind not in args.kind:
                    continue
                print(f"{name:<8}{kind:<9}{doc['id'][:20]:<21}{desc}")
    p_ = tp / max(1, tp + fp)
    r_ = tp / max(1, tp + fn)
    print(
        f"\nP {p_:.3f} R {r_:.3f} F1 {2 * p_ * r_ / max(1e-9, p_ + r_):.4f} tp {tp} fp {fp} fn {fn}"
    )
    for k, n in sorted(counts.items()):
        print(k, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
