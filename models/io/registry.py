"""Every format Biaozhu reads or writes, in one table: ``biaozhu import`` and
``biaozhu export`` (and the window's dialogs) find formats only here.

The table is written out rather than filled by modules registering
themselves as they are imported, so what it holds never depends on what
happened to be imported first. Format modules import nothing heavy at
module level (spaCy, pandas, python-docx load when a file needs them)."""

from __future__ import annotations

from pathlib import Path

from models.errors import InvalidInput, Message
from models.io.format import Format
from models.io.formats.brat import BRAT
from models.io.formats.cluener import CLUENER
from models.io.formats.conll import CONLL
from models.io.formats.doccano import DOCCANO
from models.io.formats.hf import HF, is_saved_dataset
from models.io.formats.jsonl import JSONL
from models.io.formats.labelstudio import CONFIG_NAME as LABEL_STUDIO_CONFIG
from models.io.formats.labelstudio import LABEL_STUDIO
from models.io.formats.office import DOCX, PDF
from models.io.formats.plain import CSV, TXT
from models.io.formats.prodigy import PRODIGY
from models.io.formats.spacy import SPACY
from models.io.formats.tables import METRICS_CSV, METRICS_PARQUET, SPANS_CSV, SPANS_PARQUET
from models.io.manifest import FOLDER_MANIFEST, MANIFEST_SUFFIX

FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        TXT,
        CSV,
        JSONL,
        PRODIGY,
        DOCCANO,
        LABEL_STUDIO,
        BRAT,
        CONLL,
        SPACY,
        HF,
        SPANS_CSV,
        SPANS_PARQUET,
        METRICS_CSV,
        METRICS_PARQUET,
        CLUENER,
        DOCX,
        PDF,
    )
}

# File endings `--format auto` recognises, each naming one format.
EXTENSIONS: dict[str, str] = {
    ext: fmt.name for fmt in FORMATS.values() if fmt.can_import for ext in fmt.extensions
}


# Files of kinds no format reads, that hold articles all the same: what each
# is and what to save it as. Read as text (--format txt) they would be binary
# data, or their markup would become the article.
_WORD = Message("save it as .docx (Word or WPS: Save As → Word Document) and import that")
_SHEET = Message(
    "a spreadsheet, which Biaozhu does not read: save the sheet as CSV UTF-8, one article"
    " a row in a column named text, and import that"
)
_PAGE = Message(
    "a web page, which Biaozhu does not read (its markup would become the article): save"
    " the article's text as .txt (a browser's Save As → Text) and import that"
)
OTHER_KINDS: dict[str, Message] = {
    ".doc": Message(
        "a Word 97–2003 document, which Biaozhu does not read: {save_as}", save_as=_WORD
    ),
    ".wps": Message("a WPS document, which Biaozhu does not read: {save_as}", save_as=_WORD),
    ".odt": Message("an OpenDocument text, which Biaozhu does not read: {save_as}", save_as=_WORD),
    ".rtf": Message("rich text (RTF), which Biaozhu does not read: {save_as}", save_as=_WORD),
    ".xls": _SHEET,
    ".xlsx": _SHEET,
    ".xlsm": _SHEET,
    ".et": _SHEET,
    ".ods": _SHEET,
    ".html": _PAGE,
    ".htm": _PAGE,
    ".xhtml": _PAGE,
    ".mht": _PAGE,
    ".mhtml": _PAGE,
}


# The picture ``biaozhu --screenshot`` writes: no project's name either.
SCREENSHOT_ENDING = ".png"


def data_suffixes() -> frozenset[str]:
    """Every file ending that names data rather than a project: those the
    formats read or write (the files inside an export folder too: HF's
    .arrow, brat's .conf), the kinds no format reads (OTHER_KINDS), and
    the window's screenshot."""
    endings = {ext for fmt in FORMATS.values() for ext in fmt.extensions}
    endings |= {fmt.extension for fmt in FORMATS.values() if fmt.extension}
    endings |= {ext for fmt in FORMATS.values() for ext in fmt.writes}
    return frozenset(endings | set(OTHER_KINDS) | {SCREENSHOT_ENDING})


def other_kind(path: Path) -> Message | None:
    """What a file of a kind no format reads is and what to save it as, or None."""
    return OTHER_KINDS.get(path.suffix.lower())


def not_plain_text(path: Path) -> Message | None:
    """Why a file given to ``--format txt`` is not an article in plain text,
    or None: a kind no format reads (a web page's markup, a Word file), or a
    file whose ending another reader reads (its JSON, its table, its XML
    would become one article)."""
    if other_kind(path):
        return other_kind(path)
    reader = EXTENSIONS.get(path.suffix.lower())
    if reader is None or reader == TXT.name:
        return None
    return Message(
        "a {suffix} file, which --format txt would take as one article, markup"
        " and all: import it without --format (it is read as {reader})",
        suffix=path.suffix.lower(),
        reader=reader,
    )


def import_formats() -> dict[str, Format]:
    return {name: fmt for name, fmt in FORMATS.items() if fmt.can_import}


def export_formats() -> dict[str, Format]:
    return {name: fmt for name, fmt in FORMATS.items() if fmt.can_export}


def side_file(path: Path) -> Message | None:
    """What a file that stands beside a document and is none is, or None:
    Office's lock file of a document open in Word, WPS or Excel (``~$name``),
    and the resource fork a Mac writes beside each file on a stick (``._name``)."""
    name = path.name
    if name.startswith("~$"):
        return Message(
            "the lock file Word, WPS or Excel keeps beside a document while it is open,"
            " not a document: import the document itself"
        )
    if name.startswith("._") and len(name) > 2:
        return Message(
            "the resource fork a Mac writes beside {name}, not a document", name=name[2:]
        )
    return None


def export_companion(file_name: str) -> bool:
    """Is a file met while walking a folder one an export writes beside its data
    (its manifest, Label Studio's labelling config), whatever the format named?"""
    return file_name in (FOLDER_MANIFEST, LABEL_STUDIO_CONFIG) or file_name.endswith(
        (MANIFEST_SUFFIX, "." + LABEL_STUDIO_CONFIG)
    )


def walked_by_auto(file_name: str) -> bool:
    """Is a file met while walking a folder imported with ``--format auto``?
    Files of a known ending are; an export's manifest (JSON, but no tasks) is not."""
    if file_name == FOLDER_MANIFEST or file_name.endswith(MANIFEST_SUFFIX):
        return False
    return Path(file_name).suffix.lower() in EXTENSIONS


def format_for(path: Path, name: str = "auto") -> Format:
    """The format to read ``path`` as: ``name``, or with ``auto`` the one its ending names."""
    if side_file(path):
        raise InvalidInput("{path}: {side_file}", path=path, side_file=side_file(path))
    if name != "auto":
        found = import_formats().get(name)
        if found is None:
            known = ", ".join(sorted(import_formats()))
            raise InvalidInput(
                "unknown import format {name!r}; known: {known}", name=name, known=known
            )
        if found is TXT and not_plain_text(path):
            raise InvalidInput("{path}: {reason}", path=path, reason=not_plain_text(path))
        return found
    if is_saved_dataset(path):
        return HF
    ending = EXTENSIONS.get(path.suffix.lower())
    if ending is None and other_kind(path):
        raise InvalidInput("{path}: {other_kind}", path=path, other_kind=other_kind(path))
    if ending is None and not path.exists() and not path.is_symlink():
        # a mistyped folder (exports/hf): no type to guess, nothing to give --format
        raise InvalidInput("{path}: no such file or folder", path=path)
    if ending is None:
        raise InvalidInput(
            "{path}: unknown file type {path_suffix}; give --format (e.g. --format txt to read it as plain text)",
            path=path,
            path_suffix=path.suffix or "(no ending)",
        )
    return FORMATS[ending]


def export_format(name: str) -> Format:
    found = export_formats().get(name)
    if found is None:
        known = ", ".join(sorted(export_formats()))
        raise InvalidInput("unknown export format {name!r}; known: {known}", name=name, known=known)
    return found
