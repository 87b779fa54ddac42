"""A training's worker process whose parent is gone (``biaozhu train`` killed
with -9, the window killed) finishes the job it is on and exits quietly:
before, it printed a BrokenPipeError traceback on the terminal it shared
with the dead parent when it answered."""

from __future__ import annotations

import pickle
import subprocess
import sys
import time
from pathlib import Path

from models.learn.workers import MODULE

ROOT = Path(__file__).resolve().parents[1]


def spawn_worker(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """A worker as training starts one, its stderr kept in a file to read."""
    err = tmp_path / "stderr.txt"
    with err.open("wb") as stderr:
        worker = subprocess.Popen(
            [sys.executable, "-m", MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=ROOT,
        )
    return worker, err


def test_a_worker_whose_parent_died_mid_job_exits_without_a_traceback(tmp_path):
    worker, err = spawn_worker(tmp_path)
    # a job long enough to be under way when the parent dies
    pickle.dump((time.sleep, (1.0,)), worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
    worker.stdin.flush()
    # the parent dies: the kernel closes its ends of both pipes
    worker.stdin.close()
    worker.stdout.close()
    assert worker.wait(timeout=60) == 0
    said = err.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in said and "BrokenPipeError" not in said, said


def test_a_worker_whose_parent_died_while_sending_a_job_exits_without_a_traceback(tmp_path):
    worker, err = spawn_worker(tmp_path)
    job = pickle.dumps((time.sleep, (0.1,)), protocol=pickle.HIGHEST_PROTOCOL)
    worker.stdin.write(job[: len(job) // 2])  # killed half way through writing it
    worker.stdin.close()
    worker.stdout.close()
    assert worker.wait(timeout=60) == 0
    said = err.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in said, said
