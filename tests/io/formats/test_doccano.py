"""doccano JSONL: spans in the object form doccano imports, loadable by
Hugging Face ``datasets`` as it is, and read back by Biaozhu."""

from __future__ import annotations

import json

from models.io.export import export_project
from tests.io.conftest import expected_spans, round_trip


def test_doccano_jsonl_loads_in_datasets_with_its_attributes(gold, tmp_path, reference):
    from datasets import load_dataset

    out = tmp_path / "doccano.jsonl"
    export_project(gold, "doccano", out)
    data = load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf"))
    assert data["id"] == [d["id"] for d in reference]
    spans = [s for row in data["label"] for s in row]
    assert len(spans) == len(expected_spans(reference))
    metric = next(s for s in spans if (s.get("attrs") or {}).get("value") == 93240000000.0)
    assert metric["attrs"]["unit"] == "元"
    astral = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert astral["label"][1] == {  # UTF-16 offsets, as doccano's browser counts: 𠮷 is two
        "start_offset": 8,
        "end_offset": 15,
        "label": "METRIC",
        "attrs": {"indicator": "营收", "value": 93240000000.0, "unit": "元", "approx": ""},
    }


def test_doccano_round_trip_keeps_ids_texts_offsets_labels_and_attributes(gold, tmp_path):
    before, after = round_trip(gold, "doccano", tmp_path / "doccano.jsonl")
    assert after == before
