"""Fixtures of the window tests (tests/gui/conftest.py): a real project in
tmp_path, a main window on it, settings kept inside the test's folder."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.conftest import (  # noqa: E402, F401
    chinese,
    isolated_settings,
    make_project,
    open_window,
    project_path,
    store,
    window,
)
