"""What the subcommands share: opening a project, the annotator option,
a terminal progress bar."""

from __future__ import annotations

import argparse
import difflib
import itertools
import os
import sys
from pathlib import Path

from tqdm import tqdm

from models import Project
from models.errors import BiaozhuError, NotAProject
from models.store.connection import refuse_link_loop
from models.store.files import SQLITE_SUFFIXES
from models.store.registry import set_wait_reporter


class CommandFailed(BiaozhuError):
    """A command that failed for several reasons (the files of an import):
    the message is the error line, each reason follows on a line of its own."""

    def __init__(self, message: str, reasons: list[str] | None = None):
        super().__init__(message)
        self.reasons = list(reasons or [])


# SQLite's INTEGER, and the widest whole number the JSON writer takes: an id
# or a seed past it is a typing slip, not a bug
WHOLE_MIN, WHOLE_MAX = -(2**63), 2**63 - 1


def whole(text: str) -> int:
    """An option's whole number (an id, a seed) that SQLite and JSON hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not WHOLE_MIN <= value <= WHOLE_MAX:
        raise argparse.ArgumentTypeError(f"{text[:24]}… is out of range (at most {WHOLE_MAX})")
    return value


def add_project(parser: argparse.ArgumentParser, help: str = "the project file") -> None:
    """The project a command works on, named alike in every command's help."""
    parser.add_argument("project", metavar="PROJECT", help=help)


def add_encoding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help="the files' encoding, any Python codec (default: detected from the bytes;"
        " e.g. gb18030, big5, utf-16-le)",
    )


def add_annotator(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        help="who is working (default: $BIAOZHU_ANNOTATOR, else the OS user)",
    )


def open_project(
    args: argparse.Namespace,
    attr: str = "project",
    *,
    readonly: bool = False,
    annotator_is_filter: bool = False,
) -> Project:
    """The project a command names, as ``--annotator`` (unless that option only
    filters what the command shows). A command that writes says on stderr when
    it has to wait for another process's write (bounded: then it fails in one
    line with nothing written); one that only reads opens it read-only, so it
    works on a read-only file, folder or disk."""
    path = Path(getattr(args, attr))
    refuse_link_loop(path)  # exists() is False on a loop: not "no such project file"
    if not path.exists() and not path.is_symlink():
        raise NotAProject(missing_project(path))
    if not readonly:
        set_wait_reporter(report_wait)
    asked = getattr(args, "annotator", None)
    project = Project.open(
        path, annotator=None if annotator_is_filter else asked, readonly=readonly
    )
    if isinstance(asked, str):
        # the name in the form the project stores it (ａｌｉｃｅ for alice), as
        # a filter must find it and a write takes it
        try:
            args.annotator = (
                project.annotator if not annotator_is_filter else (project.stored_annotator(asked))
            )
        except BaseException:
            project.close()
            raise
    return project


PROJECT_ENDING = ".biaozhu"
# A folder's entries looked at for the name a typo meant: bounded, so a
# typo in a huge folder costs no more than reading this many names.
NEIGHBOURS_READ = 2000


def missing_project(path: Path) -> str:
    """A project that is not there: the one a typo meant (the ending left
    out, a letter wrong), else how to make one."""
    meant = None
    with_ending = path.with_name(path.name + PROJECT_ENDING)
    if with_ending.is_file():
        meant = with_ending
    elif path.parent.is_dir():
        try:
            with os.scandir(path.parent) as entries:
                names = [e.name for e in itertools.islice(entries, NEIGHBOURS_READ)]
        except OSError:
            names = []
        projects = [n for n in names if n.endswith(PROJECT_ENDING)]
        close = difflib.get_close_matches(path.name, projects, n=1, cutoff=0.8)
        if close and (path.parent / close[0]).is_file():
            meant = path.parent / close[0]
    if meant is not None and path.suffix == PROJECT_ENDING:  # or a new one was meant
        return f"{path}: no such project file; did you mean {meant}? (biaozhu new {path} makes one)"
    if meant is not None:
        return f"{path}: no such project file; did you mean {meant}?"
    if path.suffix and path.suffix.lower() not in SQLITE_SUFFIXES:
        # a data file's name where the project goes: arguments swapped, most
        # likely; `new` would make a SQLite file of that name
        return (
            f"{path}: no such project file (a project is a {PROJECT_ENDING} file;"
            f" biaozhu new NAME{PROJECT_ENDING} makes one)"
        )
    return f"{path}: no such project file (biaozhu new {path} makes one)"


def did_you_mean(word: str, names: list[str], what: str) -> str:
    """The end of a message about a name nothing has: the name a typo meant,
    else the names there are (``what`` introduces them)."""
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]}?"
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    return f" ({what}: {shown or 'none'})"


def report_wait(path: Path) -> None:
    sys.stderr.write(f"biaozhu: waiting for another process to finish writing {path}…\n")
    sys.stderr.flush()


class TerminalProgress:
    """The core's Progress protocol as a tqdm bar on stderr, shown only on a terminal."""

    def __init__(self, unit: str = "file"):
        self._unit = unit
        self._bar: tqdm | None = None

    def start(self, total: int, what: str) -> None:
        self._bar = tqdm(
            total=total,
            desc=str(what),
            unit=self._unit,
            file=sys.stderr,
            disable=not sys.stderr.isatty() or total < 2,
            leave=False,
        )

    def advance(self, n: int = 1, note: str = "") -> None:
        if self._bar is not None:
            self._bar.update(n)

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
