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

The writer assembles lines from pieces: span attributes are already JSON
in the store and are written as they are, which keeps a 300,000-span export
close to the speed of a bare ``json.dumps`` loop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # the C function behind json.dumps of a str
from pathlib import Path
from typing import Any

from models.domain import STATUSES, Span, check_offsets
from models.errors import InvalidInput
from models.io.clean import clean_text
from models.io.format import Format, WriteContext, Writer
from models.io.jsonlines import json_object, parse_lines
from models.io.jsontext import shown_keys
from models.io.model import STATUS, ExchangeDoc, ExportDoc, ExportSpan

encode = json.JSONEncoder(ensure_ascii=False).encode

# -- reading -------------------------------------------------------------------------------


def parse_line(
    line: str | bytes, lineno: int, name: str, *, require_spans: bool = False
) -> ExchangeDoc:
    where = f"{name}:{lineno}"
    obj = json_object(line, where)
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
    spans = [parse_span(s, text, f"{where} span {i}") for i, s in enumerate(raw_spans)]
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InvalidInput('{where}: "meta" must be an object', where=where)
    meta = keep_original(meta, text)
    if meta.get("status") in STATUSES:  # how far the annotator got, as an export says
        meta = {k: v for k, v in meta.items() if k != "status"} | {STATUS: meta["status"]}
    return ExchangeDoc.from_record(
        doc_id=obj.get("id"),
        text=text,
        spans=spans,
        meta=meta,
        title=obj.get("title") or meta.get("title"),
        line=lineno,
    )


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


def parse_span(raw: Any, text: str, where: str) -> Span:
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


class JsonlWriter(Writer):
    extension = ".jsonl"
    wants_original = True

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.labels = _Encoded()

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
            meta = encode(fields)
        self.fh.write(
            f'{{"id": {enc(doc.id)}, "text": {enc(doc.text)}, "spans": [{spans}],'
            f' "meta": {meta}}}\n'
        )
        return doc.spans

    def close(self) -> None:
        self.fh.close()


JSONL = Format(
    "jsonl",
    "exchange format (Prodigy spans, with attrs)",
    read=read_exchange,
    writer=JsonlWriter,
    extensions=(".jsonl",),
)
