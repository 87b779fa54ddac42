"""The document list: a table model over ``DocumentRow`` that filters by
status, by label (the documents ``models.label_filter`` names) and by the
documents a full-text search found, and orders by a
ranking (Tools → Order to-do by uncertainty).

It does its own filtering and ordering in plain Python lists rather than
through a QSortFilterProxyModel, whose per-row Python callbacks cost a
second on 100,000 documents; and it can say where any document stands in
the order shown, even one filtered out, so that PgDn always moves on from
the document the curator is in."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.gui.describe import plain_tooltip
from models.errors import cell_text
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
        self._rows: list[DocumentRow] = []  # every document, in project order
        self._index: dict[str, int] = {}  # id -> position in _rows
        # positions of the rows shown, in the order shown (a range when all
        # are, in project order: 100,000 rows cost nothing more)
        self._shown: list[int] | range = range(0)
        # ordered by a ranking only: each row's sort key, and position -> row
        self._keys: list[tuple[int, int]] | None = None
        self._row_shown: dict[int, int] | None = None
        self._status: str | None = None
        self._ids: set[str] | None = None
        self._labelled: set[str] | None = None  # the label filter's documents
        self._rank: dict[str, int] | None = None
        self._pending_brush = QColor("#b5651d")

    # -- content --------------------------------------------------------------------
    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index = {r.id: n for n, r in enumerate(self._rows)}
        self._refilter()
        self.endResetModel()

    def update_doc(self, doc_id: str, status: str, gold: int, pending: int) -> None:
        pos = self._index.get(doc_id)
        if pos is None:
            return
        old = self._rows[pos]
        new = DocumentRow(old.id, old.title, old.chars, status, gold, pending)
        if new == old:
            return
        self._rows[pos] = new
        if self._status and old.status != status:
            self._reset()  # it may leave or join the rows shown
            return
        row = self._row_at(pos)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def update_docs(self, counts: dict[str, tuple[str, int, int]]) -> None:
        """``update_doc`` for many documents at once (an offer or Shift+O that
        reached hundreds): under a status filter the rows shown are rebuilt
        once if any status changed, else one ``dataChanged`` covers the rows
        shown that changed."""
        changed: list[int] = []
        refilter = False
        for doc_id, (status, gold, pending) in counts.items():
            pos = self._index.get(doc_id)
            if pos is None:
                continue
            old = self._rows[pos]
            new = DocumentRow(old.id, old.title, old.chars, status, gold, pending)
            if new == old:
                continue
            self._rows[pos] = new
            refilter = refilter or bool(self._status and old.status != status)
            changed.append(pos)
        if refilter:
            self._reset()  # they may leave or join the rows shown
            return
        rows = [r for r in map(self._row_at, changed) if r >= 0]
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    # -- filtering and order -------------------------------------------------------------
    @property
    def ordered(self) -> bool:
        return self._rank is not None

    def set_status(self, status: str | None) -> None:
        self._status = status or None
        self._reset()

    def set_ids(self, ids: set[str] | None) -> None:
        """Show only these documents (a search's), or all again (None)."""
        self._ids = ids
        self._reset()

    def set_labelled(self, ids: set[str] | None) -> None:
        """Show only the documents holding the filter's label (None: any)."""
        if ids == self._labelled:
            return
        self._labelled = ids
        self._reset()

    @property
    def labelled(self) -> set[str] | None:
        return self._labelled

    def add_ids(self, ids: list[str]) -> None:
        """More documents a search found (its next page)."""
        if self._ids is None:
            self._ids = set()
        self._ids.update(ids)
        self._reset()

    def set_order(self, doc_ids: list[str] | None) -> None:
        """Ranked documents first in this order, the rest after in project
        order (None: project order)."""
        self._rank = {d: n for n, d in enumerate(doc_ids)} if doc_ids is not None else None
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def _key(self, pos: int) -> tuple[int, int]:
        if self._rank is None:
            return (0, pos)
        rank = self._rank.get(self._rows[pos].id)
        return (0, rank) if rank is not None else (1, pos)

    def _refilter(self) -> None:
        rows, status, ids, labelled = self._rows, self._status, self._ids, self._labelled
        if status is None and ids is None and labelled is None:
            shown: list[int] | range = range(len(rows))
        else:
            shown = [
                p
                for p, r in enumerate(rows)
                if (status is None or r.status == status)
                and (ids is None or r.id in ids)
                and (labelled is None or r.id in labelled)
            ]
        if self._rank is None:
            self._keys = self._row_shown = None
        else:
            shown = sorted(shown, key=self._key)
            self._keys = [self._key(p) for p in shown]
            self._row_shown = {p: n for n, p in enumerate(shown)}
        self._shown = shown

    def _row_at(self, pos: int) -> int:
        """The row showing the document at project position ``pos`` (-1: none)."""
        if self._row_shown is not None:
            return self._row_shown.get(pos, -1)
        row = bisect_left(self._shown, pos)  # in project order: sorted positions
        return row if row < len(self._shown) and self._shown[row] == pos else -1

    # -- where documents are ---------------------------------------------------------------
    def row_of(self, doc_id: str) -> int:
        """The document's row as shown (-1 when filtered out or unknown)."""
        pos = self._index.get(doc_id)
        return self._row_at(pos) if pos is not None else -1

    def has(self, doc_id: str) -> bool:
        return doc_id in self._index

    def doc_at(self, row: int) -> DocumentRow | None:
        """The row shown at ``row``."""
        return self._rows[self._shown[row]] if 0 <= row < len(self._shown) else None

    def doc(self, doc_id: str) -> DocumentRow | None:
        pos = self._index.get(doc_id)
        return self._rows[pos] if pos is not None else None

    def project_position(self, doc_id: str) -> int:
        return self._index.get(doc_id, -1)

    @property
    def total(self) -> int:
        return len(self._rows)

    def ids_shown(self) -> list[str]:
        return [self._rows[p].id for p in self._shown]

    def neighbour(self, doc_id: str | None, delta: int) -> str | None:
        """The document shown after (``delta`` > 0) or before the given one,
        which may itself be filtered out: its place in the order decides."""
        if not self._shown:
            return None
        pos = self._index.get(doc_id) if doc_id is not None else None
        if pos is None:
            row = 0 if delta > 0 else len(self._shown) - 1
        else:
            keys, key = (self._shown, pos) if self._keys is None else (self._keys, self._key(pos))
            if delta > 0:
                row = bisect_right(keys, key)
                if row >= len(self._shown):
                    return None
            else:
                row = bisect_left(keys, key) - 1
                if row < 0:
                    return None
        return self._rows[self._shown[row]].id

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

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
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        row = self._rows[self._shown[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                # escaped where it does not print: a bidi override in an
                # imported title would reorder the row
                return cell_text(row.title or row.id)
            if col == self.STATUS:
                return status_text(row.status)
            if col == self.GOLD:
                return row.gold
            if col == self.PENDING:
                return row.pending or ""
        elif role == Qt.ItemDataRole.DecorationRole and col == self.TITLE:
            return status_icon(row.status)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            return plain_tooltip(
                f"{cell_text(row.title)}\n{status_text(row.status)} · {cell_text(row.id)}"
                f" · {row.chars}"
            )
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATUS:
                return QColor(STATUS_COLOURS.get(row.status, "#666666"))
            if col == self.PENDING and row.pending:
                return self._pending_brush
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.GOLD, self.PENDING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == DocIdRole:
            return row.id
        elif role == StatusRole:
            return row.status
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._shown:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self._shown) - 1, self.STATUS)
            )
