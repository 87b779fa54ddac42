"""The PyInstaller bundle, started as a user would: no Python on the path,
no network. Marked `bundle` (not in the default run): build it first with
packaging/build.sh, then run `pytest -m bundle`."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BINARY = REPO / "dist" / "biaozhu" / ("biaozhu.exe" if os.name == "nt" else "biaozhu")

pytestmark = pytest.mark.bundle


def run_bundled(*argv: str, home: Path) -> subprocess.CompletedProcess:
    if not BINARY.exists():
        pytest.fail(f"no bundle at {BINARY}: run packaging/build.sh first")
    env = {
        "HOME": str(home),
        "PATH": "/nonexistent",
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    cmd = [str(BINARY), *argv]
    # Without a network: a fresh network namespace has no interface but a down loopback.
    unshare = shutil.which("unshare")
    if unshare and os.geteuid() == 0:
        cmd = [unshare, "-n", *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)


def test_bundle_version_without_python_or_network(tmp_path):
    result = run_bundled("--version", home=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("biaozhu ")


def test_bundle_screenshot_of_the_sample_project(tmp_path):
    shot = tmp_path / "shot.png"
    result = run_bundled("--screenshot", str(shot), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def test_bundle_cli_imports_and_verifies(tmp_path, corpus_dir):
    project = tmp_path / "p.biaozhu"
    assert run_bundled("new", str(project), home=tmp_path).returncode == 0
    assert run_bundled("import", str(project), str(corpus_dir), home=tmp_path).returncode == 0
    result = run_bundled("suggest", "--project", str(project), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert run_bundled("verify", str(project), home=tmp_path).returncode == 0
