"""What an import did: counts, then every file failed or left unread, with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.gui.messages import say

translate = QCoreApplication.translate


class ImportReportDialog(QDialog):
    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(translate("ImportDialog", "Import finished"))
        rows = self.rows(report)
        self.resize(720, 380 if rows else 160)
        self.summary = summary = QLabel(self)
        summary.setObjectName("importSummary")
        text = (
            translate(
                "ImportDialog",
                "%1 new document(s), %2 already in the project, "
                "%3 gold span(s) brought in, %4 file(s) failed.",
            )
            .replace("%1", str(len(report.added)))
            .replace("%2", str(len(report.skipped)))
            .replace("%3", str(report.spans))
            .replace("%4", str(len(report.failed)))
        )
        if report.layers:  # a labelled file of texts the project holds: the importer's layer
            spans = sum(n for _, _, n in report.layers)
            text += " " + self.tr(
                "Your annotations were added to %n document(s) already in the project",
                "",
                len(report.layers),
            )
            text += self.tr(" (%n span(s)).", "", spans)
        if report.kept:  # never overwritten: say how many
            text += " " + self.tr(
                "%n document(s) were left as they are: you have annotations in them already.",
                "",
                len(report.kept),
            )
        if report.unread or report.ignored:  # files given or met that hold no import
            text += " " + self.tr(
                "%n file(s) were left unread (listed below).",
                "",
                len(report.unread) + len(report.ignored),
            )
        if report.labels_added:  # a typo in a file's label becomes a label: say so
            text += " " + translate(
                "ImportDialog", "Labels the files added to the project: %1."
            ).replace("%1", ", ".join(report.labels_added))
        summary.setText(text)
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.failures = QTableWidget(len(rows), 2, self)
        self.failures.setObjectName("importFailures")
        self.failures.setHorizontalHeaderLabels(
            [translate("ImportDialog", "File"), translate("ImportDialog", "Reason")]
        )
        self.failures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failures.verticalHeader().hide()
        self.failures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (where, reason) in enumerate(rows):
            self.failures.setItem(row, 0, QTableWidgetItem(where))
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)  # a long reason is elided in its cell
            self.failures.setItem(row, 1, item)
        self.failures.resizeColumnToContents(0)
        self.failures.setVisible(bool(rows))
        layout.addWidget(self.failures, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok, Qt.Orientation.Horizontal, self
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @staticmethod
    def rows(report) -> list[tuple[str, str]]:
        """(file, reason) in the window's language: the files that failed,
        then those left unread (a kind no format reads, a lock file) and
        those only SQLite may open."""
        rows = report.failures_at(say)
        rows += [(path, say(reason)) for path, reason in report.unread]
        rows += [(path, say(reason)) for path, reason in report.ignored]
        return rows
