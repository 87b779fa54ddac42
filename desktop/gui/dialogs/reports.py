"""What a merge brought in and what training the suggester measured: the
core's result objects put into words (translated here, never in the core)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.evaluation_view import EvaluationView, widen_for
from desktop.gui.i18n import fill as fill_in
from desktop.gui.i18n import sentences
from desktop.gui.messages import say

translate = QCoreApplication.translate


class ReportCounts(QObject):
    """The reports' counts in words, each in its plural form ("1 span", "2
    spans"): a QObject, since lupdate reads plural forms from ``self.tr`` alone."""

    def documents(self, n: int) -> str:
        return self.tr("%n new document(s), %2 matched", "", n)

    def events(self, n: int) -> str:
        return self.tr("%n event(s) appended, %2 already here", "", n)

    def spans(self, n: int) -> str:
        return self.tr("%n span(s) added, %2 removed", "", n)

    def suggestions(self, n: int) -> str:
        return self.tr("%n suggestion(s) and %2 brought in", "", n)

    def decisions(self, n: int) -> str:
        return self.tr("%n decision(s)", "", n)

    def statuses(self, n: int) -> str:
        return self.tr("%n document status(es) moved on", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflict(s) left for a reviewer (Review → Compare & adjudicate)", "", n)

    def compared(self, n: int) -> str:
        return self.tr(
            "%1 actions per gold span against %2 for %3 on %n held-out document(s).", "", n
        )

    def trained(self, n: int) -> str:
        return self.tr(
            "Trained %1 on %n gold document(s): %3 characters, %4 spans (%5) in %6 s.", "", n
        )


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
        return html.escape(fill_in(text, *values))

    counts = ReportCounts()
    # fill's %1 is the count, which each plural form holds as %n already
    items = [
        fill(
            counts.documents(len(report.documents_added)),
            len(report.documents_added),
            report.documents_matched,
        ),
        fill(counts.events(report.events_added), report.events_added, report.events_known),
        fill(counts.spans(report.spans_added), report.spans_added, report.spans_removed),
        fill(
            counts.suggestions(report.suggestions_added),
            report.suggestions_added,
            counts.decisions(report.decisions_added),
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
                counts.statuses(report.statuses_changed),
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
        conflicts = fill(counts.conflicts(len(report.conflicts)), len(report.conflicts))
        items.append(f"<span style='color:#a04000'>{conflicts}</span>")
    items += [f"<i>{html.escape(say(note))}</i>" for note in report.notes]
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


def not_activated_because(result) -> str:
    """Why the core stored ``result``'s model without activating it, as one
    word the window's sentences are chosen by: "unmeasured" (nothing could
    be compared with it), "unscored", "noise" (cheaper than the bundled
    model, within the noise of few documents), "tie" (as cheap as the
    active model, which a tie keeps) or "dearer"; "" when it was activated."""
    if result.activated:
        return ""
    comparison = (result.evaluation or {}).get("comparison") or {}
    against = comparison.get("against")
    if against is None:
        return "unmeasured" if comparison.get("unmeasured") else "unscored"
    if comparison.get("saved", 0) > 0 and against == "base":
        return "noise"
    if comparison.get("saved") == 0 and against == "active":
        return "tie"
    return "dearer"


def activation_sentence(result) -> str:
    """Whether the new model now suggests, and why, from the comparison the
    core decided on (``train`` activates a model only when its held-out
    suggestions cost less than those of the model in use; a tie keeps it)."""
    comparison = (result.evaluation or {}).get("comparison") or {}
    against = comparison.get("against")
    if against is None:
        if result.activated and (result.evaluation or {}).get("active_name"):
            return translate(
                "TrainReport",
                "It is now the project's active learned suggester: there was nothing to "
                "compare it with (the active model and the bundled model both learned from "
                "every tested document).",
            )
        if result.activated:
            return translate(
                "TrainReport",
                "It is now the project's active learned suggester: there was nothing to "
                "compare it with (the bundled model learned from every tested document).",
            )
        if comparison.get("unmeasured") and (result.evaluation or {}).get("active_name"):
            return translate(
                "TrainReport",
                "It was stored but not made active: there was nothing to compare it with (the "
                "active model and the bundled model both learned from every tested document), so "
                "it could not be shown to cost less than the suggester in use.",
            )
        if comparison.get("unmeasured"):
            return translate(
                "TrainReport",
                "It was stored but not made active: there was nothing to compare it with (the "
                "bundled model learned from every tested document), so it could not be shown to "
                "cost less than the suggester in use.",
            )
        return translate(
            "TrainReport", "It was stored but not made active: it could not be scored."
        )
    what = (
        translate("TrainReport", "the active model")
        if against == "active"
        else translate("TrainReport", "the bundled model")
    )
    figures = (
        ReportCounts()
        .compared(int(comparison["documents"]))
        .replace("%1", f"{comparison['new']:.3f}")
        .replace("%2", f"{comparison['reference']:.3f}")
        .replace("%3", what)
    )
    why = not_activated_because(result)
    if result.activated and comparison.get("within_noise"):
        said = translate(
            "TrainReport",
            "It is now the project's active learned suggester: it measured no cheaper than the "
            "bundled model, but within the noise of so many documents, where a project's own "
            "model is kept unless the bundled model is surely cheaper:",
        )
    elif result.activated:
        said = translate(
            "TrainReport", "It is now the project's active learned suggester: it measured better:"
        )
    elif why == "tie":
        said = translate(
            "TrainReport",
            "It was stored but not made active: it measured as cheap as the suggester in use, "
            "and a tie keeps the one in use:",
        )
    elif why == "noise":
        said = translate(
            "TrainReport",
            "It was stored but not made active: it measured cheaper than the bundled model, but "
            "within the noise of so few documents; the bundled model goes on suggesting:",
        )
    else:
        said = translate(
            "TrainReport",
            "It was stored but not made active: it did not measure better than the suggester "
            "in use, which goes on suggesting:",
        )
    return sentences(said, figures)


# choose(version, done, failed): make ``version`` the active model where the
# file is written (None: back to the bundled model), then done() or
# failed(reason) on the GUI thread.
Choose = Callable[[str | None, Callable[[], None], Callable[[str], None]], None]


class TrainReportDialog(QDialog):
    """The trained model, whether it suggests now, and its evaluation as
    tables; a model stored without being activated can be activated anyway."""

    def __init__(self, result, parent: QWidget | None = None, choose: Choose | None = None):
        super().__init__(parent)
        self.setObjectName("trainReport")
        self.result = result
        self.choose = choose
        # The sentence after the one saying what was trained: whether it
        # suggests now, or what the Activate anyway button did; worded when
        # said, so that a language switched meanwhile is followed
        self._second: Callable[[], str] = lambda: activation_sentence(result)
        self.summary = summary = QLabel(self)
        summary.setObjectName("trainSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)  # label names are data
        summary.setWordWrap(True)
        self.evaluation = EvaluationView(self)
        self.evaluation.set_evaluation(result.evaluation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        self.activate_button = QPushButton(self)
        self.activate_button.setObjectName("activateAnyway")
        self.activate_button.clicked.connect(self.activate_anyway)
        self.activate_button.setAutoDefault(False)  # Enter closes the report, never activates
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.addButton(self.activate_button, QDialogButtonBox.ButtonRole.ActionRole)
        # after addButton, which shows it
        self.activate_button.setVisible(not result.activated and choose is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.evaluation, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TrainReport", "Suggester trained"))
        summary = sentences(trained_sentence(self.result), self._second())
        if self.result.unproven is not None:
            # the core's words (the chain's first problem), on a line of their own
            summary += "\n" + unproven_sentence(self.result)
        self.summary.setText(summary)
        self.activate_button.setText(translate("TrainReport", "&Activate anyway"))
        self.activate_button.setToolTip(
            translate(
                "TrainReport",
                "Make this model the one that suggests although it did not measure better; "
                "Tools → Suggester models… goes back.",
            )
        )

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # its screen is known once shown: wide enough for every system's columns
        widen_for(self, [self.evaluation.labels_table])

    @property
    def text(self) -> str:
        """The evaluation as shown, line by line."""
        return self.evaluation.text()

    def activate_anyway(self) -> None:
        """Through the window's one writer; the dialog says what happened."""
        if self.choose is None:
            return
        self.activate_button.setEnabled(False)

        def done() -> None:
            self.activate_button.hide()
            self._second = lambda: translate(
                "TrainReport",
                "You made it the project's active learned suggester although it did "
                "not measure better; the suggestions are being computed again with it.",
            )
            self.retranslate()

        def failed(reason: str) -> None:
            self.activate_button.setEnabled(True)
            self._second = lambda: translate(
                "TrainReport", "It could not be made active: %1"
            ).replace("%1", reason)
            self.retranslate()

        self.choose(self.result.record.version, done, failed)


def trained_sentence(result) -> str:
    labels = ", ".join(result.record.evaluation.get("model", {}).get("labels", []))
    trained = (
        ReportCounts()
        .trained(result.documents)
        .replace("%1", result.record.version)
        .replace("%3", f"{result.characters:,}")
        .replace("%4", f"{result.spans:,}")
        .replace("%5", labels)
        .replace("%6", f"{result.seconds:.1f}")
    )
    return sentences(trained, kept_sentence(result))


def unproven_sentence(result) -> str:
    """The training's warning that the history does not prove its gold."""
    return translate("TrainReport", "Warning: %1").replace("%1", say(result.unproven))


def kept_sentence(result) -> str:
    """Which of train's two contestants the model is, when it is the adapter:
    else a curator reads that the project's own CRF and scorer now suggest."""
    contest = (result.evaluation or {}).get("contest") or {}
    if contest.get("kept") != "adapter":
        return ""
    return (
        translate(
            "TrainReport",
            "It is an adapter of the bundled model: for each label, how far to trust the "
            "bundled model's scores and each kind of source (rules, shapes, sequence models, "
            "the project's lexicon) in this project. It measured %1 actions per gold span "
            "against %2 for a model of the project's own.",
        )
        .replace("%1", f"{contest['adapter']:.3f}")
        .replace("%2", f"{contest['project']:.3f}")
    )
