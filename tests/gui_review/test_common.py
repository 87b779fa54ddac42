"""The review windows convert offsets through desktop/gui/offsets.py only, and
rely on desktop/gui/__init__.py for the None reference-count guard."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

GUI = Path(__file__).resolve().parents[2] / "desktop" / "gui"


def test_one_offset_conversion_and_one_refcount_guard():
    for path in GUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(GUI).as_posix()
        if rel != "offsets.py":
            for sign in ("\\U00010000", "0x10000", "0xFFFF", "'utf-16", '"utf-16', "utf_16"):
                assert sign not in text, (rel, sign)
            assert "class OffsetMap" not in text and "Utf16Map" not in text, rel
        if rel != "__init__.py":
            assert "getrefcount" not in text and "ctypes" not in text, rel


def test_review_highlight_after_an_astral_character(qapp):
    from types import SimpleNamespace

    from PySide6.QtGui import QColor

    from desktop.gui.offsets import OffsetMap, display_text
    from desktop.gui.review.common import make_pane, paint_spans

    text = "𠮷利集团营收超400亿元"
    pane = make_pane()
    pane.setPlainText(display_text(text))
    start = text.index("超400亿元")
    span = SimpleNamespace(start=start, end=len(text), label="METRIC")
    paint_spans(pane, OffsetMap(text), [span], {"METRIC": QColor("#f6c343")})
    (sel,) = pane.extraSelections()
    assert sel.cursor.selectedText() == "超400亿元"
    pane.deleteLater()
