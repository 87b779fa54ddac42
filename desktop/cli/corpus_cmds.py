"""The corpus path of the command line: ``suggest --corpus IN --out OUT`` on
Dask, and ``import PROJECT OUT --as suggestions``. Its options are added to
the ``suggest`` and ``import`` parsers by their modules; Dask is imported
only when a corpus command runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import whole
from models.errors import InvalidInput, counted, shown

CORPUS_OPTIONS = ("corpus", "out", "scheduler", "workers")
SELECTION_OPTIONS = ("sample", "seed", "where")


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is less than 1")
    return value


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "a corpus on Dask",
        "Suggest for a folder or glob of Parquet or JSONL files (id, text, other columns kept) "
        "into a folder of Parquet files, one per input file, with a _manifest.json. A rerun "
        "skips the partitions already written for the same input and suggesters.",
    )
    group.add_argument("--corpus", metavar="IN", help="folder, glob or file of the corpus")
    group.add_argument("--out", metavar="OUT", help="with --corpus: the output folder")
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --corpus: run on this Dask cluster (default: a local one on this machine)",
    )
    group.add_argument(
        "--workers",
        type=positive,
        metavar="N",
        help="with --corpus and no --scheduler: local worker processes (default: one per core)",
    )


def corpus_requested(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None for name in CORPUS_OPTIONS)


def run_suggest_corpus(args: argparse.Namespace) -> int:
    from models.corpus.inputs import find_inputs

    if args.corpus is None:
        raise InvalidInput("--out, --scheduler and --workers go with --corpus IN")
    if args.files or args.docs:
        raise InvalidInput("--corpus reads IN: give no FILE and no --doc")
    if not args.out:
        raise InvalidInput("--corpus needs --out OUT, the folder for the suggestions")
    if args.scheduler and args.workers:
        raise InvalidInput("--workers sizes the local cluster; the scheduler's cluster is its own")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InvalidInput(f"{shown(out)}: not a folder")
    inputs = find_inputs(args.corpus, out)
    from desktop.cli.suggest_cmds import file_suggester

    ensemble = file_suggester(args)

    from desktop.cli.common import TerminalProgress
    from models.corpus.cluster import suggest_corpus

    run = suggest_corpus(
        inputs,
        out,
        ensemble,
        corpus=args.corpus,
        scheduler=args.scheduler,
        workers=args.workers,
        project=args.project,
        progress=TerminalProgress("partition"),
    )
    manifest = run.manifest
    print(
        f"{counted(manifest.documents, 'document')} in"
        f" {counted(len(run.partitions), 'partition')}: "
        f"{len(run.computed)} computed, {len(run.partitions) - len(run.computed)} already done; "
        + ", ".join(f"{label} {n}" for label, n in manifest.labels().items())
    )
    characters = sum(p.characters for p in run.computed)
    print(
        f"{counted(characters, 'character')} suggested in {run.seconds:.1f} s "
        f"({characters / run.seconds:,.0f} characters/s) on {run.cluster}; "
        f"manifest {shown(out / '_manifest.json', None)}"
    )
    return 0


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "suggestions from a corpus run",
        "With --as suggestions, PATH is the OUT folder of `suggest --corpus`: the chosen "
        "documents come in with their suggestions, pending.",
    )
    group.add_argument(
        "--as",
        dest="import_as",
        choices=["documents", "suggestions"],
        default="documents",
        help="what PATH holds (default: documents)",
    )
    group.add_argument("--sample", type=positive, metavar="N", help="N chosen documents at random")
    group.add_argument(
        "--seed", type=whole, metavar="S", help="with --sample: the seed (default 0)"
    )
    group.add_argument(
        "--where",
        metavar="EXPR",
        help="documents with a suggestion for which EXPR holds, e.g. "
        "\"label == 'COMPANY' and score < 0.6\" (fields label, source, text, version, "
        "score, start, end; and, or, not, parentheses)",
    )


def selection_requested(args: argparse.Namespace) -> bool:
    return getattr(args, "import_as", "documents") == "suggestions" or any(
        getattr(args, name, None) is not None for name in SELECTION_OPTIONS
    )


def run_import_suggestions(args: argparse.Namespace) -> int:
    if args.import_as != "suggestions":
        raise InvalidInput("--sample, --seed and --where go with --as suggestions")
    if len(args.paths) != 1:
        raise InvalidInput("--as suggestions reads one OUT folder of suggest --corpus")
    if args.seed is not None and args.sample is None:
        raise InvalidInput("--seed goes with --sample N")
    if args.format != "auto" or args.label_map or args.clean or args.status:
        raise InvalidInput("--format, --label-map, --clean and --status are for documents")

    from desktop.cli.common import TerminalProgress, open_project
    from models.corpus.importing import import_suggestions

    with open_project(args) as project:
        report = import_suggestions(
            project,
            Path(args.paths[0]),
            sample=args.sample,
            seed=args.seed or 0,
            where=args.where,
            progress=TerminalProgress("doc"),
        )
    print(
        f"imported {counted(report.chosen, 'document')} ({report.new} new to the project) with "
        f"{counted(report.suggestions, 'pending suggestion')} from"
        f" {counted(report.partitions, 'partition')}"
    )
    return 0
