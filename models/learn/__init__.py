"""The learned side of suggesting: the sequence model, the candidate
scorer, the model the app ships, and the models projects train on their
own gold."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.store import Project
    from models.suggest.base import Suggester


def active_suggester(project: Project) -> Suggester | None:
    """The project's suggester with its active trained model, or None when
    it has none."""
    row = project.conn.execute("SELECT 1 FROM learned_models WHERE active = 1 LIMIT 1").fetchone()
    if row is None:
        return None
    from models.learn.registry import load_active
    from models.suggest.project import project_ensemble

    if load_active(project) is None:
        return None
    return project_ensemble(project)
