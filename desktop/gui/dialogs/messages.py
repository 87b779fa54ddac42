"""Message boxes of the window: a problem (an error the core or the system
reported) and About. Both are window-modal without blocking (``open``), so
work in the background goes on; a problem's text is drawn as plain text,
since it quotes file names and user data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models import __version__

translate = QCoreApplication.translate


def show_problem(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problemBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("MainWindow", "About Biaozhu"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        translate(
            "MainWindow",
            "<h3>标注 Biaozhu %1</h3><p>Curation of span annotations in "
            "Chinese economic news. Every decision is saved at once; the history "
            "is append-only and verifiable.</p>",
        ).replace("%1", __version__)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
