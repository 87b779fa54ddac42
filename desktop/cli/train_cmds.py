"""``biaozhu train``: the project's own model, trained on its gold,
cross-validated against what is active, stored, and made the active one
only when it measured better (``--force`` overrides). The training modules
are imported inside the command, so building the parser stays cheap."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.common import add_annotator, add_project
from desktop.cli.corpus_cmds import positive
from models.errors import InvalidInput, counted, plural, shown


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train",
        help="train the project's own model on its gold",
        description=(
            "Train the project's model on its gold (adjudicated documents and documents marked "
            "done): a character CRF, and a candidate scorer over the bundled model. Print its "
            "k-fold cross-validation over the gold documents (actions per gold span, and "
            "precision, recall and F1 per label) beside what is active, and each candidate "
            "source's precision and recall on the gold. The model is stored, and becomes the "
            "active one only when it measured better; --force activates it anyway. Projects "
            "with more than 150,000 characters of gold are evaluated on one held-out fifth "
            "unless --folds is given."
        ),
    )
    add_project(p)
    p.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="folds of the cross-validation (default 5, at least 2)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="make the new model the active one even if it did not measure better",
    )
    p.add_argument(
        "--json", action="store_true", help="print the model's record and evaluation as JSON"
    )
    add_annotator(p)
    p.set_defaults(func=cmd_train)
    register_queue(subparsers)


def cmd_train(args: argparse.Namespace) -> int:
    if args.folds is not None and args.folds < 2:
        raise InvalidInput("--folds must be at least 2")
    from desktop.cli.common import TerminalProgress, open_project
    from models.learn.evaluate_cv import format_evaluation
    from models.learn.train import train_project

    project = open_project(args)
    try:
        result = train_project(
            project, folds=args.folds, force=args.force, progress=TerminalProgress(unit="step")
        )
    finally:
        project.close()
    if result.unproven is not None:
        # a history the chain does not prove (a label and its event edited
        # together): the training went on (not refused), and is said so
        sys.stderr.write(f"biaozhu: warning: {result.unproven}\n")
        sys.stderr.flush()
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
                    "activated": result.activated,
                    "reason": result.reason,
                    "evaluation": result.evaluation,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    labels = ", ".join(record.evaluation.get("model", {}).get("labels", []))
    print(
        f"trained {record.version} on {counted(result.documents, 'gold document')}: "
        f"{result.characters:,} {plural(result.characters, 'character', 'characters')}, "
        f"{result.spans:,} {plural(result.spans, 'span', 'spans')} ({labels}) "
        f"in {result.seconds:.1f} s"
    )
    if result.activated:
        print(f"it is now the project's active model: {result.reason}")
    else:
        print(f"it was stored but not activated: {result.reason}")
    if result.evaluation is not None:
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
    add_project(p)
    p.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="how many documents (default 20)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per document")
    add_annotator(p)
    p.set_defaults(func=run_queue)


def run_queue(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_project
    from models.learn.active import rank_todo

    with open_project(args, readonly=True) as project:  # ranking writes nothing
        ranked = rank_todo(project, args.annotator)[: args.limit]
        titles = {row.id: row.title for row in project.documents_overview(args.annotator)}
        documents, who = project.document_count(), project.annotator
    if not ranked and not args.json:  # said, not left blank as if it had not run
        if documents:
            finished = "the only document" if documents == 1 else f"all {documents} documents"
            print(f"nothing to do: {who} has finished {finished}")
        else:
            print(
                "nothing to do: no documents yet "
                f"(biaozhu import {shown(args.project, None)} PATH... adds them)"
            )
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
            title = shown(titles.get(doc.doc_id, ""))  # a title is shortened, as in errors
            print(f"{doc.uncertainty:.3f}  {shown(doc.doc_id, None)}  {title}")
    return 0
