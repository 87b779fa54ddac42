"""A headline's digits are drawn in the weight of its Chinese (newuser6,
7 December 2026).

The document's title asked for weight 600. The one CJK font a Linux
install has (WenQuanYi Micro Hei) has no heavier face, so its Chinese was
drawn regular, while the Latin fallback (DejaVu Sans) has a Bold one: in
"2024年一季度营收增长12.5%" the year and the percentage stood out bold
among regular characters, as if they were marked. The runs the title is
drawn with must all be of one kind, bold or not.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout

from models import Project
from tests.gui.conftest import close_window, open_window

HEADLINE = "2024年一季度营收增长12.5%"


def faces(label) -> set[bool]:
    """For each glyph run of the label's text: is its face a bold one?"""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {"bold" in run.rawFont().styleName().lower() for run in layout.glyphRuns()}


def test_a_headlines_digits_are_not_bolder_than_its_chinese(qtbot, tmp_path):
    if not any("WenQuanYi" in f for f in QFontDatabase.families()):
        pytest.skip("needs fonts-wqy-microhei, the README's CJK font")
    path = tmp_path / "h.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document(HEADLINE + "\n\n正文第一句。", doc_id="h")
    window = open_window(qtbot, path, tmp_path)
    try:
        title = window.header.title
        qtbot.waitUntil(lambda: title.text() == HEADLINE, timeout=5000)
        assert len(faces(title)) == 1, "digits and Chinese drawn in different weights"
    finally:
        close_window(window)
