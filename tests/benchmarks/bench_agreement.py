"""Review → Agreement on a whole project: the report computed over arrays
against the character-by-character code it replaced (kept in
``agreement_before.py`` beside this file), in the same run on the same file.

The project: COUNT documents (the seed articles repeated, each copy with its
number appended so that no two texts are equal), the layers of
tests/test_agreement_same_figures.py: the seed gold, a perturbed copy (spans
dropped, moved, relabelled; todo now and then), a careless one (boundaries
shifted, spans dropped, spans of another label inside, one of its own at the
start; in progress one time in three) and a fourth annotator on a quarter of
the documents. Six pairs and alpha over the finished layers.

Figures (each the median of RUNS, the steps alternated): seconds for
``agreement_report`` over the whole project before and after, and for the
report the window asks for (after, ``by_document=False``), their ratios to
before, and the peak Python memory of each (tracemalloc, in a run of its
own: tracing slows the timed ones). The two full reports are checked equal
first.

Run: .venv/bin/python tests/benchmarks/bench_agreement.py [COUNT [RUNS]]"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.review import agreement as after  # noqa: E402
from tests.benchmarks import agreement_before as before  # noqa: E402
from tests.test_agreement_same_figures import build  # noqa: E402
from tests.test_review_fixtures import load_seeds  # noqa: E402


def window_report(project) -> dict:
    """What Review → Agreement asks for: the totals, no figures per document."""
    return after.agreement_report(project, by_document=False)


STEPS = {
    "before": before.agreement_report,
    "after": after.agreement_report,
    "window": window_report,
}


def timed(report, project) -> float:
    t0 = time.perf_counter()
    report(project)
    return time.perf_counter() - t0


def peak_memory(report, project) -> int:
    tracemalloc.start()
    report(project)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def build_seeded(path: Path, count: int) -> float:
    """A project at ``path`` of the seed articles repeated to ``count``
    documents, with the layers ``build`` gives them; the seconds it took."""
    seeds = load_seeds()
    t0 = time.perf_counter()
    build(path, [(f"d{i}", seeds[i % len(seeds)]) for i in range(count)])
    return time.perf_counter() - t0


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.biaozhu"
        built = build_seeded(path, count)
        project = Project.open(path, annotator="lead", readonly=True)
        report = after.agreement_report(project)
        same = json.dumps(report) == json.dumps(before.agreement_report(project))
        characters = report["pairs"][0]["characters"]
        times: dict[str, list[float]] = {k: [] for k in STEPS}
        for _ in range(runs):
            for k, report_of in STEPS.items():
                times[k].append(timed(report_of, project))
        memory = {k: peak_memory(report_of, project) for k, report_of in STEPS.items()}
        project.close()
    t = {k: statistics.median(v) for k, v in times.items()}
    print(
        f"{count} documents ({characters} characters in the first pair), "
        f"{len(report['pairs'])} pairs + alpha; built in {built:.1f} s; median of {runs}"
    )
    print(f"reports identical: {same}")
    for k in STEPS:
        print(
            f"  {k:<7} {t[k]:8.3f} s  {1000 * t[k] / count:6.2f} ms/document"
            f"   peak {memory[k] / 2**20:8.1f} MiB"
        )
    for k in ("after", "window"):
        print(
            f"before / {k}: time {t['before'] / t[k]:.1f}x,"
            f" peak memory {memory['before'] / memory[k]:.2f}x"
        )


if __name__ == "__main__":
    main()
