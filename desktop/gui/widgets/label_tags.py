"""Label names on the spans (View → Show label names): a small tag in the
label's colour above the start of each span, so a label is read, not only
told by its colour.

The tags are drawn by a transparent layer over the article's viewport; the
article view itself is not changed. The layer reads what the view shows
(its span items, colours and the rectangles of a span's characters) and
repaints whenever the viewport does, so it follows scrolling, edits and
focus. Only the spans in sight are drawn: a long article stays fast."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

TAG_POINT_SIZE_RATIO = 0.55  # of the article's font
TAG_GAP = 1  # pixels between a tag and the characters under it


class LabelTags(QWidget):
    """The tag layer over an ``AnnotatedTextView``'s viewport."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("labelTags")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._drawn: list[tuple[str, QRect, bool]] = []
        view.viewport().installEventFilter(self)
        self.hide()

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self._follow_viewport()
            self.raise_()
            self.update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.isVisible():
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
                self._follow_viewport()
            elif kind == QEvent.Type.Paint and self.tags() != self._drawn:
                # the spans or the scroll moved: redraw. Comparing first keeps
                # the layer's own repaint (which repaints the view beneath it)
                # from asking for another one.
                self.update()
        return False

    def _follow_viewport(self) -> None:
        self.setGeometry(self.view.viewport().geometry())

    def tag_font(self) -> QFont:
        font = QFont(self.view.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * TAG_POINT_SIZE_RATIO))
        font.setBold(True)
        return font

    def tags(self) -> list[tuple[str, QRect, bool]]:
        """(label, where its tag goes in viewport pixels, gold?) for the spans
        in sight, left to right and top to bottom, without overlapping."""
        view = self.view
        items = [i for i in view.items if i.is_gold or i.is_pending]
        if not items:
            return []
        first, last = self._visible_range()
        metrics = QFontMetrics(self.tag_font())
        height = metrics.height()
        shift = QPoint(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
        out: list[tuple[str, QRect, bool]] = []
        right_edge: dict[int, int] = {}  # per line top: where the last tag ended
        for item in items:
            if item.end < first or item.start > last:
                continue
            rects = view.span_rects(item.start, item.end)
            if not rects:
                continue
            anchor = rects[0].toRect().translated(shift)
            width = metrics.horizontalAdvance(item.label) + 6
            left = max(anchor.left(), right_edge.get(anchor.top(), -(10**9)) + 2)
            rect = QRect(left, anchor.top() - height - TAG_GAP, width, height)
            right_edge[anchor.top()] = rect.right()
            out.append((item.label, rect, item.is_gold))
        return out

    def _visible_range(self) -> tuple[int, int]:
        """The code points at the viewport's top-left and bottom-right corners."""
        view = self.view
        viewport = view.viewport().rect()
        top = view.cursorForPosition(viewport.topLeft()).position()
        bottom = view.cursorForPosition(viewport.bottomRight()).position()
        return view.omap.to_py(top), view.omap.to_py(bottom) + 1

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.tag_font())
        self._drawn = self.tags()
        for label, rect, gold in self._drawn:
            colour = QColor(self.view.colours.get(label, "#cccccc"))
            fill = QColor(colour)
            fill.setAlpha(235 if gold else 120)
            border = QPen(colour.darker(150), 1)
            if not gold:
                border.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setPen(QColor("#1d2127"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
