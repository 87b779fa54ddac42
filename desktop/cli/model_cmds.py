"""``biaozhu models``: the learned models a project has stored, and which
one suggests. ``train`` stores every model it trains but activates it only
when it measured better; here a person sees them all, makes one active
anyway, or goes back to the bundled model. Each change is the core's
(``models.learn.registry``), with its history event in the same
transaction."""

from __future__ import annotations

import argparse
import json
import sys

# The reason a retirement from here writes in the history.
USE_BUNDLED_REASON = "set aside with biaozhu models --use-bundled: the bundled model suggests"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "models",
        help="the project's stored models: list them, choose the one that suggests",
        description=(
            "List the learned models the project has stored, oldest first, one a line: "
            "version, when it was trained (UTC), how many gold documents it learned from, "
            "actions per gold span and F1 per label from its cross-validation, and whether "
            "it is the active one. While none is active, the bundled model suggests. "
            "--activate makes a stored model the active one (biaozhu train activates a "
            "model only when it measured better); --use-bundled sets the active one aside "
            "so the bundled model suggests again. Each change is a history event; the "
            "stored suggestions change at the next biaozhu suggest --project."
        ),
    )
    from desktop.cli.common import add_project

    add_project(p)
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--activate", metavar="VERSION", help="make this stored model the one that suggests"
    )
    choice.add_argument(
        "--use-bundled",
        action="store_true",
        help="set the active model aside: the bundled model suggests again",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per model (with --activate or --use-bundled: one object, "
        "the active model's version or null, and whether anything changed)",
    )
    from desktop.cli.common import add_annotator

    add_annotator(p)
    p.set_defaults(func=run_models)


def run_models(args: argparse.Namespace) -> int:
    if args.activate is not None:
        return run_activate(args)
    if args.use_bundled:
        return run_use_bundled(args)
    return run_list(args)


def run_list(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_project
    from models.learn.registry import list_models, summarize

    with open_project(args, readonly=True) as project:
        rows = [summarize(r) for r in list_models(project)]
    if args.json:
        for row in rows:
            print(json.dumps(summary_json(row), ensure_ascii=False))
        return 0
    for row in rows:
        print(summary_line(row))
    if not any(row.active for row in rows):
        print(bundled_note(bool(rows)))
    sys.stdout.flush()
    return 0


def summary_json(row) -> dict:
    return {
        "version": row.version,
        "created": row.created,
        "documents": row.documents,
        "active": row.active,
        "readable": row.readable,
        "actions_per_span": row.actions_per_span,
        "f1": row.f1,
    }


def summary_line(row) -> str:
    """One model, the figures a person compares first; the active one marked."""
    from models.errors import counted

    actions = (
        f"{row.actions_per_span:.3f} actions per gold span"
        if row.actions_per_span is not None
        else "not evaluated"
    )
    f1 = ", ".join(f"{label} {value:.3f}" for label, value in row.f1.items())
    parts = [
        row.version,
        row.created[:19].replace("T", " "),
        counted(row.documents, "gold document"),
        actions,
    ]
    if f1:
        parts.append(f"F1 {f1}")
    if row.active:
        parts.append("active")
    elif not row.readable:
        parts.append("unreadable by this version")
    return "  ".join(parts)


def bundled_note(any_stored: bool) -> str:
    from models.learn.bundled import bundled_model

    base = bundled_model()
    who = f"the bundled model ({base.version})" if base is not None else "the rules alone"
    if not any_stored:
        return f"no stored model: {who} suggests (biaozhu train PROJECT trains one)"
    return f"no model is active: {who} suggests"


def run_activate(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_project
    from models.errors import NotFound
    from models.learn.registry import activate, list_models

    with open_project(args) as project:
        records = {r.version: r for r in list_models(project)}
        record = records.get(args.activate)
        if record is None:
            known = ", ".join(records) or "none: biaozhu train PROJECT trains one"
            raise NotFound(f"no model {args.activate!r} in this project (stored: {known})")
        changed = not record.active
        if changed:
            activate(project, record.version)  # checks it is readable before writing
    if args.json:
        print(json.dumps({"active": record.version, "changed": changed}))
    elif changed:
        print(f"{record.version} is now the active model")
    else:
        print(f"{record.version} is already the active model")
    return 0


def run_use_bundled(args: argparse.Namespace) -> int:
    from desktop.cli.common import open_project
    from models.learn.registry import active_record, retire

    with open_project(args) as project:
        record = active_record(project)
        if record is not None:
            retire(project, record.version, USE_BUNDLED_REASON)
    if args.json:
        print(json.dumps({"active": None, "changed": record is not None}))
    elif record is None:
        print("no model is active: the bundled model already suggests")
    else:
        print(f"{record.version} set aside: the bundled model suggests again")
    return 0
