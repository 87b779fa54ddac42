"""File → Import files…, after the file chooser: what the command line's
``biaozhu import`` asks with ``--clean``, ``--status todo`` and ``--format``,
asked of the curator before the import starts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.settings import Settings
from models.errors import InvalidInput
from models.io.decode import check_encoding
from models.io.importers import ImportOptions
from models.io.registry import import_formats

translate = QCoreApplication.translate

# Files whose text comes from a page layout: cleaning is what they need, so
# it is proposed whatever was chosen last time.
LAYOUT_SUFFIXES = frozenset({".pdf", ".docx"})
# Encodings Chinese files come in besides UTF-8 (any other can be typed).
ENCODINGS = (
    "gb18030",
    "big5",
    "utf-8",
    "UTF-16",
)  # capitals: tests/gui_review bans the lowercase name outside offsets.py
# Files that bring texts only, never spans (with the format detected).
TEXT_ONLY_SUFFIXES = frozenset({".txt", ".pdf", ".docx"})


def format_description(name: str, fallback: str) -> str:
    """An import format in the interface language (the reader's own English
    description for a format added since)."""
    return {
        "brat": translate("ImportOptions", "brat standoff folder (.txt + .ann per document)"),
        "cluener": translate("ImportOptions", "CLUENER JSON lines"),
        "conll": translate("ImportOptions", "character-level CoNLL, IOB2 tags"),
        "csv": translate("ImportOptions", "a CSV table of articles with a text column"),
        "doccano": translate("ImportOptions", "doccano sequence labelling JSONL"),
        "docx": translate("ImportOptions", "Word document (DOCX), text only"),
        "hf": translate("ImportOptions", "Hugging Face datasets folder (load_from_disk)"),
        "jsonl": translate("ImportOptions", "exchange format JSONL (Prodigy spans)"),
        "label-studio": translate("ImportOptions", "Label Studio tasks"),
        "pdf": translate("ImportOptions", "PDF text layer, text only"),
        "prodigy": translate("ImportOptions", "Prodigy span JSONL"),
        "spacy": translate("ImportOptions", "spaCy DocBin"),
        "txt": translate("ImportOptions", "plain text (txt), one article per file"),
    }.get(name, fallback)


# Names of files left unread that the dialog lists (the report lists all).
UNREAD_SHOWN = 6


def walked(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The files the importer reads for ``paths`` (folders walked as
    `biaozhu import` walks them), and the files it leaves unread there."""
    from models.io.importers import expand_paths

    unread: list = []
    files = expand_paths(paths, "auto", [], unread)
    return files, [path for path, _why in unread]


class ChosenCounts(QObject):
    """The files chosen, counted in their plural form ("1 file", "2 files"):
    a QObject, since lupdate reads plural forms from ``self.tr`` alone."""

    def chosen(self, n: int) -> str:
        return self.tr("%n file(s) chosen.", "", n)

    def to_read(self, n: int) -> str:
        return self.tr("%n file(s) to read in %2.", "", n)


def intro_text(paths: Sequence[str], files: Sequence[Path], unread: Sequence[str]) -> str:
    """What was chosen: the files, or for a folder the files it holds that
    will be read, and those left unread by name (why: in the report)."""
    if not any(Path(p).is_dir() for p in paths):
        return ChosenCounts().chosen(len(paths))
    text = (
        ChosenCounts()
        .to_read(len(files))
        .replace("%2", translate("Spans", ", ").join(Path(p).name or p for p in paths))
    )
    if unread:
        names = [Path(u).name for u in unread[:UNREAD_SHOWN]]
        if len(unread) > UNREAD_SHOWN:
            names.append(
                translate("ImportOptions", "%1 more").replace("%1", str(len(unread) - UNREAD_SHOWN))
            )
        text += "\n" + translate(
            "ImportOptions", "Left unread, a kind Biaozhu does not read (the report says why): %1"
        ).replace("%1", translate("Spans", ", ").join(names))
    return text


class ImportOptionsDialog(QDialog):
    """The options of one import of ``paths``; ``options()`` once accepted."""

    def __init__(self, paths: Sequence[str], settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        files, unread = walked(paths)
        suffixes = {f.suffix.lower() for f in files}
        self.from_layout = bool(suffixes & LAYOUT_SUFFIXES)
        self.text_only = bool(suffixes) and suffixes <= TEXT_ONLY_SUFFIXES
        self.setObjectName("importOptions")
        self.setWindowTitle(translate("ImportOptions", "Import options"))
        self.intro = intro = QLabel(intro_text(paths, files, unread), self)
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)
        self.clean = self._clean_box()
        self.format = self._format_choice()
        self.encoding = self._encoding_choice()
        self.problem = QLabel(self)
        self.problem.setObjectName("importProblem")
        self.problem.setStyleSheet("color: #b03a2e")
        self.problem.hide()
        self.spans = self._spans_group()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.clean)
        form = QFormLayout()
        format_label = QLabel(translate("ImportOptions", "&Format:"), self)
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        encoding_label = QLabel(translate("ImportOptions", "&Encoding:"), self)
        encoding_label.setBuddy(self.encoding)
        form.addRow(encoding_label, self.encoding)
        form.addRow(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.spans)
        layout.addWidget(self._buttons())
        self.format.currentIndexChanged.connect(self._update_spans)
        self._update_spans()
        self.clean.setFocus()

    def _clean_box(self) -> QCheckBox:
        box = QCheckBox(translate("ImportOptions", "Clean the &layout (PDF, DOCX, newspaper text)"))
        box.setParent(self)
        box.setObjectName("importClean")
        box.setToolTip(
            translate(
                "ImportOptions",
                "Removes the spaces a layout puts between Chinese characters and joins "
                "lines broken inside a sentence; the text as it was is kept beside it.",
            )
        )
        box.setChecked(self.from_layout or self.settings.import_clean)
        return box

    def _format_choice(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("importFormat")
        combo.addItem(translate("ImportOptions", "Detect from the file"), "auto")
        for name, fmt in sorted(import_formats().items()):
            combo.addItem(format_description(name, fmt.description), name)
        return combo

    def _encoding_choice(self) -> QComboBox:
        """The command line's --encoding: detected unless one is named (a
        GBK or Big5 file that the bytes do not make plain)."""
        combo = QComboBox(self)
        combo.setObjectName("importEncoding")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(translate("ImportOptions", "Detect from the bytes"), "")
        for name in ENCODINGS:
            combo.addItem(name, name)
        # an editable combo keeps Enter to itself: Enter there imports too
        combo.lineEdit().returnPressed.connect(self.accept)
        return combo

    def chosen_encoding(self) -> str | None:
        """None to detect; else the name chosen or typed."""
        text = self.encoding.currentText().strip()
        if not text or text == self.encoding.itemText(0):
            return None
        return text

    def _spans_group(self) -> QGroupBox:
        group = QGroupBox(translate("ImportOptions", "Spans of labelled files"), self)
        group.setObjectName("importSpans")
        # None is the command line without --status: a labelled file's
        # documents become the importing annotator's finished gold.
        self.gold = QRadioButton(
            translate("ImportOptions", "Finished &gold: the documents are marked done"), group
        )
        self.gold.setObjectName("importAsGold")
        self.todo = QRadioButton(
            translate("ImportOptions", "Spans to &review: the documents stay to do"),
            group,
        )
        self.todo.setObjectName("importAsTodo")
        self.gold.setChecked(True)
        self._status = QButtonGroup(group)
        self._status.addButton(self.gold)
        self._status.addButton(self.todo)
        inner = QVBoxLayout(group)
        inner.addWidget(self.gold)
        inner.addWidget(self.todo)
        return group

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            translate("ImportOptions", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setObjectName("importStart")
        ok.setDefault(True)  # Enter imports; Esc is the dialog's reject
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _update_spans(self) -> None:
        """Texts bring no spans: the choice is off while every file is one
        and the format is read from the files."""
        self.spans.setEnabled(not (self.text_only and self.format.currentData() == "auto"))

    def accept(self) -> None:
        encoding = self.chosen_encoding()
        if encoding is not None:
            try:
                check_encoding(encoding)
            except InvalidInput:
                self._refuse(encoding)
                return
        if not self.from_layout:  # a PDF's checked box says nothing of the curator's habit
            self.settings.import_clean = self.clean.isChecked()
        super().accept()

    def _refuse(self, encoding: str) -> None:
        """A name that is no text encoding keeps the dialog open, saying so."""
        self.problem.setText(
            translate(
                "ImportOptions", "“%1” is not an encoding (try gb18030, big5, UTF-16)."
            ).replace("%1", encoding)
        )
        self.problem.show()
        self.encoding.setFocus()
        self.encoding.lineEdit().selectAll()

    def options(self) -> ImportOptions:
        """The import as the command line would run it with these options."""
        return ImportOptions(
            fmt=str(self.format.currentData()),
            status="todo" if self.todo.isChecked() else None,
            extra={"clean": self.clean.isChecked(), "encoding": self.chosen_encoding()},
        )


def ask_import_options(
    paths: Sequence[str], settings: Settings, parent: QWidget | None = None
) -> ImportOptions | None:
    """The options the curator chose for importing ``paths``; None on Cancel."""
    dialog = ImportOptionsDialog(paths, settings, parent)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
