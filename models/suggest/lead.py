"""Patterns led by a lookahead at their first character, searched as fast
as a pattern that opens with a character class.

Python's regex engine searches a pattern that opens with a character class
by testing each character against the class in a tight loop and trying the
whole pattern only where one is in it. A pattern that opens with a
lookahead instead (``(?=[0-9一二…])(?:…)``: the rules write it so to tell
which characters can start a match of a long alternation) gets no such
loop: the engine starts a full match at every position of the text, and
the lookahead fails there at once, some fifty instructions a character.
``lead_by`` compiles such a pattern with the lookahead's class as the one the
engine scans for (its ``charset`` prefix); the pattern itself, lookahead
included, is compiled as written and is what is matched at each position
the scan stops at, so it finds exactly the same matches (a position whose
character is outside the class fails the lookahead anyway).

The engine's compiler is asked for its parts (``re._parser``,
``re._compiler``); where they do not fit (another Python), the pattern is
compiled as usual."""

from __future__ import annotations

import re

try:  # the engine's own compiler, in CPython 3.11 and later
    import _sre
    from re import _compiler, _parser
    from re import _constants as sre  # noqa: N813 - the names are sre's own
except ImportError:  # pragma: no cover - another Python
    _compiler = None


def lead_by(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``; when ``pattern`` opens with a lookahead
    at one character of a class (``(?=[…])``), searched by scanning for that
    class (see the module's docstring)."""
    if _compiler is None:
        return re.compile(pattern, flags)
    try:
        return _compiled(pattern, flags)
    except Exception:  # noqa: BLE001 - the engine's internals changed: as usual
        return re.compile(pattern, flags)


def _compiled(pattern: str, flags: int) -> re.Pattern:
    parsed = _parser.parse(pattern, flags)
    lead = _lead_class(parsed)
    if lead is None:
        return re.compile(pattern, flags)
    flags = parsed.state.flags | flags
    if flags & re.IGNORECASE:
        return re.compile(pattern, flags)
    # the info block of a pattern that opens with the class: the engine's
    # search scans for it; its widths are the real pattern's (the shortest
    # match decides which texts are too short to hold one)
    opener = _parser.SubPattern(parsed.state, [(sre.IN, lead), *parsed.data[1:]])
    opener.width = parsed.getwidth()
    code: list[int] = []
    _compiler._compile_info(code, opener, flags)
    if not code[2] & sre.SRE_INFO_CHARSET:  # (code: INFO, skip, flags, min, max, …)
        return re.compile(pattern, flags)
    _compiler._compile(code, parsed.data, flags)
    code.append(sre.SUCCESS)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(
        pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )


def _lead_class(parsed) -> list | None:
    """The class a pattern's opening lookahead tests its first character
    against (as the parser gives a class), or None."""
    if not parsed.data:
        return None
    op, av = parsed.data[0]
    if op is not sre.ASSERT or av[0] != 1:
        return None
    inner = av[1].data
    if len(inner) != 1:
        return None
    op, av = inner[0]
    if op is sre.IN and av and av[0][0] is not sre.NEGATE:
        return list(av)
    if op is sre.LITERAL:
        return [(sre.LITERAL, av)]
    return None
