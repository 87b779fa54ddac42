"""Known names (``policy_names.txt``) whose end falls inside one of jieba's
words in the study material and the seeds (a scratch script of the `polb`
round, not collected by pytest): each occurrence with its words and what
the gold marks there. The check halves are never read.

    .venv/bin/python tests/benchmarks/polb_known_ends.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import study_sets  # noqa: E402


def main() -> int:
    from models.suggest.policy import CJK, resources
    from models.suggest.segment import analyse

    r = resources()
    for name, docs in study_sets().items():
        for d in docs:
            a = analyse(d["text"])
            t = a.text
            gold = {(s["start"], s["end"]) for s in d.get("spans", []) if s["label"] == "POLICY"}
            for s, e, term, _ in r.names.find(t):
                if e < len(t) and CJK.match(t[e]) and e not in a.starts:
                    marked = [t[gs:ge] for gs, ge in gold if gs < e and ge > s]
                    print(f"{name}\t{term}\t{t[max(0, s - 8) : e + 8]}\tgold={marked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
