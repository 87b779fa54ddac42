"""The ``biaozhu`` command line. Importing this package never imports Qt:
the GUI is loaded only when no subcommand is given.

Subcommands live in the modules of this package; every module with a
``register(subparsers)`` function adds its own, so each command group is
owned by one module. ``COMMAND_GROUPS`` only orders them for ``--help``.

Every failure ends here as one line on stderr, ``biaozhu: error: …``, and
exit status 1 (a ``CommandFailed`` may add its reasons, one a line); an
unexpected exception too, with its traceback only under ``--debug`` or
``BIAOZHU_DEBUG=1``. Output cut short by a closed pipe (``| head``) ends
quietly."""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import pkgutil
import re
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from models import __version__
from models.errors import BiaozhuError, shown
from models.progress import Cancelled

TAGLINE = "标注 Biaozhu: curate span annotations in Chinese economic news."
DEBUG_ENV = "BIAOZHU_DEBUG"
# The status of a process the shell's pipe reader stopped listening to
# (128 + SIGPIPE), as a tool killed by the signal would end.
BROKEN_PIPE_STATUS = 141

# The order ``--help`` lists the commands in: the way a project's work goes.
# A command registered by a module but not named here is listed last.
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Projects", ("new", "settings", "import", "stats")),
    ("Suggestions", ("suggest", "train", "models", "queue", "evaluate")),
    ("The gold for other tools", ("export",)),
    ("Review and audit", ("history", "verify", "agreement", "role", "conflicts", "merge")),
)
# Window options that take a value, so the word after them is not a command.
WINDOW_VALUE_OPTIONS = ("--screenshot", "--annotator", "--lang")


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are bad input too: one line, exit status 1, naming the
    fix where one can be told (the choice or option meant, the help)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"biaozhu: error: {one_line(with_fix(message, self.prog))}\n")
        sys.exit(1)


# A whole line of an error: its values are shown (models.errors.shown) by
# the core already; this bounds what the command line's own f-strings and
# other programs' errors bring, whatever they hold.
LINE_CHARS = 1000


def one_line(message: str) -> str:
    """``message`` on one line of at most LINE_CHARS characters, every
    character that does not print escaped (see ``shown``)."""
    return shown(message.strip(), LINE_CHARS)


INVALID_CHOICE = re.compile(r"invalid choice: '(?P<given>.*?)' \(choose from (?P<choices>.*)\)$")


def with_fix(message: str, prog: str) -> str:
    """argparse's message, with the choice a typo meant, or where the usage is."""
    found = INVALID_CHOICE.search(message)
    if found:
        choices = re.findall(r"'([^']*)'", found["choices"])
        # a part of a name (csv: spans-csv, metrics-csv) names each it is part of
        named = [c for c in sorted(choices) if found["given"].casefold() in c.split("-")]
        close = closest(found["given"], choices)
        named = named or ([close] if close else [])
        return f"{message}; did you mean {' or '.join(map(repr, named))}?" if named else message
    if message.startswith(("the following arguments are required", "expected ")) or (
        " expected " in message
    ):
        return f"{message} ({prog} --help shows its usage)"
    return message


def closest(word: str, candidates: Sequence[str]) -> str | None:
    """The candidate a typo of ``word`` most likely meant, if any is close
    (case apart: ``Company`` means ``COMPANY``)."""
    by_fold = {c.casefold(): c for c in candidates}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    close = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def unrecognized(extras: Sequence[str], parser: argparse.ArgumentParser) -> BiaozhuError:
    """Words a command does not take, with the option a mistyped one meant."""
    message = f"unrecognized arguments: {' '.join(extras)}"
    options = [o for o in parser._option_string_actions if o.startswith("--")]
    for word in extras:
        if word.startswith("--"):
            close = closest(word.split("=", 1)[0], options)
            if close:
                return BiaozhuError(f"{message}; did you mean {close}?")
    return BiaozhuError(f"{message} ({parser.prog} --help lists its options)")


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog="biaozhu", description=TAGLINE)
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    add_debug(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def add_debug(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"on an unexpected error, print its traceback (also: {DEBUG_ENV}=1)",
    )


def add_window_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument(
        "project",
        nargs="?",
        metavar="PROJECT",
        help="the project file to open (default: the last one opened, else the bundled sample)",
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        help="interface language for this run (default: Preferences, else the system's)",
    )
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        help="who is working (default: $BIAOZHU_ANNOTATOR, else the OS user)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="draw the window offscreen (no display needed), save it as a PNG and exit",
    )


def gui_parser() -> OneLineParser:
    parser = OneLineParser(prog="biaozhu", description="Open the Biaozhu window.")
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    add_debug(parser)
    add_window_options(parser)
    return parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_summaries(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each command's one-line help, as its module registered it."""
    out: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                out[choice.dest] = choice.help or ""
    return out


def help_text(parser: argparse.ArgumentParser) -> str:
    """``biaozhu --help``: the window's usage and options, then the commands
    grouped in the order the work goes."""
    summaries = command_summaries(parser)
    listed = [name for _, names in COMMAND_GROUPS for name in names]
    groups = [(title, [n for n in names if n in summaries]) for title, names in COMMAND_GROUPS]
    others = [n for n in summaries if n not in listed]
    if others:
        groups.append(("Other commands", others))
    width = max(len(n) for n in summaries) + 2 if summaries else 12
    lines = ["Commands (biaozhu COMMAND --help shows a command's options):"]
    for title, names in groups:
        lines.append(f"  {title}:")
        lines += [f"    {name:<{width}}{summaries[name]}" for name in names]
    shown = argparse.ArgumentParser(
        prog="biaozhu",
        usage=(
            "biaozhu [PROJECT] [--lang zh_CN|en] [--annotator NAME]\n"
            "       biaozhu --screenshot OUT.png [--lang zh_CN|en] [PROJECT]\n"
            "       biaozhu COMMAND [ARG...]"
        ),
        description=TAGLINE,
        epilog="\n".join(lines) + "\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    add_window_options(shown.add_argument_group("The window (no COMMAND)"))
    general = shown.add_argument_group("Options")
    general.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    general.add_argument("--version", action="store_true", help="print the version and exit")
    add_debug(general)
    return shown.format_help()


def first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    at = first_word_at(argv)
    return None if at is None else argv[at]


def first_word_at(argv: Sequence[str]) -> int | None:
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in WINDOW_VALUE_OPTIONS:
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else i
    return None


def options_after_command(argv: list[str], command: argparse.ArgumentParser) -> list[str]:
    """``biaozhu --annotator bob import …`` as ``biaozhu import --annotator bob
    …``: a window option given before a command that takes it too goes to the
    command; one the command does not take (--lang) is refused as such."""
    at = first_word_at(argv)
    assert at is not None
    before, word, after = argv[:at], argv[at], argv[at + 1 :]
    kept: list[str] = []
    moved: list[str] = []
    i = 0
    while i < len(before):
        name, eq, _value = before[i].partition("=")
        if name not in WINDOW_VALUE_OPTIONS:
            kept.append(before[i])
            i += 1
            continue
        if name not in command._option_string_actions:
            raise BiaozhuError(
                f"{name} is an option of the window, not of {command.prog}"
                f" ({command.prog} --help lists its options)"
            )
        taken = 1 if eq else 2
        moved += before[i : i + taken]
        i += taken
    return [*kept, word, *moved, *after]


def unknown_command(word: str, commands: Sequence[str]) -> BiaozhuError:
    close = difflib.get_close_matches(word, commands, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(close)}?" if close else "biaozhu --help lists them"
    return BiaozhuError(f"unknown command '{shown(word)}' and no project file of that name; {hint}")


def looks_like_a_path(word: str) -> bool:
    return Path(word).exists() or os.sep in word or "/" in word or bool(Path(word).suffix)


def dispatch(argv: list[str]) -> int:
    parser = build_parser()
    commands = subcommands(parser)
    word = first_word(argv)
    if word in commands:
        argv = options_after_command(argv, commands[word])
        args, extras = parser.parse_known_args(argv)
        if extras:
            raise unrecognized(extras, commands[word])
        # --annotator is taken in the form the project stores it once the
        # project is open (common.open_project, who.stored_form)
        return int(args.func(args) or 0)
    if word is None and any(a in ("-h", "--help") for a in argv):
        sys.stdout.write(help_text(parser))
        return 0
    if word is not None and not looks_like_a_path(word):
        raise unknown_command(word, sorted(commands))
    args = gui_parser().parse_args(argv)
    from desktop.gui.launch import run_gui  # Qt is imported only here

    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv or os.environ.get(DEBUG_ENV, "") not in ("", "0")
    try:
        code = dispatch(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:
        return quiet_broken_pipe()
    except BiaozhuError as exc:
        return fail(str(exc), getattr(exc, "reasons", ()))
    except Cancelled:
        return fail("cancelled")
    except KeyboardInterrupt:
        return fail("interrupted")
    except sqlite3.Error as exc:
        from models.system_errors import system_words

        # a common error in the window's words (their English), another as SQLite says it
        return fail(f"database: {system_words(exc) or exc}")
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # a bug: still one line, the traceback on request
        if debug:
            traceback.print_exc()
        return fail(
            f"unexpected {type(exc).__name__}: {exc}"
            + ("" if debug else f" (--debug or {DEBUG_ENV}=1 shows where; please report it)")
        )


def quiet_broken_pipe() -> int:
    """The reader of our output went away (``| head``): stop without a word.
    Python would otherwise complain again when it flushes stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return BROKEN_PIPE_STATUS


def fail(message: str, reasons: Sequence[str] = ()) -> int:
    """``biaozhu: error: MESSAGE``, then each reason on a line of its own,
    each ``one_line``."""
    lines = [f"biaozhu: error: {one_line(message) or 'failed'}"]
    lines += [f"  {one_line(str(r))}" for r in reasons]
    try:
        sys.stderr.write("\n".join(lines) + "\n")
    except (BrokenPipeError, ValueError):
        pass
    return 1
