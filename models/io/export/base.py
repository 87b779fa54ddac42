"""The writer protocol every export format follows, and what they share.

A writer is created for one output path (a file, or a folder for brat),
receives the selected documents one at a time with ``add`` and finishes
with ``close``. Writers never see the project: they get ``ExportDoc``s whose
spans have been checked against their text already."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.domain import Label
from models.io.export.select import ExportDoc, ExportSpan, Selection

# A sentence ends at a line break, or after 。！？；(and closing quotes).
SENTENCE_BREAK = re.compile(r"\n+|[。！？!?；;]+[”’」』）)]*")


@dataclass
class Context:
    labels: list[Label]
    selection: Selection
    options: dict[str, Any] = field(default_factory=dict)
    notes: Counter = field(default_factory=Counter)  # what a writer changed or left out


class Writer:
    name = ""
    extension = ""  # of the file written; "" for a folder
    folder = False
    offsets = "code points"
    wants_predictions = False  # pending suggestions of gold documents as well
    description = ""

    def __init__(self, path: Path, context: Context):
        self.path = path
        self.context = context

    def add(self, doc: ExportDoc) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def abort(self) -> None:
        """The export failed or was cancelled: let go of open files (their
        temporary names are removed by the caller)."""
        fh = getattr(self, "fh", None)
        if fh is not None and not fh.closed:
            fh.close()

    @classmethod
    def manifest_extra(cls, context: Context) -> dict[str, Any]:
        return {}


WRITERS: dict[str, type[Writer]] = {}


def writer(cls: type[Writer]) -> type[Writer]:
    WRITERS[cls.name] = cls
    return cls


def sentence_bounds(text: str, spans: list[ExportSpan] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence, white space at its edges left out, never
    cutting through a span."""
    inside = None
    if spans:
        inside = bytearray(len(text) + 1)
        for s in spans:
            if s.end - s.start > 1:
                inside[s.start + 1 : s.end] = b"\x01" * (s.end - s.start - 1)
    out = []
    begin = 0
    for match in SENTENCE_BREAK.finditer(text):
        if match.group()[0] == "\n":
            cut, resume = match.start(), match.end()
        else:
            cut = resume = match.end()
        if inside is not None and (inside[cut] or inside[resume]):
            continue
        _append_trimmed(text, begin, cut, out)
        begin = resume
    _append_trimmed(text, begin, len(text), out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def without_overlaps(spans: list[ExportSpan]) -> tuple[list[ExportSpan], int]:
    """The longest spans first, then left to right; spans that overlap a kept one
    are left out. Returns (kept in text order, number left out)."""
    if all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False)):
        return spans, 0
    kept: list[ExportSpan] = []
    taken = set()
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label)):
        if not any(i in taken for i in range(s.start, s.end)):
            kept.append(s)
            taken.update(range(s.start, s.end))
    kept.sort(key=lambda s: (s.start, s.end))
    return kept, len(spans) - len(kept)
