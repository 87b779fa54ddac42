"""Code points and UTF-16 units, the one place they are converted.

Biaozhu counts code points (Python ``str`` indices), and so does Label
Studio's editor (it converts the browser's positions; its versions of
2021 counted UTF-16 units, label-studio#1347). doccano
counts the browser's UTF-16 units: a character outside the BMP (CJK
Extension B such as 𠮷, emoji) takes two. Texts without such
characters need no table at all (``has_astral``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from models.domain import Span
from models.errors import InvalidInput, Message
from models.io.model import make_span

ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    """Does any character take two UTF-16 units (CJK Extension B, emoji…)?"""
    return ASTRAL.search(text) is not None


def utf16_to_cp(text: str) -> list[int]:
    """For each UTF-16 offset 0..len16, the code-point offset, or -1 inside a pair."""
    out: list[int] = []
    for i, ch in enumerate(text):
        out.append(i)
        if ord(ch) > 0xFFFF:
            out.append(-1)
    out.append(len(text))
    return out


def cp_to_utf16(text: str) -> list[int]:
    """For each code-point offset 0..len, the UTF-16 offset."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def spans_from_js(
    text: str,
    raw: list[tuple[Any, Any, Any, str | None, dict]],
    where: str | Message,
    *,
    code_points_first: bool = False,
    shown: Callable[[str], str] | None = None,
) -> list[Span]:
    """Spans whose offsets may be UTF-16 units (what a browser counts) or code points.

    Without astral characters both are the same. With them, UTF-16 is tried
    first (doccano counts so), or code points with ``code_points_first``
    (Label Studio); if that does not fit the text (or the stored
    surface texts), the other count is. ``shown`` is how the tool writes a
    span's surface text, where that is not the text itself (Label Studio
    writes a line break as the two characters ``\\n``)."""
    if not has_astral(text):
        return _spans(text, raw, where, None, shown)
    table = utf16_to_cp(text)
    tries = [table, None] if not code_points_first else [None, table]
    try:
        return _spans(text, raw, where, tries[0], shown)
    except InvalidInput:
        pass
    try:
        return _spans(text, raw, where, tries[1], shown)
    except InvalidInput:
        if code_points_first:  # the error of the count the tool uses now
            return _spans(text, raw, where, None, shown)
        raise


def _spans(
    text: str,
    raw: list[tuple[Any, Any, Any, str | None, dict]],
    where: str | Message,
    table: list[int] | None,
    shown: Callable[[str], str] | None,
) -> list[Span]:
    def convert(pos: Any) -> Any:
        if table is None:
            return pos
        if isinstance(pos, int) and not isinstance(pos, bool) and 0 <= pos < len(table):
            return table[pos]
        return -1

    out = []
    for i, (s, e, label, surface, attrs) in enumerate(raw):
        start, end = convert(s), convert(e)
        if (
            shown is not None
            and surface is not None
            and type(start) is int
            and type(end) is int
            and 0 <= start < end <= len(text)
            and shown(text[start:end]) == surface
        ):
            surface = text[start:end]
        out.append(
            make_span(
                text,
                start,
                end,
                label,
                Message("{where} span {span}", where=where, span=i),
                surface=surface,
                attrs=attrs,
            )
        )
    return out
