"""A document's layers as they stood at a given event, rebuilt from the history.

Every change to a span writes an event that carries the whole span record
(``after`` for additions and edits, ``before`` for removals), so replaying a
document's events in order rebuilds every annotator's layer exactly.

Only events written in this file take part (``origin_hash`` is NULL). Events
brought in by a merge are the other file's history, kept for audit and
verification; what the merge changed here was written as local events of its
own (``span.added`` with origin ``merged``), so the replay never applies the
same work twice and never applies work that a merge held back as a conflict."""

from __future__ import annotations

from typing import Any

from models.domain import Span
from models.errors import InvalidInput
from models.store.history import Event

ADDS = ("span.added", "span.restored", "suggestion.accepted", "suggestion.corrected")
EDITS = ("span.relabelled", "span.resized", "span.attrs")
REMOVES = ("span.removed",)
LAYER_ACTIONS = ADDS + EDITS + REMOVES + ("suggestion.undone",)


def is_local(event: Event) -> bool:
    return event.origin_hash is None


def apply_event(state: dict[int, dict[str, Any]], event: Event) -> bool:
    """Apply one event to ``state`` (span id -> span record); True if it changed a layer."""
    if not is_local(event) or event.action not in LAYER_ACTIONS:
        return False
    if event.action in ADDS or event.action in EDITS:
        record = event.after or {}
        state[int(record["id"])] = _span_part(record)
        return True
    if event.action in REMOVES:
        state.pop(int((event.before or {})["id"]), None)
        return True
    span = (event.before or {}).get("span")  # suggestion.undone
    if span:
        state.pop(int(span["id"]), None)
        return True
    return False


def _span_part(record: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "annotator", "start", "end", "label", "text", "attrs", "origin", "suggestion_id")
    return {k: record.get(k) for k in keys}


def check_event_id(project, event_id: int) -> None:
    """InvalidInput unless ``event_id`` names an event of this history."""
    last = project.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    if isinstance(event_id, bool) or not isinstance(event_id, int) or not 1 <= event_id <= last:
        raise InvalidInput(
            "no event {event_id} in this history (its events are 1 to {last})",
            event_id=event_id,
            last=last,
        )


def records_as_of(project, doc_id: str, event_id: int | None) -> dict[int, dict[str, Any]]:
    """Span id -> span record of every layer of a document after event ``event_id``
    (None: after the latest event)."""
    if event_id is not None:
        check_event_id(project, event_id)
    state: dict[int, dict[str, Any]] = {}
    for event in project.history(doc_id=doc_id, up_to_id=event_id):
        apply_event(state, event)
    return state


def _layers(records) -> dict[str, list[Span]]:
    layers: dict[str, list[Span]] = {}
    for r in records:
        layers.setdefault(r["annotator"], []).append(
            Span(r["start"], r["end"], r["label"], r["text"], dict(r["attrs"] or {}))
        )
    for spans in layers.values():
        spans.sort(key=lambda s: (s.start, s.end, s.label))
    return dict(sorted(layers.items()))


def layers_as_of(project, doc_id: str, event_id: int | None) -> dict[str, list[Span]]:
    """Annotator -> spans (in text order) of a document as it stood right after event
    ``event_id``. Annotators with no span at that moment are left out. At the latest
    event this equals ``live_layers(project, doc_id)``."""
    return _layers(records_as_of(project, doc_id, event_id).values())


def live_layers(project, doc_id: str) -> dict[str, list[Span]]:
    """The same shape as ``layers_as_of``, read from the annotations table."""
    records = [
        {
            "annotator": a.annotator,
            "start": a.start,
            "end": a.end,
            "label": a.label,
            "text": a.text,
            "attrs": a.attrs,
        }
        for a in project.all_annotations(doc_id)
    ]
    return _layers(records)
