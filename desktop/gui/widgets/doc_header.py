"""Above the article: its title, where it stands, and the label legend with
each label's key."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.gui.itemmodels.documents import STATUS_COLOURS, status_text
from models.domain import Label

translate = QCoreApplication.translate


class DocumentHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentHeader")
        self.title = QLabel(self)
        self.title.setObjectName("docTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title is data, never markup
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self)
        self.meta.setObjectName("docMeta")
        # one line whose size never depends on its text: changing it must not
        # re-layout the article below
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.meta.setMinimumWidth(120)
        self.title.setMinimumWidth(120)
        self.legend = QLabel(self)
        self.legend.setObjectName("labelLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # the title has the article's whole width; the legend sits at the end
        # of the line below, beside where the document stands
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meta, 1)
        row.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 20, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self._state: tuple = ("", "", "todo", 0, 0, 0, 0)
        self._labels: list[Label] = []
        # says "No document" until one opens: a project without documents
        # never loads one, and the header was left blank
        self._render()

    def set_labels(self, labels: list[Label]) -> None:
        self._labels = list(labels)
        chips = []
        for lab in labels:
            colour = QColor(lab.colour)
            border = colour.darker(150).name()
            key = f"<b>{html.escape(lab.hotkey)}</b>&nbsp;" if lab.hotkey else ""
            chips.append(
                f"<span style='background:{colour.name()}; color:#1d2127;"
                f" border:1px solid {border};'>&nbsp;{key}{html.escape(lab.name)}&nbsp;</span>"
            )
        pending = translate("DocumentHeader", "suggestion")
        chips.append(
            f"<span style='color:#6b7280; text-decoration:underline dashed;'>"
            f"&nbsp;{html.escape(pending)}</span>"
        )
        self.legend.setText("&nbsp;&nbsp;".join(chips))

    def set_document(
        self,
        title: str,
        doc_id: str,
        status: str,
        chars: int,
        gold: int,
        pending: int,
        position: tuple[int, int] = (0, 0),
    ) -> None:
        self._state = (title, doc_id, status, chars, gold, pending, position)
        self._render()

    def _render(self) -> None:
        title, doc_id, status, chars, gold, pending, position = self._state
        # without a document the legend gives way to the hint, which is read whole
        self.legend.setVisible(bool(doc_id))
        if not doc_id:
            self.title.setText(translate("DocumentHeader", "No document"))
            self.meta.setText(
                translate(
                    "DocumentHeader", "Import files with Ctrl+I, or open a project with Ctrl+O."
                )
            )
            return
        if self.title.text() != (title or doc_id):
            self.title.setText(title or doc_id)
        colour = STATUS_COLOURS.get(status, "#666")
        parts = [
            f"<span style='color:{colour}; font-weight:600;'>● {html.escape(status_text(status))}</span>"
        ]
        if position and position[1]:
            parts.append(
                translate("DocumentHeader", "document %1 of %2")
                .replace("%1", str(position[0]))
                .replace("%2", str(position[1]))
            )
        parts.append(translate("DocumentHeader", "%1 characters").replace("%1", str(chars)))
        parts.append(
            translate("DocumentHeader", "%1 gold · %2 pending")
            .replace("%1", str(gold))
            .replace("%2", str(pending))
        )
        parts.append(f"<span style='color:#9aa3ad'>{html.escape(doc_id)}</span>")
        meta = "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)
        if self.meta.text() != meta:
            self.meta.setText(meta)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
            self.set_labels(self._labels)
        super().changeEvent(event)
