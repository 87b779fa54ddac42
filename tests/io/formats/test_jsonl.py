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
