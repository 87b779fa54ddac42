"""The exchange format, loaded by Hugging Face ``datasets``' JSON builder as
it is (its round trip is in test_registry)."""

from __future__ import annotations

from models.io.export import export_project
from tests.io.conftest import expected_spans


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
