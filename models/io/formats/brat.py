"""brat standoff: a ``.txt`` file and its ``.ann`` beside it, read and written.

Offsets are code points into the text as brat reads the ``.txt``, end
exclusive: brat opens it with Python's universal newlines, so a Windows line
end ``\r\n`` is one character to it (nlplab/brat#853), and offsets after
one count it so. The ``.txt`` itself is the document's text byte for byte;
the reader maps brat's offsets back onto it (and takes offsets into the text
as it is, as Biaozhu wrote them before, where only those fit the spans'
text). A file is named after its document id, with the characters a file
name cannot safely hold written as ``%XX`` (UTF-8).

Writing: a folder with ``ID.txt`` and ``ID.ann`` per document, and the
``annotation.conf``/``visual.conf`` brat needs to show the labels; the
folder's manifest keeps the status of each document the exported layer's
annotator had not finished (``brat.status``, by ``.ann`` name), which the
import keeps while that ``.ann`` is unchanged. A span
that crosses a line break is written as fragments, one per line
(``T1	COMPANY 26 29;30 31	富联精 密``), as brat's parser requires: the
``.ann`` is read line by line. Span attributes are an ``AnnotatorNotes``
line holding one JSON object (no declaration in ``annotation.conf``
needed); a suggestion's score, source and version go there too, under
``"suggestion"``.

Reading: a folder (walked for ``.ann`` files, each with the ``.txt`` of the
same name), a single ``.ann``, or a ``.txt`` (with its ``.ann`` if there is
one). ``T`` lines become spans: fragments separated only by white space
(Biaozhu's own, across line breaks) are one span again, other fragments each
a span of their own (Biaozhu has no discontinuous spans). ``A``/``M``
attributes and ``AnnotatorNotes`` become the span's attrs (a note holding a
JSON object is merged as is). Relations (``R``, ``*``), events (``E``) and
normalizations (``N``) are not kept: Biaozhu has no place for them; they are
counted, and the import says how many it left out."""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from models.domain import Span
from models.errors import InvalidInput
from models.io.decode import ONE_DOCUMENT, decode_bytes, read_file, refuse_pipe
from models.io.format import Format, WriteContext, Writer, check_label
from models.io.jsontext import NotJson, load_json
from models.io.limits import MAX_SINGLE_DOCUMENT_BYTES
from models.io.manifest import FOLDER_MANIFEST, listed_files, read_manifest, sha256_of
from models.io.model import (
    EVENTS,
    NORMALIZATIONS,
    RELATIONS,
    SPLIT,
    SPLIT_INTO,
    ExchangeDoc,
    ExportDoc,
    ExportSpan,
    left_out_meta,
    make_span,
    status_meta,
)

FRAGMENT = re.compile(r"^(\d+) (\d+)$")
# More digits than any text's offset has (a document holds at most a few
# million characters).
OFFSET_DIGITS = 18
CRLF = re.compile("\r\n")
UNIVERSAL_NEWLINE = re.compile("\r\n|\r|\n")


def read_brat(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    encoding = options.get("encoding")
    if path.is_dir():
        pairs = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            pairs += [Path(root) / f for f in sorted(files) if f.endswith(".ann")]
        if not pairs:
            raise InvalidInput("{path}: no brat .ann files in the folder", path=path)
        statuses = _statuses(path)
        for ann in pairs:
            yield _with_status(read_pair(ann.with_suffix(".txt"), ann, encoding), ann, statuses)
    elif path.suffix == ".ann":
        doc = read_pair(path.with_suffix(".txt"), path, encoding)
        yield _with_status(doc, path, _statuses(path.parent))
    else:
        ann = path.with_suffix(".ann")
        doc = read_pair(path, ann if ann.exists() else None, encoding)
        yield _with_status(doc, ann, _statuses(path.parent)) if ann.exists() else doc


Statuses = tuple[Path, dict[str, str], dict[str, str], dict[str, str]]


def _statuses(folder: Path) -> Statuses:
    """What the manifest of Biaozhu's brat export in ``folder`` (or the folder
    above it, for a --split part) says of the documents its annotator had not
    finished: (the manifest's folder, {.ann name: status}, {.ann name: its
    sha256 then}, {.ann name: the document id its file name does not spell});
    empty without such a manifest."""
    for where in (folder, folder.parent):
        try:
            stat = (where / FOLDER_MANIFEST).stat()
        except OSError:
            continue
        found = _manifest_statuses(str(where / FOLDER_MANIFEST), stat.st_mtime_ns, stat.st_size)
        if found is not None:
            return where, *found
    return folder, {}, {}, {}


@functools.lru_cache(maxsize=4)
def _manifest_statuses(
    path: str, mtime_ns: int, size: int
) -> tuple[dict[str, str], dict[str, str], dict[str, str]] | None:
    """A brat export manifest's statuses, files and ids, read once however
    many of its .ann files are imported one by one (``--format auto`` on a
    folder)."""
    manifest = read_manifest(Path(path)) or {}
    record = manifest.get("brat")
    listed = record.get("status") if isinstance(record, dict) else None
    if not isinstance(listed, dict):
        return None
    ids = record.get("ids")
    if not isinstance(ids, dict):
        ids = {}
    ids = {k: v for k, v in ids.items() if isinstance(v, str) and v.strip()}
    return listed, listed_files(manifest), ids


def _with_status(doc: ExchangeDoc, ann: Path, statuses: Statuses) -> ExchangeDoc:
    """The document with the id and the status the export's manifest gives
    it: the id its file name was cut or numbered from (always), the status
    while its .ann is as the export wrote it (a .ann edited in brat since is
    the curator's: it is imported as any labelled file)."""
    folder, listed, files, ids = statuses
    try:
        name = ann.relative_to(folder).as_posix()
    except ValueError:
        return doc
    doc_id = ids.get(name, ids.get(ann.name))
    if doc_id is not None:
        doc.id = doc_id
    status = listed.get(name, listed.get(ann.name))  # a --split part's: by its own name
    if status is None or files.get(name) != sha256_of(ann):
        return doc
    doc.meta = status_meta(doc.meta, status)
    return doc


def read_pair(txt: Path, ann: Path | None, encoding: str | None = None) -> ExchangeDoc:
    if not txt.exists():
        raise InvalidInput(
            "{ann}: no {txt_name} beside it (brat keeps the text in a .txt)",
            ann=ann,
            txt_name=txt.name,
        )
    refuse_pipe(txt)  # the .ann's text, which the folder names, not the user
    data = read_file(txt, MAX_SINGLE_DOCUMENT_BYTES, ONE_DOCUMENT)
    # Beside its .ann the .txt is a document, control characters and all (a
    # project holds them and brat shows them): only a .txt alone is scanned
    # for binary data.
    text, found = (
        decode_bytes(data, str(txt), encoding=encoding, scan=True)
        if ann is None
        else _as_brat_reads(data, str(txt), encoding)
    )
    if data.startswith(codecs.BOM_UTF8) and found in ("utf-8-sig", "utf-8"):
        # brat reads the .txt with the "utf8" codec, which keeps a leading
        # U+FEFF as the text's first character and counts it in its offsets
        text = data.decode("utf-8")
    left_out: dict[str, int] = {}
    spans = parse_ann(ann, text, encoding, left_out) if ann is not None else []
    meta = left_out_meta({"file": txt.name, "encoding": found}, **left_out)
    return ExchangeDoc(unquote(txt.stem), text, spans, meta)


def _as_brat_reads(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    """A document's .txt or .ann as brat reads it: UTF-8, whatever else its
    bytes could be. A short text that is also valid UTF-16 ('%é') was refused
    as too short to tell; other encodings are still read for a folder that
    is not UTF-8 (brat itself would not read it)."""
    if encoding is None and b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, name, encoding=encoding, scan=False)


# brat's lines that link spans (relations, equivalences, events) or point out
# of the text (normalizations): Biaozhu keeps none of them
LEFT_OUT_LINES = {"R": RELATIONS, "*": RELATIONS, "E": EVENTS, "N": NORMALIZATIONS}


def parse_ann(
    ann: Path, text: str, encoding: str | None = None, left_out: dict[str, int] | None = None
) -> list[Span]:
    """The spans of a .ann; ``left_out`` counts its lines of LEFT_OUT_LINES by kind."""
    # not scanned for binary data: its lines are read strictly, and a span's
    # text in them holds what its document holds
    raw, _ = _as_brat_reads(read_file(ann), str(ann), encoding) if ann.stat().st_size else ("", "")
    bounds: dict[str, list[tuple[int, int, str, str | None]]] = {}
    attrs: dict[str, dict[str, Any]] = {}
    left_out = {} if left_out is None else left_out
    defined: set[str] = set()
    targets: list[tuple[str, str]] = []  # (where, the id an A, M or # line points to)
    # brat's lines: universal newlines (\n, \r\n, \r), not str.splitlines, for
    # which U+2028 or NEL inside a span's text would end the line
    lines = UNIVERSAL_NEWLINE.split(raw.removeprefix("\ufeff"))
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{ann}:{lineno}"
        ident, _, rest = line.partition("\t")
        defined.add(ident)
        kind = ident[:1]
        if kind == "T":
            if ident in bounds:  # brat's ids are unique: a copied line, not a second span
                raise InvalidInput("{where}: {ident} is given twice", where=where, ident=ident)
            bounds[ident] = _text_bound(rest, where)
        elif kind in ("A", "M"):
            parts = rest.split()
            if len(parts) < 2:
                raise InvalidInput("{where}: an attribute needs a name and a target", where=where)
            value: Any = " ".join(parts[2:]) if len(parts) > 2 else True
            attrs.setdefault(parts[1], {})[parts[0]] = value
            targets.append((where, parts[1]))
        elif kind == "#":
            head, _, note = rest.partition("\t")
            parts = head.split()
            if len(parts) >= 2 and parts[0] == "AnnotatorNotes":
                attrs.setdefault(parts[1], {}).update(_note(note, where))
                targets.append((where, parts[1]))
        elif kind in LEFT_OUT_LINES:  # links between spans, kept by no span: counted
            left_out[LEFT_OUT_LINES[kind]] = left_out.get(LEFT_OUT_LINES[kind], 0) + 1
        else:
            raise InvalidInput(
                "{where}: not a brat annotation line ({line!r})", where=where, line=line[:40]
            )
    _refuse_dangling(targets, defined)
    for note in attrs.values():
        note.pop(SUGGESTION_NOTE, None)  # where a suggestion came from: not an attribute
    to_text = from_brat(text)
    try:
        return _spans(ann, text, bounds, attrs, to_text, left_out)
    except InvalidInput:
        if to_text is None:
            raise
        try:  # offsets into the text as it is, as an older Biaozhu wrote them
            return _spans(ann, text, bounds, attrs, None, left_out)
        except InvalidInput:
            pass
        raise


def _spans(
    ann: Path,
    text: str,
    bounds: dict[str, list[tuple[int, int, str, str | None]]],
    attrs: dict[str, dict[str, Any]],
    to_text: Callable[[int], int] | None,
    left_out: dict[str, int],
) -> list[Span]:
    """The spans of the T lines; ``left_out`` counts, once all are read, the
    discontinuous ones that came in as a span per fragment (SPLIT, SPLIT_INTO)."""
    spans = []
    split = split_into = 0
    for ident, fragments in bounds.items():
        note = attrs.get(ident, {})
        if to_text is not None:
            fragments = [(to_text(s), to_text(e), lab, sur) for s, e, lab, sur in fragments]
        pieces = _joined(fragments, text)
        if len(pieces) > 1:
            split, split_into = split + 1, split_into + len(pieces)
        for start, end, label, surface in pieces:
            span = make_span(text, start, end, label, f"{ann}: {ident}", attrs=note)
            if surface is not None and surface.split() != span.text.split():
                raise InvalidInput(
                    "{ann}: {ident} says {surface!q} but the text at {start}..{end} is {span_text!q}",
                    ann=ann,
                    ident=ident,
                    surface=surface,
                    start=start,
                    end=end,
                    span_text=span.text,
                )
            spans.append(span)
    if split:
        left_out[SPLIT] = left_out.get(SPLIT, 0) + split
        left_out[SPLIT_INTO] = left_out.get(SPLIT_INTO, 0) + split_into
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))


def _crlf(text: str) -> list[int]:
    """Where each \r of a \r\n is in ``text``."""
    return [m.start() for m in CRLF.finditer(text)] if "\r\n" in text else []


def to_brat(text: str) -> Callable[[int], int] | None:
    """A position of ``text`` as brat counts it (\r\n one character); None when
    the two counts agree (no \r\n: a lone \r is still one character)."""
    crs = _crlf(text)
    if not crs:
        return None
    return lambda pos: pos - bisect_left(crs, pos)


def from_brat(text: str) -> Callable[[int], int] | None:
    """The position in ``text`` of a position as brat counts it; None when the
    two counts agree."""
    crs = _crlf(text)
    if not crs:
        return None
    # where the line end of each \r\n is in brat's count of the text
    ends = [cr - k for k, cr in enumerate(crs)]
    return lambda pos: pos + bisect_left(ends, pos)


def _refuse_dangling(targets: list[tuple[str, str]], defined: set[str]) -> None:
    """A note or attribute on an id no line defines was once on a span whose
    line was deleted or renumbered by hand: dropping it would lose a value
    without a word, as a second T1 would a span. (Checked after every line:
    brat does not order them.)"""
    for where, target in targets:
        if target not in defined:
            raise InvalidInput(
                "{where}: it points to {target}, which no line of the file defines",
                where=where,
                target=target,
            )


def _joined(
    fragments: list[tuple[int, int, str, str | None]], text: str
) -> list[tuple[int, int, str, str | None]]:
    """Fragments with only white space between them as one span (how a span
    across line breaks is written), others as they are."""
    starts_ends = sorted((s, e) for s, e, _, _ in fragments)
    label = fragments[0][2]
    gaps = zip(starts_ends, starts_ends[1:], strict=False)
    if len(fragments) > 1 and all(
        0 <= a_end <= b_start <= len(text) and not text[a_end:b_start].strip()
        for (_, a_end), (b_start, _) in gaps
    ):
        return [(starts_ends[0][0], starts_ends[-1][1], label, None)]
    return fragments


def _text_bound(rest: str, where: str) -> list[tuple[int, int, str, str | None]]:
    head, _, surface = rest.partition("\t")
    label, _, offsets = head.partition(" ")
    fragments = []
    for piece in offsets.split(";"):
        match = FRAGMENT.match(piece.strip())
        if not match or max(len(match.group(1)), len(match.group(2))) > OFFSET_DIGITS:
            # (Python converts no more than 4,300 digits: a damaged line's
            # offset of thousands stopped the import with a ValueError)
            shown = piece if len(piece) <= 40 else piece[:39] + "…"
            raise InvalidInput(
                "{where}: offsets must be 'START END', got {piece!r}", where=where, piece=shown
            )
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

SAFE_NAME = re.compile(r"[^\w.\-]|^\.")
# Characters that end a line for brat's reader or for Python's str.splitlines.
LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
SUGGESTION_NOTE = "suggestion"


# The bytes of a file's stem: file systems hold 255 bytes a name, and the
# stem gets ".ann" and perhaps "_2" (a name taken on a file system that
# ignores case) after it. A longer one is cut, a digest of the id after it.
MAX_STEM_BYTES = 200
DIGEST_CHARS = 16


def file_stem(doc_id: str) -> str:
    """The document id as a file name, reversibly: unsafe characters as %XX;
    one too long for a file system (a URL, a headline) cut, with a digest of
    the whole id after it (the manifest maps it back, ``brat.ids``)."""
    stem = SAFE_NAME.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), doc_id)
    if len(stem.encode()) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(doc_id.encode()).hexdigest()[:DIGEST_CHARS]
    room = MAX_STEM_BYTES - DIGEST_CHARS - 1
    cut = stem.encode()[:room].decode(errors="ignore")
    cut = re.sub(r"%[0-9A-F]?$", "", cut)  # not in the middle of an escape
    return f"{cut}~{digest}"


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of a span between line breaks (one piece for most spans)."""
    out = []
    pos = start
    for match in LINE_BREAKS.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out


def note_json(line: str) -> str:
    """A JSON note on one line, whatever characters its values hold."""
    return LINE_BREAKS.sub(lambda m: "".join(f"\\u{ord(c):04x}" for c in m.group()), line)


class BratWriter(Writer):
    folder = True

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.names: set[str] = set()
        # {.ann file name: status} of each document the annotator had not finished
        self.status: dict[str, str] = {}
        # {.ann file name: document id} where the name does not spell the id
        self.ids: dict[str, str] = {}
        for label in context.labels:  # a span's label is always one of the project's
            check_label(label.name, "brat")
        self.write_conf()

    def unique_stem(self, doc_id: str) -> str:
        stem = file_stem(doc_id) or "doc"
        name, n = stem, 1
        while name.lower() in self.names:  # file systems that ignore case
            n += 1
            name = f"{stem}_{n}"
        self.names.add(name.lower())
        return name

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        stem = self.unique_stem(doc.id)
        if unquote(stem) != doc.id:  # cut, or numbered beside another of its name
            self.ids[f"{stem}.ann"] = doc.id
        with (self.path / f"{stem}.txt").open("w", encoding="utf-8", newline="") as fh:
            fh.write(doc.text)
        brat = to_brat(doc.text) or (lambda pos: pos)
        lines = []
        for n, s in enumerate(doc.spans, 1):
            pieces = fragments(doc.text, s.start, s.end)
            if len(pieces) > 1:
                self.context.notes["brat_fragmented_spans"] += 1
            offsets = ";".join(f"{brat(a)} {brat(b)}" for a, b in pieces)
            surface = " ".join(doc.text[a:b] for a, b in pieces)
            lines.append(f"T{n}\t{s.label} {offsets}\t{surface}\n")
            if s.score is not None:
                provenance = {"score": s.score, "source": s.source, "version": s.version}
                note = note_json(
                    json.dumps(s.attrs | {SUGGESTION_NOTE: provenance}, ensure_ascii=False)
                )
            else:
                note = note_json(s.attrs_json) if s.attrs_json != "{}" else ""  # JSON already
            if note:
                lines.append(f"#{n}\tAnnotatorNotes T{n}\t{note}\n")
        with (self.path / f"{stem}.ann").open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)
        if doc.status and doc.status != "done":
            self.status[f"{stem}.ann"] = doc.status
        return doc.spans

    def manifest_extra(self) -> dict[str, Any]:
        # import keeps these statuses (unless --status) while the .ann is unchanged
        return {"brat": {"status": self.status, "ids": self.ids}}

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
    file_per_document=True,
    writes=(".txt", ".ann", ".conf"),
)
