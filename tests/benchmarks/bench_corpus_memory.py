"""A worker's memory in ``biaozhu suggest --corpus`` against its input's size
(a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_corpus_memory.py [--articles 20000]

Two Parquet inputs of short articles (six sentences of ../shared/corpus drawn
at random): 200 articles, where the worker holds little more than the
suggesters, and ARTICLES. Each runs through the command line a user types,
``suggest --corpus IN --out OUT --workers 1``, and the worker's peak
resident memory is read from the run's manifest. Printed: both peaks, what
the large input added to the worker, and that per megabyte of the input's
text in UTF-8 (the size a user sees of it). On 6 December 2026, 20,000
articles (6.7 million characters, 17.9 MB of text), one run after the other:
while a partition's suggestions were held as Python objects to the end,
the worker went from 282 MB to 499 MB (12.1 MB per MB of text); with them
made Arrow columns a thousand texts at a time, from 284 MB to 363 MB
(4.4 MB per MB). A 512 MB input (MAX_PARQUET_BYTES) of such text would
have needed some 6 GB of a worker; now some 2.5 GB."""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return [s for s in re.split(r"(?<=[。！？])", text) if len(s) > 5]


def write_input(folder: Path, n: int, pool: list[str]) -> int:
    folder.mkdir(parents=True)
    rng = random.Random(n)
    texts = ["".join(rng.choice(pool) for _ in range(6)) for _ in range(n)]
    pq.write_table(
        pa.table({"id": [str(i) for i in range(n)], "text": texts}), folder / "in.parquet"
    )
    return sum(len(t.encode("utf-8")) for t in texts)


def worker_peak(inputs: Path, out: Path) -> float:
    biaozhu = Path(sys.executable).with_name("biaozhu")
    command = [str(biaozhu), "suggest", "--corpus", str(inputs), "--out", str(out)]
    subprocess.run([*command, "--workers", "1"], check=True, capture_output=True)
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    return max(manifest["workers"].values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    args = parser.parse_args()
    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_input(root / "small", 200, pool)
        text_bytes = write_input(root / "large", args.articles, pool)
        idle = worker_peak(root / "small", root / "small-out")
        peak = worker_peak(root / "large", root / "large-out")
    added = peak - idle
    text_mb = text_bytes / 2**20
    print(f"worker peak, 200 articles: {idle:.0f} MB")
    print(f"worker peak, {args.articles} articles ({text_mb:.1f} MB of text): {peak:.0f} MB")
    print(f"added by the large input: {added:.0f} MB, {added / text_mb:.1f} MB per MB of text")


if __name__ == "__main__":
    main()
