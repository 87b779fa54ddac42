"""Above the article, when the project fails its history check (the core's
verify, run in the background on opening): the first problem in one line,
the full report as ``biaozhu verify`` prints it, and the way back (a backup).
Not a dialog: the curator can go on reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
        self._where = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.details_button.setText(translate("HistoryBar", "Full report…"))
        self.restore_button.setText(translate("HistoryBar", "Restore from backup…"))
        self.hide_button.setText(translate("HistoryBar", "Hide"))
        if self._report is not None:
            self._say()

    def show_report(self, report: VerifyReport, where: str) -> None:
        """``report``: verify's, which failed; ``where``: the menu path of the
        restore, as the menus say it (File → Restore from backup)."""
        self._report, self._where = report, where
        self._say()
        self.show()

    def clear(self) -> None:
        self._report = None
        self.hide()

    def _say(self) -> None:
        assert self._report is not None
        first = " ".join(self._report.problems[0].split()).rstrip(".")  # one line
        more = len(self._report.problems) - 1
        text = translate(
            "HistoryBar",
            "This file does not match its history (edited outside Biaozhu?): %1.",
        ).replace("%1", first)
        if more:
            text += " " + translate("HistoryBar", "(%1 more problems.)").replace("%1", str(more))
        text += " " + translate(
            "HistoryBar", "To go back to a state that verifies, restore a backup: %1."
        ).replace("%1", self._where)
        self.label.setText(text)
        self.label.setToolTip(text)

    def report_text(self) -> str:
        """The full report, the text ``biaozhu verify`` prints."""
        from desktop.cli.project_cmds import verify_text

        return verify_text(self._report) if self._report is not None else ""

    def show_details(self) -> QDialog:
        dialog = QDialog(self.window())
        dialog.setObjectName("historyReport")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(translate("HistoryBar", "History check"))
        intro = QLabel(
            translate(
                "HistoryBar",
                "What “biaozhu verify” says of this file (the same check, run when the"
                " window opened it):",
            ),
            dialog,
        )
        intro.setWordWrap(True)
        text = QPlainTextEdit(dialog)
        text.setObjectName("historyReportText")
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setPlainText(self.report_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.resize(760, 360)
        dialog.setModal(False)
        dialog.show()
        return dialog
