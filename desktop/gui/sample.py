"""The bundled sample project: made on first run from resources/sample/ in
the user's data directory, so a first start shows real work at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from models.io.importers import ImportOptions, import_paths
from models.paths import resource
from models.store import Project

SAMPLE_NAME = "sample.biaozhu"


def data_dir() -> Path:
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sample_path() -> Path:
    return data_dir() / SAMPLE_NAME


def ensure_sample_project(annotator: str) -> Path:
    """The sample project's path, creating and importing it the first time."""
    path = sample_path()
    if path.exists() and path.stat().st_size > 0:
        return path
    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    project = Project.create(partial, annotator=annotator)
    try:
        files = sorted(resource("sample").glob("*.txt"))
        import_paths(project, files, ImportOptions())
    finally:
        project.close()
    partial.replace(path)
    return path


def is_sample(path: str | Path) -> bool:
    try:
        return Path(path).resolve() == sample_path().resolve()
    except OSError:
        return False
