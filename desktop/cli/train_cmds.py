"""``biaozhu train``: the learned suggester, trained on the project's gold,
evaluated by cross-validation against the rules alone, stored as the
project's active model. The training modules are imported inside the
command, so building the parser stays cheap."""

from __future__ import annotations

import argparse
import json
import sys

from models.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train",
        help="train the learned suggester on the project's gold",
        description=(
            "Train the character CRF on the project's gold (adjudicated documents and documents "
            "marked done), store it in the project as the active learned suggester, and print "
            "per-label precision, recall and F1 from k-fold cross-validation over the gold "
            "documents, beside the rules alone and rules + CRF on the same folds. Projects "
            "with more than 150,000 characters of gold are evaluated on one held-out fifth "
            "unless --folds is given."
        ),
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="folds of the cross-validation (default 5; 0: train without evaluating)",
    )
    p.add_argument(
        "--json", action="store_true", help="print the model's record and evaluation as JSON"
    )
    from desktop.cli.common import add_annotator

    add_annotator(p)
    p.set_defaults(func=cmd_train)
    register_queue(subparsers)


def cmd_train(args: argparse.Namespace) -> int:
    if args.folds is not None and (args.folds < 0 or args.folds == 1):
        raise InvalidInput("--folds must be 0 (no evaluation) or at least 2")
    from desktop.cli.common import TerminalProgress, open_project
    from models.learn.evaluate_cv import format_evaluation
    from models.learn.train import train_project

    project = open_project(args)
    try:
        result = train_project(project, folds=args.folds, progress=TerminalProgress(unit="step"))
    finally:
        project.close()
    record = result.record
    if args.json:
        print(
            json.dumps(
                {
                    "version": record.version,
                    "created": record.created,
                    "data_hash": record.data_hash,
                    "format": record.format,
                    "documents": result.documents,
                    "characters": result.characters,
                    "spans": result.spans,
                    "training_seconds": round(result.seconds, 2),
                    "evaluation": result.evaluation,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    labels = ", ".join(record.evaluation.get("model", {}).get("labels", []))
    print(
        f"trained {record.version} on {result.documents} gold document(s): "
        f"{result.characters:,} characters, {result.spans:,} spans ({labels}) "
        f"in {result.seconds:.1f} s"
    )
    print("it is now the project's active learned suggester")
    if result.evaluation is None:
        reason = (
            "--folds 0" if args.folds == 0 else "cross-validation needs at least 2 gold documents"
        )
        print(f"not evaluated ({reason})")
    else:
        print()
        for line in format_evaluation(result.evaluation):
            print(line)
    sys.stdout.flush()
    return 0


def register_queue(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "queue",
        help="the documents still to do, the ones the suggesters are least sure of first",
        description=(
            "Active learning: order the documents not yet done by how unsure the suggesters "
            "are (the learned model's marginals when one is trained, else the rules' scores), "
            "so curators spend their time where it teaches the model most."
        ),
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--limit", type=int, default=20, help="how many documents (default 20)")
    p.add_argument("--json", action="store_true", help="one JSON object per document")
    from desktop.cli.common import add_annotator

    add_annotator(p)
    p.set_defaults(func=run_queue)


def run_queue(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_project
    from models.learn.active import rank_todo

    with open_project(args) as project:
        ranked = rank_todo(project, args.annotator)[: max(args.limit, 0)]
        titles = {row.id: row.title for row in project.documents_overview(args.annotator)}
    for doc in ranked:
        if args.json:
            print(
                json.dumps(
                    {
                        "doc": doc.doc_id,
                        "title": titles.get(doc.doc_id, ""),
                        "uncertainty": round(doc.uncertainty, 4),
                        "suggestions": doc.suggestions,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{doc.uncertainty:.3f}  {doc.doc_id}  {titles.get(doc.doc_id, '')}")
    return 0
