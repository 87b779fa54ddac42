"""An annotator's layer exported and imported into a fresh project: the same
spans, labels and statuses. A document the annotator had not finished must
not come back as finished gold (a model would learn its missing spans as
negatives)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before datasets is imported

from models import Project  # noqa: E402
from models.io.export import Selection, export_project  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402

FORMATS = [
    ("jsonl", "a.jsonl"),
    ("doccano", "a.doccano.jsonl"),
    ("label-studio", "a.json"),
    ("brat", "brat"),
    ("spacy", "a.spacy"),
    ("hf", "hf"),
    ("conll", "a.conll"),
]


def alice_project(path: Path) -> Path:
    with Project.create(path, annotator="alice") as project:
        project.add_document("比亚迪营收增长5%。", doc_id="d1")
        project.add_document("宁德时代发布年报。\n𠮷野家集团扩产。", doc_id="d2")
        project.add_document("没有任何名称的一篇。", doc_id="d3")
        project.add_span("d1", 0, 3, "COMPANY")
        project.add_span("d1", 7, 9, "METRIC")
        project.set_status("d1", "done")
        project.add_span("d2", 0, 4, "COMPANY")  # begun, not finished
        project.set_status("d2", "in_progress")
        project.set_status("d3", "done")  # finished: nothing to mark
    return path


def layer(project: Project, who: str) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    return {
        doc_id: (
            project.status(doc_id, who),
            [(a.start, a.end, a.label) for a in project.annotations(doc_id, who)],
        )
        for doc_id in sorted(project.document_ids())
    }


@pytest.fixture(scope="module")
def alice(tmp_path_factory) -> Path:
    return alice_project(tmp_path_factory.mktemp("alice") / "a.biaozhu")


@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_an_annotators_layer_comes_back_with_its_statuses(alice, tmp_path, fmt, name):
    out = tmp_path / name
    with Project.open(alice, readonly=True) as project:
        before = layer(project, "alice")
        report = export_project(project, fmt, out, selection=Selection("annotator", "alice"))
    assert report.notes["documents_not_done"] == 1
    assert before["d2"][0] == "in_progress"
    with Project.create(tmp_path / "again.biaozhu", annotator="carol") as again:
        assert import_paths(again, [out], ImportOptions(fmt=fmt, annotator="carol")).failed == []
        assert layer(again, "carol") == before


@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_status_given_on_import_still_decides(alice, tmp_path, fmt, name):
    out = tmp_path / name
    with Project.open(alice, readonly=True) as project:
        export_project(project, fmt, out, selection=Selection("annotator", "alice"))
    with Project.create(tmp_path / "again.biaozhu", annotator="carol") as again:
        options = ImportOptions(fmt=fmt, annotator="carol", status="todo")
        assert import_paths(again, [out], options).failed == []
        assert {again.status(d, "carol") for d in again.document_ids()} == {"todo"}


@pytest.mark.parametrize("given", ["auto", "named"])
@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_a_split_export_folder_comes_back_whole(alice, tmp_path, fmt, name, given):
    """A --split export is a folder of parts beside its manifest (and Label
    Studio's config): imported as a folder, with its format named or not,
    every part comes back and the manifest and config are not read as data."""
    out = tmp_path / "parts"
    with Project.open(alice, readonly=True) as project:
        before = layer(project, "alice")
        selection = Selection("annotator", "alice")
        export_project(project, fmt, out, split="1:1:1", seed=3, selection=selection)
    with Project.create(tmp_path / "again.biaozhu", annotator="carol") as again:
        options = ImportOptions(fmt=fmt if given == "named" else "auto", annotator="carol")
        report = import_paths(again, [out], options)
        assert report.failed == []
        assert layer(again, "carol") == before
