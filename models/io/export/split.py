"""``--split 8:1:1 --seed N``: documents (never sentences) into train/dev/test.

Documents are ordered by a SHA-256 of the seed and their id and cut at
counts proportional to the ratios (largest remainders; every part with a
share gets a document when there are enough). The result depends only on
the seed and the set of ids, not on the project's order, and adding
documents moves few of the old ones."""

from __future__ import annotations

import hashlib
import re

from models.errors import InvalidInput

PART_NAMES = {1: ("all",), 2: ("train", "dev"), 3: ("train", "dev", "test")}


def parse_split(spec: str) -> tuple[float, ...]:
    pieces = [p for p in re.split(r"[:/,]", spec.strip()) if p.strip()]
    try:
        ratios = tuple(float(p) for p in pieces)
    except ValueError:
        raise InvalidInput("--split wants ratios like 8:1:1, got {spec!r}", spec=spec) from None
    if len(ratios) not in (2, 3) or any(r < 0 for r in ratios) or not sum(ratios) > 0:
        raise InvalidInput(
            "--split wants two or three non-negative ratios like 8:1:1, got {spec!r}", spec=spec
        )
    return ratios


def part_names(ratios: tuple[float, ...]) -> tuple[str, ...]:
    return PART_NAMES[len(ratios)]


def part_sizes(total: int, ratios: tuple[float, ...]) -> list[int]:
    whole = sum(ratios)
    exact = [total * r / whole for r in ratios]
    sizes = [int(x) for x in exact]
    order = sorted(range(len(ratios)), key=lambda i: (-(exact[i] - sizes[i]), i))
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    # a part with a share gets at least one document, taken from the largest
    for i, r in enumerate(ratios):
        if r > 0 and sizes[i] == 0:
            donor = max(range(len(sizes)), key=lambda j: sizes[j])
            if sizes[donor] > 1:
                sizes[donor] -= 1
                sizes[i] += 1
    return sizes


def assign(doc_ids: list[str], ratios: tuple[float, ...], seed: int) -> dict[str, str]:
    """Map each document id to its part name."""

    def key(doc_id: str) -> str:
        return hashlib.sha256(f"{seed}\x00{doc_id}".encode()).hexdigest()

    ordered = sorted(doc_ids, key=key)
    names = part_names(ratios)
    out: dict[str, str] = {}
    pos = 0
    for name, size in zip(names, part_sizes(len(ordered), ratios), strict=True):
        for doc_id in ordered[pos : pos + size]:
            out[doc_id] = name
        pos += size
    return out
