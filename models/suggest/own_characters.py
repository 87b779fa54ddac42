"""Attribute strings of a text read in simplified characters, given back in
the characters the text itself is written in.

A text written in traditional characters is read by every rule through a
simplified copy, one character for one (``segment.compact``), so the words
the METRIC rules write as attributes (the indicator 营业收入同比增长, the unit
个百分点, the approximator 余) come out simplified. Each of their characters
was read from the text, or is a fixed word of the rules (排名, the unit 元):
a character is given back as the text wrote it where the copy has it
(營業收入同比增長, 個百分點, 餘); a character the text never wrote differently
(元, or 排名 in a text without 排 or 名 of its own) stays as the rules wrote
it. So a curator reading Hong Kong or Taiwan news sees and exports its
attributes in its own writing.

Where one simplified character stands for two writings in the same text
(发 for 髮 of 美髮 and for 發 of 研發; 后 for 後 and for 后 of 皇后), the
writing nearest the span is taken (the one before it on a tie): a unit and
an approximator are read from the span itself and an indicator and a
period from the words just before it, so the nearest writing is the very
one the rule read, where the text's commonest might be another word's.

Only the paragraphs read in simplified are looked at (``Compact.simplified``;
next ones make one passage): a span's attributes take the writings of the
passage that holds it, and a span of a paragraph read as written (a
simplified article's own, beside a quoted Hong Kong filing) keeps the
rules' strings, as does every attribute of a text read as written."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from models.suggest.segment import Analysis

# where an analysis keeps its text's writings (see ``Analysis.memo``)
MEMO_KEY = "own_characters"


class OwnCharacters:
    """The writings of a text's characters: ``read`` is the simplified copy
    the rules read, ``written`` the text's characters at the same positions
    (one for one)."""

    def __init__(self, read: str, written: str, lo: int = 0, hi: int | None = None) -> None:
        """The writings of ``written[lo:hi]`` (positions stay those of ``read``)."""
        hi = len(read) if hi is None else hi
        # a simplified character → its one writing in the text
        self.single: dict[str, str] = {}
        # a simplified character written two ways → (positions, writings)
        self.several: dict[str, tuple[list[int], str]] = {}
        # every (read, written) pair of characters the text holds, in one pass in C
        pairs = set(zip(read[lo:hi], written[lo:hi], strict=True))
        writings: dict[str, set[str]] = {}
        for simple, own in pairs:
            if simple != own and not (simple.isspace() or own.isspace()):  # (layout white space)
                writings.setdefault(simple, set()).add(own)
        for simple, owns in writings.items():
            # a character also written as it reads (后 of 皇后 beside 之後) has two writings
            if len(owns) > 1 or (simple, simple) in pairs:
                self.several[simple] = _writings(read, written, simple, lo, hi)
            else:
                self.single[simple] = owns.pop()

    def __bool__(self) -> bool:
        return bool(self.single or self.several)

    def write(self, value: str, start: int, end: int) -> str:
        """``value``, a string the rules wrote for the span [start, end) of
        the copy, in the text's characters (see the module's docstring)."""
        single, several = self.single, self.several
        if single.keys().isdisjoint(value) and several.keys().isdisjoint(value):
            return value
        out = []
        for ch in value:
            own = single.get(ch)
            if own is None:
                own = _nearest(several[ch], start, end) if ch in several else ch
            out.append(own)
        return "".join(out)

    def attrs(self, attrs: dict[str, Any], start: int, end: int) -> dict[str, Any]:
        """``attrs`` with every string in the text's characters (numbers,
        such as the value, untouched)."""
        return {
            name: self.write(v, start, end) if isinstance(v, str) else v
            for name, v in attrs.items()
        }


def _writings(read: str, written: str, simple: str, lo: int, hi: int) -> tuple[list[int], str]:
    """Every position of ``simple`` in ``read[lo:hi]``, and the text's character at each."""
    positions = []
    at = read.find(simple, lo, hi)
    while at >= 0:
        positions.append(at)
        at = read.find(simple, at + 1, hi)
    return positions, "".join(written[i] for i in positions)


def _nearest(writings: tuple[list[int], str], start: int, end: int) -> str:
    """The writing nearest [start, end): inside it, else the closer of the
    last before it and the first after it (the one before on a tie)."""
    positions, owns = writings
    k = bisect_left(positions, start)
    if k < len(positions) and positions[k] < end:
        return owns[k]
    if k == 0:
        return owns[0]
    if k == len(positions) or start - positions[k - 1] <= positions[k] - end + 1:
        return owns[k - 1]
    return owns[k]


class PassageWritings:
    """The writings of each passage of a text read in simplified: a span's
    attributes are given in the writings of the passage that holds it."""

    def __init__(self, passages: list[tuple[int, int, OwnCharacters]]) -> None:
        self.passages = passages
        self._starts = [start for start, _end, _own in passages]

    def attrs(self, attrs: dict[str, Any], start: int, end: int) -> dict[str, Any]:
        """``attrs`` of the span [start, end) in its passage's characters;
        as the rules wrote them outside every passage."""
        k = bisect_right(self._starts, start) - 1
        if k < 0 or start >= self.passages[k][1]:
            return attrs  # a paragraph read as written
        return self.passages[k][2].attrs(attrs, start, end)


def of_analysis(a: Analysis) -> PassageWritings | None:
    """The writings of the text ``a`` analyses, or None when the rules read
    it as written (found once per analysis)."""
    if MEMO_KEY not in a.memo:
        a.memo[MEMO_KEY] = _of_compact(a)
    return a.memo[MEMO_KEY]


def _of_compact(a: Analysis) -> PassageWritings | None:
    compact = a.compact
    if not compact.simplified:
        return None  # simplified news: no comparison of the text with its copy
    written = "".join(map(compact.source.__getitem__, compact.index))
    passages = []
    for start, end in compact.simplified:
        own = OwnCharacters(a.text, written, start, end)
        if own:
            passages.append((start, end, own))
    return PassageWritings(passages) if passages else None
