"""What reading a corpus run's Parquet within MAX_PARQUET_BYTES costs
(``models.corpus.parquet.read_parquet``: the footer checked, row groups read
with texts as dictionaries, their expansion counted, then decoded) against
``pyarrow.parquet.read_table`` as before, in one run, alternately, best of
RUNS. A plain script, not collected by pytest:

    .venv/bin/python tests/benchmarks/bench_corpus_parquet_bounds.py [DOCUMENTS] [RUNS]

Three reads: an input of `suggest --corpus` (DOCUMENTS articles of 1,500
distinct characters, as bytes, the way a worker reads it), the partition of a
run over DOCUMENTS short articles, and the whole `import --as suggestions` of
that run, with the partition reader swapped."""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from bench_corpus_import_checks import make_run  # noqa: E402

from models import Project  # noqa: E402
from models.corpus import importing  # noqa: E402
from models.corpus.parquet import read_parquet  # noqa: E402
from models.corpus.partition import read_partition  # noqa: E402


def before(path, columns=None) -> pa.Table:
    """The partition reader before the bound."""
    return pq.read_table(path, columns=list(columns) if columns is not None else None)


def make_input(path: Path, documents: int) -> bytes:
    rng = random.Random(0)
    pool = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)] + list("，。、0123456789")
    texts = ["".join(rng.choices(pool, k=1500)) for _ in range(documents)]
    table = pa.table({"id": [f"d{i}" for i in range(documents)], "text": texts})
    pq.write_table(table, path)
    return path.read_bytes()


def best_of(runs: int, cases: dict[str, Callable[[], object]]) -> dict[str, float]:
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(runs):
        for name, case in cases.items():
            started = time.perf_counter()
            case()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def imported(out: Path, folder: Path, reader) -> None:
    importing.read_partition = reader
    path = folder / "p.biaozhu"
    with Project.create(path, annotator="bench") as project:
        importing.import_suggestions(project, out)
    for leftover in folder.glob("p.biaozhu*"):
        leftover.unlink()


def report(title: str, best: dict[str, float]) -> None:
    base = next(iter(best.values()))
    print(title)
    for name, seconds in best.items():
        print(f"  {name:26} {seconds:8.4f} s  {seconds / base:5.2f} x")


def main_bench() -> None:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = Path(tempfile.mkdtemp())
    try:
        data = make_input(folder / "in.parquet", documents)
        report(
            f"an input of {documents} articles of 1,500 characters ({len(data) / 1e6:.1f} MB):",
            best_of(
                runs,
                {
                    "read_table (before)": lambda: pq.read_table(pa.BufferReader(data)),
                    "read_parquet (now)": lambda: read_parquet(pa.BufferReader(data), "in"),
                },
            ),
        )
        out = make_run(folder, documents)
        part = out / "a.jsonl.parquet"
        report(
            f"the partition of a run over {documents} short articles:",
            best_of(
                runs,
                {
                    "read_table (before)": lambda: before(part),
                    "read_parquet (now)": lambda: read_partition(part),
                },
            ),
        )
        report(
            f"import --as suggestions of that run ({documents} documents):",
            best_of(
                runs,
                {
                    "read_table (before)": lambda: imported(out, folder, before),
                    "read_parquet (now)": lambda: imported(out, folder, read_partition),
                },
            ),
        )
    finally:
        importing.read_partition = read_partition
        shutil.rmtree(folder)


if __name__ == "__main__":
    main_bench()
