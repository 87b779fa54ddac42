"""Above the article: its title, where it stands, and the label legend with
each label's key.

Under the title, one line says where the document stands (its status, its
place in the list, its length, its gold and pending counts, its id) and the
label chips sit at its end. Where the line is too short for both (a laptop's
1024 or 1366 pixels, Chinese or English), the chips go to a line of their
own below, and each part wraps to the next line as a whole: no count and no
chip is ever cut, and only the id, the last, is shortened when a line
cannot hold even it alone."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.itemmodels.documents import STATUS_COLOURS, status_text
from models.domain import Label
from models.errors import cell_text

translate = QCoreApplication.translate

SUGGESTION_KEY_COLOUR = "#6b7280"
PART_GAP = 22  # between two parts of where the document stands: room for a "·"
CHIP_GAP = 6  # between two label chips
LINE_GAP = 3  # between two lines
TITLE_LINES = 2  # a longer title ends in "…", whole in its tooltip


class _Line(QLayout):
    """The parts (left) and the chips (right) under the title: on one line
    when both fit; else the parts on as many lines as they need, and the
    chips at the end of the parts' last line where they fit there, on lines
    of their own below where not. A part or a chip that does not fit beside
    the ones before it starts the next line.
    ``gaps()`` are the points between two parts of one line, where the
    header draws its separator."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._parts: list[QLayoutItem] = []
        self._chips: list[QLayoutItem] = []
        self._adding_chip = False
        self._gaps: list[tuple[QWidget, QPoint]] = []
        self._last_line: tuple[int, int] | None = None  # of the last _flow: top, height

    def add_part(self, widget: QWidget) -> None:
        self.addWidget(widget)

    def add_chip(self, widget: QWidget) -> None:
        self._adding_chip = True
        try:
            self.addWidget(widget)
        finally:
            self._adding_chip = False

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        (self._chips if self._adding_chip else self._parts).append(item)

    def _items(self) -> list[QLayoutItem]:
        return self._parts + self._chips

    def count(self) -> int:
        return len(self._parts) + len(self._chips)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        items = self._items()
        if not 0 <= index < len(items):
            return None
        item = items[index]
        (self._parts if index < len(self._parts) else self._chips).remove(item)
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        m = self.contentsMargins()
        shown = [i for i in self._items() if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown) + PART_GAP * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest part or chip: each has a line of its own then."""
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._items() if not i.isEmpty()), default=0)
        return QSize(width + m.left() + m.right(), self.heightForWidth(width) if width else 0)

    def gaps(self) -> list[QPoint]:
        """Where a separator goes: after the text of a part that is followed
        by another on its line (a count's room for more digits is after it)."""
        out = []
        for part, point in self._gaps:
            text = part.natural_width() if isinstance(part, _Counts) else part.width()
            out.append(QPoint(min(point.x(), part.x() + text + PART_GAP // 2), point.y()))
        return out

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())

        def sized(items: list[QLayoutItem]) -> list[tuple[QLayoutItem, QSize]]:
            out = []
            for item in items:
                if item.isEmpty():
                    continue
                size = item.sizeHint()
                if size.width() > width:  # wider than a whole line: as wide as one
                    height = (
                        item.heightForWidth(width) if item.hasHeightForWidth() else size.height()
                    )
                    size = QSize(width, max(height, size.height()))
                out.append((item, size))
            return out

        def across(items: list[tuple[QLayoutItem, QSize]], gap: int) -> int:
            return sum(s.width() for _, s in items) + gap * max(0, len(items) - 1)

        parts, chips = sized(self._parts), sized(self._chips)
        gaps: list[tuple[QWidget, QPoint]] = []
        y = area.top()
        if (
            parts
            and chips
            and across(parts, PART_GAP) + PART_GAP + across(chips, CHIP_GAP) <= width
        ):
            height = max(s.height() for _, s in parts + chips)
            if place:
                self._place_line(parts, area.left(), y, height, PART_GAP, gaps)
                start = area.right() + 1 - across(chips, CHIP_GAP)
                self._place_line(chips, start, y, height, CHIP_GAP, None)
            y += height
        else:
            y, room = self._flow(parts, area, y, PART_GAP, place, gaps)
            last = self._last_line
            if last and chips and across(chips, CHIP_GAP) + PART_GAP <= room:
                # the chips fit at the end of the parts' last line: they go there
                top, height = last
                if place:
                    start = area.right() + 1 - across(chips, CHIP_GAP)
                    self._place_line(chips, start, top, height, CHIP_GAP, None)
                grown = max(height, max(s.height() for _, s in chips))
                y += grown - height
            else:
                if parts and chips:
                    y += LINE_GAP
                y, _room = self._flow(chips, area, y, CHIP_GAP, place, None)
        if place:
            self._gaps = gaps
        return y - rect.top() + m.bottom()

    def _flow(
        self,
        items: list[tuple[QLayoutItem, QSize]],
        area: QRect,
        y: int,
        gap: int,
        place: bool,
        gaps: list[tuple[QWidget, QPoint]] | None,
    ) -> tuple[int, int]:
        """Lay ``items`` out from ``y`` in as many lines as they need: the y
        below them and the room left at the end of their last line (whose
        top and height are kept in ``_last_line``)."""
        line: list[tuple[QLayoutItem, QSize]] = []
        x = area.left()
        self._last_line = None
        for item, size in items:
            if line and x + size.width() > area.right() + 1:
                height = max(s.height() for _, s in line)
                if place:
                    self._place_line(line, area.left(), y, height, gap, gaps)
                y += height + LINE_GAP
                line, x = [], area.left()
            line.append((item, size))
            x += size.width() + gap
        if not line:
            return y, 0
        height = max(s.height() for _, s in line)
        if place:
            self._place_line(line, area.left(), y, height, gap, gaps)
        self._last_line = (y, height)
        return y + height, area.right() + 1 - (x - gap)

    @staticmethod
    def _place_line(
        line: list[tuple[QLayoutItem, QSize]],
        x: int,
        y: int,
        height: int,
        gap: int,
        gaps: list[tuple[QWidget, QPoint]] | None,
    ) -> None:
        for n, (item, size) in enumerate(line):
            if n and gaps is not None:
                gaps.append((line[n - 1][0].widget(), QPoint(x - gap // 2, y + height // 2)))
            item.setGeometry(
                QRect(x, y + (height - size.height()) // 2, size.width(), size.height())
            )
            x += size.width() + gap


class _Sentence(QLabel):
    """A sentence on one line where the line holds it, wrapped where not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        extra = 2 * self.margin() + margins.left() + margins.right()
        advance = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(advance + extra + 1, self.fontMetrics().height() + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(80, self.fontMetrics().height())


class _Counts(QLabel):
    """The gold and pending counts, with room for the digits the gold count
    reaches when every pending suggestion is accepted: going from 9 to 10
    gold does not widen them, so the line does not wrap anew and the article
    below does not move while the curator works. ``reserve`` is the text of
    that width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reserve = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        own = super().sizeHint()
        room = (
            self.fontMetrics().horizontalAdvance(self.reserve)
            + own.width()
            - (self.fontMetrics().horizontalAdvance(self.text()))
        )
        return QSize(max(own.width(), room), own.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def natural_width(self) -> int:
        """The width of the text shown, without the room kept for more digits."""
        return super().sizeHint().width()


class _Elided(QLabel):
    """The document's id: whole where it fits, shortened in the middle where
    a line cannot hold it (its tooltip has it whole)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(60, self.sizeHint().width()), self.sizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802
        text = self.text()
        room = self.contentsRect().width()
        if self.fontMetrics().horizontalAdvance(text) <= room:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()


class _Title(QLabel):
    """The article's title on at most TITLE_LINES lines: a long one (a
    report's full name and number) ends in "…" and its tooltip holds it
    whole, so the article keeps the height it is read in."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""

    def set_title(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_title(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet's title font
            self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        text = self._full
        if width > 0 and not self._fits(text, width):
            low, high = 0, len(text)  # the longest start that fits with its "…"
            while low < high:
                middle = (low + high + 1) // 2
                if self._fits(text[:middle].rstrip() + "…", width):
                    low = middle
                else:
                    high = middle - 1
            text = text[:low].rstrip() + "…"
        self.setToolTip(self._full if text != self._full else "")
        if self.text() != text:
            self.setText(text)

    def _fits(self, text: str, width: int) -> bool:
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height()
        # a wrapped block's height is its lines' spacing give or take the
        # font's leading: counted in half-lines, not compared to the pixel
        return height < (TITLE_LINES + 0.5) * metrics.lineSpacing()


class _SuggestionKey(QLabel):
    """The legend's key for pending suggestions, underlined with dashes as
    the article underlines them: Qt's rich text has no dashed underline
    (``text-decoration: underline dashed`` drew a solid line)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint() + QSize(0, 4)  # room for the line under the word

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        metrics = self.fontMetrics()
        room = self.contentsRect()
        left = room.left() + self.margin() + self.indent() + 3  # the style sheet's padding
        top = room.top() + (room.height() - metrics.height()) // 2
        y = top + metrics.height() + 0.5  # under the descenders, as in the article
        pen = QPen(QColor(SUGGESTION_KEY_COLOUR), 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter = QPainter(self)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(left, y), QPointF(left + metrics.horizontalAdvance(self.text()), y)
        )
        painter.end()


class DocumentHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentHeader")
        self.title = _Title(self)
        self.title.setObjectName("docTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title is data, never markup
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setMinimumWidth(120)
        # where the document stands, each part a label of its own so that a
        # short line wraps between them, never inside one
        self.status = QLabel(self)
        self.status.setObjectName("docStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.position = self._part("docPosition")
        self.chars = self._part("docChars")
        self.counts = _Counts(self)
        self.counts.setObjectName("docCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.doc_id = _Elided(self)
        self.doc_id.setObjectName("docId")
        self.hint = _Sentence(self)  # what to do without a document
        self.hint.setObjectName("docHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.chips: list[QLabel] = []
        self.line = _Line()
        for part in (self.hint, self.status, self.position, self.chars, self.counts, self.doc_id):
            self.line.add_part(part)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 20, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.line)
        self._state: tuple = ("", "", "todo", 0, 0, 0, 0)
        self._labels: list[Label] = []
        # says "No document" until one opens: a project without documents
        # never loads one, and the header was left blank
        self._render()

    def _part(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_labels(self, labels: list[Label]) -> None:
        self._labels = list(labels)
        for chip in self.chips:
            self.line.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for lab in labels:
            colour = QColor(lab.colour)
            key = f"<b>{html.escape(lab.hotkey)}</b>&nbsp;" if lab.hotkey else ""
            chip = self._chip(f"{key}{html.escape(lab.name)}")
            chip.setStyleSheet(
                f"QLabel {{ background: {colour.name()}; color: #1d2127;"
                f" border: 1px solid {colour.darker(150).name()}; padding: 0px 3px; }}"
            )
            self.chips.append(chip)
        key = _SuggestionKey(translate("DocumentHeader", "suggestion"), self)
        key.setObjectName("labelChip")
        key.setStyleSheet(f"QLabel {{ color: {SUGGESTION_KEY_COLOUR}; padding: 0px 3px; }}")
        self.chips.append(key)
        for chip in self.chips:
            self.line.add_chip(chip)
        self._render()

    def _chip(self, rich: str) -> QLabel:
        chip = QLabel(self)
        chip.setObjectName("labelChip")
        chip.setTextFormat(Qt.TextFormat.RichText)
        chip.setText(rich)
        return chip

    def set_document(
        self,
        title: str,
        doc_id: str,
        status: str,
        chars: int,
        gold: int,
        pending: int,
        position: tuple[int, int] = (0, 0),
    ) -> None:
        self._state = (title, doc_id, status, chars, gold, pending, position)
        self._render()

    def _render(self) -> None:
        title, doc_id, status, chars, gold, pending, position = self._state
        has_doc = bool(doc_id)
        # without a document the hint stands alone and is read whole
        self.hint.setVisible(not has_doc)
        for part in (self.status, self.chars, self.counts, self.doc_id, *self.chips):
            part.setVisible(has_doc)
        self.position.setVisible(has_doc and bool(position and position[1]))
        if not has_doc:
            self.title.set_title(translate("DocumentHeader", "No document"))
            self.hint.setText(
                translate(
                    "DocumentHeader", "Import files with Ctrl+I, or open a project with Ctrl+O."
                )
            )
            self.update()
            return
        shown = cell_text(title or doc_id)  # a bidi control would reorder the heading
        if self.title.full_title() != shown:
            self.title.set_title(shown)
        colour = STATUS_COLOURS.get(status, "#666")
        self._set(
            self.status,
            f"<span style='color:{colour}; font-weight:600;'>● {html.escape(status_text(status))}</span>",
        )
        if position and position[1]:
            self._set(
                self.position,
                translate("DocumentHeader", "document %1 of %2")
                .replace("%1", str(position[0]))
                .replace("%2", str(position[1])),
            )
        self._set(
            self.chars, translate("DocumentHeader", "%1 characters").replace("%1", str(chars))
        )
        counts = translate("DocumentHeader", "%1 gold · %2 pending")
        most = "0" * len(str(gold + pending))  # the gold count once all are accepted
        self.counts.reserve = counts.replace("%1", most).replace("%2", str(pending))
        self._set(self.counts, counts.replace("%1", str(gold)).replace("%2", str(pending)))
        self._set(self.doc_id, doc_id)
        self.doc_id.setToolTip(doc_id)
        self.update()  # the separators between the parts

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:  # an unchanged text asks for no new layout
            label.setText(text)
            label.updateGeometry()

    def paintEvent(self, event) -> None:  # noqa: N802
        # the style sheet's background, then a "·" between two parts of a line
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        if self.status.isVisible():
            painter.setPen(QColor("#9aa3ad"))
            metrics = self.fontMetrics()
            half = metrics.horizontalAdvance("·") // 2
            for point in self.line.gaps():
                baseline = point.y() + (metrics.ascent() - metrics.descent()) // 2
                painter.drawText(point.x() - half, baseline, "·")
        painter.end()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.set_labels(self._labels)  # renders too
        super().changeEvent(event)
