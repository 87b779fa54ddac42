"""Gold we annotated ourselves on a public corpus the rules were not written
beside: a sample of CFSC's ``test.json`` (financial news sentences,
2017–2022), annotated under ``GUIDELINES.md`` for all three labels by
annotators who read neither the rules nor their output.

Why it exists: ``news-train`` taught the rules, so the rules' precision
there is what they were fitted to, and a scorer trained on it alone trusts
them more than news they have not seen deserves. Sentences the rules never
saw tell the scorer what a rule's word is worth on new news.

The file (``resources/training/cfsc-test-spans.jsonl``) holds no text: one
line per sentence with its index in CFSC's ``test.json``, a digest of its
text and its spans as ``[start, end, label]`` (code points, end exclusive).
The texts are read from ``../shared/data/cfsc`` at training time, and a
sentence whose digest differs is refused. A sentence with no spans is a
line too: its candidates are all wrong.

    python -m models.learn.annotated export OUT.jsonl [--shared ../shared]

writes the annotated sentences as a JSONL gold file (with texts, for
``biaozhu evaluate``); ``import RAW.jsonl...`` turns annotators' records
(``{"index", "spans": [{"start", "end", "label", "text"}]}``) into the
stored form, checking every span against its sentence."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from models.domain import Span
from models.errors import InvalidInput
from models.learn.data import TrainingDoc, without_overlaps
from models.paths import resource

SOURCE = Path("data") / "cfsc" / "test.json"
STORED = ("training", "cfsc-test-spans.jsonl")  # under resources/
LABELS = ("METRIC", "COMPANY", "POLICY")
PREFIX = "cfsc-test-"
REPO = Path(__file__).resolve().parents[2]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def source_texts(shared: Path) -> list[str]:
    path = shared / SOURCE
    try:
        return [str(d["text"]) for d in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(f"{path}: not CFSC's test set ({exc})") from None


def read_annotated(shared: Path, stored: Path | None = None) -> list[TrainingDoc]:
    """The annotated sentences with their texts, in the stored order."""
    texts = source_texts(shared)
    stored = stored or resource(*STORED)
    docs = []
    for n, line in enumerate(stored.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            docs.append(_document(json.loads(line), texts, f"{stored}:{n}"))
    return docs


def _document(record: dict, texts: Sequence[str], where: str) -> TrainingDoc:
    index = record["index"]
    if not 0 <= index < len(texts):
        raise InvalidInput(f"{where}: sentence {index} is not in CFSC's test set")
    text = texts[index]
    if text_digest(text) != record["digest"]:
        raise InvalidInput(f"{where}: sentence {index} of CFSC's test set has changed")
    spans = []
    for start, end, label in record["spans"]:
        if not (0 <= start < end <= len(text)) or label not in LABELS:
            raise InvalidInput(f"{where}: span {start}-{end} {label} does not fit sentence {index}")
        spans.append(Span(start, end, label, text[start:end]))
    return TrainingDoc(f"{PREFIX}{index}", text, tuple(without_overlaps(spans)))


def stored_records(raw: Iterable[dict], texts: Sequence[str]) -> list[dict]:
    """Annotators' records in the stored form, sorted by sentence; each
    span's text must be the sentence's characters at its offsets."""
    out = {}
    for record in raw:
        index = record["index"]
        text = texts[index]
        spans = []
        for s in sorted(record["spans"], key=lambda s: s["start"]):
            if text[s["start"] : s["end"]] != s["text"] or s["label"] not in LABELS:
                raise InvalidInput(f"sentence {index}: {s} does not match its text")
            spans.append([s["start"], s["end"], s["label"]])
        if index in out:
            raise InvalidInput(f"sentence {index} is annotated twice")
        out[index] = {"index": index, "digest": text_digest(text), "spans": spans}
    return [out[i] for i in sorted(out)]


def write_stored(records: Sequence[dict], path: Path | None = None) -> None:
    path = path or resource(*STORED)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_gold(docs: Sequence[TrainingDoc], path: Path) -> None:
    """The documents as a JSONL gold file (the exchange format)."""
    from models.io.formats.jsonl import doc_to_json

    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            spans = [{"start": s.start, "end": s.end, "label": s.label} for s in d.spans]
            f.write(doc_to_json(d.doc_id, d.text, spans) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Our annotations of CFSC's test sentences.")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="write them as a JSONL gold file, with texts")
    export.add_argument("out", type=Path)
    imported = sub.add_parser("import", help="store annotators' records (replaces the file)")
    imported.add_argument("raw", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            docs = read_annotated(args.shared)
            write_gold(docs, args.out)
            print(f"wrote {len(docs)} sentences to {args.out}")
        else:
            texts = source_texts(args.shared)
            raw = [json.loads(x) for p in args.raw for x in p.read_text("utf-8").splitlines() if x]
            records = stored_records(raw, texts)
            write_stored(records)
            print(f"stored {len(records)} sentences in {resource(*STORED)}")
    except InvalidInput as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
