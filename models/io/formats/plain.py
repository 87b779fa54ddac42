"""Plain text and CSV, the formats of articles without spans (import only).

``txt``: one article per file, its encoding detected from the bytes.
``csv``: one article per row of a ``text`` column, with optional ``id`` and
``title``; the other columns are kept as the document's metadata. Its shape
is checked (MAX_CSV_COLUMNS, MAX_CSV_FIELD_CHARS) before pandas reads it:
pandas would build every column of a header a million fields wide."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.decode import decode_file
from models.io.format import Format
from models.io.limits import MAX_CSV_COLUMNS, MAX_CSV_FIELD_CHARS, MAX_SINGLE_DOCUMENT_BYTES
from models.io.model import ExchangeDoc
from models.store.documents import is_blank


def read_txt(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, encoding = decode_file(
        path,
        limit=MAX_SINGLE_DOCUMENT_BYTES,
        encoding=options.get("encoding"),
        what="one document",
    )
    text = text.lstrip("\ufeff")
    if is_blank(text):
        raise InvalidInput(f"{path}: the file is empty (only white space or invisible characters)")
    yield ExchangeDoc(path.stem, text, [], {"encoding": encoding, "file": path.name})


def read_csv(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, _ = decode_file(path, encoding=options.get("encoding"))
    check_csv_shape(text, path)
    import pandas as pd  # only a CSV that passed needs pandas: off the txt/jsonl path

    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InvalidInput(f"{path}: not a readable CSV ({str(exc).strip()})") from None
    if "text" not in frame.columns:
        raise InvalidInput(f"{path}: no 'text' column (columns: {', '.join(frame.columns)})")
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        body = row["text"]
        if is_blank(body):
            raise InvalidInput(
                f"{path}:{row_number}: empty 'text' (only white space or invisible characters)"
            )
        meta = {k: v for k, v in row.items() if k not in ("text", "id", "title") and v != ""}
        yield ExchangeDoc(
            row.get("id") or None, body, [], meta, row.get("title") or None, row_number
        )


def check_csv_shape(text: str, path: Path) -> None:
    """InvalidInput naming the first row wider than MAX_CSV_COLUMNS or the first
    field longer than MAX_CSV_FIELD_CHARS (the csv module stops at that field)."""
    rows = csv.reader(io.StringIO(text, newline=""))
    with _field_limit(MAX_CSV_FIELD_CHARS):
        try:
            for row in rows:
                if len(row) > MAX_CSV_COLUMNS:
                    raise InvalidInput(
                        f"{path}:{rows.line_num}: {len(row):,} columns (limit {MAX_CSV_COLUMNS:,})"
                    )
        except csv.Error as exc:
            if "field limit" not in str(exc):
                raise InvalidInput(f"{path}:{rows.line_num}: not a readable CSV ({exc})") from None
            raise InvalidInput(
                f"{path}:{rows.line_num}: a field of over {MAX_CSV_FIELD_CHARS:,} characters "
                f"(limit {MAX_CSV_FIELD_CHARS:,}): split it into articles"
            ) from None


@contextmanager
def _field_limit(chars: int) -> Iterator[None]:
    """The csv module's field limit is one for the whole process: set it while
    reading, then put back what it was."""
    before = csv.field_size_limit(chars)
    try:
        yield
    finally:
        csv.field_size_limit(before)


TXT = Format("txt", "plain text, one article per file", read=read_txt, extensions=(".txt", ".text"))
CSV = Format("csv", "a table of articles with a 'text' column", read=read_csv, extensions=(".csv",))
