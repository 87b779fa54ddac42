"""Right pane: the document's spans (a QAbstractTableModel) above an
attribute editor for the focused gold span. The table follows the focus,
and selecting a row focuses that span."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QDoubleValidator
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.itemmodels.spans import KeyRole, SpanTableModel
from desktop.gui.spans import SpanItem

translate = QCoreApplication.translate

METRIC_FIELDS = ("indicator", "value", "unit", "approx", "period")
APPROX = ("", "超", "近", "约", "余", "多", "左右", "以上", "以下")


class AttributeEditor(QGroupBox):
    """METRIC attributes of the focused gold span; edits go out as
    ``attrsEdited(annotation id, attrs)`` when a field is left or Enter is pressed."""

    attrsEdited = Signal(int, dict)
    done = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attributeEditor")
        self.item: SpanItem | None = None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(8, 6, 8, 6)
        self.labels: dict[str, QLabel] = {}
        for name in METRIC_FIELDS:
            if name == "approx":
                combo = QComboBox(self)
                combo.setEditable(True)
                combo.addItems(list(APPROX))
                combo.setObjectName("attr_approx")
                edit = combo.lineEdit()
                self.approx = combo
                widget = combo
            else:
                edit = QLineEdit(self)
                edit.setObjectName(f"attr_{name}")
                widget = edit
            if name == "value":
                validator = QDoubleValidator(self)
                validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
                edit.setValidator(validator)
            edit.editingFinished.connect(self._commit)
            edit.returnPressed.connect(self.done.emit)
            self.fields[name] = edit
            label = QLabel(self)
            self.labels[name] = label
            form.addRow(label, widget)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("attrNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addLayout(form)
        self.retranslate()
        self.show_item(None)

    def show_item(self, item: SpanItem | None) -> None:
        self.item = item
        editable = item is not None and item.is_gold and item.label == "METRIC"
        visible = item is not None and (item.label == "METRIC" or bool(item.attrs))
        for name, edit in self.fields.items():
            value = item.attrs.get(name, "") if item is not None else ""
            edit.blockSignals(True)
            edit.setText("" if value is None else _fmt(value))
            edit.blockSignals(False)
            edit.setReadOnly(not editable)
            edit.setEnabled(visible)
        self.approx.setEnabled(editable)
        self._update_note()

    def _update_note(self) -> None:
        item = self.item
        if item is None:
            text = translate("SpanPanel", "No span focused.")
        elif item.is_gold and item.label == "METRIC":
            text = translate("SpanPanel", "Edit, then Enter or Tab: saved at once.")
        elif not item.is_gold:
            text = translate("SpanPanel", "Suggested attributes; accept the span (A) to edit them.")
        else:
            text = translate("SpanPanel", "%1 spans have no attributes.").replace("%1", item.label)
        self.note.setText(text)

    def _commit(self) -> None:
        item = self.item
        if item is None or not item.is_gold or item.label != "METRIC":
            return
        attrs = dict(item.attrs)
        for name, edit in self.fields.items():
            raw = edit.text().strip()
            if name == "value":
                if raw:
                    try:
                        attrs[name] = float(raw)
                    except ValueError:
                        continue
                else:
                    attrs.pop(name, None)
            elif raw or name in attrs:
                attrs[name] = raw
        if attrs != item.attrs:
            self.attrsEdited.emit(item.id, attrs)

    def retranslate(self) -> None:
        self.setTitle(translate("SpanPanel", "Attributes"))
        names = {
            "indicator": translate("SpanPanel", "Indicator"),
            "value": translate("SpanPanel", "Value"),
            "unit": translate("SpanPanel", "Unit"),
            "approx": translate("SpanPanel", "Approx."),
            "period": translate("SpanPanel", "Period"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
        self.fields["indicator"].setPlaceholderText(translate("SpanPanel", "e.g. 工业营收"))
        self.fields["value"].setPlaceholderText(translate("SpanPanel", "in base units"))
        self.fields["period"].setPlaceholderText(translate("SpanPanel", "e.g. 2024"))
        self._update_note()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _fmt(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


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
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 70), (2, 84), (3, 48), (4, 78), (5, 58)):
            header.resizeSection(col, width)
        header.setMinimumSectionSize(36)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        self.summary.setObjectName("spanSummary")
        self.show_rejected = QCheckBox(self)
        self.show_rejected.setObjectName("showRejected")
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
        layout.addWidget(self.editor, 0)
        self._syncing = False
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_rejected.toggled.connect(self.showRejectedChanged.emit)
        self.retranslate()

    def set_items(self, items: list[SpanItem]) -> None:
        self._syncing = True
        try:
            self.model.set_items(items)
        finally:
            self._syncing = False
        gold = sum(1 for i in items if i.is_gold)
        pending = sum(1 for i in items if i.is_pending)
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
        self.editor.show_item(item)

    def _row_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.spanSelected.emit(current.data(KeyRole))

    def retranslate(self) -> None:
        self.show_rejected.setText(translate("SpanPanel", "Show rejected"))
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
