"""Label Studio JSON (a task list, as exported or imported; JSON-MIN too).

A task is ``{"data": {"text": …}, "annotations": [{"result": [...]}],
"predictions": [...]}``; a result region of type ``labels`` is
``{"value": {"start", "end", "text", "labels": [...]}}``. The annotation
taken as gold is the one marked ``ground_truth``, else the last one not
cancelled; predictions are machine output and are not imported as gold.
Offsets are the browser's UTF-16 units (the same as code points unless the
text has characters outside the BMP). A region's ``meta.text`` holding a
JSON object (as Biaozhu writes span attributes) becomes the span's attrs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.decode import decode_file
from models.io.exchange import ExchangeDoc
from models.io.formats._common import register_format, spans_from_js

REGION_TYPES = ("labels", "hypertextlabels")


def read_label_studio(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    raw, _ = decode_file(path)
    raw = raw.lstrip("\ufeff")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        # a JSONL file of tasks is accepted as well
        try:
            data = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError:
            raise InvalidInput(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InvalidInput(f"{path}: expected a list of Label Studio tasks")
    for i, task in enumerate(data):
        where = f"{path}: task {i}"
        if not isinstance(task, dict):
            raise InvalidInput(f"{where}: a task must be an object")
        yield parse_task(task, where, i + 1)


def _task_text(task: dict[str, Any], where: str) -> tuple[str, dict[str, Any]]:
    data = task.get("data")
    if data is None and isinstance(task.get("text"), str):  # JSON-MIN
        data = {k: v for k, v in task.items() if k not in ("label", "annotator", "id")}
    if not isinstance(data, dict):
        raise InvalidInput(f'{where}: no "data" object with the text')
    text = data.get("text")
    if not isinstance(text, str):
        text = next((v for v in data.values() if isinstance(v, str) and v.strip()), None)
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput(f"{where}: the task has no text")
    return text, data


def _gold_annotation(task: dict[str, Any], where: str) -> list[dict[str, Any]]:
    if "annotations" not in task and isinstance(task.get("label"), list):  # JSON-MIN
        return [
            {"type": "labels", "value": item} for item in task["label"] if isinstance(item, dict)
        ]
    annotations = task.get("annotations") or task.get("completions") or []
    if not isinstance(annotations, list):
        raise InvalidInput(f'{where}: "annotations" must be a list')
    kept = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    if not kept:
        return []
    chosen = next((a for a in kept if a.get("ground_truth")), kept[-1])
    result = chosen.get("result") or []
    if not isinstance(result, list):
        raise InvalidInput(f'{where}: an annotation\'s "result" must be a list')
    return result


def _attrs(region: dict[str, Any]) -> dict[str, Any]:
    meta = region.get("meta")
    notes = meta.get("text") if isinstance(meta, dict) else None
    if isinstance(notes, list) and notes and isinstance(notes[0], str):
        try:
            parsed = json.loads(notes[0])
        except json.JSONDecodeError:
            return {"note": "\n".join(n for n in notes if isinstance(n, str))}
        return parsed if isinstance(parsed, dict) else {"note": notes[0]}
    return {}


def parse_task(task: dict[str, Any], where: str, number: int) -> ExchangeDoc:
    text, data = _task_text(task, where)
    raw = []
    for region in _gold_annotation(task, where):
        if not isinstance(region, dict):
            raise InvalidInput(f"{where}: a result region must be an object")
        if region.get("type", "labels") not in REGION_TYPES:
            continue
        value = region.get("value")
        if not isinstance(value, dict):
            raise InvalidInput(f'{where}: a region without a "value"')
        labels = value.get("labels") or value.get("hypertextlabels") or []
        if isinstance(labels, str):
            labels = [labels]
        surface = value.get("text")
        for label in labels:
            raw.append(
                (
                    value.get("start"),
                    value.get("end"),
                    label,
                    surface if isinstance(surface, str) else None,
                    _attrs(region),
                )
            )
    spans = spans_from_js(text, raw, where)
    doc_id = data.get("doc_id") or data.get("id") or task.get("id")
    title = data.get("title")
    meta = {k: v for k, v in data.items() if k not in ("text", "doc_id", "id", "title")}
    if isinstance(task.get("meta"), dict):
        meta.update(task["meta"])
    return ExchangeDoc(
        None if doc_id is None else str(doc_id),
        text,
        spans,
        meta,
        title if isinstance(title, str) else None,
        number,
    )


register_format("label-studio", read_label_studio, ".json")
