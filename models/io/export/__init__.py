"""Exports: the project's gold (or one annotator's layer, or the pending
suggestions) written for other tools, with a manifest, all or nothing.

Formats: jsonl (exchange/Prodigy), spacy (DocBin), conll (character IOB2),
brat, label-studio, doccano, metrics-csv, metrics-parquet."""

from models.io.export import (  # noqa: F401  (each module registers its writers)
    brat,
    conll,
    jsonl,
    labelstudio,
    metrics,
    spacy_docbin,
)
from models.io.export.base import WRITERS, Context, Writer
from models.io.export.run import ExportReport, export_project, formats
from models.io.export.select import ExportDoc, ExportSpan, Selection
from models.io.export.split import assign, parse_split

__all__ = [
    "WRITERS",
    "Context",
    "ExportDoc",
    "ExportReport",
    "ExportSpan",
    "Selection",
    "Writer",
    "assign",
    "export_project",
    "formats",
    "parse_split",
]
