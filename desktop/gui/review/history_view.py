"""The history view: the timeline of a document or of one span (who, when in
local time (UTC on hover), what in words, before → after, the source
suggestion with its rule/model version), filtered by annotator, action and
local date, and "Show as of…": the document drawn as it stood right after
the selected event, rebuilt by replaying the history (models.review.asof)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.describe import plain_tooltip, score_text, suggested_by, suggester_label
from desktop.gui.messages import say as say_error
from desktop.gui.offsets import OffsetMap, display_text
from desktop.gui.review.common import (
    add_close_keys,
    label_colours,
    make_pane,
    open_project,
    paint_spans,
    show_window,
)
from desktop.gui.review.event_names import (
    action_name,
    action_names,
    event_change,
    family_names,
    local_day,
    local_time,
    undo_words,
)
from models.errors import BiaozhuError, Message, cell_text
from models.io.audit_csv import check_audit_out, write_audit_csv
from models.review.asof import layers_as_of
from models.review.timeline import (
    TimelineRow,
    document_timeline,
    filter_choices,
    row_of,
    span_timeline,
    targets_a_span,
)
from models.store.history import Event

Index = QModelIndex | QPersistentModelIndex
CHANGE_COLUMN_MAX = 420  # pixels; a longer before → after is read in its tooltip
CHANGE_COLUMN_MIN = 160
# An undo's action ("Undo of Boundaries changed (events 11, 13)") is cut in
# its middle beyond this (whole on hover), so that it keeps saying it is an
# undo and of which events, and Before → after and the source stay in view.
ACTION_COLUMN_MAX = 230
# ... and down to this where the window is narrow (1280 pixels): "Undo of
# Sugg…124, 125)" still says what it undid
ACTION_COLUMN_MIN = 150


class MiddleElided(QStyledItemDelegate):
    """A cell cut in its middle, its start and its end kept."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


PAGE = 200  # events read at a time when the whole project's history is shown


class TimelineModel(QAbstractTableModel):
    COLUMNS = 8
    EventIdRole = Qt.ItemDataRole.UserRole + 1
    AnnotatorRole = Qt.ItemDataRole.UserRole + 2
    ActionRole = Qt.ItemDataRole.UserRole + 3
    TimeRole = Qt.ItemDataRole.UserRole + 4
    EventRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, headers: list[str], merged_text: str, gone_text: str, parent=None):
        super().__init__(parent)
        self._headers = headers
        self._merged_text = merged_text
        self._gone_text = gone_text  # %1: the id of a suggestion no longer stored
        self._numbered_text = "suggestion %1: %2"  # %1 its id, %2 the suggester (score)
        self._scored_text = "%1 (%2)"  # %1 the suggester, %2 its score
        self._version_text = "version %1"
        self.rows: list[TimelineRow] = []
        self._shown: dict[int, list[str]] = {}

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._shown = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def row(self, i: int) -> TimelineRow:
        return self.rows[i]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        r = self.row(index.row())
        e = r.event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row(), r)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return plain_tooltip(f"UTC {e.time}")
            if index.column() == 3 and r.taken_back:
                return plain_tooltip(self._texts(index.row(), r)[3])
            if index.column() == 4:
                return plain_tooltip(cell_text(event_change(e)).replace(" → ", "\n→\n", 1))
            if index.column() == 5:
                return plain_tooltip(self._source_tooltip(index.row(), r)) or None
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
        if role == self.EventRole:
            return e
        return None

    def _texts(self, i: int, r: TimelineRow) -> list[str]:
        """A row's cells in words, made once: the view asks for each cell many
        times as it lays the columns out, and each asks the translations."""
        texts = self._shown.get(i)
        if texts is None:
            e = r.event
            # what people wrote (a span's text, a name) escaped where it does
            # not print: a bidi override in it would reorder the cell
            texts = self._shown[i] = [
                str(e.id),
                local_time(e.time),
                cell_text(e.annotator),
                undo_words(e.action, r.taken_back) if r.taken_back else action_name(e.action),
                cell_text(event_change(e)),
                cell_text(self._source_text(r)),
                self._merged_text + " " + cell_text(e.origin[:8]) if r.merged else "",
                cell_text(e.doc_id or ""),
            ]
        return texts

    def _source_text(self, r: TimelineRow) -> str:
        if r.gone_suggestion is not None:
            return self._gone_text.replace("%1", str(r.gone_suggestion))
        if r.source is None:
            return ""
        # the suggester in the span list's words (模型, not model@bundled-…)
        named = suggester_label(r.source.suggester)
        if r.source.score is not None:
            named = self._scored_text.replace("%1", named).replace("%2", score_text(r.source.score))
        sid = suggestion_number(r.event)
        if sid is None:
            return named
        # by its number too, as `biaozhu history` names it: the rows of one
        # span, and the offers and rejections, tell which suggestion it was
        return self._numbered_text.replace("%1", str(sid)).replace("%2", named)

    def _source_tooltip(self, i: int, r: TimelineRow) -> str:
        """The cell, the suggester said whole and the version a reviewer
        audits (which model or rule set it was)."""
        cell = self._texts(i, r)[5]
        if r.source is None:
            return cell
        lines = [cell, cell_text(suggested_by(r.source.suggester))]
        if r.source.version:
            lines.append(self._version_text.replace("%1", cell_text(r.source.version)))
        return "\n".join(lines)


def suggestion_number(event) -> int | None:
    """The id of the suggestion an event's span came from, in this file (an
    event a merge brought holds the numbers of the file it came from: None)."""
    if event.origin_hash is not None:
        return None
    for side in (event.after, event.before):
        if not isinstance(side, dict):
            continue
        record = side.get("suggestion")
        sid = record.get("suggestion_id") if isinstance(record, dict) else None
        if sid is None and "start" in side:
            sid = side.get("suggestion_id")
        if isinstance(sid, int) and not isinstance(sid, bool):
            return sid
    return None


class ProjectTimelineModel(TimelineModel):
    """The whole project's history, read from the file a page at a time as the
    table scrolls (Qt's fetchMore), its filters applied by SQLite: opening,
    filtering and scrolling cost a page, never the whole history."""

    def __init__(self, project, headers, merged_text, gone_text, parent=None):
        super().__init__(headers, merged_text, gone_text, parent)
        self.project = project
        self.events: list[Event] = []
        self._described: dict[int, TimelineRow] = {}
        self.filters: dict[str, str | None] = {}
        self.newest_first = False
        self.next_id: int | None = None
        self.done = True
        # events grown past anything Biaozhu writes (sqlite3): left out of the
        # pages and named, the rest of the history read around them
        self.damaged: list[Message] = []

    def reset(self, filters: dict[str, str | None], newest_first: bool) -> None:
        self.beginResetModel()
        self.events, self._described, self._shown = [], {}, {}
        self.damaged = []
        self.filters, self.newest_first = filters, newest_first
        self.next_id, self.done = None, False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.events)

    def row(self, i: int) -> TimelineRow:
        described = self._described.get(i)
        if described is None:  # the rows shown only: a suggestion's look-up each
            described = self._described[i] = row_of(self.project, self.events[i])
        return described

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self.done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.done:
            return
        page = self.project.history_page(
            from_id=self.next_id,
            limit=PAGE,
            newest_first=self.newest_first,
            damaged=self.damaged,
            **self.filters,
        )
        if page.events:
            first = len(self.events)
            self.beginInsertRows(QModelIndex(), first, first + len(page.events) - 1)
            self.events += page.events
            self.endInsertRows()
        self.next_id, self.done = page.next_id, page.done


class AuditExport(QObject):
    """The whole project's events matching the filters, written as the
    history's audit CSV (``biaozhu history --format csv``) on a thread of its
    own with a connection of its own, a page at a time: the window goes on
    meanwhile and the memory stays that of a page."""

    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, project_path: Path, filters: dict, out: Path, parent=None):
        super().__init__(parent)
        self.project_path, self.filters, self.out = project_path, filters, out

    def start(self) -> None:
        threading.Thread(target=self._run, name="audit-export", daemon=True).start()

    def _run(self) -> None:
        from desktop.gui.host import open_side_reader

        written = 0

        def rows(project) -> Iterator[dict]:
            nonlocal written
            at = None
            while True:
                page = project.history_page(from_id=at, limit=2000, max_scan=10**9, **self.filters)
                for event in page.events:
                    written += 1
                    yield event.as_json()
                at = page.next_id
                if page.done:
                    return

        try:
            with open_side_reader(self.project_path) as project:
                write_audit_csv(self.out, rows(project))
        except Exception as exc:  # a sqlite3 error too: the window says it, never hangs
            self.failed.emit(say_error(exc))
            return
        self.finished.emit(written)


def utc_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Local days (YYYY-MM-DD, as the window shows times) as the UTC times
    the history stores: the first instant of ``since``, the last of ``until``."""

    def stored(day: str, at: time) -> str:
        local = datetime.combine(date.fromisoformat(day), at).astimezone()
        return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    return (stored(since, time.min) if since else None, stored(until, time.max) if until else None)


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

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        """In the order of the events (a document's timeline, newest first
        when sorted descending), whatever column is shown."""
        model = self.sourceModel()
        ids = (model.data(i, TimelineModel.EventIdRole) for i in (left, right))
        first, second = (i if isinstance(i, int) else -1 for i in ids)
        return first < second

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
    """The timeline of a document (or of one span, or of the whole project,
    read a page at a time) and a document as of an event."""

    # an event's document, its span (-1: none) and where it starts (-1: unknown),
    # for the main window to show (Ctrl+G)
    goToRequested = Signal(str, int, int)

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
        self.annotator = annotator
        if doc_id is None:
            if span_id is not None:
                doc_id = self.project.annotation(span_id).doc_id
            else:
                ids = self.project.document_ids()
                doc_id = ids[0] if ids else None
        self.doc_id = doc_id
        self.span_id = span_id
        self.whole_project = False
        self.pane_doc: str | None = None
        self.text, self.umap = "", OffsetMap("")
        self._watched = None  # the table's selection model whose choice the pane follows
        self.spawned: list[HistoryView] = []
        # the events of the document shown grown past anything Biaozhu writes
        # (sqlite3), left out and named (the whole history's: self.paged.damaged)
        self.damaged: list[Message] = []

        # both timelines read this list: filled (and filled again on a
        # language change) by _name_things, as the other words
        self._headers = [""] * TimelineModel.COLUMNS
        self._named = False
        self.model = TimelineModel(self._headers, "", "", self)
        self.paged = ProjectTimelineModel(self.project, self._headers, "", "", self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._action_cells = MiddleElided(self.table)
        self.table.setItemDelegateForColumn(3, self._action_cells)
        self._change_wanted = CHANGE_COLUMN_MAX  # Before → after's width for its texts
        self._action_wanted = ACTION_COLUMN_MAX
        # the columns fit again to the table's width as the window or the
        # splitter changes it (from widths measured once per timeline)
        self.table.viewport().installEventFilter(self)
        # columns sized on the first rows and those in view, not on every row
        # of a long timeline (each row's text costs a look-up)
        self.table.horizontalHeader().setResizeContentsPrecision(PAGE)
        self._size_columns()
        # Enter on an event, or a double click (the style's activation): the
        # document as of it, without tabbing through the filters to the button
        self.table.activated.connect(lambda _i: self.show_as_of())

        self.doc_edit = QLineEdit(self)
        self.doc_edit.setClearButtonEnabled(True)
        # 24 characters of id beside the clear button and the frame's margins,
        # which take about two field heights: without them an imported file's
        # id lost its first character
        self.doc_edit.setMinimumWidth(
            self.doc_edit.fontMetrics().horizontalAdvance("0" * 24)
            + 2 * self.doc_edit.sizeHint().height()
        )
        self.doc_edit.returnPressed.connect(self._document_entered)
        self.who = QComboBox(self)
        self.action = QComboBox(self)
        self.use_since = QCheckBox(self)
        self.use_until = QCheckBox(self)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.newest = QCheckBox(self)
        self.as_of_button = QPushButton(self)
        self.as_of_button.clicked.connect(lambda _checked=False: self.show_as_of())
        self.span_button = QPushButton(self)
        self.span_button.clicked.connect(lambda _checked=False: self.open_span_history())
        self.go_button = QPushButton(self)
        self.go_button.clicked.connect(lambda _checked=False: self.go_to_event())
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda _checked=False: self.ask_export())
        self.exporting: AuditExport | None = None
        filters = QHBoxLayout()
        # each filter one Alt+key away: Tab stops in a date's year, month, day
        self.filter_labels: list[QLabel] = []
        for widget in (self.doc_edit, self.who, self.action):
            label = QLabel(self)
            label.setBuddy(widget)
            self.filter_labels.append(label)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addWidget(self.newest)
        filters.addStretch(1)
        # the buttons on a row of their own: beside the filters the window was
        # wider than a 1366-pixel laptop screen, and the filters overlapped there
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.as_of_button)
        buttons.addWidget(self.span_button)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.export_button)

        self.as_of_label = QLabel(self)
        self.as_of_label.setTextFormat(Qt.TextFormat.PlainText)
        self.layer = QComboBox(self)
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer.currentIndexChanged.connect(self._paint_as_of)
        self.layer.hide()  # until a document is drawn as of an event
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
        # the table first: at 1280 pixels a 520-pixel text pane left the
        # source suggestion past the table's edge
        splitter.setSizes([840, 460])
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self.as_of_layers: dict = {}
        self.as_of_event: int | None = None
        self.colours = label_colours(self.project)
        self._filling = QTimer(self)
        self._filling.setSingleShot(True)
        self._filling.setInterval(0)
        self._filling.timeout.connect(self._fill_page)
        self.paged.rowsInserted.connect(lambda *_a: self._count_changed())
        self._name_things()
        self._set_title()
        self.doc_edit.setText(doc_id or "")
        self._show_pane_document(doc_id)
        self.reload()
        for w in (self.who, self.action):
            w.currentIndexChanged.connect(self.apply_filters)
        for w in (self.use_since, self.use_until, self.newest):
            w.toggled.connect(self.apply_filters)
        for w in (self.since, self.until):
            w.dateChanged.connect(self.apply_filters)
        for keys, slot in (
            ("Ctrl+L", self._focus_document),
            ("Ctrl+Shift+H", self.open_span_history),
            ("Ctrl+G", self.go_to_event),
            ("Alt+E", self.table.setFocus),
            ("Ctrl+E", self.ask_export),
        ):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(act)
        add_close_keys(self)
        self.resize(1300, 700)

    def _name_things(self) -> None:
        """The window's own words, in the language installed."""
        self._headers[:] = [
            self.tr("#"),
            self.tr("Time"),
            self.tr("Annotator"),
            self.tr("Action"),
            self.tr("Before → after"),
            self.tr("Source suggestion"),
            self.tr("Merged from"),
            self.tr("Document"),
        ]
        for model in (self.model, self.paged):
            model._merged_text = self.tr("merged")
            model._gone_text = self.tr("suggestion %1 (no longer stored)")
            model._numbered_text = self.tr("suggestion %1: %2")
            model._scored_text = self.tr("%1 (%2)")  # %1 a suggester, %2 its score
            model._version_text = self.tr("version %1")
        self.doc_edit.setPlaceholderText(self.tr("all documents"))
        self.doc_edit.setToolTip(
            self.tr(
                "The document whose history is shown (Ctrl+L); empty, and Enter:"
                " the whole project's history"
            )
        )
        self.use_since.setText(self.tr("&From"))
        self.use_until.setText(self.tr("t&o"))
        self.newest.setText(self.tr("Ne&west first"))
        self.newest.setToolTip(self.tr("The latest events at the top"))
        self.as_of_button.setText(self.tr("Show as of…"))
        self.as_of_button.setToolTip(
            self.tr("Draw the document as it stood right after the selected event")
        )
        self.span_button.setText(self.tr("Span history"))
        self.span_button.setToolTip(
            self.tr(
                "The history of the selected event's span and of the suggestion and spans"
                " it came from, in its own window (Ctrl+Shift+H)"
            )
        )
        self.go_button.setText(self.tr("Go to"))
        self.go_button.setToolTip(
            self.tr("Show the selected event's document and span in the main window (Ctrl+G)")
        )
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr(
                "Write the events shown (every one the filters select) as the history's"
                " audit CSV, the same as the command line writes (Ctrl+E)"
            )
        )
        for label, text in zip(
            self.filter_labels,
            (self.tr("&Document:"), self.tr("A&nnotator:"), self.tr("Ac&tion:")),
            strict=True,
        ):
            label.setText(text)
        if self.as_of_event is None:
            self.as_of_label.setText(self._pane_hint())
        self._named = True

    def retranslate(self) -> None:
        """Everything shown in the language just installed: the window's
        words, the events' actions and changes in words, the filters' choices;
        the scope, the filters chosen, the event selected and the document
        drawn as of it stay."""
        self._name_things()
        self._set_title()
        for model in (self.model, self.paged):
            model._shown = {}  # the rows' words, made again on demand
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.COLUMNS - 1)
            if model.rowCount():
                model.dataChanged.emit(
                    model.index(0, 0), model.index(model.rowCount() - 1, model.COLUMNS - 1)
                )
        for combo in (self.who, self.action):
            combo.blockSignals(True)
            # the action filter's names are words; the names people have are not
            for i in range(1, combo.count()):
                item = combo.itemData(i)
                combo.setItemText(i, action_name(item) if combo is self.action else item)
            combo.setItemText(0, self.tr("All"))
            combo.blockSignals(False)
        self._count_changed()
        if self.as_of_event is not None:
            self.show_as_of(self.as_of_event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self._named:
            self.retranslate()
        super().changeEvent(event)

    # -- scope: a document, a span, or the whole project -------------------------------
    def _set_title(self) -> None:
        name = self.project.path.name
        if self.whole_project:
            title = self.tr("History of the project — %2")
        elif self.span_id is not None:
            title = self.tr("History of span %1 — %2").replace("%1", str(self.span_id))
        else:
            title = self.tr("History of %1 — %2").replace("%1", str(self.doc_id))
        self.setWindowTitle(title.replace("%2", name))

    def _focus_document(self) -> None:
        self.doc_edit.setFocus()
        self.doc_edit.selectAll()

    def _document_entered(self) -> None:
        text = self.doc_edit.text().strip()
        try:
            self.set_document(text or None)
        except BiaozhuError as exc:
            self._say(say_error(exc))
            return
        self.table.setFocus()

    def set_document(self, doc_id: str | None) -> None:
        """Show one document's history, or (None) the whole project's; an
        unknown document is refused (NotFound) and nothing changes."""
        if doc_id is not None:
            self.project.document(doc_id)  # NotFound, in words, for a mistyped id
        self.whole_project = doc_id is None
        self.doc_id, self.span_id = doc_id, None
        self.doc_edit.setText(doc_id or "")
        self._set_title()
        if doc_id is not None:
            self._show_pane_document(doc_id)
        else:  # the document shown before is not what the events are about
            self._clear_pane()
        self.reload()

    def _show_pane_document(self, doc_id: str | None) -> None:
        if doc_id is None or doc_id == self.pane_doc:
            return
        self.pane_doc = doc_id
        self.text = self.project.document_text(doc_id)
        self._reset_pane(display_text(self.text))

    def _clear_pane(self) -> None:
        """No document in the pane (the whole project's history before an
        event is chosen), the hint saying what will show there."""
        self.pane_doc, self.text = None, ""
        self._reset_pane("")

    def _reset_pane(self, shown: str) -> None:
        self.umap = OffsetMap(self.text)
        self.pane.setPlainText(shown)
        self.as_of_layers, self.as_of_event = {}, None
        self.layer.clear()
        self.layer.hide()  # an empty list beside the hint: shown with its layers
        self.as_of_label.setText(self._pane_hint())

    def _pane_hint(self) -> str:
        if self.whole_project and self.pane_doc is None:
            return self.tr("Choose an event: its document is shown here.")
        if self.whole_project:  # which of the project's documents this is
            return self.tr("%1: press “Show as of…” to draw it as of the chosen event.").replace(
                "%1", self.pane_doc
            )
        return self.tr("Select an event and press “Show as of…”.")

    def _follow_choice(self) -> None:
        """The pane follows the event chosen in the whole project's table (a
        click or the arrow keys), as a document's timeline shows its own."""
        chosen = self.table.selectionModel()
        if chosen is not self._watched:  # a new one with each model the table shows
            chosen.currentRowChanged.connect(self._event_chosen)
            self._watched = chosen

    def _event_chosen(self, _current=None, _previous=None) -> None:
        if not self.whole_project:
            return
        event = self.selected_event()
        if event is None or event.doc_id is None:  # an event about no document
            if self.pane_doc is not None:
                self._clear_pane()
            return
        try:
            self._show_pane_document(event.doc_id)
        except BiaozhuError as exc:  # a document removed since: said, none shown
            self._clear_pane()
            self._say(say_error(exc))

    def reload(self) -> None:
        if self.whole_project:
            self.table.setModel(self.paged)
            self._follow_choice()
            self._size_columns()
            names = sorted({p["name"] for p in self.project.annotators()})
            self._fill_choices(names, [*family_names(), *action_names()])
            self.apply_filters()
            return
        self.table.setModel(self.proxy)
        self._size_columns()
        self.damaged = []
        if self.doc_id is None:
            rows = []
        elif self.span_id is not None:
            rows = span_timeline(self.project, self.doc_id, self.span_id, damaged=self.damaged)
        else:
            rows = document_timeline(self.project, self.doc_id, damaged=self.damaged)
        self.model.set_rows(rows)
        self._fill_choices(*filter_choices(rows))
        self.apply_filters()
        self.table.resizeColumnsToContents()
        self._fit_change_column()

    def _fill_choices(self, names: list[str], actions: list[str]) -> None:
        for combo, items in ((self.who, names), (self.action, actions)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for item in items:
                combo.addItem(action_name(item) if combo is self.action else item, item)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        if self.whole_project:
            # measured on the rows shown, not on every row as pages come in
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate((60, 140, 90, 150, CHANGE_COLUMN_MAX, 190, 90, 120)):
                header.resizeSection(column, width)
            # fitted to the table's width as a document's are: the source in view
            self._action_wanted, self._change_wanted = 150, CHANGE_COLUMN_MAX
            self._refit_columns()
            return
        # sized once per timeline (resizeColumnsToContents in reload): a column
        # sized to its contents measures every cell again at each resize
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fit_change_column(self) -> None:
        """Before → after as wide as its text up to a limit (the rest on hover),
        never narrower than its header."""
        header = self.table.horizontalHeader()
        self._action_wanted = max(
            min(header.sectionSize(3), ACTION_COLUMN_MAX), header.sectionSizeHint(3)
        )
        self._change_wanted = min(self.table.sizeHintForColumn(4), CHANGE_COLUMN_MAX)
        self._refit_columns()

    def _refit_columns(self) -> None:
        """The source suggestion is what a reviewer reads a row for: Before →
        after gives up width (down to CHANGE_COLUMN_MIN), then Action (down to
        ACTION_COLUMN_MIN, cut in its middle), so that it stays in view."""
        header = self.table.horizontalHeader()
        floor = max(CHANGE_COLUMN_MIN, header.sectionSizeHint(4))
        room = self.table.viewport().width() - sum(header.sectionSize(c) for c in (0, 1, 2, 5))
        action = max(
            min(self._action_wanted, room - floor),
            min(ACTION_COLUMN_MIN, self._action_wanted),
            header.sectionSizeHint(3),
        )
        header.resizeSection(3, action)
        header.resizeSection(4, max(min(self._change_wanted, room - action), floor))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._refit_columns()  # widths measured before: no cell is measured again
        return super().eventFilter(watched, event)

    # -- filters -----------------------------------------------------------------------
    def apply_filters(self) -> None:
        since = self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None
        until = self.until.date().toString("yyyy-MM-dd") if self.use_until.isChecked() else None
        if self.whole_project:
            low, high = utc_bounds(since, until)
            filters = {
                "annotator": self.who.currentData(),
                "action": self.action.currentData(),
                "since": low,
                "until": high,
            }
            self.paged.reset(filters, self.newest.isChecked())
            self._fill_page()
            return
        self.proxy.set_filters(self.who.currentData(), self.action.currentData(), since, until)
        # newest first: the events in reverse; else the timeline's own order
        if self.newest.isChecked():
            self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        else:
            self.proxy.sort(-1, Qt.SortOrder.AscendingOrder)
        self._count_changed()

    def _fill_page(self) -> None:
        """Read on until a page is shown or the history ends, one bounded read
        per turn of the event loop (a filter matching few events reads the
        history a step at a time, and keys are answered between steps)."""
        if self.whole_project and self.paged.canFetchMore() and self.paged.rowCount() < PAGE:
            self.paged.fetchMore()
            if self.paged.canFetchMore() and self.paged.rowCount() < PAGE:
                self._filling.start()
        self._count_changed()

    def _count_changed(self) -> None:
        if self.whole_project:
            shown = self.paged.rowCount()
            text = (
                self.tr("%n event(s)", "", shown)
                if self.paged.done
                else self.tr("%n event(s) read so far; more as you scroll", "", shown)
            )
        else:
            text = self.tr("%1 of %n event(s)", "", self.model.rowCount()).replace(
                "%1", str(self.proxy.rowCount())
            )
        self.count_label.setStyleSheet("")
        self.count_label.setText(text)
        damaged = self.paged.damaged if self.whole_project else self.damaged
        if damaged:
            # the first damaged event in one line, the events read beside it
            self._say(f"{text} · {say_error(damaged[0])}")

    def _say(self, text: str) -> None:
        self.count_label.setStyleSheet("color: #a61b1b;")
        self.count_label.setText(text)

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

    # -- events ------------------------------------------------------------------------
    def visible_event_ids(self) -> list[int]:
        shown = self.table.model()
        return [
            shown.data(shown.index(r, 0), TimelineModel.EventIdRole)
            for r in range(shown.rowCount())
        ]

    def select_event(self, event_id: int) -> None:
        shown = self.table.model()
        for r in range(shown.rowCount()):
            if shown.data(shown.index(r, 0), TimelineModel.EventIdRole) == event_id:
                self.table.setCurrentIndex(shown.index(r, 0))
                return

    def selected_event(self) -> Event | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        shown = self.table.model()
        return shown.data(shown.index(index.row(), 0), TimelineModel.EventRole)

    def selected_event_id(self) -> int | None:
        event = self.selected_event()
        return None if event is None else event.id

    def _event_document(self, event: Event | None) -> str | None:
        """The document an event is shown against: the one in view, or in the
        whole project's history the event's own."""
        if not self.whole_project:
            return self.doc_id
        return None if event is None else event.doc_id

    def show_as_of(self, event_id: int | None = None) -> None:
        """Draw the document as it stood right after ``event_id`` (default: the selection)."""
        if event_id is None:
            event = self.selected_event()
            event_id = None if event is None else event.id
        else:
            found = self.project.history_page(from_id=event_id - 1, limit=1).events
            event = found[0] if found and found[0].id == event_id else None
        doc_id = self._event_document(event)
        if event_id is None:
            return
        if doc_id is None:
            self._say(self.tr("Event #%1 is about no document.").replace("%1", str(event_id)))
            return
        self._show_pane_document(doc_id)
        try:
            layers = layers_as_of(self.project, doc_id, event_id)
        except BiaozhuError as exc:  # an event of the document grown with sqlite3: named
            self._say(say_error(exc))
            return
        self.as_of_event = event_id
        self.as_of_layers = layers
        self.layer.blockSignals(True)
        current = self.layer.currentData()
        self.layer.clear()
        for name, spans in self.as_of_layers.items():
            # "alice (1 spans)" read wrong: the count in its plural form
            self.layer.addItem(self.tr("%1 (%n span(s))", "", len(spans)).replace("%1", name), name)
        # the layer the event changed, where its change shows; else the one chosen
        who = None if event is None else event.annotator
        for name in (who, current):
            if name is not None and self.layer.findData(name) >= 0:
                self.layer.setCurrentIndex(self.layer.findData(name))
                break
        self.layer.blockSignals(False)
        self.layer.setVisible(self.layer.count() > 0)
        text = self.tr("%1 as of event #%2") if self.whole_project else self.tr("As of event #%1")
        if self.whole_project:
            text = text.replace("%1", doc_id).replace("%2", str(event_id))
        else:
            text = text.replace("%1", str(event_id))
        self.as_of_label.setText(text)
        self._paint_as_of()
        _span, start = self._event_span(event)
        if 0 <= start <= len(self.text):  # the event's place in view
            cursor = self.pane.textCursor()
            cursor.setPosition(self.umap.to_qt(start))
            self.pane.setTextCursor(cursor)
            self.pane.centerCursor()

    def _paint_as_of(self) -> None:
        if self.pane_doc is None:
            return
        spans = self.as_of_layers.get(self.layer.currentData(), [])
        paint_spans(self.pane, self.umap, spans, self.colours)

    def _event_span(self, event: Event | None) -> tuple[int | None, int]:
        """The span of this file an event is about, and where it starts (-1: unknown)."""
        if event is None or event.origin_hash is not None or not targets_a_span(event.action):
            return None, -1
        try:
            span_id = int(event.target or "")
        except ValueError:
            return None, -1
        start = -1
        for side in (event.after, event.before):
            if isinstance(side, dict):
                record = side.get("span") if isinstance(side.get("span"), dict) else side
                if isinstance(record.get("start"), int):
                    start = record["start"]
                    break
        return span_id, start

    def open_span_history(self) -> HistoryView | None:
        """The lineage of the selected event's span, in a window of its own."""
        event = self.selected_event()
        span_id, _start = self._event_span(event)
        doc_id = self._event_document(event) or (event.doc_id if event else None)
        if span_id is None or doc_id is None:
            self._say(self.tr("Select an event about a span first."))
            return None
        view = HistoryView(str(self.project.path), self.annotator, doc_id, span_id=span_id)
        view.goToRequested.connect(self.goToRequested)
        self.spawned.append(view)
        view.destroyed.connect(lambda _o=None, v=view: self._forget(v))
        show_window(view)
        return view

    # -- the audit CSV ---------------------------------------------------------------
    def ask_export(self) -> None:
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the history as CSV"),
            str(self.project.path.with_name(self.project.path.stem + "-history.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        """The events the view selects as the CLI's audit CSV: those shown of a
        document or span; of the whole project, every event the filters
        select (written on a thread of its own, the count label saying when)."""
        out = Path(path)
        try:
            check_audit_out(self.project, out)
        except BiaozhuError as exc:
            self._say(say_error(exc))
            return
        if self.exporting is not None:
            self._say(self.tr("The history is being written already; wait for it to finish."))
            return
        if not self.whole_project:
            shown = self.table.model()
            rows = [
                shown.data(shown.index(r, 0), TimelineModel.EventRole).as_json()
                for r in range(shown.rowCount())
            ]
            try:
                write_audit_csv(out, rows)
            except (OSError, BiaozhuError) as exc:  # the file system's refusal, in words
                self._say(say_error(exc))
                return
            self._exported(len(rows), out)
            return
        # no parent: it outlives a window closed meanwhile (its file is written
        # whole or not at all), which then hears nothing of it
        self.exporting = AuditExport(self.project.path, dict(self.paged.filters), out)
        self.exporting.finished.connect(lambda n, out=out: self._exported(n, out))
        self.exporting.failed.connect(self._export_failed)
        self.count_label.setText(self.tr("Writing the history to %1…").replace("%1", out.name))
        self.exporting.start()

    def _exported(self, count: int, out: Path) -> None:
        self.exporting = None
        self.count_label.setStyleSheet("")
        self.count_label.setText(
            self.tr("Wrote %n event(s) to %1", "", count).replace("%1", str(out))
        )

    def _export_failed(self, message: str) -> None:
        self.exporting = None
        self._say(message)

    def _forget(self, view: HistoryView) -> None:
        self.spawned = [v for v in self.spawned if v is not view]

    def go_to_event(self) -> None:
        """Ask the main window to show the selected event's document and span."""
        event = self.selected_event()
        doc_id = event.doc_id if event is not None else None
        if event is not None and not self.whole_project:
            doc_id = self.doc_id
        if doc_id is None:
            self._say(self.tr("Select an event about a document first."))
            return
        span_id, start = self._event_span(event)
        # out of the way, as it stands: a window over its main window stays
        # above it (a transient), and the main window's Ctrl+H shows it again
        self.hide()
        self.goToRequested.emit(doc_id, -1 if span_id is None else span_id, start)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._named = False  # closed, its project too: a language change reads nothing
        if self._watched is not None:  # nor a choice the table makes as it goes
            self._watched.currentRowChanged.disconnect(self._event_chosen)
            self._watched = None
        self._filling.stop()
        if self.exporting is not None:
            self.exporting.finished.disconnect()
            self.exporting.failed.disconnect()
        self.project.close()
        super().closeEvent(event)


def open_history(
    parent, project_path: str, annotator: str, doc_id: str | None, span_id: int | None = None
) -> HistoryView:
    """Open the history of a document (or of one span) as its own window."""
    return show_window(HistoryView(project_path, annotator, doc_id, parent, span_id=span_id))
