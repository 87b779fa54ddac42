"""Compressed input (.docx packages, .spacy files), checked within bounds
before a library inflates it.

A zip's central directory is read first, before anything is inflated: its
end record gives the number of members and the directory's size, the
directory each member's declared size, whose sum and compression ratio are
bounded (MAX_INFLATED_BYTES, MAX_COMPRESSION_RATIO). Then every member is
inflated once in chunks while the bytes are counted, so that a directory
that lies about sizes gains nothing. XML members that declare a DTD are
refused on the way: a .docx never has one, and a DTD is where entity
expansion ("billion laughs") starts. After that the library (python-docx)
reads the package as it likes: Python's zipfile never inflates a member
beyond the size the directory declares."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

from models.errors import InvalidInput, Message, library_words
from models.io.limits import (
    COMPRESSION_GRACE_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_INFLATED_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
    megabytes,
)

CHUNK = 1 << 16
END_RECORD = struct.Struct("<4s4H2LH")  # end of central directory
ZIP64_LOCATOR = struct.Struct("<4sLQL")
ZIP64_END_RECORD = struct.Struct("<4sQ2H2L4Q")
MAX_COMMENT = 0xFFFF
DTD_MARKS = tuple(
    mark.encode(enc)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


def check_zip(path: Path, what: str) -> None:
    """InvalidInput unless the zip package at ``path`` inflates within the bounds
    and its XML declares no DTD; ``what`` names the kind of file (".docx")."""
    entries, directory_bytes = _directory_size(path, what)
    if entries > MAX_ZIP_ENTRIES:
        raise InvalidInput(
            "{path}: {entries:,} files in the {what} (limit {max_zip_entries:,})",
            path=path,
            entries=entries,
            what=what,
            max_zip_entries=MAX_ZIP_ENTRIES,
        )
    if directory_bytes > MAX_ZIP_DIRECTORY_BYTES:
        raise InvalidInput(
            "{path}: a table of contents of {directory_bytes_mb} in the {what} (limit {max_zip_directory_bytes_mb})",
            path=path,
            directory_bytes_mb=megabytes(directory_bytes),
            what=what,
            max_zip_directory_bytes_mb=megabytes(MAX_ZIP_DIRECTORY_BYTES),
        )
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            _check_declared_sizes(path, what, members)
            budget = MAX_INFLATED_BYTES
            for member in members:
                budget -= _inflate_counting(package, member, budget, path, what)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise InvalidInput(
            "{path}: not a readable {what} file ({exc})",
            path=path,
            what=what,
            exc=library_words(
                exc, Message("its zip package cannot be read: damaged or cut short?")
            ),
        ) from None


def check_zlib(data: bytes, where: str, what: str) -> None:
    """InvalidInput unless the zlib stream ``data`` inflates within the bounds."""
    inflater = zlib.decompressobj()
    total = 0
    pending = data
    try:
        while pending:
            total += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
            check_inflated(total, len(data), where, what)
    except zlib.error as exc:
        raise InvalidInput(
            "{where}: not a readable {what} file ({exc})",
            where=where,
            what=what,
            exc=library_words(exc, Message("its compressed data cannot be inflated: damaged?")),
        ) from None


def _check_declared_sizes(path: Path, what: str, members: list[zipfile.ZipInfo]) -> None:
    declared = sum(member.file_size for member in members)
    if declared > MAX_INFLATED_BYTES:
        raise _too_large(path, what, declared)
    for member in members:
        check_inflated(member.file_size, member.compress_size, f"{path}", what)


def _inflate_counting(
    package: zipfile.ZipFile, member: zipfile.ZipInfo, budget: int, path: Path, what: str
) -> int:
    """Inflate one member, counting; return its size."""
    xml = member.filename.lower().endswith((".xml", ".rels"))
    size = 0
    tail = b""
    with package.open(member) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > budget:
                raise _too_large(path, what, MAX_INFLATED_BYTES - budget + size)
            check_inflated(size, member.compress_size, str(path), what)
            if xml and any(mark in tail + chunk for mark in DTD_MARKS):
                raise InvalidInput(
                    "{path}: {member_filename} declares a DTD, which a {what} never has (entities are not expanded)",
                    path=path,
                    member_filename=member.filename,
                    what=what,
                )
            tail = chunk[-32:]
    return size


def check_inflated(size: int, compressed: int, where: str, what: str) -> None:
    """InvalidInput when ``size`` bytes inflated from ``compressed`` pass the bounds."""
    if size > MAX_INFLATED_BYTES:
        raise _too_large(where, what, size)
    if size > COMPRESSION_GRACE_BYTES and size > MAX_COMPRESSION_RATIO * max(compressed, 1):
        raise InvalidInput(
            "{where}: {what} content inflates to over {max_compression_ratio} times its compressed size (limit {max_compression_ratio}:1): a zip bomb?",
            where=where,
            what=what,
            max_compression_ratio=MAX_COMPRESSION_RATIO,
        )


class InflatesTooFar(InvalidInput):
    """Compressed input that inflates past MAX_INFLATED_BYTES."""


def _too_large(where: str | Path, what: str, size: int) -> InvalidInput:
    return InflatesTooFar(
        "{where}: the {what} inflates to {size_mb} or more (limit {max_inflated_bytes_mb})",
        where=where,
        what=what,
        size_mb=megabytes(size),
        max_inflated_bytes_mb=megabytes(MAX_INFLATED_BYTES),
    )


def _directory_size(path: Path, what: str) -> tuple[int, int]:
    """(members, bytes) of the zip's central directory, from its end record."""
    with open(path, "rb") as fh:  # an input file, never a project: only SQLite opens those
        size = fh.seek(0, os.SEEK_END)
        start = max(0, size - END_RECORD.size - MAX_COMMENT)
        fh.seek(start)
        tail = fh.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < END_RECORD.size:
            raise InvalidInput(
                "{path}: not a readable {what} file (not a zip package)", path=path, what=what
            )
        record = END_RECORD.unpack_from(tail, at)
        entries, directory_bytes = record[4], record[5]
        locator_at = at - ZIP64_LOCATOR.size
        if (entries == 0xFFFF or directory_bytes == 0xFFFFFFFF) and locator_at >= 0:
            locator = ZIP64_LOCATOR.unpack_from(tail, locator_at)
            if locator[0] == b"PK\x06\x07" and locator[2] < size:
                fh.seek(locator[2])
                zip64 = ZIP64_END_RECORD.unpack(fh.read(ZIP64_END_RECORD.size).ljust(56, b"\0"))
                if zip64[0] == b"PK\x06\x06":
                    entries, directory_bytes = zip64[7], zip64[8]
    return entries, directory_bytes
