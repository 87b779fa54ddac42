"""Bytes to text, with the encoding detected from the bytes, never from the locale.

UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised exactly;
anything else goes to charset-normalizer, and a result that is not clearly
text is refused."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes

from models.errors import InvalidInput
from models.io.limits import MAX_FILE_BYTES, megabytes

# Chinese files without a BOM that are not UTF-8 are nearly always GB18030
# (a superset of GBK and GB2312); charset-normalizer confirms or overrules.
CJK_FALLBACKS = ("gb18030", "big5")
MAX_CONTROL_RATIO = 0.01
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# The same characters as bytes: in UTF-8 they are never part of a longer
# sequence, so counting the bytes counts the characters.
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def decode_bytes(data: bytes, name: str = "input", *, scan: bool = True) -> tuple[str, str]:
    """Return (text, encoding) or raise InvalidInput naming the file.

    ``scan=False`` skips the scan for control characters in valid UTF-8, for
    formats that refuse them on their own (JSON strings cannot hold them)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess:
            return _strict(data, guess, name), guess
        raise InvalidInput(f"{name}: binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if scan:
            controls = len(data) - len(data.translate(None, CONTROL_BYTES))
            if controls > MAX_CONTROL_RATIO * len(text):
                raise InvalidInput(f"{name}: binary data, not a text file")
        return text, "utf-8"
    best = from_bytes(data, cp_isolation=None).best()
    candidates = ([best.encoding] if best is not None else []) + list(CJK_FALLBACKS)
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return text, encoding
    raise InvalidInput(f"{name}: not text in any encoding Biaozhu recognises (binary or corrupt)")


def decode_file(
    path: str | Path,
    *,
    scan: bool = True,
    limit: int = MAX_FILE_BYTES,
    what: str = "one file",
) -> tuple[str, str]:
    """The file's text and encoding; a file over ``limit`` bytes is refused
    without being read."""
    return decode_bytes(read_file(path, limit, what), str(path), scan=scan)


def read_file(path: str | Path, limit: int = MAX_FILE_BYTES, what: str = "one file") -> bytes:
    """The file's bytes, at most ``limit`` of them (os-level calls: an import
    opens thousands of small files). A file that grows, or a device that never
    ends, is cut off at the limit all the same."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
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


def _too_large(path: str | Path, size: int, limit: int, what: str) -> InvalidInput:
    return InvalidInput(
        f"{path}: {megabytes(size)} is too large for {what} "
        f"(limit {megabytes(limit)}): split it" + (" into articles" if "document" in what else "")
    )


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{name}: corrupt {encoding} at byte {exc.start}") from None
    return _check_text(text.lstrip("\ufeff"), name)


def _check_text(text: str, name: str) -> str:
    if not _looks_like_text(text):
        raise InvalidInput(f"{name}: binary data, not a text file")
    return text


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    if CONTROL_CHARS.search(text) is None:  # the usual case: one scan, no counting
        return True
    limit = MAX_CONTROL_RATIO * len(text)
    found = enumerate(CONTROL_CHARS.finditer(text), 1)
    return all(count <= limit for count, _ in found)  # stops at the first count over
