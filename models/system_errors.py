"""An operating system's or SQLite's error in words the window translates.

Python's text of an ``OSError`` (``[Errno 13] Permission denied: 'x.txt'``)
and SQLite's (``database is locked``) are English, whatever the window's
language. ``system_words(exc)`` chooses words by the error's kind (its errno,
SQLite's result code), with the file the system named; its ``str()`` stays
Python's text, so the command line prints what it printed before."""

from __future__ import annotations

import errno
import os
import sqlite3

from models.errors import Message, Worded


class SystemWords(Worded):
    """The words of an operating system's or SQLite's error, chosen by its
    kind (``system_words``); ``str()`` stays Python's English text of the
    error, as the command line printed it before."""

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
# byte of ``sqlite3.Error.sqlite_errorcode``.
SQLITE_WORDS: dict[int, Message] = {
    3: Message("permission denied"),  # SQLITE_PERM
    5: Message("the file is locked by another connection"),  # BUSY
    6: Message("the file is locked by another connection"),  # LOCKED
    8: Message("the file cannot be written (read-only)"),  # SQLITE_READONLY
    10: Message("input/output error (the disk or device failed)"),  # SQLITE_IOERR
    11: Message("the file is damaged"),  # SQLITE_CORRUPT
    13: Message("the disk is full"),  # SQLITE_FULL
    14: Message("the file cannot be opened"),  # SQLITE_CANTOPEN
    26: Message("not a database file"),  # SQLITE_NOTADB
}


def system_words(exc: BaseException) -> SystemWords | None:
    """An operating system's or SQLite's error in words the window translates
    (by its errno or result code, with the file the system named), ``str()``
    unchanged; None for another error, or one of a kind without words."""
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
        code = getattr(exc, "sqlite_errorcode", None)
        reason = SQLITE_WORDS.get(code & 0xFF) if isinstance(code, int) else None
        return None if reason is None else SystemWords(reason, reason, str(exc))
    return None


def system_reason(exc: OSError) -> SystemWords | str:
    """The reason alone of an operating system's error, for a message that
    names the file itself (``"{path}: {reason}"``): words the window
    translates, by its errno; ``str()`` Python's English (``exc.strerror``),
    as the command line printed it before. Python's English as it is for an
    error of a kind without words."""
    english = exc.strerror or str(exc)
    words = system_words(exc)
    return english if words is None else SystemWords(words.reason, words.reason, english)
