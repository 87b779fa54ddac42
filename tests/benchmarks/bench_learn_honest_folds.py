"""The whole project path on CLUENER train folds that no part of the bundled
model learned (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_honest_folds.py [--folds 0,1,2]

``bench_learn_project_folds.py`` tests a fold's sentences under the shipped
bundle, whose CRF learned two thirds of CLUENER train and whose scorer the
other third: every tested sentence was learned by one part of it, so the
bundled model and its adapter look 0.03-0.06 better there than on unseen
text (EXPERIMENTS.md, ``clue2``), and what passed those folds fell on dev.
Here, for each fold g of five (CLUENER train's lines round-robin):

1. a bundle is trained by ``python -m models.learn.train_bundled`` from a
   copy of ``../shared`` whose CLUENER train lacks fold g (everything else
   as shipped), under ``$TMPDIR/biaozhu-honest`` (kept there by fold and by
   a digest of what it learns from and the code's rule versions and lists:
   trained once, some three minutes; never committed);
2. with that bundle (``BIAOZHU_RESOURCES``: links to ``resources/`` but for
   the bundle), as on the user path: ``biaozhu new`` and ``biaozhu import
   --format cluener --label-map company=COMPANY`` of the other four fifths
   (every sentence of which the bundle learned, as it learned all of
   CLUENER train on the user path), ``train_project`` with default options,
   then ``project_ensemble`` (``biaozhu suggest --project``) on fold g's
   sentences (about 2,150, 600 companies), which neither the bundle nor
   the project learned: what CLUENER dev is to the user path.

Prints per fold COMPANY exact precision, recall and F1 of what the user
path shows, with the contestant the training kept, and of each contestant
forced on the same sentences (the project's own model, the adapter of the
bundled model, the bundled model with the project's lexicon alone); then
the pooled figures. The project's CRFs are cached as in
``bench_learn_project_folds.py`` (``$TMPDIR/biaozhu-crf-cache``; a change
of a CRF's features within the same ``CrfParams`` needs another
``TMPDIR``). Needs ../shared beside the repo.

Measured on 7 December 2026 (branch ``clue4``, EXPERIMENTS.md): the three
contestants rank as on CLUENER dev in every fold (COMPANY F1, folds 0-3:
the project's own model 0.734 0.690 0.752 0.755, the adapter 0.728 0.685
0.741 0.737, the bundled model 0.724 0.675 0.732 0.735; dev 0.773, 0.763,
0.746), where the old folds put the adapter and the bundled model first.
The path kept the bundled model in fold 1 (a tie of held-out costs) and
the adapter in fold 2, and pooled 0.7178 over folds 0-2; since a big
project keeps its own model unless another is surely cheaper, 0.7257."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CLUENER_TRAIN = SHARED / "data" / "cluener" / "train.jsonl"
WORK = Path(tempfile.gettempdir()) / "biaozhu-honest"
PYTHON = REPO / ".venv" / "bin" / "python"
FOLDS = 5
CONTESTANTS = ("project", "adapter", "bundled")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def cluener_lines() -> list[str]:
    return [x for x in CLUENER_TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]


def bundle_key(g: int, lines: Sequence[str]) -> str:
    """What fold ``g``'s bundle depends on: its CLUENER lines, the rules'
    versions, the term lists and the feature recipes (``trained_on_inputs``)."""
    from models.learn.train_bundled import trained_on_inputs

    kept = [x for i, x in enumerate(lines) if i % FOLDS != g]
    record = json.dumps([kept, trained_on_inputs()], ensure_ascii=False, sort_keys=True)
    return f"fold{g}-" + hashlib.sha256(record.encode("utf-8")).hexdigest()[:12]


def fold_bundle(g: int, lines: Sequence[str], say=print) -> Path:
    """The resources folder whose bundle never learned fold ``g`` (trained
    once, then read from ``WORK``)."""
    key = bundle_key(g, lines)
    resources = WORK / key / "resources"
    bundle = WORK / key / "bundled"
    if (bundle / "manifest.json").is_file() and resources.is_dir():
        return resources
    shared = WORK / key / "shared"
    (shared / "data" / "cluener").mkdir(parents=True, exist_ok=True)
    link(shared / "gold", SHARED / "gold")  # train_bundled refuses news-dev by name
    link(shared / "data" / "cfsc", SHARED / "data" / "cfsc")
    kept = [x for i, x in enumerate(lines) if i % FOLDS != g]
    (shared / "data" / "cluener" / "train.jsonl").write_text(
        "\n".join(kept) + "\n", encoding="utf-8"
    )
    began = time.perf_counter()
    subprocess.run(
        [str(PYTHON), "-m", "models.learn.train_bundled", "--shared", str(shared),
         "--out", str(bundle)],
        check=True, cwd=REPO, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    say(f"fold {g}: bundle without it trained in {time.perf_counter() - began:.0f} s")
    linked_resources(resources, bundle)
    return resources


def link(where: Path, target: Path) -> None:
    if not where.exists():
        where.symlink_to(target)


def linked_resources(where: Path, bundle: Path) -> None:
    """``resources/`` as links, its ``models/bundled`` replaced by ``bundle``."""
    source = REPO / "resources"
    (where / "models").mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.name != "models":
            link(where / entry.name, entry)
    for entry in (source / "models").iterdir():
        if entry.name != "bundled":
            link(where / "models" / entry.name, entry)
    link(where / "models" / "bundled", bundle)


def forced(model, contestant: str, evaluation: dict):
    """The stored model as ``contestant`` would have it: the project's own
    CRF and scorer, the adapter of the bundled model, or none at all."""
    from dataclasses import replace

    from models.learn.adapter import Adapter

    if contestant == "bundled":
        return None
    if contestant == "adapter":
        return replace(model, adapter=Adapter.from_dict(evaluation["adapter"]))
    proposes = bool((evaluation.get("scorer") or {}).get("crf", True))
    return replace(model, adapter=None, proposes=proposes)


def suggester_as(project, contestant: str | None, evaluation: dict, version: str = ""):
    """``project_ensemble`` with the active model replaced by a contestant's
    (None: the model as the training kept and activated it; ``version``: the
    stored model's)."""
    import models.learn.registry as registry
    from models.suggest.project import project_ensemble

    if contestant is None:
        return project_ensemble(project)
    loaded = registry.load(project, version)
    original = registry.load_active
    registry.load_active = lambda _project: forced(loaded, contestant, evaluation)
    try:
        return project_ensemble(project)
    finally:
        registry.load_active = original


def company_counts(suggester, tested: Sequence[dict]) -> list[int]:
    from bench_learn_project_folds import company_spans

    from models.learn.evaluate_cv import curation_cost

    right = n_pred = n_gold = 0
    actions = 0.0
    for record in tested:
        pred = {(s.start, s.end) for s in suggester.suggest(record["text"])
                if s.label == "COMPANY"}  # fmt: skip
        gold = company_spans(record)
        right, n_pred, n_gold = right + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
        # the unit the training decides in: the curator's actions on these sentences
        actions += curation_cost({(*k, "C") for k in gold}, {(*k, "C") for k in pred})
    return [right, n_pred, n_gold, actions]


def candidate_rows(suggester, tested: Sequence[dict]) -> list[dict]:
    """For studying where the path loses F1 (never on CLUENER dev): every
    COMPANY candidate of each tested sentence (its probability, sources,
    whether gold, shown, overlapping a gold span) and every gold span."""
    from bench_learn_project_folds import company_spans

    from models.suggest.candidates import resolve

    rows: list[dict] = []
    for n, record in enumerate(tested):
        gold = company_spans(record)
        scored, a = suggester.scored(record["text"])
        shown = {a.to_original(c.start, c.end) for _p, c in resolve(scored, suggester.scorer.threshold)
                 if c.label == "COMPANY"}  # fmt: skip
        for p, c in scored:
            if c.label == "COMPANY":
                key = a.to_original(c.start, c.end)
                over = any(s < key[1] and key[0] < e and (s, e) != key for s, e in gold)
                rows.append({"doc": n, "key": key, "p": p, "sources": dict(c.sources),
                             "gold": key in gold, "shown": key in shown, "over": over})  # fmt: skip
        rows.extend({"doc": n, "key": k, "goldrow": True, "shown": k in shown} for k in gold)
    return rows


def run_fold(g: int, out: Path) -> None:
    """Fold ``g`` under the bundle ``BIAOZHU_RESOURCES`` names (this process's
    own): the counts of each system, written to ``out`` as JSON."""
    from bench_learn_project_folds import cached_train_crf, contest_line, imported_project

    import models.learn.evaluate_cv as evaluate_cv
    import models.learn.train as train
    from models import Project
    from models.learn.train import train_project

    evaluate_cv.train_crf = cached_train_crf(evaluate_cv.train_crf)
    train.train_crf = cached_train_crf(train.train_crf)
    lines = cluener_lines()
    kept = [x for i, x in enumerate(lines) if i % FOLDS != g]
    seen = {json.loads(x)["text"] for x in kept}  # a repeated sentence was learned
    tested = [json.loads(x) for i, x in enumerate(lines) if i % FOLDS == g]
    tested = [r for r in tested if r["text"] not in seen]
    result: dict = {"fold": g, "sentences": len(tested)}
    with tempfile.TemporaryDirectory() as tmp:
        path = imported_project(kept, Path(tmp))
        project = Project.open(path, annotator="clue")
        try:
            began = time.perf_counter()
            trained = train_project(project)
            result["train_s"] = round(time.perf_counter() - began, 1)
            evaluation = trained.evaluation
            result["kept"] = contest_line(evaluation)
            result["activated"] = trained.activated
            result["reason"] = trained.reason
            result["scorer"] = {k: (evaluation.get("scorer") or {}).get(k) for k in ("c2", "crf")}
            began = time.perf_counter()
            path_suggester = suggester_as(project, None, evaluation)
            result["path"] = company_counts(path_suggester, tested)
            result["suggest_s"] = round(time.perf_counter() - began, 1)
            study = out.with_name(f"study-fold{g}.pickle")
            study.write_bytes(pickle.dumps(candidate_rows(path_suggester, tested)))
            for contestant in CONTESTANTS:
                if contestant == "adapter" and "adapter" not in evaluation:
                    continue
                suggester = suggester_as(project, contestant, evaluation, trained.record.version)
                result[contestant] = company_counts(suggester, tested)
        finally:
            project.close()
    out.write_text(json.dumps(result), encoding="utf-8")


def prf(right: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = right / n_pred if n_pred else 0.0
    r = right / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(counts: Sequence[float]) -> str:
    right, n_pred, n_gold, actions = counts
    p, r, f1 = prf(right, n_pred, n_gold)
    return (
        f"F1 {f1:.4f} (P {p:.4f} R {r:.4f}; {right} right of {n_pred}, {n_gold} gold;"
        f" {actions / max(1, n_gold):.3f} actions per gold span)"
    )


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", default="0,1,2", help="test folds, comma-separated")
    parser.add_argument("--run-fold", type=int, help=argparse.SUPPRESS)  # the child's part
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not CLUENER_TRAIN.exists():
        print(f"skipped: {CLUENER_TRAIN} is absent (../shared beside the repo)")
        return 0
    if args.run_fold is not None:
        run_fold(args.run_fold, args.out)
        return 0
    lines = cluener_lines()
    pooled: dict[str, list[int]] = {}
    for g in (int(x) for x in args.folds.split(",")):
        resources = fold_bundle(g, lines)
        out = WORK / f"fold{g}-{os.getpid()}.json"
        env = dict(os.environ, BIAOZHU_RESOURCES=str(resources))
        subprocess.run(
            [str(PYTHON), __file__, "--run-fold", str(g), "--out", str(out)],
            check=True, env=env, cwd=REPO,
        )  # fmt: skip
        result = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        print(f"fold {g}: path {line(result['path'])}; kept {result['kept']}, activated"
              f" {result['activated']}, scorer {result['scorer']}; train {result['train_s']:.0f} s,"
              f" suggest {result['suggest_s']:.0f} s for {result['sentences']} sentences\n"
              f"  fold {g} training: {result['reason']}", flush=True)  # fmt: skip
        for system in ("path", *CONTESTANTS):
            if system in result:
                if system != "path":
                    print(f"  fold {g} {system} forced: {line(result[system])}", flush=True)
                total = pooled.setdefault(system, [0, 0, 0, 0.0])
                for k, n in enumerate(result[system]):
                    total[k] += n
    for system, counts in pooled.items():
        print(f"pooled {system}: {line(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
