"""What the window shows of one document: its gold spans and its suggestions
as one list of ``SpanItem`` in text order. Built from the core's values;
no SQL, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.domain import Annotation, StoredSuggestion

GOLD = "gold"
SUGGESTION = "suggestion"

Key = tuple[str, int]


@dataclass(slots=True)
class SpanItem:
    """One span of the document shown. Treated as a value (never changed in
    place: ``dataclasses.replace`` makes a new one), but not frozen, since a
    frozen dataclass is made several times slower and a long article has
    thousands."""

    kind: str  # GOLD or SUGGESTION
    id: int  # annotation id or suggestion id (negative: not saved yet, see ops.Handles)
    start: int
    end: int
    label: str
    text: str
    source: str  # suggester for suggestions; origin (and suggester) for gold
    score: float | None
    status: str  # "gold", or the suggestion's status: pending, rejected
    attrs: dict[str, Any] = field(default_factory=dict)  # shared, never changed in place
    suggestion_id: int | None = None
    origin: str = ""  # a gold span's origin (manual, accepted, ...)

    @property
    def key(self) -> Key:
        return (self.kind, self.id)

    @property
    def is_gold(self) -> bool:
        return self.kind == GOLD

    @property
    def is_pending(self) -> bool:
        return self.kind == SUGGESTION and self.status == "pending"

    def covers(self, pos: int) -> bool:
        return self.start <= pos < self.end

    @property
    def order(self) -> tuple:
        """Where the item sits in text order (gold before a suggestion of the same stretch)."""
        return (self.start, self.end, self.kind != GOLD, self.label, self.id)


def gold_item(a: Annotation, sugg: StoredSuggestion | None = None) -> SpanItem:
    source = f"{a.origin} · {sugg.source}" if sugg is not None else a.origin
    return SpanItem(
        GOLD,
        a.id,
        a.start,
        a.end,
        a.label,
        a.text,
        source,
        sugg.score if sugg is not None else None,
        "gold",
        dict(a.attrs),
        a.suggestion_id,
        a.origin,
    )
