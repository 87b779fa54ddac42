"""What the review windows share: span highlighting in a read-only text pane,
opening a window on its own project.

Offsets are converted by desktop/gui/offsets.py alone (code points in the
core, UTF-16 positions in Qt); the review windows import ``OffsetMap`` from
there. The guard against PySide6's None reference leak lives in
desktop/gui/__init__.py, which Python runs before any module of this package."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTextEdit, QWidget

from desktop.gui.offsets import OffsetMap
from models import Project

KIND_COLOURS = {
    "same": "#3a9d5d",
    "label": "#8e44ad",
    "boundary": "#e67e22",
    "left": "#c0392b",
    "right": "#2471a3",
    # an annotator's layer against a merge conflict of it: what she did after
    # the merge raised it, which taking the incoming spans leaves as it is
    "added_since": "#7f8c8d",
    "removed_since": "#7f8c8d",
    "changed_since": "#7f8c8d",
}


def label_colours(project: Project) -> dict[str, QColor]:
    return {lab.name: QColor(lab.colour) for lab in project.labels()}


def tinted(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def make_pane(parent: QWidget | None = None) -> QPlainTextEdit:
    pane = QPlainTextEdit(parent)
    pane.setReadOnly(True)
    pane.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    font = pane.font()
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    pane.setFont(font)
    return pane


def selection(
    pane: QPlainTextEdit, umap: OffsetMap, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(pane.document())
    cursor.setPosition(umap.to_qt(start))
    cursor.setPosition(umap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    sel.format = fmt
    return sel


def span_format(
    colour: QColor, *, alpha: int = 110, underline: QColor | None = None, bold: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(tinted(colour, alpha))
    if underline is not None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(underline)
        fmt.setFontUnderline(True)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def paint_spans(
    pane: QPlainTextEdit, umap: OffsetMap, spans: Iterable, colours: dict[str, QColor]
) -> None:
    """Label-coloured backgrounds for plain spans (objects with start, end, label)."""
    grey = QColor("#bbbbbb")
    pane.setExtraSelections(
        [
            selection(pane, umap, s.start, s.end, span_format(colours.get(s.label, grey)))
            for s in spans
        ]
    )


def open_project(project_path: str, annotator: str) -> Project:
    from desktop.gui.host import open_side_project

    return open_side_project(project_path, annotator or None)


def show_window(widget: QWidget) -> QWidget:
    widget.setWindowFlag(Qt.WindowType.Window, True)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    return widget


CLOSE_KEYS = ("Esc", "Ctrl+W")


def add_close_keys(window: QWidget) -> QAction:
    """Esc and Ctrl+W close a review window (an open list or popup takes Esc first)."""
    action = QAction(QCoreApplication.translate("Review", "Close"), window)
    action.setObjectName("closeWindow")
    action.setShortcuts([QKeySequence(k) for k in CLOSE_KEYS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action


class KeepArrows(QObject):
    """Lets a list take ↑/↓ (and its open popup) before a window's
    shortcuts on the same keys: Compare's previous / next difference had
    made the arrows move the table from inside its Document and layer lists."""

    KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self.KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()  # the widget's own key, not the shortcut's
            return True
        return False


def keep_arrows(owner: QWidget, combos: Iterable[QComboBox]) -> None:
    """Give each combo and its popup list their arrow keys back (see KeepArrows)."""
    keeper = KeepArrows(owner)
    for combo in combos:
        combo.installEventFilter(keeper)
        combo.view().installEventFilter(keeper)
