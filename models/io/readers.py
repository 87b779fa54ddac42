"""File readers: each turns one file into exchange documents, or raises
InvalidInput naming the file (and line) of the first problem.

Readers parse a whole file before anything is written, so a bad file leaves
the project untouched. ``READERS`` maps a format name to its reader;
``EXTENSIONS`` maps file endings to the format chosen by ``--format auto``."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.decode import decode_file
from models.io.exchange import ExchangeDoc, read_jsonl

Reader = Callable[[Path, dict[str, Any]], Iterator[ExchangeDoc]]


# One article per file: anything much larger cannot be a single document
# (see MAX_DOCUMENT_CHARS), and decoding it would only waste time.
MAX_SINGLE_DOCUMENT_BYTES = 8 * 2_000_000


def read_txt(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, encoding = decode_file(path, limit=MAX_SINGLE_DOCUMENT_BYTES)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InvalidInput(f"{path}: the file is empty")
    yield ExchangeDoc(path.stem, text, [], {"encoding": encoding, "file": path.name})


def read_exchange_jsonl(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    yield from read_jsonl(path)


def read_csv(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    import pandas as pd  # only CSV needs pandas; keep it off the txt/jsonl path

    text, _ = decode_file(path)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InvalidInput(f"{path}: not a readable CSV ({str(exc).strip()})") from None
    if "text" not in frame.columns:
        raise InvalidInput(f"{path}: no 'text' column (columns: {', '.join(frame.columns)})")
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        body = row["text"]
        if not body.strip():
            raise InvalidInput(f"{path}:{row_number}: empty 'text'")
        meta = {k: v for k, v in row.items() if k not in ("text", "id", "title") and v != ""}
        yield ExchangeDoc(
            row.get("id") or None, body, [], meta, row.get("title") or None, row_number
        )


READERS: dict[str, Reader] = {
    "txt": read_txt,
    "jsonl": read_exchange_jsonl,
    "csv": read_csv,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".csv": "csv",
}


def register(name: str, reader: Reader, *extensions: str) -> None:
    """Add a format (used by the modules that implement other tools' formats)."""
    READERS[name] = reader
    for ext in extensions:
        EXTENSIONS[ext] = name


def format_for(path: Path, fmt: str) -> str:
    if fmt != "auto":
        if fmt not in READERS:
            raise InvalidInput(
                f"unknown import format {fmt!r}; known: {', '.join(sorted(READERS))}"
            )
        return fmt
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise InvalidInput(f"{path}: unknown file type {path.suffix or '(none)'}; give --format")
    return found
