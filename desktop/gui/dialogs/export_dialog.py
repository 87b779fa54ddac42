"""Export the project: format, what goes out, split, output path.

The export runs in the background on a Project of its own (desktop.gui.tasks),
behind a progress dialog whose Cancel leaves nothing written; the summary
(counts, notes, manifest) is then shown in this dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs import file_choosers
from desktop.gui.host import open_side_project
from desktop.gui.messages import say
from desktop.gui.settings import Settings
from desktop.gui.tasks import TaskRunner
from models.errors import BiaozhuError
from models.io.export import Selection, export_project, formats, parse_split
from models.io.export.run import NOTES, note_words
from models.io.limits import SPACY_IMPORT_CHARS

translate = QCoreApplication.translate


_runner: TaskRunner | None = None


def export_runner() -> TaskRunner:
    """The runner of export tasks. It lives as long as the application: a task
    deletes itself a moment after it ends, which must not outlive its runner,
    so the runner is not the dialog's (a dialog can go first)."""
    global _runner
    if _runner is None:
        _runner = TaskRunner(QCoreApplication.instance())
    return _runner


def format_description(name: str, writer) -> str:
    """What a format writes, in the interface language (the writer's own
    English description for a format added since)."""
    return {
        "brat": translate("ExportDialog", "brat standoff folder (.txt + .ann per document)"),
        "conll": translate("ExportDialog", "character-level CoNLL, IOB2 tags"),
        "doccano": translate("ExportDialog", "doccano sequence labelling JSONL"),
        "jsonl": translate("ExportDialog", "exchange format (Prodigy spans, with attributes)"),
        "label-studio": translate(
            "ExportDialog",
            "Label Studio tasks: gold as annotations, pending suggestions as predictions",
        ),
        "metrics-csv": translate("ExportDialog", "METRIC spans as a CSV table (pandas)"),
        "metrics-parquet": translate("ExportDialog", "METRIC spans as a Parquet table (pyarrow)"),
        "spacy": translate("ExportDialog", "spaCy v3 DocBin (.spacy): doc.ents and doc.spans"),
        "hf": translate(
            "ExportDialog",
            "Hugging Face datasets DatasetDict (load_from_disk): tokens, IOB2 ner_tags, spans",
        ),
        "spans-csv": translate("ExportDialog", "every span as a CSV table"),
        "spans-parquet": translate("ExportDialog", "every span as a Parquet table"),
    }.get(name, writer.description)


class ExportCounts(QObject):
    """An export's counts in words, each in its plural form ("1 span", "2
    spans"): a QObject, since lupdate reads plural forms from ``self.tr`` alone."""

    def note(self, key: str, count: int) -> str | None:
        """An export's note (models.io.export ExportReport.notes) in words."""
        return {
            "spacy_split_words": self.tr(
                "%n jieba word(s) split where a span begins or ends inside them", "", count
            ),
            "spacy_spans_across_words": self.tr(
                "%n span(s) cross jieba word boundaries (the words split there)", "", count
            ),
            "spacy_overlapping_spans_only_in_sc": self.tr(
                "%n overlapping span(s) only in doc.spans, not in doc.ents", "", count
            ),
            "spacy_not_importable": self.tr(
                "%n .spacy file(s) inflate past what Biaozhu's import reads (128 MB, some %2"
                " characters of text, or 100 times the file's size): spaCy loads them; to bring the"
                " spans back into a project, export jsonl",
                "",
                count,
            ).replace("%2", f"{SPACY_IMPORT_CHARS:,}"),
            "conll_overlapping_spans_left_out": self.tr(
                "%n overlapping span(s) left out of the tags (IOB2 cannot hold them; the manifest"
                " lists them as conll.left_out, import puts them back)",
                "",
                count,
            ),
            "conll_whitespace_left_out": self.tr(
                "%n white-space character(s) are not token lines (the manifest keeps where they were)",
                "",
                count,
            ),
            "hf_overlapping_spans_not_tagged": self.tr(
                "%n overlapping span(s) kept in 'spans' but not in 'ner_tags' (IOB2 cannot hold them)",
                "",
                count,
            ),
            "hf_spans_across_words": self.tr(
                "%n span(s) cross jieba word boundaries (the words split there)", "", count
            ),
            "brat_fragmented_spans": self.tr(
                "%n span(s) across line breaks written as fragments", "", count
            ),
            "label_studio_scores_clipped": self.tr(
                "%n suggestion score(s) outside 0..1 clipped for Label Studio", "", count
            ),
            "metrics_values_not_numbers": self.tr(
                "%n METRIC value(s) are not numbers: left empty in the value column (jsonl keeps"
                " them as written)",
                "",
                count,
            ),
            "jsonl_keys_as_json_text": self.tr(
                "%n key(s) whose values mix types (a number here, a text there) written as JSON"
                " text in every record, so that each has one type (each record's meta.json_text"
                " names them; import reads them back)",
                "",
                count,
            ),
            "doccano_attrs_as_json_text": self.tr(
                "%n span attribute(s) whose values mix types (a number here, a text there) written"
                " as JSON text in every record, so that each has one type (each record's json_text"
                " names them; import reads them back)",
                "",
                count,
            ),
            "documents_not_done": self.tr(
                "%n document(s) not marked done by their annotator: their spans may be unfinished"
                " (the manifest lists them as not_done; the export keeps their status, and import"
                " gives it back)",
                "",
                count,
            ),
            "gold_disagreements": self.tr(
                "%n gold document(s) marked done by annotators who disagree, not adjudicated: the"
                " layer of the first to mark it done is exported (the manifest lists them as"
                " disagreements; Review → Compare settles them)",
                "",
                count,
            ),
        }.get(key)

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)

    def spans(self, n: int) -> str:
        return self.tr("%n span(s)", "", n)


def note_text(key: str, count: int) -> str | None:
    """An export's note (models.io.export ExportReport.notes) in words."""
    if not count:
        return None
    text = ExportCounts().note(key, count)
    if text is None and key in NOTES:  # a note the core added since: its own words
        text = note_words(key, count)
    return text


def report_text(report) -> str:
    """What an export wrote, from its report's figures, in the interface language."""
    labels = "、".join(f"{k} {v}" for k, v in report.by_label.items())
    line = (
        # two counts, each in its own plural form: "Exported 1 document with 2 spans"
        translate("ExportDialog", "Exported %1 with %2 (%3) as %4 to %5")
        .replace("%1", ExportCounts().documents(report.documents))
        .replace("%2", ExportCounts().spans(report.spans))
        .replace("%3", labels or translate("ExportDialog", "no spans"))
        .replace("%4", report.format)
        .replace("%5", str(report.out))
    )
    if len(report.parts) > 1:
        parts = ", ".join(f"{name} {p['documents']}" for name, p in report.parts.items())
        line += "; " + translate("ExportDialog", "split: %1").replace("%1", parts)
    lines = [line]
    lines += [f"• {n}" for key, count in report.notes.items() if (n := note_text(key, count))]
    lines += [f"• {say(message)}" for message in report.messages]  # the core's own words
    lines.append(translate("ExportDialog", "Manifest: %1").replace("%1", str(report.manifest)))
    return "\n".join(lines)


def export_dialog(
    parent: QWidget | None, project_path: str, annotator: str, settings: Settings | None = None
) -> None:
    """Show the export dialog for ``project_path`` and wait until it is closed."""
    ExportDialog(parent, project_path, annotator, settings).exec()


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        project_path: str,
        annotator: str,
        settings: Settings | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(560)
        self.project_path = str(project_path)
        self.annotator = annotator
        self.settings = settings if settings is not None else Settings()
        self.runner = export_runner()
        self.task = None
        self.report = None
        self._focused: QWidget | None = None  # where the keyboard was when an export began
        self.writers = formats()
        with open_side_project(self.project_path, annotator) as project:
            self.annotators = [a["name"] for a in project.annotators()]
            self.has_gold = bool(project.gold_layers())

        form = QFormLayout()
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        for name, cls in sorted(self.writers.items()):
            self.format_box.addItem(f"{name} — {format_description(name, cls)}", name)
        # the format last exported with, else jsonl (the README's first; the
        # first by name, brat, is not what most who export want)
        for wanted in (self.settings.export_format, "jsonl"):
            if (index := self.format_box.findData(wanted)) >= 0:
                self.format_box.setCurrentIndex(index)
                break
        self.format_box.currentIndexChanged.connect(self._format_changed)
        # every field has its Alt letter (the label's buddy; zh_CN: 格式(&F))
        form.addRow(translate("ExportDialog", "&Format"), self.format_box)

        self.segmenter = QComboBox(self)
        self.segmenter.setObjectName("exportSegmenter")
        self.segmenter.addItem(translate("ExportDialog", "one token per character"), "char")
        self.segmenter.addItem(translate("ExportDialog", "jieba words"), "jieba")
        self.segmenter_label = QLabel(translate("ExportDialog", "spaCy &tokens"), self)
        self.segmenter_label.setBuddy(self.segmenter)
        form.addRow(self.segmenter_label, self.segmenter)

        choice = QWidget(self)
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        self.what = QButtonGroup(self)
        self.gold_button = QRadioButton(
            translate("ExportDialog", "The &gold (adjudicated, else marked done)"), choice
        )
        layer_row = QHBoxLayout()
        self.layer_button = QRadioButton(translate("ExportDialog", "The &layer of"), choice)
        self.layer_name = QComboBox(choice)
        self.layer_name.setObjectName("exportAnnotator")
        self.layer_name.addItems(self.annotators)
        if annotator in self.annotators:
            self.layer_name.setCurrentText(annotator)
        layer_row.addWidget(self.layer_button)
        layer_row.addWidget(self.layer_name, 1)
        self.suggestions_button = QRadioButton(
            translate("ExportDialog", "Suggestions still &pending for me"), choice
        )
        for i, button in enumerate((self.gold_button, self.layer_button, self.suggestions_button)):
            self.what.addButton(button, i)
        (self.gold_button if self.has_gold else self.layer_button).setChecked(True)
        choice_layout.addWidget(self.gold_button)
        choice_layout.addLayout(layer_row)
        choice_layout.addWidget(self.suggestions_button)
        form.addRow(translate("ExportDialog", "What"), choice)

        split_row = QHBoxLayout()
        self.split_check = QCheckBox(translate("ExportDialog", "&Split by document"), self)
        self.split_check.setObjectName("exportSplit")
        self.split_ratios = QLineEdit("8:1:1", self)
        self.split_ratios.setMaximumWidth(90)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        split_row.addWidget(self.split_check)
        split_row.addWidget(self.split_ratios)
        seed_label = QLabel(translate("ExportDialog", "see&d"), self)
        seed_label.setBuddy(self.seed)
        split_row.addWidget(seed_label)
        split_row.addWidget(self.seed)
        split_row.addStretch(1)
        self.split_check.toggled.connect(self._format_changed)
        split_label = QLabel(translate("ExportDialog", "Spl&it"), self)
        split_label.setBuddy(self.split_ratios)  # the ratios (the box has its own letter)
        form.addRow(split_label, split_row)

        out_row = QHBoxLayout()
        self.out_path = QLineEdit(self)
        self.out_path.setObjectName("exportPath")
        browse = QPushButton(translate("ExportDialog", "&Browse…"), self)
        browse.clicked.connect(self._browse)
        out_row.addWidget(self.out_path, 1)
        out_row.addWidget(browse)
        out_label = QLabel(translate("ExportDialog", "&Output"), self)
        out_label.setBuddy(self.out_path)
        form.addRow(out_label, out_row)

        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._format_changed()

    # -- the form ----------------------------------------------------------------------

    def current_format(self) -> str:
        return self.format_box.currentData()

    def _writes_folder(self) -> bool:
        return self.writers[self.current_format()].folder or self.split_check.isChecked()

    def _format_changed(self, *_args) -> None:
        is_spacy = self.current_format() in ("spacy", "hf")  # the formats with tokens
        self.segmenter.setVisible(is_spacy)
        self.segmenter_label.setVisible(is_spacy)
        self.split_ratios.setEnabled(self.split_check.isChecked())
        self.seed.setEnabled(self.split_check.isChecked())
        text = self.out_path.text().strip()
        if text and not self._writes_folder():
            path = Path(text)
            ext = self.writers[self.current_format()].extension
            if ext and path.suffix != ext:
                self.out_path.setText(str(path.with_suffix(ext)))

    def _default_location(self) -> str:
        text = self.out_path.text().strip()
        if text:
            return text
        project = Path(self.project_path)
        name = f"{project.stem}-{self.current_format()}"
        ext = "" if self._writes_folder() else self.writers[self.current_format()].extension
        return str(project.with_name(name + ext))

    def _browse(self) -> None:
        start = self._default_location()
        if self._writes_folder():
            chosen = file_choosers.existing_directory(
                self, translate("ExportDialog", "Export to folder"), str(Path(start).parent)
            )
            if chosen:
                chosen = str(Path(chosen) / Path(start).name)
        else:
            chosen = file_choosers.save_file_name(
                self, translate("ExportDialog", "Export to file"), start
            )
        if chosen:
            self.out_path.setText(chosen)

    def selection(self) -> Selection:
        button = self.what.checkedId()
        if button == 1:
            return Selection("annotator", self.layer_name.currentText())
        if button == 2:
            return Selection("suggestions", self.annotator)
        return Selection("gold")

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the form and the message need at this width (within the
        screen): a wrapped report of several lines came in without the dialog
        growing, and the layout cut the report or squeezed the "What" choices
        over one another to make room."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        need = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height())
        if self.height() < need:
            self.resize(width, need)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            # disabled, the field with the focus passed it on (Return in Output
            # left it on Browse…, and a second Return opened a file chooser)
            self._focused = self.focusWidget()
        for widget in (
            self.format_box,
            self.segmenter,
            self.gold_button,
            self.layer_button,
            self.layer_name,
            self.suggestions_button,
            self.split_check,
            self.split_ratios,
            self.seed,
            self.out_path,
            self.export_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._format_changed()
            if self._focused is not None and self._focused.isEnabled():
                self._focused.setFocus()
            self._focused = None

    # -- running -------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.task is not None:
            return
        out = self.out_path.text().strip() or self._default_location()
        self.out_path.setText(out)
        split = self.split_ratios.text().strip() if self.split_check.isChecked() else None
        try:
            selection = self.selection()
            if split:
                parse_split(split)
        except BiaozhuError as exc:
            self._show(say(exc), error=True)
            return
        fmt, seed = self.current_format(), self.seed.value()
        self.settings.export_format = fmt  # the next export opens on it
        options = {"segmenter": self.segmenter.currentData()}

        def work(project, progress):
            return export_project(
                project,
                fmt,
                out,
                selection=selection,
                split=split,
                seed=seed,
                options=options,
                force=True,  # an earlier export there is replaced; anything else is refused
                progress=progress,
            )

        self._set_busy(True)
        self._show(translate("ExportDialog", "Exporting…"))
        self.task = self.runner.run_on_project(
            self.project_path,
            self.annotator,
            work,
            title=translate("ExportDialog", "Exporting %1").replace("%1", fmt),
            parent=self,
            on_done=self._done,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )

    def _done(self, report) -> None:
        self.task = None
        self.report = report
        self._set_busy(False)
        self._show(report_text(report))

    def _failed(self, message: str) -> None:
        self.task = None
        self._set_busy(False)
        self._show(
            translate("ExportDialog", "Export failed, nothing was written: %1").replace(
                "%1", message
            ),
            error=True,
        )

    def _cancelled(self) -> None:
        self.task = None
        self._set_busy(False)
        self._show(translate("ExportDialog", "Export cancelled; nothing was written."))

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.runner.wait()
        super().reject()
