"""What checking every chosen row before the first write costs `import --as
suggestions` (audit3: a damaged row past the first batch left the batches
before it in the project): the import with the full check (text, offsets,
score, source, attributes) against the same import with the check it had
before (texts only), in one run, alternately, best of RUNS. A plain script,
not collected by pytest:

    .venv/bin/python tests/benchmarks/bench_corpus_import_checks.py [DOCUMENTS] [RUNS]

The run imported is made first by `suggest --corpus` on a cluster in this
process, over DOCUMENTS short articles of three suggestions each."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pyarrow as pa  # noqa: E402

from desktop.cli import main  # noqa: E402
from models import Project  # noqa: E402
from models.corpus import importing  # noqa: E402
from models.corpus.partition import read_partition  # noqa: E402
from models.store.documents import check_text  # noqa: E402


def texts_only(out: Path, choices) -> None:
    """The check before audit3: each chosen text, nothing of its suggestions."""
    for choice in choices:
        table = read_partition(out / choice.partition, ["id", "text"]).take(pa.array(choice.rows))
        for text in table["text"].to_pylist():
            check_text(text)


def make_run(folder: Path, documents: int) -> Path:
    import distributed

    lines = [
        json.dumps({"id": f"d{i}", "text": f"比亚迪{i}年营收932.4亿元，同比增长{i % 50}%。"})
        for i in range(documents)
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, host="127.0.0.1",
        protocol="tcp://", dashboard_address=None,
    ) as local:  # fmt: skip
        argv = ["suggest", "--corpus", str(folder / "a.jsonl"), "--out", str(out)]
        assert main([*argv, "--scheduler", local.scheduler_address]) == 0
    return out


def timed(out: Path, folder: Path, check) -> float:
    importing._check_rows = check
    path = folder / "p.biaozhu"
    with Project.create(path, annotator="bench") as project:
        started = time.perf_counter()
        importing.import_suggestions(project, out)
        took = time.perf_counter() - started
    for leftover in folder.glob("p.biaozhu*"):
        leftover.unlink()
    return took


def main_bench() -> None:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = Path(tempfile.mkdtemp())
    full = importing._check_rows
    try:
        out = make_run(folder, documents)
        timed(out, folder, full)  # warm: imports, caches
        best = {"texts only (before)": float("inf"), "every row (now)": float("inf")}
        for _ in range(runs):
            best["texts only (before)"] = min(
                best["texts only (before)"], timed(out, folder, texts_only)
            )
            best["every row (now)"] = min(best["every row (now)"], timed(out, folder, full))
    finally:
        importing._check_rows = full
        shutil.rmtree(folder)
    base = best["texts only (before)"]
    print(f"import --as suggestions of {documents} documents, best of {runs}:")
    for name, seconds in best.items():
        print(f"  {name:22} {seconds:7.3f} s  {seconds / base:5.2f} x")


if __name__ == "__main__":
    main_bench()
