"""The ``biaozhu`` command line. Importing this package never imports Qt:
the GUI is loaded only when no subcommand is given.

Subcommands live in the modules of this package; every module with a
``register(subparsers)`` function adds its own, so each command group is
owned by one module."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys
from collections.abc import Sequence

from models import __version__
from models.errors import BiaozhuError
from models.progress import Cancelled


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are bad input too: one line, exit status 1."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"biaozhu: error: {message}\n")
        sys.exit(1)


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="biaozhu",
        description="标注 Biaozhu: curate span annotations in Chinese economic news.",
    )
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def gui_parser() -> OneLineParser:
    parser = OneLineParser(prog="biaozhu", description="Open the Biaozhu window.")
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="draw the window offscreen, save a PNG and exit"
    )
    parser.add_argument(
        "--annotator", help="who is working (default: $BIAOZHU_ANNOTATOR or the OS user)"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    parser.add_argument(
        "project", nargs="?", help="project file (default: last one, else the sample)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    first = next((a for a in argv if not a.startswith("-")), None)
    try:
        if first in commands or any(a in ("-h", "--help") for a in argv[:1]):
            args = parser.parse_args(argv)
            return int(args.func(args) or 0)
        args = gui_parser().parse_args(argv)
        from desktop.gui.launch import run_gui  # Qt is imported only here

        return run_gui(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 0
    except BiaozhuError as exc:
        return fail(str(exc))
    except Cancelled:
        return fail("cancelled")
    except KeyboardInterrupt:
        return fail("interrupted")
    except sqlite3.Error as exc:
        return fail(f"database: {exc}")
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


def fail(message: str) -> int:
    first_line = message.strip().splitlines()[0] if message.strip() else "failed"
    sys.stderr.write(f"biaozhu: error: {first_line}\n")
    return 1
