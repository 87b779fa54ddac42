"""Left pane: the document list with a status filter and full-text search.

Search runs in the background (FTS5 through ``project.search`` on a worker's
own Project): the first search builds the index, which can take a while on
a large project, and the window must not freeze meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.itemmodels.documents import DocIdRole, DocumentFilterProxy, DocumentTableModel

translate = QCoreApplication.translate


class DocumentPanel(QWidget):
    documentActivated = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documentPanel")
        self.model = DocumentTableModel(self)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._search_generation = 0
        self._current: str | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for _ in range(4):
            self.status_filter.addItem("")
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 52)
        header.resizeSection(3, 66)
        self.table.setColumnHidden(1, True)  # the status shows as the title's coloured dot
        header.setHighlightSections(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("docCount")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate()

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        project = self.ctx.project
        rows = project.documents_overview(self.ctx.annotator) if project is not None else []
        self.model.set_rows(rows)
        if self.search.text().strip():
            self._run_search()
        self._update_count()
        if self._current is not None:
            self.select(self._current, emit=False)

    def update_doc(self, doc_id: str, status: str, gold: int, pending: int) -> None:
        self.model.update_doc(doc_id, status, gold, pending)

    def first_doc(self) -> str | None:
        index = self.proxy.index(0, 0)
        if index.isValid():
            return index.data(DocIdRole)
        row = self.model.doc_at(0)
        return row.id if row else None

    def select(self, doc_id: str | None, emit: bool = True) -> bool:
        self._current = doc_id
        if doc_id is None:
            return False
        row = self.model.row_of(doc_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            if emit:
                self.documentActivated.emit(doc_id)
            return False
        sm = self.table.selectionModel()
        if not emit:
            sm.blockSignals(True)
        try:
            sm.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            if not emit:
                sm.blockSignals(False)
                self.table.viewport().update()
        self.table.scrollTo(index)
        return True

    def set_order(self, doc_ids: list[str] | None) -> None:
        """Show the documents in this order (ranked first, the rest after), or
        in project order again (None). The selection stays."""
        self.proxy.set_order(doc_ids)
        if self._current is not None:
            self.select(self._current, emit=False)

    def order(self) -> list[str]:
        """The document ids as the list shows them."""
        return [self.proxy.index(r, 0).data(DocIdRole) for r in range(self.proxy.rowCount())]

    def position(self, doc_id: str) -> tuple[int, int]:
        """(1-based row as shown, rows shown); the project position when filtered out."""
        row = self.model.row_of(doc_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            return index.row() + 1, self.proxy.rowCount()
        return row + 1, self.model.rowCount()

    def step(self, delta: int) -> str | None:
        """Select the next/previous document in the list as shown."""
        count = self.proxy.rowCount()
        if not count:
            return None
        current = self.table.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else count - 1)
        row = max(0, min(row, count - 1))
        doc_id = self.proxy.index(row, 0).data(DocIdRole)
        if doc_id == self._current:
            return None
        self.select(doc_id)
        return doc_id

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            doc_id = current.data(DocIdRole)
            self._current = doc_id
            self.documentActivated.emit(doc_id)

    # -- filtering ------------------------------------------------------------------
    def _filter_status(self, index: int) -> None:
        self.proxy.set_status([None, "todo", "in_progress", "done"][max(index, 0)])
        if self._current:
            self.select(self._current, emit=False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self._debounce.stop()
        self._run_search()

    def _run_search(self) -> None:
        query = self.search.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not query or self.ctx.project is None:
            self.proxy.set_ids(None)
            self._update_count()
            return

        def done(ids, generation=generation) -> None:
            if generation == self._search_generation:
                self.proxy.set_ids(set(ids))
                self._update_count()

        self.count_label.setText(translate("DocumentPanel", "Searching…"))
        self.ctx.tasks.run_on_project(
            self.ctx.project.path,
            self.ctx.annotator,
            lambda project, _progress: project.search(query),
            title=translate("DocumentPanel", "Search"),
            show_progress=False,
            on_done=done,
            on_failed=self.ctx.error.emit,
        )

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n document(s)", "", total)
        else:
            text = (
                translate("DocumentPanel", "%1 of %2 documents")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.count_label.setText(text)

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("DocumentPanel", "Search all texts  ( / )"))
        for i, text in enumerate(
            [
                translate("DocumentPanel", "All"),
                translate("DocumentPanel", "To do"),
                translate("DocumentPanel", "In progress"),
                translate("DocumentPanel", "Done"),
            ]
        ):
            self.status_filter.setItemText(i, text)
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
