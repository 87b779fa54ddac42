"""Where a document divides into sentences, and which spans a flat tagging
(IOB2 tags, ``doc.ents``) can hold: what CoNLL, spaCy, Hugging Face and the
tables share."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from models.errors import InvalidInput
from models.io.model import ExportSpan

# A sentence ends at a line break, or after 。！？；(and closing quotes).
SENTENCE_BREAK = re.compile(r"\n+|[。！？!?；;]+[”’」』）)]*")
PARAGRAPH_BREAK = re.compile(r"\n+")
UNITS = ("doc", "paragraph", "sentence")


def unit_bounds(text: str, spans: Sequence[ExportSpan], unit: str) -> list[tuple[int, int]]:
    """(start, end) of each document (the whole text), paragraph or sentence."""
    if unit == "doc":
        return [(0, len(text))]
    return _bounds(text, spans, PARAGRAPH_BREAK if unit == "paragraph" else SENTENCE_BREAK)


def sentence_bounds(text: str, spans: Sequence[ExportSpan] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence, white space at its edges left out, never
    cutting through a span."""
    return _bounds(text, spans, SENTENCE_BREAK)


def _bounds(text: str, spans: Sequence[ExportSpan], breaks: re.Pattern) -> list[tuple[int, int]]:
    inside = None
    if spans:
        inside = bytearray(len(text) + 1)
        for s in spans:
            if s.end - s.start > 1:
                inside[s.start + 1 : s.end] = b"\x01" * (s.end - s.start - 1)
    out: list[tuple[int, int]] = []
    begin = 0
    for match in breaks.finditer(text):
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


SEGMENTERS = ("char", "jieba")


@dataclass
class Tokens:
    """A text cut into tokens: characters, or jieba's words cut again wherever a
    span begins or ends inside one (so that every span is whole tokens)."""

    bounds: list[tuple[int, int]]  # (start, end) of each token, covering the text
    split_words: int = 0  # words cut at a span's edge
    spans_across_words: int = 0  # spans that began or ended inside a word


def tokens(text: str, spans: Sequence[tuple[int, int]], segmenter: str) -> Tokens:
    if segmenter == "char":
        return Tokens([(i, i + 1) for i in range(len(text))])
    if segmenter != "jieba":
        raise InvalidInput(
            "unknown segmenter {segmenter!r}; use {segmenters}",
            segmenter=segmenter,
            segmenters=", ".join(SEGMENTERS),
        )
    from models.words import boundaries  # jieba, loaded on first use

    words = set(boundaries(text))
    edges = {p for span in spans for p in span}
    cuts = sorted(words | edges)
    inside = edges - words
    split = {bisect_right(sorted(words), p) for p in inside}  # the words they fall in
    across = sum(1 for a, b in spans if a in inside or b in inside)
    return Tokens(list(zip(cuts, cuts[1:], strict=False)), len(split), across)
