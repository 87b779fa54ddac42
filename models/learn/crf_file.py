"""Whether bytes are a crfsuite model file crfsuite can open without reading
outside them.

crfsuite trusts its model file: every offset and count in it is followed
as written (``crf1d_model.c``, ``cqdb.c``), so a truncated or damaged file
(a learned model's blob in a project file edited by hand, damaged on disk,
or made by someone else) makes it read past the end of the buffer and
kill the process with a segmentation fault (in the window, whenever it
suggests: an import, Suggest all). ``model_problem`` follows the same offsets first,
in Python, and names the first that leads outside the file.

The layout (``crf1dm``, little-endian 32-bit fields): a 48-byte header
(magic ``lCRF``, size, type ``FOMC``, version, features, labels,
attributes, then the offsets of the features, the labels' and the
attributes' CQDB, and the labels' and attributes' feature references); the
features chunk (``FEAT``, size, count, then 20 bytes a feature: type,
source, destination, weight); a feature-reference chunk (``LFRF`` or
``AFRF``, size, count, then an offset each, to a count and that many
feature ids); a CQDB chunk (``CQDB``, size, flag, byte order, backward
array's size and offset, 256 hash tables' offset and size, each bucket a
hash and a record's offset, each record an id, a key size and the key with
its NUL)."""

from __future__ import annotations

import struct

import numpy as np

HEADER = struct.Struct("<4sI4sIIIIIIIII")
CHUNK = struct.Struct("<4sII")
CQDB_HEADER = struct.Struct("<4sIIIII")
CQDB_TABLES = 256
CQDB_REFS = CQDB_HEADER.size  # the table references follow the header
CQDB_DATA = CQDB_REFS + 8 * CQDB_TABLES  # a CQDB's smallest size
CQDB_BYTE_ORDER = 0x62445371
FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
STATE, TRANSITION = 0, 1
# A model's tags: B- and I- of each label, auxiliary ones included, and O. A
# project of 1,024 labels is far beyond any schema seen; the matrices the
# tagger allocates (8 bytes a pair of tags) stay some 33 MB each.
MAX_TAGS = 2 * 1024 + 1


class _Bad(Exception):
    pass


def model_problem(data: bytes) -> str | None:
    """What in ``data`` would make crfsuite read outside it, or None when
    every offset, count and id it follows stays inside."""
    try:
        _check(memoryview(data).cast("B"))
    except _Bad as exc:
        return str(exc)
    return None


def _check(data: memoryview) -> None:
    size = len(data)
    if size < HEADER.size:
        raise _Bad(f"{size} bytes, shorter than a model file's header")
    (magic, stated, kind, _version, _count, labels, attrs, off_features, off_labels,
     off_attrs, off_labelrefs, off_attrrefs) = HEADER.unpack_from(data, 0)  # fmt: skip
    if magic != b"lCRF" or kind != b"FOMC":
        raise _Bad("not a crfsuite CRF model file")
    if stated != size:
        raise _Bad(f"the file says it has {stated} bytes, it has {size}")
    bytes_ = np.frombuffer(data, dtype=np.uint8)
    features = _features(data, off_features)
    if labels > MAX_TAGS:  # crfsuite's tagger holds several tags × tags matrices
        raise _Bad(f"{labels} tags, more than a model of Biaozhu's has ({MAX_TAGS} at most)")
    if attrs > size:  # each needs a record of its own, and its reference
        raise _Bad(f"{attrs} attributes in a file of {size} bytes")
    _cqdb(bytes_, off_labels, labels, "labels", every_id=True)
    _cqdb(bytes_, off_attrs, attrs, "attributes", every_id=False)
    for name, at, chunk, count in (
        ("labels'", off_labelrefs, b"LFRF", labels),
        ("attributes'", off_attrrefs, b"AFRF", attrs),
    ):
        _references(bytes_, at, chunk, count, len(features), name)
    state = features["type"] == STATE
    if not np.all(state | (features["type"] == TRANSITION)):
        raise _Bad("a feature of an unknown type")
    sources = np.where(state, attrs, labels)
    if np.any(features["src"] >= sources) or np.any(features["dst"] >= labels):
        raise _Bad("a feature names a label or an attribute the model does not have")


def _chunk(data: memoryview, at: int, chunk: bytes, what: str) -> tuple[int, int]:
    if at + CHUNK.size > len(data):
        raise _Bad(f"the {what} lie outside the file")
    found, size, count = CHUNK.unpack_from(data, at)
    if found != chunk:
        raise _Bad(f"no {what} where the header says")
    return size, count


def _features(data: memoryview, at: int) -> np.ndarray:
    _size, count = _chunk(data, at, b"FEAT", "features")
    start = at + CHUNK.size
    if start + count * FEATURE.itemsize > len(data):
        raise _Bad("the features run past the end of the file")
    return np.frombuffer(data, dtype=FEATURE, count=count, offset=start)


def _u32(bytes_: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The little-endian 32-bit values at each of the positions ``at``
    (checked inside the file by the caller)."""
    at = at.astype(np.int64)
    return (
        bytes_[at].astype(np.uint32)
        | (bytes_[at + 1].astype(np.uint32) << 8)
        | (bytes_[at + 2].astype(np.uint32) << 16)
        | (bytes_[at + 3].astype(np.uint32) << 24)
    )


def _inside(bytes_: np.ndarray, at: np.ndarray, length: int | np.ndarray, what: str) -> None:
    if np.any(at < 0) or np.any(at + length > len(bytes_)):
        raise _Bad(f"{what} run past the end of the file")


def _references(
    bytes_: np.ndarray, at: int, chunk: bytes, count: int, features: int, what: str
) -> None:
    """Each of ``count`` ids' feature references: an offset, then a count
    and that many feature ids, each a feature of the file."""
    _size, listed = _chunk(memoryview(bytes_), at, chunk, f"{what} feature references")
    if listed < count:
        raise _Bad(f"the {what} feature references list {listed} of {count}")
    if at + CHUNK.size + 4 * count > len(bytes_):
        raise _Bad(f"the {what} feature references run past the end of the file")
    offsets_at = at + CHUNK.size + 4 * np.arange(count, dtype=np.int64)
    offsets = _u32(bytes_, offsets_at).astype(np.int64)
    _inside(bytes_, offsets, 4, f"the {what} feature references")
    counts = _u32(bytes_, offsets).astype(np.int64)
    _inside(bytes_, offsets + 4, 4 * counts, f"the {what} feature references")
    if counts.sum() > len(bytes_):  # overlapping references cannot list more than this
        raise _Bad(f"the {what} feature references list more ids than the file holds")
    ids_at = np.repeat(offsets + 4, counts) + 4 * (
        np.arange(counts.sum(), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    )
    if np.any(_u32(bytes_, ids_at) >= features):
        raise _Bad(f"the {what} feature references name a feature the model does not have")


def _cqdb(bytes_: np.ndarray, at: int, count: int, what: str, *, every_id: bool) -> None:
    """A CQDB chunk whose look-ups (by key through its hash tables, by id
    through its backward array) stay inside the file, with ids below
    ``count``; with ``every_id``, each id below ``count`` has its string."""
    data = memoryview(bytes_)
    if at + CQDB_DATA > len(bytes_):
        raise _Bad(f"the {what} lie outside the file")
    chunk, _size, _flag, order, bwd_size, bwd_offset = CQDB_HEADER.unpack_from(data, at)
    if chunk != b"CQDB" or order != CQDB_BYTE_ORDER:
        raise _Bad(f"no {what} where the header says")
    refs = np.frombuffer(data, dtype="<u4", count=2 * CQDB_TABLES, offset=at + CQDB_REFS)
    offsets, sizes = refs[0::2].tolist(), refs[1::2].tolist()
    # crfsuite counts a CQDB's records as half its tables' buckets, whether a
    # table is there or not: its writer makes twice as many buckets as keys
    if sum(num // 2 for num in sizes) != count or any(
        num and not offset for offset, num in zip(offsets, sizes, strict=True)
    ):
        raise _Bad(f"the {what}' hash tables do not hold {count} {what}")
    records = []
    for offset, num in zip(offsets, sizes, strict=True):
        if not offset:
            continue
        # a look-up walks a table from a bucket until an empty one: a table
        # without one, or of no buckets, never ends (or divides by zero)
        if at + offset + 8 * num > len(bytes_):
            raise _Bad(f"the {what}' hash tables run past the end of the file")
        buckets_at = at + offset + 8 * np.arange(num, dtype=np.int64)
        record = _u32(bytes_, buckets_at + 4)
        if num == 0 or np.all(record != 0):
            raise _Bad(f"a hash table of the {what} has no empty bucket")
        records.append(record[record != 0])
    backward = np.zeros(0, dtype=np.uint32)
    if bwd_offset:
        if at + bwd_offset + 4 * bwd_size > len(bytes_):
            raise _Bad(f"the {what}' backward array runs past the end of the file")
        backward_at = at + bwd_offset + 4 * np.arange(bwd_size, dtype=np.int64)
        backward = _u32(bytes_, backward_at)
    if every_id and (len(backward) < count or np.any(backward[:count] == 0)):
        raise _Bad(f"a label of the {what} has no name")
    records.append(backward[backward != 0])
    starts = at + np.concatenate(records).astype(np.int64)
    _inside(bytes_, starts, 8, f"the {what}' records")
    ids, key_sizes = _u32(bytes_, starts), _u32(bytes_, starts + 4).astype(np.int64)
    if np.any(key_sizes == 0):
        raise _Bad(f"a record of the {what} has an empty key")
    _inside(bytes_, starts + 8, key_sizes, f"the {what}' records")
    if np.any(bytes_[starts + 7 + key_sizes] != 0):
        raise _Bad(f"a key of the {what} does not end")
    if np.any(ids >= count):
        raise _Bad(f"a record of the {what} has an id past their number")


def state_features(model_bytes: bytes) -> list[tuple[str, str, float]]:
    """Each state feature of a model crfsuite has just written, as
    (attribute, label, weight), the weight as crfsuite's text dump prints
    it (``%f``). Read from the file rather than from ``Tagger.dump``, which
    closes its file twice: the second close takes whatever another thread
    opened in between (the window's SQLite connection)."""
    header = HEADER.unpack_from(model_bytes, 0)
    labels = _keys(model_bytes, header[8], header[5])
    attributes = _keys(model_bytes, header[9], header[6])
    _size, count = _chunk(memoryview(model_bytes), header[7], b"FEAT", "features")
    features = np.frombuffer(model_bytes, dtype=FEATURE, count=count, offset=header[7] + CHUNK.size)
    states = features[features["type"] == STATE]
    return [
        (attributes[src], labels[dst], float(f"{weight:f}"))
        for src, dst, weight in zip(
            states["src"].tolist(), states["dst"].tolist(), states["weight"].tolist(), strict=True
        )
    ]


def _keys(model_bytes: bytes, at: int, count: int) -> list[str]:
    """The strings of a CQDB chunk by id (its backward array points, by id,
    at records of id, size, and the string with its NUL)."""
    _chunk_magic, _size, _flag, _order, entries, backward = CQDB_HEADER.unpack_from(model_bytes, at)
    if entries < count:
        raise ValueError("a model file with fewer names than its header says")
    keys = []
    for ident, (record,) in enumerate(
        struct.iter_unpack("<I", model_bytes[at + backward : at + backward + 4 * count])
    ):
        if not record:  # an attribute no feature kept
            keys.append("")
            continue
        stored, size = struct.unpack_from("<II", model_bytes, at + record)
        key = model_bytes[at + record + 8 : at + record + 8 + size]
        if stored != ident or not key.endswith(b"\0"):
            raise ValueError("a model file whose names are not where its header says")
        keys.append(key[:-1].decode())
    return keys
