"""The agreement panel: Krippendorff's alpha over all annotators per label and
overall, and for each pair of annotators and each label, exact span
F1, overlap span F1 and Cohen's kappa over characters (models.review.agreement),
for the whole project or one document, with a bar chart of the selected pair
painted with QPainter (QtCharts is not available on the target).

The report runs on a worker of the task runner (desktop.gui.tasks) with a
read-only project of its own, document by document: on a project of 100,000
documents it takes a while, and the window keeps answering keys meanwhile,
shows how far it is, and fills in when it ends. Cancel (Alt+C) beside the
bar, choosing another scope or closing the window cancels the report under
way; Recompute (Alt+R) starts it again."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.review.common import add_close_keys, open_project, show_window
from desktop.gui.tasks import Task, TaskRunner
from models.errors import cell_text
from models.review.agreement import agreement_report

MEASURES = ("exact_f1", "overlap_f1", "kappa")
MEASURE_COLOURS = ("#2e86c1", "#28b463", "#af601a")

_runner: TaskRunner | None = None


def report_runner() -> TaskRunner:
    """The runner of the agreement reports. It lives as long as the application
    (as the export dialog's): a task deletes itself a moment after it ends,
    which must not outlive its runner, and a window can close first."""
    global _runner
    if _runner is None:
        _runner = TaskRunner(QCoreApplication.instance())
    return _runner


class BarChart(QWidget):
    """Grouped bars: one group per label (and overall), one bar per measure, 0…1."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[tuple[str, list[float | None]]] = []
        self.names: list[str] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def set_data(self, groups: list[tuple[str, list[float | None]]], names: list[str]) -> None:
        self.groups = groups
        self.names = names
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        fm = painter.fontMetrics()
        left, top = fm.horizontalAdvance("1.00") + 12, fm.height() + 10
        bottom = fm.height() * 2 + 8
        plot = QRectF(
            left, top, max(10, self.width() - left - 10), max(10, self.height() - top - bottom)
        )
        text_pen = QPen(self.palette().text().color())
        grid = QPen(QColor(200, 200, 200))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{i / 4:.2f}",
            )
        # legend
        x = plot.left()
        for name, colour in zip(self.names, MEASURE_COLOURS, strict=False):
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(colour))
            painter.setPen(text_pen)
            painter.drawText(int(x + 14), 4 + fm.ascent() - 1, name)
            x += 24 + fm.horizontalAdvance(name)
        if not self.groups:
            painter.end()
            return
        group_w = plot.width() / len(self.groups)
        bar_w = group_w * 0.8 / max(1, len(MEASURES))
        for g, (label, values) in enumerate(self.groups):
            gx = plot.left() + g * group_w + group_w * 0.1
            for m, value in enumerate(values):
                if value is None:
                    continue
                h = plot.height() * max(0.0, min(1.0, value))
                rect = QRectF(gx + m * bar_w, plot.bottom() - h, bar_w - 2, h)
                painter.fillRect(rect, QColor(MEASURE_COLOURS[m]))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(gx, plot.bottom() + 4, group_w * 0.8, fm.height() + 2),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.end()


class AgreementPanel(QWidget):
    """Pairwise agreement per label, for the project or one document."""

    def __init__(self, project_path: str, annotator: str, doc_id: str | None = None, parent=None):
        super().__init__(parent)
        self.project = open_project(project_path, annotator)
        self.project_path = str(self.project.path)
        self.report: dict = {}
        self.task: Task | None = None
        # what the summary line says, in the language shown (it is said again
        # when the language changes)
        self._summary: tuple[str, str] = ("", "")  # (what, its figure or message)
        self.scope = QComboBox(self)
        self.scope.addItem("", None)  # the whole project (retranslate names it)
        for doc in self.project.documents_overview(self.project.annotator):
            self.scope.addItem(cell_text(f"{doc.title[:40]} ({doc.id})"), doc.id)
        if doc_id is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(doc_id)))
        self.pair = QComboBox(self)
        # all annotators at once: one row, a column per label and the overall figure
        self.alpha_title = QLabel(self)
        self.alpha_title.setWordWrap(True)
        self.alpha_model = QStandardItemModel(self)
        self.alpha_table = QTableView(self)
        self.alpha_table.setModel(self.alpha_model)
        self.alpha_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alpha_table.verticalHeader().hide()
        self.alpha_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alpha_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.alpha_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        # how far the report under way is, by document (hidden when none is)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        # stops the report under way (closing the window stops it too, and Esc
        # closes review windows): shown only while one is
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelAgreement")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        # a cancelled report, or one the project has changed under since, is
        # computed again for the same scope (choosing it again is no change)
        self.recompute = QPushButton(self)
        self.recompute.setObjectName("recomputeAgreement")
        self.recompute.setAutoDefault(False)
        self.recompute.clicked.connect(self.refresh)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart(self)

        top = QHBoxLayout()
        self.scope_label = QLabel(self)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope, 2)
        # the pair the chart draws: shown with the chart, when there is a pair
        self.pair_label = QLabel(self)
        top.addWidget(self.pair_label)
        top.addWidget(self.pair, 1)
        top.addWidget(self.recompute)
        self.figures = QSplitter(Qt.Orientation.Vertical, self)
        self.figures.addWidget(self.table)
        self.figures.addWidget(self.chart)
        # one label a sentence: two translations joined by a space left a
        # stray space after the Chinese full stop
        self.explains = explains = [QLabel(self), QLabel(self)]
        for explain in explains:
            explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alpha_title)
        layout.addWidget(self.alpha_table)
        layout.addWidget(self.figures, 1)
        layout.addWidget(self.summary)
        under_way = QHBoxLayout()
        under_way.addWidget(self.progress, 1)
        under_way.addWidget(self.cancel_button)
        layout.addLayout(under_way)
        for explain in explains:
            layout.addWidget(explain)
        # without the figures (none yet, or no pair), the words stay together
        # at the top instead of spreading down the window
        layout.addStretch(0)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.pair.currentIndexChanged.connect(self._draw_chart)
        add_close_keys(self)
        self.resize(820, 640)
        self._name_things()
        self.refresh()

    def _name_things(self) -> None:
        """The window's own words, in the language installed."""
        self.setWindowTitle(self.tr("Agreement — %1").replace("%1", self.project.path.name))
        self.scope.setItemText(0, self.tr("Whole project"))
        self.scope_label.setText(self.tr("Scope:"))
        self.pair_label.setText(self.tr("Chart:"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.recompute.setText(self.tr("&Recompute"))
        self._progress_format()
        self.explains[0].setText(
            self.tr(
                "Exact F1: same start, end and label. Overlap F1: a same-label span of the"
                " other annotator overlaps. Kappa: Cohen's kappa over characters (\u201cO\u201d"
                " outside spans). Over the documents both annotators annotated."
            )
        )
        self.explains[1].setText(
            self.tr(
                "Alpha: Krippendorff's alpha over all annotators, each character a unit; a "
                "document counts for an annotator once they marked it done."
            )
        )

    def retranslate(self) -> None:
        """Everything shown in the language just installed: the window's words,
        the report's headers and summary, the chart's legend; the scope, the
        pair and the figures stay (a report under way goes on)."""
        self._name_things()
        if self.report:
            self._show_report()
        else:
            self._draw_chart()
        self.summary.setText(self._summary_text())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, what: str, value: str = "") -> None:
        """The summary line, kept as what it says (not its words, and no
        closure holding the window) to say again in another language."""
        self._summary = (what, value)
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        what, value = self._summary
        if what == "computing":
            return self.tr("Computing agreement…")
        if what == "cancelled":
            return self.tr("Cancelled: the agreement was not computed. Recompute starts it again.")
        if what == "failed":
            return self.tr("The agreement could not be computed: %1").replace("%1", value)
        if what == "no pairs":
            return self.tr("No two annotators share a document yet.")
        if what == "pairs":
            return self.tr("%n pair(s) of annotators.", "", int(value))
        return ""

    @property
    def computing(self) -> bool:
        """Whether a report is under way (the window shows none meanwhile)."""
        return self.task is not None

    def refresh(self) -> None:
        """Start the report for the chosen scope on a worker; one under way is cancelled."""
        self._stop()
        doc = self.scope.currentData()
        doc_ids = None if doc is None else [doc]
        path = self.project_path

        def work(progress):
            from desktop.gui.host import open_side_reader

            with open_side_reader(path) as project:
                # the window shows each pair's totals, never its figures per document
                return agreement_report(
                    project, doc_ids=doc_ids, progress=progress, by_document=False
                )

        self.report = {}
        self._clear()
        self._say("computing")
        self.progress.setRange(0, 0)  # busy until the report says how many documents
        self.progress.show()
        self._under_way(True)
        task = report_runner().run(
            work,
            title=self.tr("Agreement"),
            parent=self,
            show_progress=False,  # the window shows it, and stays usable meanwhile
            # weakly: a closed window is not kept alive by the report it cancelled
            on_done=_weakly(self._done),
            on_failed=_weakly(self._failed),
        )
        task.signals.progress.connect(self._progress)
        self.task = task

    def _stop(self) -> None:
        if self.task is not None:
            task, self.task = self.task, None
            # its callbacks may still arrive: they are for a scope no longer shown
            task.orphaned = True
            task.cancel()
        self.progress.hide()
        self._under_way(False)

    def _under_way(self, computing: bool) -> None:
        """Cancel while a report is under way, Recompute when none is; the
        keyboard's focus moves from the one hidden or disabled to the other."""
        if computing:
            moved = self.recompute.hasFocus()
            self.cancel_button.show()
            self.recompute.setEnabled(False)
            if moved:
                self.cancel_button.setFocus()
        else:
            moved = self.cancel_button.hasFocus()
            self.recompute.setEnabled(True)
            self.cancel_button.hide()
            if moved:
                self.recompute.setFocus()

    def cancel(self) -> None:
        """Stop the report under way (at its next document) and say so; the
        figures stay empty until Recompute or another scope."""
        if self.task is None:
            return
        self._stop()
        self._say("cancelled")

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _note: str) -> None:
        if self.task is None or self.task.signals is not self.sender():
            return
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self._progress_format()

    def _progress_format(self) -> None:
        """ "3 of 8 documents", in the plural form the number of documents takes."""
        self.progress.setFormat(self.tr("%v of %m document(s)", "", self.progress.maximum()))

    def _failed(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self._under_way(False)
        self._say("failed", message)

    def _clear(self) -> None:
        self.alpha_model.clear()
        self.alpha_title.setText("")
        self.alpha_table.hide()  # an empty box where one row of figures comes
        self.model.clear()
        self.pair.blockSignals(True)
        self.pair.clear()
        self.pair.blockSignals(False)
        self._draw_chart()
        self._show_figures()

    def _show_figures(self) -> None:
        """The pairs' table, the chart and its choice of pair only when there
        is a pair to show: with none (computing, cancelled, or no two
        annotators sharing a document) they were empty boxes, an empty
        chart under an empty table, and the summary says why."""
        has_pairs = bool(self.report.get("pairs"))
        self.figures.setVisible(has_pairs)
        self.pair_label.setVisible(has_pairs)
        self.pair.setVisible(has_pairs)

    def _done(self, report: dict) -> None:
        self.task = None
        self.progress.hide()
        self._under_way(False)
        self.report = report
        self._show_report()
        if not self.report["pairs"]:
            self._say("no pairs")
        else:
            self._say("pairs", str(len(self.report["pairs"])))

    def _show_report(self) -> None:
        """The report's figures: alpha, the pairs' table, the chosen pair's chart."""
        chosen = self.pair.currentIndex()
        self._show_alpha(self.report["alpha"])
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Pair"),
                self.tr("Label"),
                self.tr("Spans a / b"),
                self.tr("Exact F1"),
                self.tr("Overlap F1"),
                self.tr("Kappa"),
                self.tr("Documents"),
            ]
        )
        self.pair.blockSignals(True)
        self.pair.clear()
        for pair in self.report["pairs"]:
            name = f"{pair['a']} × {pair['b']}"
            self.pair.addItem(name)
            rows = list(pair["labels"].items()) + [(self._overall_name(), pair["overall"])]
            for label, f in rows:
                cells = [
                    cell_text(name),  # names and labels as people wrote them, escaped
                    cell_text(label),
                    f"{f['a_spans']} / {f['b_spans']}",
                    _num(f["exact_f1"]),
                    _num(f["overlap_f1"]),
                    _num(f["kappa"]),
                    str(pair["documents"]),
                ]
                items = [QStandardItem(c) for c in cells]
                for item in items[2:]:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.model.appendRow(items)
        if 0 <= chosen < self.pair.count():  # drawn again: the pair chosen stays
            self.pair.setCurrentIndex(chosen)
        self.pair.blockSignals(False)
        self._draw_chart()
        self._show_figures()

    def _show_alpha(self, alpha: dict) -> None:
        rows = [*alpha["labels"].items(), (self._overall_name(), alpha["overall"])]
        self.alpha_model.clear()
        self.alpha_model.setHorizontalHeaderLabels([label for label, _ in rows])
        items = [QStandardItem(_num(value)) for _, value in rows]
        for item in items:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alpha_model.appendRow(items)
        if alpha["units"]:
            # three counts, each its own plural form: "1 finished document"
            self.alpha_title.setText(
                self.tr(
                    "Krippendorff's alpha (nominal) over all annotators: %n annotator(s), %1 in %2",
                    "",
                    len(alpha["annotators"]),
                )
                .replace("%1", self.tr("%n character(s)", "", int(alpha["units"])))
                .replace("%2", self.tr("%n finished document(s)", "", int(alpha["documents"])))
            )
        else:
            self.alpha_title.setText(
                self.tr(
                    "Krippendorff's alpha: no two annotators have finished the same document yet."
                )
            )
        left_out = (self.report or {}).get("adjudicated_left_out") or {}
        if left_out:
            said = ", ".join(
                self.tr("%1: %n document(s)", "", n).replace("%1", who)
                for who, n in left_out.items()
            )
            self.alpha_title.setText(
                self.alpha_title.text()  # the title has no full stop: a line of its own
                + "\n"
                + self.tr("Left out, as made by adjudicating: %1.").replace("%1", said)
            )
        # exactly the header and the one row, no empty space under it
        self.alpha_table.resizeRowsToContents()
        height = (
            self.alpha_table.horizontalHeader().sizeHint().height()
            + self.alpha_table.rowHeight(0)
            + 2 * self.alpha_table.frameWidth()
        )
        self.alpha_table.setFixedHeight(height)
        # a row of dashes says nothing the title does not
        self.alpha_table.setVisible(bool(alpha["units"]))

    def _overall_name(self) -> str:
        """The figures over all labels, named alike in the tables and under the
        chart (the brackets: no label is mistaken for it)."""
        return self.tr("(all)")

    def _draw_chart(self) -> None:
        names = [self.tr("exact F1"), self.tr("overlap F1"), self.tr("kappa")]
        i = self.pair.currentIndex()
        pairs = self.report.get("pairs", [])
        if not 0 <= i < len(pairs):
            self.chart.set_data([], names)
            return
        pair = pairs[i]
        groups = [(label, [f[m] for m in MEASURES]) for label, f in pair["labels"].items()]
        groups.append((self._overall_name(), [pair["overall"][m] for m in MEASURES]))
        self.chart.set_data(groups, names)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._stop()  # the report under way stops at its next document
        self.project.close()
        super().closeEvent(event)


def _weakly(method: Callable) -> Callable:
    """``method`` called while its object lives, without keeping it alive."""
    ref = weakref.WeakMethod(method)

    def call(*args) -> None:
        bound = ref()
        if bound is not None:
            bound(*args)

    return call


def _num(x: float | None) -> str:
    # + 0.0 turns the -0.0 that a tiny negative alpha rounds to into 0.0:
    # "-0.000" reads as a figure below zero that the table cannot show
    return "–" if x is None else f"{round(x, 3) + 0.0:.3f}"


def open_agreement(parent, project_path: str, annotator: str) -> AgreementPanel:
    """Open the agreement panel as its own window (for the main window's Review menu)."""
    return show_window(AgreementPanel(project_path, annotator, None, parent))
