"""The JSONL exchange format of DESIGN.md: one document per line.

{"id": …, "text": …, "spans": [{"start", "end", "label", "text"?, "attrs"?,
"score"?, "source"?}], "meta": {}}. Offsets are code points, end exclusive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.domain import Span, check_offsets
from models.errors import InvalidInput
from models.io.decode import decode_file


@dataclass
class ExchangeDoc:
    id: str | None
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    line: int = 0


def json_object(line: str, where: str) -> dict[str, Any]:
    """One line of a JSON-lines file as an object, or a one-line error saying where."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{where}: not valid JSON ({exc.msg}); a truncated line?") from None
    if not isinstance(obj, dict):
        raise InvalidInput(f"{where}: expected a JSON object, got {type(obj).__name__}")
    return obj


def json_lines(path: Path) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, "file:line", object) for each non-empty line of a JSON-lines file."""
    text, _ = decode_file(path)
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if line.strip():
            where = f"{path}:{lineno}"
            yield lineno, where, json_object(line, where)


def parse_line(line: str, lineno: int, name: str, *, require_spans: bool = False) -> ExchangeDoc:
    where = f"{name}:{lineno}"
    obj = json_object(line, where)
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        raise InvalidInput(f'{where}: "text" must be a non-empty string')
    raw_spans = obj.get("spans", [])
    if require_spans and "spans" not in obj:
        raise InvalidInput(f'{where}: no "spans" list')
    if not isinstance(raw_spans, list):
        raise InvalidInput(f'{where}: "spans" must be a list')
    spans = [parse_span(s, text, f"{where} span {i}") for i, s in enumerate(raw_spans)]
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InvalidInput(f'{where}: "meta" must be an object')
    doc_id = obj.get("id")
    title = obj.get("title") or meta.get("title")
    return ExchangeDoc(
        None if doc_id is None else str(doc_id),
        text,
        spans,
        meta,
        title if isinstance(title, str) else None,
        lineno,
    )


def parse_span(raw: Any, text: str, where: str) -> Span:
    if not isinstance(raw, dict):
        raise InvalidInput(f"{where}: a span must be an object")
    try:
        start, end, label = raw["start"], raw["end"], raw["label"]
    except KeyError as exc:
        raise InvalidInput(f"{where}: missing {exc.args[0]!r}") from None
    if not isinstance(label, str) or not label:
        raise InvalidInput(f"{where}: label must be a non-empty string")
    surface = raw.get("text")
    try:
        check_offsets(text, start, end, surface if isinstance(surface, str) else None)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    attrs = raw.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise InvalidInput(f"{where}: attrs must be an object")
    return Span(start, end, label, text[start:end], attrs)


def read_jsonl(path: Path, *, require_spans: bool = False) -> Iterator[ExchangeDoc]:
    """Yield documents; raise InvalidInput naming the file and line of the first bad one."""
    text, _ = decode_file(path, scan=False)  # JSON refuses raw control characters itself
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield parse_line(line, lineno, str(path), require_spans=require_spans)


def doc_to_json(
    doc_id: str, text: str, spans: list[dict[str, Any]], meta: dict[str, Any] | None = None
) -> str:
    return json.dumps(
        {"id": doc_id, "text": text, "spans": spans, "meta": meta or {}}, ensure_ascii=False
    )
