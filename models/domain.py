"""Plain value types shared by every layer.

Offsets are Unicode code points (Python ``str`` indices) into the document
text, end exclusive. Qt's UTF-16 positions never reach this package."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.errors import InvalidInput

ORIGINS = ("manual", "accepted", "corrected", "imported", "adjudicated", "merged")
STATUSES = ("todo", "in_progress", "done")
ROLES = ("annotator", "reviewer")
# What the suggesters store with a suggestion of how they found it (its
# candidate sources and the rule that fired): provenance, not an attribute.
EVIDENCE_KEYS = ("sources", "rule")


# The attributes each label has (what the span panel shows and edits); a
# label not named here has none. Keys outside every label's (how the
# suggesters found a span, an imported file's own) belong to no label.
LABEL_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "METRIC": ("indicator", "value", "unit", "approx", "period"),
}


def relabelled_attrs(attrs: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The attributes a span relabelled from ``old`` to ``new`` keeps: all but
    those of ``old`` that ``new`` has not. A METRIC relabelled POLICY drops
    its indicator, value, unit, approximator and period, which the POLICY's
    span panel would not show, so nobody could see or clear them, and which
    every export would carry; how it was found (``sources``, ``rule``) stays."""
    if old == new:
        return dict(attrs)
    own = set(LABEL_ATTRIBUTES.get(old, ())) - set(LABEL_ATTRIBUTES.get(new, ()))
    return {key: value for key, value in attrs.items() if key not in own}


def accepted_attrs(attrs: dict[str, Any], suggested: str, final: str) -> dict[str, Any]:
    """The attributes a suggestion gives the span accepted from it as ``final``.
    Accepted as suggested, all of them; as another label (a label key on a
    pending suggestion), only how it was found: the rest (a METRIC's value,
    unit, indicator, approximator and period) were read for the suggested
    label, which the curator has just said it is not, and neither the span
    panel (which shows the attributes of the span's own label) nor an export
    of the gold should carry them."""
    if final == suggested:
        return dict(attrs)
    return {key: attrs[key] for key in EVIDENCE_KEYS if key in attrs}


@dataclass(frozen=True)
class Span:
    """A labelled stretch of a text."""

    start: int
    end: int
    label: str
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def check_against(self, text: str) -> None:
        """Raise InvalidInput unless the span lies inside ``text`` and matches it."""
        check_offsets(text, self.start, self.end, self.text or None)


@dataclass(frozen=True)
class Suggestion:
    """A span proposed by a suggester (rule, lexicon or learned model)."""

    start: int
    end: int
    label: str
    text: str
    score: float = 1.0
    source: str = ""
    version: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    @staticmethod
    def made(
        start: int,
        end: int,
        label: str,
        text: str,
        score: float,
        source: str,
        version: str,
        attrs: dict[str, Any],
    ) -> Suggestion:
        """``Suggestion(start, end, label, text, score, source, version,
        attrs)``, every field given: the same object (its fields in the same
        order), its ``__dict__`` filled at once where the frozen dataclass's
        ``__init__`` sets each field by ``object.__setattr__`` (0.34 against
        0.72 µs; a pipeline makes some 2,500 a pass over the gold articles)."""
        s = _new(Suggestion)
        s.__dict__.update(
            start=start,
            end=end,
            label=label,
            text=text,
            score=score,
            source=source,
            version=version,
            attrs=attrs,
        )
        return s


_new = object.__new__


@dataclass(frozen=True)
class StoredSuggestion(Suggestion):
    id: int = 0
    doc_id: str = ""
    # for the annotator who asked: pending, accepted, corrected, rejected, matched,
    # left (undecided in a document they marked done: final, so not pending)
    status: str = "pending"


@dataclass(frozen=True)
class Annotation:
    """A gold span of one annotator, with where it came from."""

    id: int
    doc_id: str
    annotator: str
    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any]
    origin: str
    suggestion_id: int | None
    created: str
    updated: str

    def as_span(self) -> Span:
        return Span(self.start, self.end, self.label, self.text, dict(self.attrs))


@dataclass(frozen=True)
class Label:
    name: str
    colour: str
    hotkey: str
    description: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    text: str
    source: str
    meta: dict[str, Any]
    hash: str


def check_offsets(text: str, start: int, end: int, surface: str | None = None) -> None:
    """The one check every span passes before it is stored or exported."""
    if type(start) is not int or type(end) is not int:  # not bool, float or str
        raise InvalidInput(
            "span offsets must be integers, got {start!r}..{end!r}", start=start, end=end
        )
    if start < 0 or end > len(text) or start >= end:
        raise InvalidInput(
            "span {start}..{end} lies outside its text of {n_text} characters or is empty",
            start=start,
            end=end,
            n_text=len(text),
        )
    if surface is not None and text[start:end] != surface:
        raise InvalidInput(
            "span {start}..{end} says {surface!q} but the text there is {text!q}",
            start=start,
            end=end,
            surface=surface,
            text=text[start:end],
        )
    if text[start].isspace() or text[end - 1].isspace():
        raise InvalidInput(
            "span {start}..{end} starts or ends on white space", start=start, end=end
        )
