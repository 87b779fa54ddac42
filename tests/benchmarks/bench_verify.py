"""How long `biaozhu verify` takes on a 10,000-article project, and `merge`.

The project is bench_all's: 10,000 articles with ~300,000 gold spans (the
seed sentences shuffled with their spans) imported through the real path,
so every span, status and document has its event (~343,000 events), plus a
second annotator's accepts and rejects of suggestions on 300 documents.

Figures (each the median of RUNS, the steps alternated so that each sees the
same state of a shared, noisy machine):
- ``biaozhu verify PROJECT`` in a fresh process (the user's path), its time
  and its peak memory (the process's maximum resident set); with ``--old
  DIR``, the same from another checkout (a git worktree of main) in
  alternation, before and after in one run;
- ``project.verify()`` in process, and its parts;
- the baseline, SQLite's own ``PRAGMA integrity_check`` on the same file
  through a bare sqlite3 connection: verify reads every row once more and
  replays every event, so its time is reported as a ratio to this;
- ``biaozhu merge`` of the whole project into a new one (documents, events,
  spans and decisions, both files verified), against importing the same
  JSONL into a new project;
- the CPU seconds of each, which a busy machine disturbs less than wall time.

Run: .venv/bin/python tests/benchmarks/bench_verify.py [COUNT [SPANS [RUNS]]] [--keep DIR]
     [--old DIR]"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project, Suggestion  # noqa: E402
from models.store.history import verify_chain  # noqa: E402
from models.store.verify import check_state  # noqa: E402
from tests.benchmarks import bench_all, bench_export, bench_import  # noqa: E402

CURATED_DOCS = 300


def build(path: Path, count: int, spans: int, tmp: Path) -> float:
    """The project at ``path``; returns the seconds its gold import took."""
    rows = bench_export.build_rows(count, spans)
    seconds, project = bench_all.import_gold(path, rows, tmp)
    with project:
        curate(project)
    return seconds


def curate(project: Project) -> None:
    """A second annotator decides on suggestions (the gold spans, some with
    the wrong label) in the first documents: decisions and their events."""
    labels = project.label_names()
    for doc in project.document_ids()[:CURATED_DOCS]:
        gold = project.annotations(doc, "gold")
        offered = [
            Suggestion(a.start, a.end, a.label if i % 7 else wrong(a.label, labels), a.text)
            for i, a in enumerate(gold[:12])
        ]
        project.store_suggestions(doc, offered)
        with project.transaction():
            for i, s in enumerate(project.suggestions(doc, "curator", status="pending")):
                if i % 3 == 2:
                    project.reject_suggestion(s.id, annotator="curator")
                else:
                    project.accept_suggestion(s.id, annotator="curator")
            project.set_status(doc, "done", annotator="curator")


def wrong(label: str, labels: list[str]) -> str:
    return labels[(labels.index(label) + 1) % len(labels)]


CPU_SECONDS: dict[str, list[float]] = {}


def cli(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    """Wall seconds of a fresh ``biaozhu ARGS`` process, its CPU seconds kept
    in CPU_SECONDS (steadier than wall time on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(
        [*bench_import.biaozhu_command(), *args], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    CPU_SECONDS.setdefault(args[0], []).append(cpu)
    return wall, run


# ``biaozhu verify`` run from the checkout in argv[1], its peak memory printed last.
VERIFY_PROCESS = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from desktop.cli import main
try:
    code = main(["verify", sys.argv[2]])
except SystemExit as exc:
    code = exc.code
assert not code, code
print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def verify_process(path: Path, code: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of ``biaozhu verify`` in
    a fresh process running the code of the checkout ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", VERIFY_PROCESS, str(code), str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=code,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert run.returncode == 0 and "ok: " in run.stdout, run.stdout + run.stderr
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak_kb = int(run.stdout.split("peak")[-1])
    return wall, cpu, peak_kb / 1024


def integrity_check(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of SQLite's integrity_check through a bare connection."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        conn.close()


def inner(path: Path) -> dict[str, float]:
    """project.verify() and, apart, the chain walk, the replay and the comparison."""
    with Project.open(path, readonly=True) as project:
        started = time.perf_counter()
        report = project.verify()
        total = time.perf_counter() - started
        assert report.ok, report.problems[:3]
        conn = project.conn
        t0 = time.perf_counter()
        verify_chain(conn)
        t1 = time.perf_counter()
        check_state(conn, [])
        t2 = time.perf_counter()
    return {"verify": total, "chain": t1 - t0, "replay": t2 - t1}


def merge_vs_import(big: Path, tmp: Path, rows_path: Path, i: int) -> tuple[float, float]:
    target = tmp / f"merge{i}.biaozhu"
    fresh = tmp / f"import{i}.biaozhu"
    Project.create(target, annotator="lead").close()
    Project.create(fresh, annotator="gold").close()
    t_merge, run = cli("merge", str(target), str(big), "--annotator", "lead")
    assert run.returncode == 0, run.stderr
    t_import, run = cli("import", str(fresh), str(rows_path), "--annotator", "gold")
    assert run.returncode == 0, run.stderr
    for leftover in tmp.glob(f"merge{i}.biaozhu*"):
        leftover.unlink()
    for leftover in tmp.glob(f"import{i}.biaozhu*"):
        leftover.unlink()
    return t_merge, t_import


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("spans", nargs="?", type=int, default=300_000)
    parser.add_argument("runs", nargs="?", type=int, default=3)
    parser.add_argument("--keep", help="build (or reuse) the project in this folder")
    parser.add_argument("--no-merge", action="store_true", help="skip the merge figure")
    parser.add_argument("--old", help="a checkout of the code before (a git worktree of main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(args.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        big = tmp / f"verify{args.count}.biaozhu"
        if not big.exists():
            seconds = build(big, args.count, args.spans, tmp)
            print(f"built {big.name} in {seconds:.1f} s (gold import)", flush=True)
        with Project.open(big, readonly=True) as project:
            head, docs = project.chain_head(), project.document_count()
        print(f"{docs} documents, {head.count} events", flush=True)
        clis, inners, bases, merges, imports = [], [], [], [], []
        checkouts = {"new": Path(__file__).resolve().parents[2]}
        if args.old:
            checkouts["old"] = Path(args.old).resolve()
        processes: dict[str, list[tuple[float, float, float]]] = {k: [] for k in checkouts}
        for i in range(args.runs):
            for name, code in checkouts.items() if i % 2 else reversed(checkouts.items()):
                processes[name].append(verify_process(big, code))
            wall, cpu = integrity_check(big)
            bases.append(wall)
            CPU_SECONDS.setdefault("integrity_check", []).append(cpu)
            seconds, run = cli("verify", str(big))
            assert run.returncode == 0, run.stderr
            clis.append(seconds)
            inners.append(inner(big))
            if not args.no_merge:
                t_merge, t_import = merge_vs_import(big, tmp, tmp / "gold.jsonl", i)
                merges.append(t_merge)
                imports.append(t_import)
    base = statistics.median(bases)
    t_cli = statistics.median(clis)
    parts = {k: statistics.median(x[k] for x in inners) for k in inners[0]}
    print(f"PRAGMA integrity_check (bare sqlite3):  {base:7.2f} s  (baseline)")
    print(f"biaozhu verify (fresh process):         {t_cli:7.2f} s  ratio {t_cli / base:5.2f}")
    print(f"project.verify() (in process):          {parts['verify']:7.2f} s")
    print(f"  of which the chain walk:              {parts['chain']:7.2f} s")
    print(f"  the replay compared with the tables:  {parts['replay']:7.2f} s")
    for name, runs in processes.items():
        wall, cpu, peak = (statistics.median(x[k] for x in runs) for k in range(3))
        print(
            f"verify process, {name} code ({checkouts[name]}): wall {wall:.2f} s,"
            f" CPU {cpu:.2f} s, peak memory {peak:.0f} MB"
            f" (runs: {', '.join(f'{x[2]:.0f}' for x in runs)} MB)"
        )
    if merges:
        t_merge, t_import = statistics.median(merges), statistics.median(imports)
        print(f"biaozhu import of the same JSONL:       {t_import:7.2f} s  (baseline)")
        print(
            f"biaozhu merge of the project (new one): {t_merge:7.2f} s  ratio "
            f"{t_merge / t_import:5.2f}"
        )
    cpu = {k: statistics.median(v) for k, v in CPU_SECONDS.items()}
    print(
        f"CPU seconds: verify {cpu['verify']:.2f}, integrity_check {cpu['integrity_check']:.2f}"
        f" (ratio {cpu['verify'] / cpu['integrity_check']:.2f})"
        + (
            f", merge {cpu['merge']:.2f}, import {cpu['import']:.2f}"
            f" (ratio {cpu['merge'] / cpu['import']:.2f})"
            if "merge" in cpu
            else ""
        )
    )
    print("runs: " + ", ".join(f"{c:.2f}" for c in clis) + f" s (verify); median of {args.runs}")


if __name__ == "__main__":
    main()
