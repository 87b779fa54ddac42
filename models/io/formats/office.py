"""Word (.docx, through python-docx) and PDF (through pypdf) files: the text
only, one document per file.

A .docx gives its paragraphs and tables in document order, one paragraph (or
table row, cells separated by tabs) per line. A PDF gives the text layer of
each page, pages separated by a blank line; a scanned PDF without one is
refused. PDF text usually needs ``--clean`` (layout spaces and line breaks
inside Chinese sentences); the original is kept beside the clean text."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.format import Format
from models.io.model import ExchangeDoc


def read_docx(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    import docx  # python-docx, loaded only for .docx files
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput(f"{path}: not a readable .docx file ({exc})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                if any(cells):
                    lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise InvalidInput(f"{path}: the document has no text")
    title = (document.core_properties.title or "").strip() or None
    yield ExchangeDoc(path.stem, text, [], {"file": path.name}, title)


def read_pdf(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(f"{path}: not a readable PDF ({exc})") from None
    text = "\n\n".join(p.strip("\n") for p in pages).strip()
    if not text:
        raise InvalidInput(f"{path}: the PDF has no text layer (a scan?); run OCR first")
    title = None
    if info is not None and isinstance(info.title, str) and info.title.strip():
        title = info.title.strip()
    yield ExchangeDoc(path.stem, text, [], {"file": path.name, "pages": len(pages)}, title)


DOCX = Format("docx", "Word documents (text only)", read=read_docx, extensions=(".docx",))
PDF = Format("pdf", "PDF text layer (text only)", read=read_pdf, extensions=(".pdf",))
