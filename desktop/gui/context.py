"""AppContext: what the window's parts share, passed explicitly (no globals).

It owns the GUI thread's ``Project`` (workers open their own), the settings,
the translations, the task runner and the undo group."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

from desktop.gui.i18n import Translations
from desktop.gui.settings import Settings
from desktop.gui.tasks import TaskRunner
from models.store import Project


class AppContext(QObject):
    projectChanged = Signal()  # a different project was opened (or the same reopened)
    documentsChanged = Signal()  # documents or suggestions changed in the background
    message = Signal(str)  # a one-line note for the status bar
    error = Signal(str)  # a one-line error for the status bar

    def __init__(
        self,
        settings: Settings,
        translations: Translations | None,
        annotator: str,
        *,
        remember_projects: bool = True,
    ):
        super().__init__()
        self.settings = settings
        self.remember_projects = remember_projects  # False: a screenshot run leaves no trace
        self.translations = translations
        self.annotator = annotator
        self.project: Project | None = None
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)

    @property
    def project_path(self) -> Path | None:
        return self.project.path if self.project is not None else None

    def open_project(self, path: str | Path) -> Project:
        """Open ``path`` (raises BiaozhuError on a bad file; the old one stays open)."""
        project = Project.open(path, annotator=self.annotator)
        project.ensure_annotator(self.annotator)
        self._set_project(project)
        return project

    def create_project(self, path: str | Path) -> Project:
        project = Project.create(path, annotator=self.annotator)
        self._set_project(project)
        return project

    def _set_project(self, project: Project) -> None:
        old = self.project
        self.project = project
        if old is not None:
            old.close()
        if self.remember_projects:
            self.settings.add_recent_project(str(project.path))
        self.projectChanged.emit()

    def refresh_after_background_write(self) -> None:
        """A worker changed the file: reconnect so cached labels are re-read."""
        if self.project is None:
            return
        fresh = Project.open(self.project.path, annotator=self.annotator)
        old, self.project = self.project, fresh
        old.close()
        self.documentsChanged.emit()

    def close(self) -> None:
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        if self.project is not None:
            self.project.close()
            self.project = None
