"""No network, ever: import, suggest, train, export and a GUI session run
under an audit hook that aborts the process on any socket creation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PROBE = REPO / "tests" / "offline_probe.py"


def offline(*argv: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(PROBE), *argv], capture_output=True, text=True, cwd=cwd, timeout=600
    )
    assert "NETWORK:" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    return result


def test_the_probe_catches_a_socket():
    hooked = subprocess.run(
        [sys.executable, str(PROBE), "--selftest"], capture_output=True, text=True
    )
    assert hooked.returncode == 99 and "NETWORK: socket.__new__" in hooked.stderr


def test_cli_workflow_opens_no_socket(tmp_path, seeds_path, corpus_dir):
    proj = str(tmp_path / "p.biaozhu")
    offline("new", proj)
    offline("import", proj, str(corpus_dir))
    offline("import", proj, str(seeds_path), "--annotator", "gold")
    offline("suggest", "--project", proj)
    offline("suggest", str(next(corpus_dir.glob("*.txt"))))
    gold = tmp_path / "gold.biaozhu"
    offline("new", str(gold))
    offline("import", str(gold), str(seeds_path), "--annotator", "gold")
    offline("train", str(gold), "--folds", "2")
    for fmt, out in (("jsonl", "g.jsonl"), ("spacy", "g.spacy"), ("metrics-parquet", "m.parquet")):
        offline("export", str(gold), "--format", fmt, "--out", str(tmp_path / out))


@pytest.mark.slow
def test_a_gui_session_opens_no_socket(tmp_path, corpus_dir):
    proj = str(tmp_path / "p.biaozhu")
    offline("new", proj)
    offline("import", proj, str(corpus_dir))
    shot = tmp_path / "shot.png"
    offline("--screenshot", str(shot), proj)
    assert shot.stat().st_size > 10_000
