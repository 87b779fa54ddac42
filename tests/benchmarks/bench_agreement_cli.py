"""`biaozhu agreement` on a big project, as a person runs it: the text
output (which asks only for the totals it prints) and ``--json
--totals-only`` against ``--json`` with each pair's figures per document,
the shape scripts read by default. Before this, the text asked for the
figures per document too, so the JSON's run is the baseline (it also prints
them; the text built them and threw them away).

The project is the one of ``bench_agreement.py``: COUNT documents, four
annotators, six pairs and alpha. Each run is the command in a process of its
own (what the ``biaozhu`` script runs, output to /dev/null), its peak memory that
process's peak resident set (VmHWM, read as it ends) and its time the wall
clock; the steps alternate, each run starting with the next one, each
figure the median of RUNS.

Run: .venv/bin/python tests/benchmarks/bench_agreement_cli.py [COUNT [RUNS]]"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_agreement import build_seeded  # noqa: E402

# The console script's body, run by this interpreter from this checkout; then
# the process's peak resident memory (VmHWM) on stderr's last line. Not
# wait4's rusage: Linux carries the parent's peak across fork and exec into
# the child's ru_maxrss, so every command would show this script's size.
COMMAND = """\
import sys
from desktop.cli import main
try:
    code = main()
finally:
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    sys.stderr.write(peak)
sys.exit(code)
"""

STEPS = {
    "json": ["--json"],
    "text": [],
    "totals": ["--json", "--totals-only"],
}


def run(path: Path, extra: list[str]) -> tuple[float, int]:
    """Seconds and peak resident bytes of one ``biaozhu agreement`` process."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", COMMAND, "agreement", str(path), *extra],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"agreement {' '.join(extra)} failed: {proc.stderr}")
    kilobytes = int(proc.stderr.strip().splitlines()[-1].split()[1])  # "VmHWM:  123 kB"
    return seconds, kilobytes * 1024


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.biaozhu"
        built = build_seeded(path, count)
        times: dict[str, list[float]] = {k: [] for k in STEPS}
        memory: dict[str, list[int]] = {k: [] for k in STEPS}
        order = list(STEPS)
        for i in range(runs):
            # each run starts with another step: a machine shared with others
            # slows whatever runs while they do, not always the same step
            for k in order[i % len(order) :] + order[: i % len(order)]:
                seconds, peak = run(path, STEPS[k])
                times[k].append(seconds)
                memory[k].append(peak)
    t = {k: statistics.median(v) for k, v in times.items()}
    m = {k: statistics.median(v) for k, v in memory.items()}
    print(f"{count} documents, 6 pairs + alpha; built in {built:.1f} s; median of {runs}")
    for k, extra in STEPS.items():
        print(
            f"  agreement {' '.join(extra) or '(text)':<22} {t[k]:7.2f} s"
            f"   peak {m[k] / 2**20:8.1f} MiB"
        )
    for k in ("text", "totals"):
        print(f"json / {k}: time {t['json'] / t[k]:.2f}x, peak memory {m['json'] / m[k]:.2f}x")


if __name__ == "__main__":
    main()
