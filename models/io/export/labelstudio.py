"""Label Studio task list (JSON), ready for Label Studio's import.

Each task: ``{"data": {"text", "doc_id", "title"}, "annotations": [{"result":
[region…], "ground_truth"}], "predictions": [{"model_version", "score",
"result": [region…]}], "meta": {"annotator"}}`` with regions
``{"id", "from_name": "label", "to_name": "text", "type": "labels", "value":
{"start", "end", "text", "labels": [LABEL]}}``. The gold is the annotation;
suggestions still pending for the same annotator are the predictions, one per
source and version, each region with its score. Span attributes travel in the
region's ``meta.text`` as a JSON object. Offsets are UTF-16 units, as Label
Studio's browser counts. The manifest carries the labelling config that
matches ``from_name``/``to_name``."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from models.io.export.base import Context, Writer, writer
from models.io.export.select import ExportDoc, ExportSpan
from models.io.formats._common import cp_to_utf16, has_astral

FROM_NAME, TO_NAME = "label", "text"


def label_config(context: Context) -> str:
    items = "\n".join(
        f"    <Label value={quoteattr(lab.name)} background={quoteattr(lab.colour)}/>"
        for lab in context.labels
    )
    return (
        f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{items}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text"/>\n</View>'
    )


@writer
class LabelStudioWriter(Writer):
    name = "label-studio"
    extension = ".json"
    offsets = "UTF-16 code units"
    wants_predictions = True
    description = "Label Studio tasks: gold as annotations, pending suggestions as predictions"

    def __init__(self, path: Path, context: Context):
        super().__init__(path, context)
        self.fh = path.open("w", encoding="utf-8", newline="\n")
        self.fh.write("[")
        self.count = 0

    def add(self, doc: ExportDoc) -> None:
        table = cp_to_utf16(doc.text) if has_astral(doc.text) else None
        task: dict[str, Any] = {
            "data": {"text": doc.text, "doc_id": doc.id, "title": doc.title},
        }
        suggestions_only = self.context.selection.kind == "suggestions"
        if not suggestions_only:
            result = [self.region(s, f"g{i}", table) for i, s in enumerate(doc.spans)]
            task["annotations"] = [
                {
                    "result": result,
                    "ground_truth": self.context.selection.kind == "gold",
                    "was_cancelled": False,
                }
            ]
        pending = doc.spans if suggestions_only else doc.predictions
        if pending:
            task["predictions"] = self.predictions(pending, table)
        if doc.annotator:
            task["meta"] = {"annotator": doc.annotator}
        self.fh.write(("\n" if not self.count else ",\n") + json.dumps(task, ensure_ascii=False))
        self.count += 1

    def predictions(self, spans: list[ExportSpan], table: list[int] | None) -> list[dict[str, Any]]:
        groups: dict[str, list[ExportSpan]] = defaultdict(list)
        for s in spans:
            version = "@".join(p for p in (s.source, s.version) if p) or "biaozhu"
            groups[version].append(s)
        out = []
        number = 0  # region ids are distinct within the task
        for version, members in groups.items():
            out.append(
                {
                    "model_version": version,
                    "score": round(sum(s.score or 0.0 for s in members) / len(members), 6),
                    "result": [
                        self.region(s, f"p{number + i}", table) for i, s in enumerate(members)
                    ],
                }
            )
            number += len(members)
        return out

    def region(self, s: ExportSpan, ident: str, table: list[int] | None) -> dict[str, Any]:
        start, end = (table[s.start], table[s.end]) if table else (s.start, s.end)
        region: dict[str, Any] = {
            "id": ident,
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": start, "end": end, "text": s.text, "labels": [s.label]},
        }
        if s.score is not None:
            region["score"] = s.score
        if s.attrs_json != "{}":
            region["meta"] = {"text": [s.attrs_json]}
        return region

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "]\n")
        self.fh.close()

    @classmethod
    def manifest_extra(cls, context: Context) -> dict[str, Any]:
        return {"label_studio_config": label_config(context)}
