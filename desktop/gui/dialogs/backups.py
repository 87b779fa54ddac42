"""File → Restore from backup…: the project's rolling backups, newest first.

Choosing one and pressing Restore is the confirmation; the window then calls
``models.store.backup.restore_backup``, which first saves the current state
as a backup of its own and records a ``project.restored`` event, so nothing
is lost by restoring."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
    SAVED, LAST, EVENTS, DOCUMENTS, REASON = range(5)

    def __init__(self, backups: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreBackup")
        self.setWindowTitle(translate("Backups", "Restore from backup"))
        self.backups = list(backups)
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
        self.table = QTableWidget(len(self.backups), 5, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Backups", "Saved"),
                translate("Backups", "Last change"),
                translate("Backups", "Events"),
                translate("Backups", "Documents"),
                translate("Backups", "Made when"),
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
            cells = {
                self.SAVED: when or backup.path.name,
                self.LAST: event_time(backup.time),
                self.EVENTS: str(backup.events),
                self.DOCUMENTS: str(backup.documents),
                self.REASON: reason_text(reason),
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(str(backup.path)))
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
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(720, 320)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

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
        if self.selected() is None:
            return
        super().accept()
