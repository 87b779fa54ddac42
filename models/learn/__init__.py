"""Learned suggesters trained on the project's own gold."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.store import Project
    from models.suggest.base import Suggester


def active_suggester(project: Project) -> Suggester | None:
    """The project's active learned model as a suggester, or None when none is trained."""
    row = project.conn.execute("SELECT 1 FROM learned_models WHERE active = 1 LIMIT 1").fetchone()
    if row is None:
        return None
    from models.learn.registry import load_active  # trained models need crfsuite

    return load_active(project)
