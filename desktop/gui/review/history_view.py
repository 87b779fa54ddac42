"""The history view: the timeline of a document or of one span (who, when in
local time (UTC on hover), what in words, before → after, the source
suggestion with its rule/model version), filtered by annotator, action and
local date, and "Show as of…": the document drawn as it stood right after
the selected event, rebuilt by replaying the history (models.review.asof)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.describe import plain_tooltip
from desktop.gui.offsets import OffsetMap, display_text
from desktop.gui.review.common import (
    add_close_keys,
    label_colours,
    make_pane,
    open_project,
    paint_spans,
    show_window,
)
from desktop.gui.review.event_names import action_name, change_text, local_day, local_time
from models.review.asof import layers_as_of
from models.review.timeline import (
    TimelineRow,
    document_timeline,
    filter_choices,
    span_timeline,
)

Index = QModelIndex | QPersistentModelIndex
CHANGE_COLUMN_MAX = 420  # pixels; a longer before → after is read in its tooltip


class TimelineModel(QAbstractTableModel):
    COLUMNS = 7
    EventIdRole = Qt.ItemDataRole.UserRole + 1
    AnnotatorRole = Qt.ItemDataRole.UserRole + 2
    ActionRole = Qt.ItemDataRole.UserRole + 3
    TimeRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, headers: list[str], merged_text: str, gone_text: str, parent=None):
        super().__init__(parent)
        self._headers = headers
        self._merged_text = merged_text
        self._gone_text = gone_text  # %1: the id of a suggestion no longer stored
        self.rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        e = r.event
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                str(e.id),
                local_time(e.time),
                e.annotator,
                action_name(e.action),
                f"{change_text(e.before, e.action)} → {change_text(e.after, e.action)}",
                self._source_text(r),
                self._merged_text + " " + e.origin[:8] if r.merged else "",
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return plain_tooltip(f"UTC {e.time}")
            if index.column() == 4:
                before, after = change_text(e.before, e.action), change_text(e.after, e.action)
                return plain_tooltip(f"{before}\n→\n{after}")
        if role == Qt.ItemDataRole.ForegroundRole and r.merged:
            return QColor("#7d6608")
        if role == self.EventIdRole:
            return e.id
        if role == self.AnnotatorRole:
            return e.annotator
        if role == self.ActionRole:
            return e.action
        if role == self.TimeRole:
            return e.time
        return None

    def _source_text(self, r: TimelineRow) -> str:
        if r.gone_suggestion is not None:
            return self._gone_text.replace("%1", str(r.gone_suggestion))
        return r.suggestion


class TimelineFilter(QSortFilterProxyModel):
    """Annotator (exact), action (exact or family prefix) and a date range
    (days in local time, as the times are shown)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.annotator: str | None = None
        self.action: str | None = None
        self.since: str | None = None  # YYYY-MM-DD
        self.until: str | None = None

    def set_filters(self, annotator, action, since, until) -> None:
        self.annotator, self.action, self.since, self.until = annotator, action, since, until
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        who = model.data(index, TimelineModel.AnnotatorRole)
        action = model.data(index, TimelineModel.ActionRole)
        day = local_day(model.data(index, TimelineModel.TimeRole) or "")
        if self.annotator and who != self.annotator:
            return False
        if self.action and not (action == self.action or action.startswith(self.action + ".")):
            return False
        if self.since and day < self.since:
            return False
        return not (self.until and day > self.until)


class HistoryView(QWidget):
    """The timeline of a document (or of one span) and the document as of an event."""

    def __init__(
        self,
        project_path: str,
        annotator: str,
        doc_id: str | None,
        parent=None,
        span_id: int | None = None,
    ):
        super().__init__(parent)
        self.project = open_project(project_path, annotator)
        if doc_id is None:
            if span_id is not None:
                doc_id = self.project.annotation(span_id).doc_id
            else:
                ids = self.project.document_ids()
                doc_id = ids[0] if ids else None
        self.doc_id = doc_id
        self.span_id = span_id
        name = self.project.path.name
        if span_id is not None:
            title = self.tr("History of span %1 — %2").replace("%1", str(span_id))
        else:
            title = self.tr("History of %1 — %2").replace("%1", str(doc_id))
        self.setWindowTitle(title.replace("%2", name))

        self.model = TimelineModel(
            [
                self.tr("#"),
                self.tr("Time"),
                self.tr("Annotator"),
                self.tr("Action"),
                self.tr("Before → after"),
                self.tr("Source suggestion"),
                self.tr("Merged from"),
            ],
            self.tr("merged"),
            self.tr("suggestion %1 (no longer stored)"),
            self,
        )
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        # Enter on an event, or a double click (the style's activation): the
        # document as of it, without tabbing through the filters to the button
        self.table.activated.connect(lambda _i: self.show_as_of())

        self.who = QComboBox(self)
        self.action = QComboBox(self)
        self.use_since = QCheckBox(self.tr("From"), self)
        self.use_until = QCheckBox(self.tr("to"), self)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.as_of_button = QPushButton(self.tr("Show as of…"), self)
        self.as_of_button.setToolTip(
            self.tr("Draw the document as it stood right after the selected event")
        )
        self.as_of_button.clicked.connect(lambda _checked=False: self.show_as_of())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Annotator:"), self))
        filters.addWidget(self.who)
        filters.addWidget(QLabel(self.tr("Action:"), self))
        filters.addWidget(self.action)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addStretch(1)
        filters.addWidget(self.as_of_button)

        self.as_of_label = QLabel(self.tr("Select an event and press “Show as of…”."), self)
        self.as_of_label.setTextFormat(Qt.TextFormat.PlainText)
        self.layer = QComboBox(self)
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer.currentIndexChanged.connect(self._paint_as_of)
        self.pane = make_pane(self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.as_of_label, 1)
        head.addWidget(self.layer)
        rl.addLayout(head)
        rl.addWidget(self.pane)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self.as_of_layers: dict = {}
        self.as_of_event: int | None = None
        if doc_id is not None:
            self.text = self.project.document_text(doc_id)
            self.umap = OffsetMap(self.text)
            self.pane.setPlainText(display_text(self.text))
        self.colours = label_colours(self.project)
        self.reload()
        for w in (self.who, self.action):
            w.currentIndexChanged.connect(self.apply_filters)
        for w in (self.use_since, self.use_until):
            w.toggled.connect(self.apply_filters)
        for w in (self.since, self.until):
            w.dateChanged.connect(self.apply_filters)
        add_close_keys(self)
        self.resize(1200, 700)

    def reload(self) -> None:
        if self.doc_id is None:
            rows = []
        elif self.span_id is not None:
            rows = span_timeline(self.project, self.doc_id, self.span_id)
        else:
            rows = document_timeline(self.project, self.doc_id)
        self.model.set_rows(rows)
        names, actions = filter_choices(rows)
        for combo, items in ((self.who, names), (self.action, actions)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for item in items:
                combo.addItem(action_name(item) if combo is self.action else item, item)
            combo.blockSignals(False)
        self.apply_filters()
        self._fit_change_column()

    def _fit_change_column(self) -> None:
        """Before → after as wide as its text up to a limit (the rest on hover),
        never narrower than its header."""
        header = self.table.horizontalHeader()
        wanted = min(self.table.sizeHintForColumn(4), CHANGE_COLUMN_MAX)
        header.resizeSection(4, max(wanted, header.sectionSizeHint(4)))

    def apply_filters(self) -> None:
        since = self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None
        until = self.until.date().toString("yyyy-MM-dd") if self.use_until.isChecked() else None
        self.proxy.set_filters(self.who.currentData(), self.action.currentData(), since, until)
        self.count_label.setText(
            self.tr("%1 of %2 events")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def set_filters(
        self,
        annotator: str | None = None,
        action: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> None:
        """Set the filters programmatically (dates as YYYY-MM-DD)."""
        for combo, value in ((self.who, annotator), (self.action, action)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        for box, edit, value in (
            (self.use_since, self.since, since),
            (self.use_until, self.until, until),
        ):
            box.blockSignals(True)
            edit.blockSignals(True)
            box.setChecked(value is not None)
            if value:
                edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
            box.blockSignals(False)
            edit.blockSignals(False)
        self.apply_filters()

    def visible_event_ids(self) -> list[int]:
        return [
            self.proxy.data(self.proxy.index(r, 0), TimelineModel.EventIdRole)
            for r in range(self.proxy.rowCount())
        ]

    def select_event(self, event_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), TimelineModel.EventIdRole) == event_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return

    def selected_event_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(self.proxy.index(index.row(), 0), TimelineModel.EventIdRole)

    def show_as_of(self, event_id: int | None = None) -> None:
        """Draw the document as it stood right after ``event_id`` (default: the selection)."""
        event_id = event_id if event_id is not None else self.selected_event_id()
        if event_id is None or self.doc_id is None:
            return
        self.as_of_event = event_id
        self.as_of_layers = layers_as_of(self.project, self.doc_id, event_id)
        self.layer.blockSignals(True)
        current = self.layer.currentData()
        self.layer.clear()
        for name, spans in self.as_of_layers.items():
            self.layer.addItem(
                self.tr("%1 (%2 spans)").replace("%1", name).replace("%2", str(len(spans))), name
            )
        if current is not None and self.layer.findData(current) >= 0:
            self.layer.setCurrentIndex(self.layer.findData(current))
        self.layer.blockSignals(False)
        self.as_of_label.setText(self.tr("As of event #%1").replace("%1", str(event_id)))
        self._paint_as_of()

    def _paint_as_of(self) -> None:
        if self.doc_id is None:
            return
        spans = self.as_of_layers.get(self.layer.currentData(), [])
        paint_spans(self.pane, self.umap, spans, self.colours)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.project.close()
        super().closeEvent(event)


def open_history(
    parent, project_path: str, annotator: str, doc_id: str | None, span_id: int | None = None
) -> HistoryView:
    """Open the history of a document (or of one span) as its own window."""
    return show_window(HistoryView(project_path, annotator, doc_id, parent, span_id=span_id))
