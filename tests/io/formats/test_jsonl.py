"""The exchange format, loaded by Hugging Face ``datasets``' JSON builder as
it is (its round trip is in test_registry)."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from models.io.export import export_project
from tests.io.conftest import cleaned_pdf_project, expected_spans, squeeze


def test_jsonl_loads_in_hugging_face_datasets(gold, tmp_path, reference):
    from datasets import load_dataset

    out = tmp_path / "out.jsonl"
    export_project(gold, "jsonl", out)
    data = load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf"))
    assert data["id"] == [d["id"] for d in reference]
    got = [
        (row["id"], s["start"], s["end"], s["label"], s["text"])
        for row in data
        for s in row["spans"]
    ]
    assert got == expected_spans(reference)
    values = [s["attrs"]["value"] for row in data for s in row["spans"] if s.get("attrs")]
    assert 93240000000.0 in values


def test_jsonl_carries_the_text_before_clean_and_reads_it_back(tmp_path, capsys):
    """A PDF imported with --clean travels with the text taken from the PDF and
    where each span sits in it (meta.original); a project importing the file
    keeps that original, so its own tables give the same original offsets."""
    path, _ = cleaned_pdf_project(tmp_path)
    out = tmp_path / "gold.jsonl"
    assert main(["export", str(path), "--format", "jsonl", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    pdf, plain = lines
    assert "original" not in plain["meta"]
    original = pdf["meta"]["original"]
    assert original["text"] != pdf["text"] and "\n" in original["text"]
    assert len(original["spans"]) == len(pdf["spans"]) == 3
    for span, (start, end) in zip(pdf["spans"], original["spans"], strict=True):
        assert squeeze(original["text"][start:end]) == squeeze(span["text"])
    copy = tmp_path / "copy.biaozhu"
    Project.create(copy, annotator="bob").close()
    assert main(["import", str(copy), str(out), "--annotator", "bob"]) == 0
    with Project.open(copy, annotator="bob") as project:
        doc_id = project.document_ids()[0]
        assert project.document_original(doc_id)[0] == original["text"]
        assert "original" not in project.document(doc_id).meta
    again = tmp_path / "again.jsonl"
    assert main(["export", str(copy), "--format", "jsonl", "--out", str(again)]) == 0
    first = json.loads(again.read_text(encoding="utf-8").splitlines()[0])
    assert first["meta"]["original"] == original


MIXED = [
    {
        "id": "a",
        "text": "营收932.4亿元。",
        "spans": [{"start": 2, "end": 9, "label": "METRIC", "attrs": {"value": 93240000000.0}}],
        "meta": {"page": 3, "desk": "财经"},
    },
    {
        "id": "b",
        "text": "营收约一成。",
        "spans": [{"start": 2, "end": 5, "label": "METRIC", "attrs": {"value": "约一成"}}],
        "meta": {"page": "iv", "desk": "财经"},
    },
    {
        "id": "c",
        "text": "营收增长10%。",
        "spans": [{"start": 4, "end": 7, "label": "METRIC", "attrs": {"value": 10, "unit": "%"}}],
        "meta": {"desk": "地方"},
    },
]


def mixed_project(tmp_path):
    from models.io.importers import ImportOptions, import_paths

    source = tmp_path / "mixed.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in MIXED), encoding="utf-8"
    )
    path = tmp_path / "mixed.biaozhu"
    with Project.create(path, annotator="gold") as project:
        assert import_paths(project, [source], ImportOptions(annotator="gold")).failed == []
    return path


def test_values_of_mixed_types_under_one_key_load_with_one_type(tmp_path):
    """`datasets` 4's JSON builder (pyarrow's JSON reader) refuses a column that
    is a number in one record and a string in another; such a key is written as
    JSON text in every record (named in meta.json_text), so each key has one
    type, and Biaozhu reads the values back as they were."""
    import pyarrow as pa
    import pyarrow.json
    from datasets import load_dataset

    from models.io.importers import ImportOptions, import_paths

    project_path = mixed_project(tmp_path)
    out = tmp_path / "mixed-out.jsonl"
    with Project.open(project_path, readonly=True) as project:
        report = export_project(project, "jsonl", out)
    assert report.notes["jsonl_keys_as_json_text"] == 2
    table = pyarrow.json.read_json(out)  # what datasets 4's JSON builder reads it with
    attrs = table.schema.field("spans").type.value_type.field("attrs").type
    meta = table.schema.field("meta").type
    assert attrs.field("value").type == attrs.field("unit").type == pa.string()
    assert meta.field("page").type == meta.field("desk").type == pa.string()
    # datasets 5 loads it too (keys that come and go as its Json feature)
    data = load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf"))
    values = [json.loads(row["spans"][0]["attrs"]["value"]) for row in data]
    assert values == [93240000000.0, "约一成", 10]
    assert [row["meta"].get("page") for row in data] == ["3", '"iv"', None]
    assert data[0]["meta"]["json_text"] == {"attrs": ["value"], "meta": ["page"]}
    again = tmp_path / "again.biaozhu"
    with Project.create(again, annotator="gold") as project:
        assert import_paths(project, [out], ImportOptions(annotator="gold")).failed == []
        got = [
            (project.annotations(d, "gold")[0].attrs, project.document(d).meta.get("page"))
            for d in project.document_ids()
        ]
        assert got == [
            ({"value": 93240000000.0}, 3),
            ({"value": "约一成"}, "iv"),
            ({"value": 10, "unit": "%"}, None),
        ]
        assert "json_text" not in project.document("a").meta


def test_a_key_of_one_type_is_written_as_it_is(gold, tmp_path):
    out = tmp_path / "gold.jsonl"
    report = export_project(gold, "jsonl", out)
    assert "jsonl_keys_as_json_text" not in report.notes
    assert all("json_text" not in json.loads(line)["meta"] for line in out.open(encoding="utf-8"))
