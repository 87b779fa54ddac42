"""Speed of the suggesters (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_suggest.py

1. Throughput: the default ensemble over the five shared articles repeated
   to about 300,000 characters, against ``jieba.lcut`` on the same text in
   the same run (both warmed up first). Target: ensemble / jieba <= 1.5.
2. Start-up: a fresh ``biaozhu suggest one.txt`` process must print its first
   suggestion within 1.5 s. jieba's dictionary cache is built by a first
   run, then the median of three runs is reported.

Exit status 1 when a target is missed. Needs ../shared beside the repo."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
TARGET_CHARS = 300_000
RATIO_TARGET = 1.5
STARTUP_TARGET = 1.5


def corpus_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    one = "\n\n".join(texts)
    return "\n\n".join([one] * (TARGET_CHARS // len(one) + 1))[:TARGET_CHARS]


def throughput(text: str, runs: int = 1) -> tuple[float, float, int]:
    """Seconds of ``jieba.lcut`` and of the default ensemble over ``text``
    (the best of ``runs`` each, alternated), and the ensemble's span count."""
    import jieba

    sys.path.insert(0, str(REPO))
    from models.suggest.engine import default_ensemble

    ensemble = default_ensemble()
    jieba.lcut(text[:2000])
    ensemble.suggest(text[:2000])
    jiebas, ensembles = [], []
    for n in range(runs):
        t0 = time.perf_counter()
        jieba.lcut(text)
        jiebas.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = ensemble.suggest(text + " " * (n + 1))  # a new string: nothing cached
        ensembles.append(time.perf_counter() - t0)
    return min(jiebas), min(ensembles), len(found)


def first_suggestion_seconds(path: Path) -> float:
    """Seconds from process start to the first suggestion on stdout."""
    exe = REPO / ".venv" / "bin" / "biaozhu"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd + ["suggest", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=dict(os.environ),
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.communicate()
    if proc.returncode != 0 or not json.loads(line)["spans"]:
        raise SystemExit(f"biaozhu suggest failed: {proc.returncode}")
    return elapsed


def startup_runs(runs: int = 3) -> list[float]:
    """``runs`` timings of a fresh ``biaozhu suggest`` on the first shared
    article, after one run that builds jieba's cache if it is missing."""
    one = sorted((SHARED / "corpus").glob("*.txt"))[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(one.read_text(encoding="utf-8"), encoding="utf-8")
        first_suggestion_seconds(path)  # builds jieba's cache if it is missing
        return [first_suggestion_seconds(path) for _ in range(runs)]


def measure(runs: int = 1, startup: int = 3) -> dict:
    """The figures: throughput (best of ``runs``) and start-up (median of ``startup``)."""
    text = corpus_text()
    t_jieba, t_ens, n = throughput(text, runs)
    times = startup_runs(startup)
    return {
        "chars": len(text),
        "jieba_s": t_jieba,
        "ensemble_s": t_ens,
        "spans": n,
        "ratio": t_ens / t_jieba,
        "startup_runs": times,
        "startup_s": statistics.median(times),
    }


def main() -> int:
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent (the shared corpus lives beside the repo)")
        return 0
    text = corpus_text()
    t_jieba, t_ens, n = throughput(text)
    ratio = t_ens / t_jieba
    print(f"text: {len(text):,} characters")
    print(f"jieba.lcut: {t_jieba:.3f} s   ({len(text) / t_jieba / 1000:,.0f} k chars/s)")
    print(f"ensemble:   {t_ens:.3f} s   ({len(text) / t_ens / 1000:,.0f} k chars/s, {n:,} spans)")
    print(f"ratio ensemble/jieba: {ratio:.2f}  (target <= {RATIO_TARGET})")

    runs = startup_runs(3)
    startup = statistics.median(runs)
    print(
        f"fresh process, first suggestion: {startup:.2f} s (median of "
        f"{', '.join(f'{r:.2f}' for r in runs)}; target < {STARTUP_TARGET})"
    )
    ok = ratio <= RATIO_TARGET and startup < STARTUP_TARGET
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
