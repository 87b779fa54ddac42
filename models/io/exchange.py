"""The JSONL exchange format of DESIGN.md: one document per line.

{"id": …, "text": …, "spans": [{"start", "end", "label", "text"?, "attrs"?,
"score"?, "source"?}], "meta": {}}. Offsets are code points, end exclusive."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import orjson

from models.domain import Span, check_offsets
from models.errors import InvalidInput
from models.io.decode import decode_bytes, read_file

T = TypeVar("T")


@dataclass
class ExchangeDoc:
    id: str | None
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    line: int = 0


class NotUtf8(InvalidInput):
    """A line's bytes are not UTF-8: the file is to be read in its own encoding."""


def json_object(line: str | bytes, where: str) -> dict[str, Any]:
    """One line of a JSON-lines file as an object, or a one-line error saying where."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        if isinstance(line, bytes) and "UTF-8" in exc.msg:
            raise NotUtf8(f"{where}: not UTF-8") from None
        raise InvalidInput(f"{where}: not valid JSON ({exc.msg}); a truncated line?") from None
    if not isinstance(obj, dict):
        raise InvalidInput(f"{where}: expected a JSON object, got {type(obj).__name__}")
    return obj


def parse_lines(path: Path, parse: Callable[[int, str | bytes], T]) -> list[T]:
    """``parse(line number, line)`` of each non-empty line of a JSON-lines file,
    all of them before any is returned.

    A UTF-8 file (the usual case) is split as bytes, and its lines go to the
    JSON parser undecoded, which checks the UTF-8 as it parses; a file in
    another encoding is decoded whole, with the encoding detected from its
    bytes, and parsed again."""
    data = read_file(path)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in data:
        try:
            return [parse(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
        except NotUtf8:
            pass
    text, _ = decode_bytes(data, str(path), scan=False)  # JSON refuses control characters
    lines = enumerate(text.lstrip("\ufeff").splitlines(), 1)
    return [parse(n, line) for n, line in lines if line.strip()]


def json_lines(path: Path) -> list[tuple[int, str, dict[str, Any]]]:
    """(line number, "file:line", object) for each non-empty line of a JSON-lines file."""
    name = str(path)

    def parse(lineno: int, line: str | bytes) -> tuple[int, str, dict[str, Any]]:
        where = f"{name}:{lineno}"
        return lineno, where, json_object(line, where)

    return parse_lines(path, parse)


def parse_line(
    line: str | bytes, lineno: int, name: str, *, require_spans: bool = False
) -> ExchangeDoc:
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
    name = str(path)
    yield from parse_lines(
        path, lambda lineno, line: parse_line(line, lineno, name, require_spans=require_spans)
    )


def doc_to_json(
    doc_id: str, text: str, spans: list[dict[str, Any]], meta: dict[str, Any] | None = None
) -> str:
    return json.dumps(
        {"id": doc_id, "text": text, "spans": spans, "meta": meta or {}}, ensure_ascii=False
    )
