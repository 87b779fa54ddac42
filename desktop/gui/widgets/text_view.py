"""The article, read-only, with its spans painted under the text.

Spans are painted, not set as ExtraSelections: only the spans in view are
drawn, from the document's line layout, so a key on a 150,000-character
article with 3,000 suggestions repaints a screenful, not 3,000 selections.
``gold`` spans get a solid background in their label colour, ``pending``
suggestions a light one with a dashed underline, the focused span a
stronger one and an outline, search hits a yellow band. The document is
built off-screen and then set, so the layout of a long article is made in
the background in steps rather than in one block. The view knows UTF-16
positions only through ``OffsetMap``."""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip

from desktop.gui.describe import detail_lines
from desktop.gui.offsets import OffsetMap, display_text
from desktop.gui.spans import SpanItem

translate = QCoreApplication.translate

HIT_COLOUR = QColor(255, 214, 0, 110)
CURRENT_HIT_COLOUR = QColor(255, 150, 0, 150)
MARGIN = 28


def tinted(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class AnnotatedTextView(QTextEdit):
    """Emits ``cursorMoved(py_pos)`` when the curator moves the caret."""

    cursorMoved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMouseTracking(True)
        self.setCursorWidth(2)
        self._block_format = QTextBlockFormat()
        self._block_format.setLineHeight(
            165, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        self._block_format.setBottomMargin(2)
        self.omap = OffsetMap("")
        self.text = ""
        self.items: list[SpanItem] = []
        self._between = None
        self._starts: list[int] | None = []
        self._longest = 0
        self._visible: tuple | None = None  # (where the view stood, the range it showed)
        self.colours: dict[str, str] = {}
        self.focused: SpanItem | None = None
        self.hits: list[tuple[int, int]] = []
        self.current_hit = -1
        self._programmatic = False
        self._shown_doc: QTextDocument | None = None  # the document of ours on show
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.set_font_size(14)
        self.set_document("", OffsetMap(""))

    def set_font_size(self, points: int) -> None:
        font = QFont()
        font.setFamilies(
            [
                "WenQuanYi Micro Hei",
                "Noto Sans CJK SC",
                "Microsoft YaHei",
                "PingFang SC",
                "Source Han Sans SC",
                "sans-serif",
            ]
        )
        font.setPointSize(points)
        self.setFont(font)
        self.document().setDefaultFont(font)

    # -- content --------------------------------------------------------------------
    def set_document(self, text: str, omap: OffsetMap) -> None:
        """Show ``text``. The QTextDocument is filled before the view has it:
        inserted into the view's own document, each block would be laid out
        as it arrives (a quarter second for 150,000 characters)."""
        self._programmatic = True
        try:
            self.text = text
            self.omap = omap
            self.focused = None
            self.items, self._starts, self._longest, self._between = [], [], 0, None
            self.hits, self.current_hit = [], -1
            doc = QTextDocument(self)
            doc.setDefaultFont(self.font())
            doc.setDocumentMargin(MARGIN)
            doc.setUndoRedoEnabled(False)
            cursor = QTextCursor(doc)
            cursor.setBlockFormat(self._block_format)  # inherited by every new block
            cursor.insertText(display_text(text))
            old, self._shown_doc = self._shown_doc, doc
            self.setDocument(doc)
            if old is not None:
                old.deleteLater()
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._programmatic = False

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)
        self.viewport().update()

    def set_items(self, items: list[SpanItem], between=None) -> None:
        """The spans to paint, in text order (the state's list: not copied).
        ``between(start, end)``, if given, finds the items of a stretch (the
        state keeps its own index); else the view indexes them itself."""
        self.items = items
        self._between = between
        self._starts = None
        self.viewport().update()

    def _index(self) -> None:
        if self._starts is None:
            self._starts = [i.start for i in self.items]
            self._longest = max((i.end - i.start for i in self.items), default=0)

    def set_focused(self, item: SpanItem | None, scroll: bool = True) -> None:
        self.focused = item
        if item is not None and scroll:
            self._place_caret(item.start)
            self._scroll_into_view(item.start)
        self.viewport().update()

    def set_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        """Search hits to mark (code points), the current one stronger."""
        self.hits, self.current_hit = hits, current
        self.viewport().update()

    def _place_caret(self, pos: int) -> None:
        self._programmatic = True
        try:
            cursor = self.textCursor()
            cursor.setPosition(self.omap.to_qt(pos))
            self.setTextCursor(cursor)
        finally:
            self._programmatic = False

    def _cursor(self, start: int, end: int) -> QTextCursor:
        qs, qe = self.omap.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def resizeEvent(self, event) -> None:  # noqa: N802
        """A focused span in view stays where the keys keep spans: the window
        manager maximises the window after it is shown, and the article,
        scrolled for the first smaller size, showed the span in its top
        tenth with the title and byline scrolled away."""
        focused, old = self.focused, event.oldSize().height()
        in_view = False
        if focused is not None and old > 0:
            rect = self.cursorRect(self._cursor(focused.start, focused.start))
            in_view = rect.top() >= 0 and rect.bottom() <= old
        super().resizeEvent(event)
        if in_view and event.size() != event.oldSize():
            self._scroll_into_view(focused.start)

    def _scroll_into_view(self, pos: int) -> None:
        rect = self.cursorRect(self._cursor(pos, pos))
        height = self.viewport().height()
        if rect.top() < height * 0.15 or rect.bottom() > height * 0.8:
            bar = self.verticalScrollBar()
            if bar.value() + rect.bottom() <= height * 0.8:
                # the article from its start shows the span where the keys
                # keep spans: the title and the lead stay in view above it
                bar.setValue(0)
            else:
                bar.setValue(bar.value() + rect.top() - int(height * 0.33))

    # -- selection and caret -------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        """The selected stretch in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.omap.span_to_py(cursor.selectionStart(), cursor.selectionEnd())

    def clear_selection(self) -> None:
        self._programmatic = True
        try:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        finally:
            self._programmatic = False

    def select_range(self, start: int, end: int) -> None:
        """Select a stretch given in code points (tests, search hits)."""
        self.setTextCursor(self._cursor(start, end))

    def show_range(self, start: int, end: int) -> None:
        """Select a stretch and bring it into view (a search hit)."""
        self._programmatic = True
        try:
            self.setTextCursor(self._cursor(start, end))
        finally:
            self._programmatic = False
        self._scroll_into_view(start)

    def caret(self) -> int:
        return self.omap.to_py(self.textCursor().position())

    def _cursor_moved(self) -> None:
        if self._programmatic or self.textCursor().hasSelection():
            return
        self.cursorMoved.emit(self.caret())

    # -- hover ---------------------------------------------------------------------
    def char_at(self, point) -> int | None:
        cursor = self.cursorForPosition(point)
        qpos = cursor.position()
        rect = self.cursorRect(cursor)
        if point.x() < rect.x() and qpos > 0:
            qpos -= 1
        if abs(point.y() - rect.center().y()) > rect.height():
            return None
        pos = self.omap.to_py(qpos)
        return pos if 0 <= pos < len(self.text) else None

    def items_at(self, pos: int) -> list[SpanItem]:
        return [i for i in self._items_between(pos, pos) if i.covers(pos)]

    def _items_between(self, start: int, end: int) -> list[SpanItem]:
        if self._between is not None:
            return self._between(start, end)
        self._index()
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_right(self._starts, end)
        return [i for i in self.items[lo:hi] if i.end > start]

    def tooltip_for(self, pos: int) -> str:
        parts = []
        for item in self.items_at(pos):
            if item.status == "rejected":
                continue
            kind = (
                translate("TextView", "gold")
                if item.is_gold
                else translate("TextView", "suggestion")
            )
            lines = [
                f"<b style='color:{QColor(self.colours.get(item.label, '#888')).darker(150).name()}'>"
                f"{html.escape(item.label)}</b> · {html.escape(item.text)} <i>({kind})</i>"
            ]
            lines += [html.escape(line) for line in detail_lines(item)]
            parts.append("<br>".join(lines))
        return "<hr>".join(parts)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            pos = self.char_at(event.pos())
            tip = self.tooltip_for(pos) if pos is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- painting --------------------------------------------------------------------
    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """The rectangles (document coordinates) of a stretch, one per line."""
        qs, qe = self.omap.span_to_qt(start, end)
        doc = self.document()
        rects: list[QRectF] = []
        block = doc.findBlock(qs)
        while block.isValid() and block.position() < qe:
            layout = block.layout()
            bpos = block.position()
            origin = layout.position()
            first = layout.lineForTextPosition(max(0, qs - bpos)) if bpos <= qs else None
            begin = first.lineNumber() if first is not None and first.isValid() else 0
            for n in range(begin, layout.lineCount()):
                line = layout.lineAt(n)
                if bpos + line.textStart() >= qe:
                    break
                ls = bpos + line.textStart()
                le = ls + line.textLength()
                a, b = max(qs, ls), min(qe, le)
                if a >= b:
                    continue
                x1 = _x(line.cursorToX(a - bpos))
                x2 = _x(line.cursorToX(b - bpos))
                rects.append(
                    QRectF(
                        origin.x() + x1,
                        origin.y() + line.y(),
                        x2 - x1,
                        line.ascent() + line.descent(),
                    )
                )
            block = block.next()
        return rects

    def visible_range(self) -> tuple[int, int]:
        """The code point range the viewport shows (a line more on each side).
        A hit test on a long document costs milliseconds, so the answer is
        kept until the view scrolls, resizes or shows another text."""
        viewport = self.viewport().rect()
        where = (
            self.verticalScrollBar().value(),
            self.horizontalScrollBar().value(),
            viewport.width(),
            viewport.height(),
            id(self.document()),
            self.document().revision(),
        )
        if self._visible is None or self._visible[0] != where:
            first = self._first_visible(self.verticalScrollBar().value())
            # no screen holds more characters than this (a hit test for the
            # last one would cost as much as the one for the first)
            metrics = self.fontMetrics()
            lines = viewport.height() // max(1, metrics.lineSpacing()) + 2
            per_line = viewport.width() // max(1, metrics.averageCharWidth() // 2) + 2
            last = first + lines * per_line
            span = (self.omap.to_py(max(0, first - 200)), self.omap.to_py(last + 200))
            self._visible = (where, span)
        return self._visible[1]

    def _first_visible(self, top: int) -> int:
        """The UTF-16 position at the top of the view (a hit test, made once
        per scroll position: none for a document just opened)."""
        if top <= 0:
            return 0
        return self.cursorForPosition(QPoint(0, 0)).position()

    def visible_items(self) -> list[SpanItem]:
        return self._items_between(*self.visible_range())

    def paintEvent(self, event) -> None:  # noqa: N802
        shift = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        shown = self.visible_items() if self.items or self.hits else []
        painter = QPainter(self.viewport())
        self._paint_backgrounds(painter, shown, shift)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_marks(painter, shown, shift)
        painter.end()

    def _paint_backgrounds(self, painter: QPainter, shown: list[SpanItem], shift) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for item in shown:
            if item.is_gold:
                alpha = 150
            elif item.is_pending:
                alpha = 28
            else:
                continue
            if self.focused is not None and item.key == self.focused.key:
                alpha = 255 if item.is_gold else 110
            colour = tinted(self.colours.get(item.label, "#cccccc"), alpha)
            for rect in self.span_rects(item.start, item.end):
                painter.fillRect(rect.translated(shift), colour)
        if self.hits:
            start, end = self.visible_range()
            lo = bisect_left(self.hits, (start - 200, 0))
            for n in range(lo, len(self.hits)):
                a, b = self.hits[n]
                if a > end:
                    break
                colour = CURRENT_HIT_COLOUR if n == self.current_hit else HIT_COLOUR
                for rect in self.span_rects(a, b):
                    painter.fillRect(rect.translated(shift), colour)

    def _paint_marks(self, painter: QPainter, shown: list[SpanItem], shift) -> None:
        """Dashed underlines of pending suggestions, the focused span's outline."""
        for item in shown:
            if not item.is_pending:
                continue
            pen = QPen(QColor(self.colours.get(item.label, "#999999")).darker(135), 1.2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in self.span_rects(item.start, item.end):
                r = rect.translated(shift)
                painter.drawLine(
                    QPointF(r.left(), r.bottom() + 1), QPointF(r.right(), r.bottom() + 1)
                )
        item = self.focused
        if item is None:
            return
        colour = QColor(self.colours.get(item.label, "#888888")).darker(170)
        pen = QPen(colour, 1.6)
        if not item.is_gold:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.span_rects(item.start, item.end):
            painter.drawRoundedRect(rect.translated(shift).adjusted(-2, -1, 2, 1), 3, 3)


def _x(value) -> float:
    return float(value[0] if isinstance(value, tuple) else value)


__all__ = ["AnnotatedTextView"]
