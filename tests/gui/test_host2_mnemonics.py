"""Every labelled field of the export, import options and preferences
dialogs is reached with Alt and a letter, in English and in Chinese (the
zh_CN labels as "格式(&F)"), and no two of a dialog share a letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from desktop.gui.dialogs.export_dialog import ExportDialog
from desktop.gui.dialogs.import_options import ImportOptionsDialog
from desktop.gui.dialogs.preferences import PreferencesDialog

ALT = Qt.KeyboardModifier.AltModifier


def shown(qtbot, dialog: QWidget) -> QWidget:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def alt(qtbot, dialog: QWidget, letter: str) -> None:
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def reaches(qtbot, dialog: QWidget, letter: str, field: QWidget) -> None:
    """Alt+letter puts the focus on ``field`` (from a field elsewhere)."""
    alt(qtbot, dialog, letter)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)


def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt letters of the dialog's visible labels, buttons and boxes."""
    texts = [
        w.text() if not isinstance(w, QGroupBox) else w.title()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton, QGroupBox)) and w.isVisibleTo(dialog)
    ]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    return [k for k in keys if k]


def letters_are_unique(dialog: QWidget) -> None:
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys


def zh_labels(language: str, *labels: QLabel | QAbstractButton) -> None:
    """In Chinese, the letter follows the words in brackets: 格式(&F)."""
    if language != "zh_CN":
        return
    for label in labels:
        text = label.text()
        assert "(&" in text and not text.startswith("&"), text


def test_the_export_dialogs_fields_have_alt_letters(qtbot, window, language):
    dialog = shown(qtbot, ExportDialog(window, str(window.ctx.project.path), "tester"))
    try:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("spacy"))  # tokens shown
        letters_are_unique(dialog)
        dialog.out_path.setFocus()
        reaches(qtbot, dialog, "f", dialog.format_box)
        reaches(qtbot, dialog, "o", dialog.out_path)
        reaches(qtbot, dialog, "t", dialog.segmenter)
        reaches(qtbot, dialog, "l", dialog.layer_button)
        assert dialog.layer_button.isChecked()
        reaches(qtbot, dialog, "p", dialog.suggestions_button)
        qtbot.waitUntil(dialog.suggestions_button.isChecked, timeout=2000)
        reaches(qtbot, dialog, "g", dialog.gold_button)
        qtbot.waitUntil(dialog.gold_button.isChecked, timeout=2000)
        reaches(qtbot, dialog, "s", dialog.split_check)
        qtbot.waitUntil(dialog.split_check.isChecked, timeout=2000)
        reaches(qtbot, dialog, "i", dialog.split_ratios)
        reaches(qtbot, dialog, "d", dialog.seed)
        assert QKeySequence.mnemonic(dialog.export_button.text()).toString() == "Alt+E"
        zh_labels(language, dialog.export_button)
    finally:
        dialog.close()


def test_the_import_options_fields_have_alt_letters(qtbot, window, tmp_path, language):
    dialog = shown(
        qtbot, ImportOptionsDialog([str(tmp_path / "a.jsonl")], window.ctx.settings, window)
    )
    try:
        letters_are_unique(dialog)
        reaches(qtbot, dialog, "f", dialog.format)
        reaches(qtbot, dialog, "e", dialog.encoding)
        reaches(qtbot, dialog, "l", dialog.clean)
        reaches(qtbot, dialog, "r", dialog.todo)
        qtbot.waitUntil(dialog.todo.isChecked, timeout=2000)
        reaches(qtbot, dialog, "g", dialog.gold)
        qtbot.waitUntil(dialog.gold.isChecked, timeout=2000)
    finally:
        dialog.close()


def test_the_preferences_fields_have_alt_letters(qtbot, window, language):
    dialog = shown(qtbot, PreferencesDialog(window.ctx, window))
    try:
        letters_are_unique(dialog)
        was = dialog.label_names.isChecked()
        reaches(qtbot, dialog, "f", dialog.font_size)
        reaches(qtbot, dialog, "l", dialog.language)
        reaches(qtbot, dialog, "n", dialog.label_names)
        qtbot.waitUntil(lambda: dialog.label_names.isChecked() != was, timeout=2000)
        zh_labels(language, dialog.label_names)
    finally:
        dialog.reject()
