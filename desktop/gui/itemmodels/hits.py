"""The search hits: one row per place the query occurs, with the document's
title and the words around the place (plain text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from models.errors import cell_text
from models.search import Hit

translate = QCoreApplication.translate
_ROOT = QModelIndex()

HitRole = Qt.ItemDataRole.UserRole + 1


def context_text(hit: Hit, before: int | None = None) -> str:
    """The hit in its words; ``before``: at most this many characters before
    it (a narrow list shows the match, not what leads to it)."""
    lead = hit.before if before is None else hit.before[-before:]
    return f"…{lead}【{hit.match}】{hit.after}…"


class HitListModel(QAbstractListModel):
    """The hits found, of which the rows show those in documents ``keep``
    lets through (the document list's status filter): a hit in a document
    the list hides is not one Enter away."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._found: list[Hit] = []
        self._hits: list[Hit] = []  # the rows: the found hits kept
        self._titles: dict[str, str] = {}
        self._keep: Callable[[str], bool] | None = None  # doc id -> shown
        self.complete = True  # every matching document has been searched

    @property
    def found(self) -> int:
        """Every hit found, shown or not (the search's own limit counts them)."""
        return len(self._found)

    def set_keep(self, keep: Callable[[str], bool] | None) -> None:
        self.beginResetModel()
        self._keep = keep
        self._hits = self._kept(self._found)
        self.endResetModel()

    def _kept(self, hits: list[Hit]) -> list[Hit]:
        keep = self._keep
        return list(hits) if keep is None else [h for h in hits if keep(h.doc_id)]

    def clear(self) -> None:
        self.beginResetModel()
        self._found, self._hits = [], []
        self.complete = True
        self.endResetModel()

    def add(self, hits: list[Hit], titles: dict[str, str]) -> None:
        self._found.extend(hits)
        kept = self._kept(hits)
        if not kept:
            return
        self._titles.update(titles)
        first = len(self._hits)
        self.beginInsertRows(_ROOT, first, first + len(kept) - 1)
        self._hits.extend(kept)
        self.endInsertRows()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def row_of(self, doc_id: str, start: int) -> int:
        for n, hit in enumerate(self._hits):
            if hit.doc_id == doc_id and hit.start == start:
                return n
        return -1

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._titles.get(hit.doc_id, hit.doc_id)
            short = title if len(title) <= 10 else title[:9] + "…"
            # the document's words escaped where they do not print: a bidi
            # override in them would reorder the row
            return cell_text(f"{context_text(hit, before=6)}  · {short}")
        if role == Qt.ItemDataRole.ToolTipRole:
            title = cell_text(self._titles.get(hit.doc_id, hit.doc_id))
            return f"{title}\n{cell_text(context_text(hit))}"
        if role == HitRole:
            return hit
        return None
