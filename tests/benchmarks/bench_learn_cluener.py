"""The learned suggester on CLUENER2020's ``company`` (a plain script, not
collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_cluener.py [--cv]

1. Import CLUENER ``train`` (10,748 sentences) with only ``company`` kept, as
   COMPANY, into a fresh project in a temporary folder (``biaozhu import
   --format cluener --label-map company=COMPANY --status done``: sentences
   without a company are gold too, the negatives).
2. Train on the project's gold (``train_project``, no cross-validation unless
   ``--cv``) and store the model. Target: under 300 s on a 2-core laptop CPU.
3. Score the stored model (loaded back through ``models.learn.active_suggester``)
   on CLUENER ``dev``, exact span match. Target: F1 >= 0.72 (the published
   BiLSTM+CRF figure for ``company`` is 72.27, on the hidden test split).
4. Time its suggestions for a 3,000-character article (the first 3,000
   characters of a shared news article), median of 9 runs after a warm-up.
   Target: under 100 ms.

Exit status 1 when a target is missed. Needs ../shared beside the repo."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
sys.path.insert(0, str(REPO))

F1_TARGET = 0.72
TRAIN_TARGET_S = 300.0
PREDICT_TARGET_MS = 100.0


def import_train(project_path: Path, train: Path) -> float:
    from desktop.cli import main

    began = time.perf_counter()
    code = main(["new", str(project_path), "--annotator", "clue"])
    code = code or main(
        [
            "import",
            str(project_path),
            str(train),
            "--format",
            "cluener",
            "--label-map",
            "company=COMPANY",
            "--status",
            "done",
            "--annotator",
            "clue",
        ]
    )
    if code:
        raise SystemExit("import failed")
    return time.perf_counter() - began


def available() -> bool:
    return (SHARED / "data" / "cluener" / "train.jsonl").exists()


def measure(cv: bool = False, say=print) -> dict:
    """Import, train, score on dev and time prediction; ``say`` gets the
    report lines. Returns f1, train_s (the training's own seconds),
    predict_ms (median of 9) and the details."""
    cluener = SHARED / "data" / "cluener"

    from models import Project
    from models.evaluate import score
    from models.io.formats.cluener import read_cluener
    from models.learn import active_suggester
    from models.learn.evaluate_cv import format_evaluation
    from models.learn.train import train_project

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cluener.biaozhu"
        seconds_import = import_train(path, cluener / "train.jsonl")
        say(f"import: {seconds_import:.1f} s")
        with Project.open(path, annotator="clue") as project:
            began = time.perf_counter()
            result = train_project(project, folds=None if cv else 0)
            wall = time.perf_counter() - began
            training = result.record.training
            say(
                f"training: {result.seconds:.1f} s for {result.documents} sentences, "
                f"{result.characters} characters, {result.spans} spans "
                f"(features {training.get('feature_seconds')} s, "
                f"fit {training.get('fit_seconds')} s, {training.get('iterations')} iterations)"
            )
            if result.evaluation:
                say(f"with evaluation: {wall:.1f} s in all")
                for line in format_evaluation(result.evaluation):
                    say("  " + line)
            suggester = active_suggester(project)
            assert suggester is not None and suggester.version == result.record.version

        gold, pred = {}, {}
        began = time.perf_counter()
        for doc in read_cluener(cluener / "dev.jsonl", {"company": "COMPANY"}):
            gold[doc.id] = doc.spans
            pred[doc.id] = suggester.suggest(doc.text)
        tagging = time.perf_counter() - began
        s = score(gold, pred, labels=["COMPANY"])["COMPANY"]
        say(
            f"dev COMPANY (exact match, {len(gold)} sentences, {s.gold} gold spans): "
            f"P {s.precision:.4f}  R {s.recall:.4f}  F1 {s.f1:.4f}  (target >= {F1_TARGET})"
            f"  [{tagging:.1f} s to tag dev]"
        )

        article = (SHARED / "corpus" / "001_6931a8134f50e240.txt").read_text(encoding="utf-8")
        article = (article * 2)[:3000]
        suggester.suggest(article)
        times = []
        for _ in range(9):
            t = time.perf_counter()
            suggester.suggest(article)
            times.append(time.perf_counter() - t)
        ms = statistics.median(times) * 1000
        say(
            f"suggest on a {len(article)}-character article: median {ms:.1f} ms "
            f"(target < {PREDICT_TARGET_MS:.0f} ms)"
        )
    return {
        "import_s": seconds_import,
        "train_s": result.seconds,
        "train_wall_s": wall,
        "documents": result.documents,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "predict_ms": ms,
        "article_chars": len(article),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cv",
        action="store_true",
        help="also run the default evaluation (a held-out fifth) and report it",
    )
    args = parser.parse_args()
    if not available():
        print(f"skipped: {SHARED / 'data' / 'cluener'} is absent (../shared beside the repo)")
        return 0
    m = measure(args.cv)
    missed = []
    if m["f1"] < F1_TARGET:
        missed.append("F1")
    if m["train_s"] > TRAIN_TARGET_S:
        missed.append("training time")
    if m["predict_ms"] > PREDICT_TARGET_MS:
        missed.append("prediction time")
    print("targets: " + ("all met" if not missed else "missed " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
