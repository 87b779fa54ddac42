"""A training in the bundled application runs its worker processes.

The bundle has no `python -m`: its workers are started as the application
itself with `-m models.learn.workers`, which must serve jobs, not open the
window or fail as an unknown command (every training would then fall back
to one process, or worse)."""

from __future__ import annotations

import math
import pickle
import subprocess
import sys
from pathlib import Path

ENTRY = Path(__file__).resolve().parents[1] / "packaging" / "biaozhu_entry.py"


def test_the_bundle_entry_started_as_a_worker_serves_jobs() -> None:
    job = pickle.dumps((math.factorial, (5,)), protocol=pickle.HIGHEST_PROTOCOL)
    done = subprocess.run(
        [sys.executable, str(ENTRY), "-m", "models.learn.workers", "math"],
        input=job,
        capture_output=True,
        timeout=120,
        cwd=ENTRY.parents[1],
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert pickle.loads(done.stdout) == (True, 120)


def test_the_bundle_entry_is_still_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, str(ENTRY), "--help"],
        capture_output=True,
        timeout=120,
        cwd=ENTRY.parents[1],
    )
    assert done.returncode == 0
    assert b"biaozhu" in done.stdout
