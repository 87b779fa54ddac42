"""resources/i18n/update.py counts its strings in words a person reads:
"1 string", "2 strings", never "string(s)"."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def load_update():
    spec = importlib.util.spec_from_file_location("i18n_update_counts", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_say_one_string_or_strings():
    update = load_update()
    assert update.strings(0) == "0 strings"
    assert update.strings(1) == "1 string"
    assert update.strings(2) == "2 strings"


def test_check_says_strings_without_the_parenthesis():
    done = subprocess.run(
        [sys.executable, str(I18N / "update.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert lines and all("string(s)" not in line for line in lines), done.stdout
    assert all(" without a translation" in line for line in lines), done.stdout
