"""The corpus going in: which files make it up, and one file read as a table
of documents (``id``, ``text`` and whatever other columns it has)."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from models.corpus.parquet import read_parquet
from models.errors import InvalidInput
from models.io.decode import refuse_pipe

KINDS = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
# Columns the output adds; an input column of the same name would be lost.
RESERVED = ("spans", "version")


@dataclass(frozen=True)
class InputFile:
    """One partition of the corpus: a Parquet or JSONL file."""

    path: str  # absolute, as the workers open it
    name: str  # relative to the corpus root, with "/"
    kind: str  # "parquet" or "jsonl"

    @property
    def output_name(self) -> str:
        """The output partition's file name: flat, and unique per input file."""
        flat = self.name.replace("/", "__")
        return flat if flat.endswith(".parquet") else f"{flat}.parquet"


def find_inputs(spec: str, out: Path | None = None) -> list[InputFile]:
    """The Parquet and JSONL files of a folder (walked recursively), a glob or
    one file, in a stable order. Names starting with ``_`` or ``.`` are left
    out, as Spark and Dask leave out their own ``_SUCCESS`` and ``_metadata``."""
    path = Path(spec)
    if path.is_dir():
        root = path
        files = [Path(r, f) for r, _dirs, names in os.walk(path) for f in names]
    elif glob.has_magic(spec):
        root = _glob_root(spec)
        files = [Path(p) for p in glob.glob(spec, recursive=True) if os.path.isfile(p)]
    elif path.is_file():
        root, files = path.parent, [path]
    else:
        raise InvalidInput("{spec}: no such file or folder", spec=spec)
    if out is not None and path.is_dir() and _inside(out, root):
        raise InvalidInput(
            "{out}: the output folder is inside the corpus {spec}", out=out, spec=spec
        )
    found = []
    for file in sorted(files):
        rel = file.relative_to(root).as_posix()
        kind = KINDS.get(file.suffix.lower())
        if kind is None or any(part[:1] in "_." for part in rel.split("/")):
            continue
        refuse_pipe(file, devices=True)  # a worker opening a pipe nobody writes to waits for ever
        found.append(InputFile(str(file.resolve()), rel, kind))
    if not found:
        raise InvalidInput("{spec}: no Parquet or JSONL files", spec=spec)
    _check_unique_outputs(found)
    return found


def _glob_root(spec: str) -> Path:
    parts = Path(spec).parts
    first_magic = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    return Path(*parts[:first_magic]) if first_magic else Path(".")


def _inside(inner: Path, outer: Path) -> bool:
    return inner.resolve().is_relative_to(outer.resolve())


def _check_unique_outputs(found: list[InputFile]) -> None:
    seen: dict[str, str] = {}
    for source in found:
        other = seen.setdefault(source.output_name, source.name)
        if other != source.name:
            raise InvalidInput(
                "{other} and {source_name} would both be written as {source_output_name}",
                other=other,
                source_name=source.name,
                source_output_name=source.output_name,
            )


def read_input(source: InputFile, data: bytes) -> pa.Table:
    """The documents of one input file, with ``id`` as text, checked: every row
    has an id and a non-empty text. Parquet is read from ``data``, the file's
    bytes; JSONL from its path, by the reader ``biaozhu suggest FILE`` uses."""
    if source.kind == "parquet":  # within MAX_PARQUET_BYTES, however few its bytes
        table = read_parquet(pa.BufferReader(data), source.name)
    else:
        table = _jsonl_table(source)
    return _checked(table, source.name)


def _jsonl_table(source: InputFile) -> pa.Table:
    from models.io.jsonlines import json_lines

    rows = json_lines(Path(source.path))  # the reader `biaozhu suggest FILE` uses
    names = list(dict.fromkeys(key for _n, _where, obj in rows for key in obj))
    for name in ("id", "text"):
        for _n, where, obj in rows:
            if obj.get(name) is None:
                raise InvalidInput('{where}: no "{name}"', where=where, name=name)
    columns = {name: _column([obj.get(name) for _n, _w, obj in rows]) for name in names}
    columns["id"] = pa.array([str(obj["id"]) for _n, _w, obj in rows], pa.string())
    if not rows:
        columns = {"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}
    return pa.table(columns)


def _column(values: list[Any]) -> pa.Array:
    """A JSON field as a column: native where Arrow finds one type for all its
    values (objects become structs), else each value's JSON text."""
    try:
        column = pa.array(values)
    except (pa.ArrowException, OverflowError):
        column = None
    if column is not None and _storable(column.type):
        return column
    return pa.array([None if v is None else orjson.dumps(v).decode() for v in values], pa.string())


def _storable(kind: pa.DataType) -> bool:
    """Parquet stores every type but a struct without fields ({} in JSON)."""
    if pa.types.is_struct(kind):
        return kind.num_fields > 0 and all(_storable(field.type) for field in kind)
    if pa.types.is_list(kind):
        return _storable(kind.value_type)
    return True


def _checked(table: pa.Table, where: str) -> pa.Table:
    names = table.column_names
    for name in ("id", "text"):
        if name not in names:
            raise InvalidInput('{where}: no "{name}" column', where=where, name=name)
    for name in RESERVED:
        if name in names:
            raise InvalidInput(
                '{where}: the output adds a "{name}" column; rename the input one',
                where=where,
                name=name,
            )
    text = table.column("text")
    if not (pa.types.is_string(text.type) or pa.types.is_large_string(text.type)):
        raise InvalidInput(
            '{where}: "text" holds {text_type}, not text', where=where, text_type=text.type
        )
    ids = table.column("id")
    if pa.types.is_integer(ids.type):
        ids = ids.cast(pa.string())
    elif not (pa.types.is_string(ids.type) or pa.types.is_large_string(ids.type)):
        raise InvalidInput(
            '{where}: "id" holds {ids_type}, not text or integers', where=where, ids_type=ids.type
        )
    for name, column in (("id", ids), ("text", text)):
        if column.null_count:
            row = column.is_null().to_pylist().index(True)
            raise InvalidInput(
                '{where}: row {row} has no "{name}"', where=where, row=row + 1, name=name
            )
    empty = pc.equal(pc.utf8_length(text), 0)
    if pc.any(empty).as_py():
        row = empty.to_pylist().index(True)
        raise InvalidInput('{where}: row {row} has an empty "text"', where=where, row=row + 1)
    return table.set_column(names.index("id"), "id", ids)
