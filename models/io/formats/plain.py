"""Plain text and CSV, the formats of articles without spans (import only).

``txt``: one article per file, its encoding detected from the bytes.
``csv``: one article per row of a ``text`` column, with optional ``id`` and
``title`` (in any case, spaces around them ignored); the other columns are
kept as the document's metadata. Separated by commas, or by the tabs or
semicolons its header line is split by (as Excel writes them). Its shape
is checked (MAX_CSV_COLUMNS, MAX_CSV_FIELD_CHARS) before pandas reads it:
pandas would build every column of a header a million fields wide."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, Message, Worded
from models.io.decode import ONE_DOCUMENT, decode_file
from models.io.format import Format
from models.io.limits import MAX_CSV_COLUMNS, MAX_CSV_FIELD_CHARS, MAX_SINGLE_DOCUMENT_BYTES
from models.io.model import ExchangeDoc, shown
from models.store.documents import is_blank


def read_txt(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, encoding = decode_file(
        path,
        limit=MAX_SINGLE_DOCUMENT_BYTES,
        encoding=options.get("encoding"),
        what=ONE_DOCUMENT,
    )
    text = text.lstrip("\ufeff")
    if is_blank(text):
        raise InvalidInput(
            "{path}: the file is empty (only white space or invisible characters)", path=path
        )
    yield ExchangeDoc(path.stem, text, [], {"encoding": encoding, "file": path.name})


def read_csv(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    text, _ = decode_file(path, encoding=options.get("encoding"))
    delimiter = csv_delimiter(text)
    check_csv_shape(text, path, delimiter)
    import pandas as pd  # only a CSV that passed needs pandas: off the txt/jsonl path

    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=delimiter)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InvalidInput(
            "{path}: not a readable CSV ({exc})", path=path, exc=csv_fault(exc)
        ) from None
    renames = _column_names(list(frame.columns))
    header = {renames.get(c, c): _plain(c) for c in frame.columns}
    frame = frame.rename(columns=renames)
    if "text" not in frame.columns:
        raise InvalidInput(
            "{path}: no 'text' column {columns_hint}", path=path, columns_hint=_columns_hint(frame)
        )
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        body = row["text"]
        if all(_plain(row[c]) == name for c, name in header.items()):
            # ``cat a.csv b.csv``: the second file's header line, read as an article
            raise InvalidInput(
                "{path}:{row_number}: the header line again (files joined together?);"
                " remove it, or import the files one by one",
                path=path,
                row_number=row_number,
            )
        if is_blank(body):
            raise InvalidInput(
                "{path}:{row_number}: empty 'text' (only white space or invisible characters)",
                path=path,
                row_number=row_number,
            )
        meta = {k: v for k, v in row.items() if k not in ("text", "id", "title") and v != ""}
        yield ExchangeDoc(
            row.get("id") or None, body, [], meta, row.get("title") or None, row_number
        )


# The columns a table of articles is read by, whatever their case and the
# spaces around them (a spreadsheet's "Text ").
COLUMNS = ("id", "title", "text")
# A CSV's separator: the comma, else what its header line is split by: Excel
# writes tabs as "Unicode Text" (UTF-16) and semicolons where the comma is
# the decimal mark. An article's own commas would split it otherwise.
DELIMITERS = (",", "\t", ";")
# How much of the header line tells the separator (a field of the csv
# module's own limit would stop it; check_csv_shape names a header too wide).
HEADER_CHARS = 1 << 16


def csv_delimiter(text: str) -> str:
    """The separator whose header line has a text column, else the one that
    splits the header line into the most columns (the comma on a tie)."""
    # a row ends at \r\n, \n or a lone \r (Excel for the Mac), as pandas reads it
    first = re.split(r"\r\n?|\n", text[:HEADER_CHARS].lstrip("\ufeff"), maxsplit=1)[0]
    headers = {d: next(csv.reader([first], delimiter=d), []) for d in DELIMITERS}
    for delimiter, names in headers.items():
        if any(_plain(name) == "text" for name in names):
            return delimiter
    return max(DELIMITERS, key=lambda d: (len(headers[d]), d == ","))


def _plain(name: object) -> str:
    return str(name).strip().lstrip("\ufeff").strip().casefold()


def _column_names(columns: list) -> dict:
    """Renames of the columns that are id, title or text but for case and spaces."""
    renames = {}
    for wanted in COLUMNS:
        if wanted in columns:
            continue
        alike = [c for c in columns if _plain(c) == wanted]
        if len(alike) == 1:
            renames[alike[0]] = wanted
    return renames


# Of how many columns a refusal shows the names.
NAMES_SHOWN = 20


def _shown_names(names: list[str]) -> str:
    listed = ", ".join(shown(n) for n in names[:NAMES_SHOWN])
    return listed + (f", … ({len(names):,})" if len(names) > NAMES_SHOWN else "")


def _columns_hint(frame: Any) -> Message:
    """The columns a table without a text column has, naming the one of the
    longest cells: most likely the articles."""
    names = [str(c) for c in frame.columns]
    if frame.empty or not names:
        return Message("(columns: {names})", names=_shown_names(names))
    lengths = {str(c): frame[c].str.len().mean() for c in frame.columns}
    longest = max(names, key=lambda c: lengths[c])
    return Message(
        "(columns: {names}): rename {longest}, whose cells are the longest, to text if it holds"
        " the articles",
        names=_shown_names(names),
        longest=shown(longest),
    )


# What pandas' CSV reader's (English) words mean, in words the window
# translates: its text stays the command line's.
CSV_FAULTS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Message]], ...] = (
    (
        re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)"),
        lambda m: Message(
            "line {line} has {saw} fields where the header has {expected}",
            line=int(m[2]),
            saw=int(m[3]),
            expected=int(m[1]),
        ),
    ),
    (
        re.compile(r"EOF inside string starting at row (\d+)"),
        # pandas counts rows from 0, the header's included: the file's line is one more
        lambda m: Message("a quote opened on line {line} is never closed", line=int(m[1]) + 1),
    ),
    (re.compile(r"No columns to parse"), lambda m: Message("no columns in it")),
)


def csv_fault(exc: Exception) -> Worded:
    """What is wrong with a CSV pandas refused, in words the window translates
    (by its message); ``str()`` pandas' own line, as the command line said it."""
    english = str(exc).strip()
    for pattern, words in CSV_FAULTS:
        found = pattern.search(english)
        if found:
            said = words(found)
            return Worded(said, said, english)
    said = Message("the CSV reader cannot parse it")
    return Worded(said, said, english)


def check_csv_shape(text: str, path: Path, delimiter: str = ",") -> None:
    """InvalidInput naming the first row wider than MAX_CSV_COLUMNS or the first
    field longer than MAX_CSV_FIELD_CHARS (the csv module stops at that field)."""
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    with _field_limit(MAX_CSV_FIELD_CHARS):
        try:
            for row in rows:
                if len(row) > MAX_CSV_COLUMNS:
                    raise InvalidInput(
                        "{path}:{rows_line_num}: {n_row:,} columns (limit {max_csv_columns:,})",
                        path=path,
                        rows_line_num=rows.line_num,
                        n_row=len(row),
                        max_csv_columns=MAX_CSV_COLUMNS,
                    )
        except csv.Error as exc:
            if "field limit" not in str(exc):
                raise InvalidInput(
                    "{path}:{rows_line_num}: not a readable CSV ({exc})",
                    path=path,
                    rows_line_num=rows.line_num,
                    exc=exc,
                ) from None
            raise InvalidInput(
                "{path}:{rows_line_num}: a field of over {max_csv_field_chars:,} characters (limit {max_csv_field_chars:,}): split it into articles",
                path=path,
                rows_line_num=rows.line_num,
                max_csv_field_chars=MAX_CSV_FIELD_CHARS,
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
# a .tsv is the same table with tabs: the reader finds the delimiter (csv_delimiter)
CSV = Format(
    "csv",
    "a table of articles with a 'text' column",
    read=read_csv,
    extensions=(".csv", ".tsv"),
)
