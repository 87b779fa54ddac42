"""Reading JSON-lines files, for every format that keeps one record a line
(the exchange format, Prodigy, doccano, CLUENER): each line parsed whole
before any record is used, and the first bad one named by file and line."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from models.errors import InvalidInput
from models.io.decode import decode_bytes, read_file
from models.io.jsontext import NotUtf8, load_json

T = TypeVar("T")


def json_object(line: str | bytes, where: str) -> dict[str, Any]:
    """One line of a JSON-lines file as an object, or a one-line error saying where."""
    obj = load_json(line, where, hint="; a truncated line?")
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
