"""Import 10,000 articles (~30M characters) into a new project.

Prints the seconds and the ratio against a bare sqlite3 executemany of the
same texts in the same run (target ≤ 3), for a folder of .txt files and for
one JSONL file; then times `biaozhu stats` on the result (target < 1 s).
Run: .venv/bin/python tests/benchmarks/bench_import.py [COUNT]"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.io.importers import import_paths  # noqa: E402
from tests.benchmarks.corpus10k import articles  # noqa: E402


def bare_executemany(path: Path, texts: list[str]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT)")
    started = time.perf_counter()
    conn.executemany("INSERT INTO docs (text) VALUES (?)", [(t,) for t in texts])
    conn.commit()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def timed_import(project_path: Path, source: Path) -> tuple[float, int]:
    project = Project.create(project_path, annotator="bench")
    started = time.perf_counter()
    report = import_paths(project, [source])
    elapsed = time.perf_counter() - started
    assert not report.failed, report.failed[:3]
    project.close()
    return elapsed, len(report.added)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    texts = articles(count)
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "txt"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        jsonl = tmp / "all.jsonl"
        with jsonl.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"a{i:05d}", "text": text}, ensure_ascii=False) + "\n")

        # The fastest of three runs: a conservative baseline on a noisy machine.
        base = min(bare_executemany(tmp / f"bare{i}.db", texts) for i in range(3))
        t_txt, n_txt = timed_import(tmp / "txt.biaozhu", folder)
        t_jsonl, n_jsonl = timed_import(tmp / "jsonl.biaozhu", jsonl)
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "desktop", "stats", str(tmp / "txt.biaozhu"), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        t_stats_cli = time.perf_counter() - started
        with Project.open(tmp / "txt.biaozhu") as p:
            started = time.perf_counter()
            p.stats()
            t_stats = time.perf_counter() - started
        assert json.loads(out.stdout)["documents"] == count

    print(f"articles: {count}, characters: {chars:,}")
    print(f"bare sqlite3 executemany:      {base:7.2f} s  (best of 3)")
    print(
        f"import folder of .txt files:   {t_txt:7.2f} s  ratio {t_txt / base:5.2f}  ({n_txt} docs)"
    )
    print(
        f"import one .jsonl file:        {t_jsonl:7.2f} s  ratio {t_jsonl / base:5.2f}  ({n_jsonl} docs)"
    )
    print(f"stats (in process):            {t_stats:7.3f} s")
    print(f"biaozhu stats --json (process):{t_stats_cli:7.3f} s")


if __name__ == "__main__":
    main()
