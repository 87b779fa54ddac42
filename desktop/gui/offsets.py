"""The ONLY place that converts between Python code-point offsets (what the
core stores) and Qt's UTF-16 positions (what QTextCursor counts).

They differ after every character outside the Basic Multilingual Plane:
rare CJK of Extension B and later (𠮷), emoji, some symbols. Each such
character is one Python index and two UTF-16 units.

``display_text`` also lives here because it is part of the same contract:
the text a view shows must have exactly one UTF-16 layout per code point.
QTextDocument turns ``\\r\\n`` into one block separator, which would shift
every later position, so carriage returns are replaced one for one."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CR = re.compile("\r(?=\n)|\r")
# Explicit bidi formatting characters (embeddings, overrides, isolates, the
# marks): one in an article reorders what the view draws, so a curator would
# select other characters than they read. Each is drawn as this mark, one
# for one, so no offset moves; the store keeps the text as it came.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
BIDI_MARK = "\ufffd"


def display_text(text: str) -> str:
    """The text to put in a QTextDocument: same length, CR shown as
    space/newline, a bidi control as ``BIDI_MARK``."""
    if _BIDI.search(text):
        text = _BIDI.sub(BIDI_MARK, text)
    if "\r" not in text:
        return text
    return _CR.sub(lambda m: " " if m.end() < len(text) and text[m.end()] == "\n" else "\n", text)


class OffsetMap:
    """Converts positions for one text. Cheap when the text has no astral
    characters (the usual case): both directions are then the identity."""

    __slots__ = ("_astral", "_qt_astral", "length")

    def __init__(self, text: str):
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # where each astral character starts in UTF-16 units
        self._qt_astral = [p + k for k, p in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return not self._astral

    @property
    def qt_length(self) -> int:
        return self.length + len(self._astral)

    def to_qt(self, pos: int) -> int:
        """Code point offset -> UTF-16 position (clamped to the text)."""
        pos = max(0, min(pos, self.length))
        if not self._astral:
            return pos
        return pos + bisect_left(self._astral, pos)

    def to_py(self, qpos: int) -> int:
        """UTF-16 position -> code point offset (clamped). A position between
        the two halves of a surrogate pair rounds down to the character's start."""
        qpos = max(0, min(qpos, self.qt_length))
        if not self._astral:
            return qpos
        k = bisect_left(self._qt_astral, qpos)  # astral characters starting before qpos
        if k and self._qt_astral[k - 1] + 1 == qpos:
            return self._astral[k - 1]
        return qpos - k

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_py(self, qstart: int, qend: int) -> tuple[int, int]:
        """A UTF-16 selection -> code points; an end inside a pair rounds up so
        that the character is kept whole."""
        start = self.to_py(qstart)
        end = self.to_py(qend)
        if self.to_qt(end) < qend:
            end += 1
        return start, min(end, self.length)


def to_qt(text: str, pos: int) -> int:
    return OffsetMap(text).to_qt(pos)


def to_py(text: str, qpos: int) -> int:
    return OffsetMap(text).to_py(qpos)
