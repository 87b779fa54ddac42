"""The document list: a table model over ``DocumentRow`` and a proxy that
filters by status and by the ids a full-text search returned."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.gui.describe import plain_tooltip
from models.store.documents import DocumentRow

translate = QCoreApplication.translate
_ROOT = QModelIndex()

DocIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS = {"todo": "#9aa3ad", "in_progress": "#e0a030", "done": "#3aa55d"}


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small coloured dot for a status (made once, after the QApplication exists)."""
    icon = _ICONS.get(status)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#999999")))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _ICONS[status] = QIcon(pixmap)
    return icon


def status_text(status: str) -> str:
    return {
        "todo": translate("Documents", "to do"),
        "in_progress": translate("Documents", "in progress"),
        "done": translate("Documents", "done"),
    }.get(status, status)


class DocumentTableModel(QAbstractTableModel):
    TITLE, STATUS, GOLD, PENDING = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._index: dict[str, int] = {}

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index = {r.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def row_of(self, doc_id: str) -> int:
        return self._index.get(doc_id, -1)

    def doc_at(self, row: int) -> DocumentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_doc(self, doc_id: str, status: str, gold: int, pending: int) -> None:
        row = self._index.get(doc_id)
        if row is None:
            return
        old = self._rows[row]
        new = DocumentRow(old.id, old.title, old.chars, status, gold, pending)
        if new == old:
            return
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("Documents", "Title"),
                translate("Documents", "Status"),
                translate("Documents", "Gold"),
                translate("Documents", "Pending"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                translate("Documents", "The document's first line"),
                translate("Documents", "Your status for this document"),
                translate("Documents", "Your gold spans"),
                translate("Documents", "Suggestions you have not decided on"),
            ][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return row.title or row.id
            if col == self.STATUS:
                return status_text(row.status)
            if col == self.GOLD:
                return row.gold
            if col == self.PENDING:
                return row.pending or ""
        elif role == Qt.ItemDataRole.DecorationRole and col == self.TITLE:
            return status_icon(row.status)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            return plain_tooltip(f"{row.title}\n{status_text(row.status)} · {row.id} · {row.chars}")
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATUS:
                return QColor(STATUS_COLOURS.get(row.status, "#666666"))
            if col == self.PENDING and row.pending:
                return QColor("#b5651d")
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.GOLD, self.PENDING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == DocIdRole:
            return row.id
        elif role == StatusRole:
            return row.status
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self._rows) - 1, self.STATUS)
            )


class DocumentFilterProxy(QSortFilterProxyModel):
    """Filters by status and search hits; optionally orders the documents by a
    given ranking (Tools → Order to-do by uncertainty): the ranked ones first
    in its order, the others (done) after them in project order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._status: str | None = None
        self._ids: set[str] | None = None
        self._rank: dict[str, int] | None = None

    @property
    def ordered(self) -> bool:
        return self._rank is not None

    def set_order(self, doc_ids: list[str] | None) -> None:
        """Order by ``doc_ids`` (None: project order again)."""
        self._rank = {d: n for n, d in enumerate(doc_ids)} if doc_ids is not None else None
        if self._rank is None:
            self.sort(-1)  # back to the source model's order
        else:
            self.invalidate()
            self.sort(0, Qt.SortOrder.AscendingOrder)

    def _sort_key(self, row: int) -> tuple[int, int]:
        doc = self.sourceModel().doc_at(row)
        rank = self._rank.get(doc.id) if (self._rank is not None and doc is not None) else None
        return (0, rank) if rank is not None else (1, row)

    def lessThan(self, left, right) -> bool:  # noqa: N802
        return self._sort_key(left.row()) < self._sort_key(right.row())

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status or None))

    def set_ids(self, ids: set[str] | None) -> None:
        self._refilter(lambda: setattr(self, "_ids", ids))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        doc = model.doc_at(row)
        if doc is None:
            return False
        if self._status and doc.status != self._status:
            return False
        return not (self._ids is not None and doc.id not in self._ids)
