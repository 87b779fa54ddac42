"""Label Studio JSON: a task list, read (as Label Studio exports it, JSON-MIN
too) and written (as Label Studio imports it).

Reading:

A task is ``{"data": {"text": …}, "annotations": [{"result": [...]}],
"predictions": [...]}``; a result region of type ``labels`` is
``{"value": {"start", "end", "text", "labels": [...]}}``. The annotation
taken as gold is the one marked ``ground_truth``, else the last one not
cancelled; predictions are machine output and are not imported as gold.
Offsets are code points, as Label Studio's editor counts them (its own test
web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts); tasks of the
versions that counted the browser's UTF-16 units (label-studio#1347, 2021) are read
too, where only that count fits the regions' texts. A region's ``text``
holds each line break as the two characters ``\\n``, as the editor writes
it. A region's ``meta.text`` holding a JSON object (as Biaozhu writes span
attributes) becomes the span's attrs. A result of type ``relation`` (a link
between two regions) is not kept: counted, and the import says so. A task's ``meta.status`` (how far the
exported layer's annotator got, as Biaozhu writes it) is kept, unless
``--status`` is given."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from models.domain import STATUSES
from models.errors import InvalidInput, Message
from models.io.decode import decode_file
from models.io.format import Format, WriteContext, Writer
from models.io.jsonlines import text_lines
from models.io.jsontext import NotJson, load_json, shown_keys
from models.io.model import (
    LABELLED,
    ExchangeDoc,
    ExportDoc,
    ExportSpan,
    left_out_meta,
    status_meta,
)
from models.io.offsets import spans_from_js

REGION_TYPES = ("labels", "hypertextlabels")


def read_label_studio(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    raw, _ = decode_file(path, scan=False, encoding=options.get("encoding"))
    raw = raw.lstrip("\ufeff")
    try:
        data = load_json(raw, str(path))
    except NotJson as exc:
        # a JSONL file of tasks is accepted as well
        try:
            lines = enumerate(text_lines(raw), 1)
            data = [load_json(line, f"{path}:{n}") for n, line in lines if line.strip()]
        except NotJson:
            raise exc from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InvalidInput("{path}: expected a list of Label Studio tasks", path=path)
    for i, task in enumerate(data):
        where = Message("{path}: task {task}", path=path, task=i)
        if not isinstance(task, dict):
            raise InvalidInput("{where}: a task must be an object", where=where)
        yield parse_task(task, where, i + 1)


def _task_text(task: dict[str, Any], where: str | Message) -> tuple[str, dict[str, Any]]:
    data = task.get("data")
    if data is None and isinstance(task.get("text"), str):  # JSON-MIN
        data = {k: v for k, v in task.items() if k not in ("label", "annotator", "id")}
    if data is None:  # a list of articles, not tasks: a .json file is read as Label Studio's
        keys = shown_keys(task)
        raise InvalidInput(
            '{where}: not a Label Studio task (no "data" object; its keys: {keys}); a .json file is read as Label Studio tasks: write articles as JSON lines of {{"text": …}} (.jsonl)',
            where=where,
            keys=keys,
        )
    if not isinstance(data, dict):
        raise InvalidInput('{where}: no "data" object with the text', where=where)
    text = data.get("text")
    if not isinstance(text, str):
        text = _longest_field(data)
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("{where}: the task has no text", where=where)
    return text, data


def _longest_field(data: dict[str, Any]) -> str | None:
    """The text of a task whose config names its field otherwise ($article):
    the longest string of the data that is not its id or title (its first
    string was often the id or a URL, taken as the document's text)."""
    fields = [
        v
        for k, v in data.items()
        if k not in ("doc_id", "id", "title") and isinstance(v, str) and v.strip()
    ]
    return max(fields, key=len, default=None)


def _gold_annotation(task: dict[str, Any], where: str | Message) -> list[dict[str, Any]] | None:
    """The regions of the annotation taken as gold; None when the task has no
    annotation (an empty list: annotated, nothing to mark)."""
    if "annotations" not in task and isinstance(task.get("label"), list):  # JSON-MIN
        return [
            {"type": "labels", "value": item} for item in task["label"] if isinstance(item, dict)
        ]
    annotations = task.get("annotations") or task.get("completions") or []
    if not isinstance(annotations, list):
        raise InvalidInput('{where}: "annotations" must be a list', where=where)
    kept = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    if not kept:
        return None
    chosen = next((a for a in kept if a.get("ground_truth")), kept[-1])
    result = chosen.get("result") or []
    if not isinstance(result, list):
        raise InvalidInput('{where}: an annotation\'s "result" must be a list', where=where)
    return result


def _attrs(region: dict[str, Any], where: str | Message) -> dict[str, Any]:
    meta = region.get("meta")
    notes = meta.get("text") if isinstance(meta, dict) else None
    if isinstance(notes, list) and notes and isinstance(notes[0], str):
        try:
            parsed = load_json(notes[0], Message("{where}: a region's meta.text", where=where))
        except NotJson:
            return {"note": "\n".join(n for n in notes if isinstance(n, str))}
        return parsed if isinstance(parsed, dict) else {"note": notes[0]}
    return {}


def _prediction_regions(task: dict[str, Any]) -> int:
    """The labelled regions of a task's predictions (machine output, never
    gold), which the import leaves out and counts."""
    predictions = task.get("predictions")
    if not isinstance(predictions, list):
        return 0
    return sum(
        1
        for prediction in predictions
        if isinstance(prediction, dict) and isinstance(prediction.get("result"), list)
        for region in prediction["result"]
        if isinstance(region, dict) and region.get("type", "labels") in REGION_TYPES
    )


LINE_BREAK = re.compile("[\n\r]")


def shown_text(text: str) -> str:
    """A region's text as Label Studio's editor writes it: each \\n or \\r as
    the two characters \\ and n (captureSelection in its selection tools)."""
    return LINE_BREAK.sub(r"\\n", text)


def parse_task(task: dict[str, Any], where: str | Message, number: int) -> ExchangeDoc:
    text, data = _task_text(task, where)
    raw = []
    relations = others = 0
    gold = _gold_annotation(task, where)
    for region in gold or []:
        if not isinstance(region, dict):
            raise InvalidInput("{where}: a result region must be an object", where=where)
        if region.get("type") == "relation":  # a link between two regions: not kept
            relations += 1
            continue
        if region.get("type", "labels") not in REGION_TYPES:
            others += 1  # a choice, a text area, a rating: no span keeps it
            continue
        value = region.get("value")
        if not isinstance(value, dict):
            raise InvalidInput('{where}: a region without a "value"', where=where)
        labels = value.get("labels") or value.get("hypertextlabels") or []
        if not isinstance(labels, list):
            # one name; anything else (a number, an object) is refused as a
            # label by make_span, not iterated (an object's keys are no labels)
            labels = [labels]
        surface = value.get("text")
        for label in labels:
            raw.append(
                (
                    value.get("start"),
                    value.get("end"),
                    label,
                    surface if isinstance(surface, str) else None,
                    _attrs(region, where),
                )
            )
    spans = spans_from_js(text, raw, where, code_points_first=True, shown=shown_text)
    doc_id = data.get("doc_id") or data.get("id") or task.get("id")
    title = data.get("title")
    # the field the text came from (``text``, or the project's own name for
    # it: ``content``…) is the text, not metadata beside it
    taken = ("text", "doc_id", "id", "title")
    meta = {k: v for k, v in data.items() if k not in taken and v is not text}
    if isinstance(task.get("meta"), dict):
        meta.update(task["meta"])
    if meta.get("status") in STATUSES:  # how far the annotator got, as our export says
        meta = status_meta(meta, meta.pop("status"))
    meta = left_out_meta(
        meta,
        relations=relations,
        predictions=_prediction_regions(task),
        other_results=others,
    )
    if gold is not None:  # annotated, its negatives too: gold, as in any labelled file
        meta[LABELLED] = True
    return ExchangeDoc.from_record(
        doc_id=doc_id, text=text, spans=spans, meta=meta, title=title, line=number
    )


# -- writing -------------------------------------------------------------------------------
# Each task: {"id": N, "data": {"text", "doc_id", "title"}, "annotations": [the
# gold], "predictions": [the pending suggestions]}. Label Studio pre-labels
# with one model version, so all suggestions form one prediction per task,
# named after the ensemble (every source@version the export holds, joined by
# "+", the same in every task); each region keeps its own score, and its
# source in its meta. Span attributes travel in a region's meta.text as a
# JSON object. The labelling config that matches from_name/to_name is
# written beside the tasks (labeling_config.xml) and in the manifest.

FROM_NAME, TO_NAME = "label", "text"
CONFIG_NAME = "labeling_config.xml"


def label_config(context: WriteContext) -> str:
    items = "\n".join(
        f"    <Label value={quoteattr(lab.name)} background={quoteattr(lab.colour)}/>"
        for lab in context.labels
    )
    return (
        f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{items}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text"/>\n</View>\n'
    )


class LabelStudioWriter(Writer):
    extension = ".json"
    wants_predictions = True
    sidecar_names = (CONFIG_NAME,)

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.fh.write("[")
        self.count = 0
        self.model_version = "+".join(context.suggesters) or "biaozhu"

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        self.count += 1
        task: dict[str, Any] = {
            "id": self.count,
            "data": {"text": doc.text, "doc_id": doc.id, "title": doc.title},
        }
        suggestions_only = self.context.selection.kind == "suggestions"
        if not suggestions_only:
            result = [self.region(s, f"g{i}") for i, s in enumerate(doc.spans)]
            task["annotations"] = [
                {
                    "id": self.count,
                    "result": result,
                    "ground_truth": self.context.selection.kind == "gold",
                    "was_cancelled": False,
                }
            ]
        pending = doc.spans if suggestions_only else doc.predictions
        if pending:
            task["predictions"] = [self.prediction(pending)]
        if doc.annotator:
            task["meta"] = {"annotator": doc.annotator}
            if doc.status:
                task["meta"]["status"] = doc.status
        self.fh.write(("\n" if self.count == 1 else ",\n") + json.dumps(task, ensure_ascii=False))
        return doc.spans

    def prediction(self, spans: list[ExportSpan]) -> dict[str, Any]:
        """The ensemble's suggestions for one task, as one prediction."""
        result = [self.region(s, f"p{i}") for i, s in enumerate(spans)]
        scores = [r["score"] for r in result]
        return {
            "model_version": self.model_version,
            "score": round(sum(scores) / len(scores), 6),
            "result": result,
        }

    def region(self, s: ExportSpan, ident: str) -> dict[str, Any]:
        region: dict[str, Any] = {
            "id": ident,
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]},
        }
        meta: dict[str, Any] = {}
        if s.score is not None:
            score = min(max(float(s.score), 0.0), 1.0)  # Label Studio takes 0..1 only
            if score != s.score:
                self.context.notes["label_studio_scores_clipped"] += 1
            region["score"] = score
            meta["source"] = f"{s.source}@{s.version}" if s.version else s.source
        if s.attrs_json != "{}":
            meta["text"] = [s.attrs_json]
        if meta:
            region["meta"] = meta
        return region

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "]\n")
        self.fh.close()

    def sidecars(self) -> dict[str, str]:
        return {CONFIG_NAME: label_config(self.context)}

    def manifest_extra(self) -> dict[str, Any]:
        return {
            "label_studio": {
                "config": label_config(self.context),
                "model_version": self.model_version,
            }
        }


LABEL_STUDIO = Format(
    "label-studio",
    "Label Studio tasks: gold as annotations, pending suggestions as predictions",
    read=read_label_studio,
    writer=LabelStudioWriter,
    extensions=(".json",),
    writes=(".xml",),  # NAME.labeling_config.xml beside the tasks
)
