"""One file read as a format, then the steps every import shares: types
renamed or dropped by ``--label-map``, layout removed by ``--clean``, and
label names checked (``models.names``: every export must read back), in
the same way whatever the format. A format's reader only reads."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.clean import clean_text
from models.io.format import Format
from models.io.model import ExchangeDoc, unmapped_meta
from models.names import check_label_name


def read_documents(fmt: Format, path: Path, options: dict[str, Any]) -> list[ExchangeDoc]:
    """Every document of ``path``, parsed whole, with ``--label-map`` and ``--clean``
    applied; InvalidInput names the file (and line) of the first problem."""
    if fmt.read is None:
        raise InvalidInput(
            "{fmt_name} is an export format; it cannot be imported", fmt_name=fmt.name
        )
    mapping = None if fmt.maps_labels else options.get("label_map")
    clean = bool(options.get("clean"))
    docs = []
    for doc in fmt.read(path, options):
        if mapping:
            doc = map_labels(doc, mapping)
        if clean:
            doc = clean_doc(doc)
        check_span_labels(doc, path)
        docs.append(doc)
    return docs


def check_span_labels(doc: ExchangeDoc, path: Path) -> None:
    """InvalidInput if a span's label (after ``--label-map``) could not be exported and read back."""
    where = f"{path}:{doc.line}" if doc.line else str(path)
    for label in {span.label for span in doc.spans}:
        try:
            check_label_name(label, where)
        except InvalidInput as exc:
            raise InvalidInput("{exc} (--label-map renames it)", exc=exc) from None


def map_labels(doc: ExchangeDoc, mapping: Mapping[str, str]) -> ExchangeDoc:
    """Rename the types the map names; drop spans of every other type (the
    types the document held stay known: ``ExchangeDoc.types_held``; the
    spans dropped are counted per type in its meta: ``unmapped_meta``)."""
    spans = [replace(s, label=mapping[s.label]) for s in doc.spans if s.label in mapping]
    dropped = Counter(s.label for s in doc.spans if s.label not in mapping)
    meta = unmapped_meta(doc.meta, dropped) if dropped else doc.meta
    return replace(doc, spans=spans, types=doc.types_held(), meta=meta)


def clean_doc(doc: ExchangeDoc) -> ExchangeDoc:
    """The document with its layout white space removed, its spans moved onto the
    clean text, and the original text and offset map kept in meta for the store."""
    if doc.meta.get("_original") is not None:
        return doc  # cleaned already
    clean, offset_map = clean_text(doc.text)
    if clean == doc.text:
        return doc
    if not clean:
        raise InvalidInput("document {doc_id}: nothing left after --clean", doc_id=doc.id or "")
    chars = offset_map[:-1]
    spans = []
    for span in doc.spans:
        start = bisect_right(chars, span.start - 1)
        end = bisect_right(chars, span.end - 1)
        if start >= end:
            raise InvalidInput(
                "span {span_text!q} ({span_start}..{span_end}) is only white space after --clean",
                span_text=span.text,
                span_start=span.start,
                span_end=span.end,
            )
        spans.append(replace(span, start=start, end=end, text=clean[start:end]))
    meta = dict(doc.meta) | {"_original": doc.text, "_offset_map": offset_map}
    return replace(doc, text=clean, spans=spans, meta=meta)
