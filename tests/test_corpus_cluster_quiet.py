"""`suggest --corpus` on its own local cluster says nothing on stderr but
Biaozhu's own lines, whatever else runs on the machine: a Dask dashboard
(or any server) already on port 8787 is common beside a notebook, and the
cluster's HTTP server then warned over the user's output (seen when two
corpus tests ran at once)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def port_8787_taken():
    sock = socket.socket()
    try:
        sock.bind(("127.0.0.1", 8787))
    except OSError:
        sock.close()
        pytest.skip("port 8787 is held by something else already (the case this covers)")
    sock.listen(1)
    yield
    sock.close()


def test_a_corpus_run_beside_a_server_on_8787_warns_of_nothing(tmp_path, port_8787_taken):
    lines = [json.dumps({"id": f"d{i}", "text": f"比亚迪{i}年营收932.4亿元。"}) for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["suggest", "--corpus", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out")]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *argv, "--workers", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "8787" not in done.stderr and "Warning" not in done.stderr, done.stderr
