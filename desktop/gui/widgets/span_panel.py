"""Right pane: the document's spans (a QAbstractTableModel), where the
focused one comes from (its suggester and calibrated score), and an
attribute editor showing the focused span's label's attributes. The table
follows the focus, and selecting a row focuses that span."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.describe import attribute_name, attribute_value, provenance, source_text
from desktop.gui.itemmodels.spans import KeyRole, SpanTableModel, status_words
from desktop.gui.spans import SpanItem
from models.domain import LABEL_ATTRIBUTES
from models.errors import cell_text
from models.suggest.numbers import parse_number

translate = QCoreApplication.translate

ALL_ATTRIBUTES = tuple(dict.fromkeys(a for names in LABEL_ATTRIBUTES.values() for a in names))
APPROX = ("", "超", "近", "约", "余", "多", "左右", "以上", "以下", "不到")
ERROR_STYLE = "border: 1px solid #b3261e;"
# Below this width the Source column gives its room to the text; the focused
# span's source is still written under the table.
WIDE_ENOUGH_FOR_SOURCE = 440


def parse_value(raw: str) -> float | None:
    """A METRIC value as a curator types it: 93240000000, 9.324e10, 1,200,
    932.4亿, 三千. None when it is not a number."""
    text = raw.strip().replace(",", "").replace("，", "")
    try:
        return float(text)
    except ValueError:
        return parse_number(text)


class AttributeEditor(QGroupBox):
    """The attributes of the focused span's label; a gold span's are edited
    and go out as ``attrsEdited(annotation id, attrs)`` when a field is left
    or Enter is pressed. A value that is not a number is refused, and the
    reason shown under the fields."""

    attrsEdited = Signal(int, dict)
    done = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attributeEditor")
        self.item: SpanItem | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(8, 6, 8, 6)
        for name in ALL_ATTRIBUTES:
            self.form.addRow(*self._make_row(name))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("attrNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setObjectName("attrError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.retranslate()
        self.show_item(None)

    def _make_row(self, name: str) -> tuple[QLabel, QWidget]:
        if name == "approx":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(APPROX))
            combo.setObjectName("attr_approx")
            self.approx = combo
            edit, widget = combo.lineEdit(), combo
        else:
            edit = QLineEdit(self)
            edit.setObjectName(f"attr_{name}")
            widget = edit
        edit.editingFinished.connect(self._commit)
        edit.returnPressed.connect(self._return_pressed)
        self.fields[name] = edit
        label = QLabel(self)
        self.labels[name] = label
        return label, widget

    def show_item(self, item: SpanItem | None) -> None:
        # the same span shown again (the document read again after another
        # window's or program's change): a field the curator is typing in
        # keeps her text, to be saved by her Enter or Tab over what is stored
        typing = self._typing_in(item)
        self.item = item
        names = LABEL_ATTRIBUTES.get(item.label, ()) if item is not None else ()
        editable = item is not None and item.is_gold
        for row, (name, edit) in enumerate(self.fields.items()):
            if name not in typing:
                value = item.attrs.get(name, "") if item is not None else ""
                edit.blockSignals(True)
                edit.setText("" if value is None else attribute_value(value))
                edit.blockSignals(False)
            edit.setReadOnly(not editable)
            self.form.setRowVisible(row, name in names)
        self.approx.setEnabled(editable)
        if not typing:  # a refused value still typed keeps its reason
            self._show_error("")
        self._update_note()

    def _typing_in(self, item: SpanItem | None) -> set[str]:
        """The fields holding text typed and not yet saved for ``item``'s span."""
        shown = self.item
        if item is None or shown is None or not (item.is_gold and shown.is_gold):
            return set()
        if item.id != shown.id or item.label != shown.label:
            return set()
        return {name for name, edit in self.fields.items() if edit.isModified()}

    def _update_note(self) -> None:
        item = self.item
        if item is None:
            text = translate("SpanPanel", "No span focused.")
        elif item.label not in LABEL_ATTRIBUTES:
            text = translate("SpanPanel", "%1 spans have no attributes.").replace("%1", item.label)
        elif item.is_gold:
            text = translate("SpanPanel", "Edit, then Enter or Tab: saved at once.")
        else:
            text = translate("SpanPanel", "Suggested attributes; accept the span (A) to edit them.")
        self.note.setText(text)

    def _return_pressed(self) -> None:
        if not self.error.isVisible():
            self.done.emit()

    def _commit(self) -> None:
        item = self.item
        if item is None or not item.is_gold or item.label not in LABEL_ATTRIBUTES:
            return
        attrs = dict(item.attrs)
        problem = ""
        for name in LABEL_ATTRIBUTES[item.label]:
            raw = self.fields[name].text().strip()
            if name != "value":
                if raw or name in attrs:
                    attrs[name] = raw
            elif not raw:
                attrs.pop(name, None)
            elif (value := parse_value(raw)) is None:
                problem = translate(
                    "SpanPanel",
                    "“%1” is not a number; the value stays %2. Type digits (93240000000, "
                    "9.324e10) or a number with its scale (932.4亿).",
                ).replace("%1", raw)
                problem = problem.replace("%2", attribute_value(item.attrs.get("value", "")) or "—")
            else:
                attrs[name] = value
        self._show_error(problem)
        if not problem:  # saved (or unchanged): no longer typing
            for edit in self.fields.values():
                edit.setModified(False)
        if attrs != item.attrs:
            self.attrsEdited.emit(item.id, attrs)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.fields["value"].setStyleSheet(ERROR_STYLE if text else "")

    def retranslate(self) -> None:
        self.setTitle(translate("SpanPanel", "Attributes"))
        for name, label in self.labels.items():
            label.setText(attribute_name(name))
        self.fields["indicator"].setPlaceholderText(translate("SpanPanel", "e.g. 工业营收"))
        self.fields["value"].setPlaceholderText(
            translate("SpanPanel", "in base units, e.g. 93240000000 or 932.4亿")
        )
        self.fields["period"].setPlaceholderText(translate("SpanPanel", "e.g. 2024"))
        self._update_note()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SpanPanel(QWidget):
    spanSelected = Signal(object)  # Key
    showRejectedChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("spanPanel")
        self.model = SpanTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("spanTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._lay_out_columns()
        self.summary = QLabel(self)
        self.summary.setObjectName("spanSummary")
        self.show_rejected = QCheckBox(self)
        self.show_rejected.setObjectName("showRejected")
        self.details = QLabel(self)
        self.details.setObjectName("spanProvenance")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.editor = AttributeEditor(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_rejected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addWidget(self.editor, 0)
        self._syncing = False
        self._current: SpanItem | None = None
        self._counts: tuple[int, int] | None = None  # (gold, pending) of the items shown
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_rejected.toggled.connect(self.showRejectedChanged.emit)
        self.retranslate()

    def _lay_out_columns(self) -> None:
        """Text takes the room; label, score and status their contents'; the
        indicator is in the attribute editor below."""
        m = self.model
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # contents measured on the rows in view only: a long article's 3,000
        # rows measured on every relayout cost a switch 150 ms
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(m.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(m.SOURCE, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(m.INDICATOR, True)
        self._label_names: list[str] = []
        self._sources: dict[tuple[bool, str], SpanItem] = {}  # one span per source shown
        self._source_widths: dict[tuple[bool, str], int] = {}
        self._fit_word_columns()

    def set_labels(self, names: list[str]) -> None:
        """The project's labels, whose widest name sizes the label column."""
        self._label_names = [cell_text(n) for n in names]
        self._fit_word_columns()

    def _fit_word_columns(self) -> None:
        """Label and status as wide as the widest word they can show: measured
        on the rows in view, an article opening on POLICY rows cut the METRIC
        and COMPANY rows below them to "MET…"."""
        m = self.model
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = self._cell_margin()
        for col, words in ((m.LABEL, self._label_names), (m.STATUS, status_words())):
            widest = max((metrics.horizontalAdvance(w) for w in words), default=0) + margin
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(widest, header.sectionSizeHint(col)))
        self._source_widths.clear()  # the words may be another language's now
        self._fit_source()

    def _cell_margin(self) -> int:
        frame = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        return 2 * (frame + 1) + 6

    def _fit_source(self) -> None:
        """Source as wide as the widest source of the article's spans, up to
        nine twentieths of the room the text shares with it: a fixed 96
        pixels cut an offer's source to "他处已接受的…" and gave a row of "模型"
        more room than it needed."""
        m = self.model
        metrics = self.table.fontMetrics()
        widest = 0
        for key, item in self._sources.items():
            width = self._source_widths.get(key)
            if width is None:
                width = metrics.horizontalAdvance(cell_text(source_text(item)))
                self._source_widths[key] = width
            widest = max(widest, width)
        header = self.table.horizontalHeader()
        # the text keeps more than half of what label, score and status leave
        others = sum(header.sectionSize(c) for c in (m.LABEL, m.SCORE, m.STATUS))
        room = (self.table.viewport().width() - others) * 9 // 20
        wanted = max(widest + self._cell_margin(), header.sectionSizeHint(m.SOURCE))
        width = max(min(wanted, room), header.sectionSizeHint(m.SOURCE))
        if header.sectionSize(m.SOURCE) != width:
            header.resizeSection(m.SOURCE, width)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.table.setColumnHidden(self.model.SOURCE, self.width() < WIDE_ENOUGH_FOR_SOURCE)
        self._fit_source()  # its share of the table's width

    def set_items(self, items: list[SpanItem]) -> None:
        self._syncing = True
        try:
            self.model.set_items(items)
        finally:
            self._syncing = False
        self._counts = (
            sum(1 for i in items if i.is_gold),
            sum(1 for i in items if i.is_pending),
        )
        self._show_counts()
        sources: dict[tuple[bool, str], SpanItem] = {}
        for item in items:
            sources.setdefault((item.is_gold, item.source), item)
        if sources.keys() != self._sources.keys():
            self._sources = sources
            self._fit_source()

    def _show_counts(self) -> None:
        gold, pending = self._counts
        self.summary.setText(
            translate("SpanPanel", "%1 gold · %2 pending")
            .replace("%1", str(gold))
            .replace("%2", str(pending))
        )

    def set_current(self, item: SpanItem | None) -> None:
        self._syncing = True
        try:
            sm = self.table.selectionModel()
            if item is None:
                sm.clear()
            else:
                row = self.model.row_of(item.key)
                if row >= 0:
                    index = self.model.index(row, 0)
                    sm.setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.table.scrollTo(index)
        finally:
            self._syncing = False
        self._current = item
        self._show_provenance()
        self.editor.show_item(item)

    def _show_provenance(self) -> None:
        item = self._current
        self.details.setText(provenance(item) if item is not None else "")
        self.details.setVisible(item is not None)

    def _row_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.spanSelected.emit(current.data(KeyRole))

    def retranslate(self) -> None:
        self.show_rejected.setText(translate("SpanPanel", "Show rejected"))
        self.model.retranslate()
        self._fit_word_columns()  # the status words and headers in the new language
        self._show_provenance()
        if self._counts is not None:  # the counts line is in the interface language too
            self._show_counts()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
