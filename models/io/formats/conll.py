"""CoNLL-style tagged tokens: one token per line, tag in the last column,
a blank line between sentences, ``-DOCSTART-`` between documents.

Character level (every token one character, the Chinese convention) or
token level (words). Tags may be IOB2, IOB1, BIOES/BILOU or BMES. The text
is rebuilt by joining a sentence's tokens (with no space at character
level, and at token level only between two tokens that are not Chinese)
and a document's sentences with line breaks; a file without ``-DOCSTART-``
gives one document per sentence. Comment lines (``# …``) are skipped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.domain import Span
from models.errors import InvalidInput
from models.io.clean import is_cjk
from models.io.decode import decode_file
from models.io.format import Format, WriteContext, Writer
from models.io.model import ExchangeDoc, ExportDoc, make_span
from models.io.segments import sentence_bounds, without_overlaps

TAG = re.compile(r"^(?:O|([BIESML]|U)[-_](.+))$")
DOCSTART = "-DOCSTART-"

Sentence = list[tuple[str, str]]  # (token, tag)


def read_conll(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    raw, _ = decode_file(path, encoding=options.get("encoding"))
    documents: list[list[Sentence]] = [[]]
    sentence: Sentence = []
    has_docstart = False
    for lineno, line in enumerate(raw.removeprefix("\ufeff").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith(DOCSTART):
            has_docstart = True
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            if documents[-1]:
                documents.append([])
            continue
        if not stripped:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        columns = stripped.split()
        if len(columns) < 2 or not TAG.match(columns[-1]):
            if stripped.startswith("#"):
                continue
            raise InvalidInput(
                f"{path}:{lineno}: expected 'TOKEN ... TAG' (tag O, B-X, I-X…), got {line[:40]!r}"
            )
        sentence.append((columns[0], columns[-1]))
    if sentence:
        documents[-1].append(sentence)
    if not has_docstart:  # one document per sentence
        documents = [[s] for s in documents[0]]
    char_level = all(len(tok) == 1 for doc in documents for sent in doc for tok, _ in sent)
    for n, doc in enumerate(d for d in documents if d):
        text, spans = build_document(doc, char_level, f"{path}: document {n + 1}")
        yield ExchangeDoc(f"{path.stem}-{n + 1}", text, spans, {"file": path.name})


def build_document(
    sentences: list[Sentence], char_level: bool, where: str
) -> tuple[str, list[Span]]:
    parts: list[str] = []
    found: list[tuple[int, int, str]] = []
    pos = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            parts.append("\n")
            pos += 1
        open_label: str | None = None
        open_start = pos_end = 0
        prev = ""
        for token, tag in sentence:
            if not char_level and prev and not (is_cjk(prev[-1]) or is_cjk(token[0])):
                parts.append(" ")
                pos += 1
            match = TAG.match(tag)
            prefix, label = (
                (match.group(1), match.group(2)) if match and match.group(1) else ("O", None)
            )
            begins = prefix in ("B", "S", "U") or (prefix != "O" and label != open_label)
            if open_label is not None and (prefix == "O" or begins):
                found.append((open_start, pos_end, open_label))
                open_label = None
            if prefix != "O" and open_label is None:
                open_label, open_start = label, pos
            parts.append(token)
            pos += len(token)
            pos_end = pos
            if prefix in ("E", "S", "L", "U") and open_label is not None:
                found.append((open_start, pos_end, open_label))
                open_label = None
            prev = token
        if open_label is not None:
            found.append((open_start, pos_end, open_label))
    text = "".join(parts)
    spans = [
        make_span(text, s, e, label, f"{where} span {i}") for i, (s, e, label) in enumerate(found)
    ]
    return text, spans


# -- writing -------------------------------------------------------------------------------

DOCSTART_LINE = "-DOCSTART- -X- O O\n\n"


class ConllWriter(Writer):
    extension = ".conll"

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")

    def add(self, doc: ExportDoc) -> None:
        text = doc.text
        spans, dropped = without_overlaps(doc.spans)
        if dropped:
            self.context.notes["conll_overlapping_spans_left_out"] += dropped
        tags = ["O"] * len(text)
        for s in spans:
            tags[s.start] = f"B-{s.label}"
            if s.end - s.start > 1:
                tags[s.start + 1 : s.end] = [f"I-{s.label}"] * (s.end - s.start - 1)
        out = [DOCSTART_LINE]
        written = 0
        for start, end in sentence_bounds(text, spans):
            lines = [
                f"{c} {t}\n"
                for c, t in zip(text[start:end], tags[start:end], strict=True)
                if not c.isspace()
            ]
            written += len(lines)
            out.append("".join(lines))
            out.append("\n")
        self.context.notes["conll_whitespace_left_out"] += len(text) - written
        self.fh.write("".join(out))

    def close(self) -> None:
        self.fh.close()


CONLL = Format(
    "conll",
    "character-level CoNLL, IOB2 tags",
    read=read_conll,
    writer=ConllWriter,
    extensions=(".conll", ".bio", ".iob", ".iob2", ".bmes", ".bioes"),
)
