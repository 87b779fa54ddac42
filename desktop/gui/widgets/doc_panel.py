"""Left pane: the document list with a status filter, a label filter, a
source filter and full-text search, and the list of search hits to work from.

The label filter keeps the documents holding pending suggestions or gold
spans of one label, the source filter those holding pending suggestions of
one suggester or gold spans accepted from it (``models.label_filter``, read
on the host's query thread, and again when a document's counts change). The
filters are reached by Tab from the list, and take ↑/↓ as any list box does.

Search runs on the host's query thread a page at a time: the first page of
documents and hits shows at once, the rest follow; a newer query drops an
older one. The search box is reached with ``/`` (or a click) only, never
by Tab, so that no key meant for the article lands in it. The document
shown stays the current one whatever the filter, search or order, and
PgDn/PgUp move on from it (``neighbour``)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.describe import plain_tooltip, suggester_label, suggester_title
from desktop.gui.itemmodels.documents import DocIdRole, DocumentTableModel
from desktop.gui.itemmodels.hits import HitListModel, HitRole
from desktop.gui.ops.documents import HITS_LISTED, SearchPage, search_page
from models.label_filter import documents_from_source, documents_with_label, suggestion_sources

translate = QCoreApplication.translate
# Later pages of a search are shown together at most this often (each
# showing re-filters the whole list).
PAGE_APPLY_S = 0.5
# Rows whose counts are read at once on the GUI thread; more are read on
# the query thread.
FEW_COUNTS = 20


class SearchBox(QLineEdit):
    """The search field, whose hint says what it searches and the key that
    reaches it: the whole hint where it fits, else a shorter one (with the
    guideline open the list is 200 pixels wide, and the English hint was cut
    after "Search al"); the whole one is the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hints: tuple[str, ...] = ()

    def set_hints(self, *hints: str) -> None:
        """The hints, the longest first: the first that fits is shown."""
        self._hints = hints
        self.setToolTip(hints[0] if hints else "")
        self._fit_hint()

    def room(self) -> int:
        """The width the hint is drawn in: the contents less the text
        margins and the 2 pixels QLineEdit keeps either side."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return rect.width() - margins.left() - margins.right() - 4

    def _fit_hint(self) -> None:
        if not self._hints:
            return
        room, metrics = self.room(), self.fontMetrics()
        fitting = [h for h in self._hints if metrics.horizontalAdvance(h) <= room]
        self.setPlaceholderText(fitting[0] if fitting else self._hints[-1])

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_hint()


class StatusFilter(QComboBox):
    """A filter of the list (status, label, source): focused (Tab), it takes
    ↑/↓/Home/End as any list box does, before the window's shortcuts for
    them (next / previous span)."""

    OWN_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End})

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() in self.OWN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)


class SourceFilter(StatusFilter):
    """The source filter, which asks for the project's sources again when
    it is reached (Tab or a click) or opened."""

    wanted = Signal()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.wanted.emit()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        self.wanted.emit()
        super().showPopup()


class DocumentPanel(QWidget):
    documentActivated = Signal(str)
    hitActivated = Signal(object)  # models.search.Hit
    searchChanged = Signal()  # the query, its documents or its hits changed

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documentPanel")
        self.model = DocumentTableModel(self)
        self.hits = HitListModel(self)
        self._generation = 0
        self._current: str | None = None
        self.query = ""  # the query whose results are shown
        self.searching = False
        self.first_page_s: float | None = None  # how long the last search took to its first page
        self._found: list[str] = []
        self._applied_at = 0.0
        self._go_to_first = False  # Enter was pressed: show the first hit when it comes
        self._selecting = False  # the panel itself moves the selection

        self.search = SearchBox(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # `/` or a click, never Tab
        self.status_filter = StatusFilter(self)
        self.status_filter.setObjectName("statusFilter")
        for _ in range(4):
            self.status_filter.addItem("")
        self.label_filter = StatusFilter(self)
        self.label_filter.setObjectName("labelFilter")
        self.label_filter.addItem("", None)  # any label; then the project's labels
        self.label = None  # the label filtered by
        self.source_filter = SourceFilter(self)
        self.source_filter.setObjectName("sourceFilter")
        self.source_filter.addItem("", None)  # any source; then those read from the project
        self.source = None  # the suggester filtered by
        self._label_generation = 0
        self._label_after_writes = False  # read again once the window's writes are in
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
        vertical.setDefaultSectionSize(26)
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
        self.hit_list = QListView(self)
        self.hit_list.setObjectName("searchHits")
        self.hit_list.setModel(self.hits)
        self.hit_list.setUniformItemSizes(True)
        self.hit_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_list.hide()
        self.hit_label = QLabel(self)
        self.hit_label.setObjectName("hitCount")
        self.hit_label.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("docCount")

        # the filters on rows of their own: beside the search box, they left
        # its hint no room when the guideline narrows the list to 200 pixels;
        # a third beside the two cut "All sources" to "All source" at 290
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addWidget(self.status_filter, 0, 0)
        filters.addWidget(self.label_filter, 0, 1)
        filters.addWidget(self.source_filter, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.hit_label)
        layout.addWidget(self.hit_list, 2)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._typed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        self.label_filter.currentIndexChanged.connect(self._filter_label)
        self.source_filter.currentIndexChanged.connect(self._filter_source)
        self.source_filter.wanted.connect(self._read_sources)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.hit_list.activated.connect(self._hit_chosen)
        self.hit_list.clicked.connect(self._hit_chosen)
        self.model.modelReset.connect(self._after_reset)
        self.ctx.host.pendingChanged.connect(self._writes_pending)
        self.retranslate()

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the whole list again (opening a project; after an import)."""
        project = self.ctx.project
        rows = project.documents_overview(self.ctx.annotator) if project is not None else []
        self.model.set_rows(rows)
        self._fill_labels(project.label_names() if project is not None else [])
        self._read_sources()
        if self.query:
            self._run_search()

    def clear_search(self) -> None:
        """Forget the query (another project is opened: its hits were the
        project's before), so the whole list shows again."""
        self.search.clear()
        self._debounce.stop()  # started by the clearing: nothing is left to search
        self._run_search()

    def update_doc(self, doc_id: str, status: str, gold: int, pending: int) -> None:
        self.model.update_doc(doc_id, status, gold, pending)
        self._read_labelled()  # its spans of the label may have come or gone

    def update_docs(self, doc_ids) -> None:
        """Re-read the counts of these documents' rows: a few at once, more
        (an offer in hundreds of documents) on the query thread, so that the
        window never waits for them."""
        if not doc_ids or not self.ctx.host.is_open:
            return
        doc_ids = sorted(doc_ids)
        annotator = self.ctx.annotator
        if len(doc_ids) <= FEW_COUNTS:
            self._apply_counts(self.ctx.project.document_counts(doc_ids, annotator))
            return
        self.ctx.host.query(
            lambda project: project.document_counts(doc_ids, annotator),
            self._apply_counts,
            self.ctx.error.emit,
        )

    def _apply_counts(self, counts: dict) -> None:
        self.model.update_docs(counts)
        self._read_labelled()

    def first_doc(self) -> str | None:
        row = self.model.doc_at(0)
        if row is not None:
            return row.id
        return self.model.neighbour(None, +1)

    def select(self, doc_id: str | None, emit: bool = True) -> bool:
        """Make ``doc_id`` the current document, its row selected if shown;
        ``emit``: and say so (``documentActivated``) if it changed. True when
        its row is shown."""
        previous, self._current = self._current, doc_id
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        sm = self.table.selectionModel()
        self._selecting = True  # the view repaints the rows; _row_changed stays quiet
        try:
            if row < 0:
                sm.clear()
            else:
                sm.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._selecting = False
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))
        if emit and doc_id is not None and doc_id != previous and self.model.has(doc_id):
            self.documentActivated.emit(doc_id)
        return row >= 0

    def _after_reset(self) -> None:
        """A filter or order changed the rows shown: the current document stays
        current (selected if it is shown)."""
        if self._current is not None:
            self.select(self._current, emit=False)
        self._update_count()

    def set_order(self, doc_ids: list[str] | None) -> None:
        """Show the documents in this order (ranked first, the rest after), or
        in project order again (None). The current document stays."""
        self.model.set_order(doc_ids)

    def order(self) -> list[str]:
        """The document ids as the list shows them."""
        return self.model.ids_shown()

    def position(self, doc_id: str) -> tuple[int, int]:
        """(1-based row as shown, rows shown); the project position when filtered out."""
        row = self.model.row_of(doc_id)
        if row >= 0:
            return row + 1, self.model.rowCount()
        return self.model.project_position(doc_id) + 1, self.model.total

    def step(self, delta: int) -> str | None:
        """Move to the next/previous document shown, from the current one."""
        doc_id = self.model.neighbour(self._current, delta)
        if doc_id is None or doc_id == self._current:
            return None
        self.select(doc_id)
        return doc_id

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and not self._selecting:
            doc_id = current.data(DocIdRole)
            if doc_id != self._current:
                self._current = doc_id
                self.documentActivated.emit(doc_id)

    # -- filtering ------------------------------------------------------------------
    def _filter_status(self, index: int) -> None:
        status = [None, "todo", "in_progress", "done"][max(index, 0)]
        self.model.set_status(status)
        self._keep_hits()

    def _keep_hits(self) -> None:
        """The hits listed and counted are those of the documents listed."""
        self.hits.set_keep(self._shown_by_filters())
        self._update_hit_label()

    def _shown_by_filters(self) -> Callable[[str], bool] | None:
        status = [None, "todo", "in_progress", "done"][max(self.status_filter.currentIndex(), 0)]
        labelled = self.model.labelled
        if status is None and labelled is None:
            return None

        def keep(doc_id: str) -> bool:
            row = self.model.doc(doc_id)
            return (
                row is not None
                and (status is None or row.status == status)
                and (labelled is None or doc_id in labelled)
            )

        return keep

    # -- the label filter -----------------------------------------------------------
    def _fill_labels(self, names: list[str]) -> None:
        """The project's labels in the filter (after opening, an import, a
        label added or renamed); the label chosen stays chosen if it is still one."""
        combo = self.label_filter
        if [combo.itemData(i) for i in range(1, combo.count())] == names:
            self._read_labelled()
            return
        _replace_choices(combo, [(name, name, None) for name in names], self.label)
        self._filter_label(combo.currentIndex())

    def _writes_pending(self, count: int) -> None:
        if not count and self._label_after_writes:
            self._read_labelled()

    def _filter_label(self, index: int) -> None:
        self.label = self.label_filter.itemData(index) if index > 0 else None
        self._refilter_chosen()

    def _filter_source(self, index: int) -> None:
        self.source = self.source_filter.itemData(index) if index > 0 else None
        self._refilter_chosen()

    def _refilter_chosen(self) -> None:
        """The label or source chosen changed: read their documents again."""
        self._label_generation += 1
        if self.label is None and self.source is None:
            self.model.set_labelled(None)
            self._keep_hits()
            return
        self._read_labelled()

    def _read_labelled(self) -> None:
        """Read the documents of the label and source filters on the query
        thread (both chosen: the spans of that label from that source); the
        newest reading is the one shown."""
        label, source, annotator = self.label, self.source, self.ctx.annotator
        if (label is None and source is None) or not self.ctx.host.is_open:
            return
        if self.ctx.host.pending:  # the file does not hold them yet: read it after
            self._label_after_writes = True
            return
        self._label_after_writes = False
        self._label_generation += 1
        generation = self._label_generation

        def apply(ids: set[str]) -> None:
            if generation == self._label_generation:
                self.model.set_labelled(ids)
                self._keep_hits()

        def read(project) -> set[str]:
            if source is None:
                return documents_with_label(project, label, annotator)
            return documents_from_source(project, source, annotator, label)

        self.ctx.host.query(read, apply, self.ctx.error.emit)

    # -- the source filter ----------------------------------------------------------
    def _read_sources(self) -> None:
        """Read the sources to offer on the query thread (on opening, and
        when the filter is reached: an accept's offers or a suggester run
        bring new ones)."""
        if not self.ctx.host.is_open:
            self._fill_sources([])
            return
        annotator = self.ctx.annotator
        self.ctx.host.query(
            lambda project: suggestion_sources(project, annotator),
            self._fill_sources,
            self.ctx.error.emit,
        )

    def _fill_sources(self, names: list[str]) -> None:
        """The sources in the filter; the one chosen stays chosen, listed
        even when nothing of it is left (its documents are then none)."""
        combo = self.source_filter
        if self.source is not None and self.source not in names:
            names = sorted([*names, self.source])
        if [combo.itemData(i) for i in range(1, combo.count())] == names:
            return
        choices = [
            (suggester_label(name), name, plain_tooltip(suggester_title(name))) for name in names
        ]
        _replace_choices(combo, choices, self.source)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _typed(self) -> None:
        """A pause in typing: search, and stay in the box."""
        self._go_to_first = False
        self._run_search()

    def _search_now(self) -> None:
        """Enter: search now if the query changed, and go to the first hit."""
        self._debounce.stop()
        self._go_to_first = True
        if self.search.text().strip() != self.query or not self.query:
            self._run_search()
        elif self.hits.rowCount():
            self._go_first_hit()

    def _go_first_hit(self) -> None:
        self._go_to_first = False
        hit = self.hits.hit(0)
        if hit is not None:
            self.hitActivated.emit(hit)

    def _run_search(self) -> None:
        query = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not query or not self.ctx.host.is_open:
            self.query, self.searching = "", False
            self.model.set_ids(None)
            self.hits.clear()
            self._show_hits(False)
            self.searchChanged.emit()
            return
        self.searching = True
        self.count_label.setText(translate("DocumentPanel", "Searching…"))
        started = time.perf_counter()
        self.ctx.host.query(
            search_page(query, 0, HITS_LISTED),
            lambda page: self._page(page, generation, started, first=True),
            self.ctx.error.emit,
        )

    def _page(self, page: SearchPage, generation: int, started: float, first: bool) -> None:
        if generation != self._generation:
            return  # a newer query was typed
        if first:
            self.first_page_s = time.perf_counter() - started
            self.query = page.query
            self._found = list(page.doc_ids)
            self.hits.clear()
            self.hits.complete = False
            self.model.set_ids(set(page.doc_ids))
            self._applied_at = time.perf_counter()
            self._show_hits(True)
        else:
            self._found += page.doc_ids
            if time.perf_counter() - self._applied_at > PAGE_APPLY_S or page.after is None:
                self.model.set_ids(set(self._found))
                self._applied_at = time.perf_counter()
        self.hits.add(page.hits, page.titles)
        if page.after is not None:
            wanted = max(0, HITS_LISTED - self.hits.found)
            self.ctx.host.query(
                search_page(page.query, page.after, wanted),
                lambda nxt: self._page(nxt, generation, started, first=False),
                self.ctx.error.emit,
            )
        else:
            self.searching = False
            self.hits.complete = True
            self.model.set_ids(set(self._found))
        self._update_hit_label()
        self._update_count()
        self.searchChanged.emit()
        if first and self._go_to_first:
            self._go_first_hit()

    def _show_hits(self, show: bool) -> None:
        self.hit_list.setVisible(show)
        self.hit_label.setVisible(show)

    def _hit_chosen(self, index) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hitActivated.emit(hit)

    def _update_hit_label(self) -> None:
        shown = self.hits.rowCount()
        text = self.tr("%n hit(s)", "", shown)
        if self.hits.found >= HITS_LISTED and shown == self.hits.found:
            text = translate("DocumentPanel", "the first %1 hits").replace("%1", str(shown))
        elif self.hits.found >= HITS_LISTED:  # the status filter keeps some of them
            text = (
                translate("DocumentPanel", "%1 of the first %2 hits")
                .replace("%1", str(shown))
                .replace("%2", str(self.hits.found))
            )
        if self.searching:
            text += " …"
        self.hit_label.setText(text)

    def _update_count(self, *args) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.searching:
            text = translate("DocumentPanel", "Searching…")
        elif shown == total:
            text = self.tr("%n document(s)", "", total)
        else:
            text = self.tr("%1 of %n document(s)", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.set_hints(
            translate("DocumentPanel", "Search all texts  ( / )"),
            translate("DocumentPanel", "Search  ( / )", "the search hint where the box is narrow"),
            translate("DocumentPanel", "Search /", "the search hint where the box is narrowest"),
        )
        for i, text in enumerate(
            [
                translate("DocumentPanel", "All"),
                translate("DocumentPanel", "To do"),
                translate("DocumentPanel", "In progress"),
                translate("DocumentPanel", "Done"),
            ]
        ):
            self.status_filter.setItemText(i, text)
        self.label_filter.setItemText(0, translate("DocumentPanel", "All labels"))
        self.label_filter.setToolTip(
            translate(
                "DocumentPanel",
                "Only the documents with suggestions pending or gold spans of this label",
            )
        )
        self.source_filter.setItemText(0, translate("DocumentPanel", "All sources"))
        self.source_filter.setToolTip(
            translate(
                "DocumentPanel",
                "Only the documents with suggestions pending from this suggester"
                " or gold spans accepted from it",
            )
        )
        for i in range(1, self.source_filter.count()):
            name = self.source_filter.itemData(i)
            self.source_filter.setItemText(i, suggester_label(name))
            self.source_filter.setItemData(
                i, plain_tooltip(suggester_title(name)), Qt.ItemDataRole.ToolTipRole
            )
        self.model.retranslate()
        self._update_count()
        self._update_hit_label()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _replace_choices(
    combo: QComboBox, choices: list[tuple[str, str, str | None]], chosen: str | None
) -> None:
    """A filter's choices after its first ("all"), as (text, data, tooltip),
    with ``chosen`` still chosen if it is among them, else the first; no
    signal, so the caller decides whether the list filters again."""
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data, tip in choices:
            combo.addItem(text, data)
            if tip is not None:
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    finally:
        combo.blockSignals(False)
