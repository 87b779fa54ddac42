"""Edit → Preferences: interface language (applied at once, no restart),
the article's font size, and label names on the spans (the same switch as
View → Show label names). Stored in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from desktop.gui.context import AppContext
from desktop.gui.i18n import resolve_language
from desktop.gui.settings import LANGUAGES

translate = QCoreApplication.translate


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(translate("Preferences", "Follow the system"), "")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, LANGUAGES.index(self._language_shown())))
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(9, 28)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(ctx.settings.font_size)
        self.label_names = QCheckBox(translate("Preferences", "Show label &names on spans"), self)
        self.label_names.setObjectName("showLabelNames")
        self.label_names.setChecked(ctx.settings.show_label_names)
        note = QLabel(
            translate("Preferences", "The language changes at once, without a restart."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        # each field has its Alt letter (the label's buddy; zh_CN: 界面语言(&L))
        form.addRow(translate("Preferences", "Interface &language"), self.language)
        form.addRow(translate("Preferences", "Article &font size"), self.font_size)
        form.addRow("", self.label_names)
        form.addRow(note)
        form.addRow(buttons)

    def _language_shown(self) -> str:
        """The stored choice, unless the window speaks another language
        (``--lang``): then that one, so OK does not switch it."""
        chosen = self.ctx.settings.language
        in_use = self.ctx.translations.language if self.ctx.translations is not None else ""
        if in_use in LANGUAGES[1:] and resolve_language(chosen) != in_use:
            return in_use
        return chosen

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        settings = self.ctx.settings
        settings.language = self.language.currentData() or ""
        settings.font_size = self.font_size.value()
        self._apply_label_names(self.label_names.isChecked())
        settings.sync()
        if self.ctx.translations is not None:
            self.ctx.translations.apply(settings.language)

    def _apply_label_names(self, shown: bool) -> None:
        """Through the window's View menu switch when there is one, so the
        menu's check mark and the article follow; else the setting alone."""
        actions = getattr(self.parent(), "actions_by_name", {})
        action = actions.get("show_label_names")
        if action is not None and action.isChecked() != shown:
            action.trigger()
        elif action is None:
            self.ctx.settings.show_label_names = shown
