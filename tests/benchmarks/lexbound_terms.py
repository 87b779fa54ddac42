"""A project's accepted company names matched by their characters (the
``Featurizer``'s lexicon hits), with CLUENER train's company names as the
terms: how many hits lie off jieba's words, by kind (``lexbound_hits.kind``),
and how many ``splits_word`` removes, on CLUENER train and on the study sets
(a plain script; news-dev and the check halves are never read):

    .venv/bin/python tests/benchmarks/lexbound_terms.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).parent))

from lexbound_hits import cluener_docs, kind, study_docs  # noqa: E402

from models.suggest.company import splits_word  # noqa: E402
from models.suggest.lexicon import Lexicon  # noqa: E402
from models.suggest.segment import CJK_FIRST, CJK_LAST, analyse  # noqa: E402


def count(lexicon: Lexicon, docs: list[dict]) -> Counter:
    c: Counter = Counter()
    for d in docs:
        a = analyse(d["text"])
        t = a.text
        gold = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "COMPANY"}
        for s, e, _term, _label in lexicon.find(t):
            on_start = s == 0 or s in a.starts or not CJK_FIRST <= t[s - 1] <= CJK_LAST
            k = kind(a, s, e) if on_start else "start inside"
            exact = a.to_original(s, e) in gold
            c[k, "hits"] += 1
            c[k, "exact gold"] += exact
            removed = "removed" if splits_word(a, s, e) else "kept"
            c[removed, "hits"] += 1
            c[removed, "exact gold"] += exact
    return c


def main() -> int:
    cluener = cluener_docs()
    terms = {d["text"][s["start"] : s["end"]] for d in cluener for s in d["spans"]}
    lexicon = Lexicon({t: "COMPANY" for t in terms})
    study = [d for n in ("zone", "economy", "train", "seeds", "cfsc") for d in study_docs(n)]
    for name, docs in (("cluener-train", cluener), ("study sets", study)):
        c = count(lexicon, docs)
        print(
            f"{name} ({len(terms)} terms):",
            ", ".join(f"{k} {w} {n}" for (k, w), n in sorted(c.items())),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
