"""Scratch (branch calib): the shipped model's calibration per kind of
candidate (``calibration.kind_of``) on the study material: news-train,
the seeds, and the study halves of zone news, economy news and the work
reports (each of the labels its gold annotates). Every candidate's
probability against whether it is exactly a gold span; per kind, the
count, mean predicted, observed rate and ECE (ten bins), and the bins of
all kinds pooled. news-dev is never read; no check half is read.

    .venv/bin/python tests/benchmarks/calib_ece.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from models.learn.calibration import (  # noqa: E402
    expected_calibration_error,
    format_reliability,
    kind_of,
    reliability,
)
from models.suggest.pipeline import default_suggester  # noqa: E402

DATA = REPO / "tests" / "data"
SETS = {
    "news-train": (SHARED / "gold" / "news-train.jsonl", None, ("METRIC", "COMPANY", "POLICY")),
    "seeds": (SHARED / "gold" / "seeds.jsonl", None, ("METRIC", "COMPANY", "POLICY")),
    "zone-study": (DATA / "zone_news" / "gold.jsonl", "study", ("COMPANY", "POLICY")),
    "economy-study": (DATA / "economy_news" / "gold.jsonl", "study", ("COMPANY", "POLICY")),
    "work-reports-study": (DATA / "work_reports" / "policy.jsonl", "study", ("POLICY",)),
}


def main() -> None:
    model = default_suggester()
    probs: dict[str, list[float]] = defaultdict(list)
    truth: dict[str, list[int]] = defaultdict(list)
    for path, half, labels in SETS.values():
        assert "news-dev" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            doc = json.loads(line)
            if half is not None and doc["meta"].get("half") != half:
                continue
            keys = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
            found, a = model.scored(doc["text"])
            for p, cand in found:
                if cand.label not in labels:
                    continue
                start, end = a.to_original(cand.start, cand.end)
                kind = kind_of(cand.label, cand.sources, cand.rules)
                for k in (kind, cand.label, "ALL"):
                    probs[k].append(p)
                    truth[k].append(int((start, end, cand.label) in keys))
    print(f"{'kind':<18}{'count':>7}{'predicted':>11}{'observed':>10}{'ECE':>8}")
    for k in sorted(probs):
        ps, ys = probs[k], truth[k]
        ece = expected_calibration_error(reliability(ps, ys))
        print(f"{k:<18}{len(ps):>7}{sum(ps) / len(ps):>11.3f}{sum(ys) / len(ys):>10.3f}{ece:>8.3f}")
    print()
    for k in ("ALL", "COMPANY", "POLICY"):
        print(k)
        print("\n".join(format_reliability(reliability(probs[k], truth[k]))))


if __name__ == "__main__":
    main()
