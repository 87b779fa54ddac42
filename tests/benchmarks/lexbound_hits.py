"""Where the bundled list of well-known firms (company_names.txt) is found
inside a word, counted on the study material and CLUENER train (a plain
script; news-dev and the check halves are never read):

    .venv/bin/python tests/benchmarks/lexbound_hits.py [--cluener] [--show]

Each list hit (``resources().known.find`` on the compact text) whose start
is on a word start is classed by its end: on a word boundary; glued (jieba
holds the name and what follows as one word: 海信集团); or straddling (a
word begins inside the name and runs past it: 深远|海|信息). Beside each
count, how many such hits are a gold COMPANY span or lie inside one, and
how many of them the ``known`` rule proposes (``CompanySuggester._known``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

from company_study_errors import study_docs  # noqa: E402

from models.suggest.company import (  # noqa: E402
    CJK_FIRST,
    CJK_LAST,
    CompanySuggester,
    resources,
)
from models.suggest.segment import analyse  # noqa: E402


def cluener_docs() -> list[dict]:
    out = []
    path = SHARED / "data" / "cluener" / "train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = []
        for start_end in (row.get("label") or {}).get("company", {}).values():
            for s, e in start_end:
                spans.append({"start": s, "end": e + 1, "label": "COMPANY"})
        out.append({"text": row["text"], "spans": spans})
    return out


def kind(a, s: int, e: int) -> str:
    t = a.text
    if e >= len(t) or e in a.starts or not CJK_FIRST <= t[e] <= CJK_LAST:
        return "boundary"
    ts, _te = a.token(e)
    return "glued" if ts <= s else "straddle"


def main() -> int:
    r = resources()
    rule = CompanySuggester()
    sets = ["zone", "economy", "train", "seeds", "cfsc"]
    if "--cluener" in sys.argv:
        sets.append("cluener")
    show = "--show" in sys.argv
    for name in sets:
        docs = cluener_docs() if name == "cluener" else study_docs(name)
        counts: Counter = Counter()
        for doc in docs:
            text = doc["text"]
            a = analyse(text)
            t = a.text
            gold = [(sp["start"], sp["end"]) for sp in doc["spans"] if sp["label"] == "COMPANY"]
            known = {(c.start, c.end) for c in rule._known(a, r)}
            for s, e, term, _needs in r.known.find(t):
                if not (s == 0 or s in a.starts or not CJK_FIRST <= t[s - 1] <= CJK_LAST):
                    counts["start inside a word", "hits"] += 1
                    continue
                k = kind(a, s, e)
                counts[k, "hits"] += 1
                os_, oe = a.to_original(s, e)
                if any(gs <= os_ and oe <= ge for gs, ge in gold):
                    counts[k, "in gold"] += 1
                if any(cs == s for cs, _ce in known):
                    counts[k, "proposed"] += 1
                    if any(gs <= os_ and oe <= ge for gs, ge in gold):
                        counts[k, "proposed in gold"] += 1
                if show and k == "straddle" and name != "cluener":
                    ts, te = a.token(e)
                    print(
                        f"  {name}: {term} | {t[max(0, s - 4) : s]}[{t[s:e]}]{t[e : te + 3]}"
                        f" rest={t[e:te]} proposed={any(cs == s for cs, _ce in known)}"
                        f" gold={any(gs <= os_ and oe <= ge for gs, ge in gold)}"
                    )
        row = ", ".join(f"{k} {what} {n}" for (k, what), n in sorted(counts.items()))
        print(f"{name} ({len(docs)} docs): {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
