"""Interface language: the app's own catalogue (resources/i18n/biaozhu_*.qm)
plus Qt's (qtbase_zh_CN.qm, else qt_zh_CN.qm) for standard dialogs.

Switching installs new translators at run time; Qt then sends every widget
a LanguageChange event and each one re-translates its texts (``retranslate``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.paths import resource

SUPPORTED = ("zh_CN", "en")


def system_language() -> str:
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    for lang in QLocale.system().uiLanguages():
        if lang.lower().startswith("zh"):
            return "zh_CN"
    return "en"


def resolve_language(choice: str | None) -> str:
    return choice if choice in SUPPORTED else system_language()


class Translations:
    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        language = resolve_language(language)
        if language == self.language:
            return language
        self.remove()
        own = QTranslator(self.app)
        if own.load(f"biaozhu_{language}", str(resource("i18n"))):
            self._installed.append(own)
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for prefix in ("qtbase_", "qt_"):
                qt = QTranslator(self.app)
                if qt.load(f"{prefix}{language}", qt_dir):
                    self._installed.append(qt)
                    break
        for tr in self._installed:
            self.app.installTranslator(tr)
        QLocale.setDefault(QLocale("zh_CN") if language == "zh_CN" else QLocale("en_US"))
        self.language = language
        return language

    def remove(self) -> None:
        """Take the installed catalogues out: the source (English) strings show."""
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed = []
        QLocale.setDefault(QLocale("en_US"))  # the source strings' locale
        self.language = ""


def sentences(*parts: str) -> str:
    """Parts of a text one after the other: with no space after a Chinese
    full stop or colon, with one after an English one."""
    out = ""
    for part in filter(None, parts):
        out += part if not out or out[-1] in "。！？；：" else f" {part}"
    return out


def fill(text: str, *values: Any) -> str:
    """A translated text with its %1, %2, … replaced by ``values``, in order."""
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text
