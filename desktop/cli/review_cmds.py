"""Review commands: agreement, merge, role, conflicts. Adjudication itself is
done in the GUI's review view."""

from __future__ import annotations

import argparse
import json
import re

from desktop.cli.common import (
    TerminalProgress,
    add_annotator,
    add_project,
    did_you_mean,
    open_project,
    whole,
)
from models.errors import InvalidInput, counted, shown
from models.who import check_annotator_name, typed_name

AGREEMENT_EPILOG = """\
--json prints one object:

  {"project": PATH, "labels": [LABEL, ...],
   "annotators": [{"name", "role", "documents"}],
   "pairs": [{"a": NAME, "b": NAME, "documents": N, "characters": N,
              "labels": {LABEL: FIGURES, ...},
              "overall": FIGURES,
              "by_document": {DOC: {"characters": N, "labels": {LABEL: FIGURES},
                                    "overall": FIGURES}}}]}

  (--totals-only leaves out each pair's "by_document"; the rest is the same)

  FIGURES = {"a_spans", "b_spans", "exact_matches",
             "exact_f1", "overlap_f1", "kappa"}   (null where undefined)

  and "alpha": {"annotators": [NAME, ...], "documents": N, "units": N,
                "labels": {LABEL: ALPHA}, "overall": ALPHA}   (null where undefined)

Pairs are every two annotators who both annotated at least one document (a
span there or a status past todo); figures are over those shared documents.
exact_f1: spans equal in start, end and label. overlap_f1: a span counts as
matched when a same-label span of the other annotator overlaps it. kappa:
Cohen's kappa over characters, each character labelled by its span or "O";
per label it is that label against the rest. Project figures pool all shared
documents.

alpha: Krippendorff's alpha (nominal) over all the annotators at once, each
character a unit and each annotator's label there (or "O") a value; a layer
counts once its status is done (an unfinished one is missing, not "O"), and
units are the characters of documents at least two annotators finished."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "agreement",
        help="agreement per label (Krippendorff's alpha; pairwise span F1, kappa)",
        description="Inter-annotator agreement over all annotators (Krippendorff's alpha)\n"
        "and for each pair of annotators, per label and overall: for the project,\n"
        "or for the documents of --doc and the annotators of --annotators.",
        epilog=AGREEMENT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_project(p)
    p.add_argument("--json", action="store_true", help="one JSON object (shape below)")
    p.add_argument(
        "--totals-only",
        action="store_true",
        help="with --json: leave out each pair's figures per document (by_document), "
        "which on a big project take most of the time and memory",
    )
    p.add_argument(
        "--doc",
        action="extend",
        nargs="+",
        metavar="ID",
        help="only these documents (--doc a b, or --doc a --doc b)",
    )
    p.add_argument("--annotators", metavar="A,B,...", help="only these annotators")
    p.set_defaults(func=run_agreement)

    p = sub.add_parser(
        "merge",
        help="bring other annotators' projects in, nothing dropped",
        description="Merge other project files into PROJECT: documents matched by content, "
        "annotations and history kept with their annotators and times, "
        "suggestions with their provenance; work that differs on both sides is "
        "kept as a merge conflict for a reviewer. Merging a file twice adds "
        "nothing. All files or none: an error leaves the project unchanged.",
    )
    add_project(p, "the project to merge into")
    p.add_argument("others", nargs="+", metavar="OTHER", help="project files to merge in")
    p.add_argument("--json", action="store_true", help="one JSON object per merged file")
    add_annotator(p)
    p.set_defaults(func=run_merge)

    p = sub.add_parser(
        "role",
        help="make someone an annotator or a reviewer",
        description="Give NAME a role in the project, as Review → Roles does in the window: a "
        "reviewer's adjudicated layer is the gold where it exists. The change is a history "
        "event.",
    )
    add_project(p)
    p.add_argument("name", metavar="NAME", help="the annotator whose role changes")
    p.add_argument("role", choices=["annotator", "reviewer"], help="the role to give")
    p.add_argument(
        "--create", action="store_true", help="add NAME as a new annotator if the project has none"
    )
    add_annotator(p)
    p.set_defaults(func=run_role)

    p = sub.add_parser(
        "conflicts",
        help="list or resolve merge conflicts",
        description="List the open merge conflicts (work by one annotator on one document that "
        "differs between the merged files), each as ID:CHECK, or resolve one as listed: "
        "--keep mine keeps this project's layer, --keep theirs takes the incoming spans where "
        "they differ from the layer the conflict was raised against (work done since stays).",
    )
    add_project(p)
    p.add_argument("--doc", metavar="ID", help="only this document")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.add_argument(
        "--resolve",
        type=conflict_handle,
        metavar="ID:CHECK",
        help="resolve this conflict, named as the list shows it (#1:7c3e0a: --resolve 1:7c3e0a)",
    )
    p.add_argument(
        "--keep",
        choices=["mine", "theirs"],
        help="with --resolve: keep this project's layer or take the incoming spans",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per conflict")
    add_annotator(p)
    p.set_defaults(func=run_conflicts)


# -- agreement -------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    # + 0.0: a tiny negative alpha rounds to -0.0, printed "-0.000" (see _num
    # in the agreement panel)
    return "   -  " if x is None else f"{round(x, 3) + 0.0:6.3f}"


def run_agreement(args: argparse.Namespace) -> int:
    from models.review.agreement import agreement_report

    if args.totals_only and not args.json:
        raise InvalidInput("--totals-only goes with --json (the text shows only the totals)")
    names = (
        [typed_name(n.strip()) for n in args.annotators.split(",") if n.strip()]
        if args.annotators
        else None
    )
    with open_project(args, readonly=True) as project:
        known = [a["name"] for a in project.annotators()]
        names = [project.stored_annotator(n) for n in names] if names else names
        for name in names or ():
            if name not in known:
                raise InvalidInput(
                    f"no annotator {name!r} in this project"
                    + did_you_mean(name, known, "its annotators")
                )
        if args.doc:
            known = set(project.document_ids())
            missing = [d for d in args.doc if d not in known]
            if missing:
                raise InvalidInput(f"no document {missing[0]!r} in this project")
        # the figures per document are built only for a JSON that carries them:
        # the text never prints them, and at 100,000 documents they take ~0.6 GB
        report = agreement_report(
            project,
            doc_ids=args.doc,
            annotators=names,
            progress=TerminalProgress("document"),
            by_document=args.json and not args.totals_only,
        )
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    for who, documents in report["adjudicated_left_out"].items():
        print(
            f"left out: {who}'s layer of {counted(documents, 'document')}, made by adjudicating"
            f" (--annotators naming {who} compares it)"
        )
    if not report["pairs"]:
        print("no two annotators share a document yet")
        return 0
    alpha = report["alpha"]
    if alpha["units"]:
        print(
            f"Krippendorff's alpha (nominal), {len(alpha['annotators'])} annotators, "
            f"{counted(alpha['units'], 'character')} in {counted(alpha['documents'], 'document')}"
            " they finished:"
        )
        for label, value in [*alpha["labels"].items(), ("(all)", alpha["overall"])]:
            print(f"  {label:<10} {_fmt(value)}")
    else:
        print("Krippendorff's alpha: no two annotators have finished the same document yet")
    print()
    header = (
        f"{'pair':<28} {'label':<10} {'spans a/b':>11} {'exact F1':>8} {'overlap F1':>10}"
        f" {'kappa':>7}"
    )
    print(header)
    print("-" * len(header))
    for pair in report["pairs"]:
        name = f"{shown(pair['a'])} × {shown(pair['b'])}"
        rows = list(pair["labels"].items()) + [("(all)", pair["overall"])]
        for label, f in rows:
            spans = f"{f['a_spans']}/{f['b_spans']}"
            print(
                f"{name:<28} {label:<10} {spans:>11} {_fmt(f['exact_f1']):>8} "
                f"{_fmt(f['overlap_f1']):>10} {_fmt(f['kappa']):>7}"
            )
            name = ""
        print(
            f"{'':<28} {counted(pair['documents'], 'shared document')},"
            f" {counted(pair['characters'], 'character')}"
        )
    return 0


# -- merge -----------------------------------------------------------------------------------


def run_merge(args: argparse.Namespace) -> int:
    from models.review.merge import merge_projects

    with open_project(args) as project:
        # all files or none, and only a result that verifies; the files and the
        # project are checked before the write lock is taken, and held only to write
        reports, check = merge_projects(project, args.others, TerminalProgress("document"))
    for report in reports:
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
            continue
        print(report.summary())
        for note in report.notes:
            print(f"  note: {note}")
    if not args.json:
        print(check.summary())
        print(check.head_line())
    return 0


# -- roles and conflicts -----------------------------------------------------------------------


def run_role(args: argparse.Namespace) -> int:
    args.name = check_annotator_name(typed_name(args.name), "the annotator's name")
    with open_project(args) as project:
        args.name = project.stored_annotator(args.name)
        known = any(a["name"] == args.name for a in project.annotators())
        if not known and not args.create:
            raise InvalidInput(
                f"no annotator {args.name!r} in this project; add --create to add them as "
                f"a new {args.role}"
            )
        before = project.role(args.name) if known else None
        project.set_role(args.name, args.role)
    if before == args.role:
        print(f"{args.name} is already {args.role}")
    else:
        print(f"{args.name} is now {args.role}")
    return 0


def conflict_handle(text: str) -> tuple[int, str | None]:
    """A conflict as ``conflicts`` lists it, ``1:7c3e0a`` (its number and the
    check of what it is), or its bare number (then named, not settled)."""
    number, _, check = text.partition(":")
    if check and not re.fullmatch(r"[0-9a-fA-F]{6}", check):
        raise argparse.ArgumentTypeError(
            f"{text[:24]!r} is not a conflict as `conflicts` lists it (ID:CHECK, e.g. 1:7c3e0a)"
        )
    return whole(number), check or None


def run_conflicts(args: argparse.Namespace) -> int:
    from models.review.conflicts import conflict, conflicts, resolve_conflict

    with open_project(args, readonly=args.resolve is None) as project:
        if args.resolve is not None:
            if not args.keep:
                raise InvalidInput("--resolve needs --keep mine or --keep theirs")
            number, check = args.resolve
            if check is None:
                c = conflict(project, number)
                raise InvalidInput(
                    f"merge conflict {number} is {c.annotator}'s layer of {c.doc_id}:"
                    f" {counted(len(c.spans), 'incoming span')} from {shown(c.source_name, None)}"
                    f" ({'resolved' if c.resolved else 'open'}); to settle it as listed,"
                    f" --resolve {c.handle} --keep {args.keep}"
                )
            resolve_conflict(project, number, args.keep, check=check)
            print(f"conflict {number} resolved: kept {args.keep}")
            return 0
        if args.keep:
            raise InvalidInput("--keep goes with --resolve ID")
        if args.doc is not None:
            project.document(args.doc)  # a mistyped id is named, not "no conflicts"
        rows = conflicts(project, args.doc, resolved=None if args.all else False)
    for c in rows:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": c.id,
                        "check": c.check,
                        "doc": c.doc_id,
                        "annotator": c.annotator,
                        "origin": c.origin,
                        "file": c.source_name,
                        "spans": c.spans,
                        "created": c.created,
                        "resolved": c.resolved,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            state = "resolved" if c.resolved else "open"
            print(
                f"#{c.handle} {shown(c.doc_id, None)} {c.annotator}:"
                f" {counted(len(c.spans), 'incoming span')} from {shown(c.source_name, None)}"
                f"{f', merged at {shown(c.created, None)}' if c.created else ''} ({state})"
            )
    if not rows and not args.json:
        print("no merge conflicts")
    return 0
