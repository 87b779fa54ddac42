"""The writings of a Chinese character: OpenCC's character tables, read once
for everyone who asks whether two texts write the same words.

Chinese news comes in two writings: simplified (the mainland) and
traditional (Hong Kong, Taiwan, HKEX filings), one character for one in
almost every case (比亚迪 and 比亞迪 are the same firm). The suggesters
read a traditional paragraph through its simplified copy
(``models.suggest.segment``); search and "accept everywhere" find a name
in either writing (``models.search``, ``models.learn.occurrences``). All
of them read OpenCC's tables here, from the package's files (the package
``opencc-python-reimplemented`` is never imported: its import converts
nothing we need and costs time).

Two questions, two answers:

- ``writings(ch)``, what a search matches: the character, its simplified
  forms (``TSCharacters``) and the traditional forms of those
  (``STCharacters``, and the Hong Kong and Taiwan printed forms), so that
  后 finds 後 and 于 finds 於 in a Hong Kong article, as a Latin search
  finds both cases. A hit shows its context, so a 乾隆 met when searching
  干 is read for what it is.
- ``same_name_writings(ch)``, what a name offered at its other places
  matches: only the writings that cannot be a character of simplified
  writing of their own. About twenty characters are shared by both
  writings (乾 of 乾隆, 後 of 後藤, 於 the surname, 徵, 麽…): in a
  simplified article they are other characters than 干, 后, 于, and an
  offer written into a curator's to-do must not turn them into the name.
  This is the rule by which the suggesters keep them (``traditional_only``)."""

from __future__ import annotations

import importlib.util
from functools import cache
from itertools import product
from pathlib import Path

from models.charsets import in_gb2312


def _opencc_table(name: str) -> list[str]:
    """The lines of one of OpenCC's character tables, read from the
    package's files without importing it (nothing is ever fetched). Without
    the package (an install made before it was a dependency) there are no
    lines: every text is then read as written, as it was before."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "dictionary" / f"{name}.txt"
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


@cache
def traditional_table() -> dict[int, str]:
    """OpenCC's traditional→simplified character table (``TSCharacters``,
    the first candidate of each entry), one character for one; with the
    forms Hong Kong and Taiwan print for a standard one of the table (衞
    for 衛, 枱 for 檯: OpenCC's ``HKVariantsRev`` and ``TWVariantsRev``)
    when they are not simplified characters themselves."""
    table = _one_for_one("TSCharacters")
    for name in ("HKVariantsRev", "TWVariantsRev"):
        for variant, standard in _one_for_one(name).items():
            plain = table.get(ord(standard), standard)
            if variant not in table and not _simplified(chr(variant)) and in_gb2312(plain):
                table[variant] = plain
    return table


def _one_for_one(name: str) -> dict[int, str]:
    """An OpenCC table's entries of one character whose first candidate is
    another single character."""
    table: dict[int, str] = {}
    for line in _opencc_table(name):
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
            table[ord(parts[0])] = parts[1]
    return table


@cache
def traditional_only() -> frozenset[str]:
    """The characters only traditional writing uses: the table's, less the
    simplified characters among them (see ``_simplified``)."""
    return frozenset(ch for ch in map(chr, traditional_table()) if not _simplified(ch))


def _simplified(ch: str) -> bool:
    """Whether simplified writing has ``ch`` as its own: an entry of OpenCC's
    simplified→traditional table (著, 钟) or a character of GB 2312, the
    simplified national set (乾 of 乾隆, 吒 of 哪吒, 於 the surname)."""
    return ch in _simplified_entries() or in_gb2312(ch)


@cache
def _simplified_entries() -> frozenset[str]:
    return frozenset(line[:1] for line in _opencc_table("STCharacters"))


@cache
def _candidates(name: str) -> dict[str, tuple[str, ...]]:
    """An OpenCC character table: each single character's candidates (all of
    them, not only the first) that are single characters too."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _opencc_table(name):
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1:
            table[parts[0]] = tuple(c for c in parts[1:] if len(c) == 1)
    return table


@cache
def _traditional_forms() -> dict[str, frozenset[str]]:
    """Simplified character -> its traditional forms: OpenCC's own
    (``STCharacters``) and every character the reading table takes to it
    (Hong Kong and Taiwan printed forms among them)."""
    forms: dict[str, set[str]] = {}
    for simplified, traditional in _candidates("STCharacters").items():
        forms.setdefault(simplified, set()).update(traditional)
    for traditional, simplified in traditional_table().items():
        forms.setdefault(simplified, set()).add(chr(traditional))
    return {ch: frozenset(found) for ch, found in forms.items()}


@cache
def writings(ch: str) -> frozenset[str]:
    """The characters a search for ``ch`` matches (see the module)."""
    simplified = {ch, *_candidates("TSCharacters").get(ch, ())}
    simplified.add(traditional_table().get(ord(ch), ch))
    found = set(simplified)
    forms = _traditional_forms()
    for s in simplified:
        found.update(forms.get(s, ()))
    return frozenset(found)


@cache
def _same_name_classes() -> dict[str, frozenset[str]]:
    """Simplified character -> itself and the traditional-only characters
    read as it."""
    classes: dict[str, set[str]] = {}
    table = traditional_table()
    for ch in traditional_only():
        simplified = table[ord(ch)]
        classes.setdefault(simplified, {simplified}).add(ch)
    return {ch: frozenset(found) for ch, found in classes.items()}


def same_name_writings(ch: str) -> frozenset[str]:
    """The characters that write ``ch`` in a name offered elsewhere (see the
    module): a character shared by both writings is only itself."""
    if ch in traditional_only():
        ch = traditional_table()[ord(ch)]
    return _same_name_classes().get(ch, frozenset((ch,)))


def spellings(text: str, *, limit: int, strict: bool = False) -> list[str] | None:
    """Every way of writing ``text`` (``text`` itself first), or None when
    there are more than ``limit``. ``strict``: as a name offered elsewhere."""
    classes = [_ordered(ch, strict) for ch in text]
    count = 1
    for options in classes:
        count *= len(options)
        if count > limit:
            return None
    return ["".join(chars) for chars in product(*classes)]


def _ordered(ch: str, strict: bool) -> list[str]:
    found = same_name_writings(ch) if strict else writings(ch)
    return [ch, *sorted(found - {ch})]


def has_other_writing(text: str, *, strict: bool = False) -> bool:
    """Whether a character of ``text`` has a writing besides itself."""
    ask = same_name_writings if strict else writings
    return any(len(ask(ch)) > 1 for ch in text)


def forget() -> None:
    """Drop every table read (for tests that take the package away)."""
    for function in (
        traditional_table,
        traditional_only,
        _simplified_entries,
        _candidates,
        _traditional_forms,
        writings,
        _same_name_classes,
    ):
        function.cache_clear()
