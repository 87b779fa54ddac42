"""An export says what its format cannot keep of what it writes (review3,
7 December 2026).

An ML engineer's round: news-train imported (each article's source URL in
its metadata), METRIC spans given their indicator, value and unit, exported
in every format and imported back. Spans, labels and statuses came back from
every importable format, attributes from all but CoNLL; but the articles'
metadata came back only from jsonl, and CoNLL left every span's attributes
out, and neither export said so (the README's table does, which the export's
summary and manifest are meant to spare a reader). Each export now says, in
one line each and in its manifest's notes, how many documents' metadata and
how many spans' attributes its format has no place for, naming the keys."""

from __future__ import annotations

import json

import pytest

from models import Project
from models.io.export.run import export_project
from models.io.importers import ImportOptions, import_paths
from tests.conftest import shared_path


@pytest.fixture()
def project(tmp_path):
    """news-train's first 5 articles as alice's gold (metadata: url), one
    METRIC span of each with attributes."""
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    src = tmp_path / "train5.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        import_paths(p, [src], ImportOptions(annotator="alice"))
        for doc in p.document_ids():
            metric = next(a for a in p.annotations(doc, "alice") if a.label == "METRIC")
            p.set_span_attrs(metric.id, {"indicator": "投资", "value": 1.0, "unit": "元"})
    return path


def notes(report) -> list[str]:
    return report.note_lines()


def one(lines: list[str], word: str) -> str:
    found = [line for line in lines if word in line]
    assert len(found) == 1, lines
    return found[0]


def test_conll_says_it_leaves_out_attributes_and_metadata(project, tmp_path):
    with Project.open(project, readonly=True) as p:
        report = export_project(p, "conll", tmp_path / "a.conll")
    lines = notes(report)
    attrs = one(lines, "attributes")
    assert attrs.startswith("5 spans' attributes (indicator, unit, value)"), attrs
    assert "not in the file" in attrs and "jsonl" in attrs
    meta = one(lines, "metadata")
    assert meta.startswith("5 documents' metadata (url)") and "jsonl" in meta, meta
    manifest = json.loads((tmp_path / "a.conll.manifest.json").read_text("utf-8"))
    assert manifest["notes"]["attributes_left_out"] == 5
    assert manifest["notes"]["metadata_left_out"] == 5


@pytest.mark.parametrize("fmt", ["hf", "spacy", "doccano", "label-studio", "brat"])
def test_formats_with_attributes_say_only_the_metadata(project, tmp_path, fmt):
    out = tmp_path / (
        "out" + {"spacy": ".spacy", "doccano": ".jsonl", "label-studio": ".json"}.get(fmt, "")
    )
    with Project.open(project, readonly=True) as p:
        report = export_project(p, fmt, out)
    lines = notes(report)
    assert not [line for line in lines if "attributes (" in line], lines
    assert one(lines, "metadata").startswith("5 documents' metadata (url)")


def test_jsonl_keeps_both_and_says_nothing(project, tmp_path):
    with Project.open(project, readonly=True) as p:
        report = export_project(p, "jsonl", tmp_path / "a.jsonl")
    assert not [line for line in notes(report) if "metadata" in line or "attributes" in line]
    assert "metadata_left_out" not in report.notes
