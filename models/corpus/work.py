"""One partition's work, wherever it runs (a Dask worker, or this process):
read the input, skip it when its output is already there for the same input
and ensemble, else suggest every text and write the output atomically."""

from __future__ import annotations

import hashlib
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.corpus.inputs import InputFile, read_input
from models.corpus.partition import label_counts, partition_metadata, write_partition
from models.io.decode import read_file
from models.suggest.base import Suggester


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
    texts = documents.column("text").to_pylist()
    per_document = [ensemble.suggest(text) for text in texts]
    metadata = {
        "input": source.name,
        "input_sha256": digest,
        "input_bytes": size,
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "labels": label_counts(per_document),
        "seconds": round(time.perf_counter() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),
    }
    write_partition(target, documents, per_document, ensemble.version, metadata)
    return _summary(source, {"version": ensemble.version, **metadata}, computed=True)


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
