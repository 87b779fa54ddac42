"""Help → Annotation guidelines: the guideline in the interface language,
in a dock beside the article."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from models.paths import resource

translate = QCoreApplication.translate


def guideline_markdown(language: str) -> str:
    name = "guidelines_zh_CN.md" if language.startswith("zh") else "guidelines_en.md"
    path = resource("guidelines", name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"*{path} is missing.*"


class GuidelinesDock(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guidelinesDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guidelinesBrowser")
        self.browser.setOpenExternalLinks(False)
        self.setWidget(self.browser)
        self.setMinimumWidth(420)
        self.retranslate()

    def language(self) -> str:
        return translate("GuidelinesDock", "en", "the guideline's language: en or zh_CN")

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GuidelinesDock", "Annotation guidelines"))
        self.browser.setMarkdown(guideline_markdown(self.language()))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
