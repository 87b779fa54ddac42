"""Word (.docx, through python-docx) and PDF (through pypdf) files: the text
only, one document per file.

A .docx gives its paragraphs and tables in document order, one paragraph (or
table row, cells separated by tabs) per line. A PDF gives the text layer of
each page, pages separated by a blank line; a scanned PDF without one is
refused. PDF text usually needs ``--clean`` (layout spaces and line breaks
inside Chinese sentences); the original is kept beside the clean text.

A .docx is a zip of XML: it is checked within bounds (``models.io.archive``:
no zip bomb, no DTD) before python-docx reads it, whose XML parser expands
no entities and builds no huge trees. Anything either library cannot read
is refused in one line."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, Message, Worded
from models.io.archive import check_zip
from models.io.format import Format
from models.io.limits import DOCUMENT_CHARS, MAX_FILE_BYTES
from models.io.model import ExchangeDoc

# What python-docx and pypdf raise on a file they cannot make sense of
# (a part missing, an attribute of the wrong type, XML that does not parse).
UNREADABLE = (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, IndexError)


def read_docx(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    import docx  # python-docx, loaded only for .docx files
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    _refuse_compound_file(path)
    check_zip(path, ".docx")
    try:
        document = docx.Document(str(path))
        text = _docx_text(document)
        title = (document.core_properties.title or "").strip() or None
    except (PackageNotFoundError, LxmlError, RecursionError, *UNREADABLE) as exc:
        raise InvalidInput(
            "{path}: not a readable .docx file ({first_line})",
            path=path,
            first_line=_unparsed(exc, Message("its parts cannot be read: damaged or cut short?")),
        ) from None
    if not text.strip():
        raise InvalidInput("{path}: the document has no text", path=path)
    yield ExchangeDoc(path.stem, text, [], {"file": path.name}, title)


# An OLE compound file (the old .doc's container) opens with these bytes;
# Word saves a .docx with a password as one holding its encrypted package.
COMPOUND_FILE = bytes.fromhex("d0cf11e0a1b11ae1")
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _refuse_compound_file(path: Path) -> None:
    """InvalidInput for a .docx that is an OLE compound file: locked with a
    password, or a Word 97–2003 document under a .docx name (not a zip, which
    is all the zip check could say of it)."""
    with open(path, "rb") as fh:  # an input file, never a project: only SQLite opens those
        if fh.read(len(COMPOUND_FILE)) != COMPOUND_FILE:
            return
        fh.seek(0)
        tail, read, encrypted = b"", 0, False
        while not encrypted and read < MAX_FILE_BYTES and (chunk := fh.read(1 << 20)):
            encrypted = ENCRYPTED_PACKAGE in tail + chunk
            tail, read = chunk[-len(ENCRYPTED_PACKAGE) :], read + len(chunk)
    if encrypted:
        raise InvalidInput(
            "{path}: the Word document is locked with a password: open it in Word or WPS,"
            " save it as .docx without one, and import that",
            path=path,
        )
    raise InvalidInput(
        "{path}: a Word 97–2003 document under a .docx name, which Biaozhu does not read:"
        " save it as .docx (Word or WPS: Save As → Word Document) and import that",
        path=path,
    )


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# What a run's element reads as (w:t its text); elements not named here
# (properties, field codes, drawings) read as nothing.
RUN_TEXT = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
# Subtrees that are not the text as it reads now: deleted and moved-away
# text of tracked changes, and the copy of a shape for old readers (Word
# writes a text box twice, in mc:Choice and again in mc:Fallback).
NOT_READ = frozenset({f"{W}del", f"{W}moveFrom", f"{MC}Fallback"})
# Blocks that hold blocks: content controls, custom XML.
WRAPPERS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml"})


def _docx_text(document: Any) -> str:
    """Paragraphs and table rows (cells separated by tabs) in document order,
    one a line, as the document reads now: with the text of tracked
    insertions, content controls, fields, smart tags and hyperlinks, without
    tracked deletions; a text box's paragraphs follow the paragraph that
    holds it. (python-docx's ``Paragraph.text`` reads only the runs directly
    in the paragraph, and its body only paragraphs and tables.)"""
    return "\n".join(_block_lines(document.element.body)).strip("\n")


def _block_lines(parent: Any) -> list[str]:
    lines: list[str] = []
    for child in parent.iterchildren():
        if child.tag == f"{W}p":
            lines += _paragraph_lines(child)
        elif child.tag == f"{W}tbl":
            lines += _table_lines(child)
        elif child.tag in WRAPPERS:
            lines += _block_lines(child)
    return lines


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.iter(f"{W}tr"):
        if _inside(row, f"{W}tbl") is not table:
            continue  # a row of a table nested in a cell: part of that cell's text
        cells = [
            "\n".join(_block_lines(cell)).strip()
            for cell in row.iter(f"{W}tc")
            if _inside(cell, f"{W}tr") is row
        ]
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def _inside(element: Any, tag: str) -> Any:
    """The nearest ancestor of ``element`` with ``tag``."""
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _paragraph_lines(paragraph: Any) -> list[str]:
    """The paragraph's text, then the paragraphs of the text boxes it holds."""
    text: list[str] = []
    boxes: list[str] = []
    _read_runs(paragraph, text, boxes)
    return ["".join(text), *boxes]


def _read_runs(element: Any, text: list[str], boxes: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in NOT_READ:
            continue
        if tag == f"{W}t":
            text.append(child.text or "")
        elif tag in RUN_TEXT:
            text.append(RUN_TEXT[tag])
        elif tag == f"{W}txbxContent":
            boxes += _block_lines(child)
        elif tag != f"{W}p":
            _read_runs(child, text, boxes)


def _pdf_pages(reader: Any, path: Path) -> list[str]:
    """Each page's text, stopping once there is more than one document can hold
    (pypdf bounds each stream it inflates, not how many it is given)."""
    pages: list[str] = []
    total = 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        total += len(pages[-1])
        if total > DOCUMENT_CHARS:
            raise InvalidInput(
                "{path}: over {document_chars:,} characters of text by page {n_pages} (limit {document_chars:,} for one document): split it into articles",
                path=path,
                document_chars=DOCUMENT_CHARS,
                n_pages=len(pages),
            )
    return pages


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _unparsed(exc: BaseException, words: Message) -> Worded:
    """A reading library's refusal: its first line (English) for the command
    line, ``words`` for the window (its text of a broken file is the
    library's English, whatever the window's language)."""
    return Worded(words, words, _first_line(exc))


@contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """pypdf logs what it makes of a broken file (``EOF marker not found``),
    which Python prints on stderr beside the one line that says the file was
    refused, or under an import that worked: the outcome is what is said."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    with _pypdf_quiet():
        pages, info = _pdf_text(path)
    text = "\n\n".join(p.strip("\n") for p in pages).strip()
    if not text:
        raise InvalidInput("{path}: the PDF has no text layer (a scan?); run OCR first", path=path)
    title = None
    if info is not None and isinstance(info.title, str) and info.title.strip():
        title = info.title.strip()
    yield ExchangeDoc(path.stem, text, [], {"file": path.name, "pages": len(pages)}, title)


# A PDF's signature, which the format puts within its first kilobyte.
PDF_HEAD_BYTES = 1024


def _check_pdf_header(path: Path) -> None:
    """InvalidInput for a file named .pdf that is a web page (a download that
    needed a login gives its login page); anything else pypdf judges (it
    reads a PDF with bytes before its header too)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(PDF_HEAD_BYTES)
    except OSError:
        return  # the reader says what is wrong with it
    if b"%PDF-" in head:
        return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        raise InvalidInput(
            "{path}: not a PDF but a web page (HTML): a download that failed or asked for a login? Download the PDF again",
            path=path,
        )


# What pypdf raises besides its own errors on a damaged PDF: a filter it
# does not know (a damaged name: /FlateDecodeX) and objects nested deeper than
# Python's stack (arrays 50,000 deep in a page's text).
PDF_UNREADABLE = (NotImplementedError, RecursionError)


def _pdf_text(path: Path) -> tuple[list[str], Any]:
    """Each page's text and the document's metadata, or InvalidInput."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    _check_pdf_header(path)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(
                "{path}: the PDF is locked with a password: open it in a PDF reader, save or print it as a PDF without one, and import that",
                path=path,
            )
        return _pdf_pages(reader, path), reader.metadata
    except (PyPdfError, *UNREADABLE, *PDF_UNREADABLE) as exc:
        raise InvalidInput(
            "{path}: not a readable PDF ({first_line})",
            path=path,
            first_line=_unparsed(
                exc, Message("its structure cannot be read: damaged or cut short?")
            ),
        ) from None


DOCX = Format("docx", "Word documents (text only)", read=read_docx, extensions=(".docx",))
PDF = Format("pdf", "PDF text layer (text only)", read=read_pdf, extensions=(".pdf",))
