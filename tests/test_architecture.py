"""The core never imports Qt or the desktop layer; the CLI runs without Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_cli_load_without_qt():
    code = (
        "import sys, models, models.io.importers, desktop.cli;"
        "desktop.cli.build_parser();"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_only_the_host_and_the_cli_open_projects():
    """The window's process opens a project in one place (desktop/gui/host.py:
    the store thread's writer, the reader, the jobs' projects), so no code
    path quietly opens and closes a handle of its own on the file."""
    opening = re.compile(r"\bProject\.open\(|\bopened\(")
    host = REPO / "desktop" / "gui" / "host.py"
    offenders = [
        f"{path.relative_to(REPO)}:{n}"
        for path in sorted((REPO / "desktop").rglob("*.py"))
        if path != host and not path.is_relative_to(REPO / "desktop" / "cli")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if opening.search(line)
    ]
    assert offenders == []
