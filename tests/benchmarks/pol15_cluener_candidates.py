"""Every candidate of the rules (``default_ensemble``: every label, its span,
rule, score and attributes, the rules' version left out) over CLUENER's
train and dev texts, as one file, so that a change to the POLICY name list
can be shown to leave CLUENER's user path where it was (a scratch script of
the fifteenth POLICY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/pol15_cluener_candidates.py OUT.jsonl

Compare two runs with ``cmp``; the start is run from a ``git archive`` copy
with its own code first on ``PYTHONPATH``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def main() -> int:
    from models.suggest.engine import default_ensemble

    rules = default_ensemble()
    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for part in ("train", "dev"):
            path = SHARED / "data" / "cluener" / f"{part}.jsonl"
            for line in path.read_text("utf-8").splitlines():
                if not line.strip():
                    continue
                text = json.loads(line)["text"]
                row = [
                    [s.start, s.end, s.label, s.source, round(s.score, 9), s.attrs]
                    for s in rules.suggest(text)
                ]
                n += len(row)
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(f"{n} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
