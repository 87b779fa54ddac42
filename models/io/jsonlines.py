"""Reading JSON-lines files, for every format that keeps one record a line
(the exchange format, Prodigy, doccano, CLUENER): each line parsed whole
before any record is used, and the first bad one named by file and line.

A file is in one encoding: UTF-8 lines beside lines in another encoding
are refused, not decoded one way or the other."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from models.errors import InvalidInput, Message
from models.io.decode import check_not_cut_short, decode_bytes, enough_to_tell, read_file
from models.io.jsontext import NotUtf8, json_kind, load_json
from models.io.scripts import plausible

T = TypeVar("T")

# Characters that JSON lets a string hold raw but that end a line for Python's
# str.splitlines (NEL too) and JavaScript before ES2019; written escaped, as
# json.dumps with ensure_ascii does, so that a record is one line to every reader.
LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")


NEWLINE = re.compile("\r\n|\r|\n")


def text_lines(text: str) -> list[str]:
    """The lines of a decoded JSON-lines text: split at \n, \r\n and \r only
    (as its bytes are), not at the U+2028 or NEL a JSON string may hold raw,
    which str.splitlines also splits at."""
    return NEWLINE.split(text)


def one_line(record: str) -> str:
    """``record`` (JSON without its line end) with the characters some readers
    take for line ends escaped: the same JSON, one line to any splitter."""
    if "\u2028" in record or "\u2029" in record or "\x85" in record:
        return (
            record.replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
            .replace("\x85", "\\u0085")
        )
    return record


def json_object(line: str | bytes, where: str) -> dict[str, Any]:
    """One line of a JSON-lines file as an object, or a one-line error saying where."""
    hint = Message("; a truncated line?")
    if line[:3] == codecs.BOM_UTF8 if isinstance(line, bytes) else line[:1] == "\ufeff":
        # ``cat a.jsonl b.jsonl``, the second saved with a mark (Notepad)
        hint = Message(
            "; the line begins with a byte-order mark, which only a file's first line may"
            " have (files joined together?)"
        )
    obj = load_json(line, where, hint=hint)
    if not isinstance(obj, dict):
        raise InvalidInput(
            "{where}: expected a JSON object, got {name}", where=where, name=json_kind(obj)
        )
    return obj


def parse_lines(
    path: Path, parse: Callable[[int, str | bytes], T], encoding: str | None = None
) -> list[T]:
    """``parse(line number, line)`` of each non-empty line of a JSON-lines file,
    all of them before any is returned.

    A UTF-8 file (the usual case) is split as bytes, and its lines go to the
    JSON parser undecoded, which checks the UTF-8 as it parses; a file in
    another encoding (``encoding``, or detected from its bytes) is decoded
    whole and parsed as text."""
    data = read_file(path)
    name = str(path)
    if encoding is None and _bytes_are_utf8(data, name):
        data = data.removeprefix(codecs.BOM_UTF8)
        try:
            return [parse(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
        except NotUtf8:
            pass
    if encoding is None and not _utf16(data):
        check_not_cut_short(data, name)
        check_one_encoding(data, name)
    text, _ = decode_bytes(data, name, scan=False, encoding=encoding)  # JSON refuses controls
    lines = enumerate(text_lines(text.lstrip("\ufeff")), 1)
    return [parse(n, line) for n, line in lines if line.strip()]


def json_lines(path: Path, encoding: str | None = None) -> list[tuple[int, str, dict[str, Any]]]:
    """(line number, "file:line", object) for each non-empty line of a JSON-lines file."""
    name = str(path)

    def parse(lineno: int, line: str | bytes) -> tuple[int, str, dict[str, Any]]:
        where = f"{name}:{lineno}"
        return lineno, where, json_object(line, where)

    return parse_lines(path, parse, encoding)


def check_one_encoding(data: bytes, name: str) -> None:
    """InvalidInput if some lines are UTF-8 text and others are not UTF-8."""
    utf8_line = other_line = 0
    for lineno, line in enumerate(data.splitlines(), 1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or lineno
        else:
            if enough_to_tell(line) or plausible(text):
                utf8_line = utf8_line or lineno
        if utf8_line and other_line:
            raise InvalidInput(
                "{name}: line {utf8_line} is UTF-8 but line {other_line} is not: a file must be in one encoding (convert it, or split it by encoding)",
                name=name,
                utf8_line=utf8_line,
                other_line=other_line,
            )


def _bytes_are_utf8(data: bytes, name: str) -> bool:
    """Can the lines go to the parser as UTF-8 bytes? Not with a UTF-16 BOM or NUL
    bytes; and a short text that may be valid UTF-8 by accident is decided by
    ``decode_bytes`` first (which refuses it if it is ambiguous)."""
    if _utf16(data):
        return False
    if data.startswith(codecs.BOM_UTF8) or data.isascii() or enough_to_tell(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return decode_bytes(data, name, scan=False)[1] == "utf-8"


def _utf16(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data
