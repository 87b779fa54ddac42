"""doccano sequence-labelling JSONL, read and written.

Written: ``{"id", "text", "title", "status", "label": [{"start_offset",
"end_offset", "label", "attrs"?}]}`` per line (``status``: how far the
exported layer's annotator got, which import keeps unless ``--status`` is
given), the object form of a span doccano's import
takes (its list form ``[start, end, "TYPE"]`` mixes numbers and strings in
one list, which Arrow, and so Hugging Face ``datasets``, cannot type); a
span's attributes are its ``attrs`` object, which doccano ignores and
Biaozhu reads back. An attribute whose values mix kinds over the export (a
number here, a text there; pyarrow's JSON reader, under ``datasets`` 4's JSON
builder, refuses such a column) is written as JSON text in every record, and
each record's ``json_text`` (``{"attrs": [...]}``) names it, as the jsonl
export does in ``meta.json_text``; the reader turns the values back.

Read: ``{"text": …, "label": [[start, end, "TYPE"], …]}`` per line (doccano's export),
or ``"entities": [{"start_offset", "end_offset", "label"}]`` (the relation
project's shape, whose ``"relations"`` between entities Biaozhu does not
keep: counted, and the import says so); ``"data"`` is accepted for ``"text"``. doccano counts
offsets in the browser's UTF-16 units: when a text has characters outside
the BMP, offsets are read as UTF-16 first and as code points if that does
not fit. A ``label`` list of plain strings (text classification) gives a
document without spans. Other keys (``id`` aside) are kept as metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # the C function behind json.dumps of a str
from pathlib import Path
from typing import Any

import orjson

from models.domain import STATUSES
from models.errors import InvalidInput
from models.io.format import Format, WriteContext, Writer
from models.io.formats.jsonl import (
    JSON_TEXT,
    from_json_text,
    mixed_kinds,
    rewrite_records,
    see_kinds,
    to_json_text,
)
from models.io.jsonlines import json_lines, one_line
from models.io.model import ExchangeDoc, ExportDoc, ExportSpan, left_out_meta, status_meta
from models.io.offsets import cp_to_utf16, has_astral, spans_from_js

SPAN_KEYS = ("label", "labels", "entities")
DROPPED_KEYS = ("text", "data", "id", "relations", "Comments", "comments", *SPAN_KEYS)
encode = json.JSONEncoder(ensure_ascii=False).encode


def read_doccano(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    for lineno, where, obj in json_lines(path, options.get("encoding")):
        yield parse_record(obj, where, lineno)


def parse_record(obj: dict[str, Any], where: str, lineno: int) -> ExchangeDoc:
    body = obj.get("text", obj.get("data"))
    if not isinstance(body, str) or not body.strip():
        raise InvalidInput('{where}: "text" must be a non-empty string', where=where)
    marker = obj.get(JSON_TEXT)
    as_text = marker.get("attrs") if isinstance(marker, dict) else None  # our export's
    raw = []
    for key in SPAN_KEYS:
        items = obj.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise InvalidInput('{where}: "{key}" must be a list', where=where, key=key)
        for i, item in enumerate(items):
            if isinstance(item, str):
                continue  # a document category, not a span
            if isinstance(item, list | tuple) and len(item) == 3:
                raw.append((item[0], item[1], item[2], None, {}))
            elif isinstance(item, dict) and "start_offset" in item:
                attrs = item.get("attrs")
                if as_text is not None and isinstance(attrs, dict):
                    attrs = from_json_text(attrs, as_text, where)
                raw.append(
                    (
                        item.get("start_offset"),
                        item.get("end_offset"),
                        item.get("label"),
                        None,
                        attrs if isinstance(attrs, dict) else {},
                    )
                )
            else:
                raise InvalidInput(
                    '{where}: "{key}" item {i} is not [start, end, label]',
                    where=where,
                    key=key,
                    i=i,
                )
    spans = spans_from_js(body, raw, where)
    doc_id = obj.get("id")
    meta = {k: v for k, v in obj.items() if k not in DROPPED_KEYS}
    if meta.get("status") in STATUSES:  # how far the annotator got, as our export says
        meta = status_meta(meta, meta.pop("status"))
    if as_text is not None:
        meta.pop(JSON_TEXT)
    relations = obj.get("relations")  # a relation project's links between its entities
    if isinstance(relations, list):
        meta = left_out_meta(meta, relations=len(relations))
    title = meta.pop("title", None)
    return ExchangeDoc.from_record(
        doc_id=doc_id, text=body, spans=spans, meta=meta, title=title, line=lineno
    )


class DoccanoWriter(Writer):
    extension = ".jsonl"
    offsets = "UTF-16 code units"

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        # the kinds each attribute holds, over every part of a split export
        self.kinds: dict[str, set[type]] = context.shared.setdefault("doccano_kinds", {})

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        table = cp_to_utf16(doc.text) if has_astral(doc.text) else None
        enc = encode_basestring
        labels = []
        for s in doc.spans:  # assembled from pieces: the attributes are JSON in the store
            start, end = (table[s.start], table[s.end]) if table else (s.start, s.end)
            attrs = ""
            if s.attrs_json != "{}":
                attrs = f', "attrs": {s.attrs_json}'
                see_kinds(self.kinds, orjson.loads(s.attrs_json))
            labels.append(
                f'{{"start_offset": {start}, "end_offset": {end}, "label": {enc(s.label)}{attrs}}}'
            )
        title = "null" if doc.title is None else enc(doc.title)
        status = "null" if doc.status is None else enc(doc.status)
        self.fh.write(
            one_line(
                f'{{"id": {enc(doc.id)}, "text": {enc(doc.text)}, "title": {title},'
                f' "status": {status}, "label": [{", ".join(labels)}]}}'
            )
            + "\n"
        )
        return doc.spans

    def close(self) -> None:
        self.fh.close()
        mixed = mixed_kinds(self.kinds)
        if mixed:
            self.context.notes["doccano_attrs_as_json_text"] = len(mixed)
            _as_json_text(self.path, mixed)


def _as_json_text(path: Path, attrs: list[str]) -> None:
    """Rewrite the lines of ``path`` with these span attributes' values as JSON
    text (null stays null), named in each record's json_text."""
    marker = {"attrs": attrs}

    def retype(record: dict[str, Any]) -> None:
        for span in record["label"]:
            to_json_text(span.get("attrs"), attrs)
        record[JSON_TEXT] = marker

    rewrite_records(path, retype)


DOCCANO = Format(
    "doccano", "doccano sequence labelling JSONL", read=read_doccano, writer=DoccanoWriter
)
