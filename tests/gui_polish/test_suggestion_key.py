"""The legend's "suggestion" key is drawn as pending suggestions are.

In the article a pending suggestion is underlined with a dashed line; the
header's key for it asked Qt's rich text for a dashed underline, which Qt
does not draw, so the legend showed a solid line that matched nothing on
the page. The key now draws its underline with the article's dashed pen."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QColor  # noqa: E402

from models.domain import Label  # noqa: E402


def painted_runs(image, y: int, background: QColor) -> list[int]:
    """The lengths of the runs of painted pixels along row ``y``."""
    runs, run = [], 0
    for x in range(image.width()):
        pixel = image.pixelColor(x, y)
        dark = abs(pixel.lightness() - background.lightness()) > 40
        if dark:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs


def test_the_suggestion_key_is_underlined_with_dashes(qtbot):
    from desktop.gui.widgets.doc_header import DocumentHeader

    header = DocumentHeader()
    qtbot.addWidget(header)
    header.set_labels([Label("COMPANY", "#6cc6a0", "2", "")])
    header.resize(900, 120)
    header.show()
    qtbot.waitExposed(header)
    key = header.chips[-1]
    assert "suggestion" in key.text()
    image = key.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    text_width = key.fontMetrics().horizontalAdvance("suggestion")
    # the underline is the lowest row that is painted across much of the word
    rows = [
        (y, painted_runs(image, y, background)) for y in range(image.height() // 2, image.height())
    ]
    underline = [(y, runs) for y, runs in rows if sum(runs) >= text_width * 0.3]
    assert underline, "no underline drawn under the key"
    y, runs = underline[-1]
    assert len(runs) >= 4, f"row {y}: one line, not dashes: {runs}"
    assert max(runs) < text_width / 4, f"row {y}: {runs}"
