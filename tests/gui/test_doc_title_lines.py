"""A long title above the article (a report's full name and number, some
110 characters) took five or six lines of the header at a laptop's 1024
pixels, a third of the height the article is read in. It now takes at most
two lines, ends in "…", and its tooltip holds it whole; a title that fits
is shown as it is, with no tooltip."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

LONG = (
    "关于进一步优化营商环境、加快推进江西省制造业高质量发展和数字经济做优做强“一号发展工程”"
    "的若干政策措施及其实施细则的通知（赣府发〔2023〕12号）解读：全省工业增加值增长8.3%"
)
LONG_EN = (
    "Notice on further optimising the business environment and speeding up the high-quality"
    " development of the province's manufacturing industry and its digital economy, with the"
    " detailed rules for carrying out the measures of the first development project"
)


def header_at(qtbot, width: int):
    from desktop.gui.widgets.doc_header import DocumentHeader

    header = DocumentHeader()
    qtbot.addWidget(header)
    header.resize(width, 300)
    header.show()
    qtbot.waitExposed(header)
    return header


@pytest.mark.parametrize("title", [LONG, LONG_EN])
def test_a_long_title_takes_two_lines_and_its_tooltip_holds_it_whole(qtbot, title):
    header = header_at(qtbot, 380)
    header.set_document(title, "doc-1", "todo", 951, 0, 82, (1, 5))
    qtbot.wait(50)
    shown = header.title.text()
    assert shown.endswith("…") and title.startswith(shown[:-1].rstrip())
    assert header.title.toolTip() == title
    label = header.title
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines < 2.9
    header.resize(3000, 300)  # wide enough: the title whole again
    qtbot.wait(50)
    assert header.title.text() == title and header.title.toolTip() == ""


def test_a_title_that_fits_is_shown_as_it_is(qtbot):
    header = header_at(qtbot, 600)
    header.set_document("抚州高新区：打造核心增长极", "doc-2", "todo", 300, 0, 3, (1, 5))
    qtbot.wait(50)
    assert header.title.text() == "抚州高新区：打造核心增长极"
    assert header.title.toolTip() == ""
