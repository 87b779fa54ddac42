"""Review → Roles: who annotates and who reviews, set from the window.

Each change is one call of the core (``Project.set_role``, which writes its
``annotator.role`` event), made at once; adding someone is
``Project.ensure_annotator`` first. The dialog reads the project the main
window gives it and writes through the ``write`` it is given (the window's
store thread, the only one that writes the file), and reports every refusal
of the core in its own words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.messages import say
from desktop.gui.review.common import add_close_keys
from desktop.gui.review.event_names import role_name
from models.domain import ROLES
from models.errors import BiaozhuError, cell_text
from models.who import typed_name

# write(change, done, failed): run change(project) where the file is written,
# then done() or failed(reason) on the GUI thread.
Write = Callable[[Callable[[Any], None], Callable[[], None], Callable[[str], None]], None]


class RolesDialog(QDialog):
    """The project's people and their roles; a role chosen is a role set."""

    changed = Signal()  # a role was set or someone added

    NAME, ROLE = range(2)

    def __init__(self, project, parent: QWidget | None = None, write: Write | None = None):
        super().__init__(parent)
        self.project = project
        self.write = write or self._write_here
        self.setObjectName("rolesDialog")
        self.setWindowTitle(self.tr("Roles — %1").replace("%1", project.path.name))
        note = QLabel(
            self.tr(
                "Reviewers compare annotators and adjudicate (Review → Compare); a "
                "reviewer's finished layer is the document's gold. Each change is saved "
                "at once and recorded in the history."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("rolesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes to the role lists, row by row
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newPerson")
        self.new_name.setPlaceholderText(self.tr("name of someone new"))
        self.new_role = self._role_box()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_role)
        add_row.addWidget(self.add_button)
        self.message = QLabel(self)
        self.message.setObjectName("rolesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        add_close_keys(self)
        self.reload()
        self.resize(460, 380)

    def _role_box(self) -> QComboBox:
        box = QComboBox(self)
        for role in ROLES:
            box.addItem(role_name(role), role)
        return box

    def reload(self) -> None:
        people = self.project.annotators()
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            item = QTableWidgetItem(cell_text(person["name"]))
            self.table.setItem(row, self.NAME, item)
            box = self._role_box()
            box.setObjectName(f"role_{person['name']}")
            box.setCurrentIndex(max(0, box.findData(person["role"])))
            box.currentIndexChanged.connect(
                lambda _i, name=person["name"], box=box: self.set_role(name, box.currentData())
            )
            self.table.setCellWidget(row, self.ROLE, box)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """From the list, Tab visits each person's role (↑/↓ change it), then
        the new person's name, role and Add."""
        boxes = [self.table.cellWidget(r, self.ROLE) for r in range(self.table.rowCount())]
        chain = [self.table, *boxes, self.new_name, self.new_role, self.add_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def role_box(self, name: str) -> QComboBox | None:
        return self.table.findChild(QComboBox, f"role_{name}")

    def _write_here(self, change, done, failed) -> None:
        try:
            change(self.project)
        except BiaozhuError as exc:
            failed(say(exc))
        else:
            done()

    def set_role(self, name: str, role: str) -> None:
        def done() -> None:
            self._say(self.tr("%1 is now %2.").replace("%1", name).replace("%2", role_name(role)))
            self.changed.emit()

        self.write(lambda project: project.set_role(name, role), *self._answers(done))

    def add_person(self) -> None:
        name = typed_name(self.new_name.text().strip())
        if not name:
            self._say(self.tr("Type the new person's name first."), error=True)
            return
        known = {p["name"] for p in self.project.annotators()}
        if name in known:
            self._say(
                self.tr("%1 is already here: choose the role in the list.").replace("%1", name)
            )
            return
        role = self.new_role.currentData()

        def add(project) -> None:
            with project.transaction():
                project.ensure_annotator(name)
                project.set_role(name, role)

        def done() -> None:
            self.new_name.clear()
            self.reload()
            self._say(self.tr("%1 is now %2.").replace("%1", name).replace("%2", role_name(role)))
            self.changed.emit()

        self.write(add, *self._answers(done))

    def _answers(
        self, done: Callable[[], None]
    ) -> tuple[Callable[[], None], Callable[[str], None]]:
        """done and refused, for an answer that comes back from the store
        thread: by then Esc may have closed the dialog, and WA_DeleteOnClose
        deleted its widgets, so an answer for a dialog that is gone is dropped
        (the change is in the file all the same; the window reloads on its own)."""

        def answered() -> None:
            if shiboken6.isValid(self):
                done()

        def refused(reason: str) -> None:
            if shiboken6.isValid(self):
                self._refused(reason)

        return answered, refused

    def _refused(self, reason: str) -> None:
        self._say(reason, error=True)
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)


def open_roles(parent: QWidget, project, write: Write | None = None) -> RolesDialog:
    """Review → Roles, on the main window's project."""
    dialog = RolesDialog(project, parent, write)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
