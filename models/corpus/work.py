"""One partition's work, wherever it runs (a Dask worker, or this process):
read the input, skip it when its output is already there for the same input
and ensemble, else suggest every text and write the output atomically."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from models.corpus.inputs import InputFile, read_input
from models.corpus.partition import (
    SPANS,
    label_counts,
    partition_metadata,
    spans_column,
    write_partition,
)
from models.io.decode import read_file
from models.suggest.base import Suggester

# Texts suggested before their suggestions become Arrow columns: enough that
# the per-batch overhead is nothing, few enough that a batch's Python
# objects stay a few megabytes.
SUGGEST_BATCH = 1000


@dataclass(frozen=True)
class PartitionSummary:
    """What the manifest records of one partition."""

    input: str  # relative to the corpus root
    path: str  # where it was read from
    output: str
    sha256: str
    bytes: int
    documents: int
    characters: int
    labels: dict[str, int]
    seconds: float  # computing it, when it was computed
    cpu_seconds: float  # of which the worker's processor time (load does not change it)
    computed: bool  # by this run (False: it was already there)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def suggest_partition(source: InputFile, out_dir: str, ensemble: Suggester) -> PartitionSummary:
    """Suggestions for one input file into ``out_dir``, unless already there
    for the same input bytes (their SHA-256) and the same ensemble version."""
    started, cpu_started = time.perf_counter(), time.process_time()
    data = read_file(source.path)
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    target = Path(out_dir) / source.output_name
    done = partition_metadata(target)
    if done and (done.get("input_sha256"), done.get("version")) == (digest, ensemble.version):
        return _summary(source, done, computed=False)
    documents = read_input(source, data)
    del data
    spans, labels, characters = _suggested(documents.column("text"), ensemble)
    metadata = {
        "input": source.name,
        "input_sha256": digest,
        "input_bytes": size,
        "documents": documents.num_rows,
        "characters": characters,
        "labels": dict(sorted(labels.items())),
        "seconds": round(time.perf_counter() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),
    }
    write_partition(target, documents, spans, ensemble.version, metadata)
    return _summary(source, {"version": ensemble.version, **metadata}, computed=True)


def _suggested(
    texts: pa.ChunkedArray, ensemble: Suggester
) -> tuple[pa.ChunkedArray, Counter[str], int]:
    """Every text's suggestions as the partition's ``spans`` column, a batch of
    texts at a time: held as Python objects until the end, the suggestions of
    a large input took several times its size (a worker at 500 MB for 20 MB
    of text), where Arrow's columns take little more than the text."""
    chunks, labels, characters = [], Counter(), 0
    for offset in range(0, len(texts), SUGGEST_BATCH):
        batch = texts.slice(offset, SUGGEST_BATCH).to_pylist()
        per_document = [ensemble.suggest(text) for text in batch]
        chunks.append(spans_column(per_document))
        labels.update(label_counts(per_document))
        characters += sum(map(len, batch))
    return pa.chunked_array(chunks, SPANS), labels, characters


def _summary(source: InputFile, described: dict[str, Any], *, computed: bool) -> PartitionSummary:
    return PartitionSummary(
        input=source.name,
        path=source.path,
        output=source.output_name,
        sha256=described["input_sha256"],
        bytes=described["input_bytes"],
        documents=described["documents"],
        characters=described["characters"],
        labels=described["labels"],
        seconds=described["seconds"],
        cpu_seconds=described["cpu_seconds"],
        computed=computed,
    )
