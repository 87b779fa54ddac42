"""Prodigy JSONL (``ner_manual``, character or token mode).

One task per line: ``{"text", "spans": [{"start", "end", "label", ...}],
"meta", "answer", "tokens"?}``. Offsets are Python code points, end
exclusive. Tasks answered ``reject`` or ``ignore`` are not gold and are
skipped; a span without ``start``/``end`` takes them from its
``token_start``/``token_end`` and the task's ``tokens``. Our own ``jsonl``
export is a subset of this format, ``attrs`` included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput, Message
from models.io.format import Format
from models.io.jsonlines import json_lines
from models.io.model import ExchangeDoc, make_span, span_at

SKIPPED_ANSWERS = ("reject", "ignore")


def read_prodigy(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    for lineno, where, task in json_lines(path, options.get("encoding")):
        if task.get("answer") in SKIPPED_ANSWERS:
            continue
        yield parse_task(task, where, lineno)


def parse_task(task: dict[str, Any], where: str, lineno: int) -> ExchangeDoc:
    body = task.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InvalidInput('{where}: "text" must be a non-empty string', where=where)
    raw_spans = task.get("spans") or []
    if not isinstance(raw_spans, list):
        raise InvalidInput('{where}: "spans" must be a list', where=where)
    tokens = task.get("tokens") or []
    spans = []
    for i, raw in enumerate(raw_spans):
        if not isinstance(raw, dict):
            raise InvalidInput("{where} span {i}: a span must be an object", where=where, i=i)
        start, end = raw.get("start"), raw.get("end")
        if (start is None or end is None) and "token_start" in raw:
            start, end = _from_tokens(tokens, raw, span_at(where, i))
        attrs = raw.get("attrs") or {}
        if not isinstance(attrs, dict):
            raise InvalidInput("{where} span {i}: attrs must be an object", where=where, i=i)
        surface = raw.get("text")
        spans.append(
            make_span(
                body,
                start,
                end,
                raw.get("label"),
                span_at(where, i),
                surface=surface if isinstance(surface, str) else None,
                attrs=attrs,
            )
        )
    meta = task.get("meta") or {}
    if not isinstance(meta, dict):
        raise InvalidInput('{where}: "meta" must be an object', where=where)
    meta = dict(meta)
    doc_id = task.get("id", meta.pop("id", None))
    title = task.get("title") or meta.pop("title", None)
    for key in ("_input_hash", "_task_hash", "answer", "_view_id", "_session_id"):
        if key in task and task[key] is not None:
            meta.setdefault(f"prodigy{key}" if key.startswith("_") else f"prodigy_{key}", task[key])
    return ExchangeDoc.from_record(
        doc_id=doc_id, text=body, spans=spans, meta=meta, title=title, line=lineno
    )


def _from_tokens(tokens: list, raw: dict, where: str | Message) -> tuple[Any, Any]:
    """A span's offsets from the tokens it names. An index is a token's place
    from the start: a negative one (Python's from the end) or a boolean names
    no token of the task."""
    indices = raw.get("token_start"), raw.get("token_end")
    try:
        if not all(type(i) is int and i >= 0 for i in indices):
            raise TypeError
        first, last = tokens[indices[0]], tokens[indices[1]]
        return first["start"], last["end"]
    except (IndexError, KeyError, TypeError):
        raise InvalidInput(
            "{where}: token_start/token_end do not name tokens of the task", where=where
        ) from None


# Read only: the `jsonl` export is Prodigy's span format (with attrs), which
# Prodigy's db-in takes as it is.
PRODIGY = Format("prodigy", "Prodigy span JSONL (ner_manual)", read=read_prodigy)
