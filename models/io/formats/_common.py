"""What the format readers share: registration with ``--clean`` and
``--label-map`` applied the same way to every format, spans built and
checked with their file and line named, and UTF-16 offsets (the unit of the
browser tools, doccano and Label Studio) turned into code points."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from models.domain import Span, check_offsets
from models.errors import InvalidInput
from models.io.clean import clean_text
from models.io.exchange import ExchangeDoc
from models.io.readers import Reader, register

ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def register_format(name: str, reader: Reader, *extensions: str, label_map: bool = True) -> Reader:
    """Register ``reader`` under ``name`` with --clean (and, unless the reader maps
    labels itself, --label-map) applied to what it yields."""
    wrapped = with_options(reader, label_map=label_map)
    register(name, wrapped, *extensions)
    return wrapped


def with_options(reader: Reader, *, label_map: bool = True) -> Reader:
    def read(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
        mapping = options.get("label_map") if label_map else None
        clean = bool(options.get("clean"))
        for doc in reader(path if isinstance(path, Path) else Path(path), options):
            if mapping:
                doc = map_labels(doc, mapping)
            if clean:
                doc = clean_doc(doc)
            yield doc

    read.__name__ = getattr(reader, "__name__", "read")
    read.__doc__ = reader.__doc__
    read.__wrapped__ = reader  # type: ignore[attr-defined]
    return read


def map_labels(doc: ExchangeDoc, mapping: Mapping[str, str]) -> ExchangeDoc:
    """Rename the types the map names; drop spans of every other type."""
    spans = [replace(s, label=mapping[s.label]) for s in doc.spans if s.label in mapping]
    return replace(doc, spans=spans)


def clean_doc(doc: ExchangeDoc) -> ExchangeDoc:
    """The document with its layout white space removed, its spans moved onto the
    clean text, and the original text and offset map kept in meta for the store."""
    if doc.meta.get("_original") is not None:
        return doc  # cleaned already
    clean, offset_map = clean_text(doc.text)
    if clean == doc.text:
        return doc
    if not clean:
        raise InvalidInput(f"document {doc.id or ''}: nothing left after --clean".strip())
    chars = offset_map[:-1]
    spans = []
    for span in doc.spans:
        start = bisect_right(chars, span.start - 1)
        end = bisect_right(chars, span.end - 1)
        if start >= end:
            raise InvalidInput(
                f"span {span.text!r} ({span.start}..{span.end}) is only white space after --clean"
            )
        spans.append(replace(span, start=start, end=end, text=clean[start:end]))
    meta = dict(doc.meta) | {"_original": doc.text, "_offset_map": offset_map}
    return replace(doc, text=clean, spans=spans, meta=meta)


def make_span(
    text: str,
    start: Any,
    end: Any,
    label: Any,
    where: str,
    *,
    surface: str | None = None,
    attrs: dict[str, Any] | None = None,
) -> Span:
    """A checked span, or InvalidInput saying where the bad one is."""
    if isinstance(start, bool) or isinstance(end, bool):
        raise InvalidInput(f"{where}: span offsets must be integers")
    if not isinstance(label, str) or not label.strip():
        raise InvalidInput(f"{where}: a span needs a non-empty label, got {label!r}")
    try:
        check_offsets(text, start, end, surface)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {label} {exc}") from None
    return Span(start, end, label.strip(), text[start:end], dict(attrs or {}))


# -- UTF-16 offsets ----------------------------------------------------------------------


def has_astral(text: str) -> bool:
    """Does any character take two UTF-16 units (CJK Extension B, emoji…)?"""
    return ASTRAL.search(text) is not None


def utf16_to_cp(text: str) -> list[int]:
    """For each UTF-16 offset 0..len16, the code-point offset, or -1 inside a pair."""
    out: list[int] = []
    for i, ch in enumerate(text):
        out.append(i)
        if ord(ch) > 0xFFFF:
            out.append(-1)
    out.append(len(text))
    return out


def cp_to_utf16(text: str) -> list[int]:
    """For each code-point offset 0..len, the UTF-16 offset."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def spans_from_js(
    text: str, raw: list[tuple[Any, Any, Any, str | None, dict]], where: str
) -> list[Span]:
    """Spans whose offsets may be UTF-16 units (what a browser counts) or code points.

    Without astral characters both are the same. With them, UTF-16 is tried
    first, as the tools that write these files count; if that does not fit the
    text (or the stored surface texts), code points are."""
    if has_astral(text):
        table = utf16_to_cp(text)

        def convert(pos: Any) -> Any:
            if isinstance(pos, int) and not isinstance(pos, bool) and 0 <= pos < len(table):
                return table[pos]
            return -1

        try:
            return [
                make_span(
                    text,
                    convert(s),
                    convert(e),
                    label,
                    f"{where} span {i}",
                    surface=surface,
                    attrs=attrs,
                )
                for i, (s, e, label, surface, attrs) in enumerate(raw)
            ]
        except InvalidInput:
            pass
    return [
        make_span(text, s, e, label, f"{where} span {i}", surface=surface, attrs=attrs)
        for i, (s, e, label, surface, attrs) in enumerate(raw)
    ]
