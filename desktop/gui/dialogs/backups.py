"""File → Restore from backup…: the project's rolling backups, newest first
in the order they were made, each saved at the time the clock read then,
marked where that is earlier than an older copy's (a clock set back), and
with its file's date where that differs (a copy or ``touch`` set it).

Choosing one and pressing Restore is the confirmation; the window then calls
``models.store.backup.restore_backup``, which first saves the current state
as a backup of its own and records a ``project.restored`` event, so nothing
is lost by restoring."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.describe import plain_tooltip

translate = QCoreApplication.translate

_STAMP = re.compile(r"^(\d{8}T\d{6})\d*Z-(.+)$")


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def saved_at(path: Path) -> tuple[str, str]:
    """(when the copy was made, in local time; why) from the backup's file name."""
    m = _STAMP.match(Path(path).stem)
    if not m:
        return "", ""
    when = datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return _local(when), m.group(2)


def event_time(value: str) -> str:
    """An event's ISO time (UTC) in local time; as it is when unreadable."""
    try:
        return _local(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return value


def reason_text(reason: str) -> str:
    return {
        "session": translate("Backups", "opened"),
        "before-restore": translate("Backups", "before a restore"),
    }.get(reason, reason)


class RestoreBackupDialog(QDialog):
    """The backups, newest first. Each is checked as a restore would check it
    (``set_refusal``, from ``models.store.backup.backup_refusal`` run in the
    background): one that would be refused is marked unusable with the
    reason, greyed, and not restored."""

    SAVED, LAST, EVENTS, DOCUMENTS, REASON, CHECK = range(6)

    def __init__(self, backups: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreBackup")
        self.setWindowTitle(translate("Backups", "Restore from backup"))
        self.backups = list(backups)
        # path -> why a restore would refuse it ("" when it would not); absent
        # while it is being checked
        self.refusals: dict[Path, str] = {}
        self._chosen = False  # the curator picked a row (else the first usable one is)
        note = QLabel(self)
        note.setWordWrap(True)
        note.setText(
            translate(
                "Backups",
                "A copy of the project is kept each time it is opened (the last five). "
                "Restoring one first saves the current state as a backup too, and the "
                "history records the restore: nothing is lost.",
            )
        )
        self.table = QTableWidget(len(self.backups), 6, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Backups", "Saved"),
                translate("Backups", "Last change"),
                translate("Backups", "Events"),
                translate("Backups", "Documents"),
                translate("Backups", "Made when"),
                translate("Backups", "Check"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, backup in enumerate(self.backups):
            when, reason = saved_at(backup.path)
            saved = backup.saved
            if saved:  # as the clock read it (the name's stamp may be moved on)
                when = event_time(saved)
            back = backup.clock_back
            if back:
                when = translate("Backups", "%1 (clock set back)").replace("%1", when)
            if backup.file_time:  # a copy or touch changed it: shown, not taken
                when = (
                    translate("Backups", "%1 (file dated %2)")
                    .replace("%2", event_time(backup.file_time))
                    .replace("%1", when)
                )
            cells = {
                self.SAVED: when or backup.path.name,
                self.LAST: event_time(backup.time),
                self.EVENTS: str(backup.events),
                self.DOCUMENTS: str(backup.documents),
                self.REASON: reason_text(reason),
                self.CHECK: translate("Backups", "Checking…"),
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                tip = str(backup.path)
                if back and col == self.SAVED:
                    tip = (
                        translate(
                            "Backups",
                            "Made after the copies below it, though the clock read an earlier"
                            " time: it was set back between them. The list is in the order"
                            " the copies were made.",
                        )
                        + "\n"
                        + tip
                    )
                item.setToolTip(plain_tooltip(tip))
                if col in (self.EVENTS, self.DOCUMENTS):
                    item.setTextAlignment(right)
                self.table.setItem(row, col, item)
        self.empty = QLabel(translate("Backups", "This project has no backups yet."), self)
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, Qt.Orientation.Horizontal, self
        )
        self.restore_button = self.buttons.addButton(
            translate("Backups", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemSelectionChanged.connect(self._picked)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self._select_row(0)
        self._selection_changed()
        self.resize(860, 320)

    def _select_row(self, row: int) -> None:
        """Select a row for the curator (not their choice)."""
        self.table.blockSignals(True)
        self.table.selectRow(row)
        self.table.blockSignals(False)
        self._selection_changed()

    def _picked(self) -> None:
        self._chosen = True

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and not self.refusals.get(chosen))

    def set_refusal(self, path: Path, refusal: str | None) -> None:
        """The check of one backup is done: ``refusal`` is why a restore would
        refuse it (one line), None when it would restore it."""
        path = Path(path)
        row = next((r for r, b in enumerate(self.backups) if Path(b.path) == path), None)
        if row is None:
            return
        self.refusals[path] = refusal or ""
        check = self.table.item(row, self.CHECK)
        if not refusal:
            check.setText(translate("Backups", "Verified"))
        else:
            check.setText(translate("Backups", "Unusable: %1").replace("%1", refusal))
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                item.setForeground(grey)
                item.setToolTip(
                    plain_tooltip(
                        translate("Backups", "%1 cannot be restored: %2")
                        .replace("%1", path.name)
                        .replace("%2", refusal)
                    )
                )
            if not self._chosen and self.selected() == path:
                usable = [
                    r
                    for r, b in enumerate(self.backups)
                    if not self.refusals.get(Path(b.path)) and r != row
                ]
                if usable:
                    self._select_row(usable[0])
        self._selection_changed()

    def checked(self) -> bool:
        """Every backup's check is done."""
        return all(Path(b.path) in self.refusals for b in self.backups)

    def select(self, path: Path) -> None:
        for row, backup in enumerate(self.backups):
            if Path(backup.path) == Path(path):
                self.table.selectRow(row)
                return

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.backups[rows[0].row()].path)

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is None or self.refusals.get(chosen):
            return
        super().accept()
