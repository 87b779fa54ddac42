"""METRIC spans as a table, one row per span, for pandas and spreadsheets:
document, title, sentence, text, start, end, indicator, value (float, NaN
when absent), unit, approx, period, annotator, source, score.

``metrics-csv`` is UTF-8 with a byte-order mark (Excel reads the Chinese
right; pandas drops the mark); ``metrics-parquet`` goes through pyarrow."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from models.io.format import Format, WriteContext, Writer
from models.io.model import ExportDoc, ExportSpan
from models.io.segments import sentence_bounds

METRIC = "METRIC"
COLUMNS = [
    "document",
    "title",
    "sentence",
    "text",
    "start",
    "end",
    "indicator",
    "value",
    "unit",
    "approx",
    "period",
    "annotator",
    "source",
    "score",
]


def as_float(value: Any) -> float:
    if isinstance(value, bool) or value is None:
        return math.nan
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return math.nan


def as_text(value: Any) -> str | None:
    return None if value is None else str(value)


class MetricsWriter(Writer):
    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.rows: list[tuple] = []

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        metrics = [s for s in doc.spans if s.label == METRIC]
        if not metrics:
            return metrics
        bounds = sentence_bounds(doc.text, metrics)
        b = 0
        for s in metrics:
            while b < len(bounds) - 1 and bounds[b][1] <= s.start:
                b += 1
            start, end = bounds[b] if bounds else (s.start, s.end)
            start, end = min(start, s.start), max(end, s.end)
            attrs = s.attrs
            self.rows.append(
                (
                    doc.id,
                    doc.title,
                    doc.text[start:end],
                    s.text,
                    s.start,
                    s.end,
                    as_text(attrs.get("indicator")),
                    as_float(attrs.get("value")),
                    as_text(attrs.get("unit")),
                    as_text(attrs.get("approx")),
                    as_text(attrs.get("period")),
                    doc.annotator,
                    s.source,
                    math.nan if s.score is None else float(s.score),
                )
            )
        return metrics

    def frame(self):
        import pandas as pd

        frame = pd.DataFrame.from_records(self.rows, columns=COLUMNS)
        frame = frame.astype(
            {"start": "int64", "end": "int64", "value": "float64", "score": "float64"}
        )
        for column in COLUMNS:
            if frame[column].dtype == object:
                frame[column] = frame[column].astype("string")
        self.context.notes["metric_rows"] += len(frame)
        return frame


class MetricsCsvWriter(MetricsWriter):
    extension = ".csv"

    def close(self) -> None:
        self.frame().to_csv(self.path, index=False, encoding="utf-8-sig")


class MetricsParquetWriter(MetricsWriter):
    extension = ".parquet"

    def close(self) -> None:
        self.frame().to_parquet(self.path, engine="pyarrow", index=False)


# Write only: a table of spans has no document texts to import.
METRICS_CSV = Format("metrics-csv", "METRIC spans as a CSV table (pandas)", writer=MetricsCsvWriter)
METRICS_PARQUET = Format(
    "metrics-parquet", "METRIC spans as a Parquet table (pyarrow)", writer=MetricsParquetWriter
)
