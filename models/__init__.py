"""Biaozhu's Qt-free core: documents, spans, the project store, history,
import/export, suggesters and training. Nothing here imports Qt."""

__version__ = "0.1.0"

from models.domain import Annotation, Label, Span, StoredSuggestion, Suggestion
from models.errors import BiaozhuError, InvalidInput, NotFound, ProjectTooNew
from models.store import Project

__all__ = [
    "Annotation",
    "BiaozhuError",
    "InvalidInput",
    "Label",
    "NotFound",
    "Project",
    "ProjectTooNew",
    "Span",
    "StoredSuggestion",
    "Suggestion",
    "__version__",
]
