"""Tools → Suggester models…: the learned models the project has stored,
the figures to choose by (as ``biaozhu models`` prints them), and the
choice of the one that suggests, or of the bundled model.

The dialog reads the project the window gives it (its reader) and changes
the choice through the ``choose`` it is given (the window's store thread,
the only writer of the file, which recomputes the suggestions after)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.evaluation_view import EvaluationView, fit_rows, kept_adapter, widen_for
from desktop.gui.dialogs.reports import Choose

translate = QCoreApplication.translate

SHOWN_ROWS = 5  # models the list shows without scrolling


def created_text(created: str) -> str:
    """``2026-12-03T09:02:33.41Z`` as ``2026-12-03 09:02`` (UTC, as stored)."""
    return created[:16].replace("T", " ")


class SuggesterModelsDialog(QDialog):
    """One row per stored model; Make active and Use the bundled model."""

    changed = Signal()  # the active model changed

    VERSION, CREATED, DOCUMENTS, ACTIONS = range(4)

    def __init__(self, project, choose: Choose, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.choose = choose
        self.records: list = []
        self.summaries: list = []
        self.setObjectName("suggesterModels")
        self.setWindowTitle(translate("SuggesterModels", "Suggester models"))
        self.current = QLabel(self)
        self.current.setObjectName("currentSuggester")
        self.current.setTextFormat(Qt.TextFormat.PlainText)  # versions are data
        self.current.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("modelsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.itemSelectionChanged.connect(self._selected)
        self.caption = caption = QLabel(translate("SuggesterModels", "Stored &models:"), self)
        caption.setBuddy(self.table)
        self.evaluation = EvaluationView(self)
        self.activate_button = QPushButton(translate("SuggesterModels", "Make &active"), self)
        self.activate_button.setObjectName("makeActive")
        self.activate_button.clicked.connect(self.make_active)
        self.bundled_button = QPushButton(
            translate("SuggesterModels", "Use the &bundled model"), self
        )
        self.bundled_button.setObjectName("useBundled")
        self.bundled_button.clicked.connect(self.use_bundled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.addButton(self.activate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.bundled_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (self.activate_button, self.bundled_button):
            button.setAutoDefault(False)  # Enter closes; a choice is Alt+A or Alt+B
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("modelsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the core's reasons are data
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.evaluation, 2)
        layout.addWidget(self.message)
        # without a stored model there is no list: the words stay at the top
        layout.addStretch(0)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.activate_button)
        QWidget.setTabOrder(self.activate_button, self.bundled_button)
        self.reload()
        # no list, no evaluation: a dialog of the words and the buttons
        self.resize(960, 640 if self.summaries else self.sizeHint().height())

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        from models.learn.registry import list_models, summarize

        self.records = list(reversed(list_models(self.project)))  # the newest first
        self.summaries = [summarize(r) for r in self.records]
        labels = list(dict.fromkeys(label for s in self.summaries for label in s.f1))
        headers = [
            translate("SuggesterModels", "Version"),
            translate("SuggesterModels", "Trained (UTC)"),
            translate("SuggesterModels", "Gold documents"),
            translate("SuggesterModels", "Actions per gold span"),
            *(translate("SuggesterModels", "F1 %1").replace("%1", label) for label in labels),
            translate("SuggesterModels", "Suggests"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.summaries))
        for row, s in enumerate(self.summaries):
            self._fill_row(row, s, labels)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_rows(
            self.table, min(max(len(self.summaries), 1), SHOWN_ROWS)
        )  # not the evaluation's room
        # an empty list filled the dialog under "No model is stored yet"
        self.caption.setVisible(bool(self.summaries))
        self.table.setVisible(bool(self.summaries))
        self._say_current()
        active = next((r for r, s in enumerate(self.summaries) if s.active), 0)
        if self.summaries:
            self.table.selectRow(active)
        self._selected()

    def _fill_row(self, row: int, s, labels: list[str]) -> None:
        actions = "" if s.actions_per_span is None else f"{s.actions_per_span:.3f}"
        cells = [s.version, created_text(s.created), str(s.documents), actions]
        cells += [f"{s.f1[label]:.3f}" if label in s.f1 else "" for label in labels]
        if s.active:
            cells.append(translate("SuggesterModels", "active"))
        elif not s.readable:
            cells.append(translate("SuggesterModels", "unreadable by this version"))
        else:
            cells.append("")
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col not in (self.VERSION, self.CREATED, len(cells) - 1):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if s.active:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, col, item)

    def _say_current(self) -> None:
        from models.learn.bundled import bundled_model

        active = next((s for s in self.summaries if s.active), None)
        if active is not None:
            record = self.records[self.summaries.index(active)]
            if kept_adapter(record.cv):
                # what suggests is the bundled model moved by a few weights,
                # as the training report said, not a model of the project's own
                text = translate(
                    "SuggesterModels",
                    "Suggesting now: %1, an adapter of the bundled model learned from "
                    "this project.",
                )
            else:
                text = translate(
                    "SuggesterModels", "Suggesting now: %1, learned from this project."
                )
            self.current.setText(text.replace("%1", active.version))
            return
        base = bundled_model()
        if base is None:
            text = translate("SuggesterModels", "Suggesting now: the rules alone.")
        else:
            text = translate("SuggesterModels", "Suggesting now: the bundled model (%1).").replace(
                "%1", base.version
            )
        if not self.summaries:
            text += " " + translate(
                "SuggesterModels",
                "No model is stored yet: Tools → Train suggester trains one on the gold.",
            )
        self.current.setText(text)

    def selected(self):
        """The summary of the selected model (None: no row)."""
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def select(self, version: str) -> None:
        for row, s in enumerate(self.summaries):
            if s.version == version:
                self.table.selectRow(row)

    def _selected(self) -> None:
        s = self.selected()
        self.activate_button.setEnabled(s is not None and not s.active and s.readable)
        self.bundled_button.setEnabled(any(x.active for x in self.summaries))
        record = self.records[self.summaries.index(s)] if s is not None else None
        self.evaluation.set_evaluation(record.cv if record is not None else None)
        self.evaluation.setVisible(record is not None)
        if self.isVisible():  # another model's evaluation may have more systems
            self._widen()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._widen()

    def _widen(self) -> None:
        """Wide enough for the list's and the per-label table's columns, up to
        the screen's width (its screen is known once shown)."""
        widen_for(self, [self.table, self.evaluation.labels_table])

    # -- choosing -----------------------------------------------------------------------
    def make_active(self) -> None:
        s = self.selected()
        if s is None or s.active or not s.readable:
            return
        done_text = translate(
            "SuggesterModels",
            "%1 is now the active model; the suggestions are being computed again with it.",
        )
        self._choose(s.version, done_text.replace("%1", s.version))

    def use_bundled(self) -> None:
        if not any(s.active for s in self.summaries):
            return
        self._choose(
            None,
            translate(
                "SuggesterModels",
                "The bundled model suggests again; the suggestions are being computed again.",
            ),
        )

    def _choose(self, version: str | None, done_text: str) -> None:
        self.activate_button.setEnabled(False)
        self.bundled_button.setEnabled(False)
        chosen = self.selected()

        def done() -> None:
            self.reload()
            if chosen is not None:
                self.select(chosen.version)
            self._say(done_text)
            self.changed.emit()

        def failed(reason: str) -> None:
            self.reload()
            self._say(reason, error=True)

        self.choose(version, done, failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)


def open_models(parent: QWidget, project, choose: Choose) -> SuggesterModelsDialog:
    """Tools → Suggester models…, on the main window's project."""
    dialog = SuggesterModelsDialog(project, choose, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
