"""How much each character looks like part of a transliterated name, as
three more attributes per character for a project's own CRF
(``CrfParams.translit``).

A reader knows 诺基亚, 索尼 or 斯柯达 for foreign names by their shape: the
characters Chinese spends on foreign sounds (斯, 尔, 克, 诺, 亚, 维…) and Latin
letters, whatever the sentence around says. The weight of a character is
read from jieba's dictionary, which tags transliterated names ``nrt``: the
log-odds of the character among the characters of those words against
those of the dictionary's other words (person names, other proper nouns and
places left out: they are neither foreign sounds nor plain words), drawn
towards 0 for a character seldom seen. The table
(``resources/lexicon/translit_chars.txt``) keeps the characters in bands
1-3; every other one is band 0. ``python -m models.learn.translit`` writes
it again from the installed jieba.

Per character the CRF reads its band (``t=``; ``L`` for a Latin letter),
the bands of it and its neighbours (``t3=``), and its place in a run of
strong characters (band 2 or 3, or Latin) with the run's length
(``tr=B3``: the first of three; ``tr=-`` outside any run).

Kept apart from ``features`` on purpose: the bundled CRF's recipe
(``FEATURE_SET``) does not change, and only a model trained with these
(``CrfModel.translit``) has them added to what it reads."""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from models.learn.features import ID, NO_ID, char_class
from models.paths import resource
from models.suggest.lexicon import load_table
from models.suggest.segment import _jieba_dictionary_file

TABLE = "translit_chars"  # resources/lexicon/translit_chars.txt
PREFIXES = ("t=", "t3=", "tr=")
FOREIGN_TAGS = frozenset({"nrt"})  # jieba's transliterated names
LEFT_OUT = frozenset(
    {"nr", "nrfg", "nz", "ns", "x", "eng"}
)  # neither foreign sounds nor plain words
PRIOR = 10.0  # pseudo-occurrences at the base rate: a rare character's weight stays near 0
# log-odds from which a character is in band 1, 2, 3
BANDS = (0.5, 1.5, 3.0)
STRONG = frozenset("23L")  # the bands a run of foreign shape is made of
RUN_CAP = 4


def char_weights(lines: Sequence[str]) -> dict[str, float]:
    """Each character's log-odds of being in a transliterated name rather
    than in another word of jieba's dictionary (``word freq tag`` lines),
    counted once per word type, shrunk towards 0 by ``PRIOR``."""
    foreign: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for line in lines:
        parts = line.split()
        if len(parts) != 3 or len(parts[0]) < 2 or parts[2] in LEFT_OUT:
            continue
        (foreign if parts[2] in FOREIGN_TAGS else plain).update(set(parts[0]))
    total_f, total_p = sum(foreign.values()), sum(plain.values())
    if not total_f or not total_p:
        return {}
    base = total_f / (total_f + total_p)
    out = {}
    for ch in foreign.keys() | plain.keys():
        rate = (foreign[ch] + PRIOR * base) / (foreign[ch] + plain[ch] + PRIOR)
        out[ch] = _logit(rate) - _logit(base)
    return out


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def band_of(weight: float) -> str:
    return str(sum(weight >= edge for edge in BANDS))


def table_rows(weights: Mapping[str, float]) -> list[str]:
    """The table's lines: the characters of band 1 or more with their band,
    in code point order (so the file is the same bytes on every run)."""
    rows = []
    for ch in sorted(weights):
        band = band_of(weights[ch])
        if band != "0":
            rows.append(f"{ch}\t{band}")
    return rows


def build_table() -> list[str]:
    """The table from the installed jieba's dictionary."""
    text = _jieba_dictionary_file().read_text(encoding="utf-8")
    return table_rows(char_weights(text.splitlines()))


@lru_cache(maxsize=1)
def bands() -> dict[str, str]:
    """Character -> its band, from the shipped table (absent: band 0)."""
    return {row[0]: row[1] for row in load_table(TABLE) if len(row) > 1}


def char_band(ch: str, table: Mapping[str, str]) -> str:
    got = table.get(ch)
    if got is not None:
        return got
    return "L" if char_class(ch) == "L" else "0"


def translit_columns(text: str) -> list[list[str]]:
    """The three attributes of each character of ``text`` (one stretch the
    model reads: its ends have no neighbour)."""
    table = bands()
    own = [char_band(ch, table) for ch in text]
    before = ["^", *own[:-1]]
    after = [*own[1:], "$"]
    trio = ["t3=" + p + c + n for p, c, n in zip(before, own, after, strict=True)]
    return [["t=" + c for c in own], trio, _runs(own)]


def _runs(own: Sequence[str]) -> list[str]:
    """``tr=`` of each character: its place (B, M, E, S) in the maximal run of
    strong bands it stands in, with the run's length up to RUN_CAP."""
    out = ["tr=-"] * len(own)
    k, n = 0, len(own)
    while k < n:
        if own[k] not in STRONG:
            k += 1
            continue
        end = k
        while end < n and own[end] in STRONG:
            end += 1
        size = str(min(end - k, RUN_CAP))
        if end - k == 1:
            out[k] = "tr=S" + size
        else:
            out[k] = "tr=B" + size
            for i in range(k + 1, end - 1):
                out[i] = "tr=M" + size
            out[end - 1] = "tr=E" + size
        k = end
    return out


def with_translit_strings(items: Sequence[tuple], text: str) -> list[tuple]:
    """A stretch's attribute strings with its transliteration attributes
    after each character's."""
    columns = translit_columns(text)
    return [(*item, *extra) for item, *extra in zip(items, *columns, strict=True)]


def with_translit_encoded(
    items: list | np.ndarray, text: str, encoded: Mapping[str, bytes], native: bool
) -> list | np.ndarray:
    """A stretch's items as a model reads them (``ModelAttributes``: tuples
    of bytes, or for the native tagger a matrix of ids) with the
    transliteration attributes after each character's, each as
    ``encoded`` holds it (absent: one the model never weighs)."""
    columns = translit_columns(text)
    if native:
        ids = [[ID.unpack(encoded.get(attr, NO_ID))[0] for attr in col] for col in columns]
        extra = np.array(ids, dtype="<i4").T.reshape(len(text), len(columns))
        return np.hstack([items, extra]) if len(text) else items
    return [
        (*item, *(encoded.get(attr, b"") for attr in extra))
        for item, *extra in zip(items, *columns, strict=True)
    ]


def translit_attributes(known: Collection[str], encoded: Mapping[str, bytes]) -> dict[str, bytes]:
    """The transliteration attributes among a model's, as it encodes them."""
    return {attr: encoded[attr] for attr in known if attr.startswith(PREFIXES)}


def main(argv: Sequence[str]) -> int:
    """Write the table from the installed jieba (``--check``: say whether
    the shipped one is what it would write)."""
    path = Path(resource("lexicon", f"{TABLE}.txt"))
    head = [
        "# Characters of transliterated names and their band (1-3), from jieba's",
        "# dictionary: python -m models.learn.translit (models/learn/translit.py)",
    ]
    text = "\n".join([*head, *build_table()]) + "\n"
    if "--check" in argv:
        same = path.read_text(encoding="utf-8") == text
        print("the same" if same else "differs")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
