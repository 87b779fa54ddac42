"""doccano sequence-labelling JSONL.

``{"text": …, "label": [[start, end, "TYPE"], …]}`` per line (the export),
or ``"entities": [{"start_offset", "end_offset", "label"}]`` (the relation
project's shape); ``"data"`` is accepted for ``"text"``. doccano counts
offsets in the browser's UTF-16 units: when a text has characters outside
the BMP, offsets are read as UTF-16 first and as code points if that does
not fit. A ``label`` list of plain strings (text classification) gives a
document without spans. Other keys (``id`` aside) are kept as metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.exchange import ExchangeDoc, json_lines
from models.io.formats._common import register_format, spans_from_js

SPAN_KEYS = ("label", "labels", "entities")
DROPPED_KEYS = ("text", "data", "id", "relations", "Comments", "comments", *SPAN_KEYS)


def read_doccano(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    for lineno, where, obj in json_lines(path):
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
    return ExchangeDoc(
        None if doc_id is None else str(doc_id),
        body,
        spans,
        meta,
        title if isinstance(title, str) else None,
        lineno,
    )


register_format("doccano", read_doccano)
