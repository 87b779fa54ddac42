"""A Parquet file of a corpus run read within bounds: the columns read,
checked from the footer before anything is decoded, then read a row group at
a time with every text kept as its dictionary until what it decodes to is
counted.

pyarrow trusts a file: a dictionary page is copied into every row whose
index names it, so 2 kB holding one 10 kB text and 200,000 indices decoded
to 2 GB, and a column of a billion nulls costs a few bytes on disk. The
footer declares, per column chunk, its values and its encoded size; their
sum (8 bytes a value, besides the encoded bytes) is bounded by
MAX_PARQUET_BYTES, each chunk's compression by MAX_COMPRESSION_RATIO, and
the texts by what their dictionaries expand to, counted before they are."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from models.errors import InvalidInput
from models.io.limits import (
    COMPRESSION_GRACE_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_PARQUET_BYTES,
    MAX_PARQUET_FOOTER_BYTES,
    megabytes,
)

# What a value costs once decoded besides its bytes (an offset, a slot of a
# fixed-width column, its validity bit): a bound, not a measure.
VALUE_BYTES = 8


def read_parquet(
    source: str | Path | pa.NativeFile, where: object, columns: Sequence[str] | None = None
) -> pa.Table:
    """The columns (all by default) of the Parquet file ``source``, as its
    Arrow schema types them; a one-line error naming ``where`` when the file
    cannot be read or would decode past MAX_PARQUET_BYTES."""
    check_footer(source, where)
    try:
        plain = pq.ParquetFile(source)
        names = plain.schema_arrow.names if columns is None else list(columns)
        leaves = _leaves(plain, names)
        _check_declared(plain.metadata, leaves, where)
        if isinstance(source, pa.NativeFile):
            source.seek(0)
        strings = sorted(
            {plain.schema.column(i).path for i in leaves if _is_bytes(plain.schema.column(i))}
        )
        reader = pq.ParquetFile(source, metadata=plain.metadata, read_dictionary=strings)
        tables = []
        decoded = 0
        for group in range(plain.metadata.num_row_groups):
            table = reader.read_row_group(group, columns=names)
            decoded += sum(_decoded_bytes(column) for column in table.columns)
            if decoded > MAX_PARQUET_BYTES:
                raise _too_large(where, decoded)
            tables.append(table)
        target = pa.schema(
            [plain.schema_arrow.field(name) for name in names],
            metadata=plain.schema_arrow.metadata,
        )
        if not tables:
            return target.empty_table()
        return pa.concat_tables(tables).cast(target)
    except (pa.ArrowException, OSError) as exc:
        raise InvalidInput(
            "{source_name}: not a readable Parquet file ({exc})", source_name=where, exc=exc
        ) from None


def check_footer(source: str | Path | pa.NativeFile, where: object) -> None:
    """InvalidInput when the footer the file's last 8 bytes declare passes
    MAX_PARQUET_FOOTER_BYTES (pyarrow reads and parses it whole). A file too
    short to have one, or not Parquet, is left to pyarrow, which says so."""
    try:
        if isinstance(source, pa.NativeFile):
            size = source.size()
            tail = source.read_at(8, size - 8) if size >= 8 else b""
        else:
            with pa.OSFile(str(source)) as file:  # a run's file, never a project
                size = file.size()
                tail = file.read_at(8, size - 8) if size >= 8 else b""
    except (pa.ArrowException, OSError) as exc:
        raise InvalidInput(
            "{source_name}: not a readable Parquet file ({exc})", source_name=where, exc=exc
        ) from None
    footer = int.from_bytes(tail[:4], "little") if tail[4:] == b"PAR1" else 0
    # A footer larger than the file is pyarrow's to refuse: it reads none of it.
    if MAX_PARQUET_FOOTER_BYTES < footer <= size - 12:
        raise InvalidInput(
            "{where}: a Parquet footer of {size_mb} (limit {max_parquet_footer_bytes_mb})",
            where=where,
            size_mb=megabytes(footer),
            max_parquet_footer_bytes_mb=megabytes(MAX_PARQUET_FOOTER_BYTES),
        )


def _leaves(file: pq.ParquetFile, names: Sequence[str]) -> list[int]:
    """The leaf columns of the top-level columns ``names``."""
    wanted = set(names)
    present = file.schema_arrow.names
    missing = wanted - set(present)
    if missing:
        raise pa.ArrowInvalid(f"no column {sorted(missing)[0]!r}")
    twice = sorted({name for name in wanted if present.count(name) > 1})
    if twice:  # which of them is meant cannot be told
        raise pa.ArrowInvalid(f"column {twice[0]!r} appears twice")
    leaves = []
    for i in range(len(file.schema)):
        path = file.schema.column(i).path
        if any(path == name or path.startswith(f"{name}.") for name in wanted):
            leaves.append(i)
    return leaves


def _is_bytes(column: pq.ColumnSchema) -> bool:
    return column.physical_type == "BYTE_ARRAY"


def _check_declared(metadata: pq.FileMetaData, leaves: Sequence[int], where: object) -> None:
    """What the footer says the columns read take, before any is read."""
    declared = 0
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        for i in leaves:
            chunk = row_group.column(i)
            width = metadata.schema.column(i).length or 0
            size = chunk.total_uncompressed_size
            # The reader reads the row group's rows whatever the chunk says of
            # its values: a footer may lie low about either, not about both.
            values = max(chunk.num_values, row_group.num_rows)
            declared += values * max(VALUE_BYTES, width) + size
            if size > COMPRESSION_GRACE_BYTES and size > MAX_COMPRESSION_RATIO * max(
                chunk.total_compressed_size, 1
            ):
                raise InvalidInput(
                    "{where}: {what} content inflates to over {max_compression_ratio} times its compressed size (limit {max_compression_ratio}:1): a zip bomb?",
                    where=where,
                    what="Parquet",
                    max_compression_ratio=MAX_COMPRESSION_RATIO,
                )
    if declared > MAX_PARQUET_BYTES:  # all of it said: how far past the limit
        raise _too_large(where, declared)


def _decoded_bytes(array: pa.Array | pa.ChunkedArray) -> int:
    """What ``array`` takes once its dictionaries are decoded."""
    if isinstance(array, pa.ChunkedArray):
        return sum(_decoded_bytes(chunk) for chunk in array.chunks)
    kind = array.type
    if pa.types.is_dictionary(kind):
        values = array.dictionary
        if pa.types.is_binary(values.type) or pa.types.is_string(values.type):
            lengths = pc.binary_length(values).cast(pa.int64())
        elif pa.types.is_large_binary(values.type) or pa.types.is_large_string(values.type):
            lengths = pc.binary_length(values)
        else:  # a dictionary of numbers (a pandas category): its widest entry each
            each = values.nbytes // max(len(values), 1) + 1
            return len(array) * (VALUE_BYTES + each)
        total = pc.sum(pc.take(lengths, array.indices)).as_py() or 0
        return len(array) * VALUE_BYTES + total
    if pa.types.is_struct(kind):
        return len(array) + sum(_decoded_bytes(field) for field in array.flatten())
    if (
        pa.types.is_list(kind)
        or pa.types.is_large_list(kind)
        or pa.types.is_fixed_size_list(kind)
        or pa.types.is_map(kind)
    ):
        return len(array) * VALUE_BYTES + _decoded_bytes(array.flatten())
    return array.nbytes


def _too_large(where: object, size: int) -> InvalidInput:
    return InvalidInput(
        "{where}: the columns read take {size_mb} or more once decoded (limit {max_parquet_bytes_mb}): split the file",
        where=where,
        size_mb=megabytes(size),
        max_parquet_bytes_mb=megabytes(MAX_PARQUET_BYTES),
    )
