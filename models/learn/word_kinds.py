"""What kind of word each word is by jieba's dictionary, as three more
attributes per character for a project's own CRF (``CrfParams.word_kinds``).

A word's kind is its part of speech among those ``segment.word_tag`` keeps
(verbs, adverbs, places, organisations…), ``n`` for any other dictionary
word, and for a word jieba does not know its script and length (``h3``: three
Han characters jieba had no entry for): where new names hide, told from the
grammar around them. Each character reads its position in its word with the
word's kind, and the kinds of the words before and after it.

Kept apart from ``features`` on purpose: the bundled CRF's recipe
(``FEATURE_SET``) does not change, and only a model trained with the kinds
(``CrfModel.word_kinds``) has them added to what it reads."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from models.learn.features import BOS, EOS, char_class
from models.suggest.segment import Analysis, word_freq, word_tag

PREFIXES = ("t=", "t-=", "t+=")
KIND_CACHE = 100_000  # words whose kind is kept (news repeats its words)

_kinds: dict[str, str] = {}


def word_kind(word: str) -> str:
    """A word's kind: its kept part of speech, ``n`` for another dictionary
    word, else its script (h Han, d digits or numerals, l latin, p marks,
    x mixed) with its length up to 4 (cached)."""
    kind = _kinds.get(word)
    if kind is not None:
        return kind
    kind = word_tag(word)
    if not kind:
        if word_freq(word) > 0:
            kind = "n"
        else:
            classes = {char_class(c) for c in word}
            if classes <= {"H", "U"}:
                script = "h"
            elif classes <= {"D", "N"}:
                script = "d"
            elif classes <= {"L"}:
                script = "l"
            elif classes <= {"P", "O", "C", "S", "X"}:
                script = "p"
            else:
                script = "x"
            kind = script + str(min(len(word), 4))
    if len(_kinds) < KIND_CACHE:
        _kinds[word] = kind
    return kind


def kind_columns(a: Analysis, start: int, end: int) -> list[list[str]]:
    """Per character of ``a.text[start:end]``: its position in its word
    (B/M/E/S) with the word's kind, the kind of the word before, and the
    kind of the word after (the sentence's ends read ``<s>`` and ``</s>``)."""
    text = a.text
    spans = a.words(start, end)
    kinds = [word_kind(text[s:e]) for s, e in spans]
    own: list[str] = []
    before: list[str] = []
    after: list[str] = []
    last = len(kinds) - 1
    for k, ((s, e), kind) in enumerate(zip(spans, kinds, strict=True)):
        n = e - s
        if n == 1:
            own.append("t=S" + kind)
        else:
            own += ["t=B" + kind, *(["t=M" + kind] * (n - 2)), "t=E" + kind]
        before += ["t-=" + (kinds[k - 1] if k else BOS)] * n
        after += ["t+=" + (kinds[k + 1] if k < last else EOS)] * n
    return [own, before, after]


def with_kinds(
    items: Sequence[tuple], a: Analysis, start: int, end: int, encoded: Mapping[str, bytes] | None
) -> list[tuple]:
    """``items`` (a sentence's attributes, as strings or as a model's bytes)
    with the word-kind attributes added at the end of each character's:
    strings when ``encoded`` is None, else each as ``encoded`` (the model's
    attributes) holds it, b"" for one the model never weighs."""
    columns = kind_columns(a, start, end)
    if encoded is not None:
        columns = [[encoded.get(attr, b"") for attr in column] for column in columns]
    return [(*item, *extra) for item, *extra in zip(items, *columns, strict=True)]


def kind_attributes(known: Collection[str]) -> dict[str, bytes]:
    """The word-kind attributes among a model's, each as crfsuite's bytes."""
    return {attr: attr.encode() for attr in known if attr.startswith(PREFIXES)}
