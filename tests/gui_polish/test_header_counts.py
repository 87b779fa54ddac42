"""The article header is read whole at the common screen sizes.

Under the title, the header says where the document stands (its status,
its place in the list, its length, its gold and pending counts, its id)
and shows the label chips. At 1024×768 and 1366×768 the chips sat on the
same line and cut that text, in both languages: "● to do · documen"; the
counts, which a curator watches while working, were not shown at all.
Now every count and every chip is drawn whole at 1024×768, 1366×768 and
1920×1080 in English and in Chinese: the chips move to a line of their own
(and wrap) when the line is too short, the counts never give way."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from models import Project, Suggestion  # noqa: E402
from tests.conftest import shared_path  # noqa: E402
from tests.gui.conftest import close_window, open_window  # noqa: E402

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


@pytest.fixture
def corpus_project(tmp_path):
    """The shared corpus imported as `biaozhu import` does, the first article
    with a suggestion on each of its numbers and of a few common words (over
    a hundred pending: three-digit counts)."""
    from models.io.importers import import_paths

    path = tmp_path / "corpus.biaozhu"
    with Project.create(path, annotator="tester") as project:
        import_paths(project, [shared_path("corpus")])
        first = project.document_ids()[0]
        text = project.document(first).text
        found = list(re.finditer(r"\d+(?:\.\d+)?|发展|产业|企业|创新", text))
        project.store_suggestions(
            first,
            [
                Suggestion(m.start(), m.end(), "METRIC", m.group(), 0.9, "test.rules", "1", {})
                for m in found
            ],
        )
        assert len(found) >= 100
    return path


def plain(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def showing(header, words: str) -> QLabel:
    """The header's label that shows ``words``."""
    labels = [w for w in header.findChildren(QLabel) if w.isVisible() and words in plain(w)]
    assert len(labels) == 1, [plain(w) for w in labels]
    return labels[0]


def drawn_whole(label: QLabel) -> bool:
    return label.sizeHint().width() <= label.width()


@pytest.mark.parametrize(
    "size", [*SIZES, "narrowest"], ids=[*(f"{w}x{h}" for w, h in SIZES), "narrowest"]
)
def test_every_count_and_chip_of_the_header_is_read_whole(
    qtbot, tmp_path, corpus_project, language, size
):
    """``narrowest``: at 1024 pixels, the side panels dragged as wide as
    they go (as panels sized on a wide screen come back on a narrow one)."""
    window = open_window(qtbot, corpus_project, tmp_path)
    try:
        width, height = SIZES[0] if size == "narrowest" else size
        window.resize(width, height)
        # the window fits the screen: nothing in it is wider than 1024 allows
        qtbot.waitUntil(lambda: window.width() == width)
        if size == "narrowest":
            window.splitter.setSizes([10_000, 0, 10_000])
            qtbot.waitUntil(lambda: window.header.width() <= 360)  # the article's least
        qtbot.wait(50)
        header = window.header
        c = window.controller
        assert c.state.pending_count >= 100
        pending = "%d pending" if language == "en" else "待定 %d"
        counts = showing(header, pending % c.state.pending_count)
        text = plain(counts)
        assert counts.fontMetrics().horizontalAdvance(text) <= counts.width(), text
        assert drawn_whole(counts), text
        position = "document 1 of 5" if language == "en" else "第 1 / 5 篇"
        characters = str(len(c.text))
        shown = [counts, showing(header, position), showing(header, characters)]
        for name in ("METRIC", "COMPANY", "POLICY", "suggestion" if language == "en" else "建议"):
            shown.append(showing(header, name))
        shown = list({id(label): label for label in shown}.values())  # one label may show two
        area = header.rect()
        rects: list[QRect] = []
        for label in shown:
            assert drawn_whole(label), plain(label)
            rect = QRect(label.mapTo(header, label.rect().topLeft()), label.size())
            assert area.contains(rect), (plain(label), rect, area)
            assert not any(rect.intersects(other) for other in rects), plain(label)
            rects.append(rect)
    finally:
        close_window(window)


def test_the_counts_follow_an_accept_and_stay_whole(qtbot, tmp_path, corpus_project):
    """At the narrowest size the counts change as the curator accepts, and
    the header keeps its height: the article below does not jump."""
    from PySide6.QtCore import Qt

    window = open_window(qtbot, corpus_project, tmp_path)
    try:
        window.resize(1024, 768)
        qtbot.wait(50)
        header = window.header
        before = window.controller.state.pending_count
        counts = showing(header, f"{before} pending")
        height = header.height()
        window.act_focus_text()
        qtbot.keyClick(window.view, Qt.Key.Key_A)  # accept the suggestion in focus
        qtbot.waitUntil(lambda: window.controller.state.pending_count == before - 1)
        qtbot.waitUntil(lambda: f"1 gold · {before - 1} pending" in plain(counts))
        assert drawn_whole(counts)
        assert header.height() == height
    finally:
        close_window(window)
