"""What a merge brought in and what training the suggester measured: the
core's result objects put into words (translated here, never in the core)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def merge_summary(report) -> str:
    """One merged file (models.review.merge.MergeReport) as a little HTML list."""
    name = html.escape(Path(report.source).name)
    if not report.changed:
        return (
            translate("MergeReport", "%1: nothing new (%2 events already here).")
            .replace("%1", f"<b>{name}</b>")
            .replace("%2", str(report.events_known))
        )

    def fill(text: str, *values) -> str:
        for n, value in enumerate(values, 1):
            text = text.replace(f"%{n}", str(value))
        return html.escape(text)

    items = [
        fill(
            translate("MergeReport", "%1 new document(s), %2 matched"),
            len(report.documents_added),
            report.documents_matched,
        ),
        fill(
            translate("MergeReport", "%1 event(s) appended, %2 already here"),
            report.events_added,
            report.events_known,
        ),
        fill(
            translate("MergeReport", "%1 span(s) added, %2 removed"),
            report.spans_added,
            report.spans_removed,
        ),
        fill(
            translate("MergeReport", "%1 suggestion(s) and %2 decision(s) brought in"),
            report.suggestions_added,
            report.decisions_added,
        ),
    ]
    if report.layers_taken or report.layers_kept:
        items.append(
            fill(
                translate("MergeReport", "layers taken from the other file: %1; kept here: %2"),
                report.layers_taken,
                report.layers_kept,
            )
        )
    if report.statuses_changed:
        items.append(
            fill(
                translate("MergeReport", "%1 document status(es) moved on"),
                report.statuses_changed,
            )
        )
    if report.labels_added:
        items.append(
            fill(translate("MergeReport", "labels added: %1"), ", ".join(report.labels_added))
        )
    if report.annotators_added:
        items.append(
            fill(
                translate("MergeReport", "annotators added: %1"),
                ", ".join(report.annotators_added),
            )
        )
    if report.conflicts:
        conflicts = fill(
            translate(
                "MergeReport",
                "%1 conflict(s) left for a reviewer (Review → Compare & adjudicate)",
            ),
            len(report.conflicts),
        )
        items.append(f"<span style='color:#a04000'>{conflicts}</span>")
    items += [f"<i>{html.escape(note)}</i>" for note in report.notes]
    return f"<b>{name}</b><ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def show_merge_reports(parent: QWidget | None, reports: list) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("mergeReport")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("MergeReport", "Merge finished"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(f"<p>{merge_summary(r)}</p>" for r in reports))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def activation_sentence(activated: bool) -> str:
    """Whether the new model now suggests, as the core decided: ``train``
    activates it only when its cross-validation beats what is in use."""
    if activated:
        return translate(
            "TrainReport",
            "It is now the project's active learned suggester: it measured better than "
            "the one in use.",
        )
    return translate(
        "TrainReport",
        "It was stored but not made active: it did not measure better than the suggester "
        "in use, which goes on suggesting (the table below gives the figures).",
    )


class TrainReportDialog(QDialog):
    """The trained model, and its evaluation as the core's plain-text table."""

    def __init__(self, result, parent: QWidget | None = None):
        super().__init__(parent)
        from models.learn.evaluate_cv import format_evaluation

        self.setObjectName("trainReport")
        self.setWindowTitle(translate("TrainReport", "Suggester trained"))
        record = result.record
        labels = ", ".join(record.evaluation.get("model", {}).get("labels", []))
        self.summary = summary = QLabel(self)
        summary.setObjectName("trainSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)  # label names are data
        summary.setWordWrap(True)
        trained = (
            translate(
                "TrainReport",
                "Trained %1 on %2 gold document(s): %3 characters, %4 spans (%5) in %6 s.",
            )
            .replace("%1", record.version)
            .replace("%2", str(result.documents))
            .replace("%3", f"{result.characters:,}")
            .replace("%4", f"{result.spans:,}")
            .replace("%5", labels)
            .replace("%6", f"{result.seconds:.1f}")
        )
        summary.setText(f"{trained} {activation_sentence(result.activated)}")
        if result.evaluation is None:
            self.text = translate(
                "TrainReport",
                "Not evaluated: cross-validation needs at least 2 gold documents.",
            )
        else:
            self.text = "\n".join(format_evaluation(result.evaluation))
        self.table = QPlainTextEdit(self)
        self.table.setObjectName("trainEvaluation")
        self.table.setReadOnly(True)
        self.table.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.setPlainText(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(translate("TrainReport", "Evaluation (exact span match):"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 380)
