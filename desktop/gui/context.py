"""AppContext: what the window's parts share, passed explicitly (no globals).

It owns the ``ProjectHost`` (the store thread, the reader, the jobs), the
settings, the translations, the task runner and the undo group. Closing a
project records its history head in the settings; opening one says when
the head recorded last time is no longer in its history (issue 13: the
head anchored outside the file)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoGroup

from desktop.gui.host import WRITE_WAIT_MS, ProjectHost
from desktop.gui.i18n import Translations
from desktop.gui.settings import Settings
from desktop.gui.tasks import TaskRunner
from models.store import Project
from models.store.history import ChainHead, chain_head, head_in_chain

translate = QCoreApplication.translate

# The window's threads share Python's lock: the GUI thread, which gives it up
# at every Qt or SQLite call, waited up to the default 5 ms to get it back
# from a busy worker (jieba loading, a bulk write) each time, and a 30 ms key
# took 300. Handing it over sooner costs the workers little.
GIL_SWITCH_S = 0.0005


class AppContext(QObject):
    projectChanged = Signal()  # a different project was opened (or the same reopened)
    message = Signal(str)  # a one-line note for the status bar
    error = Signal(str)  # a one-line error for the status bar

    def __init__(
        self,
        settings: Settings,
        translations: Translations | None,
        annotator: str,
        *,
        remember_projects: bool = True,
        write_wait_ms: int = WRITE_WAIT_MS,
    ):
        super().__init__()
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        self.settings = settings
        self.remember_projects = remember_projects  # False: a screenshot run leaves no trace
        self.translations = translations
        self.annotator = annotator
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)
        self.host = ProjectHost(annotator, self, write_wait_ms=write_wait_ms)
        self.gone_head: ChainHead | None = None  # set on opening when the head moved
        # the file at the path is another project than the one closed there
        self.other_project = False

    @property
    def project(self) -> Project | None:
        """The reader: the open project for queries on the GUI thread."""
        return self.host.reader

    @property
    def project_path(self) -> Path | None:
        return self.host.path

    def open_project(self, path: str | Path) -> None:
        """Open ``path`` (raises BiaozhuError on a bad file; the old one stays open)."""
        self._switch(path, create=False)

    def create_project(self, path: str | Path) -> None:
        self._switch(path, create=True)

    def _switch(self, path: str | Path, *, create: bool) -> None:
        closing = self._head_now()
        self.host.open(path, create=create)  # raises before anything changes here
        self.annotator = self.host.annotator  # as this project stores the name
        if closing is not None:
            self._remember_head(*closing)
        self.gone_head = self._check_head()
        if self.remember_projects:
            self.settings.add_recent_project(str(self.host.path))
        self.projectChanged.emit()

    def _check_head(self) -> ChainHead | None:
        """The head recorded at the last close, when it is gone from the history
        (``other_project``: the file there now is another project, by its id)."""
        path = str(self.host.path)
        recorded = self.settings.closed_head(path)
        self.other_project = False
        if recorded is None:
            return None
        head = ChainHead(*recorded)
        if self.host.call_on_store(lambda p: head_in_chain(p.conn, head)):
            return None
        closed_id = self.settings.closed_project_id(path)
        self.other_project = closed_id is not None and closed_id != self.host.call_on_store(
            lambda p: p.project_id
        )
        return head

    @property
    def history_warning(self) -> str | None:
        """A plain warning, in the language of the moment, when the head
        recorded at the last close is gone."""
        head = self.gone_head
        if head is None:
            return None
        if self.other_project:
            # removed and made again under its name, or another project copied
            # over it: still said (a forged file could carry another id), but
            # as what it is, not as events removed from this one's history
            return translate(
                "AppContext",
                "This file is another project than the one this window last closed "
                "under its name (another project id): one made or copied there since. "
                "If no one did, run “biaozhu verify” and compare with a backup.",
            )
        return (
            translate(
                "AppContext",
                "The history of this project is not what it was when this window last "
                "closed it: event %1 (hash %2…) is no longer in it. Events were removed or "
                "rewritten since; run “biaozhu verify” and compare with a backup.",
            )
            .replace("%1", str(head.count))
            .replace("%2", head.hash[:12])
        )

    def _head_now(self) -> tuple[str, ChainHead, str] | None:
        """The open project, its history head and its id, once its writes are done."""
        host = self.host
        if not host.is_open:
            return None
        host.wait_idle()
        try:
            head, project_id = host.call_on_store(lambda p: (chain_head(p.conn), p.project_id))
            return str(host.path), head, project_id
        except Exception:  # a file that cannot be read is not remembered
            return None

    def _remember_head(self, path: str, head: ChainHead, project_id: str = "") -> None:
        if self.remember_projects:
            self.settings.set_closed_head(path, head.count, head.hash, project_id)

    def close(self) -> None:
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        closing = self._head_now()
        self.host.close()
        if closing is not None:
            self._remember_head(*closing)
