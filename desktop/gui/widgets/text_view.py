"""The article, read-only, with spans drawn as ExtraSelection layers.

Layers (Frescobaldi's ArbitraryHighlighter idea): ``gold`` spans as solid
backgrounds in their label colour, ``pending`` suggestions as dashed
underlines, ``focus`` for the focused span (plus an outline painted over
it). The view knows UTF-16 positions only through ``OffsetMap``."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip

from desktop.gui.offsets import OffsetMap, display_text
from desktop.gui.spans import SpanItem

translate = QCoreApplication.translate

LAYER_ORDER = ("pending", "gold", "focus")


def tinted(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class SpanLayers:
    """Named layers of ExtraSelections, merged in priority order."""

    def __init__(self, view: QTextEdit):
        self.view = view
        self.layers: dict[str, list[QTextEdit.ExtraSelection]] = {}

    def set(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self.layers[name] = selections

    def clear(self) -> None:
        self.layers.clear()
        self.view.setExtraSelections([])

    def update(self) -> None:
        merged: list[QTextEdit.ExtraSelection] = []
        for name in LAYER_ORDER:
            merged.extend(self.layers.get(name, []))
        self.view.setExtraSelections(merged)


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
        self.document().setDocumentMargin(28)
        self._block_format = QTextBlockFormat()
        self._block_format.setLineHeight(
            165, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        self._block_format.setBottomMargin(2)
        self.layers = SpanLayers(self)
        self.omap = OffsetMap("")
        self.text = ""
        self.items: list[SpanItem] = []
        self.colours: dict[str, str] = {}
        self.focused: SpanItem | None = None
        self._programmatic = False
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.set_font_size(14)

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
        self._programmatic = True
        try:
            self.text = text
            self.omap = omap
            self.focused = None
            self.items = []
            self.layers.clear()
            doc = self.document()
            doc.clear()
            cursor = QTextCursor(doc)
            cursor.setBlockFormat(self._block_format)  # inherited by every new block
            cursor.insertText(display_text(text))
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._programmatic = False

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = dict(colours)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        qs, qe = self.omap.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def set_items(self, items: list[SpanItem]) -> None:
        self.items = list(items)
        gold, pending = [], []
        for item in self.items:
            colour = self.colours.get(item.label, "#cccccc")
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(item.start, item.end)
            fmt = QTextCharFormat()
            if item.is_gold:
                fmt.setBackground(tinted(colour, 150))
                gold.append(sel)
            elif item.is_pending:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(QColor(colour).darker(135))
                fmt.setBackground(tinted(colour, 28))
                pending.append(sel)
            else:
                continue
            sel.format = fmt
        self.layers.set("gold", gold)
        self.layers.set("pending", pending)
        self._set_focus_layer()
        self.layers.update()

    def set_focused(self, item: SpanItem | None, scroll: bool = True) -> None:
        self.focused = item
        self._set_focus_layer()
        self.layers.update()
        if item is not None and scroll:
            self._programmatic = True
            try:
                cursor = self.textCursor()
                cursor.setPosition(self.omap.to_qt(item.start))
                self.setTextCursor(cursor)
            finally:
                self._programmatic = False
            self._scroll_into_view(item)
        self.viewport().update()

    def _set_focus_layer(self) -> None:
        item = self.focused
        if item is None:
            self.layers.set("focus", [])
            return
        colour = self.colours.get(item.label, "#cccccc")
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(item.start, item.end)
        fmt = QTextCharFormat()
        fmt.setBackground(tinted(colour, 255 if item.is_gold else 110))
        if item.is_pending:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(colour).darker(160))
        sel.format = fmt
        self.layers.set("focus", [sel])

    def _scroll_into_view(self, item: SpanItem) -> None:
        rect = self.cursorRect(self._cursor(item.start, item.start))
        height = self.viewport().height()
        if rect.top() < height * 0.15 or rect.bottom() > height * 0.8:
            bar = self.verticalScrollBar()
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

    def tooltip_for(self, pos: int) -> str:
        parts = []
        for item in self.items:
            if not item.covers(pos) or item.status == "rejected":
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
            lines.append(
                translate("TextView", "source: %1").replace("%1", html.escape(item.source))
            )
            if item.score is not None:
                lines.append(translate("TextView", "score: %1").replace("%1", f"{item.score:.2f}"))
            for key, value in item.attrs.items():
                if value not in ("", None):
                    lines.append(f"{html.escape(str(key))}: {html.escape(str(value))}")
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

    # -- painting the focus outline ------------------------------------------------
    def span_rects(self, start: int, end: int) -> list[QRectF]:
        qs, qe = self.omap.span_to_qt(start, end)
        doc = self.document()
        rects: list[QRectF] = []
        block = doc.findBlock(qs)
        while block.isValid() and block.position() < qe:
            layout = block.layout()
            bpos = block.position()
            origin = layout.position()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
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

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        item = self.focused
        if item is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.colours.get(item.label, "#888888")).darker(170)
        pen = QPen(colour, 1.6)
        if not item.is_gold:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        shift = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        for rect in self.span_rects(item.start, item.end):
            painter.drawRoundedRect(rect.translated(shift).adjusted(-2, -1, 2, 1), 3, 3)
        painter.end()


def _x(value) -> float:
    return float(value[0] if isinstance(value, tuple) else value)


__all__ = ["AnnotatedTextView", "SpanLayers", "QTextFormat"]
