"""An operating system's or SQLite's error in words the window translates.

Python's text of an ``OSError`` (``[Errno 13] Permission denied: 'x.txt'``)
and SQLite's (``database is locked``) are English, whatever the window's
language. ``system_words(exc)`` chooses words by the error's kind (its errno,
SQLite's result code), with the file the system named. An operating
system's error keeps Python's text as its ``str()``, so the command line
prints what it printed before; SQLite's common errors are said in the words
of ``SQLITE_WORDS`` everywhere, the command line's English included, and
``sqlite_reason(exc)`` is what a message puts in for one (SQLite's own text
only for an error that table does not know)."""

from __future__ import annotations

import errno
import os
import sqlite3

from models.errors import Message, Worded


class SystemWords(Worded):
    """The words of an operating system's or SQLite's error, chosen by its
    kind (``system_words``); ``str()`` is the command line's English: Python's
    text of an operating system's error, as printed before; SQLITE_WORDS'
    English for SQLite's."""

    __slots__ = ()


# What an operating system's error means, by its errno (the same numbers on
# Linux, macOS and, through Python, Windows): Python's own text of them is
# the C library's English.
OS_WORDS: dict[int, Message] = {
    errno.ENOENT: Message("no such file or folder"),
    errno.EACCES: Message("permission denied"),
    errno.EPERM: Message("operation not permitted"),
    errno.EISDIR: Message("a folder, not a file"),
    errno.ENOTDIR: Message("a part of the path is not a folder"),
    errno.ENOSPC: Message("no space left on the disk"),
    errno.EDQUOT: Message("disk quota exceeded"),
    errno.EROFS: Message("the file system is read-only"),
    errno.ELOOP: Message("too many levels of symbolic links"),
    errno.ENAMETOOLONG: Message("file name too long"),
    errno.EIO: Message("input/output error (the disk or device failed)"),
    errno.EBUSY: Message("device or resource busy"),
    errno.EMFILE: Message("too many open files"),
    errno.ENFILE: Message("too many open files in the system"),
    errno.EEXIST: Message("the file exists already"),
    errno.EFBIG: Message("file too large"),
    errno.ETXTBSY: Message("the file is in use"),
    errno.ENXIO: Message("no such device"),
    errno.ENODEV: Message("no such device"),
}
# An error made without an errno (``FileNotFoundError("x")``): by its class.
OS_CLASS_ERRNO: dict[type[OSError], int] = {
    FileNotFoundError: errno.ENOENT,
    PermissionError: errno.EACCES,
    IsADirectoryError: errno.EISDIR,
    NotADirectoryError: errno.ENOTDIR,
    FileExistsError: errno.EEXIST,
}
# SQLite's primary result codes (https://sqlite.org/rescode.html), the low
# byte of ``sqlite3.Error.sqlite_errorcode``, with SQLite's English for each.
# The one table of SQLite's errors in people's words: every message that
# names one takes its words from here (sqlite_reason, system_words).
SQLITE_WORDS: dict[int, Message] = {
    3: Message("permission denied"),  # SQLITE_PERM: access permission denied
    5: Message("the file is locked by another connection"),  # BUSY: database is locked
    6: Message("the file is locked by another connection"),  # LOCKED: database table is locked
    # SQLITE_READONLY: attempt to write a readonly database
    8: Message("the file cannot be written (read-only)"),
    10: Message("input/output error (the disk or device failed)"),  # IOERR: disk I/O error
    11: Message("the file is damaged"),  # SQLITE_CORRUPT: database disk image is malformed
    13: Message("the disk is full"),  # SQLITE_FULL: database or disk is full
    14: Message("the file cannot be opened"),  # CANTOPEN: unable to open database file
    26: Message("not a database file"),  # SQLITE_NOTADB: file is not a database
}


def system_words(exc: BaseException) -> SystemWords | None:
    """An operating system's or SQLite's error in words the window translates
    (by its errno or result code, with the file the system named), ``str()``
    the command line's English (see SystemWords); None for another error, or
    one of a kind without words."""
    if isinstance(exc, OSError):
        number = exc.errno
        if number is None:
            number = next((n for k, n in OS_CLASS_ERRNO.items() if isinstance(exc, k)), None)
        reason = OS_WORDS.get(number) if number is not None else None
        if reason is None:
            return None
        name = exc.filename
        if name is None or isinstance(name, int):
            return SystemWords(reason, reason, str(exc))
        path = os.fsdecode(name)
        return SystemWords(Message("{path}: {reason}", path=path, reason=reason), reason, str(exc))
    if isinstance(exc, sqlite3.Error):
        reason = _sqlite_known(exc)
        # the table's English, not SQLite's: the command line says what the window does
        return None if reason is None else SystemWords(reason, reason, str(reason))
    return None


def _sqlite_known(exc: sqlite3.Error) -> Message | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return SQLITE_WORDS.get(code & 0xFF) if isinstance(code, int) else None


def sqlite_reason(exc: sqlite3.Error) -> Message:
    """What a message says of SQLite's error ``exc`` (``"… ({reason})"``):
    one SQLITE_WORDS knows in its words, translated in the window and in
    English on the command line; another as SQLite's own English after
    "SQLite:", the only words there are for it."""
    known = _sqlite_known(exc)
    if known is not None:
        return known
    return Message("SQLite: {error}", error=str(exc).strip() or exc.__class__.__name__)


def system_reason(exc: OSError) -> SystemWords | str:
    """The reason alone of an operating system's error, for a message that
    names the file itself (``"{path}: {reason}"``): words the window
    translates, by its errno; ``str()`` Python's English (``exc.strerror``),
    as the command line printed it before. Python's English as it is for an
    error of a kind without words."""
    english = exc.strerror or str(exc)
    words = system_words(exc)
    return english if words is None else SystemWords(words.reason, words.reason, english)
