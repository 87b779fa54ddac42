"""The core never imports Qt or the desktop layer; the CLI runs without Qt."""

from __future__ import annotations

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
