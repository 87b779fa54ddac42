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


def test_doccano_attributes_of_mixed_types_load_with_one_type_and_read_back(tmp_path):
    """pyarrow's JSON reader (``datasets`` 4's JSON builder) refuses a span
    attribute that is a number in one record and a text in another: such an
    attribute is written as JSON text in every record (named in the record's
    ``json_text``), and Biaozhu reads the values back as they were."""
    import pyarrow as pa
    import pyarrow.json
    from datasets import load_dataset

    from models import Project
    from models.io.importers import ImportOptions, import_paths
    from tests.io.formats.test_jsonl import mixed_project

    out = tmp_path / "mixed.doccano.jsonl"
    with Project.open(mixed_project(tmp_path), readonly=True) as project:
        report = export_project(project, "doccano", out)
    assert report.notes["doccano_attrs_as_json_text"] == 1
    table = pyarrow.json.read_json(out)  # what datasets 4's JSON builder reads it with
    attrs = table.schema.field("label").type.value_type.field("attrs").type
    assert attrs.field("value").type == pa.string()
    assert attrs.field("unit").type == pa.string()  # one type throughout: as it was
    data = load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "hf"))
    assert [json.loads(row["label"][0]["attrs"]["value"]) for row in data] == [
        93240000000.0,
        "约一成",
        10,
    ]
    assert data[0]["json_text"] == {"attrs": ["value"]}
    assert data[2]["label"][0]["attrs"]["unit"] == "%"
    again = tmp_path / "again.biaozhu"
    with Project.create(again, annotator="gold") as project:
        options = ImportOptions(annotator="gold", fmt="doccano")
        assert import_paths(project, [out], options).failed == []
        got = [project.annotations(d, "gold")[0].attrs for d in project.document_ids()]
        assert got == [{"value": 93240000000.0}, {"value": "约一成"}, {"value": 10, "unit": "%"}]
        assert all("json_text" not in project.document(d).meta for d in project.document_ids())


def test_doccano_attributes_of_one_type_are_written_as_they_are(gold, tmp_path):
    out = tmp_path / "gold.doccano.jsonl"
    report = export_project(gold, "doccano", out)
    assert "doccano_attrs_as_json_text" not in report.notes
    assert all("json_text" not in json.loads(line) for line in out.open(encoding="utf-8"))
