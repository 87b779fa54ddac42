"""What an import did: counts, then every file failed or left unread, with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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
from models.errors import LIBRARY_CHARS, shown

translate = QCoreApplication.translate


class ImportReportDialog(QDialog):
    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setObjectName("importReport")
        self.report = report
        rows = self.rows(report)
        self.resize(720, 380 if rows else 160)
        self.summary = summary = QLabel(self)
        summary.setObjectName("importSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)  # a label or path may hold "<"
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.failures = QTableWidget(len(rows), 2, self)
        self.failures.setObjectName("importFailures")
        self.failures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failures.verticalHeader().hide()
        self.failures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.failures.setVisible(bool(rows))
        layout.addWidget(self.failures, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok, Qt.Orientation.Horizontal, self
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate()
        self.failures.resizeColumnToContents(0)

    def retranslate(self) -> None:
        """Every text in the language of the moment: the reasons are the
        core's words, said again (``say``) like the rest."""
        self.setWindowTitle(translate("ImportDialog", "Import finished"))
        self.summary.setText("\n".join(self.lines(self.report)))
        self.failures.setHorizontalHeaderLabels(
            [translate("ImportDialog", "File"), translate("ImportDialog", "Reason")]
        )
        for row, (where, reason) in enumerate(self.rows(self.report)):
            self.failures.setItem(row, 0, QTableWidgetItem(where))
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)  # a long reason is elided in its cell
            self.failures.setItem(row, 1, item)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lines(self, report) -> list[str]:
        """What the import did, a line for each thing that happened (nothing
        said of what did not: a file that became someone's layer brought no
        new document, and says only that)."""
        lines = []
        added, spans = len(report.added), report.spans
        if added and spans:
            # two counts, each its own plural form: "1 new document added, with 2 spans."
            lines.append(
                self.tr("%n new document(s) added, with %1.", "", added).replace(
                    "%1", self.tr("%n span(s)", "", spans)
                )
            )
        elif added:
            lines.append(self.tr("%n new document(s) added.", "", added))
        if report.skipped:
            lines.append(
                self.tr(
                    "%n document(s) already in the project (the same text) were not imported"
                    " again.",
                    "",
                    len(report.skipped),
                )
            )
        if report.renamed:  # an id the project gives another article: stored as ID_<hash>
            lines.append(
                self.tr(
                    "%n new document(s) got another id: the id in the file names another"
                    " article of the project.",
                    "",
                    len(report.renamed),
                )
            )
        if report.layers:  # a labelled file of texts the project holds: the importer's layer
            layer_spans = sum(n for _, _, n in report.layers)
            lines.append(
                self.tr(
                    "Your annotations were added to %n document(s) already in the project",
                    "",
                    len(report.layers),
                )
                + self.tr(" (%n span(s)).", "", layer_spans)
            )
        if report.kept:  # never overwritten: say how many
            lines.append(
                self.tr(
                    "%n document(s) were left as they are: you have annotations in them already.",
                    "",
                    len(report.kept),
                )
            )
        if not (report.added or report.skipped or report.layers or report.kept):
            lines.append(translate("ImportDialog", "No document was imported."))
        if report.failed:
            lines.append(
                self.tr("%n file(s) could not be imported (listed below).", "", len(report.failed))
            )
        if report.unread or report.ignored:  # files given or met that hold no import
            lines.append(
                self.tr(
                    "%n file(s) were left unread (listed below).",
                    "",
                    len(report.unread) + len(report.ignored),
                )
            )
        if report.labels_added:  # a typo in a file's label becomes a label: say so
            lines.append(
                translate("ImportDialog", "Labels the files added to the project: %1.").replace(
                    "%1", ", ".join(report.labels_added)
                )
            )
        # relations the files held (no span keeps them), labels taken in another case
        lines += [say(note) for note in report.notes()]
        return lines

    @staticmethod
    def rows(report) -> list[tuple[str, str]]:
        """(file, reason) in the window's language: the files that failed,
        then those left unread (a kind no format reads, a lock file) and
        those only SQLite may open."""
        rows = report.failures_at(say)
        rows += [(path, say(reason)) for path, reason in report.unread]
        rows += [(path, say(reason)) for path, reason in report.ignored]
        # a file's name on one row as the reasons show it (a line break, a
        # terminal escape, a bidi override), with room for a long path
        return [(shown(path, LIBRARY_CHARS), reason) for path, reason in rows]
