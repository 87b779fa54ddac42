"""The whole project path on CLUENER train folds, for deciding on changes to
what a project's model proposes and how it scores it without looking at
CLUENER dev (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_learn_project_folds.py [--folds 0,1,2,3,4]
        [--why] [--drop held]

For each fold g of five (CLUENER train's lines round-robin): ``biaozhu new``
and ``biaozhu import --format cluener --label-map company=COMPANY`` of the
other four fifths, ``train_project`` with default options (as ``biaozhu
train``), then the project's suggester (``project_ensemble``, as ``biaozhu
suggest --project``) on fold g's sentences that the bundled model never
learned from (a third of them: the bundle's CRF learned the rest). The
bundled scorer's examples of those sentences are left out while the fold
runs (it learned from every third CLUENER sentence's candidates, and a
project's scorer learns from its examples: kept, fold 0 scored 0.784
instead of 0.691). Prints COMPANY exact precision, recall and F1 per fold
and pooled, with the project's own held-out figure and its times; with
``--why``, also each CRF's best spans alone, what thresholds 0.3 and 0.4
would show, and the gold by the kinds of source that proposed it.

The CRFs are deterministic in their documents and settings, so they are
kept in ``$TMPDIR/biaozhu-crf-cache`` and trained once (about four minutes
a fold): after that, a change to what is proposed or how it is scored
costs half a minute a fold.
Each fold tests about 717 sentences and 200 companies, all five 995.

Measured on 2 December 2026 (all five folds, 995 companies):

- the path as shipped: P 0.835 R 0.614 F1 0.708 (611 right of 732);
- the project CRF's best spans alone 0.737, the bundle's CRF's alone 0.741:
  the scorer loses recall that both CRFs had. Shown above 0.3 instead of
  the scorer's 0.5, the path scores 0.730, above 0.4 0.718;
- the project CRF's near names as candidates (spans whose every tag
  probability passed a floor though Viterbi chose otherwise; tried and not
  kept):
  0.705 at floor 0.2; 0.703 at 0.1 with the bundle CRF's too; at 0.05 (folds
  0 and 4) they hold one gold name in eight but twenty wrong ones for each
  right one, and the scorer shows few of either;
- features of the models' agreement (how many chose the span, the band of
  the highest lowest probability): 0.707; the project scorers without L1
  (c1 0): 0.701;
- ``--drop held`` (the project's held-out fifth calibrates its scorer on
  sentences whose candidates the bundled scorer's examples hold, as on the
  user path): 0.714, and the project's own held-out F1 falls from about
  0.74 to 0.68, nearer what it scores on unseen sentences.

Measured again on 2 December 2026, after the bundled policy lexicons changed
(CRF cache refilled), all five folds: the path as shipped P 0.840 R 0.624
F1 0.716 (folds 0.727 0.643 0.729 0.761 0.725). The cause found: the
project's held-out fifth, which calibrates its scorer and picks its c2, is
scored by fold scorers that learned the same sentences' candidates as the
bundled examples (every third CLUENER sentence; the held-out candidates are
the third the bundled CRF never learned, so all of them have a copy there).
Its own held-out F1 read 0.75 at c2 0.1 and 0.72 at 1.0 while unseen
sentences scored 0.675 and 0.703 (folds 0,1): the copy rewarded the weakest
pull, and the calibration learned that a candidate it scores low is wrong
(both CRFs' spans right 85% were shown at 0.1-0.4). Holding a copy out with
its sentence (``scorer.fold_of_groups``): P 0.840 R 0.642 F1 0.728 (folds
0.758 0.645 0.753 0.725 0.763); the held-out F1 (0.65-0.70) now says what
unseen sentences score, and c2 1.0 is picked in four folds of five (forcing
1.0 in all: 0.707 against 0.701 on folds 0,1, the fifth fold's pick alone).
The shipped bundle is unchanged by it (retrained: the same scorer, byte for
byte). Tried and not kept, folds 0,1 (0.701 with the copies held out):
the project's copies of the features scaled 2 or 3 (a weaker pull on them
alone) 0.690; the word and character features scaled 0.5 (a stronger pull
on them) 0.698; no project copies at all 0.554; no bundled CLUENER examples
(``--drop all``) 0.691; dropping the copies instead of holding them out
(``--drop held``) 0.662 before the fix. Left: the scorer learns the project
CRF's opinion from about 200 COMPANY candidates (the unseen third of one
held-out fifth), and in them weighs its best span near zero (best, source
and band together -1.2, its marginal +0.8), so spans both CRFs chose are
still shown less often than they are right (p 0.75, right 0.82-0.87).
Beware the bundled scorer's own weights on these folds: it learned every
third CLUENER sentence's candidates, the very sentences tested here, and
only its examples are left out above. The bundled model with the project's
lexicon (no project model active) scores 0.784 on all five folds with it,
0.687 on folds 0,1 with a bundled scorer refitted without the tested
fold's examples (the project path: 0.701); the project's cross-validation
compares with it on such sentences too (its base COMPANY F1 0.73-0.78
against the new model's 0.65-0.70, while actions per span favour the new
model, the bundled one suggesting METRIC and POLICY that a COMPANY-only
project's gold does not hold).

Measured on 3 December 2026, all five folds, after the round whose COMPANY
rules and lexicon were written for zone news (the fold line now also prints
the scorer's choice and its held-out actions per setting): the path as
shipped P 0.826 R 0.641 F1 0.722 (folds 0.736 0.600 0.749 0.765 0.765).
That round's rules hardly touch CLUENER: on every third train sentence
they propose one right COMPANY fewer (372 of 526 against 373 of 527) and
of its 20 new known firms only 正大 occurs, three times. What moved is the
bundle retrained on them (its CRF's lists, loss 2157 -> 2171, and its
scorer) and what the project's scorer chose on 573 held-out sentences:
fold 1 chose no project CRF by a tie of costs (240 and 238 actions either
way), F1 0.600 where its CRF's own spans scored 0.646. Testing a second
fold when the first is mostly sentences the bundle learned
(``evaluate_cv.more_held_out``; the CRFs of both are trained, about 45 s
more on CLUENER) and not comparing the bundled model on its scorer's own
examples (``evaluate_cv.shipped_copies``, which had made it look 0.03-0.10
actions per gold span cheaper once two folds were tested): P 0.816 R 0.665
F1 0.733 (folds 0.734 0.672 0.744 0.765 0.757). Three folds (forced
activation): 0.730 (0.741 0.650 0.740 0.760 0.760). Tried and not kept, on
folds 0,1 with three folds tested: a feature for the candidates a
proposing model read and did not choose (``project.other``), 0.741 and
0.654 against 0.741 and 0.650; on all five with two folds tested, a
stronger pull among the scorer's settings (c2 3.0 beside 1.0, 0.3, 0.1),
chosen in three folds: 0.734 against 0.733, for one more scorer trained
per setting. With two folds tested the path stays near the better CRF's
spans alone per fold (0.734 against the bundle's CRF's 0.760 where the
project's CRF was left out, then 0.672/0.649, 0.744/0.757, 0.765/0.781,
0.757/0.770). Fold 0's project CRF alone scores 0.791
and the path 0.741 there: the scorer still weighs the project CRF's
choice little (src, srcb and best together +0.42, its marginal +0.73),
while fold 1's CRF alone scores 0.646 and the path 0.654.

Needs ../shared beside the repo."""

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
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CLUENER_TRAIN = REPO.parent / "shared" / "data" / "cluener" / "train.jsonl"
BIAOZHU = REPO / ".venv" / "bin" / "biaozhu"
CACHE = Path(tempfile.gettempdir()) / "biaozhu-crf-cache"
FOLDS = 5
THRESHOLDS = (0.3, 0.4)  # --why: beside the scorer's own (0.5)
sys.path.insert(0, str(REPO))


def cached_train_crf(train_crf):
    """``train_crf``, its models kept on disk by their documents and settings."""

    def train(docs, params=None, **kwargs):
        record = [[d.text, [[s.start, s.end, s.label] for s in d.spans]] for d in docs]
        key = hashlib.sha256(
            json.dumps([record, repr(params)], ensure_ascii=False).encode("utf-8")
        ).hexdigest()[:20]
        path = CACHE / f"{key}.pickle"
        if path.exists():
            return pickle.loads(path.read_bytes())
        model = train_crf(docs, params, **kwargs)
        CACHE.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps(model))
        return model

    return train


def company_spans(record: dict) -> set[tuple[int, int]]:
    places = (record.get("label") or {}).get("company", {}).values()
    return {(s, e + 1) for spans in places for s, e in spans}


def imported_project(lines: Sequence[str], where: Path) -> Path:
    """A project of CLUENER ``lines`` imported as ``biaozhu import`` does."""
    source = where / "train.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = where / "project.biaozhu"
    env = dict(os.environ, BIAOZHU_ANNOTATOR="clue")
    for argv in (
        ["new", str(project)],
        ["import", str(project), str(source), "--format", "cluener",
         "--label-map", "company=COMPANY"],
    ):  # fmt: skip
        subprocess.run([str(BIAOZHU), *argv], check=True, env=env, stdout=subprocess.DEVNULL)
    return project


def without_tested(base, examples: list, g: int, n_lines: int, drop: str = "") -> None:
    """The bundled model without the scorer examples of fold ``g``'s tested
    sentences: it learned from every ``CLUENER_SLICE``th CLUENER sentence's
    candidates, the very ones tested here, and a project's scorer learns
    from its examples (on CLUENER dev, nothing learned from them). ``drop``
    "held" leaves out those of the project's held-out fifth too, "all"
    those of every sentence of the project."""
    from models.learn.train_bundled import CLUENER_SLICE

    clue = [i for i in range(n_lines) if not i % CLUENER_SLICE][: len(examples)]
    domain = len(examples) - len(clue)
    assert domain == base.in_domain_groups, (
        "the bundled examples are the in-domain documents and the slice"
    )
    kept = [i for i in range(n_lines) if i % FOLDS != g]
    dropped = {i for i in range(n_lines) if i % FOLDS == g}
    if drop == "held":  # the project's own held-out fifth, which calibrates its scorer
        dropped |= {i for j, i in enumerate(kept) if not j % FOLDS}
    elif drop == "all":
        dropped |= set(kept)
    tested = {domain + j for j, i in enumerate(clue) if i in dropped}
    base.__dict__["examples"] = [grp for k, grp in enumerate(examples) if k not in tested]


def run_fold(
    g: int, lines: list[str], seen: frozenset[str], why: bool = False, drop: str = "", say=print
) -> tuple[int, int, int]:
    """(right, suggested, gold) of COMPANY on fold ``g``'s unseen sentences."""
    from models import Project
    from models.learn.bundled import bundled_model, text_digest
    from models.learn.train import train_project
    from models.suggest.project import project_ensemble

    base = bundled_model()
    examples = list(base.examples)
    without_tested(base, examples, g, len(lines), drop)
    kept = [x for i, x in enumerate(lines) if i % FOLDS != g]
    tested = [json.loads(x) for i, x in enumerate(lines) if i % FOLDS == g]
    tested = [r for r in tested if text_digest(r["text"]) not in seen]
    with tempfile.TemporaryDirectory() as tmp:
        path = imported_project(kept, Path(tmp))
        began = time.perf_counter()
        project = Project.open(path, annotator="clue")
        try:
            result = train_project(project)
            trained = time.perf_counter() - began
            suggester = project_ensemble(project)
        finally:
            project.close()
        began = time.perf_counter()
        right = n_pred = n_gold = 0
        found: Counter[str] = Counter()
        for record in tested:
            pred = {(s.start, s.end) for s in suggester.suggest(record["text"])
                    if s.label == "COMPANY"}  # fmt: skip
            gold = company_spans(record)
            right, n_pred, n_gold = right + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
            if why:
                found.update(who_proposed(suggester, record["text"], gold, pred))
        suggested = time.perf_counter() - began
    if why:
        for model in ("project", "clue"):
            right_alone = found.pop(f"{model} alone:right", 0)
            proposed_alone = found.pop(f"{model} alone:proposed", 0)
            say(f"  fold {g} {model} CRF's best spans alone: "
                + prf_line(right_alone, proposed_alone, n_gold))  # fmt: skip
        for threshold in THRESHOLDS:
            right_at = found.pop(f"at {threshold}:right", 0)
            proposed_at = found.pop(f"at {threshold}:proposed", 0)
            say(f"  fold {g} shown above {threshold}: " + prf_line(right_at, proposed_at, n_gold))
        say(f"  fold {g} gold by who proposed it / wrong candidates by source: "
            + ", ".join(f"{k} {n}" for k, n in sorted(found.items())))  # fmt: skip
    base.__dict__["examples"] = examples
    own = result.evaluation["systems"]["new"]["labels"]["COMPANY"]
    choice = result.evaluation.get("scorer") or {}
    say(f"fold {g}: {prf_line(right, n_pred, n_gold)}; activated {result.activated}; "
        f"its own held-out F1 {own['f1']:.4f}; train {trained:.0f} s, "
        f"suggest {suggested:.0f} s for {len(tested)} sentences; scorer c2 {choice.get('c2')}, "
        f"CRF proposes {choice.get('crf')}, kept {contest_line(result.evaluation)}, held-out actions by c2 "
        f"{choice.get('actions_by_c2_with_crf')} (without the CRF {choice.get('actions_by_c2_without_crf')})")  # fmt: skip
    return right, n_pred, n_gold


def contest_line(evaluation: dict) -> str:
    """Which contestant the training kept, with both one's actions per gold span."""
    contest = evaluation.get("contest") or {}
    kept = contest.get("kept", "project")
    if "adapter" not in contest:
        return kept
    return f"{kept} (project {contest['project']:.3f}, adapter {contest['adapter']:.3f})"


def who_proposed(suggester, text: str, gold: set, shown: set) -> Counter[str]:
    """Each gold span by the kind of source that proposed it (``none`` when
    no candidate is it) and whether it was shown; each source's wrong
    COMPANY candidates (``wrong:``) and those of them shown."""
    from models.suggest.candidates import resolve

    scored, a = suggester.scored(text)
    kinds: dict[tuple[int, int], set[str]] = {}
    out: Counter[str] = Counter()
    for threshold in THRESHOLDS:  # what another threshold than the scorer's would show
        kept = {a.to_original(c.start, c.end) for _p, c in resolve(scored, threshold)
                if c.label == "COMPANY"}  # fmt: skip
        out[f"at {threshold}:proposed"] += len(kept)
        out[f"at {threshold}:right"] += len(kept & gold)
    for _p, c in scored:
        if c.label != "COMPANY":
            continue
        key = a.to_original(c.start, c.end)
        kinds[key] = {source_kind(s) for s in c.sources}
        for model in ("project", "clue"):
            if model in c.sources:  # each sequence model's best spans alone
                out[f"{model} alone:proposed"] += 1
                out[f"{model} alone:right"] += key in gold
        if key not in gold:
            for kind in kinds[key]:
                out[f"wrong:{kind}{'+shown' if key in shown else ''}"] += 1
    for key in gold:
        kind = "+".join(sorted(kinds.get(key, {"none"})))
        out[f"{kind}{'+SHOWN' if key in shown else ''}"] += 1
    return out


def source_kind(source: str) -> str:
    return source if source in ("project", "shape", "lexicon") else "other"


def prf_line(right: int, n_pred: int, n_gold: int) -> str:
    p = right / n_pred if n_pred else 0.0
    r = right / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.4f}  R {r:.4f}  F1 {f1:.4f} ({right} right of {n_pred}, {n_gold} gold)"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", default="0,1,2", help="test folds, comma-separated")
    parser.add_argument("--why", action="store_true", help="per fold, the gold by who proposed it")
    parser.add_argument(
        "--drop",
        choices=("", "held", "all"),
        default="",
        help="also leave out the bundled examples of the project's held-out fifth, or of all"
        " its sentences (the user path keeps them)",
    )
    args = parser.parse_args(argv)
    if not CLUENER_TRAIN.exists():
        print(f"skipped: {CLUENER_TRAIN} is absent (../shared beside the repo)")
        return 0
    import models.learn.evaluate_cv as evaluate_cv
    import models.learn.train as train
    from models.learn.bundled import bundled_model

    evaluate_cv.train_crf = cached_train_crf(evaluate_cv.train_crf)
    train.train_crf = cached_train_crf(train.train_crf)
    base = bundled_model()
    seen = base.seen if base is not None else frozenset()
    lines = [x for x in CLUENER_TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]
    total = [0, 0, 0]
    for g in (int(x) for x in args.folds.split(",")):
        for k, n in enumerate(run_fold(g, lines, seen, args.why, args.drop)):
            total[k] += n
    print("pooled: " + prf_line(*total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
