"""How Krippendorff's alpha in the agreement report costs against what was
there before it, and against the krippendorff package on one dense matrix.

The project: COUNT documents (the seed articles, each copy with a number
appended so that no two texts are equal), three annotators who finished
every one: the seed gold, the tests' perturbed copy of it, and every other
gold span (a second, different disagreement).

Figures (each the median of RUNS, the steps alternated):
- the baseline, the pairwise figures (``pair_agreement`` for the three
  pairs, what ``biaozhu agreement`` computed before alpha);
- ``alpha_report``: time as a ratio to the baseline, and its peak Python
  memory (tracemalloc, in a run of its own: tracing slows the timed ones);
- the package on one (annotators × characters) matrix of the whole project,
  as a reviewer would call it: the same figure, its time and its peak memory
  (the matrix built from the same layers is counted in it), both as ratios
  to ours. Ours sums coincidences per document, so its memory follows the
  largest document, the package's the whole project.

Run: .venv/bin/python tests/benchmarks/bench_agreement_alpha.py [COUNT [RUNS]]"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import krippendorff  # noqa: E402
import numpy as np  # noqa: E402

from models import Project  # noqa: E402
from models.review.agreement import _keys, alpha_report, char_labels, pair_agreement  # noqa: E402
from tests.test_review_fixtures import load_seeds, perturb  # noqa: E402

NAMES = ["gold", "bob", "cat"]


def build(path: Path, count: int) -> None:
    seeds = load_seeds()
    project = Project.create(path, annotator="lead")
    with project.transaction():
        for i in range(count):
            seed = seeds[i % len(seeds)]
            doc_id, _ = project.add_document(f"{seed['text']}（{i}）", doc_id=f"d{i}", source="b")
            layers = {
                "gold": seed["spans"],
                "bob": perturb(seed),
                "cat": seed["spans"][::2],
            }
            for name, spans in layers.items():
                for s in spans:
                    project.add_span(doc_id, s["start"], s["end"], s["label"], annotator=name)
                project.set_status(doc_id, "done", annotator=name)
    project.close()


def pairs(project) -> None:
    for a, b in (("gold", "bob"), ("gold", "cat"), ("bob", "cat")):
        pair_agreement(project, a, b)


def dense(project) -> float:
    """The package on the whole project's (annotators × characters) matrix."""
    classes: dict[str, int] = {"O": 0}
    rows: list[list[int]] = [[] for _ in NAMES]
    for doc in project.document_ids():
        length = len(project.document_text(doc))
        for row, name in zip(rows, NAMES, strict=True):
            row += [
                classes.setdefault(c, len(classes))
                for c in char_labels(length, _keys(project, doc, name))
            ]
    matrix = np.asarray(rows, dtype=float)
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def timed(fn, project) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(project)
    return time.perf_counter() - t0, result


def peak_memory(fn, project) -> int:
    """Peak Python allocation of one call, apart from the timed runs (tracing slows them)."""
    tracemalloc.start()
    fn(project)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.biaozhu"
        build(path, count)
        project = Project.open(path, annotator="lead", readonly=True)
        steps = {
            "pairs": pairs,
            "alpha": lambda p: alpha_report(p, NAMES),
            "package": dense,
        }
        times: dict[str, list[float]] = {k: [] for k in steps}
        ours = theirs = None
        for _ in range(runs):
            for name, fn in steps.items():
                seconds, result = timed(fn, project)
                times[name].append(seconds)
                if name == "alpha":
                    ours = result["overall"]
                elif name == "package":
                    theirs = result
        m = {k: peak_memory(fn, project) for k, fn in steps.items()}
        units = alpha_report(project, NAMES)["units"]
        project.close()
    t = {k: statistics.median(v) for k, v in times.items()}
    print(f"{count} documents, 3 annotators, {units} characters; median of {runs}")
    print(f"overall alpha: ours {ours:.12f}, package {theirs:.12f}")
    for k in ("pairs", "alpha", "package"):
        print(f"  {k:<8} {t[k]:8.3f} s   peak {m[k] / 2**20:8.1f} MiB")
    print(f"alpha / three pairs (baseline): time {t['alpha'] / t['pairs']:.2f}")
    print(
        f"package on one dense matrix / ours: time {t['package'] / t['alpha']:.2f},"
        f" peak memory {m['package'] / m['alpha']:.1f}"
    )


if __name__ == "__main__":
    main()
