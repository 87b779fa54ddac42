"""Help → Annotation guidelines (Shift+F1, again to close): the guideline in
the interface language, in a dock beside the article.

The dock takes its width from the document list and the span panel, which
shrink to their least, not from the article: the title and the text stay
readable while the guideline is open, and closing it gives the side panels
their width back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTextBrowser

from models.paths import resource

translate = QCoreApplication.translate

MIN_WIDTH = 300
SHARE = 0.24  # of the window's width, between MIN_WIDTH and MAX_WIDTH
MAX_WIDTH = 440
# The document list and the span panel while the guideline is open: titles
# and span texts still readable, the article as wide as it can be.
SIDE_WIDTHS = (200, 300)


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
        self.setMinimumWidth(MIN_WIDTH)
        self._sides: list[int] | None = None  # the splitter's sizes before the dock opened
        self._floors: list[int] = []  # and its panels' least widths
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

    def open_beside(self, window: QMainWindow) -> None:
        splitter = window.findChild(QSplitter, "mainSplitter")
        if splitter is not None:
            self._sides = splitter.sizes()
            self._floors = [splitter.widget(i).minimumWidth() for i in range(splitter.count())]
            for i, width in zip((0, 2), SIDE_WIDTHS, strict=True):
                side = splitter.widget(i)
                side.setMinimumWidth(min(side.minimumWidth(), width))
            # the window's least width must follow before the dock shows, or
            # QMainWindow grows to fit it instead of the panels making room
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.show()
        self.raise_()
        width = int(min(MAX_WIDTH, max(MIN_WIDTH, window.width() * SHARE)))
        window.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        if splitter is not None:
            window.layout().activate()
            keep_article_wide(splitter)

    def close_beside(self, window: QMainWindow) -> None:
        self.hide()
        window.layout().activate()  # the splitter has its width back before it is shared
        splitter = window.findChild(QSplitter, "mainSplitter")
        if splitter is not None and self._sides is not None:
            for i, floor in enumerate(self._floors):
                splitter.widget(i).setMinimumWidth(floor)
            splitter.setSizes(self._sides)
        self._sides = None


def keep_article_wide(splitter: QSplitter) -> None:
    """The document list and the span panel narrow (to SIDE_WIDTHS while the
    guideline is open), the article keeps the rest."""
    total = sum(splitter.sizes())
    splitter.setSizes([SIDE_WIDTHS[0], max(0, total - sum(SIDE_WIDTHS)), SIDE_WIDTHS[1]])


def toggle_guidelines(window: QMainWindow, dock: GuidelinesDock | None) -> GuidelinesDock:
    """Shift+F1: open the guideline beside the article, or close it."""
    if dock is None:
        dock = GuidelinesDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
    if dock.isVisible():
        dock.close_beside(window)
    else:
        dock.open_beside(window)
    return dock
