"""One export: select, split, write every part under temporary names, check,
write the manifest, then rename everything into place.

The project is read inside one read transaction, so an export taken while
someone annotates is a consistent snapshot. Nothing in the project changes."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

import models
from models.errors import InvalidInput
from models.io.export.select import Selection, iter_docs, select_layers
from models.io.export.split import assign, parse_split, part_names
from models.io.export.staging import MANIFEST, Staging
from models.io.format import Format, WriteContext, Writer
from models.io.registry import export_format, export_formats
from models.progress import Cancelled, NoProgress, Progress
from models.store import Project
from models.store.history import utc_now

PROGRESS_EVERY = 50
label_of = attrgetter("label")


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

    def summary(self) -> str:
        labels = ", ".join(f"{k} {v}" for k, v in self.by_label.items()) or "no spans"
        line = (
            f"exported {self.documents} document(s) with {self.spans} span(s) ({labels})"
            f" as {self.format} to {self.out}"
        )
        if len(self.parts) > 1:
            line += "; " + ", ".join(f"{name} {p['documents']}" for name, p in self.parts.items())
        return line

    def note_lines(self) -> list[str]:
        texts = {
            "spacy_retokenised_documents": "document(s) tokenised into characters so that"
            " every span lines up",
            "spacy_retokenised_spans": "span(s) did not fall on spaCy token boundaries"
            " (kept, on character tokens)",
            "spacy_overlapping_spans_only_in_sc": "overlapping span(s) only in doc.spans['sc'],"
            " not in doc.ents",
            "conll_overlapping_spans_left_out": "overlapping span(s) left out (IOB2 cannot"
            " hold them)",
            "conll_whitespace_left_out": "white-space character(s) left out of the token lines",
        }
        return [
            f"{value} {texts.get(key, key)}"
            for key, value in self.notes.items()
            if value and key in texts
        ]


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
    progress: Progress | None = None,
) -> ExportReport:
    """Write the selection of ``project`` as ``fmt`` to ``out`` (a file; a folder for
    brat or with ``split``), with ``manifest.json`` beside it. All or nothing."""
    form = export_format(fmt)
    cls = form.writer
    selection = selection or Selection()
    progress = progress or NoProgress()
    ratios = parse_split(split) if isinstance(split, str) else split
    out = Path(out)
    context = WriteContext(project.labels(), selection, dict(options or {}))
    staging = Staging()
    writers: dict[str, Writer] = {}
    own_transaction = not project.conn.in_transaction
    if own_transaction:
        project.conn.execute("BEGIN")  # one snapshot for the whole export
    try:
        layers = select_layers(project, selection)
        if not layers:
            raise InvalidInput(_nothing_message(selection))
        if ratios:
            if out.exists() and not out.is_dir():
                raise InvalidInput(f"{out} is a file; with --split, --out names a folder")
            parts = assign([doc_id for doc_id, _ in layers], ratios, seed)
            names = part_names(ratios)
            targets = {name: out / (name + cls.extension) for name in names}
            manifest_path = out / MANIFEST
        else:
            parts = None
            names = ("all",)
            targets = {"all": out}
            manifest_path = (out if cls.folder else out.parent) / MANIFEST
        for target in targets.values():
            staging.check(target, cls.folder)
        for name, path in targets.items():
            writers[name] = cls(staging.stage(path, folder=cls.folder), context)
        counts = {
            name: {"documents": 0, "spans": 0, "labels": Counter(), "ids": []} for name in names
        }
        progress.start(len(layers), "export")
        done = 0
        for doc in iter_docs(project, layers, selection, predictions=cls.wants_predictions):
            name = parts[doc.id] if parts else "all"
            writers[name].add(doc)
            c = counts[name]
            c["documents"] += 1
            c["spans"] += len(doc.spans)
            c["labels"].update(map(label_of, doc.spans))
            c["ids"].append(doc.id)
            done += 1
            if done % PROGRESS_EVERY == 0:
                progress.advance(PROGRESS_EVERY, doc.id)
                if progress.cancelled():
                    raise Cancelled()
        for w in writers.values():
            w.close()
        progress.advance(done % PROGRESS_EVERY)
        if progress.cancelled():
            raise Cancelled()
        report = _report(fmt, out, manifest_path, selection, counts, context)
        manifest = _manifest(
            project,
            form,
            writers,
            report,
            context,
            counts,
            ratios,
            seed,
            staging,
            manifest_path,
            targets,
        )
        temp_manifest = staging.stage(manifest_path)
        temp_manifest.write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        report.files = [final for final, _ in staging.written()]
        staging.commit()
        return report
    except BaseException:
        for w in writers.values():
            w.abort()
        staging.abort()
        raise
    finally:
        progress.finish()
        if own_transaction and project.conn.in_transaction:
            project.conn.execute("COMMIT")


def _nothing_message(selection: Selection) -> str:
    if selection.kind == "gold":
        return (
            "nothing to export: no gold yet (a document becomes gold when it is marked"
            " done or adjudicated)"
        )
    if selection.kind == "annotator":
        return f"nothing to export: {selection.annotator} has no spans or statuses"
    return "nothing to export: no pending suggestions"


def _report(
    fmt: str,
    out: Path,
    manifest_path: Path,
    selection: Selection,
    counts: dict[str, dict[str, Any]],
    context: WriteContext,
) -> ExportReport:
    total = Counter()
    for c in counts.values():
        total.update(c["labels"])
    order = [lab.name for lab in context.labels]
    by_label = {k: total[k] for k in order if total[k]} | {
        k: v for k, v in sorted(total.items()) if k not in order
    }
    parts = {
        name: {
            "documents": c["documents"],
            "spans": c["spans"],
            "by_label": {k: c["labels"][k] for k in by_label if c["labels"][k]},
        }
        for name, c in counts.items()
    }
    return ExportReport(
        fmt,
        out,
        manifest_path,
        selection.describe(),
        documents=sum(c["documents"] for c in counts.values()),
        spans=sum(c["spans"] for c in counts.values()),
        by_label=by_label,
        parts=parts,
        notes=dict(context.notes),
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest(
    project: Project,
    form: Format,
    writers: dict[str, Writer],
    report: ExportReport,
    context: WriteContext,
    counts: dict[str, dict[str, Any]],
    ratios: tuple[float, ...] | None,
    seed: int,
    staging: Staging,
    manifest_path: Path,
    targets: dict[str, Path],
) -> dict[str, Any]:
    base = manifest_path.parent
    files = {}
    for final, temp in staging.written():
        files[final.relative_to(base).as_posix()] = {
            "sha256": _sha256(temp),
            "bytes": temp.stat().st_size,
        }
    splits = {}
    for name, c in counts.items():
        splits[name] = report.parts[name] | {
            "path": targets[name].relative_to(base).as_posix() if targets[name] != base else ".",
            "document_ids": c["ids"],
        }
    return {
        "tool": "biaozhu",
        "version": models.__version__,
        "created": utc_now(),
        "format": form.name,
        "description": form.description,
        "offsets": form.writer.offsets,
        "project": {
            "id": project.project_id,
            "path": str(project.path.resolve()),
            "schema_version": project.schema_version,
        },
        "labels": [
            {
                "name": lab.name,
                "colour": lab.colour,
                "hotkey": lab.hotkey,
                "description": lab.description,
            }
            for lab in context.labels
        ],
        "labels_version": project.meta("labels_version"),
        "selection": report.selection,
        "split": ({"ratios": list(ratios), "seed": seed, "by": "document"} if ratios else None),
        "counts": {
            "documents": report.documents,
            "spans": report.spans,
            "by_label": report.by_label,
            "by_split": splits,
        },
        "notes": {k: v for k, v in report.notes.items() if v},
        "files": files,
        **next(iter(writers.values())).manifest_extra(),
    }
