"""Bringing a corpus run back into a project: chosen documents come in with
their suggestions, pending, each with the source and version that proposed it.

A document is chosen when ``--where`` holds for at least one of its
suggestions (every document without it); ``--sample N`` then takes N of the
chosen ones at random, the same N for the same seed. Documents new to the
project are added first; the suggestions replace a document's undecided ones
as ``suggest --project`` does, so every decision a curator took stays."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from models.corpus.manifest import Manifest, read_manifest
from models.corpus.partition import check_suggestion, read_partition, suggestions_of
from models.corpus.where import parse_where
from models.domain import Suggestion
from models.errors import InvalidInput, Message
from models.learn.evidence import note_shifts
from models.progress import Cancelled, NoProgress, Progress
from models.store.documents import NewDocument, check_text

if TYPE_CHECKING:
    from models.store import Project
    from models.store.suggestions import StoreResult

# Documents written per transaction: one fsync per batch, not per document.
BATCH = 500


@dataclass(frozen=True)
class SuggestionImport:
    chosen: int  # documents the selection chose
    new: int  # of them, documents the project did not have
    suggestions: int  # stored or updated as pending
    partitions: int  # read to find them


@dataclass(frozen=True)
class Choice:
    partition: str  # output file name
    rows: np.ndarray  # row numbers, ascending


def import_suggestions(
    project: Project,
    out: Path,
    *,
    sample: int | None = None,
    seed: int = 0,
    where: str | None = None,
    progress: Progress = NoProgress(),  # noqa: B008 - stateless, safe to share
) -> SuggestionImport:
    condition = parse_where(where) if where is not None else None
    if sample is not None and sample < 1:
        raise InvalidInput("--sample wants a number of documents of at least 1")
    manifest = read_manifest(out)
    choices = choose(out, manifest, condition)
    if condition is not None and not choices:  # a typo (label == 'COMPNY') says so
        held = ", ".join(f"{label} {n}" for label, n in manifest.labels().items()) or "none"
        raise InvalidInput(
            "no document of {out} has a suggestion for which --where {where!r} holds (its suggestions: {held})",
            out=out,
            where=where,
            held=held,
        )
    if sample is not None:
        choices = sample_rows(choices, sample, seed)
    total = sum(len(c.rows) for c in choices)
    _check_rows(out, choices)  # before the first write: bad input changes nothing
    new = stored = 0
    progress.start(total, Message("import"))
    try:
        for batch in _batches(out, manifest, choices):
            if progress.cancelled():
                raise Cancelled()
            added, results = _store(project, batch, manifest)
            new += added
            stored += sum(r.added + r.updated + r.unchanged for r in results)
            progress.advance(len(batch))
    finally:
        progress.finish()
    return SuggestionImport(total, new, stored, len(choices))


def choose(out: Path, manifest: Manifest, condition: pc.Expression | None) -> list[Choice]:
    """The rows of each partition that the condition chooses."""
    choices = []
    for part in manifest.partitions:
        if condition is None:
            rows = np.arange(part.documents, dtype=np.int64)
        else:
            spans = read_partition(out / part.output, ["spans"]).column("spans").combine_chunks()
            flat = pa.Table.from_struct_array(spans.flatten())
            flat = flat.append_column("row", pc.list_parent_indices(spans))
            rows = np.unique(_matching(flat, condition).to_numpy()).astype(np.int64)
        if len(rows):
            choices.append(Choice(part.output, rows))
    return choices


def _matching(flat: pa.Table, condition: pc.Expression) -> pa.ChunkedArray:
    """The ``row`` of each span the condition holds for."""
    try:
        return flat.filter(condition).column("row")
    except pa.ArrowException as exc:
        raise InvalidInput("--where: {exc}", exc=exc) from None


def sample_rows(choices: Sequence[Choice], n: int, seed: int) -> list[Choice]:
    """``n`` of the chosen rows, uniformly and reproducibly: the same seed and
    the same run always give the same documents."""
    counts = np.array([len(c.rows) for c in choices], dtype=np.int64)
    total = int(counts.sum())
    if n >= total:
        return list(choices)
    picks = np.array(sorted(random.Random(seed).sample(range(total), n)), dtype=np.int64)
    bounds = np.concatenate([[0], np.cumsum(counts)])
    sampled = []
    for i, choice in enumerate(choices):
        mine = picks[(picks >= bounds[i]) & (picks < bounds[i + 1])] - bounds[i]
        if len(mine):
            sampled.append(Choice(choice.partition, choice.rows[mine]))
    return sampled


def _check_rows(out: Path, choices: Sequence[Choice]) -> None:
    """Every chosen row as the import will store it, before the first write:
    the import commits a batch per transaction, so a damaged row found while
    storing would leave the batches before it in the project."""
    for choice in choices:
        table = read_partition(out / choice.partition, ["id", "text", "spans"])
        if len(choice.rows) and choice.rows[-1] >= table.num_rows:  # cut short after the run
            raise InvalidInput(
                "{path}: holds {rows} documents, fewer than its manifest lists; rerun suggest --corpus",
                path=out / choice.partition,
                rows=table.num_rows,
            )
        table = table.take(pa.array(choice.rows))
        for row in _rows(table):
            where = Message(
                "{partition}: document {doc_id}", partition=choice.partition, doc_id=row["id"]
            )
            try:
                check_text(row["text"])
            except InvalidInput as exc:
                raise InvalidInput("{where}: {exc}", where=where, exc=exc) from None
            for i, s in enumerate(suggestions_of(row["spans"] or [], where)):
                try:
                    check_suggestion(row["text"], s)
                except InvalidInput as exc:
                    raise InvalidInput(
                        "{where} span {i}: {exc}", where=where, i=i, exc=exc
                    ) from None


def _rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    """The table's rows as Python values, BATCH at a time: a whole partition
    as Python objects took several times its Arrow size (a dict and eight
    values a suggestion) on top of it."""
    for batch in table.to_batches(max_chunksize=BATCH):
        yield from batch.to_pylist()


def _batches(
    out: Path, manifest: Manifest, choices: Sequence[Choice]
) -> Iterator[list[tuple[NewDocument, list[Suggestion]]]]:
    batch: list[tuple[NewDocument, list[Suggestion]]] = []
    for chosen in _documents(out, manifest, choices):
        batch.append(chosen)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _documents(
    out: Path, manifest: Manifest, choices: Sequence[Choice]
) -> Iterator[tuple[NewDocument, list[Suggestion]]]:
    """Each chosen row as a document (its other columns as metadata) with its
    suggestions, read one partition at a time."""
    inputs = {p.output: p.path for p in manifest.partitions}
    for choice in choices:
        table = read_partition(out / choice.partition).take(pa.array(choice.rows))
        extra = [n for n in table.column_names if n not in ("id", "text", "spans", "version")]
        for row in _rows(table):
            doc = NewDocument(
                row["text"],
                source=inputs[choice.partition],
                meta=_meta(row, extra),
                doc_id=row["id"],
            )
            where = f"{out / choice.partition}: document {row['id']}"
            # A null list is no suggestions, as the check before the first write took it.
            yield doc, suggestions_of(row["spans"] or [], where)


def _store(
    project: Project, batch: list[tuple[NewDocument, list[Suggestion]]], manifest: Manifest
) -> tuple[int, list[StoreResult]]:
    """One batch in one transaction, with the note of the shifts the run's
    suggester applied (the project's record reads the scores by it)."""
    with project.transaction():
        note_shifts(project, manifest.version, manifest.shifts)
        placed = project.add_documents([doc for doc, _s in batch], checked=True)
        results = [
            project.store_suggestions(doc_id, suggestions)
            for (doc_id, _created), (_doc, suggestions) in zip(placed, batch, strict=True)
        ]
    return sum(created for _id, created in placed), results


def _meta(row: dict[str, Any], extra: Sequence[str]) -> dict[str, Any]:
    """A document's metadata: the other columns, and the keys of a ``meta``
    column (the exchange format's) as they are."""
    meta = {name: _plain(row[name]) for name in extra if name != "meta"}
    inner = _plain(row.get("meta"))
    if isinstance(inner, dict):
        return {**meta, **inner}
    return meta if inner is None else {**meta, "meta": inner}


def _plain(value: Any) -> Any:
    """A column value as document metadata (JSON): dates as ISO text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
