"""Throughput of ``biaozhu suggest --corpus`` on Dask (a plain script, not
collected by pytest):

    .venv/bin/python tests/benchmarks/bench_dask.py [--articles 200000] [--rounds 2]

A corpus of short articles (about 300 characters each, sentences of
../shared/corpus drawn at random) is written as 20 Parquet files, and the
same articles as 20 JSONL files. Each round runs, through the command line
a user types, in a rotating order:

- one process: ``biaozhu suggest F1.jsonl … F20.jsonl > out.jsonl``
- a local cluster of 1 worker: ``biaozhu suggest --corpus IN --out OUT --workers 1``
- a local cluster of 2 workers: the same with ``--workers 2``

and, beside them in the first round, the inner API in this process without
Dask (each input file through ``models.corpus.work.suggest_partition``, one
after another).
Throughput is characters per second of wall time, start-up included;
characters per CPU second (the suggesting itself, from the partitions'
processor time) are printed beside it, being what the load of a shared
machine changes least.
Targets: 2 workers >= 1.8x one process; 1 worker's overhead against one
process <= 15%; the peak memory of every worker < 1 GB (from the
manifest). The machine's load (``uptime``) is printed around each
measurement: the figures of a shared machine are noisy, so every round is
reported. Exit status 1 when a target is missed in the best round."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus10k import articles  # noqa: E402

FILES = 20
SPEEDUP_TARGET = 1.8
OVERHEAD_TARGET = 0.15
WORKER_MEMORY_TARGET_MB = 1024


def biaozhu() -> list[str]:
    exe = REPO / ".venv" / "bin" / "biaozhu"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop"]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def write_corpus(folder: Path, count: int) -> int:
    """20 Parquet and 20 JSONL files of the same articles; returns characters."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs = articles(count, chars=300, seed=17)
    (folder / "parquet").mkdir()
    (folder / "jsonl").mkdir()
    per_file = -(-count // FILES)
    for n in range(FILES):
        part = docs[n * per_file : (n + 1) * per_file]
        ids = [f"a{n:02d}-{i:05d}" for i in range(len(part))]
        pq.write_table(pa.table({"id": ids, "text": part}), folder / "parquet" / f"{n:02d}.parquet")
        with (folder / "jsonl" / f"{n:02d}.jsonl").open("w", encoding="utf-8") as fh:
            for doc_id, text in zip(ids, part, strict=True):
                fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return sum(map(len, docs))


def timed(cmd: list[str], stdout) -> tuple[float, float]:
    """Wall seconds of a command, and its own peak resident memory in MB."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=err, cwd=REPO)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed: {err.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def one_process(folder: Path) -> dict:
    files = sorted(str(p) for p in (folder / "jsonl").glob("*.jsonl"))
    with (folder / "one.jsonl").open("wb") as sink:
        seconds, peak = timed([*biaozhu(), "suggest", *files], sink)
    (folder / "one.jsonl").unlink()
    return {"seconds": seconds, "peak_mb": peak, "workers_mb": {}, "cpu": None}


def cluster(folder: Path, workers: int) -> dict:
    out = folder / f"out{workers}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*biaozhu(), "suggest", "--corpus", str(folder / "parquet"), "--out", str(out)]
    seconds, peak = timed([*cmd, "--workers", str(workers)], subprocess.DEVNULL)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["computed"] == FILES, manifest
    shutil.rmtree(out)
    cpu = sum(p["cpu_seconds"] for p in manifest["partitions"])
    return {"seconds": seconds, "peak_mb": peak, "workers_mb": manifest["workers"], "cpu": cpu}


def inner(folder: Path) -> dict:
    """The partitions one after another in this process: no Dask, no start-up."""
    from models.corpus.inputs import find_inputs
    from models.corpus.work import suggest_partition
    from models.suggest.pipeline import default_suggester

    out = folder / "inner"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    ensemble = default_suggester()  # what the CLI and the workers suggest with
    ensemble.suggest("预热：营收12亿元。")
    t0, cpu0 = time.perf_counter(), time.process_time()
    for source in find_inputs(str(folder / "parquet")):
        suggest_partition(source, str(out), ensemble)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    shutil.rmtree(out)
    return {"seconds": seconds, "peak_mb": None, "workers_mb": {}, "cpu": cpu}


CONFIGS = {
    "one process": one_process,
    "1 worker": lambda folder: cluster(folder, 1),
    "2 workers": lambda folder: cluster(folder, 2),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-inner", action="store_true", help="skip the inner-API figure")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    try:
        characters = write_corpus(folder, args.articles)
        print(f"corpus: {args.articles} articles, {characters:,} characters, {FILES} files")
        sample = sorted((REPO / "resources" / "sample").glob("*.txt"))[0]
        timed([*biaozhu(), "suggest", str(sample)], subprocess.DEVNULL)  # jieba's cache, once
        rounds = []
        for r in range(args.rounds):
            names = list(CONFIGS)
            names = names[r % 3 :] + names[: r % 3]  # a rotating order
            figures = {}
            for name in names:
                before = load()
                figures[name] = CONFIGS[name](folder)
                figures[name]["load"] = f"{before} -> {load()}"
            if r == 0 and not args.no_inner:  # once: it varies as the first does
                before = load()
                figures["inner API, one process"] = inner(folder)
                figures["inner API, one process"]["load"] = f"{before} -> {load()}"
            rounds.append(figures)
            report(r + 1, figures, characters)
        return verdict(rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(number: int, figures: dict, characters: int) -> None:
    base = characters / figures["one process"]["seconds"]
    print(f"\nround {number}")
    print(
        f"{'configuration':<24}{'seconds':>9}{'chars/s':>12}{'x one':>7}"
        f"{'chars/CPU s':>13}  memory (MB)  load"
    )
    for name, f in figures.items():
        speed = characters / f["seconds"]
        per_cpu = f"{characters / f['cpu']:,.0f}" if f["cpu"] else "-"
        memory = ", ".join(f"{m:.0f}" for m in f["workers_mb"].values()) or (
            f"{f['peak_mb']:.0f}" if f["peak_mb"] else "-"
        )
        print(
            f"{name:<24}{f['seconds']:>9.1f}{speed:>12,.0f}{speed / base:>7.2f}"
            f"{per_cpu:>13}  {memory:<11}  {f['load']}"
        )


def verdict(rounds: list[dict]) -> int:
    speedups = [r["one process"]["seconds"] / r["2 workers"]["seconds"] for r in rounds]
    overheads = [r["1 worker"]["seconds"] / r["one process"]["seconds"] - 1 for r in rounds]
    peaks = [m for r in rounds for k in r for m in r[k]["workers_mb"].values() if m is not None]
    print(
        f"\n2 workers / one process: {', '.join(f'{s:.2f}x' for s in speedups)} "
        f"(target >= {SPEEDUP_TARGET}x)"
    )
    print(
        f"1 worker's overhead: {', '.join(f'{o:+.1%}' for o in overheads)} "
        f"(target <= {OVERHEAD_TARGET:.0%})"
    )
    print(f"peak memory of a worker: {max(peaks):.0f} MB (target < {WORKER_MEMORY_TARGET_MB} MB)")
    missed = (
        max(speedups) < SPEEDUP_TARGET
        or min(overheads) > OVERHEAD_TARGET
        or max(peaks) >= WORKER_MEMORY_TARGET_MB
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
