"""Nested and overlapping spans (a project with --allow-overlap) in every
format: those that hold them write them all; IOB2 (CoNLL, hf's ner_tags)
cannot, and says so, keeping the ones it leaves out where they come back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before datasets is imported

from models import Project  # noqa: E402
from models.io.export import export_project  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402

TEXT = "抚州高新区比亚迪汽车工业有限公司营收932.4亿元。\n𠮷野家集团增长13.7%。"
SPANS = [
    ("抚州高新区", "POLICY"),
    ("比亚迪汽车工业有限公司", "COMPANY"),
    ("比亚迪", "COMPANY"),  # nested in the name
    ("汽车工业", "POLICY"),  # nested, another label
    ("932.4亿元", "METRIC"),
    ("𠮷野家集团", "COMPANY"),
    ("集团增长", "POLICY"),  # crosses the end of the name
    ("13.7%", "METRIC"),
]


def overlapping(path: Path) -> Path:
    with Project.create(path, annotator="gold", allow_overlap=True) as project:
        project.add_document(TEXT, doc_id="d1")
        project.add_document("没有任何名称的一篇。", doc_id="d2")  # no spans at all
        for surface, label in SPANS:
            start = TEXT.index(surface)
            project.add_span("d1", start, start + len(surface), label)
        project.set_status("d1", "done")
        project.set_status("d2", "done")
    return path


def spans_of(project: Project) -> dict[str, list[tuple[int, int, str, str]]]:
    return {
        doc_id: sorted((a.start, a.end, a.label, a.text) for a in project.annotations(doc_id, who))
        for doc_id, who in project.gold_layers()
    }


@pytest.fixture(scope="module")
def project_path(tmp_path_factory) -> Path:
    return overlapping(tmp_path_factory.mktemp("overlap") / "o.biaozhu")


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("jsonl", "o.jsonl"),
        ("doccano", "o.doccano.jsonl"),
        ("label-studio", "o.json"),
        ("brat", "brat"),
        ("spacy", "o.spacy"),
        ("hf", "hf"),
        ("conll", "o.conll"),
    ],
)
def test_every_overlapping_span_comes_back(project_path, tmp_path, fmt, name):
    out = tmp_path / name
    with Project.open(project_path, readonly=True) as project:
        before = spans_of(project)
        export_project(project, fmt, out)
    assert len(before["d1"]) == len(SPANS) and before["d2"] == []
    again = tmp_path / "again.biaozhu"
    with Project.create(again, annotator="gold", allow_overlap=True) as new:
        assert import_paths(new, [out], ImportOptions(fmt=fmt, annotator="gold")).failed == []
        assert spans_of(new) == before


def test_conll_names_the_spans_iob2_leaves_out_in_its_manifest(project_path, tmp_path):
    out = tmp_path / "o.conll"
    with Project.open(project_path, readonly=True) as project:
        report = export_project(project, "conll", out)
    manifest = json.loads((tmp_path / "o.conll.manifest.json").read_text(encoding="utf-8"))
    left_out = manifest["conll"]["left_out"]
    assert sorted(tuple(s) for s in left_out["d1"]) == sorted(
        (TEXT.index(t), TEXT.index(t) + len(t), label)
        for t, label in [("比亚迪", "COMPANY"), ("汽车工业", "POLICY"), ("集团增长", "POLICY")]
    )
    assert "d2" not in left_out
    assert report.notes["conll_overlapping_spans_left_out"] == 3
    # the tags hold the longest of each overlap
    assert "比\tB-COMPANY\n亚\tI-COMPANY\n迪\tI-COMPANY\n汽\tI-COMPANY" in out.read_text("utf-8")


def test_hf_tags_the_longest_and_keeps_every_span_in_its_spans_column(project_path, tmp_path):
    from datasets import load_from_disk

    out = tmp_path / "hf"
    with Project.open(project_path, readonly=True) as project:
        report = export_project(project, "hf", out)
    assert report.notes["hf_overlapping_spans_not_tagged"] == 3
    data = load_from_disk(str(out))
    [row] = [r for split in data.values() for r in split if r["id"] == "d1"]
    assert len(row["spans"]) == len(SPANS)
    names = data[next(iter(data))].features["ner_tags"].feature.names
    tags = [names[t] for t in row["ner_tags"]]
    start = TEXT.index("比亚迪汽车工业有限公司")
    assert tags[start : start + 2] == ["B-COMPANY", "I-COMPANY"]
