"""The span panel's table: a document's gold spans and suggestions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.gui.describe import score_text, source_text, span_tooltip
from desktop.gui.spans import SpanItem
from models.errors import cell_text

translate = QCoreApplication.translate
_ROOT = QModelIndex()

KeyRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2


def status_text(item: SpanItem) -> str:
    return {
        "gold": translate("Spans", "gold"),
        "pending": translate("Spans", "pending"),
        "rejected": translate("Spans", "rejected"),
    }.get(item.status, item.status)


def status_words() -> tuple[str, ...]:
    """Every word the status column can show, in the interface language."""
    return (
        translate("Spans", "gold"),
        translate("Spans", "pending"),
        translate("Spans", "rejected"),
    )


class SpanTableModel(QAbstractTableModel):
    LABEL, TEXT, SOURCE, SCORE, INDICATOR, STATUS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[SpanItem] = []
        self._cells: list[tuple[str, ...] | None] = []  # formatted when first shown
        self._row: dict | None = {}
        self._locate = None
        self._colours: dict[str, QColor] = {}
        self._brushes: dict[tuple[str, bool], QBrush] = {}
        self._strike = QFont()
        self._strike.setStrikeOut(True)
        self._grey = QColor("#9a9a9a")
        self._orange = QColor("#b5651d")
        self._green = QColor("#2e7d32")

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = {k: QColor(v) for k, v in colours.items()}
        self._brushes.clear()

    def _cells_of(self, item: SpanItem) -> tuple[str, ...]:
        # what people wrote escaped where it does not print: a bidi override
        # in a span's text would reorder the row
        return (
            cell_text(item.label),
            cell_text(item.text),
            cell_text(source_text(item)),
            score_text(item.score),
            cell_text(str(item.attrs.get("indicator", "") or "")),
            status_text(item),
        )

    def set_items(self, items: list[SpanItem]) -> None:
        """Show ``items``. Only the stretch that differs from the rows shown is
        announced (rows removed, inserted or changed) and re-formatted: an
        accept among 3,000 rows touches one row, not the table."""
        items = list(items)
        old, old_cells = self._items, self._cells
        if not old or not items:
            self.beginResetModel()
            self._set(items, [None] * len(items))
            self.endResetModel()
            return
        limit = min(len(old), len(items))
        head = 0
        while head < limit and old[head] is items[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] is items[-1 - tail]:
            tail += 1
        old_mid, new_mid = len(old) - head - tail, len(items) - head - tail
        if old_mid == new_mid == 0:
            return
        # the rows of the stretch are formatted when the view asks for them
        cells = old_cells[:head] + [None] * new_mid + old_cells[len(old) - tail :]
        common = min(old_mid, new_mid)
        if old_mid > common:  # rows gone: the first ``common`` of the stretch change
            self.beginRemoveRows(_ROOT, head + common, head + old_mid - 1)
            self._set(items, cells)
            self.endRemoveRows()
        elif new_mid > common:
            self.beginInsertRows(_ROOT, head + common, head + new_mid - 1)
            self._set(items, cells)
            self.endInsertRows()
        else:
            self._set(items, cells)
        if common:
            self.dataChanged.emit(self.index(head, 0), self.index(head + common - 1, 5))

    def _set(self, items: list[SpanItem], cells: list[tuple[str, ...] | None]) -> None:
        self._items = items
        self._cells = cells
        self._row = None  # made when a row is looked up: once per change, not per call

    def set_locator(self, locate) -> None:
        """``locate(key) -> row`` of the list the model shows, kept by its owner
        (the document state's index), instead of a dict made per change."""
        self._locate = locate

    def row_of(self, key) -> int:
        if self._locate is not None:
            return self._locate(key)
        if self._row is None:
            self._row = {(i.kind, i.id): n for n, i in enumerate(self._items)}
        return self._row.get(key, -1)

    def item_at(self, row: int) -> SpanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("Spans", "Label"),
                translate("Spans", "Text"),
                translate("Spans", "Source"),
                translate("Spans", "Score"),
                translate("Spans", "Indicator"),
                translate("Spans", "Status"),
            ][section]
        return None

    def _brush(self, item: SpanItem) -> QBrush:
        key = (item.label, item.is_gold)
        brush = self._brushes.get(key)
        if brush is None:
            colour = QColor(self._colours.get(item.label, QColor("#dddddd")))
            if not item.is_gold:
                colour.setAlpha(90)
            brush = self._brushes[key] = QBrush(colour)
        return brush

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            cells = self._cells[row]
            if cells is None:
                cells = self._cells[row] = self._cells_of(self._items[row])
            return cells[index.column()]
        if role not in _ROLES:
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(item) if col == self.LABEL else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.status == "rejected":
                return self._grey
            if col == self.STATUS:
                return self._orange if item.is_pending else self._green
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._strike if item.status == "rejected" else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col == self.SCORE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return span_tooltip(item)
        if role == KeyRole:
            return item.key
        if role == ItemRole:
            return item
        return None

    def retranslate(self) -> None:
        self._cells = [None] * len(self._items)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 5))


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        KeyRole,
        ItemRole,
    }
)
