"""brat standoff: a ``.txt`` file and its ``.ann`` beside it, read and written.

Reading: the reader takes a folder (walked for ``.ann`` files, each with the ``.txt``
of the same name), a single ``.ann``, or a ``.txt`` (with its ``.ann`` if
there is one). Offsets are code points into the ``.txt`` exactly as it is,
end exclusive. ``T`` lines become spans (each fragment of a discontinuous
one a span of its own); ``A``/``M`` attributes and ``AnnotatorNotes``
become the span's attrs (a note holding a JSON object, as Biaozhu writes
them, is merged as is). Relations, events and normalisations are not
kept: Biaozhu has no place for them."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.domain import Span
from models.errors import InvalidInput
from models.io.decode import decode_file
from models.io.format import Format, WriteContext, Writer
from models.io.jsontext import NotJson, load_json
from models.io.limits import MAX_SINGLE_DOCUMENT_BYTES
from models.io.model import ExchangeDoc, ExportDoc, make_span

FRAGMENT = re.compile(r"^(\d+) (\d+)$")


def read_brat(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    encoding = options.get("encoding")
    if path.is_dir():
        pairs = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            pairs += [Path(root) / f for f in sorted(files) if f.endswith(".ann")]
        if not pairs:
            raise InvalidInput(f"{path}: no brat .ann files in the folder")
        for ann in pairs:
            yield read_pair(ann.with_suffix(".txt"), ann, encoding)
    elif path.suffix == ".ann":
        yield read_pair(path.with_suffix(".txt"), path, encoding)
    else:
        ann = path.with_suffix(".ann")
        yield read_pair(path, ann if ann.exists() else None, encoding)


def read_pair(txt: Path, ann: Path | None, encoding: str | None = None) -> ExchangeDoc:
    if not txt.exists():
        raise InvalidInput(f"{ann}: no {txt.name} beside it (brat keeps the text in a .txt)")
    text, found = decode_file(
        txt, limit=MAX_SINGLE_DOCUMENT_BYTES, encoding=encoding, what="one document"
    )
    text = text.removeprefix("\ufeff")
    spans = parse_ann(ann, text, encoding) if ann is not None else []
    return ExchangeDoc(txt.stem, text, spans, {"file": txt.name, "encoding": found})


def parse_ann(ann: Path, text: str, encoding: str | None = None) -> list[Span]:
    raw, _ = decode_file(ann, encoding=encoding) if ann.stat().st_size else ("", "utf-8")
    bounds: dict[str, list[tuple[int, int, str, str | None]]] = {}
    attrs: dict[str, dict[str, Any]] = {}
    for lineno, line in enumerate(raw.removeprefix("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{ann}:{lineno}"
        ident, _, rest = line.partition("\t")
        kind = ident[:1]
        if kind == "T":
            bounds[ident] = _text_bound(rest, where)
        elif kind in ("A", "M"):
            parts = rest.split()
            if len(parts) < 2:
                raise InvalidInput(f"{where}: an attribute needs a name and a target")
            value: Any = " ".join(parts[2:]) if len(parts) > 2 else True
            attrs.setdefault(parts[1], {})[parts[0]] = value
        elif kind == "#":
            head, _, note = rest.partition("\t")
            parts = head.split()
            if len(parts) >= 2 and parts[0] == "AnnotatorNotes":
                attrs.setdefault(parts[1], {}).update(_note(note, where))
        elif kind in ("R", "E", "N", "*"):
            continue
        else:
            raise InvalidInput(f"{where}: not a brat annotation line ({line[:40]!r})")
    spans = []
    for ident, fragments in bounds.items():
        for start, end, label, surface in fragments:
            span = make_span(text, start, end, label, f"{ann}: {ident}", attrs=attrs.get(ident))
            if surface is not None and surface.split() != span.text.split():
                raise InvalidInput(
                    f"{ann}: {ident} says {surface!r} but the text at "
                    f"{start}..{end} is {span.text!r}"
                )
            spans.append(span)
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))


def _text_bound(rest: str, where: str) -> list[tuple[int, int, str, str | None]]:
    head, _, surface = rest.partition("\t")
    label, _, offsets = head.partition(" ")
    fragments = []
    for piece in offsets.split(";"):
        match = FRAGMENT.match(piece.strip())
        if not match:
            raise InvalidInput(f"{where}: offsets must be 'START END', got {piece!r}")
        fragments.append((int(match.group(1)), int(match.group(2))))
    # The TEXT column is informative (line breaks in it are written as spaces);
    # it is checked where it can be compared.
    check = surface if len(fragments) == 1 and surface else None
    return [(s, e, label, check) for s, e in fragments]


def _note(note: str, where: str) -> dict[str, Any]:
    note = note.strip()
    if note.startswith("{"):
        try:
            parsed = load_json(note, where)
        except NotJson:
            parsed = None
        if isinstance(parsed, dict):
            return parsed
    return {"note": note} if note else {}


# -- writing -------------------------------------------------------------------------------
# brat standoff: a folder with ``ID.txt`` and ``ID.ann`` per document, and
# the ``annotation.conf``/``visual.conf`` brat needs to show the labels.
#
# The ``.txt`` is the document text exactly as stored (no newline
# translation); offsets are code points, end exclusive. Span attributes (and
# a suggestion's score, source and version) are written as an
# ``AnnotatorNotes`` line holding one JSON object, which needs no declaration
# in ``annotation.conf`` and which the brat import reads back. File names are
# the document ids with characters unsafe in file names replaced.

UNSAFE = re.compile(r"[^\w.\-]+")


class BratWriter(Writer):
    folder = True

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.names: set[str] = set()
        self.write_conf()

    def file_stem(self, doc_id: str) -> str:
        stem = UNSAFE.sub("_", doc_id).strip("._") or "doc"
        name, n = stem, 1
        while name.lower() in self.names:
            n += 1
            name = f"{stem}_{n}"
        self.names.add(name.lower())
        return name

    def add(self, doc: ExportDoc) -> None:
        stem = self.file_stem(doc.id)
        with (self.path / f"{stem}.txt").open("w", encoding="utf-8", newline="") as fh:
            fh.write(doc.text)
        lines = []
        for n, s in enumerate(doc.spans, 1):
            surface = s.text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
            lines.append(f"T{n}\t{s.label} {s.start} {s.end}\t{surface}\n")
            notes = s.attrs
            if s.score is not None:
                notes = notes | {"score": s.score, "source": s.source, "version": s.version}
            if notes:
                lines.append(
                    f"#{n}\tAnnotatorNotes T{n}\t{json.dumps(notes, ensure_ascii=False)}\n"
                )
        with (self.path / f"{stem}.ann").open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)

    def write_conf(self) -> None:
        names = [lab.name for lab in self.context.labels]
        (self.path / "annotation.conf").write_text(
            "[entities]\n"
            + "".join(f"{n}\n" for n in names)
            + "\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
            "\n[events]\n\n[attributes]\n",
            encoding="utf-8",
            newline="\n",
        )
        (self.path / "visual.conf").write_text(
            "[labels]\n"
            + "".join(f"{n} | {n}\n" for n in names)
            + "\n[drawing]\n"
            + "".join(f"{lab.name}\tbgColor:{lab.colour}\n" for lab in self.context.labels),
            encoding="utf-8",
            newline="\n",
        )


BRAT = Format(
    "brat",
    "brat standoff folder (.txt + .ann per document)",
    read=read_brat,
    writer=BratWriter,
    extensions=(".ann",),
    reads_folders=True,
)
