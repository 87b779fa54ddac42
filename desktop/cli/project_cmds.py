"""Project commands: new, settings, import, stats, history, verify."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.cli.common import (
    PROJECT_ENDING,
    CommandFailed,
    TerminalProgress,
    add_annotator,
    add_encoding,
    add_project,
    did_you_mean,
    open_project,
    whole,
)
from desktop.cli.corpus_cmds import (
    add_selection_options,
    run_import_suggestions,
    selection_requested,
)
from models import Project
from models.errors import InvalidInput, counted, plural, shown
from models.io.audit_csv import check_audit_out, write_audit_csv
from models.io.importers import ImportOptions, ImportReport, import_paths
from models.io.registry import EXTENSIONS, data_suffixes, import_formats
from models.review.timeline import (
    describe_suggestion,
    document_events,
    merged_files,
    span_document,
    span_events,
)
from models.store import load_labels
from models.store.undo import named_actions, named_events, without_marks
from models.store.verify import VerifyReport

SHOWN_PROBLEMS = 20


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "new",
        help="create a project file",
        description="Create an empty project file with the default labels (METRIC, COMPANY, "
        "POLICY) or those of --labels FILE; its creation is the first event of its history. "
        "Then: biaozhu import PROJECT PATH..., and biaozhu PROJECT opens it in the window.",
    )
    add_project(p, "the new project file, e.g. work.biaozhu (refused if a file is there)")
    p.add_argument(
        "--labels",
        metavar="FILE",
        help='a JSON label schema instead of the default: {"labels": [{"name": "ORG", '
        '"colour": "#6cc6a0", "hotkey": "4", "description": "..."}, ...]}, as '
        "resources/labels.json (colour, hotkey and description optional)",
    )
    p.add_argument(
        "--allow-overlap",
        action="store_true",
        help="let spans overlap (nested names, a METRIC inside a POLICY); "
        "biaozhu settings changes it later",
    )
    add_annotator(p)
    p.set_defaults(func=run_new)

    p = sub.add_parser(
        "settings",
        help="the project's settings; change one",
        description="Print the project's settings, or change one: --allow-overlap on lets "
        "spans overlap, off forbids it again (refused while spans overlap, naming how many "
        "and where). A change is a history event that verify replays.",
    )
    add_project(p)
    p.add_argument(
        "--allow-overlap",
        choices=["on", "off"],
        metavar="on|off",
        help="let spans overlap (on) or not (off)",
    )
    p.add_argument("--json", action="store_true", help="the settings as one JSON object")
    add_annotator(p)
    p.set_defaults(func=run_settings)

    p = sub.add_parser(
        "import",
        help="import texts and annotations into a project",
        description="Add the documents of files and folders to the project: texts to do, or, "
        "from a labelled file (its spans), the importing annotator's finished gold. A text "
        "the project has already is skipped, unless a labelled file annotates it: then its "
        "spans become the importing annotator's layer there (a document where they have "
        "spans or have begun is kept as it is, and named). A file that cannot be read is "
        "refused with its reason and changes nothing; the other files are still imported.",
    )
    add_project(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    p.add_argument(
        "--format",
        default="auto",
        choices=["auto", *sorted(import_formats())],
        metavar="FMT",
        help="how to read the files: auto (by file ending, the default), "
        + ", ".join(sorted(import_formats())),
    )
    p.add_argument(
        "--status",
        choices=["todo", "in_progress", "done"],
        help="status of imported documents (default: done when they bring spans, else todo)",
    )
    p.add_argument(
        "--label-map",
        metavar="type=LABEL,...",
        help="for formats with types of their own (CLUENER, CoNLL, brat...): the project label"
        " of each type, e.g. company=COMPANY; types not named are dropped, a type no file"
        " holds is refused",
    )
    add_encoding(p)
    p.add_argument(
        "--clean",
        action="store_true",
        help="remove layout spaces and line breaks inside Chinese sentences (PDF, newspapers)",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print each document's id as soon as it is committed",
    )
    add_annotator(p)
    add_selection_options(p)
    p.set_defaults(func=run_import)

    p = sub.add_parser(
        "stats",
        help="counts of documents, spans, suggestions and statuses",
        description="Count the project's documents and characters, its gold spans per label, "
        "its suggestions (and those pending for --annotator), its documents per status and "
        "each annotator's spans and finished documents.",
    )
    add_project(p)
    p.add_argument("--json", action="store_true", help="one JSON object")
    add_annotator(p)
    p.set_defaults(func=run_stats)

    p = sub.add_parser(
        "history",
        help="the project's change history",
        description="The project's history, oldest first, one event a line: number, time (UTC),"
        " annotator, action, document, before → after, and the suggestion (suggester@version"
        " and calibrated score) a decision was on. Events merged in from other files are marked"
        " with the file they came from. The filters combine; one that names what the history"
        " never held is refused.",
    )
    add_project(p)
    p.add_argument(
        "--doc",
        metavar="ID",
        help="only events of this document (with those merged files recorded under its id there)",
    )
    p.add_argument(
        "--span",
        type=whole,
        metavar="ID",
        help="only the events of this gold span and of what it came from (the suggestion it "
        "was accepted from, the span it was adjudicated, restored or merged from)",
    )
    p.add_argument("--annotator", metavar="NAME", help="only events by this annotator")
    p.add_argument("--action", help="only this action (or family: span, suggestion, doc…)")
    p.add_argument(
        "--since",
        type=utc_time,
        metavar="TIME",
        help="only events at or after this time (ISO 8601; UTC unless it gives an offset)",
    )
    p.add_argument(
        "--until",
        type=utc_time,
        metavar="TIME",
        help="only events at or before this time (ISO 8601; UTC unless it gives an offset)",
    )
    p.add_argument(
        "--as-of",
        type=whole,
        metavar="EVENT",
        help="with --doc: the document's spans per annotator as they stood right "
        "after this event, rebuilt from the history",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per event")
    p.add_argument(
        "--head",
        action="store_true",
        help="only the history's head (COUNT:HASH), at once, to write down outside the file:"
        " verify --expect-head fails once a history no longer holds it (the tail cut off"
        " with its state, or the whole rewritten), which the file cannot show by itself",
    )
    p.add_argument(
        "--format",
        choices=["text", "csv"],
        default="text",
        metavar="FMT",
        help="text (the default: one event a line) or csv (an audit report, to --out FILE)",
    )
    p.add_argument("--out", metavar="FILE", help="with --format csv: the audit report file")
    p.set_defaults(func=run_history)

    p = sub.add_parser(
        "verify",
        help="check the file against its history: integrity, triggers, the chain, and the "
        "state replayed from the events",
        description="Check SQLite's integrity, the foreign keys, the history's guard triggers "
        "(by what they do), the hash chain, and that every span, decision, status, label, "
        "role and text is what the history says; print the chain head found. A history "
        "cut short together with its state, or rewritten as a whole, is caught only against "
        "a head written down earlier: the project's backups (checked too), or one given "
        "with --expect-head.",
    )
    add_project(p)
    p.add_argument(
        "--expect-head",
        metavar="HEAD",
        help="a chain head written down earlier (HASH or COUNT:HASH, as verify prints it): "
        "fail unless it is still in the history",
    )
    p.set_defaults(func=run_verify)


def run_new(args: argparse.Namespace) -> int:
    suffix = Path(args.project).suffix.lower()
    if suffix in data_suffixes():
        # arguments swapped, most likely: the data file's name where the
        # project goes would become a SQLite file of that name
        # the import only for an ending an import reads (not an export's .parquet)
        then = (
            f", then biaozhu import NAME{PROJECT_ENDING} {shown(args.project)}"
            if suffix in EXTENSIONS
            else ""
        )
        raise InvalidInput(
            f"{shown(args.project)}: {suffix} names a data file, not a project; a project"
            f" is a {PROJECT_ENDING} file (biaozhu new NAME{PROJECT_ENDING}{then})"
        )
    labels = load_labels(Path(args.labels)) if args.labels else None
    project = Project.create(
        args.project, labels=labels, annotator=args.annotator, allow_overlap=args.allow_overlap
    )
    overlap = "; spans may overlap" if project.allow_overlap else ""
    # the path whole (a reader copies it) but on one line: a file name's line
    # break or terminal escape neither splits the line nor moves the cursor
    print(f"created {shown(args.project, None)} ({', '.join(project.label_names())}){overlap}")
    project.close()
    return 0


def on_off(value: bool) -> str:
    return "on" if value else "off"


def run_settings(args: argparse.Namespace) -> int:
    if args.allow_overlap is None:
        with open_project(args, readonly=True) as project:
            allowed = project.allow_overlap
        if args.json:
            print(json.dumps({"allow_overlap": allowed}))
        else:
            print(f"allow_overlap: {on_off(allowed)}")
        return 0
    wanted = args.allow_overlap == "on"
    with open_project(args) as project:
        changed = project.set_allow_overlap(wanted)
    if args.json:
        print(json.dumps({"allow_overlap": wanted, "changed": changed}))
    elif changed:
        print(f"allow_overlap: {on_off(not wanted)} → {on_off(wanted)}")
    else:
        print(f"allow_overlap: {on_off(wanted)}")
    return 0


def parse_label_map(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    mapping = {}
    for item in text.split(","):
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise InvalidInput(f"--label-map wants type=LABEL pairs, got {item!r}")
        if source.strip() in mapping:  # a typo, not a choice: which pair was meant?
            raise InvalidInput(f"--label-map maps {source.strip()!r} twice")
        mapping[source.strip()] = target.strip()
    return mapping


def interrupted_import(report: ImportReport) -> str:
    """The line for an import a Ctrl+C stopped: what the project now holds
    of it (the files read before the interrupt stay imported)."""
    if not (report.added or report.layers):
        return "interrupted: nothing was imported"
    done = [f"{counted(len(report.added), 'document')} imported"] if report.added else []
    if report.layers:
        done.append(f"a layer added to {counted(len(report.layers), 'document')}")
    return (
        f"interrupted: {' and '.join(done)} before the interrupt, from the files read"
        " before it; the others were not imported (importing the same files again"
        " brings them and skips what is in)"
    )


def run_import(args: argparse.Namespace) -> int:
    if Path(args.project).is_dir():  # PATH first, PROJECT second: a slip of the order
        raise InvalidInput(
            f"{shown(args.project)} is a folder, not a project file: the project comes first "
            "(biaozhu import PROJECT PATH...)"
        )
    projects = [p for p in args.paths if Path(p).suffix == PROJECT_ENDING and Path(p).is_file()]
    if Path(args.project).suffix != PROJECT_ENDING and Path(args.project).is_file() and projects:
        others = [p for p in [args.project, *args.paths] if p != projects[0]]
        raise InvalidInput(
            f"{shown(args.project)} is not a project file: the project comes first "
            f"(biaozhu import {shown(projects[0])} {' '.join(map(shown, others))})"
        )
    if selection_requested(args):
        return run_import_suggestions(args)
    options = ImportOptions(
        fmt=args.format,
        annotator=args.annotator,
        status=args.status,
        extra={
            "label_map": parse_label_map(args.label_map),
            "clean": args.clean,
            "encoding": args.encoding,
        },
        on_commit=print_committed if args.verbose else None,
    )
    report = ImportReport()
    try:
        with open_project(args) as project:
            import_paths(project, args.paths, options, TerminalProgress(), report)
    except KeyboardInterrupt:
        raise InvalidInput(interrupted_import(report)) from None
    if report.files == 0 and report.unread:
        path, reason = report.unread[0]
        more = (
            f" (and {counted(len(report.unread) - 1, 'more such file')})"
            if len(report.unread) > 1
            else ""
        )
        raise InvalidInput(f"nothing to import: {shown(path)}: {reason}{more}")
    if report.files == 0 and report.ignored:
        path, reason = report.ignored[0]
        raise InvalidInput(f"nothing to import: {shown(path)}: {reason}")
    if report.files == 0:  # folders of other files only: say so, not "imported 0"
        known = ", ".join(sorted(EXTENSIONS))
        raise InvalidInput(
            f"nothing to import: no file of a known type ({known}) in "
            f"{', '.join(map(shown, args.paths))}; give --format to read others"
        )
    nothing = not (report.added or report.skipped or report.layers or report.kept)
    # the files the documents came from: a failed file gave none of them
    imported_from = report.files - len({path for path, _ in report.failed})
    if report.failed and nothing and report.files == 1:  # one file, one line
        where, reason = report.failures_at()[0]
        raise InvalidInput(f"{shown(where)}: {reason}")
    if not report.added and (report.layers or report.kept):  # no "0 spans" beside a layer's
        skipped = (
            f"; skipped {len(report.skipped)} already in the project" if report.skipped else ""
        )
        print(f"imported no new document from {counted(report.files, 'file')}{skipped}")
    elif not (report.failed and nothing):
        print(
            f"imported {counted(len(report.added), 'document')} with"
            f" {counted(report.spans, 'span')} from {counted(imported_from, 'file')};"
            f" skipped {len(report.skipped)} already in the project"
        )
    for source, asked, given in report.renamed[:SHOWN_PROBLEMS]:
        print(
            f"  note: {shown(source)}: document {shown(asked)} is {shown(given)} here:"
            " that id names another article in this project"
        )
    if len(report.renamed) > SHOWN_PROBLEMS:
        more = len(report.renamed) - SHOWN_PROBLEMS
        print(f"  … and {counted(more, 'more document')} under another id")
    who = args.annotator or project.annotator
    if report.layers:
        print(
            f"  added {who}'s layer to {counted(len(report.layers), 'document')} already in the"
            f" project ({counted(sum(n for _, _, n in report.layers), 'span')})"
        )
    if report.kept:
        print(f"  kept {counted(len(report.kept), 'document')} where {who} has a layer already:")
    for source, existing, why in report.kept[:SHOWN_PROBLEMS]:
        print(f"  kept {shown(source)}: document {shown(existing)}: {why}")
    if len(report.kept) > SHOWN_PROBLEMS:
        print(f"  … and {counted(len(report.kept) - SHOWN_PROBLEMS, 'more such document')} kept")
    if report.labels_added:  # a file's label the project lacked: said, a typo shows
        print(f"  added to the project's labels: {', '.join(report.labels_added)}")
    for note in report.notes():  # what the files held that no span keeps, labels taken
        print(f"  note: {note}")
    for source, existing in report.skipped:
        print(f"  skipped {shown(source)}: same text as document {shown(existing)}")
    for path, reason in report.unread[:SHOWN_PROBLEMS]:
        print(f"  left unread {shown(path)}: {reason}")
    if len(report.unread) > SHOWN_PROBLEMS:
        more = counted(len(report.unread) - SHOWN_PROBLEMS, "more such file")
        print(f"  … and {more} left unread")
    if report.ignored and not args.verbose:
        ignored = len(report.ignored)
        what = counted(ignored, "SQLite file or backup folder", "SQLite files or backup folders")
        print(f"left {what} unread (-v names {plural(ignored, 'it', 'them')})")
    for path, reason in report.ignored if args.verbose else ():
        print(f"  left unread {shown(path)}: {reason}")
    if report.failed:
        rest = "nothing was imported" if nothing else "the others are imported"
        raise CommandFailed(
            f"{len(report.failed)} of {counted(report.files, 'file')} failed to import ({rest}):",
            [f"{shown(where)}: {reason}" for where, reason in report.failures_at()],
        )
    return 0


def print_committed(doc_ids: list[str]) -> None:
    for doc_id in doc_ids:
        print(f"committed {shown(doc_id, None)}")
    sys.stdout.flush()


def run_stats(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        stats = project.stats()
        roles = {a["name"]: a["role"] for a in project.annotators()}
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    # pending is per annotator: for the one named (--annotator or
    # $BIAOZHU_ANNOTATOR), else for each annotator of the project; never for
    # the operating-system user alone, who may not be in it
    named = args.annotator is not None or os.environ.get("BIAOZHU_ANNOTATOR") is not None
    print(
        f"{shown(stats['project'], None)}: {counted(stats['documents'], 'document')}, "
        f"{counted(stats['characters'], 'character')}"
    )
    if not stats["documents"]:
        print(f"no documents yet: biaozhu import {shown(args.project, None)} PATH... adds them")
    gold = stats["gold"]
    print(
        f"gold: {counted(gold['documents'], 'document')} done, {counted(gold['spans'], 'span')}"
        + "".join(f"  {k} {v}" for k, v in gold["by_label"].items())
    )
    if named:
        who = stats["annotator"]
        pending = f"pending for {shown(who)}: {stats['suggestions_pending']}"
        if not stats["annotator_in_project"]:
            pending += f" ({shown(who)} is not in this project)"
    else:
        pending = "pending: " + (
            ", ".join(f"{shown(k)} {v}" for k, v in stats["pending_by_annotator"].items())
            or "nobody"
        )
    print(f"suggestions: {stats['suggestions']}; {pending}")
    print("documents: " + "  ".join(f"{k} {v}" for k, v in stats["by_status"].items()))
    print(
        f"spans of all annotators: {stats['annotations']}"
        + "".join(f"  {k} {v}" for k, v in stats["by_label"].items())
    )
    names = list(roles) + [n for n in stats["by_annotator"] if n not in roles]
    for name in names:
        counts = stats["by_annotator"].get(name, {"annotations": 0, "done": 0})
        line = (
            f"  {shown(name)} ({roles.get(name, 'not in the project')}):"
            f" {counted(counts['annotations'], 'span')}, {counted(counts['done'], 'document')} done"
        )
        if name in stats["pending_by_annotator"]:
            line += f", {counted(stats['pending_by_annotator'][name], 'suggestion')} pending"
        print(line)
    return 0


def _summary(value) -> str:
    if value is None:
        return "∅"
    if isinstance(value, dict):
        if "text" in value and "label" in value:  # one event a line: a line break as \n
            span = f"span {value['id']} " if "id" in value and "start" in value else ""
            # escaped whole: a terminal escape in an imported span's text
            # could move the cursor and erase the history lines before it
            text = shown(value["text"], None)
            return f"{span}{text}[{value.get('start')}:{value.get('end')}]{value['label']}"
        if "suggestion" in value and isinstance(value["suggestion"], dict):
            if "decision" in value and "annotator" in value:  # a decision a merge brought
                return f"{value['annotator']} {value['decision']} {_summary(value['suggestion'])}"
            return _summary(value["suggestion"])
        if set(value) <= {"decision", "annotation_id"} and "decision" in value:
            # a decision as it stood before a merge changed it
            span = value.get("annotation_id")
            said = shown(str(value["decision"]), None)  # escaped: the file may be hostile
            return said + (f" (span {shown(str(span), None)})" if span is not None else "")
        return shown(json.dumps(value, ensure_ascii=False)[:80], None)
    # JSON escapes line breaks and control characters, not a bidi override
    return shown(json.dumps(value, ensure_ascii=False)[:80], None)


DIFFERENCE_KINDS = {
    "same": "same",
    "label": "other label",
    "boundary": "other boundary",
    "left": "only left",
    "right": "only right",
}


def _choice_summary(row: dict) -> str | None:
    """A reviewer's choice in words, as Review → History says it: each
    layer's annotator and the spans it held there, then the choice and the
    kind of difference (``alice: 13.7%[362:367]POLICY; bob: 13.7%[362:367]METRIC
    → right (other label)``); None for any other event."""
    before, after = row["before"], without_marks(row["after"])
    if row["action"] != "review.choice" or not isinstance(before, dict):
        return None
    if not isinstance(after, dict):
        return None
    layers = after.get("layers") if isinstance(after.get("layers"), list) else []
    sides = []
    for i, side in enumerate(("left", "right")):
        spans = before.get(side) if isinstance(before.get(side), list) else []
        name = shown(str(layers[i]), None) if i < len(layers) else side
        held = ", ".join(_summary(_without_id(r)) for r in spans if isinstance(r, dict))
        sides.append(f"{name}: {held or '∅'}")
    kind = DIFFERENCE_KINDS.get(after.get("kind"), shown(str(after.get("kind")), None))
    return f"{'; '.join(sides)} → {shown(str(after.get('choice')), None)} ({kind})"


def _merge_summary(action: str, value) -> str | None:
    """A merge in words, as Review → History says it: the file merged in
    with its events, new documents and conflicts, or a conflict's layer and
    its incoming spans; None for any other event."""
    if not isinstance(value, dict):
        return None
    file = shown(str(value.get("file") or "?"), None)
    if action == "merge.completed" and isinstance(value.get("events"), int):
        added, conflicts = value.get("documents_added"), value.get("conflicts")
        return (
            f"{file}: {counted(value['events'], 'event')},"
            f" {counted(len(added) if isinstance(added, list) else 0, 'new document')},"
            f" {counted(len(conflicts) if isinstance(conflicts, list) else 0, 'conflict')}"
        )
    if action == "merge.conflict" and isinstance(value.get("spans"), int):
        who = shown(str(value.get("annotator")), None)
        return f"{who}'s layer: {counted(value['spans'], 'incoming span')} from {file}"
    return None


def _after_words(row: dict) -> str:
    action, after = row["action"], row["after"]
    return (
        _offer_summary(action, after)
        or _merge_summary(action, after)
        or _run_summary(action, after)
        or _summary(without_marks(after))
    )


def _run_summary(action: str, value) -> str | None:
    """An import or a suggestion run in words, as Review → History says it
    (the title and its characters, with the file; the suggestions added,
    updated, unchanged and removed, with the suggesters), not its JSON cut
    at 80 characters; None for any other event."""
    if not isinstance(value, dict):
        return None
    if action == "doc.imported" and isinstance(value.get("chars"), int):
        source = value.get("source")
        where = f" from {shown(str(source), None)}" if source else ""
        return f"{shown(str(value.get('title') or ''), None)} ({value['chars']} characters){where}"
    if action == "suggestions.computed" and isinstance(value.get("added"), int):
        counts = ["added", "updated", "unchanged", "removed"]
        if "unchanged" not in value:  # a run recorded before they were counted apart
            counts.remove("unchanged")
        said = ", ".join(f"{value.get(key, 0)} {key}" for key in counts)
        sources = value.get("sources") if isinstance(value.get("sources"), list) else []
        by = f" by {', '.join(shown(str(s), None) for s in sources)}" if sources else ""
        return said + by
    return None


def _without_id(span: dict) -> dict:
    """A layer's span as a choice recorded it, without its row id (of either
    layer: the text, offsets and label say which span it was)."""
    return {key: value for key, value in span.items() if key != "id"}


def _offer_summary(action: str, value) -> str | None:
    """An accept's offer in words, as Review → History says it: the name,
    its label and where it was offered (``比亚迪 COMPANY at 52, 184
    (suggestions 131, 132)``), and the suggestions a withdrawal took back;
    None for any other event, which ``_summary`` says."""
    if not isinstance(value, dict) or not isinstance(value.get("suggestions"), list):
        return None
    places = value["suggestions"]
    if action == "suggestions.offered" and "text" in value and "label" in value:
        pairs = [p for p in places if isinstance(p, list | tuple) and len(p) == 2]
        starts = ", ".join(str(p[1]) for p in pairs)
        ids = ", ".join(str(p[0]) for p in pairs)
        noun = "suggestion" if len(pairs) == 1 else "suggestions"
        return f"{shown(value['text'], None)} {value['label']} at {starts} ({noun} {ids})"
    if action == "suggestions.withdrawn":
        noun = "suggestion " if len(places) == 1 else "suggestions "
        return noun + ", ".join(str(sid) for sid in places)
    return None


def utc_time(text: str) -> str:
    """An ISO 8601 time as the history stores its times (UTC, ``…T…Z``), so
    that comparing the two as text compares the instants; a time with an
    offset is converted, one without is UTC, anything else is refused."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time (e.g. 2026-12-05 or 2026-12-05T09:30:00+08:00)"
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def run_history(args: argparse.Namespace) -> int:
    if args.head:
        with open_project(args, readonly=True) as project:
            head = project.chain_head()
        print(f"head: {head.count}:{head.hash}")
        return 0
    if args.as_of is not None:
        return print_as_of(args)
    if args.format == "csv" and not args.out:
        raise InvalidInput("--format csv needs --out FILE")
    with open_project(args, readonly=True, annotator_is_filter=True) as project:
        if args.format == "csv":
            check_audit_out(project, Path(args.out))
        project.refuse_grown_history()
        events = selected_events(project, args)
        if not events:
            check_history_filters(project, args)
        text = args.format == "text" and not args.json
        files = merged_files(project) if text else {}
        named = undone_actions(project, events) if text else {}
    rows = [e.as_json() for e in events]
    if args.format == "csv":
        write_audit_csv(Path(args.out), rows)
        print(f"wrote {counted(len(rows), 'event')} to {shown(args.out, None)}")
        return 0
    clock = ClockMarks()
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(history_line(row, files, named) + clock.mark(row))
    return 0


class ClockMarks:
    """What a history line says of its event's time against the events
    listed before it and the clock now: the history's order is the events'
    (each event's time is the writing computer's clock, which nothing
    proves), so a time before an earlier event's (a clock set back, or an
    event written outside Biaozhu) or ahead of now is said, not hidden."""

    AHEAD = timedelta(minutes=5)  # a laptop's clock a little ahead is no news

    def __init__(self) -> None:
        # the event listed before, its time: of the file's own events, and of
        # those merged in (another laptop's clock, its work of earlier days)
        self.before: dict[bool, tuple[str, int]] = {}
        self.future = (datetime.now(UTC) + self.AHEAD).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def mark(self, row: dict) -> str:
        when = row["time"]
        if not isinstance(when, str):
            return ""
        merged = row.get("origin_hash") is not None
        before = self.before.get(merged)
        said = ""
        if when > self.future:
            said = " [time in the future]"
        elif before is not None and when < before[0]:
            said = f" [time before #{before[1]}'s]"
        self.before[merged] = (when, row["id"])
        return said


def undone_actions(project: Project, events: list) -> dict[int, str]:
    """The action of each event an undo or a redo among ``events`` names."""
    ids = []
    for e in events:
        found = named_events(e.after) if e.origin_hash is None else None
        if found is not None:
            ids += found[1]
    return named_actions(project.conn, ids) if ids else {}


def _numbers(ids: list[int]) -> str:
    words = [str(n) for n in ids]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return ("event " if len(words) == 1 else "events ") + listed


def _taken_back(row: dict, named: dict[int, str]) -> str:
    """What an undo or a redo took back: " (undo of span.resized, event 12)"."""
    found = named_events(row["after"])
    if found is None:
        return ""
    kind, ids = found
    if row["origin_hash"] is not None:  # the numbers of the file it came from
        what = "undo" if kind == "undo_of" else "redo"
        return f" ({what} of {_numbers(ids)} of the file it came from)"
    if kind == "redo_of":
        return f" (redo, taking back the undo in {_numbers(ids)})"
    action = named.get(min(ids), "?")
    return f" (undo of {action}, {_numbers(ids)})"


def _attrs_change(row: dict) -> str | None:
    """An attribute change in words: the span, then each attribute that
    changed, before → after (``span 5 三家[148:151]METRIC: unit 家 → ∅``);
    None when the event does not hold two spans."""
    before, after = row["before"], without_marks(row["after"])
    if not isinstance(before, dict) or not isinstance(after, dict):
        return None
    old = before.get("attrs") if isinstance(before.get("attrs"), dict) else {}
    new = after.get("attrs") if isinstance(after.get("attrs"), dict) else {}
    changed = [
        f"{shown(key, None)} {_attr_value(old.get(key))} → {_attr_value(new.get(key))}"
        for key in dict.fromkeys([*old, *new])
        if old.get(key) != new.get(key)
    ]
    return f"{_summary(after)}: {', '.join(changed) or 'no attribute changed'}"


def _attr_value(value) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, str):
        return shown(value, None)
    return shown(json.dumps(value, ensure_ascii=False)[:80], None)


def _from_suggestion(row: dict) -> str:
    """The suggestion a span event's span came from, when the event holds no
    suggestion record of its own (a resize, a relabel, an attribute change):
    `` (from suggestion 7)``; in a merged event, the number is that of the
    file it came from."""
    for side in (row["after"], row["before"]):
        if isinstance(side, dict) and "start" in side and side.get("suggestion_id") is not None:
            there = " of the file it came from" if row["origin_hash"] is not None else ""
            return f" (from suggestion {side['suggestion_id']}{there})"
    return ""


def _came_from(after) -> str:
    """Where a span an event made came from, when not from a suggestion: the
    span a merge, a reviewer or an undo took it from."""
    if not isinstance(after, dict):
        return ""
    merged = after.get("merged_from")
    if isinstance(merged, dict):
        return (
            f" (by a merge, from span {merged.get('span_id')} of {shown(merged.get('file'), None)})"
        )
    adjudicated = after.get("adjudication")
    if isinstance(adjudicated, dict):
        return (
            f" (adjudicated: {adjudicated.get('choice')}, from {adjudicated.get('from')}'s"
            f" span {adjudicated.get('from_span')})"
        )
    if after.get("restored_from") is not None:
        return f" (restoring span {after['restored_from']})"
    if after.get("resolved_by") is not None:
        return f" (merge conflict {after.get('conflict')} resolved by {after['resolved_by']})"
    if after.get("origin") == "imported" and "start" in after:
        return " (imported)"
    return ""


def selected_events(project: Project, args: argparse.Namespace) -> list:
    """The events ``history``'s filters select: one span's lineage, one
    document's events (merged files' too), or the whole history."""
    filters = {
        "annotator": args.annotator,
        "action": args.action,
        "since": args.since,
        "until": args.until,
    }
    if args.doc is not None:
        project.document(args.doc)  # a clear error for an unknown document
    if args.span is not None:
        doc = span_document(project, args.span)
        if args.doc is not None and args.doc != doc:
            raise InvalidInput(f"span {args.span} is in document {doc}, not {args.doc}")
        chosen = {e.id for e in document_events(project, doc, **filters)}
        return [e for e in span_events(project, doc, args.span) if e.id in chosen]
    if args.doc is not None:
        return document_events(project, args.doc, **filters)
    return project.history(**filters)


def history_line(row: dict, files: dict[str, str], named: dict[int, str] | None = None) -> str:
    """One event for a reader: who, when, what, before → after, the suggestion
    it decided on, what an undo or a redo took back (``named``: the actions
    of the events undos name), and the file a merged event came from."""
    # an event of no document says what it is about (whose role changed)
    about = f" {shown(row['target'], None)}:" if not row["doc"] and row.get("target") else ""
    change = _attrs_change(row) if row["action"] == "span.attrs" else _choice_summary(row)
    line = (
        # who, when and what as the file holds them, escaped: a name with a
        # right-to-left override turned the rest of the line round
        f"#{row['id']} {shown(row['time'], None)} {shown(row['annotator'], None)}"
        f" {shown(row['action'], None)}"
        f" {shown(row['doc'] or '-', None)}{about} "
    ) + (
        change
        or f"{_offer_summary(row['action'], row['before']) or _summary(row['before'])}"
        f" → {_after_words(row)}"
    )
    for side in (row["after"], row["before"]):
        record = side.get("suggestion") if isinstance(side, dict) else None
        if isinstance(record, dict):
            sid, label = record.get("suggestion_id"), record.get("label")
            line += f" (suggestion {sid}, {label}: {describe_suggestion(record)})"
            break
    else:
        line += _from_suggestion(row)
    line += _attrs_moved(row)
    line += _came_from(row["after"])
    line += _taken_back(row, named or {})
    if row["origin_hash"] is not None:
        line += f" [merged from {shown(files.get(row['origin_hash'], row['origin']), None)}]"
    return line


def _attrs_moved(row: dict) -> str:
    """What a relabel took out of the span's attributes (the old label's
    reading) or, undone, gave back: the span's line shows its label alone."""
    before, after = row["before"], row["after"]
    if row["action"] != "span.relabelled" or not (
        isinstance(before, dict) and isinstance(after, dict)
    ):
        return ""
    old, new = set(before.get("attrs") or {}), set(after.get("attrs") or {})
    said = ""
    if old - new:
        said += f" (dropped its {', '.join(shown(k, None) for k in sorted(old - new))})"
    if new - old:
        said += f" (gave back its {', '.join(shown(k, None) for k in sorted(new - old))})"
    return said


def check_history_filters(project: Project, args: argparse.Namespace) -> None:
    """A filter that names what the history has never held (a document the
    project lacks, a mistyped name or action) is refused, saying what it
    holds; filters that each hold but match nothing together print nothing."""
    if args.doc is not None:
        project.document(args.doc)  # no document 'X' in this project
    annotators, actions = project.history_names()
    if args.annotator is not None and args.annotator not in annotators:
        raise InvalidInput(
            f"no event by {args.annotator!r} in this project's history"
            + did_you_mean(args.annotator, annotators, "by")
        )
    families = sorted({a.split(".")[0] for a in actions})
    if args.action is not None and args.action not in (*actions, *families):
        raise InvalidInput(
            f"no action {args.action!r} in this project's history"
            + did_you_mean(args.action, [*families, *actions], "actions")
        )


def print_as_of(args: argparse.Namespace) -> int:
    from models.review.asof import layers_as_of

    if not args.doc:
        raise InvalidInput("--as-of needs --doc ID")
    with open_project(args, readonly=True, annotator_is_filter=True) as project:
        project.document(args.doc)  # a clear error for an unknown document
        project.refuse_grown_history()
        layers = layers_as_of(project, args.doc, args.as_of)
    if args.json:
        print(
            json.dumps(
                {name: [vars(s) for s in spans] for name, spans in layers.items()},
                ensure_ascii=False,
            )
        )
        return 0
    print(f"{shown(args.doc, None)} as of event {args.as_of}:")
    for name, spans in layers.items():
        print(f"  {name}: {counted(len(spans), 'span')}")
        for s in spans:
            print(f"    {s.start}-{s.end} {s.label} {shown(s.text, None)}")  # one span a line
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        report = project.verify(args.expect_head)
    print(verify_text(report), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def verify_text(report: VerifyReport) -> str:
    """What ``biaozhu verify`` prints (on stderr when the file fails), the
    window's full report too."""
    if report.problems:
        lines = [f"biaozhu: error: {report.problems[0]}"]
        lines += [f"  also: {problem}" for problem in report.problems[1:SHOWN_PROBLEMS]]
        if len(report.problems) > SHOWN_PROBLEMS:
            lines.append(f"  … and {len(report.problems) - SHOWN_PROBLEMS} more")
        return "\n".join([*lines, report.head_line()])
    lines = [report.summary(), *(f"  not provable: {gap}" for gap in report.gaps)]
    if report.expected:
        lines.append(str(report.expected))
    return "\n".join([*lines, report.head_line()])
