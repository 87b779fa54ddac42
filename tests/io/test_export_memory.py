"""An export's memory stays the same whatever the size of the project: the
writers that need the whole export before they can write (a schema typed by
every span, a DocBin's single message) keep what they gathered in temporary
files, not in memory. Measured as the peak resident memory of `biaozhu
export` in a process of its own, on a project four times the size of
another (both past the allocators' first growth)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

if not Path("/proc/self/status").exists():
    pytest.skip("peak memory is read from /proc (Linux)", allow_module_level=True)

SMALL, LARGE = 1000, 4000  # documents of ~900 characters and ~32 spans each
GROWTH_LIMIT_MB = 40  # the small project's export against the large one's

# VmHWM, the process's own peak: getrusage's ru_maxrss would start from the
# parent's (Linux keeps it across fork and exec), the test runner's size
PEAK = """
import sys
from desktop.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as fh:
    print(next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmHWM:")))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> list[Path]:
    from tests.benchmarks.bench_export import build_rows, fill_project
    from tests.conftest import shared_path

    shared_path("gold", "seeds.jsonl")  # skips without the reference data
    folder = tmp_path_factory.mktemp("memory")
    paths = []
    for count in (SMALL, LARGE):
        path = folder / f"p{count}.biaozhu"
        project = fill_project(path, build_rows(count, count * 32))
        project.close()
        paths.append(path)
    return paths


def peak_mb(project: Path, fmt: str, out: Path) -> int:
    argv = ["export", str(project), "--format", fmt, "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *argv],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return int(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "fmt, name",
    [
        ("hf", "hf"),
        ("spacy", "out.spacy"),
        ("spans-parquet", "spans.parquet"),
        ("metrics-csv", "metrics.csv"),
    ],
)
def test_export_memory_does_not_grow_with_the_project(projects, tmp_path, fmt, name):
    small = peak_mb(projects[0], fmt, tmp_path / "small" / name)
    large = peak_mb(projects[1], fmt, tmp_path / "large" / name)
    assert large - small < GROWTH_LIMIT_MB, (fmt, small, large)
