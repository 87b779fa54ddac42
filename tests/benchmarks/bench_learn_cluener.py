"""CLUENER2020's ``company`` through the user's path, with default options
(a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_cluener.py [--no-dev] [--contestants]

1. ``biaozhu new P``; ``biaozhu import P train.jsonl --format cluener
   --label-map company=COMPANY``: 10,748 sentences, every one gold (the
   2,980 companies, and the sentences without one as negatives).
2. ``biaozhu train P``: cross-validated on a held-out fifth against the
   bundled model, stored, activated when it measures better. Target: under
   300 s; printed beside ``jieba.lcut`` over the same sentences in the same
   run.
3. ``biaozhu suggest --project P dev.jsonl`` on the dev texts; COMPANY
   exact-match precision, recall and F1 against the dev gold. Target: F1 >=
   0.78 (published on the hidden test split: BiLSTM+CRF 72.27, BERT-base
   81.42; dev runs a few points apart).
4. The flood: the same project's COMPANY suggestions on news it was not
   built for (``news-dev.jsonl`` and ``seeds.jsonl``), against their gold
   COMPANY spans (``--no-dev``: the seeds alone, for helpers, who must
   never read news-dev).

Exit status 1 when a target is missed. Needs ../shared beside the repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

F1_TARGET = 0.78
TRAIN_TARGET_S = 300.0
BIAOZHU = REPO / ".venv" / "bin" / "biaozhu"


def run(*argv: str, out: Path | None = None) -> float:
    """Run biaozhu; its seconds. Output to ``out`` when given."""
    env = dict(os.environ, BIAOZHU_ANNOTATOR="clue")
    began = time.perf_counter()
    with open(out, "w", encoding="utf-8") if out else open(os.devnull, "w") as sink:
        done = subprocess.run(
            [str(BIAOZHU), *argv], stdout=sink, stderr=subprocess.PIPE, text=True, env=env
        )
    if done.returncode:
        raise SystemExit(f"biaozhu {argv[0]} failed: {done.stderr.strip()}")
    return time.perf_counter() - began


def cluener_texts(path: Path) -> list[tuple[str, str, set]]:
    """(id, text, {(start, end)} of its companies) per CLUENER line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        spans = {
            (s, e + 1)
            for places in (record.get("label") or {}).get("company", {}).values()
            for s, e in places
        }
        out.append((f"dev-{n}", record["text"], spans))
    return out


def write_texts(path: Path, docs) -> None:
    path.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t, *_ in docs),
        encoding="utf-8",
    )


def predicted(path: Path, label: str = "COMPANY") -> dict[str, set]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out[doc["id"]] = {(s["start"], s["end"]) for s in doc["spans"] if s["label"] == label}
    return out


def prf(gold: dict[str, set], pred: dict[str, set]) -> tuple[float, float, float, int, int]:
    right = sum(len(gold[d] & pred.get(d, set())) for d in gold)
    n_gold = sum(len(g) for g in gold.values())
    n_pred = sum(len(pred.get(d, set())) for d in gold)
    p = right / n_pred if n_pred else 0.0
    r = right / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), n_gold, n_pred


def contestant_lines(project_path: Path, dev, say=print) -> None:
    """The dev aggregate of each contestant of the project's training forced
    (its own model, the adapter of the bundled model, the bundled model with
    the project's lexicon): whether a folds benchmark ranks them as dev does."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_learn_honest_folds import CONTESTANTS, suggester_as

    from models import Project
    from models.learn.registry import list_models

    project = Project.open(project_path, annotator="clue")
    try:
        record = list_models(project)[-1]
        evaluation = record.cv  # the training's cross-validation, its contest and adapter
        for contestant in CONTESTANTS:
            if contestant == "adapter" and "adapter" not in evaluation:
                continue
            suggester = suggester_as(project, contestant, evaluation, record.version)
            gold = {i: s for i, _t, s in dev}
            pred = {i: {(s.start, s.end) for s in suggester.suggest(t) if s.label == "COMPANY"}
                    for i, t, _s in dev}  # fmt: skip
            p, r, f1, n_gold, n_pred = prf(gold, pred)
            say(f"  {contestant} forced: P {p:.4f}  R {r:.4f}  F1 {f1:.4f} ({n_pred} suggested)")
    finally:
        project.close()


def measure(say=print, no_dev: bool = False, contestants: bool = False) -> dict:
    import jieba

    cluener = SHARED / "data" / "cluener"
    train_texts = [t for _i, t, _s in cluener_texts(cluener / "train.jsonl")]
    jieba.lcut(train_texts[0])
    began = time.perf_counter()
    for text in train_texts:
        jieba.lcut(text)
    t_jieba = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = tmp / "cluener.biaozhu"
        run("new", str(project))
        t_import = run(
            "import", str(project), str(cluener / "train.jsonl"),
            "--format", "cluener", "--label-map", "company=COMPANY",
        )  # fmt: skip
        report = tmp / "train.txt"
        t_train = run("train", str(project), out=report)
        say(f"import {t_import:.1f} s; train {t_train:.1f} s (jieba.lcut over the same "
            f"sentences: {t_jieba:.1f} s, ratio {t_train / t_jieba:.1f}; target < {TRAIN_TARGET_S:.0f} s)")  # fmt: skip
        for line in report.read_text(encoding="utf-8").splitlines()[:2]:
            say("  " + line)
        dev = cluener_texts(cluener / "dev.jsonl")
        write_texts(tmp / "dev.jsonl", dev)
        t_suggest = run(
            "suggest", "--project", str(project), str(tmp / "dev.jsonl"), out=tmp / "pred.jsonl"
        )
        p, r, f1, n_gold, n_pred = prf({i: s for i, _t, s in dev}, predicted(tmp / "pred.jsonl"))
        say(f"CLUENER dev company (exact, {len(dev)} sentences, {n_gold} gold, {n_pred} suggested): "
            f"P {p:.4f}  R {r:.4f}  F1 {f1:.4f}  (target >= {F1_TARGET}) [{t_suggest:.1f} s]")  # fmt: skip
        if contestants:
            contestant_lines(project, dev, say)
        flood = {}
        for name in ("seeds",) if no_dev else ("news-dev", "seeds"):
            docs = [
                json.loads(x)
                for x in (SHARED / "gold" / f"{name}.jsonl")
                .read_text(encoding="utf-8")
                .splitlines()
            ]
            write_texts(tmp / f"{name}.jsonl", [(d["id"], d["text"]) for d in docs])
            run(
                "suggest",
                "--project",
                str(project),
                str(tmp / f"{name}.jsonl"),
                out=tmp / f"{name}.out",
            )
            gold = {
                d["id"]: {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "COMPANY"}
                for d in docs
            }
            fp, fr, ff, fg, fpred = prf(gold, predicted(tmp / f"{name}.out"))
            flood[name] = (fpred, fg, fp, fr, ff)
            say(f"the same project on {name}: {fpred} COMPANY suggestions for {fg} true ones "
                f"(P {fp:.3f} R {fr:.3f} F1 {ff:.3f})")  # fmt: skip
    return {"f1": f1, "precision": p, "recall": r, "train_s": t_train, "import_s": t_import,
            "jieba_s": t_jieba, "flood": flood}  # fmt: skip


def main() -> int:
    if not (SHARED / "data" / "cluener" / "train.jsonl").exists():
        print(f"skipped: {SHARED / 'data' / 'cluener'} is absent (../shared beside the repo)")
        return 0
    # --no-dev: the flood on the seeds alone (a helper must never read news-dev)
    # --contestants: also each contestant of the training forced, on dev (aggregates)
    m = measure(no_dev="--no-dev" in sys.argv[1:], contestants="--contestants" in sys.argv[1:])
    missed = [
        n
        for n, bad in (
            ("F1", m["f1"] < F1_TARGET),
            ("training time", m["train_s"] > TRAIN_TARGET_S),
        )
        if bad
    ]
    print("targets: " + ("all met" if not missed else "missed " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
