"""doccano sequence-labelling JSONL.

``{"text": …, "label": [[start, end, "TYPE"], …]}`` per line (the export),
or ``"entities": [{"start_offset", "end_offset", "label"}]`` (the relation
project's shape); ``"data"`` is accepted for ``"text"``. doccano counts
offsets in the browser's UTF-16 units: when a text has characters outside
the BMP, offsets are read as UTF-16 first and as code points if that does
not fit. A ``label`` list of plain strings (text classification) gives a
document without spans. Other keys (``id`` aside) are kept as metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.format import Format, WriteContext, Writer
from models.io.jsonlines import json_lines
from models.io.model import ExchangeDoc, ExportDoc
from models.io.offsets import cp_to_utf16, has_astral, spans_from_js

SPAN_KEYS = ("label", "labels", "entities")
DROPPED_KEYS = ("text", "data", "id", "relations", "Comments", "comments", *SPAN_KEYS)


def read_doccano(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    for lineno, where, obj in json_lines(path, options.get("encoding")):
        yield parse_record(obj, where, lineno)


def parse_record(obj: dict[str, Any], where: str, lineno: int) -> ExchangeDoc:
    body = obj.get("text", obj.get("data"))
    if not isinstance(body, str) or not body.strip():
        raise InvalidInput(f'{where}: "text" must be a non-empty string')
    raw = []
    for key in SPAN_KEYS:
        items = obj.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise InvalidInput(f'{where}: "{key}" must be a list')
        for i, item in enumerate(items):
            if isinstance(item, str):
                continue  # a document category, not a span
            if isinstance(item, list | tuple) and len(item) == 3:
                raw.append((item[0], item[1], item[2], None, {}))
            elif isinstance(item, dict) and "start_offset" in item:
                raw.append(
                    (item.get("start_offset"), item.get("end_offset"), item.get("label"), None, {})
                )
            else:
                raise InvalidInput(f'{where}: "{key}" item {i} is not [start, end, label]')
    spans = spans_from_js(body, raw, where)
    doc_id = obj.get("id")
    meta = {k: v for k, v in obj.items() if k not in DROPPED_KEYS}
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

    def add(self, doc: ExportDoc) -> None:
        table = cp_to_utf16(doc.text) if has_astral(doc.text) else None
        labels = [
            [table[s.start], table[s.end], s.label] if table else [s.start, s.end, s.label]
            for s in doc.spans
        ]
        record = {"id": doc.id, "text": doc.text, "label": labels, "title": doc.title}
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.close()


DOCCANO = Format(
    "doccano", "doccano sequence labelling JSONL", read=read_doccano, writer=DoccanoWriter
)
