"""Scratch (branch ``clue``): where the project path loses right COMPANY
candidates on CLUENER train's folds (never dev). For fold g, as
``bench_learn_project_folds.py`` runs it, every COMPANY candidate of the
tested sentences with its probability, sources, whether it is gold, shown,
and whether it overlaps a gold span; pickled to /tmp/clue/study-g.pickle.

    .venv/bin/python tests/benchmarks/clue_study.py --folds 0,1"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_learn_project_folds as bench  # noqa: E402


def study(g: int, lines, seen, out: Path) -> None:
    from models import Project
    from models.learn.bundled import bundled_model, text_digest
    from models.learn.train import train_project
    from models.suggest.candidates import resolve
    from models.suggest.project import project_ensemble

    base = bundled_model()
    examples = list(base.examples)
    bench.without_tested(base, examples, g, len(lines))
    kept = [x for i, x in enumerate(lines) if i % bench.FOLDS != g]
    tested = [json.loads(x) for i, x in enumerate(lines) if i % bench.FOLDS == g]
    tested = [r for r in tested if text_digest(r["text"]) not in seen]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = bench.imported_project(kept, Path(tmp))
        project = Project.open(path, annotator="clue")
        try:
            result = train_project(project)
            suggester = project_ensemble(project)
        finally:
            project.close()
        for n, record in enumerate(tested):
            gold = bench.company_spans(record)
            scored, a = suggester.scored(record["text"])
            thr = suggester.scorer.threshold
            shown = {a.to_original(c.start, c.end) for _p, c in resolve(scored, thr)
                     if c.label == "COMPANY"}  # fmt: skip
            for p, c in scored:
                if c.label != "COMPANY":
                    continue
                key = a.to_original(c.start, c.end)
                rows.append(dict(doc=n, key=key, p=p, sources=dict(c.sources),
                                 gold=key in gold, shown=key in shown,
                                 over=any(s < key[1] and key[0] < e and (s, e) != key for s, e in gold),
                                 text=record["text"][key[0]:key[1]]))  # fmt: skip
            for key in gold:
                rows.append(dict(doc=n, key=key, goldrow=True, text=record["text"][key[0]:key[1]],
                                 shown=key in shown))  # fmt: skip
    base.__dict__["examples"] = examples
    out.write_bytes(pickle.dumps({"rows": rows, "evaluation": result.evaluation,
                                  "texts": [r["text"] for r in tested]}))  # fmt: skip


def main(argv) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", default="0,1")
    args = parser.parse_args(argv)
    import models.learn.evaluate_cv as evaluate_cv
    import models.learn.train as train
    from models.learn.bundled import bundled_model

    evaluate_cv.train_crf = bench.cached_train_crf(evaluate_cv.train_crf)
    train.train_crf = bench.cached_train_crf(train.train_crf)
    seen = bundled_model().seen
    lines = [x for x in bench.CLUENER_TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]
    for g in (int(x) for x in args.folds.split(",")):
        study(g, lines, seen, Path(f"/tmp/clue/study-{g}.pickle"))
        print("fold", g, "done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
