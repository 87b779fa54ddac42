"""Bytes to text: decoded right, or refused with the reason and a hint.

The encoding comes from the bytes (never from the locale), in this order:

1. ``--encoding``, when the user names one: decoded strictly in it;
2. a byte-order mark: UTF-8, UTF-16 LE or BE;
3. valid UTF-8 is UTF-8: with 96 bytes beyond ASCII or more, it cannot be
   valid by accident. A shorter one (a short text in another encoding can
   be valid UTF-8 by chance: GBK 目前 is UTF-8 ``Ŀǰ``) is refused as
   ambiguous if an encoding below also reads it plausibly;
4. otherwise GB18030 (a superset of GBK and GB2312: a short legacy text in
   a Chinese-first tool is far more likely that than anything else), and
   UTF-16 without a byte-order mark, each when its text is plausible
   (``models.io.scripts``); two plausible readings are refused as ambiguous;
5. only where none of these reads plausibly, charset-normalizer's guess,
   taken if its text is plausible too.

Anything else is refused, with a message suggesting ``--encoding``. Of the
corpus's sentences cut to 2-30 characters and written in GB18030 or UTF-16
(with or without a byte-order mark), none is read wrong and a few in a
thousand are refused as too short to tell (tests/test_decode.py)."""

from __future__ import annotations

import codecs
import os
import re
import stat
from itertools import islice
from pathlib import Path

from models.errors import InvalidInput, Message
from models.io.limits import MAX_FILE_BYTES, megabytes
from models.io.scripts import plausible

# Without a byte-order mark, in this order (see the module note).
LEGACY_ENCODINGS = ("gb18030", "utf-16-le", "utf-16-be")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Valid UTF-8 with this many bytes beyond ASCII is not an accident: each
# multi-byte sequence of another encoding must also fit UTF-8's pattern.
UTF8_CERTAIN_BYTES = 96
HIGH_BYTES = re.compile(rb"[\x80-\xff]")
# What charset-normalizer looks at: enough for a guess, quick on any file.
GUESS_SAMPLE_BYTES = 1 << 20
MAX_CONTROL_RATIO = 0.01
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# The same characters as bytes: in UTF-8 they are never part of a longer
# sequence, so counting the bytes counts the characters.
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


# What a file read whole is, in "too large for …": words the window translates.
ONE_FILE = Message("one file")
ONE_DOCUMENT = Message("one document")


def decode_bytes(
    data: bytes, name: str = "input", *, scan: bool = True, encoding: str | None = None
) -> tuple[str, str]:
    """Return (text, encoding) or raise InvalidInput naming the file.

    ``encoding`` is the user's (``--encoding``). ``scan=False`` skips the scan
    for control characters in valid UTF-8, for formats that refuse them on
    their own (JSON strings cannot hold them)."""
    if encoding is not None:
        return _declared(data, encoding, name, scan), encoding
    for bom, bom_encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, bom_encoding, name), bom_encoding
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and _utf8_is_text(data, utf8, scan):
        others = [reading for reading in _rivals_of_utf8(data, utf8) if reading[1] != utf8]
        if others:
            raise _ambiguous(name, [("utf-8", utf8), *others])
        return utf8, "utf-8"
    readings = legacy_readings(data)
    if len(readings) == 1:
        encoding, text = readings[0]
        return text, encoding
    if readings:
        raise _ambiguous(name, readings)
    if utf8 is not None or b"\x00" in data:
        raise InvalidInput("{name}: binary data, not a text file", name=name)
    check_not_cut_short(data, name)
    return _guess(data, name)


def check_not_cut_short(data: bytes, name: str) -> None:
    """InvalidInput if ``data`` is UTF-8 throughout but for a character begun
    in its last bytes and never finished (a download or copy that stopped):
    another encoding's reading of it would be mojibake."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            raise InvalidInput(
                "{name}: UTF-8 cut short inside its last character (a download or copy that did not finish?); get the whole file",
                name=name,
            ) from None


def legacy_readings(
    data: bytes, encodings: tuple[str, ...] = LEGACY_ENCODINGS
) -> list[tuple[str, str]]:
    """(encoding, text) for each encoding without a BOM that reads ``data`` plausibly."""
    readings = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and plausible(text):
            readings.append((encoding, text))
    return readings


def _rivals_of_utf8(data: bytes, text: str) -> list[tuple[str, str]]:
    """The plausible readings of valid UTF-8 that could be what it really is:
    GB18030 while it has few bytes beyond ASCII, UTF-16 while it is short
    (UTF-16 text is valid UTF-8 only where every unit happens to fit)."""
    # Each multi-byte character adds one to three bytes to len(data) - len(text):
    # the usual article is decided without counting.
    sure = len(data) - len(text) >= UTF8_CERTAIN_BYTES or enough_to_tell(data)
    encodings = () if sure else LEGACY_ENCODINGS[:1]
    if len(data) < UTF8_CERTAIN_BYTES:
        encodings += LEGACY_ENCODINGS[1:]
    return legacy_readings(data, encodings)


def enough_to_tell(data: bytes) -> bool:
    """Has ``data`` so many bytes beyond ASCII that, if it is valid UTF-8, it is UTF-8?"""
    beyond_ascii = HIGH_BYTES.finditer(data)
    return next(islice(beyond_ascii, UTF8_CERTAIN_BYTES - 1, None), None) is not None


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or InvalidInput for a name that is not a text encoding."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise InvalidInput(
            "unknown encoding {encoding!r} (try gb18030, big5, utf-16)", encoding=encoding
        ) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InvalidInput(
            "{encoding!r} is not a text encoding (try gb18030, big5, utf-16)", encoding=encoding
        )
    return info.name


def decode_file(
    path: str | Path,
    *,
    scan: bool = True,
    limit: int = MAX_FILE_BYTES,
    encoding: str | None = None,
    what: Message | str = ONE_FILE,
) -> tuple[str, str]:
    """The file's text and encoding; a file over ``limit`` bytes is refused
    without being read."""
    return decode_bytes(read_file(path, limit, what), str(path), scan=scan, encoding=encoding)


def refuse_pipe(path: str | Path, *, devices: bool = False) -> None:
    """InvalidInput for a named pipe or a socket at ``path`` (and a device,
    with ``devices``), said without opening it: opening a pipe nobody writes
    to waits for ever, and a dataset's archive can carry one (tar keeps
    them) under a data file's name. A missing path is left to the reader."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISFIFO(mode):
        kind = Message("a named pipe")
    elif stat.S_ISSOCK(mode):
        kind = Message("a socket")
    elif devices and (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)):
        kind = Message("a device")
    else:
        return
    raise InvalidInput("{path}: not a regular file ({kind})", path=path, kind=kind)


def read_file(
    path: str | Path, limit: int = MAX_FILE_BYTES, what: Message | str = ONE_FILE
) -> bytes:
    """The file's bytes, at most ``limit`` of them (os-level calls: an import
    opens thousands of small files). A file that grows, or a device that never
    ends, is cut off at the limit all the same."""
    # Opened without waiting: a named pipe nobody writes to would keep open()
    # waiting for ever (a dataset's state.json can be one); it is refused.
    nonblock = getattr(os, "O_NONBLOCK", 0)  # none on Windows, where open() does not wait
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblock)
    try:
        status = os.fstat(fd)
        if stat.S_ISFIFO(status.st_mode) or stat.S_ISSOCK(status.st_mode):
            refuse_pipe(path)
        if nonblock:
            os.set_blocking(fd, True)  # a device is read as before, up to the limit
        size = status.st_size
        if size > limit:
            raise _too_large(path, size, limit, what)
        chunks = [os.read(fd, size + 1)]  # a regular file comes whole at once
        total = len(chunks[0])
        while chunks[-1]:
            chunks.append(os.read(fd, min(1 << 20, limit + 1 - total)))
            total += len(chunks[-1])
            if total > limit:
                raise _too_large(path, total, limit, what)
        return chunks[0] if len(chunks) == 2 else b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(path: str | Path, size: int, limit: int, what: Message | str) -> InvalidInput:
    if "document" in str(what):
        return InvalidInput(
            "{path}: {size} is too large for {what} (limit {limit}): split it into articles",
            path=path,
            size=megabytes(size),
            what=what,
            limit=megabytes(limit),
        )
    return InvalidInput(
        "{path}: {size} is too large for {what} (limit {limit}): split it",
        path=path,
        size=megabytes(size),
        what=what,
        limit=megabytes(limit),
    )


def _declared(data: bytes, encoding: str, name: str, scan: bool) -> str:
    codec = check_encoding(encoding)
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            "{name}: not {encoding} (byte {exc_start} is not valid in it); check --encoding",
            name=name,
            encoding=encoding,
            exc_start=exc.start,
        ) from None
    text = text.removeprefix("\ufeff")
    return _check_text(text, name) if scan else text


def _utf8_is_text(data: bytes, text: str, scan: bool) -> bool:
    """Is valid UTF-8 text, not binary data that happens to be valid UTF-8?"""
    if b"\x00" in data:
        return False
    if not scan:
        return True
    controls = len(data) - len(data.translate(None, CONTROL_BYTES))
    return controls <= MAX_CONTROL_RATIO * len(text)


def _guess(data: bytes, name: str) -> tuple[str, str]:
    """charset-normalizer's reading, if it is plausible; else the refusal."""
    from charset_normalizer import from_bytes  # only for files nothing else reads

    best = from_bytes(data[:GUESS_SAMPLE_BYTES], cp_isolation=None).best()
    guess = best.encoding if best is not None else None
    if guess is not None:
        try:
            text = data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and _looks_like_text(text) and plausible(text):
            return text, guess
    hint = Message(" (perhaps {guess}?)", guess=guess) if guess else ""
    raise InvalidInput(
        "{name}: not text in UTF-8, GB18030 or UTF-16{hint}; if you know its encoding, give --encoding",
        name=name,
        hint=hint,
    )


def _ambiguous(name: str, readings: list[tuple[str, str]]) -> InvalidInput:
    shown: Message | None = None
    for enc, text in readings:
        reading = Message("as {encoding} {start!r}", encoding=enc, start=text[:12])
        shown = (
            reading if shown is None else Message("{some} or {other}", some=shown, other=reading)
        )
    return InvalidInput(
        "{name}: too short to tell its encoding (it reads {shown}); give --encoding",
        name=name,
        shown=shown,
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            "{name}: corrupt {encoding} at byte {exc_start}",
            name=name,
            encoding=encoding,
            exc_start=exc.start,
        ) from None
    return _check_text(text.lstrip("\ufeff"), name)


def _check_text(text: str, name: str) -> str:
    if not _looks_like_text(text):
        raise InvalidInput("{name}: binary data, not a text file", name=name)
    return text


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    if CONTROL_CHARS.search(text) is None:  # the usual case: one scan, no counting
        return True
    limit = MAX_CONTROL_RATIO * len(text)
    found = enumerate(CONTROL_CHARS.finditer(text), 1)
    return all(count <= limit for count, _ in found)  # stops at the first count over
