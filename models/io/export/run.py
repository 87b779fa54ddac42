"""One export: check where it goes, select, split, write every part under
hidden names, describe it in a manifest, then make it all visible at once.

The project is read inside one read transaction, so an export taken while
someone annotates is a consistent snapshot. Nothing in the project changes."""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, Message, counted, fill, shown
from models.io import manifest as manifests
from models.io.export.select import (
    Selection,
    check_sizes,
    gold_disagreements,
    iter_docs,
    select_layers,
    suggestion_versions,
)
from models.io.export.split import assign, parse_split, part_names
from models.io.export.staging import Staging, folder_lock, recover
from models.io.export.target import Target, check_target
from models.io.format import Format, WriteContext, Writer
from models.io.limits import SPACY_IMPORT_CHARS
from models.io.registry import export_format, export_formats
from models.progress import Cancelled, NoProgress, Progress
from models.store import Project
from models.store.history import chain_problem, utc_now
from models.system_errors import system_reason

PROGRESS_EVERY = 50
# Options every writer is given; one a format does not take may only keep its default.
OPTION_DEFAULTS: dict[str, Any] = {"segmenter": "char", "unit": "doc", "excel": False}
# Each note's English, a template of its count n ("{n} {n:span|spans}", models/errors.py);
# the window has its own words for each (desktop/gui/dialogs/export_dialog.py).
NOTES = {
    "spacy_split_words": "{n} jieba {n:word|words} split where a span begins or ends inside"
    " {n:it|them}",
    "spacy_spans_across_words": "{n} {n:span crosses|spans cross} jieba word boundaries (the"
    " words split there)",
    "spacy_overlapping_spans_only_in_sc": "{n} overlapping {n:span|spans} only in"
    " doc.spans['sc'], not in doc.ents",
    "spacy_not_importable": "{n} .spacy {n:file inflates|files inflate} past what Biaozhu's"
    f" import reads (128 MB, some {SPACY_IMPORT_CHARS:,} characters of text, or 100 times the"
    " file's size): spaCy loads {n:it|them}; to bring the spans back into a project, export"
    " jsonl",
    "conll_overlapping_spans_left_out": "{n} overlapping {n:span|spans} left out of the tags"
    " (IOB2 cannot hold them; the manifest lists them as conll.left_out, import puts them"
    " back)",
    "conll_whitespace_left_out": "{n} white-space {n:character is not a token line|characters"
    " are not token lines} (the manifest keeps where {n:it was|they were})",
    "hf_overlapping_spans_not_tagged": "{n} overlapping {n:span|spans} kept in 'spans' but not"
    " in 'ner_tags' (IOB2 cannot hold them)",
    "hf_spans_across_words": "{n} {n:span crosses|spans cross} jieba word boundaries (the"
    " words split there)",
    "brat_fragmented_spans": "{n} {n:span|spans} across line breaks written as fragments",
    "label_studio_scores_clipped": "{n} suggestion {n:score|scores} outside 0..1 clipped for"
    " Label Studio",
    "metrics_values_not_numbers": "{n} METRIC {n:value is not a number|values are not"
    " numbers}: left empty in the value column (jsonl keeps {n:it|them} as written)",
    "jsonl_keys_as_json_text": "{n} {n:key|keys} whose values mix types (a number here, a text"
    " there) written as JSON text in every record, so that each has one type (each record's"
    " meta.json_text names them; import reads them back)",
    "doccano_attrs_as_json_text": "{n} span {n:attribute|attributes} whose values mix types (a"
    " number here, a text there) written as JSON text in every record, so that each has one"
    " type (each record's json_text names them; import reads them back)",
    "documents_not_done": "{n} {n:document|documents} not marked done by {n:its|their}"
    " annotator: {n:its|their} spans may be unfinished (the manifest lists {n:it|them} as"
    " not_done; the export keeps {n:its|their} status, and import gives it back)",
    "gold_disagreements": "{n} gold {n:document|documents} marked done by annotators who"
    " disagree, not adjudicated: the layer of the first to mark it done is exported (the"
    " manifest lists them as disagreements; biaozhu agreement, Review > Compare)",
}


def note_words(key: str, count: int) -> str:
    """A note of an export (``ExportReport.notes``) in English: "1 span crosses…"."""
    return fill(NOTES[key], {"n": count})


@dataclass
class ExportReport:
    format: str
    out: Path
    manifest: Path
    selection: dict[str, Any]
    documents: int = 0
    spans: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)  # said once, as they are

    def summary(self) -> str:
        labels = ", ".join(f"{k} {v}" for k, v in self.by_label.items()) or "no spans"
        line = (
            f"exported {counted(self.documents, 'document')} with"
            f" {counted(self.spans, 'span')} ({labels})"
            f" as {self.format} to {shown(self.out, None)}"
        )
        if len(self.parts) > 1:
            line += "; " + ", ".join(f"{name} {p['documents']}" for name, p in self.parts.items())
        return line

    def note_lines(self) -> list[str]:
        lines = [
            note_words(key, value) for key, value in self.notes.items() if value and key in NOTES
        ]
        return lines + [str(message) for message in self.messages]


def _keys(keys: Counter, limit: int = 6) -> str:
    """The keys, sorted, the first ``limit`` of them named."""
    names = sorted(keys)
    return ", ".join(names[:limit]) + (", …" if len(names) > limit else "")


def formats() -> dict[str, Format]:
    """The formats an export can write, by name."""
    return export_formats()


def export_project(
    project: Project,
    fmt: str,
    out: str | Path,
    *,
    selection: Selection | None = None,
    split: str | tuple[float, ...] | None = None,
    seed: int = 0,
    options: dict[str, Any] | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportReport:
    """Write the selection of ``project`` as ``fmt`` to ``out`` (a file; a folder for
    brat, hf or with ``split``) with its manifest. All or nothing; an earlier
    export at ``out`` is replaced only with ``force``, and nothing else ever is."""
    form = export_format(fmt)
    selection = selection or Selection()
    options = _checked_options(form, options or {})
    ratios = parse_split(split) if isinstance(split, str) else split
    if str(out) in ("", "-"):  # the terminal, or nothing: an export is files, manifest and all
        raise InvalidInput(
            "--out {out}: an export is written to a file or folder with its manifest beside it,"
            " not to standard output; give a file name",
            out=str(out) or '""',
        )
    out = Path(out)
    if not out.name:  # "." or "/": an export is a file or folder of its own, beside others
        raise InvalidInput("--out {out} names no file or folder of its own; give one", out=out)
    command = _command(project, form, out, selection, split, seed, options, force)
    target = _target(form, out, bool(ratios))
    with folder_lock(_existing_ancestor(out.parent)), _snapshot(project):
        recover(target)
        earlier = check_target(project, target, force=force)
        check_sizes(project)
        # a history the chain does not prove (a label and its event edited
        # together): said, and recorded in the manifest, not refused
        unproven = chain_problem(project.conn)
        layers = select_layers(project, selection)
        if not layers:
            raise _nothing_to_export(selection)
        context = WriteContext(project.labels(), selection, options)
        if form.writer.wants_predictions or selection.kind == "suggestions":
            context.suggesters = suggestion_versions(project, layers, selection)
        job = _Job(project, form, target, context, Staging(target, earlier), ratios, seed)
        job.unproven = unproven
        if selection.kind == "gold":
            job.disagreements = gold_disagreements(project, layers)
            context.notes["gold_disagreements"] = len(job.disagreements)
        return job.run(layers, command, progress or NoProgress())


class _Job:
    def __init__(
        self,
        project: Project,
        form: Format,
        target: Target,
        context: WriteContext,
        staging: Staging,
        ratios: tuple[float, ...] | None,
        seed: int,
    ):
        self.project, self.form, self.target = project, form, target
        self.context, self.staging = context, staging
        self.ratios, self.seed = ratios, seed
        self.writers: dict[str, Writer] = {}
        self.statuses: Counter = Counter()  # of the layers written (gold: all done)
        self.not_done: list[str] = []
        self.disagreements: dict[str, list[str]] | None = None  # gold only
        # the keys of what the format has no place for (Writer.keeps_meta, keeps_attrs)
        self.meta_left_out: Counter = Counter()
        self.attrs_left_out: Counter = Counter()
        self.unproven: Message | None = None  # what the history's chain does not prove

    def run(self, layers: list, command: list[str], progress: Progress) -> ExportReport:
        try:
            self.staging.begin()
            parts = assign([d for d, _ in layers], self.ratios, self.seed) if self.ratios else None
            names = part_names(self.ratios) if self.ratios else ("all",)
            self.context.parts = names
            self._open_writers(names)
            counts = self._write(layers, parts, names, progress)
            for w in self._distinct_writers():
                w.close()
            self._write_sidecars()
            _stop_if_cancelled(progress)
            report = self._report(counts)
            manifest = self._manifest(report, counts, command)
            manifests.write_manifest(self.staging.path(self.target.manifest), manifest)
            base = self.target.manifest.parent
            report.files = [base / name for name in manifest["files"]]
            report.messages += self.staging.commit(last_chance=lambda: _stop_if_cancelled(progress))
            return report
        except BaseException as exc:
            for w in self._distinct_writers():
                # a writer whose file cannot be flushed (a full disk) must not
                # keep the staging from removing what the export wrote
                with contextlib.suppress(OSError):
                    w.abort()
            self.staging.abort()
            shown = None
            if isinstance(exc, OSError):
                # a hidden file the user never named, or a write that names no
                # file (a full disk): say theirs
                shown = (
                    self.target.out if exc.filename is None else self.staging.shown(exc.filename)
                )
            if shown is not None:
                raise InvalidInput(
                    "{path}: {exc_strerror}", path=shown, exc_strerror=system_reason(as_system(exc))
                ) from exc
            raise
        finally:
            progress.finish()

    def _open_writers(self, names: tuple[str, ...]) -> None:
        cls = self.form.writer
        if cls.splits_itself or not self.ratios:
            writer = cls(self.staging.path(self.target.out), self.context)
            self.writers = {name: writer for name in names}
            return
        for name in names:
            path = self.staging.path(self.target.out / (name + cls.extension))
            if cls.folder:
                path.mkdir()
            self.writers[name] = cls(path, self.context)

    def _write(self, layers: list, parts: dict[str, str] | None, names, progress: Progress):
        counts = {name: _PartCount() for name in names}
        progress.start(len(layers), Message("export"))
        cls = self.form.writer
        docs = iter_docs(
            self.project,
            layers,
            self.context.selection,
            predictions=cls.wants_predictions,
            original=cls.wants_original,
        )
        for done, doc in enumerate(docs, 1):
            doc.part = parts[doc.id] if parts else "all"
            if doc.status is not None:
                self.statuses[doc.status] += 1
                if doc.status != "done":
                    self.not_done.append(doc.id)
                    self.context.notes["documents_not_done"] += 1
            written = self.writers[doc.part].add(doc)
            counts[doc.part].add(doc.id, written)
            if not cls.keeps_meta and doc.meta_json and doc.meta_json != "{}" and doc.meta:
                self.context.notes["metadata_left_out"] += 1
                self.meta_left_out.update(doc.meta.keys())
            if not cls.keeps_attrs:
                for s in written:
                    if s.attrs_json != "{}":
                        self.context.notes["attributes_left_out"] += 1
                        self.attrs_left_out.update(json.loads(s.attrs_json).keys())
            if done % PROGRESS_EVERY == 0:
                progress.advance(PROGRESS_EVERY, doc.id)
                _stop_if_cancelled(progress)
        progress.advance(len(layers) % PROGRESS_EVERY)
        return counts

    def _write_sidecars(self) -> None:
        first = next(iter(self.writers.values()))
        for name, content in first.sidecars().items():
            final = (
                self.target.out / name if self.target.folder else _sidecar(self.target.out, name)
            )
            self.staging.path(final).write_text(content, encoding="utf-8", newline="\n")

    def _report(self, counts: dict[str, _PartCount]) -> ExportReport:
        total: Counter = Counter()
        for c in counts.values():
            total.update(c.labels)
        order = [lab.name for lab in self.context.labels]
        by_label = {k: total[k] for k in order if total[k]} | {
            k: v for k, v in sorted(total.items()) if k not in order
        }
        parts = {
            name: {
                "documents": c.documents,
                "spans": c.spans,
                "by_label": {k: c.labels[k] for k in by_label if c.labels[k]},
            }
            for name, c in counts.items()
        }
        return ExportReport(
            self.form.name,
            self.target.out,
            self.target.manifest,
            self.context.selection.describe(),
            documents=sum(c.documents for c in counts.values()),
            spans=sum(c.spans for c in counts.values()),
            by_label=by_label,
            parts=parts,
            notes=dict(self.context.notes),
            messages=self._unproven()
            + self._left_out()
            + [m for w in self._distinct_writers() for m in w.messages()],
        )

    def _unproven(self) -> list[Message]:
        if self.unproven is None:
            return []
        return [
            Message(
                "the history does not prove what was exported: {problem}; it was written as"
                " the tables hold it (run `biaozhu verify`)",
                problem=self.unproven,
            )
        ]

    def _left_out(self) -> list[Message]:
        """What the format has no place for, said with the keys it held."""
        out = []
        n = self.context.notes.get("metadata_left_out", 0)
        if n:
            out.append(
                Message(
                    "{n} {n:document's metadata|documents' metadata} ({keys}) not in the file:"
                    " {format} has no place for {n:it|them}; the jsonl export keeps metadata",
                    n=n,
                    keys=_keys(self.meta_left_out),
                    format=self.form.name,
                )
            )
        n = self.context.notes.get("attributes_left_out", 0)
        if n:
            out.append(
                Message(
                    "{n} {n:span's attributes|spans' attributes} ({keys}) not in the file:"
                    " {format} holds labels only; the jsonl, spacy, hf, doccano, brat and"
                    " label-studio exports keep them",
                    n=n,
                    keys=_keys(self.attrs_left_out),
                    format=self.form.name,
                )
            )
        return out

    def _manifest(self, report: ExportReport, counts, command: list[str]) -> dict[str, Any]:
        first = next(iter(self.writers.values()))
        splits = {}
        for name, c in counts.items():
            splits[name] = report.parts[name] | {
                "path": first.part_path(name, self.ratios is not None, self.target.out.name),
                "document_ids": c.ids,
            }
        labels = [
            {"name": x.name, "colour": x.colour, "hotkey": x.hotkey, "description": x.description}
            for x in self.context.labels
        ]
        return manifests.header(self.form, command, utc_now()) | {
            "project": manifests.project_record(self.project),
            "labels": labels,
            "labels_version": self.project.meta("labels_version"),
            "selection": report.selection,
            "split": (
                {"ratios": list(self.ratios), "seed": self.seed, "by": "document"}
                if self.ratios
                else None
            ),
            "options": {k: v for k, v in self.context.options.items() if k in first.options},
            "counts": {
                "documents": report.documents,
                "spans": report.spans,
                "by_label": report.by_label,
                "by_split": splits,
            }
            | self._status_counts(),
            "notes": {k: v for k, v in report.notes.items() if v},
            "files": manifests.file_entries(self.staging.written()),
            **({"not_done": self.not_done} if self.statuses else {}),
            **({"disagreements": self.disagreements} if self.disagreements is not None else {}),
            **self._format_records(),
            **({"history_not_proven": str(self.unproven)} if self.unproven else {}),
        }

    def _status_counts(self) -> dict[str, Any]:
        """Documents by their annotator's status (a layer's, not suggestions')."""
        if not self.statuses:
            return {}
        order = ("done", "in_progress", "todo")
        return {"by_status": {s: self.statuses[s] for s in order if self.statuses[s]}}

    def _format_records(self) -> dict[str, Any]:
        """What the writers (one per --split part) say about the format, merged."""
        merged: dict[str, Any] = {}
        for writer in self._distinct_writers():
            _merge(merged, writer.manifest_extra())
        return merged

    def _distinct_writers(self) -> list[Writer]:
        """One per --split part, or one for all parts (a format that splits itself)."""
        return list({id(w): w for w in self.writers.values()}.values())


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into.setdefault(key, value)


class _PartCount:
    def __init__(self) -> None:
        self.documents = 0
        self.spans = 0
        self.labels: Counter = Counter()
        self.ids: list[str] = []

    def add(self, doc_id: str, written: list) -> None:
        self.documents += 1
        self.spans += len(written)
        self.labels.update(s.label for s in written)
        self.ids.append(doc_id)


def as_system(exc: OSError) -> OSError:
    """A library's error of the operating system as the system says it:
    pyarrow (the Hugging Face folder, the Parquet and CSV tables) wraps the
    system's words in its own ("Error writing bytes to file. Detail: [errno
    28] No space left on device"), where every other writer says "No space
    left on device"."""
    code = exc.errno
    if not isinstance(code, int) or not exc.strerror:
        return exc
    words = os.strerror(code)
    if exc.strerror == words or words not in exc.strerror:
        return exc  # the system's own words, or a library's that say more
    return OSError(code, words, exc.filename)


def _stop_if_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()


def _target(form: Format, out: Path, split: bool) -> Target:
    folder = form.folder or split
    sidecars = () if folder else tuple(_sidecar(out, n) for n in form.writer.sidecar_names)
    return Target(out, folder, sidecars)


def _sidecar(out: Path, name: str) -> Path:
    """A file written beside a file export: ``tasks.json`` → ``tasks.labeling_config.xml``."""
    return out.with_name(f"{out.stem}.{name}")


def _checked_options(form: Format, options: dict[str, Any]) -> dict[str, Any]:
    taken = form.writer.options
    out = {}
    for key, value in options.items():
        if value is None:
            continue
        if key in taken:
            out[key] = value
        elif value != OPTION_DEFAULTS.get(key):
            shown = key if value is True else f"{key} {value}"
            raise InvalidInput(
                "--{shown} does not apply to the {form_name} format",
                shown=shown,
                form_name=form.name,
            )
    for key in taken:
        out.setdefault(key, OPTION_DEFAULTS[key])
    return out


def _command(project, form, out, selection, split, seed, options, force) -> list[str]:
    """The command line that makes this export, from the window as from a terminal,
    with the project and the output named by their file names only."""
    argv = ["biaozhu", "export", project.path.name, "--format", form.name, "--out", out.name]
    if selection.kind == "suggestions":
        argv.append("--suggestions")
    if selection.annotator:
        argv += ["--annotator", selection.annotator]
    if split:
        argv += [
            "--split",
            ":".join(f"{r:g}" for r in split) if not isinstance(split, str) else split,
        ]
        argv += ["--seed", str(seed)]
    for key, value in options.items():
        if value != OPTION_DEFAULTS.get(key):
            argv += [f"--{key}"] if value is True else [f"--{key}", str(value)]
    return argv + (["--force"] if force else [])


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


@contextlib.contextmanager
def _snapshot(project: Project) -> Iterator[None]:
    """One read transaction for the whole export (a consistent snapshot)."""
    own = not project.conn.in_transaction
    if own:
        project.conn.execute("BEGIN")
    try:
        yield
    finally:
        if own and project.conn.in_transaction:
            project.conn.execute("COMMIT")


def _nothing_to_export(selection: Selection) -> InvalidInput:
    if selection.kind == "gold":
        return InvalidInput(
            "nothing to export: no gold yet (a document becomes gold when it is marked"
            " done or adjudicated)"
        )
    if selection.kind == "annotator":
        return InvalidInput(
            "nothing to export: {annotator} has no spans or statuses",
            annotator=selection.annotator,
        )
    return InvalidInput("nothing to export: no pending suggestions")
