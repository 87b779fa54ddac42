"""``biaozhu suggest`` and ``biaozhu evaluate``: the suggesters from the
command line. Heavy modules are imported inside the commands, so building
the parser stays cheap."""

from __future__ import annotations

import argparse
import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, counted, shown


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "suggest",
        help="print suggestions for files as JSONL, or store them in a project",
        description=(
            "With FILE arguments: print one JSON line per input document in the exchange "
            'format (.txt in UTF-8/GB18030/UTF-16, or .jsonl of {"id","text"} lines); '
            "offsets index the decoded text as it is. With --project and no FILE: compute "
            "and store suggestions for the project's documents."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help=".txt or .jsonl input")
    p.add_argument(
        "--project",
        metavar="PROJECT",
        help="use this project's lexicon and learned model (alone: store suggestions)",
    )
    p.add_argument(
        "--doc",
        dest="docs",
        action="extend",
        nargs="+",
        metavar="ID",
        help="with --project and no FILE: only these documents (--doc a b, or --doc a --doc b)",
    )
    from desktop.cli.common import add_annotator, add_encoding
    from desktop.cli.corpus_cmds import add_corpus_options

    add_encoding(p)
    add_annotator(p)
    add_corpus_options(p)
    p.set_defaults(func=cmd_suggest)

    e = subparsers.add_parser(
        "evaluate",
        help="precision, recall and F1 per label against a gold JSONL",
        description=(
            "Score PRED.jsonl against GOLD.jsonl (exchange format) per label and overall, "
            "on exact and on overlapping matches. Without PRED, the default suggesters run "
            "on GOLD's texts."
        ),
    )
    e.add_argument("gold", metavar="GOLD.jsonl", help="the right spans (exchange format)")
    e.add_argument(
        "pred",
        nargs="?",
        metavar="PRED.jsonl",
        help="the spans to score, e.g. biaozhu suggest's output (default: suggest them now)",
    )
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.set_defaults(func=cmd_evaluate)


# -- suggest ---------------------------------------------------------------------------


def file_suggester(args: argparse.Namespace):
    """What ``suggest FILE`` (and ``suggest --corpus``) suggests with: the
    project's suggester with ``--project``, else the bundled one. The project
    is closed before it is used, so nothing holds the file meanwhile."""
    if args.project:
        from desktop.cli.common import open_project
        from models.suggest.project import project_ensemble

        project = open_project(args)
        try:
            return project_ensemble(project)
        finally:
            project.close()
    from models.suggest.pipeline import default_suggester

    return default_suggester()


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop.cli.corpus_cmds import corpus_requested, run_suggest_corpus

    if corpus_requested(args):
        return run_suggest_corpus(args)
    if not args.files:
        if not args.project:
            raise InvalidInput("give FILE... to print suggestions, or --project PROJECT")
        return _suggest_project(args)
    if args.docs:
        raise InvalidInput("--doc selects project documents; use it without FILE")
    paths = [Path(f) for f in args.files]
    for path in paths:
        check_input_file(path)
    if args.encoding:
        from models.io.decode import check_encoding

        check_encoding(args.encoding)
    ensemble = file_suggester(args)
    from models.io.formats.jsonl import doc_to_json

    out = sys.stdout
    for path in paths:
        for doc_id, text, meta in _documents(path, args.encoding):
            spans = [suggestion_record(s) for s in ensemble.suggest(text)]
            out.write(doc_to_json(doc_id, text, spans, meta) + "\n")
            out.flush()
    return 0


# What ``suggest FILE`` reads: a text, or JSON lines of {"id", "text"}.
TEXT_ENDINGS = (".txt", ".text")
JSONL_ENDINGS = (".jsonl", ".ndjson")


def not_a_file(path: Path) -> InvalidInput:
    """Why ``path``, which is no regular file, cannot be read: missing, or
    there but a pipe, a device or a socket, said without opening it (a pipe
    nobody writes to would block the command for ever)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return InvalidInput(f"{shown(path)}: no such file")
    kind = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a special file"
    )
    return InvalidInput(f"{shown(path)}: not a regular file ({kind})")


def check_input_file(path: Path) -> None:
    """A file ``suggest`` can read, else why not and what to do instead: a
    file of another format (a table, a document, an export) would be read as
    one text, markup and all, with offsets into that."""
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder; suggest reads .txt and .jsonl files (give them, e.g."
            f" {path / '*.txt'}), and biaozhu import reads folders"
        )
    if not path.is_file():
        raise not_a_file(path)
    from models.io.registry import EXTENSIONS

    ending = path.suffix.lower()
    if ending in EXTENSIONS and ending not in TEXT_ENDINGS + JSONL_ENDINGS:
        raise InvalidInput(
            f"{path}: suggest reads .txt and .jsonl files, not {EXTENSIONS[ending]}; import it"
            f" (biaozhu import PROJECT {path}) and run biaozhu suggest --project PROJECT"
        )


def suggestion_record(s: Any) -> dict[str, Any]:
    return {
        "start": s.start,
        "end": s.end,
        "label": s.label,
        "text": s.text,
        "score": s.score,
        "source": s.source,
        "attrs": dict(s.attrs),
    }


def _documents(
    path: Path, encoding: str | None = None
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(id, text, meta) of every document in a .txt or .jsonl file, within the
    limits of ``import`` (file size, characters per document)."""
    from models.store.documents import check_text

    for doc_id, text, meta in _read_documents(path, encoding):
        try:
            check_text(text)
        except InvalidInput as exc:
            raise InvalidInput(f"{shown(path)}: {shown(doc_id)}: {exc}") from None
        yield doc_id, text, meta


def _read_documents(path: Path, encoding: str | None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    if path.suffix.lower() in JSONL_ENDINGS:
        from models.io.formats.jsonl import meta_as_written, read_jsonl

        for n, doc in enumerate(read_jsonl(path, encoding=encoding), 1):
            doc_id = doc.id if doc.id is not None else f"{path.stem}-{n}"
            yield doc_id, doc.text, meta_as_written(doc.meta)
        return
    from models.io.decode import ONE_DOCUMENT, decode_file
    from models.io.limits import MAX_SINGLE_DOCUMENT_BYTES

    text, _encoding = decode_file(
        path, limit=MAX_SINGLE_DOCUMENT_BYTES, encoding=encoding, what=ONE_DOCUMENT
    )
    if not text.strip():
        raise InvalidInput(f"{shown(path)}: empty file")
    yield path.stem, text, {}


def _suggest_project(args: argparse.Namespace) -> int:
    from desktop.cli.common import TerminalProgress, open_project
    from models.learn.evidence import weighed_down_line
    from models.suggest.project import suggest_project

    project = open_project(args)
    try:
        counts = suggest_project(project, args.docs, TerminalProgress("doc"))
    finally:
        project.close()
    print(
        f"suggested {counted(counts['documents'], 'document')}:"
        f" {counted(counts['suggestions'], 'suggestion')},"
        f" {counts['added']} added, {counts['updated']} updated,"
        f" {counts['unchanged']} unchanged, {counts['removed']} removed"
    )
    for item in counts["weighed_down"]:
        print(f"  {weighed_down_line(item)}")
    return 0


# -- evaluate --------------------------------------------------------------------------


def cmd_evaluate(args: argparse.Namespace) -> int:
    from models.evaluate import evaluate

    gold_docs = _read_spans(Path(args.gold))
    gold = {doc_id: spans for doc_id, (_text, spans) in gold_docs.items()}
    if args.pred:
        pred_docs = _read_spans(Path(args.pred))
        check_same_documents(args.gold, gold_docs, args.pred, pred_docs)
        pred = {doc_id: spans for doc_id, (_t, spans) in pred_docs.items()}
    else:
        from models.suggest.pipeline import default_suggester

        ensemble = default_suggester()
        pred = {doc_id: ensemble.suggest(text) for doc_id, (text, _s) in gold_docs.items()}
    report = evaluate(gold, pred)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def check_same_documents(
    gold_path: str,
    gold: dict[str, tuple[str, list[Any]]],
    pred_path: str,
    pred: dict[str, tuple[str, list[Any]]],
) -> None:
    """PRED must be of GOLD's documents, text for text: spans are offsets, and
    those of another text (or of other ids, which score nothing) say nothing
    of the suggesters."""
    shared = [doc_id for doc_id in pred if doc_id in gold]
    if not shared:
        ids = ", ".join(repr(d) for d in list(gold)[:3]) + (", …" if len(gold) > 3 else "")
        raise InvalidInput(
            f"no document of {pred_path} is in {gold_path} (whose ids are {ids}): nothing to"
            " score; give predictions for the gold's texts, e.g. biaozhu suggest GOLD.jsonl"
        )
    for doc_id in shared:
        if pred[doc_id][0] != gold[doc_id][0]:
            raise InvalidInput(
                f"{pred_path}: document {doc_id!r} has another text than in {gold_path}: its"
                " offsets cannot be scored against the gold's"
            )


def _read_spans(path: Path) -> dict[str, tuple[str, list[Any]]]:
    from models.io.formats.jsonl import read_jsonl

    if not path.is_file():
        raise not_a_file(path)
    docs: dict[str, tuple[str, list[Any]]] = {}
    for n, doc in enumerate(read_jsonl(path), 1):
        doc_id = doc.id if doc.id is not None else str(n)
        if doc_id in docs:
            raise InvalidInput(
                f"{shown(path)}:{doc.line}: document id '{shown(doc_id)}' appears twice"
            )
        docs[doc_id] = (doc.text, doc.spans)
    if not docs:
        raise InvalidInput(f"{shown(path)}: no documents")
    return docs


def format_report(report: Any) -> str:
    lines = [
        counted(report.docs, "document")
        + (
            f", {counted(report.extra_docs, 'predicted document')} not in the gold left out"
            if report.extra_docs
            else ""
        ),
        f"{'label':<10}{'match':<9}{'precision':>10}{'recall':>9}{'F1':>8}"
        f"{'gold':>7}{'pred':>7}{'right':>7}",
    ]
    for label in report.labels():
        for mode, table in (("exact", report.exact), ("overlap", report.overlap)):
            s = table[label]
            lines.append(
                f"{label if mode == 'exact' else '':<10}{mode:<9}{s.precision:>10.3f}"
                f"{s.recall:>9.3f}{s.f1:>8.3f}{s.gold:>7}{s.pred:>7}{s.tp_pred:>7}"
            )
    return "\n".join(lines)
