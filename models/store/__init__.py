"""The SQLite project store."""

from models.store.project import Project, default_labels, load_labels

__all__ = ["Project", "default_labels", "load_labels"]
