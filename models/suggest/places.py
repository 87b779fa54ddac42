"""Place names: China's provinces, cities, counties and districts.

The administrative divisions come from the ``cpca`` package's table of
area codes (read as data, without importing the package, which would load
pandas); the bundled ``places.txt`` adds provinces' one-character short
names and a few regions. Each division is known by its full name (三明市,
梅列区) and by its stem (三明, 梅列), except county stems that are common
words as well (和平, 资源, 前进): a reader would not take those for a
place without their suffix."""

from __future__ import annotations

import csv
import importlib.metadata
import re
from functools import lru_cache

from models.suggest.lexicon import load_list
from models.suggest.segment import word_freq, word_tag

# Suffixes of a division's name, longest first.
DIVISION_SUFFIX = re.compile(
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|矿区|市|县|区|旗|州|盟|省)$"
)
# A county stem at least this frequent in jieba's dictionary, and not tagged
# as a place there, is a common word first (和平, 资源).
COMMON_STEM = 500


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every known place name: full names, stems, and the bundled list."""
    names = set(load_list("places"))
    for code, name in _divisions():
        names.add(name)
        m = DIVISION_SUFFIX.search(name)
        if m is None or m.start() < 2:
            continue
        stem = name[: m.start()]
        prefecture = code[4:6] == "00"
        if prefecture or word_freq(stem) < COMMON_STEM or word_tag(stem) == "ns":
            names.add(stem)
    return frozenset(names)


def _divisions() -> list[tuple[str, str]]:
    """(area code, name) of every division in cpca's table; none when the
    package is missing, so the rules still run on the bundled list."""
    try:
        path = importlib.metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv")
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except (importlib.metadata.PackageNotFoundError, OSError):
        return []
    return [(row[0], row[1]) for row in rows[1:] if len(row) >= 2 and "直辖" not in row[1]]


def is_division(word: str) -> bool:
    """A province, city, county or district with its suffix (江西省, 梅列区)."""
    return word in place_names() and DIVISION_SUFFIX.search(word) is not None
