"""Above the article, when the project fails its history check (the core's
verify, run in the background on opening): the first problem in one line,
the full report as ``biaozhu verify`` prints it, and the way back (a backup).
The same bar says when the history's head this window remembered from its
last close of the file is no longer in it (a file copied over by an older
one, events cut off). Not a dialog: the curator can go on reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.messages import say

if TYPE_CHECKING:
    from models.store.verify import VerifyReport

translate = QCoreApplication.translate

STYLE = """
#historyBar { background: #fff4e5; border-bottom: 1px solid #e0a040; }
#historyBar QLabel { color: #5a3200; }
"""


class HistoryBar(QFrame):
    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyBar")
        self.setStyleSheet(STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("historyProblem")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the problem names data
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("historyDetails")
        self.details_button.clicked.connect(self.show_details)
        self.restore_button = QToolButton(self)
        self.restore_button.setObjectName("historyRestore")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.hide_button = QToolButton(self)
        self.hide_button.setObjectName("historyHide")
        self.hide_button.clicked.connect(self.hide)
        for button in (self.details_button, self.restore_button, self.hide_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the article
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.hide_button)
        self._report: VerifyReport | None = None
        # The remembered head gone, and the menu path of the restore: each
        # worded when said, so that a language switched meanwhile is followed
        self._warning: Callable[[], str] | None = None
        self._where: Callable[[], str] = str
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.details_button.setText(translate("HistoryBar", "Full report…"))
        self.restore_button.setText(translate("HistoryBar", "Restore from backup…"))
        self.hide_button.setText(translate("HistoryBar", "Hide"))
        if self._report is not None or self._warning is not None:
            self._say()

    def show_report(self, report: VerifyReport, where: Callable[[], str]) -> None:
        """``report``: verify's, which failed; ``where()``: the menu path of
        the restore, as the menus say it now (File → Restore from backup)."""
        self._report, self._where = report, where
        self._say()
        self.show()

    def show_warning(self, text: Callable[[], str]) -> None:
        """``text()``: the window's warning that the head it remembered is
        gone (AppContext.history_warning), in the language of the moment;
        said before a report, if one comes."""
        self._warning = text
        self._say()
        self.show()

    def _warning_text(self) -> str:
        return " ".join(self._warning().split()) if self._warning is not None else ""  # one line

    def clear(self) -> None:
        self._report = None
        self._warning = None
        self.hide()

    def _say(self) -> None:
        text = " ".join(t for t in (self._warning_text(), self._report_sentence()) if t)
        self.label.setText(text)
        self.label.setToolTip(text)

    def _report_sentence(self) -> str:
        if self._report is None or not self._report.problems:
            return ""
        first = " ".join(say(self._report.problems[0]).split()).rstrip(".。")  # one line
        more = len(self._report.problems) - 1
        text = translate(
            "HistoryBar",
            "This file does not match its history (edited outside Biaozhu?): %1.",
        ).replace("%1", first)
        if more:
            text += " " + self.tr("(%n more problem(s).)", "", more)
        text += " " + translate(
            "HistoryBar", "To go back to a state that verifies, restore a backup: %1."
        ).replace("%1", self._where())
        return text

    def report_text(self) -> str:
        """The full report, the text ``biaozhu verify`` prints, in the window's
        language (in English, the very text)."""
        from desktop.cli.project_cmds import SHOWN_PROBLEMS

        report = self._report
        if report is None:
            return ""
        problems = report.problems
        if not problems:  # a file that verifies: what was checked, what cannot be proven
            lines = [say(report.summary_words())]
            lines += [
                translate("HistoryBar", "  not provable: %1").replace("%1", say(gap))
                for gap in report.gaps
            ]
            if report.expected:
                lines.append(say(report.expected))
        else:
            lines = [translate("HistoryBar", "biaozhu: error: %1").replace("%1", say(problems[0]))]
            lines += [
                translate("HistoryBar", "  also: %1").replace("%1", say(problem))
                for problem in problems[1:SHOWN_PROBLEMS]
            ]
        if len(problems) > SHOWN_PROBLEMS:
            more = str(len(problems) - SHOWN_PROBLEMS)
            lines.append(translate("HistoryBar", "  … and %1 more").replace("%1", more))
        if report.head is None:
            lines.append(translate("HistoryBar", "head: unknown (the file is damaged)"))
        else:
            head = f"{report.head.count}:{report.head.hash}"
            lines.append(translate("HistoryBar", "head: %1").replace("%1", head))
        return "\n".join(lines)

    def details_text(self) -> str:
        """What the details show: the warning, then the full report."""
        return "\n\n".join(t for t in (self._warning_text(), self.report_text()) if t)

    def show_details(self) -> QDialog:
        dialog = HistoryReportDialog(self, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(760, 360)
        dialog.setModal(False)
        dialog.show()
        return dialog


class HistoryReportDialog(QDialog):
    """The bar's full report, worded again when the language switches (the
    report is the bar's: its problems are said in the language of the moment)."""

    def __init__(self, bar: HistoryBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = bar
        self.setObjectName("historyReport")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("historyReportText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HistoryBar", "History check"))
        if self.bar._report is not None:
            said = translate(
                "HistoryBar",
                "What “biaozhu verify” says of this file (the same check, run when the"
                " window opened it):",
            )
        else:
            said = translate(
                "HistoryBar",
                "What the window found when it opened this file (“biaozhu verify” checks"
                " the file against its history):",
            )
        self.intro.setText(said)
        self.text.setPlainText(self.bar.details_text())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
