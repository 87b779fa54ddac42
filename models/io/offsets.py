"""Code points and UTF-16 units, the one place they are converted.

Biaozhu counts code points (Python ``str`` indices). The browser tools,
doccano and Label Studio, count UTF-16 units: a character outside the BMP
(CJK Extension B such as 𠮷, emoji) takes two. Texts without such
characters need no table at all (``has_astral``)."""

from __future__ import annotations

import re
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
    text: str, raw: list[tuple[Any, Any, Any, str | None, dict]], where: str | Message
) -> list[Span]:
    """Spans whose offsets may be UTF-16 units (what a browser counts) or code points.

    Without astral characters both are the same. With them, UTF-16 is tried
    first, as the tools that write these files count; if that does not fit the
    text (or the stored surface texts), code points are."""
    if has_astral(text):
        table = utf16_to_cp(text)

        def convert(pos: Any) -> Any:
            if isinstance(pos, int) and not isinstance(pos, bool) and 0 <= pos < len(table):
                return table[pos]
            return -1

        try:
            return [
                make_span(
                    text,
                    convert(s),
                    convert(e),
                    label,
                    Message("{where} span {span}", where=where, span=i),
                    surface=surface,
                    attrs=attrs,
                )
                for i, (s, e, label, surface, attrs) in enumerate(raw)
            ]
        except InvalidInput:
            pass
    return [
        make_span(
            text,
            s,
            e,
            label,
            Message("{where} span {span}", where=where, span=i),
            surface=surface,
            attrs=attrs,
        )
        for i, (s, e, label, surface, attrs) in enumerate(raw)
    ]
