"""Importing files into a project.

Each file is all or nothing: it is parsed completely, then written in one
savepoint with its history events. Bad files are collected with their reason
while the good ones stay imported. Writes are grouped into transactions of
many files so that a large import is not one fsync per file."""

from __future__ import annotations

import codecs
import difflib
import functools
import gc
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from models.domain import STATUSES, Label
from models.errors import BiaozhuError, Filled, InvalidInput, Message, shown
from models.io.decode import check_encoding, refuse_pipe
from models.io.formats.hf import is_saved_dataset
from models.io.manifest import (
    FOLDER_MANIFEST,
    MANIFEST_SUFFIX,
    listed_files,
    read_manifest,
    sha256_of,
)
from models.io.model import (
    EVENTS,
    LABELLED,
    LEFT_OUT,
    LEFT_OUT_KINDS,
    NORMALIZATIONS,
    OTHER_RESULTS,
    PREDICTIONS,
    RELATIONS,
    SPLIT,
    SPLIT_INTO,
    STATUS,
    SUGGESTIONS,
    UNMAPPED,
    ExchangeDoc,
    left_out_meta,
)
from models.io.reading import read_documents
from models.io.registry import (
    FORMATS,
    export_companion,
    format_for,
    not_plain_text,
    other_kind,
    side_file,
    walked_by_auto,
)
from models.names import check_label_name, label_meant
from models.progress import Cancelled, NoProgress, Progress
from models.store import Project
from models.store.documents import NewDocument, check_text
from models.store.files import is_backups_folder, why_sqlite_owned
from models.store.spans import SpanRefused
from models.system_errors import SystemWords, system_words
from models.who import check_annotator_name

BATCH_SECONDS = 0.1
IMPORT_CACHE_KIB = -128 * 1024  # negative: KiB, as SQLite's cache_size takes it
PALETTE = ("#e58f65", "#c39bd3", "#7fb3d5", "#f1948a", "#82e0aa", "#f7dc6f", "#aab7b8")


# The line an import says for each kind of what its files held that no
# span keeps (model.LEFT_OUT_KINDS), in the order the lines are said.
LEFT_OUT_NOTES: dict[str, Callable[[int], Message]] = {
    RELATIONS: lambda n: Message(
        "{n} {n:relation|relations} between spans not imported: Biaozhu keeps"
        " spans, not relations (the spans they join are imported)",
        n=n,
    ),
    SUGGESTIONS: lambda n: Message(
        "{n} {n:suggestion|suggestions} not imported as gold: the file is Biaozhu's"
        " export of pending suggestions (its manifest says so), so its documents"
        " came in to do (suggest --project suggests them again)",
        n=n,
    ),
    PREDICTIONS: lambda n: Message(
        "{n} Label Studio {n:prediction region|prediction regions} not imported:"
        " predictions are machine output, not gold (suggest --project suggests"
        " the documents again)",
        n=n,
    ),
    OTHER_RESULTS: lambda n: Message(
        "{n} Label Studio {n:result|results} of other kinds (choices, text areas,"
        " ratings) not imported: Biaozhu keeps spans",
        n=n,
    ),
    EVENTS: lambda n: Message(
        "{n} brat {n:event|events} (E lines) not imported: Biaozhu keeps spans,"
        " not events (their trigger spans are imported)",
        n=n,
    ),
    NORMALIZATIONS: lambda n: Message(
        "{n} brat {n:normalization|normalizations} (N lines) not imported:"
        " Biaozhu keeps no link from a span to an outside resource",
        n=n,
    ),
}


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, existing id)
    # A labelled file's documents whose texts the project holds already: the
    # importing annotator's spans and status, brought in as their own layer
    # (source, document, spans), or kept out because that annotator has a
    # layer there already (source, document, why): one is never overwritten.
    layers: list[tuple[str, str, int]] = field(default_factory=list)
    kept: list[tuple[str, str, Message]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    # The words of the error behind each failed file's reason, for a window
    # that shows them in its own language (failures_at); not the error, whose
    # traceback would keep the file's data alive
    errors: dict[str, Message] = field(default_factory=dict)
    # Files and folders left unread because only SQLite may open them (path,
    # reason): the reason's words a Message, which the window translates
    ignored: list[tuple[str, Message]] = field(default_factory=list)
    # Files of a walked folder that hold articles in a kind no format reads
    # (a .doc, a spreadsheet, a web page): (path, what to save it as)
    unread: list[tuple[str, Message]] = field(default_factory=list)
    spans: int = 0  # brought in with the new documents (a layer's: in ``layers``)
    # New documents whose id in the file names another article here already,
    # stored as ID_<hash> (source, id in the file, id here): said, as merge says it
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    files: int = 0
    labels_added: list[str] = field(default_factory=list)  # joined the schema from the files
    # What the imported files held that no span keeps ({kind: count}, kinds of
    # model.LEFT_OUT_KINDS: relations between spans, brat's events and
    # normalizations): left out, and said
    left_out: dict[str, int] = field(default_factory=dict)
    # Span labels taken as a label that differs from them only in case
    # ((the file's label, the label taken): spans), see ``fold_labels``
    labels_folded: dict[tuple[str, str], int] = field(default_factory=dict)

    def notes(self) -> list[Message]:
        """What the import changed or left out of the files beyond the counts,
        a line each, in words the window translates."""
        out = [
            Message(
                "the files' label {label} ({n} {n:span|spans}) was taken as {target}: labels"
                " that differ only in case are one label (--label-map decides otherwise)",
                label=label,
                target=target,
                n=n,
            )
            for (label, target), n in self.labels_folded.items()
        ]
        out += [say(n) for kind, say in LEFT_OUT_NOTES.items() if (n := self.left_out.get(kind))]
        if note := self._unmapped_note():
            out.append(note)
        if n := self.left_out.get(SPLIT):
            out.append(
                Message(
                    "{n} discontinuous brat {n:span|spans} (fragments with text between them)"
                    " came in as {m} {m:span|spans}, one per fragment, each with the label:"
                    " Biaozhu has no discontinuous spans",
                    n=n,
                    m=self.left_out.get(SPLIT_INTO, 0),
                )
            )
        return out

    def _unmapped_note(self) -> Message | None:
        """The spans of types the label map did not name, which it left out
        (a CLUENER file's nine other types beside ``company=COMPANY``), the
        most held type first: none of them is in the project, and the
        documents came in as gold without them."""
        dropped = {
            kind[len(UNMAPPED) :]: n
            for kind, n in self.left_out.items()
            if kind.startswith(UNMAPPED) and n
        }
        if not dropped:
            return None
        ranked = sorted(dropped.items(), key=lambda kv: (-kv[1], kv[0]))
        types = ", ".join(f"{shown(kind, 40)} {count}" for kind, count in ranked[:12])
        return Message(
            "{n} {n:span|spans} not imported, of {k:a type|types} --label-map does not"
            " name ({types}): TYPE=LABEL in --label-map brings one in",
            n=sum(dropped.values()),
            k=len(dropped),
            types=Filled(types + (", …" if len(ranked) > 12 else "")),
        )

    @property
    def ok(self) -> bool:
        return not self.failed

    def failures_at(self, say: Callable[[Message], str] | None = None) -> list[tuple[str, str]]:
        """(where, reason) of each failed file: ``where`` is the file, with
        its line when the reader named one (x.jsonl:2), and the reason says
        the rest, so a table shows the place once. ``say`` words the error
        behind a reason (the window's language); else the reason is English."""
        out = []
        for path, english in self.failed:
            error = self.errors.get(path) if say is not None else None
            reason = english if error is None else _reason_text(say(error), path)
            line = re.match(re.escape(shown(path)) + r":(\d+):? ?", reason)
            if line:
                out.append((f"{path}:{line.group(1)}", reason[line.end() :]))
            else:
                out.append((path, reason))
        return out


# Files of these formats are annotations: every document in one is gold, and
# a document without spans says that nothing in it is to be marked (a
# negative for training). Formats that also carry plain texts are annotations
# when the file holds any span. A reader that knows better per document (a
# Label Studio task with an annotation, against one with predictions only)
# says so with LABELLED in the document's meta.
LABELLED_FORMATS = frozenset({"cluener", "conll", "brat", "spacy", "hf"})
LABELLED_WITH_SPANS = frozenset({"jsonl", "doccano"})


@dataclass
class ImportOptions:
    fmt: str = "auto"
    annotator: str | None = None
    status: str | None = None  # None: "done" for every document of a labelled file
    extra: dict = field(default_factory=dict)
    # CLUENER types to the project's labels of the same name, for a CLUENER
    # file recognised by its shape (``--label-map`` wins when given).
    cluener_map: dict = field(default_factory=dict)
    # Called after each commit with the ids of the documents it made durable.
    on_commit: Callable[[list[str]], None] | None = None


def expand_paths(
    paths: Iterable[str | Path],
    fmt: str = "auto",
    ignored: list | None = None,
    unread: list | None = None,
) -> list[Path]:
    """Files as given, and folders walked recursively for files of a known type.
    SQLite's files and projects' backup folders are left unopened (by name,
    see models.store.files), each added to ``ignored`` with the reason; files
    of articles in a kind no format reads (registry.OTHER_KINDS) are added to
    ``unread`` with what to save them as."""
    out: list[Path] = []
    ignored = [] if ignored is None else ignored
    unread = [] if unread is None else unread
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not _is_folder_format(path, fmt):
            for root, dirs, files in os.walk(path):
                folder = Path(root)
                dirs[:] = sorted(d for d in dirs if not _backups(folder / d, ignored))
                if fmt == "auto":  # a saved dataset in the folder is one input, not walked
                    out += [folder / d for d in dirs if is_saved_dataset(folder / d)]
                    dirs[:] = [d for d in dirs if not is_saved_dataset(folder / d)]
                names = frozenset(files)
                for name in sorted(files):
                    if side_file(folder / name) or export_companion(name):
                        continue  # a lock file, a Mac's resource fork, an export's manifest
                    if fmt == "auto" and brat_text(name, names):
                        continue  # read with its .ann (brat), not again as an article
                    if fmt == "txt" and not_plain_text(folder / name):  # markup, not an article
                        unread.append((str(folder / name), not_plain_text(folder / name)))
                    elif fmt != "auto" or walked_by_auto(name):
                        _add_unless_sqlite(folder / name, out, ignored)
                    elif why_sqlite_owned(folder / name):  # a project: named, not read
                        ignored.append((str(folder / name), why_sqlite_owned(folder / name)))
                    elif other_kind(folder / name):
                        unread.append((str(folder / name), other_kind(folder / name)))
        elif path.is_file() and export_companion(path.name) and read_manifest(path):
            unread.append((str(path), EXPORT_MANIFEST))
        else:
            _add_unless_sqlite(path, out, ignored)
    return out


def brat_text(name: str, files: frozenset[str]) -> bool:
    """Whether ``name``, in a folder of ``files``, is the text of a brat
    ``.ann`` beside it: the brat reader takes it with its spans, so the
    walk does not give it to the plain-text reader as a second article (a
    brat export's folder came in with every document named as skipped)."""
    stem, dot, ending = name.rpartition(".")
    return bool(dot) and ending == "txt" and f"{stem}.ann" in files


# A manifest is named on the command line when a shell pattern takes it with
# its data (``import q out.*``); it lists the exported files and holds none of
# their documents, so reading it as Label Studio tasks failed the whole command.
EXPORT_MANIFEST = Message(
    "an export's manifest (it lists the files exported beside it), not documents:"
    " import those files"
)


def _backups(folder: Path, ignored: list) -> bool:
    if is_backups_folder(folder):
        ignored.append((str(folder), Message("a project's backups folder")))
        return True
    return False


def _add_unless_sqlite(path: Path, out: list[Path], ignored: list) -> None:
    reason = why_sqlite_owned(path)
    if reason is None:
        out.append(path)
    else:
        ignored.append((str(path), reason))


def _is_folder_format(path: Path, fmt: str) -> bool:
    if fmt == "auto":
        return is_saved_dataset(path)
    return fmt in FORMATS and FORMATS[fmt].reads_folders


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import ``paths`` into ``project``; the report of what was imported.

    ``report``, when given, is filled as files are committed: after a Ctrl+C
    or a cancel (which keep the files read before it) it holds what the
    project now holds, for a caller that says so."""
    options = options or ImportOptions()
    progress = progress or NoProgress()
    if options.status is not None and options.status not in STATUSES:
        raise InvalidInput("unknown status {options_status!r}", options_status=options.status)
    if not options.cluener_map:
        options = replace(options, cluener_map=cluener_label_map(project.label_names()))
    if options.annotator is not None:
        # the layer of the name as the project stores it (ａｌｉｃｅ for alice),
        # never a second annotator beside it
        who = check_annotator_name(project.stored_annotator(options.annotator), "--annotator")
        options = replace(options, annotator=who)
    check_import_options(options.extra, project.label_names())
    report = ImportReport() if report is None else report
    labels_before = set(project.label_names())
    files = expand_paths(paths, options.fmt, report.ignored, report.unread)
    progress.start(len(files), Message("import"))
    batch = _Batch(project, report, options.on_commit)
    sources = _MapSources(options.extra.get("label_map"))
    with _bulk_writes(project.conn), _without_cycle_collection():
        try:
            batch.begin()
            for i, (path, parsed) in enumerate(_read_ahead(files, options)):
                if progress.cancelled():
                    raise Cancelled()
                sources.read(path, parsed)
                if i == len(files) - 1:
                    sources.check()  # before the last file is written
                _import_file(project, path, parsed, options, report, batch)
                progress.advance(1, path.name)
                if batch.due() and sources.held:
                    batch.flush()  # written, not committed: the map is not proven yet
                elif batch.due():
                    batch.commit()
                    batch.begin()
            batch.commit()
        except BaseException as exc:
            if sources.held:  # nothing is committed before the map is proven
                batch.rollback()
                report.layers.clear()  # none of them committed either
                report.spans = 0
            elif isinstance(exc, Cancelled | KeyboardInterrupt):
                batch.commit()  # files read before the cancel stay imported
            else:
                batch.commit(flush=False)  # the failing write is not tried again
            raise
        finally:
            progress.finish()
    report.labels_added = [n for n in project.label_names() if n not in labels_before]
    return report


def _read_ahead(
    files: list[Path], options: ImportOptions
) -> Iterator[tuple[Path, list[ExchangeDoc] | BaseException]]:
    """Each file parsed, the next one in a worker thread meanwhile: a COMMIT
    is mostly I/O during which SQLite releases the GIL, so reading goes on
    while the importing thread (the only one that may use the connection)
    writes and commits."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="biaozhu-read") as pool:
        ahead = pool.submit(_parse, files[0], options) if files else None
        for i, path in enumerate(files):
            parsed = ahead.result()
            if i + 1 < len(files):
                ahead = pool.submit(_parse, files[i + 1], options)
            yield path, parsed


class _MapSources:
    """The sources of a ``--label-map`` that no file read so far holds as a
    span type. A source no file holds is a typo (``compnay`` for CLUENER's
    ``company``): its spans would all be dropped and the documents come in as
    gold without them. While one is missing the import commits nothing; once
    the last file is read, one still missing refuses the whole import."""

    def __init__(self, label_map: dict | None):
        self.missing = set(label_map or ())
        self.types: set[str] = set()  # every type the files read hold
        self.unread: list[tuple[Path, BaseException]] = []

    @property
    def held(self) -> bool:
        return bool(self.missing)

    def read(self, path: Path, parsed: list[ExchangeDoc] | BaseException) -> None:
        if not self.missing:
            return
        if isinstance(parsed, BaseException):
            self.unread.append((path, parsed))
            return
        for doc in parsed:
            self.types |= doc.types_held()
        self.missing -= self.types

    def check(self) -> None:
        if not self.missing:
            return
        source = min(self.missing)
        if self.types:
            held = ", ".join(sorted(self.types))
            meant = _type_meant(source, self.types)
            line = Message(
                "--label-map: no file holds the type {source!r} (they hold {held})",
                source=source,
                held=held,
            )
            if meant:
                line = Message("{line}; did you mean {meant}?", line=line, meant=meant)
        else:
            line = Message(
                "--label-map: no file holds the type {source!r}: the files hold no spans",
                source=source,
            )
        if self.unread:
            path, exc = self.unread[0]
            line = Message(
                "{line}; {n} {n:file|files} could not be read ({path}: {reason})",
                line=line,
                n=len(self.unread),
                path=path,
                reason=_reason(exc, path),
            )
        raise InvalidInput("{line}; nothing was imported", line=line)


def _type_meant(word: str, types: Iterable[str]) -> str | None:
    by_fold = {t.casefold(): t for t in types}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    close = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def check_import_options(extra: dict, labels: Iterable[str] = ()) -> None:
    """The options every file shares, checked once before any file is read.
    A label map's target that is almost one of the project's ``labels``
    (COMPNY, company) is a typo: it would become a label of its own, its
    spans gold under it."""
    if extra.get("encoding"):
        check_encoding(extra["encoding"])
    labels = list(labels)
    for target in (extra.get("label_map") or {}).values():
        check_label_name(target, "--label-map")
        meant = label_meant(target, labels)
        if meant is not None:
            raise InvalidInput(
                "--label-map: {target!r} is not a label of this project ({labels}); did you mean {meant}?",
                target=target,
                labels=", ".join(labels),
                meant=meant,
            )


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

    The COMMIT runs on the importing thread, which owns the connection; the
    next file is read meanwhile (see _read_ahead)."""

    def __init__(self, project: Project, report: ImportReport, on_commit):
        self.project = project
        self.report = report
        self.on_commit = on_commit
        self.texts: list[tuple[str, list[NewDocument]]] = []
        self.committed = 0
        self.renamed_committed = 0
        self.started = 0.0
        self._open = False

    def begin(self) -> None:
        """Start a batch; its transaction opens at its first write."""
        self.started = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self.started > BATCH_SECONDS

    def open(self) -> None:
        """Take the write lock for this batch."""
        if self._open:
            return
        self.project.transaction.begin()  # the write lock: a wait is bounded and reported
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
            for doc in docs:
                doc_id, created = next(stored)
                if created:
                    self.report.added.append(doc_id)
                    _note_renamed(self.report, source, doc, doc_id)
                else:
                    self.report.skipped.append((source, doc_id))
        self.texts = []

    def rollback(self) -> None:
        """Take back everything written since the last commit."""
        self.texts = []
        del self.report.added[self.committed :]
        del self.report.renamed[self.renamed_committed :]
        if self._open:
            self._open = False
            self.project.transaction.rollback()

    def commit(self, flush: bool = True) -> None:
        """Commit the batch and report what it made durable."""
        if flush:
            self.flush()
        if not self._open:
            return
        self._open = False
        done = self.report.added[self.committed :]
        self.committed = len(self.report.added)
        self.renamed_committed = len(self.report.renamed)
        try:
            self.project.transaction.commit()
        except BaseException:
            self.project.transaction.rollback()
            raise
        if self.on_commit and done:
            self.on_commit(done)


def _parse(path: Path, options: ImportOptions) -> list[ExchangeDoc] | BaseException:
    """A file read and parsed whole, before anything of it is written; its
    error, if any, is returned to be reported with the others. The documents
    of a labelled file are marked ``_labelled`` in their meta."""
    try:
        refuse_pipe(path)  # before any reader opens it: a pipe with no writer waits for ever
        fmt = format_for(path, options.fmt)
        extra = options.extra
        sniffed = fmt.name in CLUENER_ENDINGS_OF
        if options.fmt == "auto" and sniffed and looks_like_cluener(path, extra.get("encoding")):
            fmt = FORMATS["cluener"]
            extra = {**extra, "label_map": extra.get("label_map") or options.cluener_map}
        docs = read_documents(fmt, path, extra)
        if not docs:
            raise InvalidInput("{path}: no documents in the file", path=path)
        if _export_of_suggestions(path):  # machine output, not anyone's gold
            for doc in docs:
                meta = {k: v for k, v in (doc.meta or {}).items() if k not in (STATUS, LABELLED)}
                doc.meta = left_out_meta(meta, suggestions=len(doc.spans))
                doc.spans = []
            return docs
        if fmt.name in LABELLED_FORMATS or (
            fmt.name in LABELLED_WITH_SPANS and any(d.spans for d in docs)
        ):
            for doc in docs:
                doc.meta = {**(doc.meta or {}), LABELLED: True}
        return docs
    except (BiaozhuError, OSError, UnicodeError) as exc:
        return exc


def _export_of_suggestions(path: Path) -> bool:
    """Whether ``path`` is Biaozhu's export of pending suggestions, as the
    manifest beside it (or inside its folder) says, listing it unchanged (a
    folder's files are not hashed again)."""
    if path.is_dir():
        return _suggestions_manifest(path / FOLDER_MANIFEST) is not None
    for manifest, name in (
        (path.with_name(path.name + MANIFEST_SUFFIX), path.name),
        (path.parent / FOLDER_MANIFEST, path.name),
    ):
        listed = _suggestions_manifest(manifest)
        if listed is not None and name in listed:
            return listed[name] == sha256_of(path)
    return False


def _suggestions_manifest(path: Path) -> dict[str, str] | None:
    """The files an export of suggestions lists ({name: sha256}) when ``path``
    is its manifest; None for any other file (read once per folder, however
    many of its files are imported one by one)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _read_suggestions_manifest(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _read_suggestions_manifest(path: str, _mtime_ns: int, _size: int) -> dict[str, str] | None:
    manifest = read_manifest(Path(path)) or {}
    selection = manifest.get("selection")
    if not isinstance(selection, dict) or selection.get("kind") != "suggestions":
        return None
    return listed_files(manifest)


CLUENER_SNIFF_BYTES = 1 << 16
# The formats whose endings a CLUENER file may have: CLUENER2020 ships its
# JSON lines as train.json and dev.json, which is Label Studio's ending.
CLUENER_ENDINGS_OF = frozenset({"jsonl", "label-studio"})


def cluener_label_map(labels: Iterable[str]) -> dict[str, str]:
    """Each CLUENER type to the project label of the same name (company → COMPANY)."""
    from models.io.formats.cluener import CLUENER_TYPES

    upper = {label.upper(): label for label in labels}
    return {t: upper[t.upper()] for t in CLUENER_TYPES if t.upper() in upper}


def looks_like_cluener(path: Path, encoding: str | None = None) -> bool:
    """Whether a JSON-lines file is CLUENER's: its first record has a "text"
    string and a "label" object of entity types, and no "spans". The first
    line is read in any encoding the readers take (GB18030, UTF-16…)."""
    import orjson

    try:
        with open(path, "rb") as fh:
            head = fh.read(CLUENER_SNIFF_BYTES)
    except OSError:
        return False
    first = _first_line(head, encoding)
    try:
        record = orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return (
        isinstance(record, dict)
        and isinstance(record.get("text"), str)
        and isinstance(record.get("label"), dict)
        and "spans" not in record
    )


def _first_line(head: bytes, encoding: str | None) -> str | bytes:
    """The first non-empty line of a file's first bytes, decoded as its reader
    would decode the file (a character cut at the end of ``head`` is dropped)."""
    if encoding is None and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif encoding is None and b"\x00" in head:  # UTF-16 without a mark: ASCII's other byte
        encoding = "utf-16-le" if head.index(b"\x00") % 2 else "utf-16-be"
    if encoding is None:
        line = next((x for x in head.removeprefix(codecs.BOM_UTF8).splitlines() if x.strip()), b"")
        try:
            line.decode("utf-8")
            return line
        except UnicodeDecodeError:
            encoding = "gb18030"
    if encoding.replace("_", "-").lower().startswith("utf-16"):
        head = head[: len(head) // 2 * 2]
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return next((x for x in text.splitlines() if x.strip()), "")


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
        report.files += _more_files(path, docs, options.fmt)
        folded = {} if options.extra.get("label_map") else fold_labels(project, docs)
        left_out = _left_out(docs)
        labelled = any((doc.meta or {}).get(LABELLED) for doc in docs)
        statuses = any((doc.meta or {}).get(STATUS) not in (None, "todo") for doc in docs)
        if (
            not labelled
            and not statuses
            and not any(doc.spans for doc in docs)
            and options.status in (None, "todo")
        ):
            batch.gather(path, [_new_document(doc, path) for doc in docs])
            _add_counts(report.left_out, left_out)
            return
        # every record checked before the write lock is taken: a bad one
        # refuses the file without keeping anyone's writes waiting
        new = [_checked(project, doc, path) for doc in docs]
        batch.flush()
        batch.open()
        with project.transaction():
            outcome = [
                _store(project, doc, d, path, options) for doc, d in zip(docs, new, strict=True)
            ]
    except BiaozhuError as exc:
        report.failed.append((str(path), _reason(exc, path)))
        report.errors[str(path)] = Message.of(exc)
        return
    except FileNotFoundError:
        report.failed.append((str(path), "no such file"))
        report.errors[str(path)] = Message("no such file")
        return
    except (OSError, UnicodeError) as exc:
        english = f"{exc.__class__.__name__}: {exc}"
        report.failed.append((str(path), english))
        words = system_words(exc)  # permission denied, a folder…: the window's words
        if words is not None:
            report.errors[str(path)] = SystemWords(words, words.reason, english)
        return
    _add_counts(report.left_out, left_out)
    _add_counts(report.labels_folded, folded)
    for doc, (doc_id, outcome_of, spans, why) in zip(new, outcome, strict=True):
        if outcome_of == "added":
            report.added.append(doc_id)
            report.spans += spans
            _note_renamed(report, str(path), doc, doc_id)
        elif outcome_of == "layer":
            report.layers.append((str(path), doc_id, spans))
        elif outcome_of == "kept":
            report.kept.append((str(path), doc_id, why))
        else:
            report.skipped.append((str(path), doc_id))


def _more_files(path: Path, docs: list[ExchangeDoc], fmt: str) -> int:
    """The files beyond the one input a folder read whole held: a brat
    folder's documents came from a .ann (with its .txt) each, counted as the
    same folder walked without --format counts them, not as one file."""
    reader = FORMATS.get(fmt)
    if reader is None or not reader.file_per_document or not path.is_dir():
        return 0
    return max(len(docs) - 1, 0)


def _add_counts(into: dict, counts: dict) -> None:
    for key, n in counts.items():
        into[key] = into.get(key, 0) + n


def _left_out(docs: list[ExchangeDoc]) -> dict[str, int]:
    """What the documents' records held that no span keeps, by kind."""
    out: dict[str, int] = {}
    for doc in docs:
        counts = (doc.meta or {}).get(LEFT_OUT)
        if isinstance(counts, dict):
            _add_counts(
                out,
                {
                    k: n
                    for k, n in counts.items()
                    if k in LEFT_OUT_KINDS or (isinstance(k, str) and k.startswith(UNMAPPED))
                },
            )
    return out


def fold_labels(project: Project, docs: list[ExchangeDoc]) -> dict[tuple[str, str], int]:
    """Span labels that differ from a label only in case taken as that label,
    as a CLUENER file's ``company`` is the project's COMPANY
    (``cluener_label_map``) and a ``--label-map`` target in another case is
    refused as a typo of the project's label: one entity's spans are not
    split between ``Company`` and ``COMPANY`` (Label Studio's labels are
    case-sensitive). A label the project has is the one taken; where it has
    none, the spelling most of the file's spans use (the first, on a tie),
    which the import adds. Changes ``docs``' spans (a span that becomes the
    same as another of its document is one); returns (label, taken): spans."""
    labels = project.label_names()
    counts: dict[str, int] = {}
    for doc in docs:
        for span in doc.spans:
            if span.label not in labels:
                counts[span.label] = counts.get(span.label, 0) + 1
    if not counts:
        return {}
    taken = {label.casefold(): label for label in reversed(labels)}  # the first, of two
    spellings: dict[str, list[str]] = {}
    for label in counts:
        spellings.setdefault(label.casefold(), []).append(label)
    for key, found in spellings.items():
        if key not in taken:
            taken[key] = max(found, key=lambda label: counts[label])  # max keeps the first
    as_taken = {label: taken[label.casefold()] for label in counts}
    as_taken = {label: target for label, target in as_taken.items() if target != label}
    if not as_taken:
        return {}
    for doc in docs:
        spans = [
            replace(s, label=as_taken[s.label]) if s.label in as_taken else s for s in doc.spans
        ]
        unique = {(s.start, s.end, s.label): s for s in reversed(spans)}
        doc.spans = [s for s in spans if unique[(s.start, s.end, s.label)] is s]
    return {(label, target): counts[label] for label, target in as_taken.items()}


def _note_renamed(report: ImportReport, source: str, doc: NewDocument, doc_id: str) -> None:
    """A new document stored under another id than its file gave (that id
    names another article here): kept in the report, which says so."""
    asked = (doc.doc_id or "").strip()
    if asked and asked != doc_id:
        report.renamed.append((source, asked, doc_id))


def _new_document(doc: ExchangeDoc, path: Path) -> NewDocument:
    """The document as the store takes it, checked now so that a bad text fails
    its own file, not the batch it would have been written with, and hashed
    now, while the previous batch may still be committing."""
    try:
        check_text(doc.text)
    except InvalidInput as exc:
        if doc.line:  # which of the file's documents: the file holds many
            raise InvalidInput(
                "{path}:{doc_line}: {exc}", path=path, doc_line=doc.line, exc=exc
            ) from None
        raise
    meta = dict(doc.meta or {})
    meta.pop(LABELLED, None)
    meta.pop(STATUS, None)
    meta.pop(LEFT_OUT, None)
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
    return _reason_text(str(exc), path)


def _reason_text(message: str, path: Path | str) -> str:
    """The message without the file's name in front (as given, or as a
    message shows it: ``shown``), since the report names the file."""
    for prefix in (f"{path}: ", f"{shown(path)}: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def _checked(project: Project, doc: ExchangeDoc, path: Path) -> NewDocument:
    """The document as the store takes it, its spans checked among themselves
    as ``add_spans`` will check them (read-only: no write lock)."""
    new = _new_document(doc, path)
    try:
        project.check_new_spans(doc.text, doc.spans)
    except SpanRefused as exc:
        raise _span_refused(doc, exc) from None
    return new


def _span_refused(doc: ExchangeDoc, exc: SpanRefused) -> InvalidInput:
    where = Message("line {line}: ", line=doc.line) if doc.line else ""
    span = exc.span
    return InvalidInput(
        "{where}span {span_text!q} ({span_start}..{span_end}): {exc}",
        where=where,
        span_text=span.text,
        span_start=span.start,
        span_end=span.end,
        exc=exc,
    )


def _store(
    project: Project, doc: ExchangeDoc, new: NewDocument, path: Path, options: ImportOptions
) -> tuple[str, str, int, Message | None]:
    """One document written: (its id, "added" | "layer" | "kept" | "skipped",
    spans brought in, why it was kept). A text the project holds already is
    skipped, unless the file annotates it: then its spans become the importing
    annotator's layer there, when that annotator has none yet."""
    doc_id, created = project.add_documents([new], checked=True)[0]
    meta = doc.meta or {}
    who = options.annotator or project.annotator
    if not created and not (doc.spans or meta.get(LABELLED)):
        return doc_id, "skipped", 0, None
    if not created:
        why = _layer_held(project, doc_id, who)
        if why:
            return doc_id, "kept", 0, why
    for label in dict.fromkeys(span.label for span in doc.spans):
        _ensure_label(project, label)
    try:
        project.add_spans(doc_id, doc.spans, origin="imported", annotator=who)
    except SpanRefused as exc:
        raise _span_refused(doc, exc) from None
    status = (
        options.status or meta.get(STATUS) or ("done" if doc.spans or meta.get(LABELLED) else None)
    )
    if status and status != "todo":
        project.set_status(doc_id, status, annotator=who)
    return doc_id, "added" if created else "layer", len(doc.spans), None


def _layer_held(project: Project, doc_id: str, who: str) -> Message | None:
    """Why ``who`` has a layer in the document already (their spans, or a
    status past to do), or None when they have none."""
    spans = project.conn.execute(
        "SELECT count(*) FROM annotations WHERE doc_id = ? AND annotator = ?", (doc_id, who)
    ).fetchone()[0]
    if spans:
        return Message("{who} has {spans} {spans:span|spans} there already", who=who, spans=spans)
    status = project.status(doc_id, who)
    if status != "todo":
        return Message("{who} has begun it already ({status})", who=who, status=status)
    return None


def _ensure_label(project: Project, name: str) -> None:
    if name in project.label_names():
        return
    colour = PALETTE[len(project.label_names()) % len(PALETTE)]
    used = {lab.hotkey for lab in project.labels()}
    key = next((str(k) for k in range(1, 10) if str(k) not in used), "")
    project.add_label(Label(name, colour, key, "added by import"))
