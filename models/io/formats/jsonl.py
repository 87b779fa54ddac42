"""The JSONL exchange format (DESIGN.md): one document per line,

``{"id", "text", "spans": [{"start", "end", "label", "text"?, "attrs"?,
"score"?, "source"?, "version"?}], "meta": {}}``, offsets in code points,
end exclusive. It is what ``biaozhu suggest`` prints, the reference gold is
written in, and a subset of Prodigy's span format.

A document imported with ``--clean`` carries the text it was imported from
in ``meta.original``: ``{"text": original, "spans": [[start, end], …]}``,
one pair per span, in the order of ``spans``, giving where each span sits
in the original. Read back, it is kept as the document's original when
cleaning it gives the document's text again (the map is rebuilt, not
stored); the spans are never read, as they change with the annotations.

Each key has one type over an export, as readers that type columns need
(pyarrow's JSON reader, which ``datasets`` 4's JSON builder uses, refuses a
column that is a number in one record and a text in another): a span
attribute or ``meta`` key whose values mix kinds is written as JSON text in
every record, and each record's ``meta.json_text`` (``{"attrs": [...],
"meta": [...]}``) names those keys; the reader turns them back.

The writer assembles lines from pieces: span attributes are already JSON
in the store and are written as they are, which keeps a 300,000-span export
close to the speed of a bare ``json.dumps`` loop."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring  # the C function behind json.dumps of a str
from pathlib import Path
from typing import Any

import orjson

from models.domain import STATUSES, Span, check_offsets
from models.errors import InvalidInput, Message
from models.io.clean import clean_text
from models.io.format import Format, WriteContext, Writer
from models.io.jsonlines import json_object, one_line, parse_lines
from models.io.jsontext import shown_keys
from models.io.model import LABELLED, STATUS, ExchangeDoc, ExportDoc, ExportSpan, span_at

encode = json.JSONEncoder(ensure_ascii=False).encode

# -- reading -------------------------------------------------------------------------------


def doccano_shaped(obj: dict[str, Any]) -> bool:
    """Does a record hold its spans as doccano does, in a ``"label"`` (or
    ``"entities"``) list (``[[start, end, "TYPE"], …]``, ``{"start_offset", …}``
    objects; empty for a document without spans, plain strings for a text
    category)? Read as jsonl, which has no such key, its spans and status
    would be dropped without a word. (CLUENER's ``"label"`` is an object.)"""
    return any(isinstance(obj.get(key), list) for key in ("label", "labels", "entities"))


def parse_line(
    line: str | bytes, lineno: int, name: str, *, require_spans: bool = False
) -> ExchangeDoc:
    where = f"{name}:{lineno}"
    obj = json_object(line, where)
    if "spans" not in obj and doccano_shaped(obj):  # doccano's export, found by its shape
        from models.io.formats.doccano import parse_record

        return parse_record(obj, where, lineno)
    text = obj.get("text")
    if "text" not in obj:  # a scraper's "content" or "body": the keys it has say which
        keys = shown_keys(obj)
        raise InvalidInput(
            '{where}: no "text" (the line\'s keys: {keys}); each line needs its article in "text"',
            where=where,
            keys=keys,
        )
    if not isinstance(text, str) or not text:
        raise InvalidInput('{where}: "text" must be a non-empty string', where=where)
    raw_spans = obj.get("spans", [])
    if require_spans and "spans" not in obj:
        raise InvalidInput('{where}: no "spans" list', where=where)
    if not isinstance(raw_spans, list):
        raise InvalidInput('{where}: "spans" must be a list', where=where)
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InvalidInput('{where}: "meta" must be an object', where=where)
    marker = meta.get(JSON_TEXT)
    if isinstance(marker, dict):  # keys an export wrote as JSON text, to give one type
        meta = from_json_text(meta, marker.get("meta"), where)
        meta.pop(JSON_TEXT)
        raw_spans = [
            s | {"attrs": from_json_text(s["attrs"], marker.get("attrs"), where)}
            if isinstance(s, dict) and isinstance(s.get("attrs"), dict)
            else s
            for s in raw_spans
        ]
    spans = [parse_span(s, text, span_at(where, i)) for i, s in enumerate(raw_spans)]
    meta = keep_original(meta, text)
    if meta.get("status") in STATUSES:  # how far the annotator got, as an export says
        meta = {k: v for k, v in meta.items() if k != "status"} | {STATUS: meta["status"]}
    if "spans" in obj:  # annotated, if only to say it holds nothing: a negative
        meta = meta | {LABELLED: True}
    return ExchangeDoc.from_record(
        doc_id=obj.get("id"),
        text=text,
        spans=spans,
        meta=meta,
        title=obj.get("title") or meta.get("title"),
        line=lineno,
    )


def meta_as_written(meta: dict[str, Any]) -> dict[str, Any]:
    """A parsed line's meta as its file wrote it, without the marks the
    reader leaves for the importer (``STATUS``, ``LABELLED``): for a command
    that gives each line back with what it found (``suggest``)."""
    written = {k: v for k, v in meta.items() if k not in (STATUS, LABELLED)}
    return written | {"status": meta[STATUS]} if STATUS in meta else written


def keep_original(meta: dict[str, Any], text: str) -> dict[str, Any]:
    """``meta`` without ``original``, whose text becomes the document's original
    (``_original`` and ``_offset_map``, as ``--clean`` leaves them for the store)
    when cleaning it gives ``text``; its span offsets would be stale in the store."""
    original = meta.get("original")
    if not isinstance(original, dict):
        return meta
    meta = {k: v for k, v in meta.items() if k != "original"}
    source = original.get("text")
    if isinstance(source, str):
        clean, offset_map = clean_text(source)
        if clean == text and clean != source:
            meta |= {"_original": source, "_offset_map": offset_map}
    return meta


def parse_span(raw: Any, text: str, where: str | Message) -> Span:
    if not isinstance(raw, dict):
        raise InvalidInput("{where}: a span must be an object", where=where)
    try:
        start, end, label = raw["start"], raw["end"], raw["label"]
    except KeyError as exc:
        raise InvalidInput(
            "{where}: missing {exc_args!r}", where=where, exc_args=exc.args[0]
        ) from None
    if not isinstance(label, str) or not label:
        raise InvalidInput("{where}: label must be a non-empty string", where=where)
    surface = raw.get("text")
    try:
        check_offsets(text, start, end, surface if isinstance(surface, str) else None)
    except InvalidInput as exc:
        raise InvalidInput("{where}: {exc}", where=where, exc=exc) from None
    attrs = raw.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise InvalidInput("{where}: attrs must be an object", where=where)
    return Span(start, end, label, text[start:end], attrs)


def read_jsonl(
    path: Path, *, require_spans: bool = False, encoding: str | None = None
) -> Iterator[ExchangeDoc]:
    """Yield documents; raise InvalidInput naming the file and line of the first bad one."""
    name = str(path)
    yield from parse_lines(
        path,
        lambda lineno, line: parse_line(line, lineno, name, require_spans=require_spans),
        encoding,
    )


def read_exchange(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    yield from read_jsonl(path, encoding=options.get("encoding"))


# -- writing -------------------------------------------------------------------------------


def doc_to_json(
    doc_id: str, text: str, spans: list[dict[str, Any]], meta: dict[str, Any] | None = None
) -> str:
    return json.dumps(
        {"id": doc_id, "text": text, "spans": spans, "meta": meta or {}}, ensure_ascii=False
    )


class _Encoded(dict):
    """Label name -> its JSON string, computed once per label."""

    def __missing__(self, key: str) -> str:
        value = self[key] = encode_basestring(key)
        return value


def original_meta(doc: ExportDoc) -> dict[str, Any] | None:
    """``meta.original`` of a document imported with --clean; None for the others."""
    if doc.offset_map is None:
        return None
    spans = [list(doc.original_offsets(span) or ()) for span in doc.spans]
    return {"text": doc.original, "spans": spans}


# meta's key naming the keys written as JSON text: {"attrs": [...], "meta": [...]}
JSON_TEXT = "json_text"
# meta's keys the writer fills itself, always with text
WRITTEN_META = ("title", "annotator", "status")


# The kinds of JSON value a reader that types columns tells apart (int and
# float are both numbers to it).
KIND_OF = {int: "number", float: "number", str: "text", bool: "bool", list: "list", dict: "object"}


class _Kinds:
    """The Python types each span attribute and each meta key holds over an
    export (gathered per span: this is on the export's hot path)."""

    def __init__(self) -> None:
        self.attrs: dict[str, set[type]] = {}
        self.meta: dict[str, set[type]] = {key: {str} for key in WRITTEN_META}

    def mixed(self) -> tuple[list[str], list[str]]:
        """(span attributes, meta keys) whose values are of more than one kind:
        a JSON lines reader that types columns (pyarrow's, under ``datasets``
        4's JSON builder) refuses such a column."""
        return mixed_kinds(self.attrs), mixed_kinds(self.meta)


def mixed_kinds(found: dict[str, set[type]]) -> list[str]:
    def kinds(types: set[type]) -> set[str]:
        return {KIND_OF[t] for t in types if t is not type(None)}

    return sorted(key for key, types in found.items() if len(kinds(types)) > 1)


def see_kinds(found: dict[str, set[type]], values: dict[str, Any]) -> None:
    for key, value in values.items():
        kind = type(value)
        seen = found.get(key)
        if seen is None:
            found[key] = {kind}
        elif kind not in seen:
            seen.add(kind)


class JsonlWriter(Writer):
    keeps_meta = True
    """Lines written as the documents come; a key whose values turn out to mix
    kinds (a number here, a text there) is written again at the end as JSON
    text in every record, and named in each record's ``meta.json_text``, so
    that every key has one type and the reader can give the values back."""

    extension = ".jsonl"
    wants_original = True

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.labels = _Encoded()
        self.kinds = context.shared.setdefault("jsonl_kinds", _Kinds())

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        enc = encode_basestring
        lab = self.labels
        # One expression per span, unpacked: this loop is most of a large export.
        spans = ", ".join(
            [
                (
                    f'{{"start": {start}, "end": {end}, "label": {lab[label]}, "text": {enc(text)}}}'
                    if attrs == "{}"
                    else f'{{"start": {start}, "end": {end}, "label": {lab[label]}, "text": {enc(text)},'
                    f' "attrs": {attrs}}}'
                )
                if score is None
                else (
                    f'{{"start": {start}, "end": {end}, "label": {lab[label]}, "text": {enc(text)}'
                    + ("" if attrs == "{}" else f', "attrs": {attrs}')
                    + f', "score": {score!r}, "source": {enc(source or "")},'
                    f' "version": {enc(version or "")}}}'
                )
                for start, end, label, text, attrs, score, source, version, _ in doc.spans
            ]
        )
        found, loads = self.kinds.attrs, orjson.loads
        for span in doc.spans:
            if span[4] != "{}":  # attrs_json
                see_kinds(found, loads(span[4]))
        original = original_meta(doc)
        if doc.meta_json == "{}" and original is None:  # the usual case, without a dict
            meta = (
                f'{{"title": {enc(doc.title)}'
                + (f', "annotator": {enc(doc.annotator)}' if doc.annotator else "")
                + (f', "status": {enc(doc.status)}}}' if doc.status else "}")
            )
        else:
            fields = {"title": doc.title} | doc.meta
            if doc.annotator:
                fields["annotator"] = doc.annotator
            if doc.status:
                fields["status"] = doc.status
            if original is not None:
                fields["original"] = original
            see_kinds(self.kinds.meta, fields)
            meta = encode(fields)
        record = (
            f'{{"id": {enc(doc.id)}, "text": {enc(doc.text)}, "spans": [{spans}], "meta": {meta}}}'
        )
        self.fh.write(one_line(record) + "\n")
        return doc.spans

    def close(self) -> None:
        self.fh.close()
        attrs, meta = self.kinds.mixed()
        if attrs or meta:
            self.context.notes["jsonl_keys_as_json_text"] = len(attrs) + len(meta)
            as_json_text(self.path, attrs, meta)


def as_json_text(path: Path, attrs: list[str], meta: list[str]) -> None:
    """Rewrite the lines of ``path`` with the values of these span attributes
    and meta keys as JSON text (null stays null), named in meta.json_text."""
    marker = {"attrs": attrs, "meta": meta}

    def retype(record: dict[str, Any]) -> None:
        for span in record["spans"]:
            to_json_text(span.get("attrs"), attrs)
        to_json_text(record["meta"], meta)
        record["meta"][JSON_TEXT] = marker

    rewrite_records(path, retype)


def rewrite_records(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Pass each line's record of ``path`` through ``change``, line by line,
    into a file beside it that then replaces it: memory bounded by a line."""
    temporary = path.with_name(path.name + ".typed")
    with (
        path.open(encoding="utf-8") as lines,
        temporary.open("w", encoding="utf-8", newline="\n") as out,
    ):
        for line in lines:
            record = orjson.loads(line)
            change(record)
            out.write(one_line(encode(record)) + "\n")
    temporary.replace(path)


def to_json_text(values: dict[str, Any] | None, keys: list[str]) -> None:
    for key in keys:
        if values is not None and values.get(key) is not None:
            values[key] = encode(values[key])


def from_json_text(values: dict[str, Any], keys: Any, where: str) -> dict[str, Any]:
    """``values`` with the named keys' JSON text read back (meta.json_text)."""
    if not isinstance(keys, list) or not any(values.get(k) is not None for k in keys):
        return values
    values = dict(values)
    for key in keys:
        if isinstance(values.get(key), str):
            try:
                values[key] = json.loads(values[key])
            except ValueError:
                raise InvalidInput(
                    "{where}: meta.{marker} names {key!r}, whose value is not JSON text",
                    where=where,
                    marker=JSON_TEXT,
                    key=key,
                ) from None
    return values


JSONL = Format(
    "jsonl",
    "exchange format (Prodigy spans, with attrs)",
    read=read_exchange,
    writer=JsonlWriter,
    extensions=(".jsonl",),
)
