"""The history of a document or of one span, as rows for a reviewer.

A document's timeline holds its own events and the events that merged files
recorded about it (under the id the document had there). A span's timeline
follows its lineage: the span's own events, the suggestion it came from, and
the span it was adjudicated, restored or merged from (in the file it came
from, when the merge brought that file's history)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.errors import Message, NotFound
from models.review.merge import doc_aliases, merge_records
from models.store.history import Event
from models.store.undo import named_actions, named_events, without_marks


@dataclass(frozen=True, slots=True)
class SourceSuggestion:
    """The suggestion an event's span came from, by its parts: the window
    names the suggester in the interface language (as its span list does),
    the command line and the CSV write ``source@version (score)``."""

    suggester: str
    version: str | None
    score: float | None

    def __str__(self) -> str:
        return describe_suggestion(
            {"source": self.suggester, "version": self.version, "score": self.score}
        )


@dataclass(frozen=True)
class TimelineRow:
    event: Event
    before: str
    after: str
    source: SourceSuggestion | None  # the source suggestion, when a suggester proposed the span
    merged: bool  # brought in from another file
    # the id of a source suggestion whose row is gone (a later run replaced
    # it): the caller says so in its own language
    gone_suggestion: int | None = None
    # what an undo or a redo took back: ("undo_of" or "redo_of", the events it
    # names, the action of the first of them; None for an event a merge brought,
    # whose numbers are those of the file it came from)
    taken_back: tuple[str, tuple[int, ...], str | None] | None = None

    @property
    def id(self) -> int:
        return self.event.id

    @property
    def suggestion(self) -> str:
        """The source suggestion as ``source@version (score)``, or ""."""
        return "" if self.source is None else str(self.source)


def summarise(value: Any) -> str:
    """One line for an event's before or after."""
    if value is None:
        return "∅"
    if isinstance(value, dict):
        if "start" in value and "label" in value:
            return f"{value.get('text', '')} [{value['start']}:{value['end']}] {value['label']}"
        if "span" in value and isinstance(value["span"], dict):
            return summarise(value["span"])
        if "suggestion" in value and isinstance(value["suggestion"], dict):
            return "suggestion " + summarise(value["suggestion"])
        if "status" in value and len(value) == 1:
            return str(value["status"])
        if "role" in value and len(value) == 1:
            return str(value["role"])
        if "choice" in value:
            return f"{value['choice']} ({value.get('kind', '')})"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


def suggestion_source(project, event: Event) -> tuple[SourceSuggestion | None, int | None]:
    """Where the span of an event came from, when a suggester proposed it:
    the suggester, its rule/model version and the score, or, when its row is
    no longer stored, (None, its id)."""
    for side in (event.after, event.before):
        if not isinstance(side, dict):
            continue
        rec = side.get("suggestion")
        if isinstance(rec, dict):
            return source_of(rec), None
        sid = _as_id(side.get("suggestion_id"))
        if sid is not None and event.origin_hash is None:
            try:
                s = project.suggestion(sid)
            except NotFound:
                return None, sid
            return SourceSuggestion(s.source, s.version, s.score), None
    return None, None


def source_of(rec: dict[str, Any]) -> SourceSuggestion:
    """A suggestion record an event holds, by its parts (an older or a
    merged file's record may lack one: "?", no version, no score)."""
    version, score = rec.get("version"), rec.get("score")
    return SourceSuggestion(
        str(rec.get("source") or "?"),
        str(version) if version else None,
        float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
    )


def _as_id(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def describe_suggestion(rec: dict[str, Any]) -> str:
    """A suggestion record as ``source@version (score)``."""
    source = rec.get("source") or "?"
    version = rec.get("version")
    score = rec.get("score")
    text = f"{source}@{version}" if version else source
    if isinstance(score, int | float):
        text += f" ({score:.2f})"
    return text


def row_of(project, event: Event) -> TimelineRow:
    source, gone = suggestion_source(project, event)
    return TimelineRow(
        event,
        summarise(event.before),
        summarise(without_marks(event.after)),
        source,
        event.origin_hash is not None,
        gone,
        taken_back(project, event),
    )


def taken_back(project, event: Event) -> tuple[str, tuple[int, ...], str | None] | None:
    """What an undo or a redo took back (see ``TimelineRow.taken_back``)."""
    found = named_events(event.after)
    if found is None:
        return None
    kind, ids = found
    action = None
    if event.origin_hash is None:
        action = named_actions(project.conn, [min(ids)]).get(min(ids))
    return kind, tuple(ids), action


def document_timeline(
    project,
    doc_id: str,
    *,
    annotator: str | None = None,
    action: str | None = None,
    since: str | None = None,
    until: str | None = None,
    damaged: list | None = None,
) -> list[TimelineRow]:
    """Every event about a document (merged files' too), oldest first, filtered;
    with ``damaged``, a list, an event grown past anything Biaozhu writes is
    left out and named there (history.query_events)."""
    filters = {"damaged": damaged} if damaged is not None else {}
    events = document_events(
        project, doc_id, annotator=annotator, action=action, since=since, until=until, **filters
    )
    return [row_of(project, e) for e in events]


def document_events(project, doc_id: str, **filters: Any) -> list[Event]:
    """The events of a document, oldest first: its own, and those the files
    merged into this one recorded about it under the id it had there."""
    events: dict[int, Event] = {}
    damaged = filters.get("damaged")
    aliases = doc_aliases(project, doc_id, damaged)
    became = _merged_ids(project, damaged)
    for alias in aliases:
        for e in project.history(doc_id=alias, **filters):
            if e.origin_hash is None:
                if alias == doc_id:
                    events[e.id] = e
            elif (became(e.origin_hash, alias) or doc_id) in aliases:
                # another file's article under a taken id (both laptops
                # imported a d1) became a document of its own here: its
                # events are that document's, not this one's
                events[e.id] = e
    return [e for _, e in sorted(events.items())]


def _merged_ids(project, damaged: list[Message] | None = None) -> Callable[[str, str], str | None]:
    """For a merged event (by its origin hash) and the id its document had in
    the file it came from: the id that document has here, as the merge that
    brought the event recorded it (None where it did not say); a grown merge
    record as ``merge_records`` says."""
    maps: list[dict] = []
    merge_of: dict[str, int] = {}
    for e in merge_records(project, damaged):
        record = e.after if isinstance(e.after, dict) else {}
        documents = record.get("documents")
        if not isinstance(documents, dict) or not documents:
            continue
        maps.append(documents)
        for origin_hash in record.get("origin_prev") or {}:
            merge_of[origin_hash] = len(maps) - 1

    def became(origin_hash: str, theirs: str) -> str | None:
        n = merge_of.get(origin_hash)
        return None if n is None else maps[n].get(theirs)

    return became


# The actions whose target is a gold span of this file.
SPAN_ACTIONS = ("suggestion.accepted", "suggestion.corrected", "suggestion.undone")


def targets_a_span(action: str) -> bool:
    return action.startswith("span.") or action in SPAN_ACTIONS


def span_document(project, span_id: int) -> str:
    """The document of a span of this file, as its history knows it (the span
    may be gone since); NotFound when no event of this file made it."""
    row = project.conn.execute(
        "SELECT doc_id FROM events WHERE target = ? AND origin_hash IS NULL AND doc_id IS NOT NULL"
        " AND (action LIKE 'span.%' OR action IN (?, ?, ?)) ORDER BY id LIMIT 1",
        (str(span_id), *SPAN_ACTIONS),
    ).fetchone()
    if row is None:
        raise NotFound("no span {span_id} in this project's history", span_id=span_id)
    return row[0]


def merged_files(project) -> dict[str, str]:
    """The file each merged event came in from, by its origin hash (the merge
    that brought it recorded where it stood there)."""
    files: dict[str, str] = {}
    for e in merge_records(project):
        record = e.after if isinstance(e.after, dict) else {}
        for origin_hash in record.get("origin_prev") or {}:
            files.setdefault(origin_hash, str(record.get("file") or e.target or "?"))
    return files


def span_events(
    project, doc_id: str, span_id: int, damaged: list[Message] | None = None
) -> list[Event]:
    """The events of a span and of the spans it came from, oldest first. With
    ``damaged``, a list, an event grown past anything Biaozhu writes is left
    out and named there, unread (as in ``document_timeline``).

    A span of another file is its id there and its layer's annotator: copies
    of one project (one per laptop) share the project's id and number their
    spans alike, so carol's span 1 and dave's span 1 of the same article are
    told apart by whose they are."""
    found: dict[int, Event] = {}
    # (origin project or None for this file, span id, its annotator or None)
    todo: list[tuple[str | None, str, str | None]] = [(None, str(span_id), None)]
    seen = set()
    doc_ids = doc_aliases(project, doc_id, damaged)
    filters = {"damaged": damaged} if damaged is not None else {}
    while todo:
        origin, target, owner = todo.pop()
        if (origin, target, owner) in seen:
            continue
        seen.add((origin, target, owner))
        for alias in doc_ids:
            for e in project.history(doc_id=alias, target=target, **filters):
                if not targets_a_span(e.action):
                    continue  # another kind of id: a suggestion's, a conflict's
                local = e.origin_hash is None
                if (origin is None and not local) or (
                    origin is not None and (local or e.origin != origin)
                ):
                    continue
                if owner is not None and _layer_of(e) not in (owner, None):
                    continue  # the same id in another copy's file
                found[e.id] = e
                extra = e.after if isinstance(e.after, dict) else {}
                adj = extra.get("adjudication") or {}
                if adj.get("from_span") is not None:
                    side = str(adj.get("from") or "")
                    mine = None if origin is None or side.startswith("@") else side
                    todo.append((origin, str(adj["from_span"]), mine))
                if extra.get("restored_from") is not None:
                    todo.append((origin, str(extra["restored_from"]), owner))
                merged = extra.get("merged_from") or {}
                if merged.get("span_id") is not None:
                    whose = extra.get("annotator")
                    todo.append((merged.get("project"), str(merged["span_id"]), whose))
    if damaged:  # each lineage step read the document's events again
        named = {m.params.get("event"): m for m in reversed(damaged)}
        damaged[:] = [m for m in damaged if named.pop(m.params.get("event"), None) is m]
    return [found[k] for k in sorted(found)]


def _layer_of(event: Event) -> str | None:
    """Whose layer the span of an event is in, as its span record says."""
    for side in (event.after, event.before):
        if isinstance(side, dict):
            record = side.get("span") if isinstance(side.get("span"), dict) else side
            if isinstance(record.get("annotator"), str):
                return record["annotator"]
    return None


def span_timeline(
    project, doc_id: str, span_id: int, damaged: list[Message] | None = None
) -> list[TimelineRow]:
    """A span's lineage as rows (``span_events``)."""
    return [row_of(project, e) for e in span_events(project, doc_id, span_id, damaged)]


def filter_choices(rows: list[TimelineRow]) -> tuple[list[str], list[str]]:
    """The annotators and action families present, for the filter menus."""
    names = sorted({r.event.annotator for r in rows})
    actions = sorted({r.event.action for r in rows})
    families = sorted({a.split(".")[0] for a in actions})
    return names, families + [a for a in actions if a not in families]
