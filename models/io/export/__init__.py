"""Exports: the project's gold (or one annotator's layer, or the pending
suggestions) written for other tools, with a manifest, all or nothing.
Which formats there are, and how each is written, is ``models.io.registry``
and ``models.io.formats``; this package selects, splits, stages and
describes."""

from models.io.export.run import ExportReport, export_project, formats
from models.io.export.select import Selection
from models.io.export.split import assign, parse_split
from models.io.model import ExportDoc, ExportSpan

__all__ = [
    "ExportDoc",
    "ExportReport",
    "ExportSpan",
    "Selection",
    "assign",
    "export_project",
    "formats",
    "parse_split",
]
