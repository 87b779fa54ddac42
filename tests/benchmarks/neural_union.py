"""How much of CLUENER train fold N's companies the present candidates hold,
and how much with a neural tagger's spans added (a plain script, not
collected by pytest):

    .venv/bin/python tests/benchmarks/neural_union.py SPANS.json [--fold N]

SPANS.json is what ``neural_ceiling.py --save`` wrote for the fold (line
number -> spans). As ``bench_learn_project_folds.py`` runs a fold: the
other four fifths imported into a project, ``train_project`` with default
options, the project's suggester; then on the fold's sentences the bundled
model never learned, every COMPANY candidate of every source
(``suggester.scored``), the gold they hold, and the gold held by them and
the neural spans together; also the neural spans' own P/R/F1 there and what
the path shows.

Needs ../shared beside the repo."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

from bench_learn_project_folds import (  # noqa: E402
    CLUENER_TRAIN,
    FOLDS,
    cached_train_crf,
    company_spans,
    imported_project,
    prf_line,
    without_tested,
)


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("spans", type=Path)
    parser.add_argument("--fold", type=int, default=0)
    args = parser.parse_args(argv)
    import models.learn.evaluate_cv as evaluate_cv
    import models.learn.train as train
    from models import Project
    from models.learn.bundled import bundled_model, text_digest
    from models.learn.train import train_project
    from models.suggest.project import project_ensemble

    evaluate_cv.train_crf = cached_train_crf(evaluate_cv.train_crf)
    train.train_crf = cached_train_crf(train.train_crf)
    g = args.fold
    base = bundled_model()
    seen = base.seen
    lines = [x for x in CLUENER_TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]
    without_tested(base, list(base.examples), g, len(lines))
    kept = [x for i, x in enumerate(lines) if i % FOLDS != g]
    tested = [(i, json.loads(x)) for i, x in enumerate(lines) if i % FOLDS == g]
    tested = [(i, r) for i, r in tested if text_digest(r["text"]) not in seen]
    with tempfile.TemporaryDirectory() as tmp:
        path = imported_project(kept, Path(tmp))
        project = Project.open(path, annotator="clue")
        try:
            train_project(project)
            suggester = project_ensemble(project)
        finally:
            project.close()
        while not args.spans.exists():  # neural_ceiling.py may still be training
            time.sleep(10)
        neural = {int(k): {tuple(x) for x in v} for k, v in
                  json.loads(args.spans.read_text(encoding="utf-8")).items()}  # fmt: skip
        n_gold = held = held_union = shown_right = n_shown = 0
        n_right_nn = n_nn = 0
        n_cand = 0
        missed_found = missed = wrong_shown = wrong_shown_found = new = new_right = 0
        for i, r in tested:
            gold = company_spans(r)
            scored, a = suggester.scored(r["text"])
            cands = {a.to_original(c.start, c.end) for _p, c in scored if c.label == "COMPANY"}
            shown = {(s.start, s.end) for s in suggester.suggest(r["text"])
                     if s.label == "COMPANY"}  # fmt: skip
            nn = neural.get(i, set())
            n_gold += len(gold)
            n_cand += len(cands)
            held += len(gold & cands)
            held_union += len(gold & (cands | nn))
            shown_right += len(gold & shown)
            n_shown += len(shown)
            n_right_nn += len(gold & nn)
            n_nn += len(nn)
            missed += len((gold & cands) - shown)
            missed_found += len(((gold & cands) - shown) & nn)
            wrong_shown += len(shown - gold)
            wrong_shown_found += len((shown - gold) & nn)
            new += len(nn - cands)
            new_right += len((nn - cands) & gold)
    print(f"fold {g}: {len(tested)} sentences, {n_gold} gold, {n_cand} COMPANY candidates")
    print(
        f"  candidates hold {held / n_gold:.4f} ({held}); with the neural spans "
        f"{held_union / n_gold:.4f} ({held_union}): +{(held_union - held) / n_gold:.4f}"
    )
    print(f"  the path shows: {prf_line(shown_right, n_shown, n_gold)}")
    print(f"  neural spans no other source proposes: {new}, right {new_right}")
    print(
        f"  right candidates not shown: {missed}, the neural spans among them "
        f"{missed_found}; wrong spans shown: {wrong_shown}, the neural spans among "
        f"them {wrong_shown_found}"
    )
    print(f"  the neural spans alone: {prf_line(n_right_nn, n_nn, n_gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
