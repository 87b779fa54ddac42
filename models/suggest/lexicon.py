"""Lexicons: bundled word lists and Aho-Corasick matching.

``Lexicon`` wraps a pyahocorasick automaton over term → label and finds the
leftmost-longest, non-overlapping matches. ``LexiconSuggester`` turns a
term list (the project's accepted gold, or any extra terms) into
suggestions; matching runs on the compact text, so a term still matches
where the layout broke it with white space."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache

import ahocorasick

from models.domain import Suggestion
from models.paths import resource
from models.suggest.segment import analyse

ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def words(spaced: str) -> tuple[str, ...]:
    """A word list written as one string, words separated by white space."""
    return tuple(spaced.split())


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
    """Terms matched with Aho-Corasick; each term carries a payload (its label)."""

    def __init__(self, terms: Mapping[str, object] | Iterable[tuple[str, object]]):
        items = terms.items() if isinstance(terms, Mapping) else terms
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for term, payload in items:
            term = "".join(term.split())
            if term:
                self._automaton.add_word(term, (term, payload))
                self.size += 1
        if self.size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self.size

    def __contains__(self, term: str) -> bool:
        return self.size > 0 and term in self._automaton

    def get(self, term: str, default=None):
        if self.size and term in self._automaton:
            return self._automaton.get(term)[1]
        return default

    def find_all(self, text: str) -> Iterator[tuple[int, int, str, object]]:
        """Every match, overlapping ones included, as (start, end, term, payload)."""
        if not self.size:
            return
        for end, (term, payload) in self._automaton.iter(text):
            yield end - len(term) + 1, end + 1, term, payload

    def find(self, text: str) -> list[tuple[int, int, str, object]]:
        """Leftmost-longest matches that do not cut an ASCII word, as
        (start, end, term, payload)."""
        if not self.size:
            return []
        out = []
        for end, (term, payload) in self._automaton.iter_long(text):
            start = end - len(term) + 1
            # only a match that starts or ends on a Latin letter or a digit can cut a word
            if (text[start] in ASCII_ALNUM or text[end] in ASCII_ALNUM) and _cuts_ascii_word(
                text, start, end + 1
            ):
                continue
            out.append((start, end + 1, term, payload))
        return out


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
