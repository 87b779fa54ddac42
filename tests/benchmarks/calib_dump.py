"""Scratch (branch calib): the bundled scorer's examples as train_bundled
makes them, with each candidate's sources, rules and label, and their
held-out raw scores, pickled for calib_kinds.py to fit calibrations on:

    .venv/bin/python tests/benchmarks/calib_dump.py BUNDLE_DIR OUT.pickle

BUNDLE_DIR gives the CLUENER CRF (trained by the same rules). Study
material only: news-train, the seeds, zone-news study half (the scorer's
in-domain documents) and the CLUENER slice; news-dev is never read."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.learn import train_bundled as tb  # noqa: E402
from models.learn.bundled import read_bundled  # noqa: E402
from models.learn.evidence import lexicon_of  # noqa: E402
from models.learn.scorer import Items, ScorerParams, held_out_raw  # noqa: E402
from models.learn.span_features import Featurizer  # noqa: E402


def main() -> None:
    bundle, out = Path(sys.argv[1]), Path(sys.argv[2])
    shared = REPO.parent / "shared"
    model = read_bundled(bundle)
    taggers = model.taggers
    by_part = {part: tb.read_gold(shared / "gold" / f"{part}.jsonl") for part in tb.DOMAIN}
    by_part[tb.ZONE_PART] = tb.read_zone_study()
    domain = [d for docs in by_part.values() for d in docs]
    parts = [part for part, docs in by_part.items() for _d in docs]
    clue_docs = tb.read_cluener_companies(
        shared / "data" / "cluener" / "train.jsonl", tb.CLUENER_AUXILIARY
    )
    clue_slice = clue_docs[:: tb.CLUENER_SLICE]
    clue_rest = [d for i, d in enumerate(clue_docs) if i % tb.CLUENER_SLICE]
    judged = tb.held_out_judged(domain, parts, taggers, tb.FOLDS)
    featurizer = Featurizer(tb.rule_suggesters(), taggers, lexicon_of(clue_rest, ("COMPANY",)))
    clue = [tb.judge(featurizer, doc, ("COMPANY",)) for doc in clue_slice]
    for j in clue:
        j.part = "cluener"
    every = judged + clue
    groups = [j.examples for j in every]
    raw = held_out_raw(groups, ScorerParams(), len(judged), Items())
    rows = []
    for j, rs in zip(every, raw, strict=True):
        rows.append(
            {
                "part": j.part,
                "doc": j.doc.doc_id,
                "gold": j.gold,
                "rules_keys": j.rules,
                "labels": j.labels,
                "cands": [
                    (c.key, dict(c.sources), tuple(sorted(c.rules)), c.label) for c in j.candidates
                ],
                "raw": rs,
                "truth": [y for _f, y in j.examples],
                "feats": [f for f, _y in j.examples],
            }
        )
    with out.open("wb") as f:
        pickle.dump({"rows": rows, "in_domain": len(judged)}, f)
    print(f"wrote {out}: {len(judged)} in-domain documents, {len(clue)} CLUENER sentences")


if __name__ == "__main__":
    main()
