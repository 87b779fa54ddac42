"""A cross-validated evaluation of a learned suggester (the dict
``models.learn.evaluate_cv.cross_validate`` returns and the store keeps) as
tables a curator reads: how it was measured, what each system costs, then
precision, recall and F1 per label and each candidate source's record. The
core returns figures; every word here is the window's, translated here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.describe import source_title
from desktop.gui.i18n import fill

translate = QCoreApplication.translate

ALL = "ALL"  # evaluate_cv's row of every label together
SYSTEMS = ("new", "adapter", "active", "base", "weighed")  # the order the columns go in
LABEL_ROWS = 8  # the per-label table shows this many rows without scrolling


def kept_adapter(ev: Mapping[str, Any]) -> bool:
    """Whether the training kept the adapter of the bundled model, its second
    contestant, rather than the project's own CRF and scorer."""
    return (ev.get("contest") or {}).get("kept") == "adapter"


def system_title(key: str, ev: Mapping[str, Any] | None = None) -> str:
    if ev is not None and kept_adapter(ev):
        if key == "adapter":
            return translate("Evaluation", "This model (adapter)")
        if key == "new":
            return translate("Evaluation", "Own model, not kept")
    return {
        "new": translate("Evaluation", "This model"),
        "adapter": translate("Evaluation", "Adapted, not kept"),
        "base": translate("Evaluation", "Bundled model"),
        "weighed": translate("Evaluation", "Bundled, sources weighed"),
        "active": translate("Evaluation", "Active model"),
    }.get(key, key)


def label_title(label: str) -> str:
    return translate("Evaluation", "All labels") if label == ALL else label


class EvaluationCounts(QObject):
    """Counts in the evaluation's words, in their plural form ("1 tested
    document"): a QObject, since lupdate reads plural forms from ``self.tr`` alone."""

    def shipped_copies(self, n: int) -> str:
        return self.tr(
            "%n tested document(s) are examples the bundled scorer learned from: the "
            "bundled model is compared on the other %2.",
            "",
            n,
        )


def method_line(ev: Mapping[str, Any]) -> str:
    """How the figures were measured, as evaluate_cv planned it."""
    tested, docs = ev.get("test_documents", 0), ev.get("documents", 0)
    if ev.get("method") == "held-out" and ev.get("tested_folds", 1) > 1:
        text = translate(
            "Evaluation",
            "Held-out evaluation: %1 of %2 folds tested (%3 documents), each by a model of "
            "the others (the bundled model learned the rest of the first); exact span match.",
        )
        return fill(text, ev.get("tested_folds"), ev.get("folds"), tested)
    if ev.get("method") == "held-out":
        text = translate(
            "Evaluation",
            "Held-out evaluation: trained on %1 documents, tested on %2 (every %3th); "
            "exact span match.",
        )
        return fill(text, docs - tested, tested, ev.get("folds"))
    text = translate(
        "Evaluation", "%1-fold cross-validation over %2 gold documents; exact span match."
    )
    return fill(text, ev.get("folds"), docs)


def head_lines(ev: Mapping[str, Any]) -> list[str]:
    """The sentences above the tables: method, caveats, the scorer chosen,
    and each system's cost to the curator."""
    lines = [method_line(ev)]
    copies = ev.get("shipped_copies", 0)
    others = ev.get("test_documents", 0) - copies
    if copies and not others:
        lines.append(
            translate(
                "Evaluation",
                "Every tested document is an example the bundled scorer learned from: the "
                "bundled model is not compared.",
            )
        )
    elif copies:
        text = EvaluationCounts().shipped_copies(copies)
        lines.append(fill(text, copies, others))
    choice = ev.get("scorer") or {}
    if choice.get("c2") is not None:
        if choice.get("crf", True):
            text = translate(
                "Evaluation",
                "Scorer c2 %1: of the settings tried, the one whose held-out suggestions "
                "cost the least.",
            )
        else:
            text = translate(
                "Evaluation",
                "Scorer c2 %1, without the project's CRF: of the settings tried, the one "
                "whose held-out suggestions cost the least.",
            )
        lines.append(fill(text, choice["c2"]))
    systems = systems_of(ev)
    if not systems:
        lines.append(
            translate(
                "Evaluation",
                "No system could be scored (the gold has no wrong or no right candidate).",
            )
        )
    for key in systems:
        cost = ev["systems"][key].get("actions_per_span", 0.0)
        title = system_title(key, ev)
        if key == "active" and ev.get("active_name"):
            title = f"{title} ({ev['active_name']})"
        text = translate("Evaluation", "%1: %2 actions per gold span.")
        lines.append(fill(text, title, f"{cost:.3f}"))
    return lines


def systems_of(ev: Mapping[str, Any]) -> list[str]:
    """The systems scored, the model the training kept first."""
    keys = [key for key in SYSTEMS if key in (ev.get("systems") or {})]
    if kept_adapter(ev) and "adapter" in keys:
        keys.remove("adapter")
        keys.insert(0, "adapter")
    return keys


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(parent: QWidget, name: str, headers: Sequence[str], rows: list[list]) -> QTableWidget:
    """A read-only table; cells that are numbers are right-aligned. A header
    that begins with a line break goes on the system named to its left
    (``label_rows``): that name is its tooltip."""
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    group = ""
    for c, head in enumerate(headers):
        if "\n" not in head:
            group = ""
        elif head.startswith("\n"):
            table.horizontalHeaderItem(c).setToolTip(f"{group}\n{head[1:]}".strip())
        else:
            group = head.split("\n", 1)[0]
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = f"{value:.3f}" if isinstance(value, float) else str(value)
            table.setItem(r, c, _item(text, not isinstance(value, str) or value == NOT_MEASURED))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fit_rows(table: QTableWidget, rows: int) -> None:
    """At least ``rows`` rows tall, whatever else the dialog shows. The
    horizontal scroll bar is counted: a table of every system's columns is
    wider than a 1366-pixel screen, and the bar covered the last row (All
    labels) of the training report and the models dialog."""
    height = table.horizontalHeader().sizeHint().height()
    height += rows * table.verticalHeader().defaultSectionSize()
    height += table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(height + 2 * table.frameWidth() + 2)


def table_width(table: QTableWidget) -> int:
    """The width ``table`` needs to show every column whole, each as wide as
    its contents make it (the tables' columns size to their contents), with
    room for a vertical scroll bar."""
    header = table.horizontalHeader()
    columns = sum(
        max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(table.columnCount())
        if not table.isColumnHidden(c)
    )
    return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2


def widen_for(dialog: QWidget, tables: Sequence[QTableWidget | None]) -> None:
    """Make ``dialog`` wide enough for every column of ``tables`` (its
    direct contents, in its layout), up to its screen's available width,
    and keep it whole on that screen: the per-label table of five systems
    needs some 1,300 pixels and the dialogs opened at 900-960."""
    shown = [t for t in tables if t is not None and not t.isHidden()]
    if not shown or dialog.screen() is None:
        return
    margins = dialog.layout().contentsMargins() if dialog.layout() is not None else None
    around = (margins.left() + margins.right()) if margins is not None else 0
    available = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry().width() - dialog.width()
    wanted = max(table_width(t) for t in shown) + around
    width = min(max(dialog.width(), wanted), available.width() - frame)
    grown = width - dialog.width()
    if grown <= 0:
        return
    dialog.resize(width, dialog.height())
    geometry = dialog.frameGeometry()
    # grown on both sides of where it was centred, kept whole on the screen
    x = min(geometry.left() - grown // 2, available.right() + 1 - geometry.width())
    x = max(x, available.left())
    if x != geometry.left():
        dialog.move(x, geometry.top())


def label_rows(ev: Mapping[str, Any]) -> tuple[list[str], list[list]]:
    """Headers and rows of the per-label table: gold, then P, R, F1 per system.
    A system's name heads its first column only: repeated over all three it
    made each column as wide as the name, and five systems' columns (1,900
    pixels in English) were wider than a 1600-pixel screen."""
    systems = systems_of(ev)
    headers = [translate("Evaluation", "Label"), translate("Evaluation", "Gold spans")]
    for key in systems:
        title = system_title(key, ev)
        headers += [
            f"{title}\n{translate('Evaluation', 'Precision')}",
            f"\n{translate('Evaluation', 'Recall')}",
            "\nF1",
        ]
    rows = []
    for label in [*(ev.get("labels") or []), ALL]:
        first = ev["systems"][systems[0]]["labels"].get(label) or {}
        row: list = [label_title(label), int(first.get("gold", 0))]
        for key in systems:
            row += measured_scores(ev["systems"][key]["labels"].get(label) or {})
        rows.append(row)
    return headers, rows


NOT_MEASURED = "–"


def measured_scores(s: Mapping[str, Any]) -> list[float | str]:
    """Precision, recall and F1, each blank where nothing measures it (no
    span proposed, no gold span): 0.000 there would read as a model that
    finds nothing right."""
    proposed, gold = s.get("predicted"), s.get("gold")
    precision = NOT_MEASURED if proposed == 0 else float(s.get("precision", 0.0))
    recall = NOT_MEASURED if gold == 0 else float(s.get("recall", 0.0))
    f1 = NOT_MEASURED if gold == 0 else float(s.get("f1", 0.0))
    return [precision, recall, f1]


def source_rows(ev: Mapping[str, Any]) -> tuple[list[str], list[list]]:
    headers = [
        translate("Evaluation", "Candidate source"),
        translate("Evaluation", "Label"),
        translate("Evaluation", "Proposed"),
        translate("Evaluation", "Precision"),
        translate("Evaluation", "Recall"),
    ]
    rows = [
        [source_title(source), label, int(s.get("proposed", 0))]
        + [float(s.get("precision", 0.0)), float(s.get("recall", 0.0))]
        for source, per_label in (ev.get("sources") or {}).items()
        for label, s in per_label.items()
    ]
    return headers, rows


class EvaluationView(QWidget):
    """The head sentences, the per-label table and the sources' table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluationView")
        self.head = QLabel(self)
        self.head.setObjectName("evaluationHead")
        self.head.setTextFormat(Qt.TextFormat.PlainText)  # version names are data
        self.head.setWordWrap(True)
        self.labels_caption = QLabel(self)
        self.sources_caption = QLabel(self)
        self._evaluation: Mapping[str, Any] | None = None
        self.labels_table: QTableWidget | None = None
        self.sources_table: QTableWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.head)
        self.set_evaluation(None)

    def set_evaluation(self, ev: Mapping[str, Any] | None) -> None:
        """Show ``ev`` (None: the model was not evaluated)."""
        self._evaluation = ev
        self.labels_caption.setText(translate("Evaluation", "Per &label:"))
        self.sources_caption.setText(
            translate("Evaluation", "Candidate &sources on the tested gold:")
        )
        for table in (self.labels_table, self.sources_table):
            if table is not None:
                self._layout.removeWidget(table)
                table.deleteLater()
        self.labels_table = self.sources_table = None
        for caption in (self.labels_caption, self.sources_caption):
            self._layout.removeWidget(caption)
            caption.hide()
        if not ev or not ev.get("systems") and not ev.get("method"):
            self.head.setText(
                translate(
                    "Evaluation",
                    "Not evaluated: cross-validation needs at least 2 gold documents.",
                )
            )
            return
        self.head.setText("\n".join(head_lines(ev)))
        if systems_of(ev):
            self.labels_table = _table(self, "evaluationLabels", *label_rows(ev))
            fit_rows(self.labels_table, min(self.labels_table.rowCount(), LABEL_ROWS))
            self._add(self.labels_caption, self.labels_table, 2)
        headers, rows = source_rows(ev)
        if rows:
            self.sources_table = _table(self, "evaluationSources", headers, rows)
            self._add(self.sources_caption, self.sources_table, 3)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.set_evaluation(self._evaluation)  # tables, captions and figures worded again
        super().changeEvent(event)

    def _add(self, caption: QLabel, table: QTableWidget, stretch: int) -> None:
        caption.setBuddy(table)
        self._layout.addWidget(caption)
        caption.show()
        self._layout.addWidget(table, stretch)

    def text(self) -> str:
        """Everything shown, as lines (for tests and copying)."""
        lines = self.head.text().splitlines()
        for table in (self.labels_table, self.sources_table):
            if table is None:
                continue
            heads = [_full_head(table, c) for c in range(table.columnCount())]
            lines.append("\t".join(h.replace("\n", " ") for h in heads))
            for r in range(table.rowCount()):
                lines.append("\t".join(table.item(r, c).text() for c in range(table.columnCount())))
        return "\n".join(lines)


def _full_head(table: QTableWidget, column: int) -> str:
    """A column's header with the system it goes on (its tooltip, where the
    header leaves the name to the column on its left)."""
    item = table.horizontalHeaderItem(column)
    return item.toolTip() or item.text()
