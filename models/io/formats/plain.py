"""Plain text and CSV, the formats of articles without spans (import only).

``txt``: one article per file, its encoding detected from the bytes.
``csv``: one article per row of a ``text`` column, with optional ``id`` and
``title``; the other columns are kept as the document's metadata."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.decode import decode_file
from models.io.format import Format
from models.io.model import ExchangeDoc

# One article per file: anything much larger cannot be a single document
# (see MAX_DOCUMENT_CHARS), and decoding it would only waste time.
MAX_SINGLE_DOCUMENT_BYTES = 8 * 2_000_000


def read_txt(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, encoding = decode_file(path, limit=MAX_SINGLE_DOCUMENT_BYTES)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InvalidInput(f"{path}: the file is empty")
    yield ExchangeDoc(path.stem, text, [], {"encoding": encoding, "file": path.name})


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


TXT = Format("txt", "plain text, one article per file", read=read_txt, extensions=(".txt", ".text"))
CSV = Format("csv", "a table of articles with a 'text' column", read=read_csv, extensions=(".csv",))
