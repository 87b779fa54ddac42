"""Character-level CoNLL with IOB2 tags, the Chinese convention: one character
and its tag per line (``工 B-METRIC``), a blank line between sentences, each
document opened by ``-DOCSTART- -X- O O`` (the line spaCy's converter wants).

Sentences end at line breaks and after 。！？；(never inside a span).
White space cannot be a token in whitespace-separated columns, so spaces,
full-width spaces and line breaks are left out (the manifest counts them);
full-width digits and punctuation are written as they are (no
normalisation). IOB2 cannot hold overlapping spans: where spans overlap the
longest is kept and the others are counted as left out."""

from __future__ import annotations

from pathlib import Path

from models.io.export.base import Context, Writer, sentence_bounds, without_overlaps, writer
from models.io.export.select import ExportDoc

DOCSTART = "-DOCSTART- -X- O O\n\n"


@writer
class ConllWriter(Writer):
    name = "conll"
    extension = ".conll"
    description = "character-level CoNLL, IOB2 tags"

    def __init__(self, path: Path, context: Context):
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
        out = [DOCSTART]
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
