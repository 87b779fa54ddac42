"""Label Studio tasks, checked with Label Studio's SDK (its labelling-config
parser and validators, and its converter) and read back by Biaozhu."""

from __future__ import annotations

import json

import pytest

from models.io.export import Selection, export_project
from tests.io.conftest import expected_spans, open_astral, round_trip


@pytest.fixture
def interface_and_tasks(gold, tmp_path):
    label_interface = pytest.importorskip(
        "label_studio_sdk.label_interface", reason="label-studio-sdk is in the test extra"
    )
    out = tmp_path / "tasks.json"
    report = export_project(gold, "label-studio", out)
    config = (tmp_path / "tasks.labeling_config.xml").read_text(encoding="utf-8")
    tasks = json.loads(out.read_text(encoding="utf-8"))
    return label_interface.LabelInterface(config), tasks, out, report


def test_tasks_pass_label_studios_validators(interface_and_tasks, reference):
    interface, tasks, _, report = interface_and_tasks
    assert [t["id"] for t in tasks] == list(range(1, len(reference) + 1))
    regions = 0
    for task in tasks:
        assert task["data"]["text"]
        [annotation] = task["annotations"]
        assert interface.validate_annotation(annotation)
        for i, region in enumerate(annotation["result"]):
            assert interface.validate_region(region, return_errors=True, region_index=i) == []
        regions += len(annotation["result"])
        for prediction in task.get("predictions", []):
            assert interface.validate_prediction(prediction, return_errors=True) == []
    assert regions == len(expected_spans(reference)) == report.spans


def test_one_prediction_per_task_from_the_ensemble(interface_and_tasks):
    _, tasks, _, _ = interface_and_tasks
    astral = next(t for t in tasks if t["data"]["doc_id"] == "astral")
    [prediction] = astral["predictions"]  # the one matching gold is not pending
    assert prediction["model_version"] == "company@2+metric@1"
    regions = {r["value"]["text"]: r for r in prediction["result"]}
    assert set(regions) == {"13.7%", "赣州"}
    assert regions["13.7%"]["score"] == 0.8 and regions["13.7%"]["meta"]["source"] == "metric@1"
    assert regions["赣州"]["meta"]["source"] == "company@2"
    text = astral["data"]["text"]  # offsets in code points, as Label Studio's editor counts
    for region in astral["annotations"][0]["result"] + prediction["result"]:
        v = region["value"]
        assert text[v["start"] : v["end"]] == v["text"]
    without = [t for t in tasks if t["data"]["doc_id"] != "astral"]
    assert all("predictions" not in t for t in without)


def test_label_studios_converter_reads_the_tasks(interface_and_tasks, tmp_path, reference):
    converter = pytest.importorskip("label_studio_sdk.converter")
    _, _, out, _ = interface_and_tasks
    config = (tmp_path / "tasks.labeling_config.xml").read_text(encoding="utf-8")
    convert = converter.Converter(
        config=config, project_dir=str(tmp_path), download_resources=False
    )
    convert.convert_to_json_min(str(out), str(tmp_path / "min"), is_dir=False)
    records = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in records] == [d["id"] for d in reference]
    assert sum(len(r.get("label", [])) for r in records) == len(expected_spans(reference))


def test_suggestions_alone_are_predictions(gold, tmp_path):
    out = tmp_path / "pending.json"
    open_astral(gold)
    export_project(gold, "label-studio", out, selection=Selection("suggestions", "gold"))
    [task] = json.loads(out.read_text(encoding="utf-8"))
    assert "annotations" not in task
    assert [r["value"]["text"] for r in task["predictions"][0]["result"]] == ["13.7%", "赣州"]


def test_label_studio_round_trip_keeps_ids_texts_offsets_labels_and_attributes(gold, tmp_path):
    before, after = round_trip(gold, "label-studio", tmp_path / "tasks.json")
    assert after == before


def test_the_model_is_named_after_the_suggestions_exported_only(gold, tmp_path):
    from models import Suggestion

    doc_id, _ = gold.add_document("新能源汽车产业政策出台。")  # not gold: not exported
    gold.store_suggestions(doc_id, [Suggestion(0, 5, "POLICY", "新能源汽车", 0.6, "policy", "9")])
    out = tmp_path / "tasks.json"
    export_project(gold, "label-studio", out)
    versions = {
        p["model_version"]
        for t in json.loads(out.read_text("utf-8"))
        for p in t.get("predictions", [])
    }
    assert versions == {"company@2+metric@1"}
