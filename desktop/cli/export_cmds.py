"""The ``export`` command: the gold (or a layer, or the pending suggestions)
for other tools, with a manifest, all or nothing."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli.common import TerminalProgress, add_project, open_project, whole
from models.errors import InvalidInput, shown
from models.io.export import Selection, export_project, formats


def register(sub: argparse._SubParsersAction) -> None:
    known = formats()
    p = sub.add_parser(
        "export",
        help="write the gold for spaCy, Hugging Face, pandas and other tools",
        description="Write the project's gold (default), one annotator's layer or the pending"
        " suggestions as FMT, with manifest.json beside it. Formats: "
        + "; ".join(f"{name}: {fmt.description}" for name, fmt in sorted(known.items())),
    )
    add_project(p)
    p.add_argument(
        "--format",
        required=True,
        choices=sorted(known),
        metavar="FMT",
        help=", ".join(sorted(known)),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the file to write (a folder for brat and hf, and for every format with --split);"
        " its manifest goes beside it (NAME.manifest.json) or inside the folder",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--gold",
        action="store_true",
        help="the project's gold: adjudicated, else marked done (default)",
    )
    what.add_argument(
        "--suggestions",
        action="store_true",
        help="suggestions still pending (for --annotator, default: you); those left"
        " undecided in documents they marked done are not written (they are final for"
        " them; reopening a document makes its suggestions pending again)",
    )
    p.add_argument(
        "--annotator",
        metavar="NAME",
        help="that annotator's layer: every document where they have spans or a"
        " status (with --suggestions: whose pending suggestions)",
    )
    p.add_argument(
        "--split", metavar="R:R[:R]", help="split by document into train:dev[:test], e.g. 8:1:1"
    )
    p.add_argument(
        "--seed", type=whole, default=0, metavar="N", help="with --split: its seed (default 0)"
    )
    p.add_argument(
        "--segmenter",
        choices=["char", "jieba"],
        help="tokens for spacy and hf: char (default, one per character) or jieba words",
    )
    p.add_argument(
        "--unit",
        choices=["doc", "paragraph", "sentence"],
        help="spaCy: one Doc per document (default), paragraph or sentence",
    )
    p.add_argument(
        "--excel",
        action="store_true",
        default=None,
        help="CSV tables for Excel: a UTF-8 byte-order mark, and a text that Excel would"
        " run as a formula (=, +, -, @ first) starts with ' (signed numbers stay numbers)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an earlier Biaozhu export at --out (nothing else is ever replaced)",
    )
    p.set_defaults(func=run_export)


def selection_from(args: argparse.Namespace) -> Selection:
    if args.gold and args.annotator:
        raise_usage("--gold and --annotator choose different layers; give one")
    if args.suggestions:
        return Selection("suggestions", args.annotator)
    if args.annotator:
        return Selection("annotator", args.annotator)
    return Selection("gold")


def raise_usage(message: str) -> None:
    from models.errors import InvalidInput

    raise InvalidInput(message)


# The endings of the files the formats write (brat and hf write folders):
# an --out that ends as another format's file is a slip, and its file would
# lie about what it holds.
ENDINGS = {
    "jsonl": ".jsonl",
    "doccano": ".jsonl",
    "label-studio": ".json",
    "spacy": ".spacy",
    "conll": ".conll",
    "spans-csv": ".csv",
    "metrics-csv": ".csv",
    "spans-parquet": ".parquet",
    "metrics-parquet": ".parquet",
    "brat": "",
    "hf": "",
}


def check_out_name(fmt: str, out: str, split: str | None = None) -> None:
    path = Path(out)
    if out.endswith(("/", os.sep)) and ENDINGS.get(fmt) and not split:
        name = f"gold{ENDINGS[fmt]}"
        raise InvalidInput(
            f"--out {out} names a folder, but --format {fmt} writes one file: give its name"
            f" (--out {path / name}), or --split to write a folder of parts"
        )
    ending = path.suffix.lower()
    if not ending or ending not in ENDINGS.values() or ending == ENDINGS.get(fmt, ending):
        return
    mine = ENDINGS[fmt]
    what = f"{mine} files" if mine else "a folder"
    raise InvalidInput(
        f"--out {out} ends in {ending}, but --format {fmt} writes {what}; give"
        f" --out {path.with_suffix(mine)}"
    )


def run_export(args: argparse.Namespace) -> int:
    check_out_name(args.format, args.out, args.split)
    selection_from(args)  # a wrong pairing of options is refused before the file is opened
    if args.seed and not args.split:
        raise_usage("--seed only matters with --split")
    with open_project(args, readonly=True, annotator_is_filter=True) as project:
        selection = selection_from(args)  # --annotator in the form the project stores it
        if not project.document_count():
            raise InvalidInput(
                f"nothing to export: the project has no documents yet (biaozhu import "
                f"{args.project} PATH... adds them)"
            )
        report = export_project(
            project,
            args.format,
            args.out,
            selection=selection,
            split=args.split,
            seed=args.seed,
            options={"segmenter": args.segmenter, "unit": args.unit, "excel": args.excel},
            force=args.force,
            progress=TerminalProgress(unit="doc"),
        )
    print(report.summary())
    for line in report.note_lines():
        print(f"  note: {line}")
    print(f"manifest: {shown(report.manifest, None)}")
    return 0
