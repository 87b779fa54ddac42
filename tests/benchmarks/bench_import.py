"""Import 10,000 articles (~30M characters) into a new project.

Prints the seconds and the ratio against a bare sqlite3 executemany of the
same texts in the same run (target ≤ 3), for a folder of .txt files and for
one JSONL file; then times `biaozhu stats` on the result (target < 1 s).
Run: .venv/bin/python tests/benchmarks/bench_import.py [COUNT [RUNS]] [--json]"""

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


def write_sources(tmp: Path, texts: list[str]) -> tuple[Path, Path]:
    """The texts as a folder of .txt files and as one .jsonl file."""
    folder = tmp / "txt"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    jsonl = tmp / "all.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"a{i:05d}", "text": text}, ensure_ascii=False) + "\n")
    return folder, jsonl


def biaozhu_command() -> list[str]:
    exe = Path(sys.executable).parent / "biaozhu"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop"]


def stats_process(project_path: Path, command: list[str] | None = None) -> tuple[float, dict]:
    """Seconds of a fresh ``stats PROJECT --json`` process, and its output."""
    started = time.perf_counter()
    out = subprocess.run(
        (command or [sys.executable, "-m", "desktop"]) + ["stats", str(project_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return time.perf_counter() - started, json.loads(out.stdout)


def measure(texts: list[str], tmp: Path, runs: int = 3) -> dict:
    """Import ``texts`` as .txt files and as one .jsonl, each into a new project
    in ``tmp``, against a bare executemany, best of ``runs`` for each.

    The three are measured in rounds (bare, folder, jsonl; bare, …) so that
    each side sees the same state of a shared, noisy machine, and each
    database is deleted once timed so that the kernel's write-back of one run
    does not land on the next. The folder project of the last round is kept
    for ``stats``."""
    folder, jsonl = write_sources(tmp, texts)
    bare, txt, jsn = [], [], []
    for i in range(runs):
        bare.append(bare_executemany(tmp / f"bare{i}.db", texts))
        txt.append(timed_import(tmp / f"txt{i}.biaozhu", folder))
        jsn.append(timed_import(tmp / f"jsonl{i}.biaozhu", jsonl))
        for name in (f"bare{i}.db", f"jsonl{i}.biaozhu") + ((f"txt{i}.biaozhu",) * (i < runs - 1)):
            for leftover in tmp.glob(name + "*"):
                leftover.unlink()
    base = min(bare)
    t_txt, n_txt = min(txt)
    t_jsonl, n_jsonl = min(jsn)
    return {
        "bare_s": base,
        "txt_s": t_txt,
        "txt_docs": n_txt,
        "txt_ratio": t_txt / base,
        "jsonl_s": t_jsonl,
        "jsonl_docs": n_jsonl,
        "jsonl_ratio": t_jsonl / base,
        "rounds": [(b, t[0], j[0]) for b, t, j in zip(bare, txt, jsn, strict=True)],
        "project": tmp / f"txt{runs - 1}.biaozhu",
    }


def measure_in_subprocess(count: int, runs: int) -> dict:
    """``measure`` in a fresh process, as ``biaozhu import`` runs: a caller
    holding a large corpus of its own would time its own heap too."""
    cmd = [sys.executable, __file__, str(count), str(runs), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"bench_import failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--json"]
    count = int(args[0]) if args else 10_000
    runs = int(args[1]) if len(args) > 1 else 3
    if "--json" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            m = measure(articles(count), Path(tmp), runs=runs)
        print(json.dumps({k: v for k, v in m.items() if k != "project"}))
        return
    texts = articles(count)
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        m = measure(texts, tmp, runs=runs)  # best of each side: a noisy machine
        base, t_txt, n_txt = m["bare_s"], m["txt_s"], m["txt_docs"]
        t_jsonl, n_jsonl = m["jsonl_s"], m["jsonl_docs"]
        t_stats_cli, out = stats_process(m["project"])
        with Project.open(m["project"]) as p:
            started = time.perf_counter()
            p.stats()
            t_stats = time.perf_counter() - started
        assert out["documents"] == count

    print(f"articles: {count}, characters: {chars:,}")
    for i, (b, t, j) in enumerate(m["rounds"], 1):
        print(f"round {i}: bare {b:5.2f} s, folder {t:5.2f} s, jsonl {j:5.2f} s")
    print(f"bare sqlite3 executemany:      {base:7.2f} s  (best of {runs})")
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
