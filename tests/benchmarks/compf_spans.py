"""Every COMPANY, POLICY and METRIC span the product shows on the study
material (the seeds, news-train and the study halves), with whether the gold
marks it, as one file (a scratch script of the `compf` round, not collected
by pytest); run in two trees and ``diff`` the files to see a right span lost
or gained. The check halves are never read here.

    .venv/bin/python tests/benchmarks/compf_spans.py OUT.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import study_sets  # noqa: E402

LABELS = ("COMPANY", "POLICY", "METRIC")


def main() -> int:
    from models.suggest.pipeline import default_suggester

    prod = default_suggester()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for name, docs in study_sets().items():
            for i, d in enumerate(docs):
                t = d["text"]
                gold = {(s["start"], s["end"], s["label"]) for s in d.get("spans", [])}
                for s in prod.suggest(t):
                    if s.label in LABELS:
                        ok = "RIGHT" if (s.start, s.end, s.label) in gold else "false"
                        ctx = t[max(0, s.start - 10) : s.end + 10].replace("\n", " ")
                        out.write(f"{name}\t{i}\t{s.label}\t{ok}\t{t[s.start : s.end]}\t{ctx}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
