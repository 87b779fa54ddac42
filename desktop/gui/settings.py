"""Typed access to QSettings: ``prefs`` (what the curator chooses) and
``persist`` (window geometry, splitters, recent projects). Plain values go
into ``models``; the core never sees QSettings."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
LANGUAGES = ("", "zh_CN", "en")  # "" follows the system locale


class Settings:
    def __init__(self, settings: QSettings | None = None):
        self.q = settings if settings is not None else QSettings()

    # -- prefs ----------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self.q.value("prefs/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("prefs/language", value if value in LANGUAGES else "")

    @property
    def font_size(self) -> int:
        try:
            return max(9, min(28, int(self.q.value("prefs/font_size", 14))))
        except (TypeError, ValueError):
            return 14

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.q.setValue("prefs/font_size", int(value))

    @property
    def show_rejected(self) -> bool:
        return str(self.q.value("prefs/show_rejected", "false")).lower() == "true"

    @show_rejected.setter
    def show_rejected(self, value: bool) -> None:
        self.q.setValue("prefs/show_rejected", "true" if value else "false")

    @property
    def show_label_names(self) -> bool:
        """View → Show label names: each span's label written above it."""
        return str(self.q.value("prefs/show_label_names", "false")).lower() == "true"

    @show_label_names.setter
    def show_label_names(self, value: bool) -> None:
        self.q.setValue("prefs/show_label_names", "true" if value else "false")

    @property
    def order_by_uncertainty(self) -> bool:
        """Tools → Order to-do by uncertainty: the most unsure documents first."""
        return str(self.q.value("prefs/order_by_uncertainty", "false")).lower() == "true"

    @order_by_uncertainty.setter
    def order_by_uncertainty(self, value: bool) -> None:
        self.q.setValue("prefs/order_by_uncertainty", "true" if value else "false")

    @property
    def import_clean(self) -> bool:
        """File → Import files…: the last choice of "Clean the layout" for
        files other than PDF and DOCX (those are proposed clean always)."""
        return str(self.q.value("prefs/import_clean", "false")).lower() == "true"

    @import_clean.setter
    def import_clean(self, value: bool) -> None:
        self.q.setValue("prefs/import_clean", "true" if value else "false")

    # -- persist --------------------------------------------------------------------
    @property
    def export_format(self) -> str:
        """The format File → Export last wrote ("jsonl" before any)."""
        return str(self.q.value("persist/export_format", "jsonl") or "jsonl")

    @export_format.setter
    def export_format(self, value: str) -> None:
        self.q.setValue("persist/export_format", value)

    @property
    def last_project(self) -> str:
        return str(self.q.value("persist/last_project", "") or "")

    @last_project.setter
    def last_project(self, value: str) -> None:
        self.q.setValue("persist/last_project", value)

    def recent_projects(self) -> list[str]:
        value = self.q.value("persist/recent_projects", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def add_recent_project(self, path: str) -> None:
        # absolute: a project opened from a terminal as "p.biaozhu" is the
        # last project of a window started later from a menu, elsewhere
        path = str(Path(path).absolute())
        recent = [p for p in self.recent_projects() if p != path]
        self.q.setValue("persist/recent_projects", ([path] + recent)[:MAX_RECENT])
        self.last_project = path

    def clear_recent_projects(self) -> None:
        self.q.setValue("persist/recent_projects", [])

    def last_document(self, project_path: str) -> str:
        """The document last shown in this project."""
        return str(self.q.value(f"persist/last_doc_{_key(project_path)}", "") or "")

    def set_last_document(self, project_path: str, doc_id: str) -> None:
        self.q.setValue(f"persist/last_doc_{_key(project_path)}", doc_id)

    def closed_head(self, project_path: str) -> tuple[int, str] | None:
        """The history's head (event count, last hash) when this window last
        closed the project, if it ever did."""
        value = str(self.q.value(f"persist/head_{_key(project_path)}", "") or "")
        count, _, rest = value.partition(":")
        digest = rest.partition(":")[0]
        if not count.isdigit() or len(digest) != 64:
            return None
        return int(count), digest

    def closed_project_id(self, project_path: str) -> str | None:
        """The id of the project whose head ``closed_head`` remembers at this
        path (None: remembered by a Biaozhu that kept no id)."""
        value = str(self.q.value(f"persist/head_{_key(project_path)}", "") or "")
        project_id = value.split(":", 2)[2] if value.count(":") >= 2 else ""
        return project_id or None

    def set_closed_head(
        self, project_path: str, count: int, digest: str, project_id: str = ""
    ) -> None:
        value = f"{count}:{digest}" + (f":{project_id}" if project_id else "")
        self.q.setValue(f"persist/head_{_key(project_path)}", value)

    def window_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"persist/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"persist/{name}", value)

    def sync(self) -> None:
        self.q.sync()


def _key(project_path: str) -> str:
    """A project's settings key: its path, hashed (paths hold characters
    QSettings keys cannot)."""
    return hashlib.sha1(str(project_path).encode("utf-8")).hexdigest()[:16]
