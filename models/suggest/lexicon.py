"""Lexicons: bundled word lists and Aho-Corasick matching.

``Lexicon`` holds term → label and finds the leftmost-longest,
non-overlapping matches with an Aho-Corasick automaton. A lexicon made once
and searched in every text (the bundled lists, a project's terms) is an
automaton of ``ahocorasick_rs`` (the Rust ``aho-corasick`` crate), which
scans news with the bundled lists of hundreds of names some four times as
fast as pyahocorasick; one made for a single text (the names a rule found
there, sought again) is pyahocorasick's, some ten times quicker to build,
and searched once. Both find the same matches, for any set of terms: the
leftmost-longest ones are chosen here among every match pyahocorasick
finds (its ``iter``), as its own ``iter_long`` is not leftmost-longest: it
follows the longest path from a start and, failing there, loses a shorter
term that ended inside it (格力 at the end of a text ending on 珠海格力, with
珠海格力电器股份有限公司 and 格力 sought). ``LexiconSuggester`` turns a
term list (the project's accepted gold, or any extra terms) into
suggestions; matching runs on the compact text, so a term still matches
where the layout broke it with white space."""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Protocol

import ahocorasick
import ahocorasick_rs

from models.domain import Suggestion
from models.paths import resource
from models.suggest.segment import analyse, to_simplified

# A lexicon searched in every text with at most this many terms is built as
# a DFA (ahocorasick_rs' Implementation.DFA): searched in a third less time
# than the crate's default (a contiguous NFA past 100 patterns), for some
# 1.3 MB more with the bundled lists of 57 to 873 names; the gold articles
# one by one took 0.6 % fewer instructions. A DFA grows with its terms
# (88 MB for all seven, the CRF's 8,404 among them), so a larger lexicon
# keeps the default.
DFA_TERMS = 1000
ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def words(spaced: str) -> tuple[str, ...]:
    """A word list written as one string, words separated by white space."""
    return tuple(spaced.split())


def word_starting_at(t: str, pos: int, listed: tuple[str, ...]) -> str:
    """The first of ``listed`` that ``t`` holds at ``pos``, or "". Whether one
    does is told in one call first: most places hold none of them."""
    if not t.startswith(listed, pos):
        return ""
    return next(w for w in listed if t.startswith(w, pos))


def word_ending_at(t: str, end: int, listed: tuple[str, ...]) -> str:
    """The first of ``listed`` that ``t[:end]`` ends in, or "" (as
    ``word_starting_at``)."""
    if not t.endswith(listed, 0, end):
        return ""
    return next(w for w in listed if t.endswith(w, 0, end))


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``resources/lexicon/NAME.txt``: one per line, ``#`` comments."""
    path = resource("lexicon", f"{name}.txt")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a bundled list."""
    return tuple(tuple(part.strip() for part in row.split("\t")) for row in load_list(name))


class Lexicon:
    """Terms matched with Aho-Corasick; each term carries a payload (its label).

    ``one_text``: the lexicon is made to search one text (see the module's
    docstring). A term given twice (once white space is taken out of it)
    keeps its last payload and counts twice in ``size``."""

    def __init__(
        self,
        terms: Mapping[str, object] | Iterable[tuple[str, object]],
        *,
        one_text: bool = False,
        shared: SharedScan | None = None,
    ):
        items = terms.items() if isinstance(terms, Mapping) else terms
        self._payloads: dict[str, object] = {}
        self.size = 0
        for term, payload in items:
            term = "".join(term.split())
            if term:
                self._payloads[term] = payload
                self.size += 1
        self._entries = list(self._payloads.items())  # by pattern index
        self._terms = [term for term, _payload in self._entries]  # what each pattern finds
        if not one_text:
            self._add_simplified_forms()
        # the terms that start or end on a Latin letter or a digit: only a
        # match of one of them can cut an ASCII word (a match is its term)
        self._ascii_edged = frozenset(
            i
            for i, (term, _payload) in enumerate(self._entries)
            if term[0] in ASCII_ALNUM or term[-1] in ASCII_ALNUM
        )
        self._matcher: _Matcher | None = None
        if self._entries:
            self._matcher = _OneText(self._entries) if one_text else _Lasting(self._entries)
        # a lasting lexicon searched in whole texts beside others: its
        # matches in a text read off their one shared scan (``find``'s memo)
        self._shared: tuple[SharedScan, int] | None = None
        if shared is not None and isinstance(self._matcher, _Lasting):
            self._shared = (shared, shared.join(self, self._matcher._terms))

    def __getstate__(self) -> dict:
        # a copy elsewhere (a Dask worker) searches with its own automaton
        return {**self.__dict__, "_shared": None}

    def _add_simplified_forms(self) -> None:
        """A term written in traditional characters is also sought in its
        simplified form: a traditional text is read in simplified characters
        (``segment.compact``), so a name a curator accepted in one
        (鑫旺達) is found there as 鑫旺达. A match gives the term as it was
        given. (A lexicon made for one text holds names found in its
        compact copy, already simplified.)"""
        for term, payload in list(self._entries):
            simple = to_simplified(term)
            if simple != term and simple not in self._payloads:
                self._payloads.setdefault(simple, payload)
                self._entries.append((simple, payload))
                self._terms.append(term)

    def __len__(self) -> int:
        return self.size

    def __contains__(self, term: str) -> bool:
        return term in self._payloads

    def get(self, term: str, default=None):
        return self._payloads.get(term, default)

    def find_all(self, text: str) -> Iterator[tuple[int, int, str, object]]:
        """Every match, overlapping ones included, as (start, end, term, payload)."""
        if self._matcher is None:
            return
        entries, terms = self._entries, self._terms
        for i, start, end in self._matcher.every(text):
            yield start, end, terms[i], entries[i][1]

    def find(self, text: str, memo: dict | None = None) -> list[tuple[int, int, str, object]]:
        """Leftmost-longest matches that do not cut an ASCII word, as
        (start, end, term, payload). ``memo`` (the text's analysis's): a
        lexicon made with a shared scan reads its matches off that scan of
        ``text``, made once for every lexicon that shares it."""
        if self._matcher is None:
            return []
        found = None
        if memo is not None and self._shared is not None:
            shared, slot = self._shared
            every = shared.matches(text, memo)
            if every is not None:
                found = leftmost_longest(every[slot])
        if found is None:
            found = self._matcher.longest(text)
        entries, terms, edged = self._entries, self._terms, self._ascii_edged
        return [
            (start, end, terms[i], entries[i][1])
            for i, start, end in found
            if i not in edged or not _cuts_ascii_word(text, start, end)
        ]


def find_in_one_text(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """What ``Lexicon({n: n for n in terms}, one_text=True).find(text)`` finds,
    as (start, end, term), from the same pyahocorasick automaton: for the few
    names a rule found in one text and seeks again there, built and read
    without the lexicon's tables for the bundled lists (simplified forms,
    payloads by index, a generator per layer), which cost more than the
    automaton itself for ten names searched once."""
    automaton = ahocorasick.Automaton()
    for term in terms:
        term = "".join(term.split())  # as ``Lexicon`` keeps a term
        if term:
            automaton.add_word(term, term)
    if not len(automaton):
        return []
    automaton.make_automaton()
    out = []
    # every match, then the leftmost-longest among them (see the module's
    # docstring: ``iter_long`` can lose one)
    found = [(last + 1 - len(term), -len(term), term) for last, term in automaton.iter(text)]
    found.sort()
    reach = 0
    for start, minus_length, term in found:
        if start < reach:
            continue  # inside (or overlapping) a match taken before it
        end = start - minus_length
        reach = end
        if (term[0] in ASCII_ALNUM or term[-1] in ASCII_ALNUM) and _cuts_ascii_word(
            text, start, end
        ):
            continue  # as ``Lexicon.find`` leaves out a match that cuts an ASCII word
        out.append((start, end, term))
    return out


Match = tuple[int, int, int]  # (pattern index, start, end)


def leftmost_longest(every: Iterable[Match]) -> list[Match]:
    """The leftmost-longest matches among every (overlapping) match of one
    set of distinct strings: from the leftmost start the longest match, then
    the same again from its end on, as the automaton's LeftmostLongest
    search finds them (a start and a length name one string)."""
    out = []
    reach = 0
    for start, minus_length, i in sorted([(s, s - e, i) for i, s, e in every]):
        if start >= reach:
            reach = start - minus_length
            out.append((i, start, reach))
    return out


class SharedScan:
    """One automaton for the strings of several lasting lexicons (and
    trigger gates, ``triggers.Gate``) searched in the same whole texts,
    searched once a text for every match of all of them (overlapping ones
    included); each set's matches are read off it. The rules' lexicons each
    scanned the whole text again, from caches the other tables had left
    cold: one walk over the text takes the place of several. A set's
    leftmost-longest matches are chosen among its every match in Python
    (``leftmost_longest``), as pyahocorasick's are (see the module's
    docstring). A text the automaton cannot read (a lone surrogate) gives
    None: each set is then searched on its own, as it was before."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sets: list[Sequence[str]] = []
        self._built: tuple[ahocorasick_rs.AhoCorasick | None, list, int] | None = None

    def join(self, owner: object, strings: Sequence[str]) -> int:
        """Add a set of strings, searched for as long as ``owner`` lives;
        its index in what ``matches`` gives."""
        with self._lock:
            self._sets.append(tuple(strings))
            self._built = None
            slot = len(self._sets) - 1
        weakref.finalize(owner, self._leave, slot)
        return slot

    def _leave(self, slot: int) -> None:
        with self._lock:
            self._sets[slot] = ()
            self._built = None

    def _build(self) -> tuple[ahocorasick_rs.AhoCorasick | None, list, int]:
        with self._lock:
            if self._built is None:
                index: dict[str, int] = {}
                owners: list[tuple[tuple[int, int], ...]] = []  # by string: (set, index in it)
                for k, strings in enumerate(self._sets):
                    for i, string in enumerate(strings):
                        j = index.setdefault(string, len(owners))
                        if j == len(owners):
                            owners.append(())
                        owners[j] += ((k, i),)
                automaton = ahocorasick_rs.AhoCorasick(list(index)) if index else None
                self._built = (automaton, owners, len(self._sets))
            return self._built

    def matches(self, text: str, memo: dict) -> list[list[Match]] | None:
        """Every match of each set's strings in ``text``, by set, as (index
        in the set, start, end); kept in ``memo`` (the text's analysis's)
        for the other sets' calls."""
        built = self._built or self._build()
        held = memo.get(self)
        if held is not None and held[0] is built:
            return held[1]
        automaton, owners, n = built
        every: list[list[Match]] | None = [[] for _k in range(n)]
        if automaton is not None:
            try:
                found = automaton.find_matches_as_indexes(text, overlapping=True)
            except UnicodeEncodeError:
                found, every = [], None
            for j, start, end in found:
                for k, i in owners[j]:
                    every[k].append((i, start, end))
        memo[self] = (built, every)
        return every


# the rules' lexicons and gates searched in every whole text
RULES_SCAN = SharedScan()


class _Matcher(Protocol):
    def longest(self, text: str) -> Iterable[Match]: ...

    def every(self, text: str) -> Iterable[Match]: ...


_AS_DFA = {"implementation": ahocorasick_rs.Implementation.DFA}


class _Lasting:
    """ahocorasick_rs automata: slower to build, faster to search."""

    def __init__(self, entries: list[tuple[str, object]]):
        self._entries = entries
        self._terms = [_encodable(term) for term, _payload in entries]
        self._longest = ahocorasick_rs.AhoCorasick(
            self._terms,
            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            **_AS_DFA if len(self._terms) <= DFA_TERMS else {},
        )
        self._overlapping: ahocorasick_rs.AhoCorasick | None = None  # made when first asked

    def __reduce__(self):
        # a Rust automaton cannot be pickled: the terms travel, and the
        # automaton is built again where they land (a Dask worker)
        return (_Lasting, (self._entries,))

    def longest(self, text: str) -> list[Match]:
        return _search(self._longest, text)

    def every(self, text: str) -> list[Match]:
        if self._overlapping is None:
            self._overlapping = ahocorasick_rs.AhoCorasick(self._terms)
        return _search(self._overlapping, text, overlapping=True)


class _OneText:
    """A pyahocorasick automaton: quick to build, slower to search."""

    def __init__(self, entries: list[tuple[str, object]]):
        self._automaton = ahocorasick.Automaton()
        for i, (term, _payload) in enumerate(entries):
            self._automaton.add_word(term, (i, len(term)))
        self._automaton.make_automaton()

    def longest(self, text: str) -> Iterator[Match]:
        # every match, then the leftmost-longest among them: ``iter_long``
        # can lose one (see the module's docstring)
        found = sorted(
            (end + 1 - length, -length, i) for end, (i, length) in self._automaton.iter(text)
        )
        reach = 0
        for start, minus_length, i in found:
            if start >= reach:
                reach = start - minus_length
                yield i, start, reach

    def every(self, text: str) -> Iterator[Match]:
        for end, (i, length) in self._automaton.iter(text):
            yield i, end + 1 - length, end + 1


def _search(
    automaton: ahocorasick_rs.AhoCorasick, text: str, *, overlapping: bool = False
) -> list[tuple[int, int, int]]:
    """The automaton's matches in ``text`` as (pattern index, start, end)."""
    try:
        return automaton.find_matches_as_indexes(text, overlapping=overlapping)
    except UnicodeEncodeError:
        return automaton.find_matches_as_indexes(_encodable(text), overlapping=overlapping)


def _encodable(text: str) -> str:
    """``text`` as the automaton can read it (UTF-8): a lone surrogate, which
    a text decoded with the wrong codec may hold and UTF-8 cannot, is read
    as U+FFFD, one character for one, so every offset stays the same."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def _cuts_ascii_word(text: str, start: int, end: int) -> bool:
    if text[start] in ASCII_ALNUM and start > 0 and text[start - 1] in ASCII_ALNUM:
        return True
    return text[end - 1] in ASCII_ALNUM and end < len(text) and text[end] in ASCII_ALNUM


class LexiconSuggester:
    """Suggests every occurrence of known terms (term → label)."""

    name = "lexicon"

    def __init__(self, terms: Mapping[str, str], *, name: str = "lexicon", score: float = 0.9):
        self.name = name
        self.score = score
        self.terms = {t: lab for t, lab in terms.items() if t and t.strip()}
        digest = hashlib.sha1(
            "\n".join(f"{t}\t{lab}" for t, lab in sorted(self.terms.items())).encode("utf-8")
        ).hexdigest()[:10]
        self.version = f"{len(self.terms)}-{digest}"
        self._lexicon = Lexicon(self.terms)

    def suggest(self, text: str) -> list[Suggestion]:
        if not self.terms:
            return []
        a = analyse(text)
        out = []
        for s, e, _term, label in self._lexicon.find(a.text):
            if "\n" in a.text[s:e]:
                continue
            start, end = a.to_original(s, e)
            out.append(
                Suggestion(
                    start, end, str(label), text[start:end], self.score, self.name, self.version
                )
            )
        return out
