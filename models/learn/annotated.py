"""Gold we annotated ourselves on public corpora the rules were not written
beside, under ``GUIDELINES.md`` for all three labels, by annotators who
read neither the rules nor their output:

- ``cfsc-test``: every sentence of CFSC's ``test.json`` (1,067 financial
  news sentences, 2017–2022);
- ``cluener-policy``: the 304 sentences of CLUENER's ``train.jsonl`` (Sina
  news, 2008–2011) that mention a policy word (政策, 规划, 条例, 办法,
  改革, 方案, 意见, 通知, 制度, 试点, 机制, 法》, 新政, 措施), about half of
  which name no policy at all.

Why they exist: ``news-train`` taught the rules, so the rules' figures
there are what they were fitted to. Sentences the rules never saw say what
a suggestion is worth on new news.

Each stored file (``resources/training/<name>-spans.jsonl``) holds no text:
one line per sentence with its index in the source file, a digest of its
text and its spans as ``[start, end, label]`` (code points, end
exclusive). The texts are read from ``../shared/data`` when needed, and a
sentence whose digest differs is refused. A sentence with no spans is a
line too: whatever is suggested in it is wrong.

    python -m models.learn.annotated export NAME OUT.jsonl [--shared ../shared]

writes one set as a JSONL gold file (with texts, for ``biaozhu
evaluate``); ``import NAME RAW.jsonl...`` turns annotators' records
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

SOURCES = {  # name -> its texts under ../shared
    "cfsc-test": Path("data") / "cfsc" / "test.json",
    "cluener-policy": Path("data") / "cluener" / "train.jsonl",
}
LABELS = ("METRIC", "COMPANY", "POLICY")
REPO = Path(__file__).resolve().parents[2]


def stored_path(name: str) -> Path:
    return resource("training", f"{name}-spans.jsonl")


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def source_texts(shared: Path, name: str = "cfsc-test") -> list[str]:
    path = shared / SOURCES[name]
    try:
        raw = path.read_text(encoding="utf-8")
        rows = json.loads(raw) if path.suffix == ".json" else map(json.loads, raw.splitlines())
        return [str(row["text"]) for row in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            "{path}: not the texts {name} was annotated on ({exc})", path=path, name=name, exc=exc
        ) from None


def read_annotated(
    shared: Path, name: str = "cfsc-test", stored: Path | None = None
) -> list[TrainingDoc]:
    """The annotated sentences of one set with their texts, in the stored order."""
    texts = source_texts(shared, name)
    stored = stored or stored_path(name)
    docs = []
    for n, line in enumerate(stored.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            docs.append(_document(json.loads(line), texts, name, f"{stored}:{n}"))
    return docs


def _document(record: dict, texts: Sequence[str], name: str, where: str) -> TrainingDoc:
    index = record["index"]
    if not 0 <= index < len(texts):
        raise InvalidInput(
            "{where}: sentence {index} is not in {sources}",
            where=where,
            index=index,
            sources=SOURCES[name],
        )
    text = texts[index]
    if text_digest(text) != record["digest"]:
        raise InvalidInput(
            "{where}: sentence {index} of {sources} has changed",
            where=where,
            index=index,
            sources=SOURCES[name],
        )
    spans = []
    for start, end, label in record["spans"]:
        if not (0 <= start < end <= len(text)) or label not in LABELS:
            raise InvalidInput(
                "{where}: span {start}-{end} {label} does not fit sentence {index}",
                where=where,
                start=start,
                end=end,
                label=label,
                index=index,
            )
        spans.append(Span(start, end, label, text[start:end]))
    return TrainingDoc(f"{name}-{index}", text, tuple(without_overlaps(spans)))


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
                raise InvalidInput(
                    "sentence {index}: {s} does not match its text", index=index, s=s
                )
            spans.append([s["start"], s["end"], s["label"]])
        if index in out:
            raise InvalidInput("sentence {index} is annotated twice", index=index)
        out[index] = {"index": index, "digest": text_digest(text), "spans": spans}
    return [out[i] for i in sorted(out)]


def write_stored(records: Sequence[dict], path: Path) -> None:
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
    parser = argparse.ArgumentParser(description="Our annotations of public news sentences.")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="write one set as a JSONL gold file, with texts")
    export.add_argument("name", choices=sorted(SOURCES))
    export.add_argument("out", type=Path)
    imported = sub.add_parser("import", help="store annotators' records (replaces the set)")
    imported.add_argument("name", choices=sorted(SOURCES))
    imported.add_argument("raw", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            docs = read_annotated(args.shared, args.name)
            write_gold(docs, args.out)
            print(f"wrote {len(docs)} sentences to {args.out}")
        else:
            texts = source_texts(args.shared, args.name)
            raw = [json.loads(x) for p in args.raw for x in p.read_text("utf-8").splitlines() if x]
            write_stored(stored_records(raw, texts), stored_path(args.name))
            print(f"stored {len(raw)} sentences in {stored_path(args.name)}")
    except InvalidInput as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
