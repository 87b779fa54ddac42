"""``--clean``: undo the layout of PDF and newspaper text.

PDF extraction and typeset newspapers put spaces between Chinese characters
and break lines in the middle of sentences. ``clean_text`` removes white
space that sits inside Chinese text, joins broken lines, and keeps paragraph
breaks (a blank line, or a line that ends a sentence, a heading or a list
item) as one ``\\n``. Spaces between two Latin words or numbers stay (one).

It returns the clean text and an offset map: ``offset_map[i]`` is the offset
in the original of clean character ``i``, plus one entry for the end, so a
span on the clean text can be shown on the original (``to_original``). An
inserted line break or space maps to the first character of the white-space
run it replaces, so the map is strictly increasing."""

from __future__ import annotations

import json
import re
import statistics

WHITESPACE = re.compile(r"\s+")
LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c")
# A line that ends like this ends a sentence (a line ending in ；or ：is
# more often a wrapped line than a paragraph; list items are caught below).
SENTENCE_END = set("。！？!?…")
CLOSERS = set("”’」』）)】》\"'")
# A line that starts like this is a new item, not the rest of the last line.
ITEM_START = re.compile(
    r"[►▶●○■□◆◇•·※★☆\-*—]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]"
    r"|\d{1,2}[、.．)）](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分]"
)
DIGITS = frozenset("0123456789")
MIN_BODY_LINE = 10
SHORT_LINE_RATIO = 0.5


def is_cjk(ch: str) -> bool:
    """Chinese, Japanese or Korean script, CJK punctuation, full-width forms and the
    quotation marks and dashes Chinese text uses."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF  # radicals, CJK punctuation, kana, Ext A, unified ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3134F
        or 0xAC00 <= o <= 0xD7AF
        or o in (0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7)
    )


def _ends_sentence(text: str, end: int) -> bool:
    """Does the text before ``end`` (a non-space character) close a sentence?"""
    i = end - 1
    while i >= 0 and text[i] in CLOSERS:
        i -= 1
    return i >= 0 and text[i] in SENTENCE_END


def _wrapped_number(text: str, line_start: int, start: int, end: int) -> bool:
    """Is the line break at ``start..end`` inside a number of a Chinese line
    (8|18.8亿元, 1,|200万元)? Chinese typesetting fills each line and wraps at
    any character, numbers included; an English line breaks between words."""
    before, after = text[start - 1], text[end]
    if not (
        after in DIGITS
        and (before in DIGITS or before in ".," and text[start - 2 : start - 1] in DIGITS)
    ):
        return False
    return any(is_cjk(ch) for ch in text[line_start:start])


def _typical_line_length(text: str) -> float | None:
    lengths = [len(line.strip()) for line in LINE_BREAK.split(text)]
    body = [n for n in lengths if n >= MIN_BODY_LINE]
    return statistics.median(body) if len(body) >= 5 else None


def clean_text(text: str) -> tuple[str, list[int]]:
    """Return (clean text, offset map with len(clean) + 1 entries)."""
    typical = _typical_line_length(text)
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    line_start = 0  # where the current original line's text starts
    n = len(text)
    for match in WHITESPACE.finditer(text):
        start, end = match.span()
        if start > pos:
            out.append(text[pos:start])
            offsets.extend(range(pos, start))
        pos = end
        if start == 0 or end == n:
            continue  # leading or trailing white space goes
        run = match.group()
        breaks = len(LINE_BREAK.findall(run))
        before, after = text[start - 1], text[end]
        if breaks >= 2:
            replacement = "\n"
        elif breaks == 1:
            line = text[line_start:start].strip()
            short = typical is not None and len(line) < SHORT_LINE_RATIO * typical
            if _ends_sentence(text, start) or ITEM_START.match(text, end) or short:
                replacement = "\n"
            elif is_cjk(before) or is_cjk(after) or _wrapped_number(text, line_start, start, end):
                replacement = ""
            else:
                replacement = " "
        elif is_cjk(before) or is_cjk(after):
            replacement = ""
        else:
            replacement = " "
        if breaks:
            line_start = end
        if replacement:
            out.append(replacement)
            offsets.append(start)
    if pos < n:
        out.append(text[pos:])
        offsets.extend(range(pos, n))
    clean = "".join(out)
    offsets.append(offsets[-1] + 1 if offsets else 0)
    return clean, offsets


def to_original(offset_map: list[int], start: int, end: int) -> tuple[int, int]:
    """The original offsets of the clean span ``start..end`` (end exclusive)."""
    if not 0 <= start < end < len(offset_map):
        raise ValueError(f"span {start}..{end} lies outside the clean text")
    return offset_map[start], offset_map[end - 1] + 1


def stored_map(text: str, original: str | None, offset_map_json: str | None) -> list[int] | None:
    """The stored offset map of ``text`` if it can be trusted, else None.

    The map is read back from the store for exports, where a damaged row (a
    map cut short, one kept after the text was replaced, JSON that does not
    parse) must give no original offsets rather than wrong ones or a crash:
    it needs one entry per character plus the end, strictly increasing, all
    inside ``original``."""
    if original is None or not offset_map_json:
        return None
    try:
        offset_map = json.loads(offset_map_json)
    except ValueError:
        return None
    if not isinstance(offset_map, list) or len(offset_map) != len(text) + 1:
        return None
    previous = -1
    for offset in offset_map:
        if type(offset) is not int or offset <= previous:
            return None
        previous = offset
    return offset_map if previous <= len(original) else None
