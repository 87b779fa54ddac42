"""verify's check of merged events in bounded memory.

Projects of COUNT articles (bench_export's rows, imported as gold: every
span, status and document an event) are merged into a new project, whose
history then holds each of their events as a merged event with its origin
hash: one merge of COUNT articles, one of 4 x COUNT, and four merges of
COUNT each (four laptops' work). For each, ``verify_merged_events`` runs in
a fresh process; printed: the merged events it checked, its problems (none),
the growth of the process's peak resident memory while it ran, and its time.

The origin hashes are gathered in SQLite's temporary database, one merge
record at a time, and joined to the merged events as they stream past:
memory grows with the largest single merge (its record holds that merge's
hashes in one JSON value, parsed whole), not with all merges together.

With ``--old DIR`` (another checkout, e.g. ``git archive`` of main), the
same measure of its code on the same files, in alternation.

Run: .venv/bin/python tests/benchmarks/bench_verify_merged.py [COUNT] [--old DIR]"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.review.merge import merge_project  # noqa: E402
from tests.benchmarks import bench_all, bench_export  # noqa: E402

MEASURE = """
import sys, time
sys.path.insert(0, {repo!r})
from models import Project
from models.store.verify import verify_merged_events

def high_water():
    # the process's peak resident memory in bytes (VmHWM: ru_maxrss keeps the
    # parent's across exec)
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024

with Project.open({path!r}, readonly=True) as p:
    p.conn.execute("SELECT count(*) FROM events").fetchone()
    base = high_water()
    started = time.perf_counter()
    problems, count = verify_merged_events(p.conn)
    seconds = time.perf_counter() - started
    peak = high_water() - base
print(count, len(problems), peak, seconds)
"""


def merged_project(folder: Path, count: int, merges: int = 1) -> Path:
    """A project holding ``merges`` other projects of ``count`` articles each."""
    merged = folder / f"merged-{merges}x{count}.biaozhu"
    with Project.create(merged, annotator="merger") as target:
        for seed in range(merges):
            source = folder / f"source-{count}-{seed}.biaozhu"
            if not source.exists():
                rows = bench_export.build_rows(count, count * 30, seed=11 + seed)
                _, project = bench_all.import_gold(source, rows, folder)
                project.close()
            merge_project(target, source)
    return merged


def measure(path: Path, repo: Path) -> tuple[int, int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE.format(repo=str(repo), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(out[0]), int(out[1]), int(out[2]) / 2**20, float(out[3])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=500)
    parser.add_argument("--old", type=Path, help="another checkout, measured alike")
    args = parser.parse_args()
    codes = [("this", Path(__file__).resolve().parents[2])]
    if args.old:
        codes.append(("old", args.old.resolve()))
    with tempfile.TemporaryDirectory() as tmp:
        for merges, n in ((1, args.count), (1, 4 * args.count), (4, args.count)):
            path = merged_project(Path(tmp), n, merges)
            for name, repo in codes:
                events, problems, grown_mb, seconds = measure(path, repo)
                print(
                    f"{name:4s} {merges} merge(s) of {n:6d} articles: {events:7d} merged events"
                    f" checked, {problems} problems, peak memory +{grown_mb:5.1f} MB,"
                    f" {seconds:5.2f} s"
                )


if __name__ == "__main__":
    main()
