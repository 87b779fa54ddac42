"""The output partition format, reader and writer: one Parquet file per input
file with the input's columns, ``spans`` and ``version``.

``spans`` is a list of structs (start, end, label, text, score, source,
version, attributes) per document; ``attributes`` is the suggestion's
attribute object as JSON text, because its keys differ from label to label
and grow with the rules, while one schema must hold across partitions (and
JSON keeps every value exactly). ``version`` is the ensemble's version.
The file's schema metadata says which input it was computed from (its
SHA-256) and by which ensemble, so a rerun can tell whether it is done."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from models.corpus.atomic import write_atomically
from models.corpus.parquet import check_footer, read_parquet
from models.domain import Suggestion, check_offsets
from models.errors import InvalidInput
from models.io.jsontext import load_json

FORMAT = "biaozhu-corpus-suggestions/1"
METADATA_KEY = b"biaozhu.corpus"

SPAN = pa.struct(
    [
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("label", pa.string()),
        ("text", pa.string()),
        ("score", pa.float64()),
        ("source", pa.string()),
        ("version", pa.string()),
        ("attributes", pa.string()),
    ]
)
SPANS = pa.list_(SPAN)


def spans_column(per_document: Sequence[Sequence[Suggestion]]) -> pa.Array:
    """Each document's suggestions as one list-of-structs column, built field by
    field (a list of dicts per row would cost a Python object per value)."""
    flat = [s for suggestions in per_document for s in suggestions]
    offsets = [0]
    for suggestions in per_document:
        offsets.append(offsets[-1] + len(suggestions))
    fields = [
        pa.array([s.start for s in flat], pa.int32()),
        pa.array([s.end for s in flat], pa.int32()),
        pa.array([s.label for s in flat], pa.string()),
        pa.array([s.text for s in flat], pa.string()),
        pa.array([s.score for s in flat], pa.float64()),
        pa.array([s.source for s in flat], pa.string()),
        pa.array([s.version for s in flat], pa.string()),
        pa.array([orjson.dumps(s.attrs).decode() for s in flat], pa.string()),
    ]
    spans = pa.StructArray.from_arrays(fields, fields=list(SPAN))
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), spans, type=SPANS)


def label_counts(per_document: Sequence[Sequence[Suggestion]]) -> dict[str, int]:
    counts = Counter(s.label for suggestions in per_document for s in suggestions)
    return dict(sorted(counts.items()))


def write_partition(
    path: Path,
    documents: pa.Table,
    spans: pa.Array | pa.ChunkedArray,
    version: str,
    metadata: dict[str, Any],
) -> None:
    """The documents with their suggestions (``spans_column``), written atomically."""
    table = documents.append_column("spans", spans).append_column(
        "version", pa.array([version] * documents.num_rows, pa.string())
    )
    described = {"format": FORMAT, "version": version, **metadata}
    table = table.replace_schema_metadata({METADATA_KEY: orjson.dumps(described)})
    write_atomically(path, lambda temp: pq.write_table(table, temp))


def partition_metadata(path: Path) -> dict[str, Any] | None:
    """What a written partition says about itself, or None when there is no
    readable partition at ``path`` (then it is to be computed)."""
    try:
        check_footer(path, path)  # a huge string in it is not parsed: recomputed
        raw = (pq.read_schema(path).metadata or {}).get(METADATA_KEY)
        described = orjson.loads(raw) if raw else None
    except (OSError, InvalidInput, pa.ArrowException, orjson.JSONDecodeError):
        return None
    return described if isinstance(described, dict) and described.get("format") == FORMAT else None


def read_partition(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The columns of a partition, read within MAX_PARQUET_BYTES: a partition
    edited or damaged by hand may decode to far more than its size."""
    return read_parquet(path, path, columns)


def suggestions_of(
    spans: Sequence[dict[str, Any]], where: object = "a partition"
) -> list[Suggestion]:
    """One document's ``spans`` (as Arrow gives them to Python) back as
    suggestions; attributes that are not a JSON object (a damaged or
    hand-edited partition) are bad input naming ``where``."""
    return [
        Suggestion(
            s["start"],
            s["end"],
            s["label"],
            s["text"],
            s["score"],
            s["source"],
            s["version"],
            _attributes(s["attributes"], f"{where} span {i}"),
        )
        for i, s in enumerate(spans)
    ]


def _attributes(raw: str | None, where: str) -> dict[str, Any]:
    value = load_json(raw or "{}", f"{where}: attributes")
    if not isinstance(value, dict):
        raise InvalidInput("{where}: attributes must be a JSON object", where=where)
    return value


def check_suggestion(text: str, s: Suggestion) -> None:
    """A suggestion read from a partition as the store takes it: offsets inside
    its text, a finite score, its label, source and version as text. A
    partition edited by hand otherwise ended the import with the database's
    'NOT NULL constraint failed'."""
    check_offsets(text, s.start, s.end)
    if type(s.score) not in (int, float) or not math.isfinite(s.score):
        raise InvalidInput("its score {score!r} is not a number", score=s.score)
    for field_name, value in (("label", s.label), ("source", s.source), ("version", s.version)):
        if not isinstance(value, str):
            raise InvalidInput("its {field_name} is missing", field_name=field_name)
