"""Span attributes as typed columns (the tables, the Hugging Face dataset):
one type per attribute name.

The guideline's METRIC attributes have the guideline's types whatever an
import brought (``DECLARED``): value a number (float64; numeric text such as
"1,200" read as one, anything else left empty and counted by the writer),
indicator, unit, approx and period text (a period written 2024 is "2024").
Any other name takes its type from every value the export holds: numbers
are float64, booleans bool, texts string; a name whose values mix types, or
hold lists or objects, is written as JSON text ("json")."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

DECLARED = {
    "indicator": "string",
    "value": "float64",
    "unit": "string",
    "approx": "string",
    "period": "string",
}


class AttributeKinds:
    """The kinds of value seen under each attribute name, gathered span by span
    (a writer that keeps no parsed attributes tells them as they pass)."""

    def __init__(self) -> None:
        self.found: dict[str, set[str]] = {}

    def add(self, attrs: dict[str, Any]) -> None:
        for key, value in attrs.items():
            self.found.setdefault(key, set()).add(_kind(value))

    def types(self) -> dict[str, str]:
        """{name: float64 | bool | string | json}, by name."""
        types = {}
        for key in sorted(self.found):
            kinds = self.found[key] - {"null"}
            if key in DECLARED:
                types[key] = DECLARED[key]
            else:
                types[key] = kinds.pop() if len(kinds) == 1 and "json" not in kinds else "json"
        return types


def attribute_types(attrs: Iterable[dict[str, Any]]) -> dict[str, str]:
    """{name: float64 | bool | string | json} over every span's attributes, by name."""
    kinds = AttributeKinds()
    for one in attrs:
        kinds.add(one)
    return kinds.types()


def typed(value: Any, kind: str) -> Any:
    """``value`` as a column of ``kind`` holds it (None stays None: missing)."""
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "float64":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return number(value)
    if kind == "string" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def not_a_number(value: Any, cell: Any, kind: str) -> bool:
    """Whether a float64 column lost ``value``: given, but no finite number."""
    return kind == "float64" and value is not None and (cell is None or not math.isfinite(cell))


def number(value: Any) -> float | None:
    """A number written as text ("1,200") as a float; None when it is none."""
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "float64"
    if isinstance(value, str):
        return "string"
    return "json"
