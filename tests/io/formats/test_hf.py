"""The ``hf`` export: a DatasetDict that ``datasets.load_from_disk`` loads as
it is, a small token classifier trains on, and Biaozhu reads back."""

from __future__ import annotations

import pytest

from models.io.export import export_project
from tests.io.conftest import expected_spans, open_astral, round_trip

datasets = pytest.importorskip("datasets", reason="datasets is in the test extra")


@pytest.fixture
def dataset(gold, tmp_path):
    out = tmp_path / "hf"
    report = export_project(gold, "hf", out, split="4:1:1", seed=2)
    return datasets.load_from_disk(str(out)), out, report


def test_load_from_disk_gives_splits_tokens_and_class_labels(dataset, reference):
    data, out, report = dataset
    assert set(data) == {"train", "validation", "test"}
    tags = data["train"].features["ner_tags"].feature
    assert isinstance(tags, datasets.ClassLabel)
    assert tags.names[:3] == ["O", "B-METRIC", "I-METRIC"]
    rows = [row for split in data.values() for row in split]
    assert sorted(r["id"] for r in rows) == sorted(d["id"] for d in reference)
    for row in rows:
        assert len(row["tokens"]) == len(row["ner_tags"]) == len(row["token_starts"])
        assert all(
            row["text"][a : a + len(t)] == t
            for a, t in zip(row["token_starts"], row["tokens"], strict=True)
        )
        for span in row["spans"]:
            assert row["text"][span["start"] : span["end"]] == span["text"]
            first = row["token_starts"].index(span["start"])
            assert tags.int2str(row["ner_tags"][first]) == f"B-{span['label']}"
    assert sum(len(r["spans"]) for r in rows) == len(expected_spans(reference)) == report.spans
    metric = next(s for r in rows for s in r["spans"] if s["attrs"]["value"] == 93240000000.0)
    assert metric["attrs"]["unit"] == "元" and metric["attrs"]["approx"] == ""
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "token-classification" in card and "`METRIC`" in card


def test_a_token_classifier_learns_from_it(dataset):
    """A few passes of a linear model over character windows: the tags are
    learnable as they are (no torch, no download)."""
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import SGDClassifier

    data, _, _ = dataset

    def windows(split):
        features, labels = [], []
        for row in split:
            tokens = row["tokens"]
            for i, tag in enumerate(row["ner_tags"]):
                features.append(
                    {f"c{d}": tokens[i + d] for d in (-2, -1, 0, 1, 2) if 0 <= i + d < len(tokens)}
                )
                labels.append(tag)
        return features, labels

    x, y = windows(data["train"])
    vectorizer = FeatureHasher(n_features=2**15, input_type="dict")
    model = SGDClassifier(max_iter=5, tol=None, random_state=0).fit(vectorizer.transform(x), y)
    tx, ty = windows(data["test"])
    predicted = model.predict(vectorizer.transform(tx))
    entity = [(p, t) for p, t in zip(predicted, ty, strict=True) if t]
    recall = sum(p == t for p, t in entity) / len(entity)
    assert recall > 0.3, recall  # all-O would score 0


def test_jieba_words_as_tokens(gold, tmp_path):
    out = tmp_path / "words"
    report = export_project(gold, "hf", out, options={"segmenter": "jieba"})
    data = datasets.load_from_disk(str(out))["train"]
    assert sum(len(t) > 1 for row in data for t in row["tokens"]) > 1000  # words
    for row in data:  # every span begins and ends on a token edge
        edges = {a for a in row["token_starts"]} | {
            a + len(t) for a, t in zip(row["token_starts"], row["tokens"], strict=True)
        }
        assert all(s["start"] in edges and s["end"] in edges for s in row["spans"])
    assert report.notes["hf_spans_across_words"] > 0  # and jieba had cut some inside a word


@pytest.mark.parametrize("options", [{}, {"segmenter": "jieba"}])
def test_hf_round_trip_keeps_ids_texts_offsets_labels_and_attributes(gold, tmp_path, options):
    before, after = round_trip(gold, "hf", tmp_path / "hf", options=options)
    assert sorted(after) == sorted(before)


def test_a_dataset_whose_files_point_outside_its_folder_is_refused(project, tmp_path):
    from models.io.importers import ImportOptions, import_paths

    folder = tmp_path / "hf"
    folder.mkdir()
    (folder / "dataset_dict.json").write_text('{"splits": ["../elsewhere"]}', encoding="utf-8")
    report = import_paths(project, [folder], ImportOptions(fmt="hf"))
    assert report.added == [] and "folder names" in report.failed[0][1]


def test_the_guidelines_attributes_keep_their_types_in_the_dataset(tmp_path):
    """A period written as a number beside periods as text, a value that is no
    number beside numbers: the dataset's value is still float64 (the one that is
    no number left empty, and counted) and its period text without JSON quotes."""
    from models import Project
    from tests.io.formats.test_tables import _mixed_project

    _mixed_project(tmp_path / "m.biaozhu")
    with Project.open(tmp_path / "m.biaozhu") as project:
        report = export_project(project, "hf", tmp_path / "hf")
    data = datasets.load_from_disk(str(tmp_path / "hf"))["train"]
    spans = data.features["spans"]  # List(...) in datasets 4 and later, [...] before
    attrs = (spans.feature if hasattr(spans, "feature") else spans[0])["attrs"]
    assert attrs["value"].dtype == "float64" and attrs["period"].dtype == "string"
    [row] = data
    assert [s["attrs"]["value"] for s in row["spans"]] == [5.0, 5.5, 1200.0, None]
    assert [s["attrs"]["period"] for s in row["spans"]] == ["2024", "2024", "2024", None]
    assert {k: v for k, v in report.notes.items() if v} == {"metrics_values_not_numbers": 1}


def test_pending_suggestions_keep_their_score_and_source(gold, tmp_path):
    """Suggestions exported for distillation or review carry what made them, as
    the jsonl and the tables do: a dataset without scores cannot be thresholded."""
    from models.io.export import Selection

    out = tmp_path / "pending"
    open_astral(gold)
    export_project(gold, "hf", out, selection=Selection("suggestions", "gold"))
    [row] = datasets.load_from_disk(str(out))["train"]
    got = [(s["text"], s["score"], s["source"]) for s in row["spans"]]
    assert got == [("13.7%", 0.8, "metric"), ("赣州", 0.55, "company")]
