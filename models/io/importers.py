"""Importing files into a project.

Each file is all or nothing: it is parsed completely, then written in one
savepoint with its history events. Bad files are collected with their reason
while the good ones stay imported. Writes are grouped into transactions of
many files so that a large import is not one fsync per file."""

from __future__ import annotations

import gc
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from models.domain import STATUSES, Label
from models.errors import BiaozhuError, InvalidInput
from models.io.decode import check_encoding
from models.io.model import ExchangeDoc
from models.io.reading import read_documents
from models.io.registry import EXTENSIONS, FORMATS, format_for
from models.names import check_label_name
from models.progress import Cancelled, NoProgress, Progress
from models.store import Project
from models.store.documents import NewDocument, check_text
from models.store.spans import SpanRefused

BATCH_SECONDS = 0.1
IMPORT_CACHE_KIB = -128 * 1024  # negative: KiB, as SQLite's cache_size takes it
PALETTE = ("#e58f65", "#c39bd3", "#7fb3d5", "#f1948a", "#82e0aa", "#f7dc6f", "#aab7b8")


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, existing id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    spans: int = 0
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class ImportOptions:
    fmt: str = "auto"
    annotator: str | None = None
    status: str | None = None  # None: "done" for documents that bring spans
    extra: dict = field(default_factory=dict)
    # Called after each commit with the ids of the documents it made durable.
    on_commit: Callable[[list[str]], None] | None = None


def expand_paths(paths: Iterable[str | Path], fmt: str = "auto") -> list[Path]:
    """Files as given, and folders walked recursively for files of a known type."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not _is_folder_format(path, fmt):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                folder = Path(root)
                for name in sorted(files):
                    if fmt != "auto" or os.path.splitext(name)[1].lower() in EXTENSIONS:
                        out.append(folder / name)
        else:
            out.append(path)
    return out


def _is_folder_format(path: Path, fmt: str) -> bool:
    return fmt in FORMATS and FORMATS[fmt].reads_folders


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    options = options or ImportOptions()
    progress = progress or NoProgress()
    if options.status is not None and options.status not in STATUSES:
        raise InvalidInput(f"unknown status {options.status!r}")
    check_import_options(options.extra)
    files = expand_paths(paths, options.fmt)
    report = ImportReport()
    progress.start(len(files), "import")
    batch = _Batch(project, report, options.on_commit)
    with _bulk_writes(project.conn), _without_cycle_collection():
        try:
            batch.begin()
            for path in files:
                if progress.cancelled():
                    raise Cancelled()
                _import_file(project, path, _parse(path, options), options, report, batch)
                progress.advance(1, path.name)
                if batch.due():
                    batch.commit()
                    batch.begin()
            batch.commit()
        except (Cancelled, KeyboardInterrupt):
            batch.commit()  # files read before the cancel stay imported
            raise
        except BaseException:
            batch.commit(flush=False)  # the failing write is not tried again
            raise
        finally:
            try:
                batch.wait()
            finally:
                progress.finish()
    return report


def check_import_options(extra: dict) -> None:
    """The options every file shares, checked once before any file is read."""
    if extra.get("encoding"):
        check_encoding(extra["encoding"])
    for target in (extra.get("label_map") or {}).values():
        check_label_name(target, "--label-map")


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """An import allocates many objects and keeps them until their batch is
    written, which sets off full collections that walk every object of the
    process: in the window's process (or any with a large heap) that doubled
    the time of a 10,000-document import. What an import allocates holds no
    reference cycles, so the cycle collector waits until it is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _bulk_writes(conn: sqlite3.Connection) -> Iterator[None]:
    """The connection's settings for an import, put back afterwards.

    An import is idempotent (texts are matched by hash), so it may trade
    durability against power loss for speed: with WAL, NORMAL still loses
    nothing when the process is killed; a power cut means importing again.
    A batch's pages stay in memory until its COMMIT, which writes them in the
    background (see _Batch); the usual 2 MB cache would spill them to the WAL
    while the importing thread is inserting."""
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = {cache_size}")


class _Batch:
    """Many files per transaction, committed every BATCH_SECONDS.

    Files that bring only texts (the bulk of a large import) are gathered and
    written with one statement per commit; a file with spans is written on
    its own, after what was gathered before it.

    A COMMIT (writing the WAL and checkpointing it into the project file) is
    mostly I/O during which SQLite releases the GIL, so it runs in a thread
    while the next files are read and parsed; the next batch waits for it
    before it takes the write lock."""

    def __init__(self, project: Project, report: ImportReport, on_commit):
        self.project = project
        self.report = report
        self.on_commit = on_commit
        self.texts: list[tuple[str, list[NewDocument]]] = []
        self.committed = 0
        self.started = 0.0
        self._open = False
        self._committing: threading.Thread | None = None
        self._committed_ids: list[str] = []
        self._error: BaseException | None = None

    def begin(self) -> None:
        """Start a batch; its transaction opens at its first write."""
        self.started = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self.started > BATCH_SECONDS

    def open(self) -> None:
        """Take the write lock for this batch, once the previous commit is done."""
        if self._open:
            return
        self.wait()
        self.project.conn.execute("BEGIN IMMEDIATE")
        self.project.events.reset()
        self._open = True

    def gather(self, path: Path, docs: list[NewDocument]) -> None:
        self.texts.append((str(path), docs))

    def flush(self) -> None:
        if not self.texts:
            return
        self.open()
        new = [d for _, docs in self.texts for d in docs]
        stored = iter(self.project.add_documents(new, checked=True))
        for source, docs in self.texts:
            for _ in docs:
                doc_id, created = next(stored)
                if created:
                    self.report.added.append(doc_id)
                else:
                    self.report.skipped.append((source, doc_id))
        self.texts = []

    def commit(self, flush: bool = True) -> None:
        """Commit the batch in the background (see the class note)."""
        if flush:
            self.flush()
        if not self._open:
            return
        self._open = False
        done = self.report.added[self.committed :]
        self.committed = len(self.report.added)
        self._committing = threading.Thread(
            target=self._commit, args=(done,), name="biaozhu-import-commit"
        )
        self._committing.start()

    def _commit(self, done: list[str]) -> None:
        try:
            self.project.conn.execute("COMMIT")
            self._committed_ids = done
        except BaseException as exc:  # handed to the importing thread by wait()
            self._error = exc

    def wait(self) -> None:
        """Wait for the commit under way; report what it made durable, or raise its error."""
        if self._committing is None:
            return
        self._committing.join()
        self._committing = None
        error, self._error = self._error, None
        done, self._committed_ids = self._committed_ids, []
        if error is not None:
            if self.project.conn.in_transaction:
                self.project.conn.execute("ROLLBACK")
            self.project.events.reset()
            raise error
        if self.on_commit and done:
            self.on_commit(done)


def _parse(path: Path, options: ImportOptions) -> list[ExchangeDoc] | BaseException:
    """A file read and parsed whole, before anything of it is written; its
    error, if any, is returned to be reported with the others."""
    try:
        docs = read_documents(format_for(path, options.fmt), path, options.extra)
        if not docs:
            raise InvalidInput(f"{path}: no documents in the file")
        return docs
    except (BiaozhuError, OSError, UnicodeError) as exc:
        return exc


def _import_file(
    project: Project,
    path: Path,
    parsed: list[ExchangeDoc] | BaseException,
    options: ImportOptions,
    report: ImportReport,
    batch: _Batch,
) -> None:
    report.files += 1
    try:
        if isinstance(parsed, BaseException):
            raise parsed
        docs = parsed
        if not any(doc.spans for doc in docs) and options.status in (None, "todo"):
            batch.gather(path, [_new_document(doc, path) for doc in docs])
            return
        batch.flush()
        batch.open()
        with project.transaction():
            outcome = [_store(project, doc, path, options) for doc in docs]
    except BiaozhuError as exc:
        report.failed.append((str(path), _reason(exc, path)))
        return
    except FileNotFoundError:
        report.failed.append((str(path), "no such file"))
        return
    except (OSError, UnicodeError) as exc:
        report.failed.append((str(path), f"{exc.__class__.__name__}: {exc}"))
        return
    for doc_id, created, spans in outcome:
        if created:
            report.added.append(doc_id)
            report.spans += spans
        else:
            report.skipped.append((str(path), doc_id))


def _new_document(doc: ExchangeDoc, path: Path) -> NewDocument:
    """The document as the store takes it, checked now so that a bad text fails
    its own file, not the batch it would have been written with, and hashed
    now, while the previous batch may still be committing."""
    check_text(doc.text)
    meta = dict(doc.meta or {})
    return NewDocument(
        doc.text,
        doc.title,
        str(meta.get("file") or path.name),
        meta,
        doc.id,
        meta.pop("_original", None),
        meta.pop("_offset_map", None),
    )


def _reason(exc: Exception, path: Path) -> str:
    message = str(exc)
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _store(
    project: Project, doc: ExchangeDoc, path: Path, options: ImportOptions
) -> tuple[str, bool, int]:
    doc_id, created = project.add_documents([_new_document(doc, path)], checked=True)[0]
    if not created:
        return doc_id, False, 0
    who = options.annotator or project.annotator
    for label in dict.fromkeys(span.label for span in doc.spans):
        _ensure_label(project, label)
    try:
        project.add_spans(doc_id, doc.spans, origin="imported", annotator=who)
    except SpanRefused as exc:
        where = f"line {doc.line}: " if doc.line else ""
        span = exc.span
        raise InvalidInput(f"{where}span {span.text!r} ({span.start}..{span.end}): {exc}") from None
    status = options.status or ("done" if doc.spans else None)
    if status and status != "todo":
        project.set_status(doc_id, status, annotator=who)
    return doc_id, True, len(doc.spans)


def _ensure_label(project: Project, name: str) -> None:
    if name in project.label_names():
        return
    colour = PALETTE[len(project.label_names()) % len(PALETTE)]
    used = {lab.hotkey for lab in project.labels()}
    key = next((str(k) for k in range(1, 10) if str(k) not in used), "")
    project.add_label(Label(name, colour, key, "added by import"))
