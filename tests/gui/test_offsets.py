"""desktop/gui/offsets.py: code points <-> UTF-16, the one conversion."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from desktop.gui.offsets import OffsetMap, display_text  # noqa: E402

TEXT = "甲𠮷乙😀丙"


def test_identity_without_astral_characters():
    m = OffsetMap("抚州高新区932.4亿元")
    assert m.identity
    assert [m.to_qt(i) for i in range(5)] == list(range(5))
    assert m.to_py(3) == 3


def test_positions_after_an_astral_character_shift_by_one_per_character():
    m = OffsetMap(TEXT)
    assert m.qt_length == len(TEXT.encode("utf-16-le")) // 2 == 7
    assert [m.to_qt(i) for i in range(len(TEXT) + 1)] == [0, 1, 3, 4, 6, 7]
    for i in range(len(TEXT) + 1):
        assert m.to_py(m.to_qt(i)) == i


def test_a_position_inside_a_surrogate_pair_rounds_to_the_character():
    m = OffsetMap(TEXT)
    assert m.to_py(2) == 1  # between the halves of 𠮷
    assert m.span_to_py(1, 2) == (1, 2)  # a selection ending inside keeps it whole
    assert m.span_to_py(4, 6) == (3, 4)


def test_qt_document_agrees(qapp):
    from PySide6.QtGui import QTextCursor, QTextDocument

    doc = QTextDocument()
    doc.setPlainText(TEXT)
    m = OffsetMap(TEXT)
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_qt(4))
    cursor.setPosition(m.to_qt(5), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == TEXT[4:5] == "丙"


def test_carriage_returns_keep_their_length_in_the_view(qapp):
    from PySide6.QtGui import QTextDocument

    text = "第一行\r\n第二行\r第三行"
    shown = display_text(text)
    assert len(shown) == len(text)
    doc = QTextDocument()
    doc.setPlainText(shown)
    assert doc.characterCount() - 1 == len(text)


def test_a_bidi_control_in_the_text_is_shown_in_place_and_reorders_nothing():
    """An article pasted with a right-to-left override (U+202E) showed 比亚迪
    as 迪亚比 and every later character in reverse, so a curator selecting
    what they saw selected other offsets; the view shows a visible mark in
    its place, one for one, and the text around it in reading order."""
    from PySide6.QtGui import QTextDocument

    text = "\u202e比亚迪发布年报\u202c，营收6023亿元\u2067"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert not any(c in shown for c in "\u202e\u202c\u2067")
    assert shown[1:7] == "比亚迪发布年报"[:6]
    doc = QTextDocument()
    doc.setPlainText(shown)
    assert doc.characterCount() - 1 == len(text)
