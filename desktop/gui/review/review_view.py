"""The review view: two layers of one document side by side, their differences
listed and marked by kind, adjudicated from the keyboard into the reviewer's
layer.

Keys (active anywhere in the view): L take left, R take right, B both,
N neither, Shift+Y accept every agreement, J/↓ next difference, K/↑ previous,
Ctrl+D mark the document done, or reopen it when done (as in the main window).
Each choice is one core call (models.review.adjudicate), which writes its
history events; the view only redraws."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.messages import say
from desktop.gui.offsets import OffsetMap, display_text
from desktop.gui.review.common import (
    KIND_COLOURS,
    add_close_keys,
    keep_arrows,
    label_colours,
    make_pane,
    open_project,
    selection,
    show_window,
    span_format,
)
from desktop.gui.review.event_names import role_name, status_name
from models.errors import BiaozhuError, cell_text
from models.review.adjudicate import Adjudication
from models.review.compare import (
    SAME,
    SINCE_KINDS,
    Difference,
    LayerRef,
    available_layers,
    gold_annotator,
    layer_counts,
)
from models.review.conflicts import conflicts, resolve_conflict
from models.review.curation import (
    ADJUDICATED,
    AGREED,
    DISAGREEMENTS,
    SETTLED,
    CurationState,
    curation_states,
    default_pair,
)
from models.store.bulk import NotAsked

Index = QModelIndex | QPersistentModelIndex


def _overlap(d: Difference) -> bool:
    """Whether a span of the left layer and one of the right share characters."""
    return any(a.start < b.end and b.start < a.end for a in d.left for b in d.right)


def _describe(spans) -> str:
    # span texts escaped where they do not print: a bidi override reorders the cell
    return cell_text("  ".join(f"{s.text} [{s.label}]" for s in spans)) or "—"


class DifferenceModel(QAbstractTableModel):
    """The differences of the current pair of layers, with how each was settled."""

    COLUMNS = 5
    DifferenceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, kind_names: dict[str, str], headers: list[str], parent=None):
        super().__init__(parent)
        self._kind_names = kind_names
        self._headers = headers
        self._rows: list[Difference] = []
        self._states: list[str | None] = []
        self._state_names: dict[str | None, str] = {}

    def set_state_names(self, names: dict[str | None, str]) -> None:
        self._state_names = names

    def state_name(self, state: str | None) -> str:
        return self._state_names.get(state, state or "")

    def set_rows(self, rows: list[Difference], states: list[str | None]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._states = list(states)
        self.endResetModel()

    def set_states(self, states: list[str | None]) -> None:
        self._states = list(states)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def difference(self, row: int) -> Difference | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def state(self, row: int) -> str | None:
        return self._states[row] if 0 <= row < len(self._states) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        state = self._states[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return self._kind_names.get(d.kind, d.kind)
            if col == 2:
                return _describe(d.left)
            if col == 3:
                return _describe(d.right)
            return self._state_names.get(state, state or "")
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor(KIND_COLOURS[d.kind])
        if role == Qt.ItemDataRole.BackgroundRole and state is not None:
            return QColor(232, 245, 233)
        if role == self.DifferenceRole:
            return d
        return None


class ReviewView(QWidget):
    """Compare and adjudicate two layers of one document."""

    changed = Signal()  # the reviewer's layer or status changed

    def __init__(self, project_path: str, annotator: str, doc_id: str | None, parent=None):
        super().__init__(parent)
        self.project = open_project(project_path, annotator)
        self.reviewer = self.project.annotator
        self.adjudication: Adjudication | None = None
        self._syncing = False
        # the model reads these two: filled (and filled again on a language
        # change) by _name_things
        self._kind_names: dict[str, str] = {}
        self._headers: list[str] = [""] * DifferenceModel.COLUMNS
        self._named = False  # no words to change before the first
        self._conflicts_here = 0  # merge conflicts of the document shown
        self._build()
        self._make_actions()
        self._name_things()
        docs = self.project.documents_overview(self.reviewer)
        # each document's title and id, and where it stands between its
        # annotators for the reviewer (models.review.curation, the core's count)
        self._doc_names = {row.id: cell_text(f"{row.title[:40]} ({row.id})") for row in docs}
        self._curation: dict[str, CurationState] = {}
        for row in docs:
            self.doc_combo.addItem(self._doc_item_text(row.id), row.id)
        if doc_id is not None:
            i = self.doc_combo.findData(doc_id)
            if i < 0:
                self.project.document(doc_id)  # raises NotFound
            self.doc_combo.setCurrentIndex(i)
        self.doc_combo.currentIndexChanged.connect(self._document_changed)
        # after each choice, Ctrl+D or merge conflict settled: the document's
        # place in the chooser read again
        self.changed.connect(lambda: self._update_doc_states([self.doc_id()]))
        add_close_keys(self)
        self._document_changed()
        # the documents' states read a few at a time while the window is up
        # (half a millisecond a document: a corpus of thousands would keep the
        # window from opening), the one shown first
        first = self.doc_id()
        self._unread_states = [first] if first is not None else []
        self._unread_states += [row.id for row in docs if row.id != first]
        self._state_timer = QTimer(self)
        self._state_timer.setInterval(0)
        self._state_timer.timeout.connect(self._read_some_states)
        self._state_timer.start()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.doc_combo = QComboBox(self)
        self.left_combo = QComboBox(self)
        self.right_combo = QComboBox(self)
        self.reviewer_label = QLabel(self)
        self.doc_label, self.left_label, self.right_label = (QLabel(self) for _ in range(3))
        self.doc_label.setBuddy(self.doc_combo)
        top = QHBoxLayout()
        top.addWidget(self.doc_label)
        top.addWidget(self.doc_combo, 2)
        top.addWidget(self.left_label)
        top.addWidget(self.left_combo, 1)
        top.addWidget(self.right_label)
        top.addWidget(self.right_combo, 1)
        top.addWidget(self.reviewer_label)

        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label = QLabel(self)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #a04000")
        self.keep_mine = QPushButton(self)
        self.take_theirs = QPushButton(self)
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.take_theirs.clicked.connect(lambda: self._resolve("theirs"))
        banner = QHBoxLayout()
        banner.addWidget(self.conflict_label, 1)
        banner.addWidget(self.keep_mine)
        banner.addWidget(self.take_theirs)

        self.left_pane = make_pane(self)
        self.right_pane = make_pane(self)
        self.left_title = QLabel(self)
        self.right_title = QLabel(self)
        for title in (self.left_title, self.right_title):
            title.setTextFormat(Qt.TextFormat.PlainText)
        panes = QSplitter(Qt.Orientation.Horizontal, self)
        for title, pane in ((self.left_title, self.left_pane), (self.right_title, self.right_pane)):
            box = QWidget(panes)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(title)
            lay.addWidget(pane)
            panes.addWidget(box)
        for a, b in ((self.left_pane, self.right_pane), (self.right_pane, self.left_pane)):
            a.verticalScrollBar().valueChanged.connect(lambda _v, a=a, b=b: self._sync_scroll(a, b))

        self.model = DifferenceModel(self._kind_names, self._headers, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.show_agreements = QCheckBox(self)
        self.show_agreements.toggled.connect(self._reload_rows)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(panes)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = QHBoxLayout()
        self.progress_label = QLabel(self)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.legend = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(banner)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_agreements)
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.progress_label)
        layout.addLayout(bottom)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        self.left_combo.currentIndexChanged.connect(self._layers_changed)
        self.right_combo.currentIndexChanged.connect(self._layers_changed)
        self.resize(1200, 800)

    def _make_actions(self) -> None:
        def action(keys: list, slot, button: bool = True) -> QAction:
            act = QAction(self)  # its words: _name_things
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            if button:
                b = QToolButton(self)
                b.setDefaultAction(act)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                self.buttons.addWidget(b)
            return act

        self.act_left = action(["L"], lambda: self.choose("left"))
        self.act_right = action(["R"], lambda: self.choose("right"))
        self.act_both = action(["B"], lambda: self.choose("both"))
        self.act_neither = action(["N"], lambda: self.choose("neither"))
        self.act_agree = action(["Shift+Y"], self.accept_agreements)
        self.act_prev = action(["K", QKeySequence(Qt.Key.Key_Up)], self.previous_difference)
        self.act_next = action(["J", QKeySequence(Qt.Key.Key_Down)], self.next_difference)
        keep_arrows(self, (self.doc_combo, self.left_combo, self.right_combo))
        self.buttons.addStretch(1)
        # Ctrl+D as in the main window: marks a document done, or reopens it
        self.act_done = action(["Ctrl+D"], self.toggle_done)

    def _name_things(self) -> None:
        """The window's own words, in the language installed."""
        self.setWindowTitle(self.tr("Review — %1").replace("%1", self.project.path.name))
        self._kind_names.clear()
        self._kind_names.update(
            {
                "same": self.tr("same"),
                "label": self.tr("different label"),
                "boundary": self.tr("different boundary"),
                "left": self.tr("only left"),
                "right": self.tr("only right"),
                "added_since": self.tr("added since the conflict"),
                "removed_since": self.tr("removed since the conflict"),
                "changed_since": self.tr("changed since the conflict"),
            }
        )
        self._headers[:] = [
            self.tr("#"),
            self.tr("Kind"),
            self.tr("Left"),
            self.tr("Right"),
            self.tr("Settled"),
        ]
        self.model.set_state_names(
            {
                None: "",
                "left": self.tr("left"),
                "right": self.tr("right"),
                "both": self.tr("both"),
                "neither": self.tr("neither"),
                "edited": self.tr("edited"),
            }
        )
        self.doc_label.setText(self.tr("&Document:"))  # Alt+D: the chooser
        self.left_label.setText(self.tr("Left:"))
        self.right_label.setText(self.tr("Right:"))
        self.keep_mine.setText(self.tr("Keep current layer"))
        self.take_theirs.setText(self.tr("Take incoming spans"))
        self.show_agreements.setText(self.tr("Show agreements"))
        self._update_legend()
        for act, text in (
            (self.act_left, self.tr("Take left (L)")),
            (self.act_right, self.tr("Take right (R)")),
            (self.act_both, self.tr("Both (B)")),
            (self.act_neither, self.tr("Neither (N)")),
            (self.act_agree, self.tr("Accept all agreements (Shift+Y)")),
            (self.act_prev, self.tr("Previous (K/↑)")),
            (self.act_next, self.tr("Next (J/↓)")),
            (self.act_done, self.tr("Mark document done / reopen (Ctrl+D)")),
        ):
            act.setText(text)
        self._named = True

    def _update_legend(self) -> None:
        """The colours of the kinds; those of work done since a merge conflict
        only where the comparison shows one."""
        adj = self.adjudication
        shown = {d.kind for d in adj.differences} if adj is not None else set()
        self.legend.setText(
            "  ".join(
                f'<span style="color:{KIND_COLOURS[k]}">■</span> {self._kind_names[k]}'
                for k in KIND_COLOURS
                if k in shown or k not in SINCE_KINDS
            )
        )

    def retranslate(self) -> None:
        """Everything shown in the language just installed; the document, the
        two layers and the difference chosen stay."""
        self._name_things()
        self._update_doc_states()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DifferenceModel.COLUMNS - 1)
        self.model.set_states([self.model.state(r) for r in range(self.model.rowCount())])
        doc = self.doc_id()
        if doc is None or self.adjudication is None:
            return
        chosen = (self.left_combo.currentData(), self.right_combo.currentData())
        self._fill_layer_combos(doc)  # the layers' names: roles, "Suggestions", "Gold"
        for combo, data in zip((self.left_combo, self.right_combo), chosen, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        self.left_title.setText(self.left_combo.currentText())
        self.right_title.setText(self.right_combo.currentText())
        self._update_progress()
        # a message of the other language would stand under the new words
        self._say(self._not_reviewer() if not self.adjudication.is_reviewer() else "")

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self._named:
            self.retranslate()
        super().changeEvent(event)

    def _not_reviewer(self) -> str:
        return self.tr(
            "%1 is not a reviewer: the differences can be compared but not "
            "adjudicated (Review → Roles makes someone a reviewer)."
        ).replace("%1", self.reviewer)

    # -- choosing document and layers -----------------------------------------------------------

    def doc_id(self) -> str | None:
        return self.doc_combo.currentData()

    def _doc_item_text(self, doc: str) -> str:
        """A document as the chooser lists it: whether its two annotators
        differ there and how many differences are left, its title and id."""
        name = self._doc_names.get(doc, doc)
        state = self._curation.get(doc)
        words = self._curation_words(state) if state is not None else ""
        # the state first: a long title would cut it off in the closed list
        return f"{words} · {name}" if words else name

    def _curation_words(self, c: CurationState) -> str:
        state = c.state
        if state == DISAGREEMENTS:
            return self.tr("%1 of %n difference(s) left", "", c.differences).replace(
                "%1", str(c.left)
            )
        if state == SETTLED:
            return self.tr("%n difference(s), all settled", "", c.differences)
        if state == AGREED:
            return self.tr("annotators agree")
        if state == ADJUDICATED:
            return self.tr("adjudicated")
        return ""  # fewer than two annotators: nothing between them

    STATES_AT_ONCE = 100  # documents whose states one turn of the event loop reads

    def _read_some_states(self) -> None:
        some = self._unread_states[: self.STATES_AT_ONCE]
        del self._unread_states[: self.STATES_AT_ONCE]
        if not self._unread_states:
            self._state_timer.stop()
        if some:
            self._update_doc_states(some)

    def states_shown(self) -> bool:
        """Whether the chooser shows every document's state (read a few at a time)."""
        return not self._unread_states

    def _update_doc_states(self, docs: list[str] | None = None) -> None:
        """The chooser's words again: for ``docs`` (read again from the
        store), or every document (the words only, as on a language change)."""
        if docs is not None:
            self._curation.update(curation_states(self.project, self.reviewer, docs))
        for i in range(self.doc_combo.count()):
            doc = self.doc_combo.itemData(i)
            if docs is None or doc in docs:
                self.doc_combo.setItemText(i, self._doc_item_text(doc))

    def _document_changed(self) -> None:
        doc = self.doc_id()
        if doc is None:
            return
        self.text = self.project.document_text(doc)
        self.umap = OffsetMap(self.text)
        self.colours = label_colours(self.project)
        for pane in (self.left_pane, self.right_pane):
            pane.setPlainText(display_text(self.text))
        self._fill_layer_combos(doc)
        self._layers_changed()

    def _fill_layer_combos(self, doc: str) -> None:
        layers = available_layers(self.project, doc)
        names = self._layer_names(doc, [ref for ref, _text in layers])
        left, right = default_pair(self.project, doc, self.reviewer)
        for combo, default in ((self.left_combo, left), (self.right_combo, right)):
            combo.blockSignals(True)
            combo.clear()
            for key, text in names.items():
                combo.addItem(cell_text(text), key)
            combo.setCurrentIndex(max(0, combo.findData(str(default))))
            combo.blockSignals(False)
        self._conflicts_here = len(conflicts(self.project, doc))
        self._update_banner()

    def _update_banner(self) -> None:
        """The merge conflicts of the document; while one is compared with its
        annotator's layer, what she did to it since the merge raised it."""
        adj = self.adjudication
        since = adj.since if adj is not None and adj.doc_id == self.doc_id() else None
        if since is not None and (since.added or since.removed):
            ref = adj.left if adj.left.kind == "conflict" else adj.right
            other = adj.right if ref is adj.left else adj.left
            text = self.tr(
                "%1 worked on this layer since the merge raised conflict #%2 (%n span(s) "
                "added, %3 removed): taking the incoming spans leaves that work as it is.",
                "",
                len(since.added),
            )
            who = (
                other.name
                if other.kind == "annotator"
                else gold_annotator(self.project, adj.doc_id)
            )
            text = text.replace("%1", who).replace("%2", ref.name)
            self.conflict_label.setText(text.replace("%3", str(len(since.removed))))
        elif self._conflicts_here:
            self.conflict_label.setText(
                self.tr(
                    "%n merge conflict(s) on this document: choose one as a layer to "
                    "compare it with the annotator's current work.",
                    "",
                    self._conflicts_here,
                )
            )
        else:
            self.conflict_label.setText("")
        self.conflict_label.setVisible(bool(self._conflicts_here))

    def _layer_names(self, doc: str, refs: list[LayerRef]) -> dict[str, str]:
        """Each layer as a reviewer reads it: whose, in what role, how many spans."""
        roles = {a["name"]: a["role"] for a in self.project.annotators()}
        counts = layer_counts(self.project, doc)
        found = {str(c.id): c for c in conflicts(self.project, doc)}
        names: dict[str, str] = {}
        for ref in refs:
            if ref.kind == "annotator":
                text = self.tr("%1 (%2, %n span(s))", "", counts.get(ref.name, 0))
                text = text.replace("%1", ref.name)
                text = text.replace("%2", role_name(roles.get(ref.name, "annotator")))
            elif ref.kind == "suggestions":
                text = self.tr("Suggestions")
            elif ref.kind == "gold":
                whose = gold_annotator(self.project, doc)
                text = (
                    self.tr("Gold / adjudicated (%1)").replace("%1", whose)
                    if whose
                    else self.tr("Gold / adjudicated (none yet)")
                )
            else:
                c = found.get(ref.name)
                text = self.tr("Merge conflict #%1: %2 from %3").replace("%1", ref.name)
                text = text.replace("%2", c.annotator if c else "?")
                text = text.replace("%3", c.source_name if c else "?")
            names[str(ref)] = text
        return names

    def set_layers(self, left: str | LayerRef, right: str | LayerRef) -> None:
        """Choose the two layers (``alice``, ``@suggestions``, ``@gold``, ``@conflict:ID``)."""
        for combo, ref in ((self.left_combo, left), (self.right_combo, right)):
            i = combo.findData(str(ref))
            if i < 0:
                combo.addItem(str(ref), str(ref))
                i = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)
        self._layers_changed()

    def _layers_changed(self) -> None:
        doc = self.doc_id()
        if doc is None or self.left_combo.currentData() is None:
            return
        left = LayerRef.parse(self.left_combo.currentData())
        right = LayerRef.parse(self.right_combo.currentData())
        try:
            self.adjudication = Adjudication(self.project, doc, self.reviewer, left, right)
        except BiaozhuError as exc:
            self._say(say(exc))
            return
        self.left_title.setText(self.left_combo.currentText())
        self.right_title.setText(self.right_combo.currentText())
        self._update_banner()
        on_conflict = "conflict" in (left.kind, right.kind)
        self.keep_mine.setVisible(on_conflict)
        self.take_theirs.setVisible(on_conflict)
        reviewer = self.adjudication.is_reviewer()
        for act in (
            self.act_left,
            self.act_right,
            self.act_both,
            self.act_neither,
            self.act_agree,
            self.act_done,
        ):
            act.setEnabled(reviewer)
        self._reload_rows()
        if not reviewer:
            self._say(self._not_reviewer())
        else:
            self._say("")

    # -- the list and the panes -----------------------------------------------------------------

    def _visible_differences(self) -> list[Difference]:
        adj = self.adjudication
        if adj is None:
            return []
        if self.show_agreements.isChecked():
            return list(adj.differences)
        return [d for d in adj.differences if d.kind != SAME]

    def _reload_rows(self) -> None:
        self._update_legend()
        rows = self._visible_differences()
        self.model.set_rows(rows, [self._state(d) for d in rows])
        if rows:
            first = next((i for i, d in enumerate(rows) if self._state(d) is None), 0)
            self.select_row(first)
        else:
            self._paint()
        self._update_progress()

    def _refresh_states(self) -> None:
        rows = self._visible_differences()
        shown = [self.model.difference(i) for i in range(self.model.rowCount())]
        if [d.key for d in rows] != [d.key for d in shown if d is not None]:
            # one side is the reviewer's own layer: the differences themselves changed
            row = self.current_row()
            self._reload_rows()
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))
            return
        self.model.set_states([self._state(d) for d in rows])
        self._paint()
        self._update_progress()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def current_difference(self) -> Difference | None:
        return self.model.difference(self.current_row())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def _current_changed(self, *_args) -> None:
        self._paint()
        d = self.current_difference()
        if d is not None:
            for pane in (self.left_pane, self.right_pane):
                cursor = pane.textCursor()
                cursor.setPosition(self.umap.to_qt(d.start))
                pane.setTextCursor(cursor)
                pane.ensureCursorVisible()

    def _paint(self) -> None:
        adj = self.adjudication
        if adj is None:
            return
        current = self.current_difference()
        grey = QColor("#bbbbbb")
        for pane, side in ((self.left_pane, "left"), (self.right_pane, "right")):
            sels = []
            for d in adj.differences:
                settled = self._state(d) is not None
                is_current = current is not None and d.key == current.key
                kind = QColor(KIND_COLOURS[d.kind])
                for s in getattr(d, side):
                    alpha = 200 if is_current else (60 if settled else 120)
                    fmt = span_format(
                        self.colours.get(s.label, grey),
                        alpha=alpha,
                        underline=None if d.kind == SAME else kind,
                        bold=is_current,
                    )
                    sels.append(selection(pane, self.umap, s.start, s.end, fmt))
            pane.setExtraSelections(sels)

    def _sync_scroll(self, source, target) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            src, dst = source.verticalScrollBar(), target.verticalScrollBar()
            if src.maximum() == dst.maximum():
                dst.setValue(src.value())
            elif src.maximum() > 0:
                dst.setValue(round(src.value() * dst.maximum() / src.maximum()))
        finally:
            self._syncing = False

    def _update_progress(self) -> None:
        adj = self.adjudication
        if adj is None:
            return
        # the rows to settle are the places where the layers differ; the
        # agreements (rows only when shown) are counted apart
        c = adj.counts()
        if self.adjudicating():
            parts = [
                self.tr("%1 of %n difference(s) settled", "", c["to_settle"]).replace(
                    "%1", str(c["to_settle_done"])
                )
            ]
            left = c["agreements"] - c["agreements_taken"]
            if left:
                parts.append(self.tr("%n agreement(s) to take (Shift+Y)", "", left))
            elif c["agreements"]:
                parts.append(self.tr("%n agreement(s) taken", "", c["agreements"]))
        else:  # nobody is settling these: a count, not a progress
            parts = [self.tr("%n difference(s)", "", c["to_settle"])]
            if c["agreements"]:
                parts.append(self.tr("%n agreement(s)", "", c["agreements"]))
        self.progress_label.setText(" · ".join(parts))
        status = status_name(self.project.status(adj.doc_id, self.reviewer))
        role = role_name(self.project.role(self.reviewer))
        self.reviewer_label.setText(
            self.tr("%1 (%2): %3")
            .replace("%1", self.reviewer)
            .replace("%2", role)
            .replace("%3", status)
        )

    def adjudicating(self) -> bool:
        """Whether the differences shown are being settled: the one looking is
        a reviewer, and neither side is their own layer (which every choice
        writes to: there each choice removes a difference instead)."""
        adj = self.adjudication
        if adj is None or not adj.is_reviewer():
            return False
        own = LayerRef.annotator(self.reviewer)
        return own not in (adj.left, adj.right)

    def _state(self, diff: Difference) -> str | None:
        """How the reviewer settled ``diff`` (None: open, or nobody settling)."""
        return self.adjudication.state(diff) if self.adjudicating() else None

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- keyboard commands ---------------------------------------------------------------------

    def next_difference(self) -> None:
        self.select_row(min(self.current_row() + 1, self.model.rowCount() - 1))

    def previous_difference(self) -> None:
        self.select_row(max(self.current_row() - 1, 0))

    def choose(self, choice: str) -> None:
        adj, d = self.adjudication, self.current_difference()
        if adj is None or d is None:
            return
        try:
            result = adj.choose(d, choice)
        except BiaozhuError as exc:
            self._say(self._both_refused() if choice == "both" and _overlap(d) else say(exc))
            return
        row = self.current_row()
        self._refresh_states()
        self._report(
            result,
            self.tr("%1: %n span(s) added, %3 removed.", "", result.added).replace(
                "%1", self.model.state_name(choice)
            ),
        )
        self._advance_from(row)
        self.changed.emit()

    def _both_refused(self) -> str:
        """Why B is refused on two spans over the same characters: the core
        names the left one as "already gold", a span the reviewer never took."""
        return self.tr(
            "Both: the two spans overlap, and this project keeps one span per place"
            " (Annotate → Allow overlapping spans changes that); take left (L), right (R)"
            " or neither (N)."
        )

    def accept_agreements(self) -> None:
        adj = self.adjudication
        if adj is None:
            return
        try:
            result = adj.accept_agreements()
        except BiaozhuError as exc:
            self._say(say(exc))
            return
        self._refresh_states()
        self._report(
            result,
            self.tr(
                "Agreements accepted (%1): %n span(s) added, %3 removed.", "", result.added
            ).replace("%1", str(result.added)),
        )
        self.changed.emit()

    def _report(self, result, template: str) -> None:
        text = template.replace("%3", str(result.removed))  # %n: the spans added
        if result.became_done:
            text += " " + self.tr(
                "Every difference is settled: the document is done for %1, "
                "and the adjudicated layer is its gold."
            ).replace("%1", self.reviewer)
        elif result.not_asked:
            text += " " + self.tr(
                "Every difference is settled, but the document was not marked done: "
                "%n pending suggestion(s) came after this view was shown (another "
                "program suggested the document). Ctrl+D marks it done, rejecting them too.",
                "",
                result.not_asked,
            )
            self._shown_again()
        self._say(text)

    def _shown_again(self) -> None:
        """The layers read again after a refusal that said what came: the
        suggestions pending now are those the next Ctrl+D was shown."""
        self.adjudication.refresh()
        self._refresh_states()

    def _advance_from(self, row: int) -> None:
        n = self.model.rowCount()
        for i in list(range(row + 1, n)) + list(range(0, row)):
            if self.model.state(i) is None:
                self.select_row(i)
                return
        self._paint()

    def toggle_done(self) -> None:
        if self.adjudication is None:
            return
        try:
            status = self.adjudication.toggle_done()
        except NotAsked as refused:
            self._shown_again()
            self._say(
                self.tr(
                    "Not marked done: %n pending suggestion(s) came after this view was "
                    "shown (another program suggested the document). Ctrl+D again marks "
                    "it done, rejecting them too.",
                    "",
                    int(refused.params["count"]),
                )
            )
            return
        except BiaozhuError as exc:
            self._say(say(exc))
            return
        # what it did, in place of the words of a key before (a refusal)
        again = self.adjudication.reopened_pending
        if status == "done":
            self._say(self.tr("Document marked done."))
        elif again:
            self._say(
                self.tr(
                    "Document reopened: %n suggestion(s) that marking it done rejected "
                    "are pending again.",
                    "",
                    again,
                )
            )
        else:
            self._say(self.tr("Document reopened."))
        self._update_progress()
        self.changed.emit()

    def _resolve(self, keep: str) -> None:
        adj = self.adjudication
        if adj is None:
            return
        ref = adj.left if adj.left.kind == "conflict" else adj.right
        if ref.kind != "conflict":
            return
        shown = adj.left_spans if ref is adj.left else adj.right_spans
        try:
            resolve_conflict(
                self.project,
                int(ref.name),
                keep,
                who=self.reviewer,
                doc_id=adj.doc_id,
                seen=shown,
            )
        except BiaozhuError as exc:
            self._say(say(exc))
            return
        self._say(self.tr("Merge conflict resolved."))
        self._fill_layer_combos(adj.doc_id)
        self._layers_changed()
        self.changed.emit()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._named = False  # closed, its project too: a language change reads nothing
        self._state_timer.stop()
        self.project.close()
        super().closeEvent(event)


def open_review(parent, project_path: str, annotator: str, doc_id: str | None) -> ReviewView:
    """Open the review view as its own window (for the main window's Review menu)."""
    return show_window(ReviewView(project_path, annotator, doc_id, parent))
