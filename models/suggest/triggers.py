"""Whole-text scans skipped on a text that cannot hold a match.

Most of the rules' patterns are searched over every text (``finditer``),
and most find nothing in most articles: a pattern led by 发布公告|公告显示|…
or ending in …(?:授信|发放贷款) is tried at every character all the same,
some ten nanoseconds each, and a gold article is scanned some forty times.
What a pattern can match is read off its own parse once: a few strings of
which every match holds one (its *triggers*: 公告, 授信, …; none when a
match may hold no fixed string, as ``[一-鿿]{2,4}`` may). ``Gate`` gathers
the triggers of a rule module's patterns into one Aho-Corasick automaton,
searched once per text; a pattern none of whose triggers the text holds is
not scanned, as it would find nothing. The matches are the scan's, so the
rules find exactly what they found before.

The triggers are derived, never written by hand: a literal run, the
strings an alternation or a character class of a few characters spells
(their products when they follow each other: 公告(?:显示|称) gives 公告显示
and 公告称), a lookaround's literal (it is in the text too); the most
selective set (longest shortest string, then fewest strings) is kept. A
pattern read with IGNORECASE, or whose every part may match without a
fixed string, has none and is always scanned."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence

import ahocorasick_rs

try:  # the engine's own parser (CPython 3.11 and later): read, never changed
    from re import _constants as sre  # noqa: N813 - the names are sre's own
    from re import _parser
except ImportError:  # pragma: no cover - another Python: every pattern is scanned
    _parser = None

# products of adjacent parts' strings larger than this are not formed: the
# run is cut there (a larger set is seldom more selective, and an automaton
# of thousands of strings costs more to search than it saves)
MOST_STRINGS = 64
# characters a class may spell and still be read as strings
MOST_CLASS = 16

Strings = frozenset[str]


def triggers(pattern: re.Pattern) -> Strings | None:
    """Strings of which every match of ``pattern`` (with its lookarounds) has
    one in the text searched; None when no such set is found."""
    if _parser is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    _exact, needs = _sequence(list(parsed))
    if needs is None or "" in needs:
        return None
    # a string that holds another of the set adds nothing: the other is there too
    return frozenset(s for s in needs if not any(o != s and o in s for o in needs))


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two trigger sets (None: no set)."""
    if a is None or "" in a:
        return b
    if b is None or "" in b:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _product(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > MOST_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: list) -> tuple[Strings | None, Strings | None]:
    """(exact, needs) of a sequence of parsed items: ``exact`` the strings it
    matches when they are few, ``needs`` a set every match holds one of."""
    needs: Strings | None = None
    run: Strings | None = frozenset([""])  # the exact strings of the current run of parts
    exact: Strings | None = frozenset([""])  # the whole sequence's
    for op, av in items:
        e, n = _item(op, av)
        needs = _better(needs, n)
        if e is None:
            needs = _better(needs, run)
            run = frozenset([""])
            exact = None
            continue
        joined = _product(run, e)
        if joined is None:  # too many: the run so far is a candidate, a new one starts
            needs = _better(needs, run)
            joined = e
        run = joined
        if exact is not None:
            exact = _product(exact, e)
    needs = _better(needs, run)
    return exact, needs


def _item(op, av) -> tuple[Strings | None, Strings | None]:
    if op is sre.LITERAL:
        s = frozenset([chr(av)])
        return s, s
    if op is sre.IN:
        chars = _class_chars(av)
        return chars, chars
    if op is sre.BRANCH:
        exacts, needs = [], []
        for branch in av[1]:
            e, n = _sequence(list(branch))
            exacts.append(e)
            needs.append(n)
        exact = None if any(e is None for e in exacts) else frozenset().union(*exacts)
        if exact is not None and len(exact) > MOST_STRINGS:
            exact = None
        need = (
            None if any(n is None or "" in n for n in needs) else frozenset().union(*needs)  # type: ignore[arg-type]
        )
        return exact, need
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _sequence(list(sub))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        e, n = _sequence(list(sub))
        if low == high == 1:
            return e, n
        return None, (n if low >= 1 else None)
    if op is sre.ASSERT:
        # zero width: its neighbours stay adjacent; what it looks at is in the text
        _direction, sub = av
        _e, n = _sequence(list(sub))
        return frozenset([""]), n
    if op in (sre.ASSERT_NOT, sre.AT):
        return frozenset([""]), None
    return None, None  # any character, a negated class, a group reference…


def _class_chars(av) -> Strings | None:
    """The characters a class matches, when it lists a few (not negated, no
    category)."""
    chars: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            chars.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < MOST_CLASS:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
        if len(chars) > MOST_CLASS:
            return None
    return frozenset(chars)


class Gate:
    """The whole-text scans of a rule module, each skipped on a text that
    holds none of its pattern's triggers (see the module's docstring)."""

    def __init__(self, patterns: Iterable[re.Pattern], shared=None):
        self._patterns = list(patterns)
        self._shared = shared  # a lexicon.SharedScan its triggers join, searched once a text
        self._lock = threading.Lock()
        self._built: tuple[ahocorasick_rs.AhoCorasick | None, list, dict[str, int]] | None = None

    def _build(self) -> tuple[ahocorasick_rs.AhoCorasick | None, list, dict[str, int]]:
        with self._lock:
            if self._built is None:
                strings: dict[str, int] = {}
                slot: dict[str, int] = {}  # pattern source -> its bit
                owners: list[int] = []  # by string: the bits of the patterns it triggers
                for k, pattern in enumerate(self._patterns):
                    found = triggers(pattern)
                    if found is None:
                        continue
                    slot[pattern.pattern] = 1 << k
                    for s in sorted(found):
                        if s not in strings:
                            strings[s] = len(owners)
                            owners.append(0)
                        owners[strings[s]] |= 1 << k
                # a DFA: searched in half the time of the default automaton
                # (some hundreds of strings: a few hundred kB)
                automaton = (
                    ahocorasick_rs.AhoCorasick(
                        list(strings), implementation=ahocorasick_rs.Implementation.DFA
                    )
                    if strings and self._shared is None
                    else (self._shared, self._shared.join(self, list(strings)))
                    if strings
                    else None
                )
                self._built = (automaton, owners, slot)
            return self._built

    def present(self, text: str, memo: dict) -> int:
        """The bits of the patterns whose triggers ``text`` holds (kept in
        ``memo``, the analysis's, for the next scan of the same text)."""
        held = memo.get(self)
        if held is None:
            automaton, owners, _slot = self._built or self._build()
            held = 0
            if automaton is not None:
                if isinstance(automaton, tuple):  # (shared scan, this gate's slot in it)
                    every = automaton[0].matches(text, memo)
                    found = every[automaton[1]] if every is not None else None
                else:
                    try:
                        found = automaton.find_matches_as_indexes(text, overlapping=True)
                    except UnicodeEncodeError:
                        found = None
                if found is None:  # a lone surrogate: every pattern is scanned
                    found = [(i, 0, 0) for i in range(len(owners))]
                for i in {i for i, _s, _e in found}:
                    held |= owners[i]
            memo[self] = held
        return held

    def scan(self, pattern: re.Pattern, text: str, memo: dict) -> Iterable[re.Match]:
        """``pattern.finditer(text)``, or nothing when ``text`` holds none of
        the pattern's triggers (``memo``: the analysis's, see ``present``)."""
        # (called some twenty times a text: the text's bits are read from
        # the memo here, without a call, once ``present`` has put them there)
        bit = (self._built or self._build())[2].get(pattern.pattern)
        if bit is not None:
            held = memo.get(self)
            if held is None:
                held = self.present(text, memo)
            if not held & bit:
                return ()
        return pattern.finditer(text)

    def gated(self) -> Sequence[re.Pattern]:
        """The patterns that have triggers (for tests and benchmarks)."""
        _automaton, _owners, slot = self._built or self._build()
        return [p for p in self._patterns if p.pattern in slot]
