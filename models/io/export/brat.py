"""brat standoff: a folder with ``ID.txt`` and ``ID.ann`` per document, and
the ``annotation.conf``/``visual.conf`` brat needs to show the labels.

The ``.txt`` is the document text exactly as stored (no newline
translation); offsets are code points, end exclusive. Span attributes (and
a suggestion's score, source and version) are written as an
``AnnotatorNotes`` line holding one JSON object, which needs no declaration
in ``annotation.conf`` and which the brat import reads back. File names are
the document ids with characters unsafe in file names replaced."""

from __future__ import annotations

import json
import re
from pathlib import Path

from models.io.export.base import Context, Writer, writer
from models.io.export.select import ExportDoc

UNSAFE = re.compile(r"[^\w.\-]+")


@writer
class BratWriter(Writer):
    name = "brat"
    folder = True
    description = "brat standoff folder (.txt + .ann per document)"

    def __init__(self, path: Path, context: Context):
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
