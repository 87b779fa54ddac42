"""What travels through import and export.

Import: a format's reader yields ``ExchangeDoc``s (text, checked spans,
metadata) that the importer stores. Export: the selection yields
``ExportDoc``s whose spans were checked against their text, and a format's
writer turns them into files. Offsets are code points, end exclusive, on
both sides; a format that counts otherwise converts in ``models.io.offsets``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any, NamedTuple

from models import errors
from models.domain import Span, check_offsets
from models.errors import InvalidInput, Message
from models.io.clean import stored_map, to_original

# -- import side ---------------------------------------------------------------------------

# A document's meta key, set by a reader (or the importer, for a labelled
# file) when the document was annotated, spans or none: it becomes gold.
LABELLED = "_labelled"
# A document's meta key, set by a reader whose record says how far its
# annotator got (``meta.status`` of a jsonl export): the status it is given.
STATUS = "_status"


# A document's meta key, set by a reader for what its record held that
# Biaozhu does not keep: {kind: count}, kinds of LEFT_OUT_KINDS; the import
# says how many of each it left out.
LEFT_OUT = "_left_out"
RELATIONS, EVENTS, NORMALIZATIONS = "relations", "events", "normalizations"
# machine output: Label Studio's prediction regions, the spans of Biaozhu's
# own export of pending suggestions (its manifest says so)
PREDICTIONS, SUGGESTIONS = "predictions", "suggestions"
# Label Studio results of no span's kind (choices, text areas, ratings)
OTHER_RESULTS = "other_results"
# brat's discontinuous spans (T lines whose fragments have text between
# them), which came in as a span per fragment: how many, and how many spans
SPLIT, SPLIT_INTO = "discontinuous", "discontinuous_fragments"
LEFT_OUT_KINDS = (
    RELATIONS,
    EVENTS,
    NORMALIZATIONS,
    PREDICTIONS,
    SUGGESTIONS,
    OTHER_RESULTS,
    SPLIT,
    SPLIT_INTO,
)


def left_out_meta(meta: dict[str, Any], **counts: int) -> dict[str, Any]:
    """``meta`` with what the record held that no span keeps counted under
    ``LEFT_OUT`` (kinds of LEFT_OUT_KINDS; a count of 0 is not written)."""
    counts = {kind: n for kind, n in counts.items() if n}
    if not counts:
        return meta
    held = meta.get(LEFT_OUT) if isinstance(meta.get(LEFT_OUT), dict) else {}
    return meta | {LEFT_OUT: held | {k: held.get(k, 0) + n for k, n in counts.items()}}


# A kind of LEFT_OUT: the spans of a type that ``--label-map`` does not name
# (or, in a CLUENER file read without one, that no label of the project is
# named after), counted per type under ``unmapped:TYPE``.
UNMAPPED = "unmapped:"


def unmapped_meta(meta: dict[str, Any], dropped: dict[str, int]) -> dict[str, Any]:
    """``meta`` with the spans of each type in ``dropped`` counted as left
    out by the label map (``UNMAPPED``; a count of 0 is not written)."""
    counts = {UNMAPPED + kind: n for kind, n in dropped.items() if n}
    if not counts:
        return meta
    held = meta.get(LEFT_OUT) if isinstance(meta.get(LEFT_OUT), dict) else {}
    return meta | {LEFT_OUT: held | {k: held.get(k, 0) + n for k, n in counts.items()}}


def status_meta(meta: dict[str, Any], status: Any) -> dict[str, Any]:
    """``meta`` with the document's status as an export wrote it (``done``,
    ``in_progress``, ``todo``) under ``STATUS``; anything else is not one."""
    from models.domain import STATUSES

    return meta | {STATUS: status} if status in STATUSES else meta


@dataclass
class ExchangeDoc:
    id: str | None
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    line: int = 0
    # The span types the document held in its file, where the reader or
    # ``--label-map`` renamed or dropped some of them; None: its spans' labels.
    types: frozenset[str] | None = None

    def types_held(self) -> frozenset[str]:
        """The span types of the file's record, before ``--label-map`` renamed
        or dropped any: what a map's source may name."""
        if self.types is not None:
            return self.types
        return frozenset(span.label for span in self.spans)

    @classmethod
    def from_record(
        cls,
        *,
        doc_id: Any,
        text: str,
        spans: list[Span] | None = None,
        meta: dict[str, Any] | None = None,
        title: Any = None,
        line: int = 0,
    ) -> ExchangeDoc:
        """A document from a record of another tool: an id that is a number becomes
        a string, a title that is not a string is left out."""
        if doc_id is not None and not isinstance(doc_id, str | int | float):
            where = Message("line {line}: ", line=line) if line else ""
            raise InvalidInput(
                "{where}a document id must be a string or a number, not {name}",
                where=where,
                name=type(doc_id).__name__,
            )
        return cls(
            None if doc_id is None else str(doc_id),
            text,
            list(spans or []),
            dict(meta or {}),
            title if isinstance(title, str) else None,
            line,
        )


def span_at(where: str | Message, index: int) -> Message:
    """Where a record's span is (the record's place, then the span's index in
    its list), in words the window translates; ``str()`` "x.jsonl:2 span 0"."""
    return Message("{where} span {i}", where=where, i=index)


# How much of a value read from a file (a label, a column's name) a refusal
# shows: models.errors.shown with a shorter limit than a file's path.
SHOWN = 40


def shown(value: str, limit: int = SHOWN) -> str:
    """``value`` as a refusal shows it (``models.errors.shown``): on one line,
    escaped, at most ``limit`` characters."""
    return errors.shown(value, limit)


def make_span(
    text: str,
    start: Any,
    end: Any,
    label: Any,
    where: str | Message,
    *,
    surface: str | None = None,
    attrs: dict[str, Any] | None = None,
) -> Span:
    """A checked span, or InvalidInput saying where the bad one is."""
    if isinstance(start, bool) or isinstance(end, bool):
        raise InvalidInput("{where}: span offsets must be integers", where=where)
    if not isinstance(label, str) or not label.strip():
        raise InvalidInput(
            "{where}: a span needs a non-empty label, got {label!r}", where=where, label=label
        )
    try:
        check_offsets(text, start, end, surface)
    except InvalidInput as exc:
        raise InvalidInput(
            "{where}: {label} {exc}", where=where, label=shown(label), exc=exc
        ) from None
    return Span(start, end, label.strip(), text[start:end], dict(attrs or {}))


# -- export side ---------------------------------------------------------------------------


class ExportSpan(NamedTuple):
    """A span on its way out. A tuple, so that rows of the store become spans
    without a Python call each (``SPAN_FROM_ROW``)."""

    start: int
    end: int
    label: str
    text: str
    attrs_json: str = "{}"
    score: float | None = None  # these three only on suggestions
    source: str | None = None
    version: str | None = None
    origin: str | None = None  # how a gold span came to be (manual, accepted, …)

    @property
    def attrs(self) -> dict[str, Any]:
        """The attributes, parsed on each call (most writers never ask)."""
        return json.loads(self.attrs_json) if self.attrs_json != "{}" else {}

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


SPAN_FROM_ROW = partial(tuple.__new__, ExportSpan)

# What the suggesters store with a suggestion of how they found it (the
# candidate sources, as a list, and the rule that fired), copied into a span's
# attributes when it is accepted: provenance, which the window shows in words,
# not an attribute of the span. An export of curated spans leaves it out, so
# that an accepted span has the attributes of one drawn by hand (no ``rule`` or
# ``sources`` column beside ``unit``); a user's own ``rule`` stays unless the
# suggesters' list of sources stands beside it.
EVIDENCE_KEYS = ("sources", "rule")
CURATED_ATTRS_SQL = (
    "CASE WHEN attrs LIKE '%\"sources\"%' AND json_type(attrs, '$.sources') = 'array'"
    " THEN json_remove(attrs, '$.sources', '$.rule') ELSE attrs END"
)


@dataclass
class ExportDoc:
    id: str
    title: str
    text: str
    meta_json: str
    spans: list[ExportSpan]
    annotator: str | None = None  # whose layer (gold and annotator selections)
    status: str | None = None  # that annotator's status of the document (done for gold)
    predictions: list[ExportSpan] = field(default_factory=list)
    part: str = "all"  # the --split part it goes to
    # The text before `import --clean` and its offset map (JSON), read only for
    # writers that ask (``Writer.wants_original``); None for other documents.
    original: str | None = None
    offset_map_json: str | None = None

    @cached_property
    def meta(self) -> dict[str, Any]:
        return json.loads(self.meta_json) if self.meta_json and self.meta_json != "{}" else {}

    @cached_property
    def offset_map(self) -> list[int] | None:
        """The map from this text to ``original``; None without one or if it is damaged."""
        return stored_map(self.text, self.original, self.offset_map_json)

    def original_offsets(self, span: ExportSpan) -> tuple[int, int] | None:
        """Where ``span`` sits in the text the document was imported from (before
        --clean), or None for a document imported without --clean."""
        offset_map = self.offset_map
        return None if offset_map is None else to_original(offset_map, span.start, span.end)
