"""JSON Lines exports: Biaozhu's exchange format and doccano's.

``jsonl``: ``{"id", "text", "spans": [{"start", "end", "label", "text",
"attrs"?, "score"?, "source"?, "version"?}], "meta": {"title", …}}``, the
format of DESIGN.md and a subset of Prodigy's span format; code points.

``doccano``: sequence labelling, ``{"id", "text", "label": [[start, end,
LABEL], …]}``. doccano counts offsets in UTF-16 units (the browser's); they
differ from code points only in texts with characters outside the BMP.

Lines are assembled from pieces: span attributes are already JSON in the
store and are written as they are, which keeps a 300,000-span export close to
the speed of a bare ``json.dumps`` loop."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C function behind json.dumps of a str
from pathlib import Path

from models.io.export.base import Context, Writer, writer
from models.io.export.select import ExportDoc
from models.io.formats._common import cp_to_utf16, has_astral

encode = json.JSONEncoder(ensure_ascii=False).encode


class _Encoded(dict):
    """Label name -> its JSON string, computed once per label."""

    def __missing__(self, key: str) -> str:
        value = self[key] = encode_basestring(key)
        return value


@writer
class JsonlWriter(Writer):
    name = "jsonl"
    extension = ".jsonl"
    description = "exchange format (Prodigy spans, with attrs)"

    def __init__(self, path: Path, context: Context):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.labels = _Encoded()

    def add(self, doc: ExportDoc) -> None:
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
                for start, end, label, text, attrs, score, source, version in doc.spans
            ]
        )
        if doc.meta_json == "{}":  # the usual case, without a dict and an encoder call
            meta = f'{{"title": {enc(doc.title)}' + (
                f', "annotator": {enc(doc.annotator)}}}' if doc.annotator else "}"
            )
        else:
            fields = {"title": doc.title} | doc.meta
            if doc.annotator:
                fields["annotator"] = doc.annotator
            meta = encode(fields)
        self.fh.write(
            f'{{"id": {enc(doc.id)}, "text": {enc(doc.text)}, "spans": [{spans}],'
            f' "meta": {meta}}}\n'
        )

    def close(self) -> None:
        self.fh.close()


@writer
class DoccanoWriter(Writer):
    name = "doccano"
    extension = ".jsonl"
    offsets = "UTF-16 code units"
    description = "doccano sequence labelling JSONL"

    def __init__(self, path: Path, context: Context):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")

    def add(self, doc: ExportDoc) -> None:
        table = cp_to_utf16(doc.text) if has_astral(doc.text) else None
        labels = [
            [table[s.start], table[s.end], s.label] if table else [s.start, s.end, s.label]
            for s in doc.spans
        ]
        record = {"id": doc.id, "text": doc.text, "label": labels, "title": doc.title}
        self.fh.write(encode(record) + "\n")

    def close(self) -> None:
        self.fh.close()
