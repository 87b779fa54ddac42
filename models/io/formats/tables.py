"""Spans as tables, one row per span, for pandas, DuckDB and spreadsheets
(export only: a table of spans holds no document texts to import).

``spans-csv``/``spans-parquet``: every span, with its document, title,
label, start, end (code points), original_start and original_end (where the
span sits in the text a document was imported from before ``--clean``, e.g.
a PDF's text layer; missing for documents imported without it), text, the
sentence around it, annotator,
origin (manual, accepted, …; suggestion for pending suggestions, with their
score, source and version) and one column per attribute name (the
guideline's METRIC attributes as the guideline types them, see
``models.io.attributes``: value float64, a value that is no number left
empty and counted, period text; other numbers as float64; a name whose
values mix types holds JSON text; a name that clashes with a column above
is prefixed ``attr_``).

``metrics-csv``/``metrics-parquet``: the METRIC spans (the same columns
but label) with the guideline's attributes as columns: indicator, value (float64, in base units), unit,
approx and period (text: ``2024`` stays ``2024``).

Types hold exactly in Parquet: text columns are strings, a missing value
is null and an empty one is ``""``; original_start/original_end are
nullable integers (``Int64`` in pandas). CSV is UTF-8 without a byte-order mark
(``--excel`` adds one, for Excel, and there defuses a text Excel would run
as a formula: see excel_text), every text value in quotes and numbers
bare, so a missing value (an empty field) differs from an empty text
(``""``): DuckDB keeps them apart with ``allow_quoted_nulls=false``; pandas'
``read_csv`` reads both as missing, and guesses a text column of digits
(``period`` 2024) as numbers unless given the manifest's ``table.read_csv``
(its ``dtype``, and only an empty field missing; the export's summary says
so when a column would be guessed) – the Parquet table needs neither."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import Message
from models.io.attributes import DECLARED, AttributeKinds, not_a_number, typed
from models.io.format import Format, WriteContext, Writer
from models.io.model import ExportDoc, ExportSpan
from models.io.segments import sentence_bounds
from models.io.spool import Spool

METRIC = "METRIC"
METRIC_ATTRS = DECLARED  # the guideline's attributes, always, in this order
BASE = {
    "document": "string",
    "title": "string",
    "label": "string",
    "start": "int64",
    "end": "int64",
    "original_start": "Int64",  # nullable: only documents imported with --clean have them
    "original_end": "Int64",
    "text": "string",
    "sentence": "string",
    "annotator": "string",
    "origin": "string",
    "score": "float64",
    "source": "string",
    "version": "string",
}
METRICS_BASE = {k: v for k, v in BASE.items() if k != "label"}


# Rows typed and written at a time: what a table gathers waits on disk
# (models.io.spool), and never more than this many rows are Python objects.
BATCH_ROWS = 5_000


class TableWriter(Writer):
    """Spans gathered while documents come, typed and written at the end, in
    batches, with one schema for every --split part (the parts are one table:
    pandas, Arrow and ``datasets`` read several files with the first one's
    columns, so a part without attributes must still have their columns)."""

    labels: tuple[str, ...] = ()  # the labels of the rows kept; () keeps every span
    wants_original = True
    splits_itself = True

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.folder = path if context.parts != ("all",) else path.parent
        self.spools: dict[str, Spool] = {}  # per part: one record per row, see add
        self.kinds = AttributeKinds()
        self.columns: dict[str, str] = {}
        self.rows = 0

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        kept = [s for s in doc.spans if not self.labels or s.label in self.labels]
        if not kept:
            return kept
        spool = self.spools.get(doc.part)
        if spool is None:
            spool = self.spools[doc.part] = Spool(self.folder, BATCH_ROWS)
        bounds = sentence_bounds(doc.text, doc.spans)
        b = 0
        for s in kept:
            while b < len(bounds) - 1 and bounds[b][1] <= s.start:
                b += 1
            start, end = bounds[b] if bounds else (s.start, s.end)
            original_start, original_end = doc.original_offsets(s) or (None, None)
            spool.append(  # the columns of BASE in their order, then the attributes
                (
                    doc.id,
                    doc.title,
                    s.label,
                    s.start,
                    s.end,
                    original_start,
                    original_end,
                    s.text,
                    doc.text[min(start, s.start) : max(end, s.end)],
                    doc.annotator,
                    "suggestion" if s.score is not None else s.origin,
                    s.score,
                    s.source,
                    s.version,
                    s.attrs_json,
                )
            )
            if s.attrs_json != "{}":
                self.kinds.add(s.attrs)
        self.rows += len(kept)
        return kept

    def base_columns(self) -> dict[str, str]:
        return dict(BASE)

    def attribute_columns(self) -> dict[str, str]:
        return self.kinds.types()

    def _layout(self) -> tuple[dict[str, str], dict[str, str]]:
        """(attribute name: its kind, attribute name: its column), setting ``columns``."""
        base = self.base_columns()
        attrs = self.attribute_columns()
        names = {key: f"attr_{key}" if key in base else key for key in attrs}
        self.columns = base | {names[k]: ("string" if t == "json" else t) for k, t in attrs.items()}
        return attrs, names

    def batches(self, part: str) -> Iterator[dict[str, list[Any]]]:
        """The rows of one part, typed, as columns, at most ``BATCH_ROWS`` at a time."""
        attrs, names = self._layout()
        # where each column of BASE is in a record (add)
        base = [(name, i) for i, name in enumerate(BASE) if name in self.columns]
        spool = self.spools.get(part)
        for records in spool.batches() if spool else ():
            columns: dict[str, list[Any]] = {name: [] for name in self.columns}
            for name, i in base:
                columns[name] = [record[i] for record in records]
            given = [json.loads(r[-1]) if r[-1] != "{}" else {} for r in records] if attrs else []
            for key, kind in attrs.items():
                columns[names[key]] = [self._typed(one.get(key), kind) for one in given]
            yield columns

    def _typed(self, value: Any, kind: str) -> Any:
        cell = typed(value, kind)
        if not_a_number(value, cell, kind):
            # a METRIC's value is a number whatever an import gave it (attributes.DECLARED):
            # "约3亿" would be a missing value no one was told of
            self.context.notes["metrics_values_not_numbers"] += 1
            return None
        return cell

    def close(self) -> None:
        self._layout()
        try:
            for part in self.context.parts:
                path = self.path if part == "all" else self.path / (part + self.extension)
                self.write_part(path, part)
        finally:
            self.abort()

    def abort(self) -> None:
        for spool in self.spools.values():
            spool.close()

    def write_part(self, path: Path, part: str) -> None:
        raise NotImplementedError

    def manifest_extra(self) -> dict[str, Any]:
        return {"table": {"rows": self.rows, "columns": self.columns}}


class MetricsTable(TableWriter):
    labels = (METRIC,)

    def base_columns(self) -> dict[str, str]:
        return dict(METRICS_BASE)

    def attribute_columns(self) -> dict[str, str]:
        return dict(METRIC_ATTRS)  # the guideline's attributes, always, in this order


# -- the two file types ----------------------------------------------------------------------


ARROW_TYPES = {
    "string": "string",
    "int64": "int64",
    "Int64": "int64",
    "float64": "float64",
    "bool": "bool_",
}


def _arrow_schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    schema = pa.schema([pa.field(n, getattr(pa, ARROW_TYPES[t])()) for n, t in columns.items()])
    return schema.with_metadata({"pandas": json.dumps(_pandas_metadata(columns))})


def _pandas_metadata(columns: dict[str, str]) -> dict[str, Any]:
    """What pandas reads to give a nullable integer column its ``Int64`` dtype:
    without it an int64 column with nulls comes back as float64. Only those
    columns are named; pandas types the others from Parquet as usual."""
    nullable = [
        {"name": n, "field_name": n, "pandas_type": "int64", "numpy_type": t, "metadata": None}
        for n, t in columns.items()
        if t == "Int64"
    ]
    return {"index_columns": [], "column_indexes": [], "columns": nullable}


# OWASP "CSV Injection": a spreadsheet runs a cell that opens with one of these
# as a formula (TAB, CR and LF because Excel drops them and reads on).
FORMULA_OPENERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# A signed number, as Excel reads one (decimals, thousands commas, an exponent,
# a per cent sign): a value, never a formula, so -3.5 and +10% stay data.
PLAIN_NUMBER = re.compile(r"[+-](?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?", re.ASCII)


def excel_text(value: str) -> str:
    """A text cell as Excel must show it: one that a spreadsheet would run as a
    formula gets OWASP's leading single quote (Excel shows the text, hides the
    quote); a plain signed number is left to be read as the number it is."""
    if value.startswith(FORMULA_OPENERS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _excel_table(table: Any) -> Any:
    """Every text cell and column name through excel_text; numbers stay numbers."""
    import pyarrow as pa

    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type):
            column = pa.array(
                [None if v is None else excel_text(v) for v in column.to_pylist()], pa.string()
            )
        columns.append(column)
    return pa.table(columns, names=[excel_text(n) for n in table.column_names])


# A text pandas' read_csv takes for a number (quotes or not): a column whose
# every non-empty value is one comes back as int64 or float64, "2024" as 2024.0.
NUMBER_TEXT = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*", re.ASCII)
# read_csv's keyword arguments that give each column the manifest's type: its
# dtype, and only an empty field missing ("NA", "null", "nan" are texts).
READ_CSV = {"keep_default_na": False, "na_values": [""]}


class CsvTable:
    extension = ".csv"
    options = ("excel",)
    columns: dict[str, str]
    context: WriteContext

    def write_part(self, path: Path, part: str) -> None:
        # pyarrow quotes every text and leaves numbers bare: "" is an empty
        # text, an empty field a missing value
        import pyarrow as pa
        import pyarrow.csv as pcsv

        schema = _arrow_schema(self.columns)
        excel = self.context.options.get("excel")
        if excel:  # for Excel only: the CSV for pandas holds the texts as they are
            schema = _excel_table(schema.empty_table()).schema
        # pandas reads each part's file alone: a column is guessed per file
        digits = {n: False for n, t in self.columns.items() if t == "string"}  # n: seen one
        with pa.OSFile(str(path), "wb") as sink:
            if excel:
                sink.write(b"\xef\xbb\xbf")
            with pcsv.CSVWriter(sink, schema) as writer:
                for columns in self.batches(part):
                    _digit_columns(columns, digits)
                    table = pa.table(columns, schema=_arrow_schema(self.columns))
                    writer.write_table(_excel_table(table) if excel else table)
        self.context.shared.setdefault("csv_digit_columns", {}).update(
            {n: True for n, seen in digits.items() if seen}
        )

    def manifest_extra(self) -> dict[str, Any]:
        extra = super().manifest_extra()  # type: ignore[misc]
        extra["table"]["read_csv"] = {"dtype": dict(self.columns)} | READ_CSV
        return extra

    def messages(self) -> list[Message]:
        names = list(self.context.shared.get("csv_digit_columns", {}))
        if not names:
            return []
        return [
            Message(
                "{n} text {n:column holds|columns hold} only digits ({columns}), which pandas'"
                " read_csv reads as numbers (2024 as 2024.0): read the file with"
                " pd.read_csv(path, **manifest['table']['read_csv']) for the manifest's types",
                n=len(names),
                columns=", ".join(names),
            )
        ]


def _digit_columns(columns: dict[str, list[Any]], digits: dict[str, bool]) -> None:
    """Keep in ``digits`` the text columns all of whose non-empty values so
    far are numbers to read_csv (True once one is seen); drop the others."""
    for name in list(digits):
        values = [v for v in columns[name] if v]  # an empty field is missing to read_csv
        if not all(NUMBER_TEXT.fullmatch(v) for v in values):
            del digits[name]
        elif values:
            digits[name] = True


class ParquetTable:
    extension = ".parquet"

    def write_part(self, path: Path, part: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(self.columns)
        with pq.ParquetWriter(str(path), schema) as writer:
            written = False
            for columns in self.batches(part):
                writer.write_table(pa.table(columns, schema=schema))
                written = True
            if not written:  # an empty part: the columns all the same
                writer.write_table(schema.empty_table())


class SpansCsvWriter(CsvTable, TableWriter):
    pass


class SpansParquetWriter(ParquetTable, TableWriter):
    pass


class MetricsCsvWriter(CsvTable, MetricsTable):
    pass


class MetricsParquetWriter(ParquetTable, MetricsTable):
    pass


SPANS_CSV = Format("spans-csv", "every span as a CSV table", writer=SpansCsvWriter)
SPANS_PARQUET = Format("spans-parquet", "every span as a Parquet table", writer=SpansParquetWriter)
METRICS_CSV = Format(
    "metrics-csv", "METRIC spans and their attributes as a CSV table", writer=MetricsCsvWriter
)
METRICS_PARQUET = Format(
    "metrics-parquet",
    "METRIC spans and their attributes as a Parquet table",
    writer=MetricsParquetWriter,
)
