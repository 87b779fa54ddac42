"""Hugging Face ``datasets``: a ``DatasetDict`` as ``save_to_disk`` leaves it,
which ``datasets.load_from_disk(folder)`` loads and a token-classification
trainer takes as it is.

The folder holds ``dataset_dict.json``, one folder per split (``train``;
with ``--split``, ``train``/``validation``/``test``) with the rows in Arrow's
IPC stream format, ``dataset_info.json`` and ``state.json``, and a
``README.md`` dataset card. It is written with pyarrow alone (no
``datasets`` at run time, nothing fetched), in the layout ``save_to_disk``
uses and ``load_from_disk`` reads back (a test loads it with ``datasets``).

Columns: ``id``, ``title``, ``status`` (how far the exported layer's
annotator got: ``done``, ``in_progress`` or ``todo``; import keeps it),
``text``; ``tokens`` (characters by default,
jieba words with ``--segmenter jieba``, split wherever a span begins or
ends inside one; white space is not a token) with ``token_starts`` (where
each begins in ``text``); ``ner_tags``, IOB2 over the tokens as
``Sequence(ClassLabel)`` (overlapping spans: the longest is tagged); and
``spans``, every span with its ``start``, ``end`` (code points into
``text``), ``label``, ``text`` (for pending suggestions ``score``,
``source`` and ``version`` too) and ``attrs``, one typed field per attribute
name (the guideline's METRIC attributes as the guideline types them, value
float64 and period text, see ``models.io.attributes``; other numbers as
float64; an attribute whose values mix types is JSON text).

Read back by Biaozhu's importer from ``text`` and ``spans``."""

from __future__ import annotations

import hashlib
import json
import struct
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, Message, counted, library_words
from models.io.archive import check_inflated
from models.io.attributes import AttributeKinds, not_a_number, typed
from models.io.decode import read_file, refuse_pipe
from models.io.format import Format, WriteContext, Writer
from models.io.jsontext import load_json
from models.io.limits import MAX_ARROW_VALUES, MAX_FILE_BYTES, megabytes
from models.io.model import ExchangeDoc, ExportDoc, ExportSpan, make_span, status_meta
from models.io.segments import tokens, without_overlaps
from models.io.spool import Spool

DATA_FILE = "data-00000-of-00001.arrow"
SPLIT_NAMES = {"all": "train", "train": "train", "dev": "validation", "test": "test"}
JSON_TEXT = b"json"  # field metadata of an attribute written as JSON text
BATCH_DOCS = 256  # documents tokenised and written at a time (the rest wait on disk)


# -- writing -------------------------------------------------------------------------------


class HfWriter(Writer):
    folder = True
    splits_itself = True
    options = ("segmenter",)

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.segmenter = context.options["segmenter"]
        self.tags = ["O"] + [f"{p}-{lab.name}" for lab in context.labels for p in ("B", "I")]
        self.tag_index = {tag: i for i, tag in enumerate(self.tags)}
        # per split: (id, title, status, text, ((start, end, label, text, attrs JSON), ...)) of
        # each document, waiting on disk for the schema, which every span decides
        self.spools: dict[str, Spool] = {}
        self.kinds = AttributeKinds()
        self.attr_types: dict[str, str] = {}
        # pending suggestions keep what made them: score, source, version of each span
        self.scored = context.selection.kind == "suggestions"

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        split = SPLIT_NAMES[doc.part]
        spool = self.spools.get(split)
        if spool is None:
            spool = self.spools[split] = Spool(self.path, BATCH_DOCS)
        spool.append(
            (
                doc.id,
                doc.title,
                doc.status,
                doc.text,
                tuple(
                    (s.start, s.end, s.label, s.text, s.attrs_json, s.score, s.source, s.version)
                    for s in doc.spans
                ),
            )
        )
        for s in doc.spans:
            self._tag(f"B-{s.label}")  # a label the project no longer lists: after the rest
            self._tag(f"I-{s.label}")
            if s.attrs_json != "{}":
                self.kinds.add(s.attrs)
        return doc.spans

    def _row(self, record: tuple) -> dict[str, Any]:
        doc_id, title, status, text, spans = record
        spans = [ExportSpan(*s) for s in spans]
        starts, words = self._tokens(text, spans)
        tagged, dropped = without_overlaps(spans)
        self.context.notes["hf_overlapping_spans_not_tagged"] += dropped
        return {
            "id": doc_id,
            "title": title,
            "status": status,
            "text": text,
            "tokens": words,
            "token_starts": starts,
            "ner_tags": self._iob2(starts, tagged),
            "spans": [
                {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
                | (
                    {"score": s.score, "source": s.source, "version": s.version}
                    if self.scored
                    else {}
                )
                | ({"attrs": self._attrs(s.attrs)} if self.attr_types else {})
                for s in spans
            ],
        }

    def _tokens(self, text: str, spans: list[ExportSpan]) -> tuple[list[int], list[str]]:
        """Where each token begins, and the tokens; white space is not one."""
        if self.segmenter == "char":  # one pass per character: most of a large export
            starts = [i for i, c in enumerate(text) if not c.isspace()]
            return starts, [text[i] for i in starts]
        cut = tokens(text, [(s.start, s.end) for s in spans], self.segmenter)
        self.context.notes["hf_spans_across_words"] += cut.spans_across_words
        kept = [(a, b) for a, b in cut.bounds if not text[a:b].isspace()]
        return [a for a, _ in kept], [text[a:b] for a, b in kept]

    def _iob2(self, starts: list[int], spans: list[ExportSpan]) -> list[int]:
        """IOB2 tag ids; every span begins at a token and ends at one's end."""
        tags = [0] * len(starts)
        for s in spans:
            first, last = bisect_left(starts, s.start), bisect_left(starts, s.end)
            tags[first] = self.tag_index[f"B-{s.label}"]
            tags[first + 1 : last] = [self.tag_index[f"I-{s.label}"]] * (last - first - 1)
        return tags

    def _tag(self, name: str) -> int:
        if name not in self.tag_index:  # a label the project no longer lists: after the rest
            self.tag_index[name] = len(self.tags)
            self.tags.append(name)
        return self.tag_index[name]

    def part_path(self, part: str, split: bool, out_name: str) -> str:
        return SPLIT_NAMES[part]

    def close(self) -> None:
        import pyarrow as pa

        try:
            schema = self._schema()
            for split, spool in self.spools.items():
                folder = self.path / split
                folder.mkdir()
                with (
                    pa.OSFile(str(folder / DATA_FILE), "wb") as sink,
                    pa.ipc.new_stream(sink, schema) as stream,
                ):
                    for records in spool.batches():
                        rows = [self._row(r) for r in records]
                        stream.write_table(pa.Table.from_pylist(rows, schema=schema))
                _write_json(folder / "dataset_info.json", self._info())
                fingerprint = hashlib.sha256(
                    f"{split}:{spool.count}:{self.tags}".encode()
                ).hexdigest()[:16]
                _write_json(
                    folder / "state.json",
                    {
                        "_data_files": [{"filename": DATA_FILE}],
                        "_fingerprint": fingerprint,
                        "_format_columns": None,
                        "_format_kwargs": {},
                        "_format_type": None,
                        "_output_all_columns": False,
                        "_split": split,
                    },
                )
            _write_json(self.path / "dataset_dict.json", {"splits": list(self.spools)})
            (self.path / "README.md").write_text(self._card(), encoding="utf-8", newline="\n")
        finally:
            self.abort()

    def abort(self) -> None:
        for spool in self.spools.values():
            spool.close()

    # -- the schema --------------------------------------------------------------------

    def _schema(self) -> Any:
        import pyarrow as pa

        arrow = {"float64": pa.float64(), "bool": pa.bool_(), "string": pa.string()}
        self.attr_types = self.kinds.types()
        attr_fields = [
            pa.field(
                k,
                arrow.get(t, pa.string()),
                metadata={b"biaozhu": JSON_TEXT} if t == "json" else None,
            )
            for k, t in self.attr_types.items()
        ]
        span_fields = [
            pa.field("start", pa.int32()),
            pa.field("end", pa.int32()),
            pa.field("label", pa.string()),
            pa.field("text", pa.string()),
        ]
        if self.scored:
            span_fields += [
                pa.field("score", pa.float64()),
                pa.field("source", pa.string()),
                pa.field("version", pa.string()),
            ]
        if attr_fields:
            span_fields.append(pa.field("attrs", pa.struct(attr_fields)))
        schema = pa.schema(
            [
                pa.field("id", pa.string()),
                pa.field("title", pa.string()),
                pa.field("status", pa.string()),
                pa.field("text", pa.string()),
                pa.field("tokens", pa.list_(pa.string())),
                pa.field("token_starts", pa.list_(pa.int32())),
                pa.field("ner_tags", pa.list_(pa.int64())),
                pa.field("spans", pa.list_(pa.struct(span_fields))),
            ]
        )
        info = json.dumps({"info": {"features": self._features()}})
        return schema.with_metadata({"huggingface": info})

    def _features(self) -> dict[str, Any]:
        """The datasets ``Features`` of the rows, as ``save_to_disk`` records them."""
        string = {"dtype": "string", "_type": "Value"}
        attrs = {
            k: {"dtype": "string" if t == "json" else t, "_type": "Value"}
            for k, t in self.attr_types.items()
        }
        span = {
            "start": {"dtype": "int32", "_type": "Value"},
            "end": {"dtype": "int32", "_type": "Value"},
            "label": string,
            "text": string,
        }
        if self.scored:
            span |= {"score": {"dtype": "float64", "_type": "Value"}, "source": string}
            span["version"] = string
        if attrs:
            span["attrs"] = attrs
        return {
            "id": string,
            "title": string,
            "status": string,
            "text": string,
            "tokens": {"feature": string, "_type": "Sequence"},
            "token_starts": {"feature": {"dtype": "int32", "_type": "Value"}, "_type": "Sequence"},
            "ner_tags": {
                "feature": {"names": self.tags, "_type": "ClassLabel"},
                "_type": "Sequence",
            },
            "spans": [span],
        }

    def _attrs(self, given: dict[str, Any]) -> dict[str, Any]:
        """Every attribute of the schema, typed, None where the span has none (or a
        value that is no number, counted: attributes.DECLARED)."""
        out = {}
        for key, kind in self.attr_types.items():
            value = given.get(key)
            cell = typed(value, kind)
            if not_a_number(value, cell, kind):
                self.context.notes["metrics_values_not_numbers"] += 1
                cell = None
            out[key] = cell
        return out

    def _info(self) -> dict[str, Any]:
        return {
            "citation": "",
            "description": "Chinese economic news with METRIC/COMPANY/POLICY spans, exported by Biaozhu",
            "features": self._features(),
            "homepage": "",
            "license": "",
        }

    def _card(self) -> str:
        labels = "\n".join(
            f"- `{lab.name}`: {lab.description or '(no description in the project)'}"
            for lab in self.context.labels
        )
        sizes = "\n".join(
            f"- `{name}`: {counted(spool.count, 'document')}" for name, spool in self.spools.items()
        )
        tokens = (
            "one per character"
            if self.segmenter == "char"
            else "jieba words, split where a span begins or ends inside one"
        )
        selection = self.context.selection.describe()
        scored = (
            "; and, these being suggestions still pending, each one's `score` (calibrated"
            " probability that it is right), `source` and `version`"
            if self.scored
            else ""
        )
        return f"""---
language:
- zh
task_categories:
- token-classification
task_ids:
- named-entity-recognition
pretty_name: Biaozhu export
---

# Biaozhu export

Chinese economic news annotated with Biaozhu (标注): spans of reported
quantities, companies and named policies, curated by people from suggested
spans. Load it with `datasets.load_from_disk(this_folder)`.

## Labels

{labels}

`ner_tags` are IOB2 over `tokens` ({tokens}); white space is not a token.
Their names are the `ClassLabel` of the feature:
{", ".join(f"`{t}`" for t in self.tags)}.

## Fields

- `id`, `title`, `text`: the document as stored in the project.
- `status`: how far the exported layer's annotator got (`done`, `in_progress`,
  `todo`): spans of a document not `done` may be unfinished.
- `tokens`, `token_starts`: the tokens and where each begins in `text`.
- `ner_tags`: one tag per token. Where spans overlap, the longest is tagged.
- `spans`: every span, `start`/`end` in code points of `text` (end exclusive),
  `label`, `text` and its attributes (`attrs`: for METRIC `indicator`,
  `value` in base units, `unit`, `approx`, `period`; missing ones are null){scored}.

## Splits

{sizes}

## How it was made

Exported by Biaozhu (`{selection.get("kind")}` selection: the curated gold of
each document, adjudicated where a reviewer did so, else the spans of the
annotator who marked it done). `manifest.json` beside this card names the
project (file, id, history chain head), the command, the labels and the
SHA-256 of every file.
"""


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- reading -------------------------------------------------------------------------------


def read_hf(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    """Every row of every split of a saved DatasetDict (or Dataset) that has
    ``text`` and ``spans`` columns, as Biaozhu writes them."""
    folders = _split_folders(path)
    budget = _Budget()
    for folder in folders:
        for name in _data_files(folder):
            table = _read_stream(folder / name, budget)
            yield from _rows(table, f"{folder / name}")


# The columns the importer reads. The others (tokens, token_starts,
# ner_tags: three values a character) never become Python objects.
READ_COLUMNS = ("id", "title", "status", "text", "spans")
ARROW = "Arrow stream"


class _Budget:
    """What the data files of one dataset may take, in all. A stream is
    mapped, not read, so the columns the importer does not read cost
    nothing, however large (three values a character in an export: tokens,
    token_starts, ner_tags). Bounded: the bytes of the columns read
    (MAX_FILE_BYTES: one text of gigabytes would be read whole) and their
    values (MAX_ARROW_VALUES), and compressed batches, which pyarrow inflates
    into memory, by what they inflate to (MAX_INFLATED_BYTES,
    MAX_COMPRESSION_RATIO)."""

    def __init__(self) -> None:
        self.read_bytes = 0
        self.inflated = 0
        self.compressed = 0
        self.values = 0

    def add_batch(self, path: Path, inflated: int | None, compressed: int) -> None:
        if inflated is None:  # not compressed: mapped where it lies
            return
        self.inflated += inflated
        self.compressed += compressed
        check_inflated(self.inflated, self.compressed, str(path), ARROW)

    def add_read(self, path: Path, batch: Any) -> None:
        self.read_bytes += batch.nbytes
        if self.read_bytes > MAX_FILE_BYTES:
            raise InvalidInput(
                "{path}: the columns read hold {size_mb} (limit {max_file_bytes_mb})",
                path=path,
                size_mb=megabytes(self.read_bytes),
                max_file_bytes_mb=megabytes(MAX_FILE_BYTES),
            )
        self.values += sum(_values(column) for column in batch.columns)
        if self.values > MAX_ARROW_VALUES:
            raise InvalidInput(
                "{path}: over {max_arrow_values:,} values in the columns read (limit {max_arrow_values:,}): split the dataset",
                path=path,
                max_arrow_values=MAX_ARROW_VALUES,
            )


def _read_stream(path: Path, budget: _Budget) -> Any:
    """The columns read of the Arrow stream at ``path``, a batch at a time:
    each batch's declared sizes checked before pyarrow inflates it, its values
    counted and its buffers validated before any becomes a Python object
    (pyarrow trusts a stream's offsets: a damaged one made a text of negative
    size, or of gigabytes)."""
    import pyarrow as pa

    refuse_pipe(path, devices=True)  # a data file named by state.json: mapped, never waited on
    try:
        with pa.memory_map(str(path)) as source:
            schema = None
            batches = []
            for message in pa.ipc.MessageReader.open_stream(source):
                if message.type == "schema" and schema is None:
                    schema = pa.ipc.read_schema(message)
                    columns = [c for c in READ_COLUMNS if c in schema.names]
                    _check_types(path, schema, columns)
                    continue
                if message.type != "record batch" or schema is None:
                    raise InvalidInput(
                        "{path}: not a readable Arrow stream (a {kind} message, which Biaozhu does not read)",
                        path=path,
                        kind=message.type,
                    )
                budget.add_batch(path, *_declared_sizes(message))
                batch = pa.ipc.read_record_batch(message, schema).select(columns)
                budget.add_read(path, batch)
                batch.validate(full=True)
                batches.append(batch)
            if schema is None:
                raise InvalidInput("{path}: not a readable Arrow stream (no schema)", path=path)
            return pa.Table.from_batches(
                batches, schema=pa.schema([schema.field(c) for c in columns])
            )
    except (pa.ArrowException, OSError, struct.error) as exc:
        raise InvalidInput(
            "{path}: not a readable Arrow stream ({exc})",
            path=path,
            exc=library_words(exc, Message("pyarrow cannot read it: damaged or cut short?")),
        ) from None


def _check_types(path: Path, schema: Any, columns: list[str]) -> None:
    """InvalidInput for a column read whose type lets a few bytes stand for
    many: a dictionary or views repeat one value in every row that points to
    it (a datasets folder never has them)."""
    for name in columns:
        kind = schema.field(name).type
        if not _plain_type(kind):
            raise InvalidInput(
                "{path}: the {column!r} column is of type {kind}, which Biaozhu does not read",
                path=path,
                column=name,
                kind=str(kind),
            )


def _plain_type(kind: Any) -> bool:
    """Whether ``kind`` is made of what a datasets folder holds: values,
    lists and structs of them (no dictionary, view, map, union or
    fixed-size list)."""
    import pyarrow as pa

    if pa.types.is_struct(kind):
        return all(_plain_type(kind.field(i).type) for i in range(kind.num_fields))
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _plain_type(kind.value_type)
    if pa.types.is_nested(kind) or pa.types.is_dictionary(kind):
        return False
    views = ("is_string_view", "is_binary_view")  # pyarrow 16 and later
    return not any(getattr(pa.types, test, lambda _k: False)(kind) for test in views)


def _values(array: Any) -> int:
    """The values of ``array``, nested values counted (a list's items, a
    struct's fields): each a Python object once read."""
    import pyarrow as pa

    kind = array.type
    if pa.types.is_struct(kind):
        return len(array) + sum(_values(array.field(i)) for i in range(kind.num_fields))
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return len(array) + _values(array.values)
    return len(array)


def _declared_sizes(message: Any) -> tuple[int | None, int]:
    """(bytes once inflated, bytes in the file) of a record batch message,
    from its metadata: a compressed buffer opens with its inflated size
    (Arrow's BodyCompression), read before anything is inflated. None for
    a batch that is not compressed."""
    body = message.body
    size = body.size if body is not None else 0
    meta = message.metadata.to_pybytes()
    header = _flat_table(meta, _flat_field(meta, _flat_root(meta), 2))
    if _flat_field(meta, header, 3) is None:  # no compression: mapped where it lies
        return None, size
    buffers = _flat_field(meta, header, 2)
    if buffers is None:
        return 0, size
    vector = buffers + struct.unpack_from("<I", meta, buffers)[0]
    inflated = 0
    for i in range(struct.unpack_from("<I", meta, vector)[0]):
        offset, length = struct.unpack_from("<qq", meta, vector + 4 + 16 * i)
        if length < 8:
            continue
        if offset < 0 or offset + 8 > size:
            raise struct.error("a buffer outside the message's body")
        declared = struct.unpack("<q", body.slice(offset, 8).to_pybytes())[0]
        inflated += length - 8 if declared == -1 else max(declared, 0)
    return inflated, size


def _flat_root(data: bytes) -> int:
    return struct.unpack_from("<I", data, 0)[0]


def _flat_field(data: bytes, table: int | None, index: int) -> int | None:
    """Where field ``index`` of the flatbuffer table at ``table`` lies, or None."""
    if table is None:
        return None
    vtable = table - struct.unpack_from("<i", data, table)[0]
    if not 0 <= vtable < len(data):
        raise struct.error("a flatbuffer's vtable outside it")
    if 4 + 2 * index >= struct.unpack_from("<H", data, vtable)[0]:
        return None
    offset = struct.unpack_from("<H", data, vtable + 4 + 2 * index)[0]
    return table + offset if offset else None


def _flat_table(data: bytes, field: int | None) -> int | None:
    """The table a field's offset points to."""
    if field is None:
        return None
    return field + struct.unpack_from("<I", data, field)[0]


def is_saved_dataset(path: Path) -> bool:
    """Whether ``path`` is a folder that ``save_to_disk`` wrote (a DatasetDict
    or a Dataset): what ``--format auto`` reads as hf, not walks."""
    if not path.is_dir():
        return False
    if (path / "dataset_dict.json").is_file():
        return True
    return all((path / n).is_file() for n in ("state.json", "dataset_info.json"))


def _split_folders(path: Path) -> list[Path]:
    if not path.is_dir():
        raise InvalidInput("{path}: a Hugging Face dataset is a folder (save_to_disk)", path=path)
    listing = path / "dataset_dict.json"
    if listing.is_file():
        listed = load_json(read_file(listing), listing)
        splits = listed.get("splits") if isinstance(listed, dict) else None
        if not isinstance(splits, list) or not all(_plain_name(s) for s in splits):
            raise InvalidInput(
                "{listing}: 'splits' must be a list of folder names", listing=listing
            )
        return [path / s for s in splits]
    if (path / "state.json").is_file():
        return [path]
    raise InvalidInput(
        "{path}: no dataset_dict.json or state.json (not a saved dataset)", path=path
    )


def _data_files(folder: Path) -> list[str]:
    try:
        state = load_json(read_file(folder / "state.json"), folder / "state.json")
        names = [f["filename"] for f in state["_data_files"]]
    except OSError:
        raise InvalidInput("{folder}: no readable state.json", folder=folder) from None
    except (KeyError, TypeError):
        raise InvalidInput(
            "{folder}/state.json: no '_data_files' list of {{'filename': …}}", folder=folder
        ) from None
    if not all(_plain_name(n) for n in names):
        raise InvalidInput(
            "{folder}/state.json: data file names must be plain names", folder=folder
        )
    return names


def _plain_name(name: object) -> bool:
    """A file or folder name inside the dataset's folder, never a way out of
    it, and one a file system allows (no U+0000)."""
    return (
        isinstance(name, str)
        and name not in ("", ".", "..")
        and not any(c in name for c in "/\\\0")
    )


def _rows(table: Any, where: str) -> Iterator[ExchangeDoc]:
    import pyarrow as pa

    if "text" not in table.column_names or "spans" not in table.column_names:
        raise InvalidInput("{where}: no 'text' and 'spans' columns to import", where=where)
    spans_type = table.schema.field("spans").type
    if not (pa.types.is_list(spans_type) or pa.types.is_large_list(spans_type)):
        raise InvalidInput(
            "{where}: the 'spans' column holds {kind}, not lists of spans",
            where=where,
            kind=str(spans_type),
        )
    json_attrs = _json_attributes(table.schema)
    for n, row in enumerate(table.to_pylist(), 1):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("{where}: row {n}: empty text", where=where, n=n)
        spans = []
        for i, s in enumerate(row.get("spans") or []):
            if not isinstance(s, dict):
                raise InvalidInput(
                    "{where}: row {n} span {i}: not a span ({value!r})",
                    where=where,
                    n=n,
                    i=i,
                    value=s,
                )
            given = s.get("attrs") or {}
            if not isinstance(given, dict):
                raise InvalidInput(
                    "{where}: row {n} span {i}: attrs must be a struct, not {value!r}",
                    where=where,
                    n=n,
                    i=i,
                    value=given,
                )
            attrs = {
                k: load_json(v, f"{where}: row {n} span {i} {k}") if k in json_attrs else v
                for k, v in given.items()
                if v is not None
            }
            spans.append(
                make_span(
                    text,
                    s.get("start"),
                    s.get("end"),
                    s.get("label"),
                    f"{where}: row {n} span {i}",
                    surface=s.get("text"),
                    attrs=attrs,
                )
            )
        yield ExchangeDoc.from_record(
            doc_id=row.get("id"),
            text=text,
            spans=spans,
            meta=status_meta({}, row.get("status")),
            title=row.get("title"),
            line=n,
        )


def _json_attributes(schema: Any) -> set[str]:
    import pyarrow as pa

    span_type = schema.field("spans").type.value_type
    if not pa.types.is_struct(span_type) or span_type.get_field_index("attrs") < 0:
        return set()
    attrs = span_type.field("attrs").type
    if not pa.types.is_struct(attrs):  # each row's attrs are refused for it
        return set()
    return {f.name for f in attrs if (f.metadata or {}).get(b"biaozhu") == JSON_TEXT}


HF = Format(
    "hf",
    "Hugging Face datasets DatasetDict (load_from_disk): tokens, IOB2 ner_tags, spans",
    read=read_hf,
    writer=HfWriter,
    reads_folders=True,
    writes=(".arrow", ".json"),
)
