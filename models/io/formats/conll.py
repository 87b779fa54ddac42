"""CoNLL-style tagged tokens, read and written.

Written, as Chinese character-level NER sets are: one character and its
IOB2 tag per line, separated by a tab (``工\tB-METRIC``; spaCy, flair,
seqeval pipelines and nervaluate all split that way), a blank line after
each sentence, and each document opened by a line that carries its id in
the first column, ``-DOCSTART- <id>\tO`` followed by a blank line. Readers
that know ``-DOCSTART-`` skip it (by its first word); the others see a
one-token sentence tagged ``O``, so no reader stops on it. An id with white
space or ``%`` in it is written with those as ``%XX``.

White space cannot be a token in white-space separated columns: spaces,
full-width spaces and line breaks are not written as token lines. Where
they were (and so every offset of the text) is kept in the manifest
(``conll.whitespace``), from which Biaozhu's own import rebuilds each text
exactly; without the manifest, sentences are joined with line breaks.
Full-width digits and punctuation are written as they are (no
normalisation). Sentences end at line breaks and after 。！？；, never
inside a span. IOB2 cannot hold overlapping spans: where spans overlap the
longest is tagged, and the others are counted in the export's notes and
listed in the manifest (``conll.left_out``: document id → ``[start, end,
label]``), from which Biaozhu's import puts them back. The manifest also
keeps the status of each document the exported layer's annotator had not
finished (``conll.status``), which the import keeps.

Read: character level (every token one character, the Chinese convention)
or token level (words); tags IOB2, IOB1, BIOES/BILOU or BMES. Without the
manifest's layout, the text is rebuilt by joining a sentence's tokens (with
no space at character level, and at token level only between two tokens
that are not Chinese) and a document's sentences with line breaks; a file
without ``-DOCSTART-`` gives one document per sentence. Comment lines
(``# …``) are skipped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from models.domain import Span
from models.errors import InvalidInput, Message
from models.io.clean import is_cjk
from models.io.decode import decode_file
from models.io.format import Format, WriteContext, Writer, check_label
from models.io.limits import DOCUMENT_CHARS
from models.io.manifest import export_layout
from models.io.model import ExchangeDoc, ExportDoc, ExportSpan, make_span, status_meta
from models.io.segments import sentence_bounds, without_overlaps

TAG = re.compile(r"^(?:O|([BIESML]|U)[-_](.+))$")
DOCSTART = "-DOCSTART-"
UNSAFE_IN_ID = re.compile(r"[\s%]")

Sentence = list[tuple[str, str]]  # (token, tag)


@dataclass
class _Document:
    id: str | None
    sentences: list[Sentence] = field(default_factory=list)


def read_conll(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    # No scan for control characters: each character of a text is a line
    # here, so one in a short text passed the share at which a file reads as
    # binary, and Biaozhu refused its own export; binary data still fails
    # the line format ("TOKEN ... TAG") below.
    raw, _ = decode_file(path, scan=False, encoding=options.get("encoding"))
    raw = raw.removeprefix("\ufeff")
    # what the whole file decides, found before any document is built, which
    # are then built one at a time: a tuple per token line of the whole file
    # took gigabytes for a 120 MB file
    has_docstart, char_level = _shape(raw)
    layout = export_layout(path, "conll") or {}
    whitespace = layout.get("whitespace", {}) if char_level else {}
    left_out = layout.get("left_out", {}) if char_level else {}
    statuses = layout.get("status", {}) if isinstance(layout.get("status"), dict) else {}
    for n, doc in enumerate(_documents(raw, path, has_docstart), 1):
        where = Message("{path}: document {document}", path=path, document=n)
        runs = whitespace.get(doc.id) if doc.id is not None else None
        if runs is not None:
            text, spans = _exact_document(doc.sentences, runs, where)
            spans += _left_out(text, left_out.get(doc.id), where)
        else:
            text, spans = build_document(doc.sentences, char_level, where)
        doc_id = doc.id if doc.id is not None else f"{path.stem}-{n}"
        meta = status_meta({"file": path.name}, statuses.get(doc_id, "done" if layout else None))
        yield ExchangeDoc(doc_id, text, spans, meta)


def _left_out(text: str, listed: Any, where: str | Message) -> list[Span]:
    """The overlapping spans the export's tags left out, as its manifest lists them."""
    if listed is None:
        return []
    if not isinstance(listed, list) or not all(
        isinstance(item, list) and len(item) == 3 for item in listed
    ):
        raise InvalidInput(
            "{where}: the manifest's left_out spans are not [start, end, label]", where=where
        )
    return [
        make_span(
            text, start, end, label, Message("{where} left-out span {span}", where=where, span=i)
        )
        for i, (start, end, label) in enumerate(listed)
    ]


LINES_AT_ONCE = 1 << 20  # characters of the file split into lines at a time


def _lines(raw: str) -> Iterator[str]:
    """``raw.splitlines()``, a part of the file at a time (a list of every
    line took a Python string per line of the whole file at once): each part
    ends just after a \n, so no line break, \r\n included, is cut in two."""
    start, size = 0, len(raw)
    while start < size:
        cut = raw.find("\n", start + LINES_AT_ONCE)
        end = size if cut < 0 else cut + 1
        yield from raw[start:end].splitlines()
        start = end


def _token_line(stripped: str, line: str, lineno: int, path: Path) -> tuple[str, str] | None:
    """(token, tag) of a token line; None for a comment; InvalidInput otherwise."""
    columns = stripped.split()
    if len(columns) < 2 or not TAG.match(columns[-1]):
        if stripped.startswith("#"):
            return None
        raise InvalidInput(
            "{path}:{lineno}: expected 'TOKEN ... TAG' (tag O, B-X, I-X…), got {line!r}",
            path=path,
            lineno=lineno,
            line=line[:40],
        )
    return columns[0], columns[-1]


# where str.splitlines splits a line
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
LINE_BREAK = re.compile(f"\\r\\n|[{BREAKS}]")
# a line that is -DOCSTART- once stripped; one whose first column is two
# characters or more (a word, a comment, a DOCSTART: each then read whole)
DOCSTART_LINE = re.compile(f"(?:\\A|(?<=[{BREAKS}]))\\s*{DOCSTART}")
WIDE_FIRST_COLUMN = re.compile(f"(?:\\A|(?<=[{BREAKS}]))[^\\S{BREAKS}]*\\S\\S")


def _shape(raw: str) -> tuple[bool, bool]:
    """(whether the file has -DOCSTART- lines, whether every token is one
    character), found by searching the text, not by reading each line: the
    lines that can decide are the few whose first column is wide."""
    has_docstart = DOCSTART_LINE.search(raw) is not None
    for match in WIDE_FIRST_COLUMN.finditer(raw):
        end = LINE_BREAK.search(raw, match.end())
        stripped = raw[match.start() : end.start() if end else len(raw)].strip()
        columns = stripped.split()
        if (
            not stripped.startswith(DOCSTART)
            and len(columns) >= 2
            and TAG.match(columns[-1])
            and len(columns[0]) > 1
        ):
            return has_docstart, False
    return has_docstart, True


def _documents(raw: str, path: Path, has_docstart: bool) -> Iterator[_Document]:
    """The file's documents with sentences, one at a time (a file without
    ``-DOCSTART-`` gives one document per sentence); one with more tokens
    than a text may have characters is refused as soon as it has them."""
    document = _Document(None)
    sentence: Sentence = []
    tokens = 0
    number = 0  # of the documents with a sentence, as read_conll numbers them

    def ended() -> Iterator[_Document]:
        nonlocal document, number
        if document.sentences:
            number += 1
            yield document

    for lineno, line in enumerate(_lines(raw), 1):
        stripped = line.strip()
        if stripped.startswith(DOCSTART):
            if sentence:
                document.sentences.append(sentence)
                sentence = []
            yield from ended()
            document, tokens = _Document(_docstart_id(stripped)), 0
            continue
        if not stripped:
            if sentence:
                document.sentences.append(sentence)
                sentence = []
                if not has_docstart:
                    yield from ended()
                    document, tokens = _Document(None), 0
            continue
        token = _token_line(stripped, line, lineno, path)
        if token is None:
            continue
        sentence.append(token)
        tokens += 1
        if tokens > DOCUMENT_CHARS:
            raise InvalidInput(
                "{path}:{lineno}: document {document} has over {limit:,} tokens, more characters"
                " than a document may have (limit {limit:,}): split it into articles",
                path=path,
                lineno=lineno,
                document=number + 1,
                limit=DOCUMENT_CHARS,
            )
    if sentence:
        document.sentences.append(sentence)
    yield from ended()


def _docstart_id(line: str) -> str | None:
    """The id on a ``-DOCSTART- <id>\tO`` line; None on CoNLL-2003's ``-DOCSTART- -X- O O``."""
    first = line.split("\t")[0].split()
    if len(first) != 2 or first[1] == "-X-":
        return None
    return unquote(first[1])


def _tagged_spans(sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, label) over the document's tokens in order."""
    found = []
    open_label: str | None = None
    open_start = 0
    pos = 0
    for sentence in sentences:
        for token_tag in sentence:
            match = TAG.match(token_tag[1])
            prefix, label = (
                (match.group(1), match.group(2)) if match and match.group(1) else ("O", None)
            )
            begins = prefix in ("B", "S", "U") or (prefix != "O" and label != open_label)
            if open_label is not None and (prefix == "O" or begins):
                found.append((open_start, pos, open_label))
                open_label = None
            if prefix != "O" and open_label is None:
                open_label, open_start = label, pos
            pos += 1
            if prefix in ("E", "S", "L", "U") and open_label is not None:
                found.append((open_start, pos, open_label))
                open_label = None
        if open_label is not None:  # a span never goes on past its sentence
            found.append((open_start, pos, open_label))
            open_label = None
    return found


def _exact_document(
    sentences: list[Sentence], runs: list[list[Any]], where: str | Message
) -> tuple[str, list[Span]]:
    """The text exactly as exported: the characters of the token lines with the
    white space the manifest says was between them."""
    chars = "".join(token for sentence in sentences for token, _ in sentence)
    parts, positions, done, pos = [], [], 0, 0
    for before, run in runs:
        if not (isinstance(before, int) and isinstance(run, str) and done <= before <= len(chars)):
            raise InvalidInput(
                "{where}: the manifest's white space does not fit the tokens", where=where
            )
        parts += [chars[done:before], run]
        positions += range(pos, pos + before - done)
        pos += before - done + len(run)
        done = before
    parts.append(chars[done:])
    positions += range(pos, pos + len(chars) - done)
    text = "".join(parts)
    spans = [
        make_span(
            text,
            positions[a],
            positions[b - 1] + 1,
            label,
            Message("{where} span {span}", where=where, span=i),
        )
        for i, (a, b, label) in enumerate(_tagged_spans(sentences))
    ]
    return text, spans


def build_document(
    sentences: list[Sentence], char_level: bool, where: str | Message
) -> tuple[str, list[Span]]:
    """A text rebuilt from its tokens alone (a CoNLL file of another tool)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            parts.append("\n")
            pos += 1
        prev = ""
        for token, _ in sentence:
            if not char_level and prev and not (is_cjk(prev[-1]) or is_cjk(token[0])):
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(token)
            pos += len(token)
            ends.append(pos)
            prev = token
    text = "".join(parts)
    spans = [
        make_span(
            text, starts[a], ends[b - 1], label, Message("{where} span {span}", where=where, span=i)
        )
        for i, (a, b, label) in enumerate(_tagged_spans(sentences))
    ]
    return text, spans


# -- writing -------------------------------------------------------------------------------


def docstart_line(doc_id: str) -> str:
    safe = UNSAFE_IN_ID.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), doc_id)
    return f"{DOCSTART} {safe}\tO\n\n"


class ConllWriter(Writer):
    extension = ".conll"
    keeps_attrs = False  # IOB2 tags: labels only

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.whitespace: dict[str, list[list[Any]]] = {}
        # {document id: [[start, end, label], ...]}: the overlapping spans the tags leave out
        self.left_out: dict[str, list[list[Any]]] = {}
        # {document id: status} of each document not done (the rest are done)
        self.status: dict[str, str] = {}
        self.labels_checked: set[str] = set()

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        text = doc.text
        spans, dropped = without_overlaps(doc.spans)
        if dropped:
            self.context.notes["conll_overlapping_spans_left_out"] += dropped
            tagged = {s.key() for s in spans}
            self.left_out[doc.id] = [list(s.key()) for s in doc.spans if s.key() not in tagged]
        tags = ["O"] * len(text)
        for s in spans:
            if s.label not in self.labels_checked:
                check_label(s.label, "CoNLL")
                self.labels_checked.add(s.label)
            tags[s.start] = f"B-{s.label}"
            if s.end - s.start > 1:
                tags[s.start + 1 : s.end] = [f"I-{s.label}"] * (s.end - s.start - 1)
        out = [docstart_line(doc.id)]
        for start, end in sentence_bounds(text, spans):
            runs = NON_SPACE.finditer(text, start, end)  # white space is not a token line
            lines = (
                "\n".join(map("\t".join, zip(text[a:b], tags[a:b], strict=True)))
                for a, b in (m.span() for m in runs)
            )
            out.append("\n".join(lines) + "\n\n")  # joined in C: most of a large export
        self.whitespace[doc.id] = _whitespace_runs(text)
        if doc.status and doc.status != "done":
            self.status[doc.id] = doc.status
        self.context.notes["conll_whitespace_left_out"] += sum(
            len(r) for _, r in self.whitespace[doc.id]
        )
        self.fh.write("".join(out))
        return spans

    def close(self) -> None:
        self.fh.close()

    def manifest_extra(self) -> dict[str, Any]:
        return {
            "conll": {
                "columns": ["character", "IOB2 tag"],
                "separator": "tab",
                "documents": "-DOCSTART- <id>\tO, then a blank line",
                # {document id: [[characters before the run, the run], ...]}: every
                # white-space character of the text, which the token lines leave out
                "whitespace": self.whitespace,
                # {document id: [[start, end, label], ...]}: spans that overlap a longer
                # one, which IOB2 cannot tag; offsets into the text the import rebuilds
                "left_out": self.left_out,
                # {document id: status} of the documents the annotator had not
                # finished (in_progress, todo); import keeps it unless --status
                "status": self.status,
            }
        }


WHITESPACE_RUN = re.compile(r"\s+")
NON_SPACE = re.compile(r"\S+")


def _whitespace_runs(text: str) -> list[list[Any]]:
    runs, removed = [], 0
    for match in WHITESPACE_RUN.finditer(text):
        runs.append([match.start() - removed, match.group()])
        removed += len(match.group())
    return runs


CONLL = Format(
    "conll",
    "character-level CoNLL, IOB2 tags, tab-separated",
    read=read_conll,
    writer=ConllWriter,
    extensions=(".conll", ".bio", ".iob", ".iob2", ".bmes", ".bioes"),
)
