"""What the app suggests, measured on gold it was not trained on (a plain
script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_quality.py [--simulate] [--no-dev]

(``--no-dev``: everything but news-dev, which a helper must never read.)

1. ``biaozhu evaluate GOLD`` (the user's path: the bundled model over the
   rules, default options) on ``seeds.jsonl`` and ``news-dev.jsonl``: exact
   and overlap precision, recall and F1 per label; beside it the rules alone
   (``default_ensemble``), measured in the same run. The same on our own
   gold of public sentences (``models.learn.annotated``): the half of CFSC
   test the shipped model never learned from, and CLUENER's policy
   sentences.
   Targets on news-dev: METRIC >= 0.93, COMPANY >= 0.80, POLICY >= 0.70;
   on the seeds >= 0.95 / 0.90 / 0.90. news-train beside them (learned
   from: not a held-out figure). Last, the check halves pooled per label
   (``CHECK_HALVES``: exact F1 averaged by gold spans), the figure that
   decides whether a change to the rules or the bundle is kept.
2. Calibration on news-dev: every candidate's calibrated probability
   against whether it is a gold span, in ten bins, and the expected
   calibration error.
3. With ``--simulate``: ``../shared/tools/simulate.py`` over news-dev with
   ``--train-every 5`` and with ``--train-every 0`` (a curator working
   through the 24 articles from an empty project). Target: at most 1.15
   actions per gold span, and fewer with retraining than without.
4. With ``--simulate-train``: the same simulation on the odd half of
   news-train, with a bundled model trained (``train_bundled``, into a
   temporary folder) on its even half and the seeds, so that the bundle has
   not seen the articles the curator works through: where the learning
   loop is developed, as news-dev is only measured.

Exit status 1 when a target is missed. Needs ../shared beside the repo."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

# The sets no rule was studied on and no model learned from, by label: what
# stands in for news nobody has seen yet. Their F1s are pooled weighted by
# gold spans, so that a set with few spans of a label moves it little.
CHECK_HALVES = {
    "COMPANY": ("cfsc-check", "zone-news-check", "economy-news-check"),
    "POLICY": ("cfsc-check", "work-reports-check", "zone-news-check", "economy-news-check"),
}
TARGETS = {
    "news-dev": {"METRIC": 0.93, "COMPANY": 0.80, "POLICY": 0.70},
    "seeds": {"METRIC": 0.95, "COMPANY": 0.90, "POLICY": 0.90},
}
# Issue 14's bars for the 20 articles kept aside, which the check halves
# stand in for: METRIC and COMPANY per set, POLICY pooled (its sets are small)
CHECK_TARGETS = {
    "METRIC": (("zone-news-metric-check",), 0.93),
    "COMPANY": (("zone-news-check", "economy-news-check"), 0.80),
}
CHECK_POLICY_TARGET = 0.72
ACTIONS_TARGET = 1.15
BIAOZHU = REPO / ".venv" / "bin" / "biaozhu"
WORK_REPORTS = REPO / "tests" / "data" / "work_reports" / "policy.jsonl"
ZONE_NEWS = REPO / "tests" / "data" / "zone_news" / "gold.jsonl"
ZONE_METRIC = ZONE_NEWS.with_name("metric.jsonl")
ECONOMY_NEWS = REPO / "tests" / "data" / "economy_news" / "gold.jsonl"


def evaluate_cli(gold: Path) -> dict:
    done = subprocess.run(
        [str(BIAOZHU), "evaluate", str(gold), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def rules_alone(gold: Path) -> dict:
    from models.evaluate import evaluate
    from models.suggest.engine import default_ensemble

    docs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x]
    rules = default_ensemble()
    report = evaluate(
        {d["id"]: d["spans"] for d in docs}, {d["id"]: rules.suggest(d["text"]) for d in docs}
    )
    return report.as_dict()


def calibration(gold: Path) -> list[str]:
    from models.learn.calibration import format_reliability, outcomes, reliability
    from models.suggest.pipeline import default_suggester

    docs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x]
    return format_reliability(reliability(*outcomes(default_suggester().scored, docs)))


def simulate(train_every: int, gold: Path | None = None, resources: Path | None = None) -> dict:
    env = dict(os.environ, BIAOZHU_RESOURCES=str(resources)) if resources else None
    done = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "simulate.py"), str(BIAOZHU),
         str(gold or SHARED / "gold" / "news-dev.jsonl"), "--train-every", str(train_every)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def simulate_news_train_half(tmp: Path) -> tuple[dict, dict]:
    """The simulation on news-train's odd half, with a bundle trained on its
    even half and the seeds (see the module's docstring): retraining every
    5 documents, and without."""
    lines = [x for x in (SHARED / "gold" / "news-train.jsonl").read_text("utf-8").splitlines() if x]
    shared = tmp / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "data").symlink_to(SHARED / "data")
    shutil.copy(SHARED / "gold" / "seeds.jsonl", shared / "gold")
    (shared / "gold" / "news-train.jsonl").write_text("\n".join(lines[0::2]) + "\n", "utf-8")
    worked = tmp / "odd-half.jsonl"
    worked.write_text("\n".join(lines[1::2]) + "\n", "utf-8")
    resources = tmp / "resources"
    (resources / "models").mkdir(parents=True)
    for item in (REPO / "resources").iterdir():
        if item.name != "models":
            (resources / item.name).symlink_to(item)
    subprocess.run(
        [sys.executable, "-m", "models.learn.train_bundled", "--shared", str(shared),
         "--out", str(resources / "models" / "bundled")],
        cwd=REPO, capture_output=True, check=True,
    )  # fmt: skip
    return simulate(5, worked, resources), simulate(0, worked, resources)


def our_gold(tmp: Path) -> dict[str, Path]:
    """Our own gold on public sentences (``models.learn.annotated``) as
    JSONL files: the CFSC half the shipped model never learned from, the
    CLUENER sentences that mention a policy word, and the two halves of the
    work-report paragraphs (``tests/data/work_reports``: POLICY alone) and
    of the zone-news paragraphs (``tests/data/zone_news``: COMPANY and
    POLICY, and METRIC on 88 of them). The shipped model learns from none
    of them but the zone-news study half's COMPANY spans, which its scorer
    learns (so that figure is not a held-out one: train_bundled prints its
    held-out folds'; its docstring says what else was tried and why not);
    the rules were studied on the study halves only."""
    from models.learn.annotated import read_annotated, write_gold

    sets = {
        "cfsc-check": read_annotated(SHARED, "cfsc-test")[::2],
        "cluener-policy": read_annotated(SHARED, "cluener-policy"),
    }
    for name, docs in sets.items():
        write_gold(docs, tmp / f"{name}.jsonl")
    paths = {name: tmp / f"{name}.jsonl" for name in sets}
    for gold, name, labels in (
        (WORK_REPORTS, "work-reports", "POLICY only"),
        (ZONE_NEWS, "zone-news", "COMPANY and POLICY only"),
        (ZONE_METRIC, "zone-news-metric", "METRIC only"),
        (ECONOMY_NEWS, "economy-news", "COMPANY and POLICY only"),
    ):
        for half in ("study", "check"):
            paths[f"{name}-{half} ({labels})"] = path = tmp / f"{name}-{half}.jsonl"
            path.write_text(halves(gold)[half], encoding="utf-8")
    return paths


def halves(gold: Path) -> dict[str, str]:
    """A gold file's documents as JSONL, per ``meta.half``."""
    out: dict[str, list[str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line:
            out.setdefault(json.loads(line)["meta"]["half"], []).append(line)
    return {half: "\n".join(lines) + "\n" for half, lines in out.items()}


def pooled_check_halves(reports: dict[str, dict]) -> list[str]:
    """Per label, the check halves' exact F1 averaged by their gold spans
    (the figure the README's decisions name), beside the counts it pools."""
    lines = []
    for label, names in CHECK_HALVES.items():
        scores = [reports[n]["exact"][label] for n in names if n in reports]
        gold = sum(s["gold"] for s in scores)
        if len(scores) == len(names) and gold:
            mean = sum(s["f1"] * s["gold"] for s in scores) / gold
            parts = ", ".join(f"{n} {s['gold']}" for n, s in zip(names, scores, strict=True))
            lines.append(f"{label:<9}{mean:.4f}   (gold spans: {parts})")
    return lines


def check_halves_missed(reports: dict[str, dict]) -> list[str]:
    """The check halves' figures under issue 14's bars for the articles kept
    aside, so that "all met" is never printed while one is under."""
    missed = [
        f"{name} {label}"
        for label, (names, bar) in CHECK_TARGETS.items()
        for name in names
        if name in reports and reports[name]["exact"][label]["f1"] < bar
    ]
    scores = [reports[n]["exact"]["POLICY"] for n in CHECK_HALVES["POLICY"] if n in reports]
    gold = sum(s["gold"] for s in scores)
    if gold and sum(s["f1"] * s["gold"] for s in scores) / gold < CHECK_POLICY_TARGET:
        missed.append("check halves pooled POLICY")
    return missed


def table(report: dict, rules: dict) -> list[str]:
    lines = [f"{'label':<9}{'match':<9}{'P':>7}{'R':>7}{'F1':>7}   rules alone F1"]
    for label in report["exact"]:
        for mode in ("exact", "overlap"):
            s, r = report[mode][label], rules[mode][label]
            lines.append(
                f"{label if mode == 'exact' else '':<9}{mode:<9}{s['precision']:>7.3f}"
                f"{s['recall']:>7.3f}{s['f1']:>7.3f}   {r['f1']:.3f}"
            )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulate", action="store_true", help="also run the curation simulation")
    parser.add_argument(
        "--simulate-train", action="store_true", help="also simulate on half of news-train"
    )
    parser.add_argument(
        "--no-dev",
        action="store_true",
        help="never read news-dev (for helpers who must not): the seeds, news-train, our gold"
        " and the check halves pooled only",
    )
    args = parser.parse_args()
    if args.no_dev and args.simulate:
        parser.error("--simulate works through news-dev: not with --no-dev")
    if not (SHARED / "gold").is_dir():
        print(f"skipped: {SHARED} is absent (../shared beside the repo)")
        return 0
    missed = []
    for name, targets in TARGETS.items():
        if args.no_dev and name == "news-dev":
            continue
        gold = SHARED / "gold" / f"{name}.jsonl"
        report = evaluate_cli(gold)
        print(f"\n{name} through `biaozhu evaluate` (bundled model + rules):")
        print("\n".join(table(report, rules_alone(gold))))
        missed += [f"{name} {lab}" for lab, t in targets.items() if report["exact"][lab]["f1"] < t]
    train = SHARED / "gold" / "news-train.jsonl"
    print("\nnews-train through `biaozhu evaluate` (the rules and the scorer learned from it):")
    print("\n".join(table(evaluate_cli(train), rules_alone(train))))
    reports = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in our_gold(Path(tmp)).items():
            reports[name.split(" ")[0]] = report = evaluate_cli(gold)
            print(f"\n{name} (our gold, news the rules were not written beside):")
            print("\n".join(table(report, rules_alone(gold))))
    print("\ncheck halves pooled (exact F1 weighted by gold spans):")
    print("\n".join(pooled_check_halves(reports)))
    missed += check_halves_missed(reports)
    if not args.no_dev:
        print("\ncalibration on news-dev (every candidate):")
        print("\n".join(calibration(SHARED / "gold" / "news-dev.jsonl")))
    if args.simulate:
        with_training, without = simulate(5), simulate(0)
        print(f"\nsimulation on news-dev: {with_training['actions_per_span']} actions per gold span "
              f"retraining every 5 documents, {without['actions_per_span']} without "
              f"(target <= {ACTIONS_TARGET}, and lower with retraining)")  # fmt: skip
        print(json.dumps({"train_every_5": with_training, "train_every_0": without}))
        if with_training["actions_per_span"] > ACTIONS_TARGET:
            missed.append("actions per span")
        if with_training["actions_per_span"] >= without["actions_per_span"]:
            missed.append("retraining helps")
    if args.simulate_train:
        with tempfile.TemporaryDirectory() as tmp:
            with_training, without = simulate_news_train_half(Path(tmp))
        print(f"\nsimulation on news-train's odd half (bundle of the even half): "
              f"{with_training['actions_per_span']} actions per gold span retraining every 5 "
              f"documents, {without['actions_per_span']} without")  # fmt: skip
    print("\ntargets: " + ("all met" if not missed else "missed " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
