"""What a person can read in a window, and whether it is in the interface
language (used by the translation and plain-text tests; no tests here).

``visible_strings`` walks a widget tree the way a reader scans a window:
window titles, labels, buttons, group titles, placeholders, combo items,
menus and actions, tooltips, item views' headers and cells, the status bar
and text browsers. ``english_left`` says which of those strings, once the
data they show and the names that stay as they are are taken out, still
hold English words: in a zh_CN window those were not translated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

# Names that a Chinese interface writes as they are: the product, file
# formats and tools, measures, keys on the keyboard, units.
GLOSSARY = (
    "Biaozhu",
    "biaozhu verify",  # the command whose output the history check's report is
    "English",  # a language chooser names each language in itself
    "Hugging Face",
    "Label Studio",
    "Parquet",
    "pyarrow",
    "pandas",
    "spaCy",
    "DocBin",
    "DatasetDict",  # the datasets library's names for what the hf export writes
    "load_from_disk",
    "ner_tags",
    "doc.ents",
    "doc.spans",
    "Prodigy",
    "doccano",
    "brat",
    "CoNLL",
    "IOB2",
    "JSONL",
    "PDF",
    "DOCX",
    "Word",
    "CLUENER",
    "gb18030",  # encodings are named as written
    "big5",
    "utf-8",
    "UTF-16",
    "jsonl",
    "CSV",
    "csv",
    "txt",
    "ann",
    "jieba",
    "CRF",
    "F1",
    "Cohen",
    "Krippendorff",
    "kappa",
    "Kappa",
    "UTC",
    "ID",
    "Unicode",
    "SQLite",
    "FTS5",
    "pt",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Del",
    "PgUp",
    "PgDown",
    "Up",
    "Down",
    "Left",
    "Right",
    "Tab",
    "Enter",
    "Return",
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PATH_LIKE = re.compile(r"\S*[/\\]\S*")
PLACEHOLDER = re.compile(r"%\d|%n")

ItemText = tuple[str, str]  # (where, text)


def shown_text(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label or tooltip draws for ``text``: its characters when plain,
    the text of its HTML when Qt takes it for rich text."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def without_mnemonic(text: str) -> str:
    text = re.sub(r"\s*\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def model_strings(name: str, model, columns: Iterable[int] | None = None) -> Iterator[ItemText]:
    if model is None:
        return
    cols = list(columns) if columns is not None else list(range(model.columnCount()))
    for col in cols:
        value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):  # a header draws its text plain, as a cell does
            yield f"{name} header {col}", value
        value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(value, str):
            yield f"{name} header tooltip {col}", shown_text(value)
    for row in range(model.rowCount(QModelIndex())):
        for col in cols:
            index = model.index(row, col)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):  # item delegates draw plain text
                yield f"{name} cell {row},{col}", value
            value = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str):
                yield f"{name} tooltip {row},{col}", shown_text(value)


def widget_strings(widget: QWidget) -> Iterator[ItemText]:
    name = f"{type(widget).__name__}({widget.objectName()})"
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield f"{name} title", widget.windowTitle()
    if widget.toolTip():
        yield f"{name} tooltip", shown_text(widget.toolTip())
    if isinstance(widget, QLabel):
        yield name, shown_text(widget.text(), widget.textFormat())
    elif isinstance(widget, QAbstractButton):
        yield name, without_mnemonic(widget.text())
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QSpinBox):
        yield f"{name} affixes", f"{widget.prefix()} {widget.suffix()}"
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    elif isinstance(widget, QMenu):
        yield f"{name} title", without_mnemonic(widget.title())
    elif isinstance(widget, QTextBrowser):
        yield f"{name} text", widget.toPlainText()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
        yield from model_strings(name, widget.model())
    if isinstance(widget, QMainWindow):
        yield f"{name} status", widget.statusBar().currentMessage()
    if isinstance(widget, QMessageBox):
        yield f"{name} text", shown_text(widget.text(), widget.textFormat())
        yield f"{name} informative", shown_text(widget.informativeText())
    if isinstance(widget, QProgressDialog):
        yield f"{name} label", widget.labelText()
    for action in widget.actions():
        yield from action_strings(action)


def action_strings(action: QAction) -> Iterator[ItemText]:
    name = f"action({action.objectName() or action.text()})"
    if not action.isSeparator():
        yield name, without_mnemonic(action.text())
        if action.toolTip() != without_mnemonic(action.text()):
            yield f"{name} tooltip", shown_text(action.toolTip())
    menu = action.menu()
    if menu is not None:
        yield f"{name} menu", without_mnemonic(menu.title())
        for sub in menu.actions():
            yield from action_strings(sub)


def document_views(widget: QWidget) -> bool:
    """Widgets that show a document's text (data), not the interface."""
    return isinstance(widget, QTextEdit | QPlainTextEdit) and not isinstance(widget, QTextBrowser)


def visible_strings(root: QWidget, skip: Iterable[QWidget] = ()) -> list[ItemText]:
    """Every string of ``root`` and the widgets inside it (hidden ones too: a
    panel shown later is read later), without the documents' own texts."""
    skipped = set(skip)
    widgets = [root, *root.findChildren(QWidget)]
    out: list[ItemText] = []
    for widget in widgets:
        if widget in skipped or document_views(widget):
            continue
        out += [(where, text) for where, text in widget_strings(widget) if text.strip()]
    return out


def english_left(text: str, data: Iterable[str]) -> list[str]:
    """The English words of ``text`` once its data and glossary names are out."""
    tokens = sorted({d for d in data if d} | set(GLOSSARY), key=len, reverse=True)
    rest = text
    for token in [t for t in tokens if PATH_LIKE.fullmatch(t) or " " in t]:
        rest = rest.replace(token, " ")  # messages and paths whole, before paths go
    rest = PATH_LIKE.sub(" ", rest)
    for token in tokens:
        rest = re.sub(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", " ", rest)
    rest = PLACEHOLDER.sub(" ", rest)
    return LATIN_WORD.findall(rest)


def untranslated(strings: list[ItemText], data: Iterable[str]) -> list[str]:
    data = list(data)
    return [
        f"{where}: {text!r} ({' '.join(words)})"
        for where, text in strings
        if (words := english_left(text, data))
    ]
