"""What a format is: a name, a reader (import), a writer (export), or both.

Each module of ``models.io.formats`` defines its formats with ``Format``
and keeps their reader and writer side by side, as pandas keeps
``read_parquet`` and ``to_parquet``; ``models.io.registry`` lists them all.

A reader turns one path into exchange documents, all of it parsed before
anything is stored. A writer is created for one output path (a file, or a
folder), receives the selected documents one at a time with ``add`` and
finishes with ``close``; it never sees the project, only ``ExportDoc``s
whose spans were checked against their text."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from models.domain import Label
from models.errors import InvalidInput, Message
from models.io.model import ExchangeDoc, ExportDoc, ExportSpan

Reader = Callable[[Path, dict[str, Any]], Iterator[ExchangeDoc]]


@dataclass
class WriteContext:
    labels: list[Label]
    selection: Any  # models.io.export.select.Selection
    options: dict[str, Any] = field(default_factory=dict)
    notes: Counter = field(default_factory=Counter)  # what a writer changed or left out
    # Set by the export before the first document: the source@version of every
    # pending suggestion it will write (Label Studio names its model after them).
    suggesters: list[str] = field(default_factory=list)
    # Set by the export before the first document: the parts a document may go
    # to (``("all",)``, or the --split parts), so that a writer that splits
    # itself writes every part, an empty one too.
    parts: tuple[str, ...] = ("all",)
    # What the writers of one export (one per --split part) share: all of them
    # have written every document before the first is closed.
    shared: dict[str, Any] = field(default_factory=dict)


class Writer:
    extension: ClassVar[str] = ""  # of the file written; "" for a folder
    folder: ClassVar[bool] = False
    offsets: ClassVar[str] = "code points"
    wants_predictions: ClassVar[bool] = False  # pending suggestions of gold documents as well
    wants_original: ClassVar[bool] = False  # the text before --clean and its map (ExportDoc)
    options: ClassVar[tuple[str, ...]] = ()  # the export options it takes (segmenter, unit…)
    splits_itself: ClassVar[bool] = False  # one writer for every --split part (doc.part)
    sidecar_names: ClassVar[tuple[str, ...]] = ()  # files written beside the data
    # What of a document the format has a place for: its metadata (only the
    # jsonl exchange format), its spans' attributes (all but CoNLL). The export
    # says how many it wrote without (``metadata_left_out``, ``attributes_left_out``).
    keeps_meta: ClassVar[bool] = False
    keeps_attrs: ClassVar[bool] = True

    def __init__(self, path: Path, context: WriteContext):
        self.path = path
        self.context = context

    def add(self, doc: ExportDoc) -> Sequence[ExportSpan]:
        """Write one document; return the spans written (what the manifest counts)."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def sidecars(self) -> dict[str, str]:
        """{name in ``sidecar_names``: content}, asked once after ``close``."""
        return {}

    def part_path(self, part: str, split: bool, out_name: str) -> str:
        """Where a --split part is, relative to the manifest's folder."""
        if not split:
            return "." if self.folder else out_name
        return part if self.folder else part + self.extension

    def abort(self) -> None:
        """The export failed or was cancelled: let go of open files (their
        temporary names are removed by the caller)."""
        fh = getattr(self, "fh", None)
        if fh is not None and not fh.closed:
            # closing flushes what is buffered: on a full disk that fails
            # again, and the file is thrown away anyway (the descriptor is
            # released whatever the flush did)
            with contextlib.suppress(OSError):
                fh.close()

    def manifest_extra(self) -> dict[str, Any]:
        """What the manifest says about this format beyond counts and files."""
        return {}

    def messages(self) -> list[Message]:
        """What the export's summary says about this file once it is written
        (a count the notes cannot word, with the names it concerns)."""
        return []


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    read: Reader | None = None
    writer: type[Writer] | None = None
    extensions: tuple[str, ...] = ()  # file endings that `import --format auto` takes as this
    maps_labels: bool = False  # the reader applies --label-map itself (types of its own)
    reads_folders: bool = False  # a folder given to `import` is one input, not walked
    # a folder it reads holds a file (brat: a .ann with its .txt) a document:
    # the import counts each document's as a file read, as a walked folder does
    file_per_document: bool = False
    # endings of the files the writer makes inside its folder besides its own
    # (a data file's name, never a project's: ``registry.data_suffixes``)
    writes: tuple[str, ...] = ()

    @property
    def can_import(self) -> bool:
        return self.read is not None

    @property
    def can_export(self) -> bool:
        return self.writer is not None

    # What the export dialog and the command line show, from the writer.
    @property
    def extension(self) -> str:
        return self.writer.extension if self.writer else ""

    @property
    def folder(self) -> bool:
        return bool(self.writer and self.writer.folder)


def check_label(name: str, fmt: str) -> None:
    """Refuse a label a format cannot write so that it reads back the same."""
    if not name or any(c.isspace() for c in name):
        raise InvalidInput(
            "label {name!r} holds white space, which {fmt} cannot write; rename the label first",
            name=name,
            fmt=fmt,
        )
