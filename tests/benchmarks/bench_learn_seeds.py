"""The learned suggester on the five shared gold articles, leave one out
(a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_seeds.py

For each article of ../shared/gold/seeds.jsonl: train the CRF on the other
four, then score on the held-out article, per label, exact span match:

- ``crf``:   the CRF alone;
- ``rules``: the bundled rules alone (``default_ensemble()``);
- ``both``:  the rules and the CRF in one ensemble
             (``default_ensemble(learned=[crf])``, the app's merge rule);
- ``both+lex``: as ``both`` plus the lexicon of the four training articles'
             COMPANY and POLICY strings, which is what a project suggests.

Prints one table per held-out article, then the sums over the five. Figures,
no targets: five articles are too few for a verdict."""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
sys.path.insert(0, str(REPO))

LABELS = ["METRIC", "COMPANY", "POLICY"]


def table(title: str, results: dict) -> list[str]:
    from models.evaluate import ALL

    systems = list(results)
    lines = [
        title,
        f"{'label':<8} {'gold':>5}  " + "  ".join(f"{s:>20}" for s in systems),
        f"{'':<8} {'':>5}  " + "  ".join(f"{'P':>6} {'R':>6} {'F1':>6}" for _ in systems),
    ]
    for label in [*LABELS, ALL]:
        gold = results[systems[0]][label].gold
        cells = "  ".join(
            f"{results[s][label].precision:>6.3f} {results[s][label].recall:>6.3f}"
            f" {results[s][label].f1:>6.3f}"
            for s in systems
        )
        lines.append(f"{label:<8} {gold:>5}  {cells}")
    return lines


def main() -> int:
    seeds = SHARED / "gold" / "seeds.jsonl"
    if not seeds.exists():
        print(f"skipped: {seeds} is absent (../shared beside the repo)")
        return 0
    from models.evaluate import score
    from models.io.formats.jsonl import read_jsonl
    from models.learn.crf import CrfSuggester, train_crf
    from models.learn.data import TrainingDoc, gold_terms, without_overlaps
    from models.learn.evaluate_cv import LEXICON_LABELS
    from models.suggest.engine import default_ensemble

    docs = [TrainingDoc(d.id, d.text, tuple(without_overlaps(d.spans))) for d in read_jsonl(seeds)]
    rules = default_ensemble()
    systems = ("crf", "rules", "both", "both+lex")
    gold_all: dict = {}
    pred_all: dict = {s: {} for s in systems}
    for held in docs:
        train = [d for d in docs if d is not held]
        began = time.perf_counter()
        crf = CrfSuggester(train_crf(train), f"loo-{held.doc_id[:3]}")
        seconds = time.perf_counter() - began
        both = default_ensemble(learned=[crf])
        both_lex = default_ensemble(gold_terms(train, LEXICON_LABELS, numeric=True), learned=[crf])
        gold = {held.doc_id: held.spans}
        pred = {
            "crf": crf.suggest(held.text),
            "rules": rules.suggest(held.text),
            "both": both.suggest(held.text),
            "both+lex": both_lex.suggest(held.text),
        }
        gold_all.update(gold)
        results = {}
        for s in systems:
            pred_all[s][held.doc_id] = pred[s]
            results[s] = score(gold, {held.doc_id: pred[s]}, labels=LABELS)
        print(
            "\n".join(
                table(
                    f"held out {held.doc_id} ({len(held.text)} characters; "
                    f"trained on 4 in {seconds:.1f} s)",
                    results,
                )
            )
        )
        print()
    totals = {s: score(gold_all, pred_all[s], labels=LABELS) for s in systems}
    print("\n".join(table("all five held-out articles (counts summed)", totals)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
