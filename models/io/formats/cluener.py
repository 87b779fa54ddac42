"""CLUENER2020 (CLUE benchmark) files: one JSON object per line,

{"text": str, "label": {TYPE: {ENTITY: [[start, end], ...]}}}

with the end offset *inclusive*. Only the types named in ``label_map`` are
kept, renamed to the project's labels; offsets become end-exclusive and are
checked against the text. The test split has no "label" key; such lines
give documents without spans. Import only: ``--label-map`` names the types
to keep (``company=COMPANY,...``), the others are dropped, counted per type
in the document's meta (``unmapped_meta``) for the import to say."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from models.domain import Span, check_offsets
from models.errors import InvalidInput
from models.io.format import Format
from models.io.jsonlines import json_object, parse_lines
from models.io.model import ExchangeDoc, shown, unmapped_meta

# The CLUENER types, for a label map's sake.
CLUENER_TYPES = (
    "address",
    "book",
    "company",
    "game",
    "government",
    "movie",
    "name",
    "organization",
    "position",
    "scene",
)


def read_cluener(
    path: str | Path, label_map: Mapping[str, str], encoding: str | None = None
) -> Iterator[ExchangeDoc]:
    """Yield one document per non-empty line; raise InvalidInput naming
    file:line at the first bad one. Document ids are ``<file stem>-<line>``."""
    path = Path(path)
    if not label_map:
        raise InvalidInput("a CLUENER import needs a label map (CLUENER type -> project label)")
    name = str(path)
    yield from parse_lines(
        path,
        lambda lineno, line: parse_cluener_line(line, lineno, name, label_map, stem=path.stem),
        encoding,
    )


def parse_cluener_line(
    line: str | bytes,
    lineno: int,
    name: str,
    label_map: Mapping[str, str],
    *,
    stem: str = "cluener",
) -> ExchangeDoc:
    where = f"{name}:{lineno}"
    obj = json_object(line, where)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput('{where}: "text" must be a non-empty string', where=where)
    labels = obj.get("label", {})
    if labels is None:
        labels = {}
    if not isinstance(labels, dict):
        raise InvalidInput('{where}: "label" must be an object of entity types', where=where)
    spans: dict[tuple[int, int, str], Span] = {}
    dropped: dict[str, int] = {}  # spans of the types the map does not name
    for kind, entities in labels.items():
        if not isinstance(entities, dict):
            raise InvalidInput(
                "{where}: label {kind!r} must map entity strings to offset lists",
                where=where,
                kind=kind,
            )
        target = label_map.get(kind)
        for entity, positions in entities.items():
            if not isinstance(positions, list) or not positions:
                raise InvalidInput(
                    "{where}: {kind} {entity!r} needs a list of [start, end]",
                    where=where,
                    kind=shown(kind),
                    entity=entity,
                )
            for pair in positions:
                if (
                    not isinstance(pair, list)
                    or len(pair) != 2
                    or not all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
                ):
                    raise InvalidInput(
                        "{where}: {kind} {entity!r}: offsets must be [start, end] integers, got {pair!r}",
                        where=where,
                        kind=shown(kind),
                        entity=entity,
                        pair=pair,
                    )
                start, end = pair[0], pair[1] + 1  # CLUENER's end is inclusive
                try:
                    check_offsets(text, start, end, entity)
                except InvalidInput as exc:
                    raise InvalidInput(
                        "{where}: {kind} {entity!r}: {exc}",
                        where=where,
                        kind=shown(kind),
                        entity=entity,
                        exc=exc,
                    ) from None
                if target is not None:
                    spans.setdefault((start, end, target), Span(start, end, target, entity))
                else:
                    dropped[kind] = dropped.get(kind, 0) + 1
    ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
    meta = unmapped_meta({"source": "cluener", "line": lineno}, dropped)
    types = frozenset(labels)  # every type of the line, the map's or not
    return ExchangeDoc(f"{stem}-{lineno}", text, ordered, meta, None, lineno, types)


def read_cluener_file(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    yield from read_cluener(path, options.get("label_map") or {}, options.get("encoding"))


CLUENER = Format("cluener", "CLUENER2020 JSON lines", read=read_cluener_file, maps_labels=True)
