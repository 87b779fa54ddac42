"""Is a decoded text written the way Chinese news is? The test that tells a
right decoding from mojibake, when the bytes alone do not decide.

Chinese news is written in ASCII, the common Han characters, and the
punctuation and symbols of Chinese typesetting (full-width forms, 《》, ①,
℃, ㎡, ×…). The common Han characters are taken to be GB2312's 6,763: they
cover all but a fraction of a percent of any modern mainland text, and a
wrong decoding almost never lands on them (UTF-16 bytes read as GB18030
give only GBK's extension rows, whose second byte is below 0xA1; GB18030
bytes read as UTF-16 give Hangul, Yi, surrogates and private-use code
points). Everything else is rare: other Han characters, Greek, Cyrillic,
kana, Latin letters with accents, emoji. A text is plausible when it has
nothing that no real text has (private-use or unassigned code points, the
replacement character, C1 controls) and at most one rare character in 50
of its non-ASCII ones; so a short text must be entirely common to pass."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.charsets import in_gb2312

MAX_RARE_SHARE = 1 / 50

# Punctuation and symbols of Chinese typesetting, beyond ASCII.
COMMON_SYMBOLS = re.compile(
    "["
    "\u00a0-\u00bf\u00d7\u00f7"  # Latin-1 signs: ¥ § ° ± · × ÷
    "\u2010-\u2027\u2030-\u205e"  # dashes, quotes, …, ‰, ※
    "\u2100-\u22ff"  # letterlike (℃ №), number forms (Ⅻ), arrows, maths
    "\u2460-\u24ff"  # enclosed alphanumerics: ① ⑴ ⒈
    "\u25a0-\u26ff"  # geometric shapes and symbols: ■ ► ○ ★
    "\u3000-\u301f"  # CJK punctuation: 、。《》【】
    "\u3220-\u3229\u3280-\u3289"  # parenthesised and circled numbers: ㈠ ㊀
    "\u3380-\u33df"  # CJK units: ㎡ ㎏
    "\uff01-\uff65\uffe0-\uffe6"  # full-width forms
    "]"
)
# Categories no real text contains: private use, unassigned, lone surrogates.
IMPOSSIBLE_CATEGORIES = ("Co", "Cn", "Cs")

COMMON, RARE, IMPOSSIBLE = 0, 1, 2


def plausible(text: str) -> bool:
    """Does ``text`` read as Chinese news (or plain ASCII) rather than mojibake?"""
    if text.isascii():
        return True
    rare: set[str] = set()
    for ch in set(text):
        if ch < "\x80":
            continue
        kind = char_kind(ch)
        if kind == IMPOSSIBLE:
            return False
        if kind == RARE:
            rare.add(ch)
    if not rare:
        return True
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    rare_count = len(text) - len(text.translate(dict.fromkeys(map(ord, rare))))
    return rare_count <= MAX_RARE_SHARE * non_ascii


@lru_cache(maxsize=1 << 16)
def char_kind(ch: str) -> int:
    """COMMON, RARE or IMPOSSIBLE, for one character beyond ASCII."""
    if ch == "\ufffd" or unicodedata.category(ch) in IMPOSSIBLE_CATEGORIES:
        return IMPOSSIBLE
    if "\x80" <= ch < "\xa0":  # C1 controls: a Latin-1 reading of something else
        return IMPOSSIBLE
    if COMMON_SYMBOLS.match(ch):
        return COMMON
    if "\u4e00" <= ch <= "\u9fff" and in_gb2312(ch):
        return COMMON
    return RARE
