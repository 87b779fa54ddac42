"""Names that survive every export: what a label may be called.

brat writes a span as ``T1<TAB>LABEL START END`` and CoNLL as ``字 B-LABEL``,
both split on white space; a label with a space, a tab or a line break in
its name makes an export that no tool (Biaozhu included) reads back the
same. Control and format characters (a zero-width space, a BOM) are
refused too: they are invisible, so two labels would look the same."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from models.errors import InvalidInput

MAX_LABEL_CHARS = 64
# Control, format, surrogate, private-use and unassigned code points.
INVISIBLE_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Cn")


def check_label_name(name: object, where: str = "") -> str:
    """``name`` if it is a label name every export reads back, else InvalidInput
    saying why (``where`` names the file or line it came from)."""
    prefix = f"{where}: " if where else ""
    if not isinstance(name, str) or not name:
        raise InvalidInput("{prefix}a label needs a name, got {name!r}", prefix=prefix, name=name)
    bad = next((ch for ch in name if _breaks_exports(ch)), None)
    if bad is not None:
        what = "white space" if bad.isspace() else "a control character"
        raise InvalidInput(
            "{prefix}label {name!r} has {what} ({code}) in its name, so brat and CoNLL exports could not be read back; call it {suggestion!r}",
            prefix=prefix,
            name=name,
            what=what,
            code=_code(bad),
            suggestion=_suggestion(name),
        )
    if len(name) > MAX_LABEL_CHARS:
        raise InvalidInput(
            "{prefix}label name of {n_name} characters (limit {max_label_chars}): {name!r}…",
            prefix=prefix,
            n_name=len(name),
            max_label_chars=MAX_LABEL_CHARS,
            name=name[:20],
        )
    return name


def _breaks_exports(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in INVISIBLE_CATEGORIES


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _suggestion(name: str) -> str:
    parts = "".join(" " if _breaks_exports(ch) else ch for ch in name).split()
    return "_".join(parts) or "LABEL"


# How alike a new label name must be to one of the project's to be read as
# a typo of it: COMPNY (0.92) and COMAPNY (0.86) are, COMPANY_CN (0.82) and
# POLICIES (0.71) are names of their own.
TYPO_LIKENESS = 0.85


def label_meant(name: str, labels: Iterable[str]) -> str | None:
    """The project label that ``name``, which is none of them, is a typo of
    (``company`` or ``COMPNY`` for ``COMPANY``), if one is that close."""
    labels = list(labels)
    if name in labels:
        return None
    by_fold = {label.casefold(): label for label in labels}
    if name.casefold() in by_fold:
        return by_fold[name.casefold()]
    close = difflib.get_close_matches(name.casefold(), list(by_fold), n=1, cutoff=TYPO_LIKENESS)
    return by_fold[close[0]] if close else None
