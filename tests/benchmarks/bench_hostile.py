"""What a hostile file costs: issue 13's attacks through the command line,
each timed and its process's peak memory read, against the same command on
an ordinary file of the same format measured in the same run (the machine
is shared and noisy: ratios, best of RUNS). A plain script, not collected by
pytest:

    .venv/bin/python tests/benchmarks/bench_hostile.py [RUNS]

Before the bounds (issue 13): the 1 MB .docx zip bomb ran past 280 s and
5.4 GB, the CSV of a million columns took 195 s and 4.7 GB, and suggest read
a 220 MB line without a limit. Target: each attack refused (status 1) at
most 3 times the time and memory of its ordinary file."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.test_hostile import (  # noqa: E402
    CLI,
    DOCX_BODY,
    deflated_zeros,
    docx_parts,
    nested,
    write_zip,
)

TARGET_RATIO = 3.0
ARTICLE = "抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地投产。" * 40


# The command line, reporting its peak memory as it exits: VmHWM belongs to the
# process after exec (ru_maxrss would count the benchmark's own pages, copied at fork).
MEASURED_CLI = [
    sys.executable,
    "-c",
    "import atexit, sys\n"
    "def peak():\n"
    "    with open('/proc/self/status') as fh:\n"
    "        kb = next(line.split()[1] for line in fh if line.startswith('VmHWM:'))\n"
    "    sys.stderr.write(f'PEAK {kb}\\n')\n"
    "atexit.register(peak)\n"
    "from desktop.cli import main\n"
    "sys.exit(main())",
]


def run(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit status) of one command in its own process."""
    started = time.perf_counter()
    proc = subprocess.run([*MEASURED_CLI, *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    peak_kb = int(proc.stderr.rsplit("PEAK ", 1)[1])
    return elapsed, peak_kb / 1024, proc.returncode


def cases(tmp: Path, project: Path) -> list[tuple[str, list[str], list[str]]]:
    """(name, ordinary command, attack command) for each attack."""
    ok_docx = write_zip(tmp / "ok.docx", docx_parts())
    parts = docx_parts()
    at = next(n for n, part in enumerate(parts) if part[0] == "word/document.xml")
    parts[at] = ("word/document.xml", deflated_zeros(1 << 30), 0, 1 << 30)
    bomb = write_zip(tmp / "bomb.docx", parts)

    ok_csv = tmp / "ok.csv"
    ok_csv.write_text("text,id\n" + f"{ARTICLE},1\n", encoding="utf-8")
    wide = tmp / "wide.csv"
    header = "text," + ",".join(f"c{n}" for n in range(1_000_000))
    wide.write_text(header + "\n" + DOCX_BODY + "," * 1_000_000 + "\n", encoding="utf-8")

    ok_json = tmp / "ok.json"
    ok_json.write_text(json.dumps([{"data": {"text": ARTICLE}}], ensure_ascii=False), "utf-8")
    deep = tmp / "deep.json"
    deep.write_text('[{"data": {"text": "营收", "x": ' + nested(100_000) + "}}]", "utf-8")

    ok_txt = tmp / "ok.txt"
    ok_txt.write_text(ARTICLE, encoding="utf-8")
    line = tmp / "line.txt"
    with line.open("wb") as fh:
        fh.truncate(220_000_000)

    def imp(path: Path) -> list[str]:
        return ["import", str(project), str(path)]

    return [
        (".docx zip bomb (1 MB → 1 GB)", imp(ok_docx), imp(bomb)),
        ("CSV of 1,000,000 columns", imp(ok_csv), imp(wide)),
        ("Label Studio JSON 100,000 deep", imp(ok_json), imp(deep)),
        ("suggest on a 220 MB line", ["suggest", str(ok_txt)], ["suggest", str(line)]),
    ]


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    failed = False
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        project = tmp / "p.biaozhu"
        subprocess.run([*CLI, "new", str(project)], check=True, capture_output=True)
        print(f"{'attack':<34}{'ordinary':>16}{'attack':>16}{'ratio':>14}  status")
        for name, ordinary, attack in cases(tmp, project):
            base, hostile = [], []
            for _ in range(runs):  # alternated, so that both see the same machine
                base.append(run(ordinary))
                hostile.append(run(attack))
            b_s, b_mb = min(r[0] for r in base), min(r[1] for r in base)
            a_s, a_mb = min(r[0] for r in hostile), min(r[1] for r in hostile)
            status = hostile[-1][2]
            over = max(a_s / b_s, a_mb / b_mb) > TARGET_RATIO or status != 1
            failed |= over
            print(
                f"{name:<34}{b_s:6.2f} s {b_mb:5.0f} MB{a_s:6.2f} s {a_mb:5.0f} MB"
                f"{a_s / b_s:6.2f}× {a_mb / b_mb:5.2f}×  {status}{'  OVER' if over else ''}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
