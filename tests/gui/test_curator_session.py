"""What a curator tripped on in a session in the real window (zh_CN and
English, keys only): each test is one thing seen there, asserted on what
the widget shows or what the store holds."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.conftest import close_window, open_window  # noqa: E402


def test_span_counts_follow_a_language_switch(window, qapp):
    """Preferences → language: the line above the span list ("3 gold · 63
    pending") stayed in the old language until the next decision."""
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    window.ctx.translations = translations
    try:
        translations.apply("zh_CN")
        qapp.processEvents()
        assert window.span_panel.summary.text() == "金标准 0 · 待定 4"
        translations.apply("en")
        qapp.processEvents()
        assert window.span_panel.summary.text() == "0 gold · 4 pending"
    finally:
        translations.apply("en")


def test_a_project_without_documents_says_how_to_add_some(qtbot, tmp_path):
    """A new project opened in the window: the article's header was blank,
    where it has words for this ("No document", import with Ctrl+I)."""
    from models import Project

    path = tmp_path / "empty.biaozhu"
    Project.create(path, annotator="tester").close()
    window = open_window(qtbot, path, tmp_path)
    try:
        assert window.header.title.text() == "No document"
        assert "Ctrl+I" in window.header.meta.text()
    finally:
        close_window(window)
