"""Exports in general: the manifest, what is selected, the split, refusing a
span that no longer matches its text, cancelling, the command line. Each
format's own consumers and round trip are in tests/io/formats/."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before datasets is imported

from desktop.cli import main  # noqa: E402
from models import Project, Suggestion  # noqa: E402
from models.errors import InvalidInput  # noqa: E402
from models.io.export import Selection, assign, export_project, parse_split  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402

# One more gold document whose 𠮷 takes two UTF-16 units (Label Studio, doccano).
ASTRAL = {
    "id": "astral",
    "text": "𠮷野家全年营收932.4亿元，同比增长13.7%。",
    "spans": [
        {"start": 0, "end": 3, "label": "COMPANY", "text": "𠮷野家"},
        {
            "start": 7,
            "end": 14,
            "label": "METRIC",
            "text": "932.4亿元",
            "attrs": {"indicator": "营收", "value": 93240000000.0, "unit": "元"},
        },
    ],
}
EXT = {
    "jsonl": ".jsonl",
    "spacy": ".spacy",
    "conll": ".conll",
    "brat": "",
    "label-studio": ".json",
    "doccano": ".jsonl",
    "metrics-csv": ".csv",
    "metrics-parquet": ".parquet",
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> list[dict]:
    from tests.conftest import shared_path

    seeds = shared_path("gold", "seeds.jsonl")
    docs = [
        json.loads(line) for line in seeds.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return docs + [ASTRAL]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory, reference) -> Path:
    """A closed project: the reference imported as gold by annotator "gold", and one
    pending suggestion."""
    folder = tmp_path_factory.mktemp("gold")
    source = folder / "gold.jsonl"
    source.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in reference), encoding="utf-8"
    )
    path = folder / "gold.biaozhu"
    with Project.create(path, annotator="gold") as project:
        report = import_paths(project, [source], ImportOptions(annotator="gold"))
        assert report.failed == [] and len(report.added) == len(reference)
        text = project.document_text("astral")
        project.store_suggestions(
            "astral",
            [
                Suggestion(19, 24, "METRIC", text[19:24], 0.8, "rules", "r1"),
                Suggestion(0, 3, "COMPANY", "𠮷野家", 0.9, "lexicon", "l1"),
            ],
        )  # matches gold
    return path


@pytest.fixture
def gold(gold_file):
    with Project.open(gold_file, annotator="gold") as project:
        yield project


def expected_spans(reference) -> list[tuple]:
    return [
        (d["id"], s["start"], s["end"], s["label"], s["text"])
        for d in reference
        for s in d["spans"]
    ]


def export(project, fmt, folder: Path, **kwargs):
    out = folder / f"out{EXT[fmt]}"
    return out, export_project(project, fmt, out, force=True, **kwargs)


# -- the consumers ---------------------------------------------------------------------------


def test_split_files_load_as_a_datasetdict(gold, tmp_path, reference):
    from datasets import load_dataset

    out = tmp_path / "corpus"
    report = export_project(gold, "jsonl", out, split="8:1:1", seed=3)
    files = {name: str(out / f"{name}.jsonl") for name in ("train", "dev", "test")}
    data = load_dataset("json", data_files=files, cache_dir=str(tmp_path / "hf"))
    sizes = {name: len(data[name]) for name in files}
    assert sizes == {"train": 4, "dev": 1, "test": 1}
    assert (
        sum(len(s) for name in files for s in data[name]["spans"])
        == len(expected_spans(reference))
        == report.spans
    )
    ids = [i for name in files for i in data[name]["id"]]
    assert sorted(ids) == sorted(d["id"] for d in reference)  # by document, none twice
    again = tmp_path / "again"
    export_project(gold, "jsonl", again, split="8:1:1", seed=3)
    for name in files:
        assert (again / f"{name}.jsonl").read_bytes() == (out / f"{name}.jsonl").read_bytes()


# -- manifest, selection, split ------------------------------------------------------------


def test_manifest_describes_the_export(gold, tmp_path, reference):
    out, report = export(gold, "jsonl", tmp_path)
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text(encoding="utf-8"))
    import models

    assert manifest["tool"] == "biaozhu" and manifest["version"] == models.__version__
    assert manifest["project"] == {
        "file": "gold.biaozhu",
        "id": gold.project_id,
        "schema_version": gold.schema_version,
        "chain_head": gold.chain_head().as_json(),
    }
    assert str(tmp_path) not in json.dumps(manifest)  # no path of this machine
    assert manifest["command"] == [
        "biaozhu",
        "export",
        "gold.biaozhu",
        "--format",
        "jsonl",
        "--out",
        "out.jsonl",
        "--force",
    ]
    assert [lab["name"] for lab in manifest["labels"]] == gold.label_names()
    assert manifest["labels_version"] == gold.meta("labels_version")
    assert manifest["selection"] == {"kind": "gold"}
    labels = Counter(s[3] for s in expected_spans(reference))
    assert manifest["counts"]["by_label"] == dict(labels)
    assert manifest["counts"]["spans"] == sum(labels.values())
    assert manifest["counts"]["by_split"]["all"]["document_ids"] == [d["id"] for d in reference]
    assert manifest["created"].endswith("Z")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert manifest["files"] == {"out.jsonl": {"sha256": digest, "bytes": out.stat().st_size}}
    assert report.manifest == tmp_path / "out.jsonl.manifest.json"


def test_split_manifest_counts_per_part(gold, tmp_path):
    out = tmp_path / "brat"
    report = export_project(gold, "brat", out, split="4:1", seed=9)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    parts = manifest["counts"]["by_split"]
    assert set(parts) == {"train", "dev"} and manifest["split"]["seed"] == 9
    assert sum(p["spans"] for p in parts.values()) == report.spans
    assert all(f"{name}/" in " ".join(manifest["files"]) for name in parts)
    for name, part in parts.items():
        assert len(list((out / name).glob("*.ann"))) == part["documents"]


def test_split_is_deterministic_by_document():
    ids = [f"doc{i}" for i in range(100)]
    first = assign(ids, parse_split("8:1:1"), seed=1)
    assert first == assign(list(reversed(ids)), (8, 1, 1), seed=1)
    assert Counter(first.values()) == {"train": 80, "dev": 10, "test": 10}
    assert first != assign(ids, (8, 1, 1), seed=2)
    with pytest.raises(InvalidInput):
        parse_split("8:x")


def test_annotator_layer_and_pending_suggestions(gold, tmp_path):
    out, report = export(gold, "jsonl", tmp_path, selection=Selection("annotator", "gold"))
    assert report.documents == 6
    # gold's imported documents are finished for gold: the suggestion left
    # there is no longer pending for them, but it is for bob, who has it to do
    with pytest.raises(InvalidInput, match="nothing to export"):
        export(gold, "jsonl", tmp_path, selection=Selection("suggestions", "gold"))
    out, report = export(gold, "jsonl", tmp_path, selection=Selection("suggestions", "bob"))
    [line] = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["id"] == "astral"
    assert record["spans"] == [
        {
            "start": 0,
            "end": 3,
            "label": "COMPANY",
            "text": "𠮷野家",
            "score": 0.9,
            "source": "lexicon",
            "version": "l1",
        },
        {
            "start": 19,
            "end": 24,
            "label": "METRIC",
            "text": "13.7%",
            "score": 0.8,
            "source": "rules",
            "version": "r1",
        },
    ]
    with pytest.raises(InvalidInput, match="nothing to export"):
        export(gold, "jsonl", tmp_path, selection=Selection("annotator", "nobody"))


def test_an_annotators_unfinished_documents_say_so_and_come_back_unfinished(tmp_path, capsys):
    """An annotator's layer holds the documents they left half done: the export
    says which (the summary, the manifest, meta.status in jsonl) so that no one
    trains on a document whose other names are not marked yet, and importing
    the file keeps them unfinished instead of making them gold."""
    path = tmp_path / "p.biaozhu"
    text = "比亚迪营收7771亿元，宁德时代净利润507亿元。"
    with Project.create(path, annotator="alice") as project:
        for doc_id, names, status in (
            ("whole", ("比亚迪", "宁德时代"), "done"),
            ("half", ("比亚迪",), "in_progress"),
        ):
            project.add_document(text + doc_id, doc_id=doc_id)
            for name in names:
                project.add_span(doc_id, text.index(name), text.index(name) + len(name), "COMPANY")
            project.set_status(doc_id, status)
    out = tmp_path / "alice.jsonl"
    argv = ["export", str(path), "--format", "jsonl", "--out", str(out), "--annotator", "alice"]
    assert main(argv) == 0
    said = capsys.readouterr().out
    assert "1 document not marked done by its annotator" in said
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["half"]["meta"]["status"] == "in_progress"
    assert records["whole"]["meta"]["status"] == "done"
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["by_status"] == {"done": 1, "in_progress": 1}
    assert manifest["not_done"] == ["half"]
    copy = tmp_path / "copy.biaozhu"
    Project.create(copy, annotator="bob").close()
    assert main(["import", str(copy), str(out), "--annotator", "bob"]) == 0
    with Project.open(copy, annotator="bob") as project:
        assert project.status("half") == "in_progress" and project.status("whole") == "done"
        assert project.gold_layers() == [("whole", "bob")]
        assert "status" not in project.document("half").meta
        assert len(project.annotations("half")) == 1


def test_gold_that_annotators_disagree_on_and_no_reviewer_settled_is_named(tmp_path, capsys):
    """Two annotators marked a document done with different spans and no one
    adjudicated it: the gold export takes the first one's layer, and says so,
    naming the document, instead of handing over a contested layer as settled."""
    from models.review.adjudicate import Adjudication
    from models.review.compare import LayerRef

    path = tmp_path / "p.biaozhu"
    text = "比亚迪营收7771亿元，宁德时代净利润507亿元。"
    with Project.create(path, annotator="alice") as project:
        for doc_id in ("agreed", "contested"):
            project.add_document(text + doc_id, doc_id=doc_id)
        for who, names in (("alice", ("比亚迪", "宁德时代")), ("bob", ("比亚迪",))):
            for doc_id in ("agreed", "contested"):
                for name in names if doc_id == "contested" else ("比亚迪",):
                    start = text.index(name)
                    project.add_span(doc_id, start, start + len(name), "COMPANY", annotator=who)
                project.set_status(doc_id, "done", annotator=who)
    out = tmp_path / "gold.jsonl"
    argv = ["export", str(path), "--format", "jsonl", "--out", str(out)]
    assert main(argv) == 0
    assert "1 gold document marked done by annotators who disagree" in capsys.readouterr().out
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))
    assert manifest["disagreements"] == {"contested": ["alice", "bob"]}
    with Project.open(path, annotator="rita") as project:
        project.ensure_annotator("rita", "reviewer")
        project.set_role("rita", "reviewer")
        review = Adjudication(
            project, "contested", "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        )
        review.accept_agreements()
        for difference in review.open_differences():
            review.choose(difference, "left")
        assert project.status("contested", "rita") == "done"
    assert main([*argv, "--force"]) == 0
    assert "disagree" not in capsys.readouterr().out
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))
    assert manifest["disagreements"] == {}


def test_overlapping_spans_are_kept_where_the_format_can(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    with Project.create(tmp_path / "o.biaozhu", annotator="alice", allow_overlap=True) as project:
        doc_id, _ = project.add_document("抚州高新区工业营收932.4亿元。")
        project.add_span(doc_id, 0, 5, "COMPANY")
        project.add_span(doc_id, 0, 2, "POLICY")
        project.add_span(doc_id, 9, 16, "METRIC")
        project.set_status(doc_id, "done")
        out, report = export(project, "spacy", tmp_path)
        [doc] = DocBin().from_disk(out).get_docs(spacy.blank("zh").vocab)
        assert len(doc.spans["sc"]) == 3 and [e.text for e in doc.ents] == [
            "抚州高新区",
            "932.4亿元",
        ]
        assert report.notes["spacy_overlapping_spans_only_in_sc"] == 1
        out, report = export(project, "conll", tmp_path)
        assert report.notes["conll_overlapping_spans_left_out"] == 1
        assert "抚\tB-COMPANY\n州\tI-COMPANY" in out.read_text(encoding="utf-8")


# -- refusing bad data, all or nothing -------------------------------------------------------


def test_a_shifted_span_stops_the_export_and_nothing_is_written(gold_file, tmp_path, capsys):
    copy = tmp_path / "copy.biaozhu"
    shutil.copy(gold_file, copy)
    with sqlite3.connect(copy) as conn:  # a span whose stored text no longer matches
        conn.execute(
            "UPDATE annotations SET text = '932.4亿' WHERE text = '932.4亿元' AND doc_id = 'astral'"
        )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for fmt in ("jsonl", "brat", "spacy"):
        with Project.open(copy) as project, pytest.raises(InvalidInput) as caught:
            export_project(project, fmt, out_dir / f"x{EXT[fmt]}")
        message = str(caught.value)
        assert "\n" not in message and "astral" in message and "“932.4亿”" in message
    assert list(out_dir.iterdir()) == []  # no file, no temporary left behind
    from srsly import msgpack as srsly_msgpack

    assert "get_all" not in vars(srsly_msgpack.msgpack_encoders)  # the spaCy speed-up undone
    code = main(
        ["export", str(copy), "--format", "conll", "--out", str(tmp_path / "s"), "--split", "8:1:1"]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("biaozhu: error: export stopped") and err.count("\n") == 1
    assert not (tmp_path / "s").exists()


def test_a_folder_that_is_not_an_export_is_not_replaced(gold, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="no Biaozhu export wrote"):
        export_project(gold, "brat", folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    brat = tmp_path / "brat"
    export_project(gold, "brat", brat)
    export_project(gold, "brat", brat, force=True)  # an earlier export is replaced whole
    assert len(list(brat.glob("*.ann"))) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# -- the command line ----------------------------------------------------------------------


def test_cli_export(gold_file, tmp_path, capsys):
    out = tmp_path / "train.spacy"
    code = main(["export", str(gold_file), "--format", "spacy", "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "exported 6 documents" in stdout and "manifest:" in stdout
    assert out.exists() and (tmp_path / "train.spacy.manifest.json").exists()
    code = main(
        [
            "export",
            str(gold_file),
            "--format",
            "label-studio",
            "--out",
            str(tmp_path / "p.json"),
            "--suggestions",
            "--annotator",
            "bob",  # gold finished the documents: nothing is pending for them
        ]
    )
    assert code == 0
    [task] = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert "annotations" not in task and len(task["predictions"][0]["result"]) == 2
    code = main(["export", str(gold_file), "--format", "nope", "--out", str(out)])
    assert code == 1
    code = main(
        [
            "export",
            str(gold_file),
            "--format",
            "jsonl",
            "--out",
            str(out),
            "--gold",
            "--annotator",
            "x",
        ]
    )
    assert code == 1 and capsys.readouterr().err.startswith("biaozhu: error:")


def test_fast_docbin_writes_the_same_bytes_as_docbin_add():
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    from models.io.formats.spacy import DOCBIN_ATTRS, _fast_docbin_class

    nlp = spacy.blank("zh")
    plain = DocBin(attrs=DOCBIN_ATTRS, store_user_data=True)
    fast = _fast_docbin_class()(attrs=DOCBIN_ATTRS, store_user_data=True)
    for text in ("比亚迪 BYD营收932.4亿元，\n\n同比增长13.7%。", "ABC公司\u3000上市。"):
        words = list(text)
        doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
        spans = [Span(doc, 0, 3, label="COMPANY"), Span(doc, 1, 4, label="POLICY")]
        doc.spans["sc"] = spans
        doc.ents = spans[:1]
        doc.user_data["id"] = text[:3]
        plain.add(doc)
        fast.add_words(doc, words)
    assert fast.to_bytes() == plain.to_bytes()


def test_a_cancelled_export_writes_nothing(gold, tmp_path):
    from models.progress import Cancelled, NoProgress

    class CancelAtOnce(NoProgress):
        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        export_project(gold, "brat", tmp_path / "brat", progress=CancelAtOnce())
    with pytest.raises(Cancelled):
        export_project(gold, "jsonl", tmp_path / "deep" / "er" / "x.jsonl", progress=CancelAtOnce())
    assert list(tmp_path.iterdir()) == []  # not even the folders it made


@pytest.mark.parametrize("out", [".", "./", "/"])
@pytest.mark.parametrize("fmt", ["jsonl", "brat"])
def test_an_out_that_names_no_file_or_folder_is_one_line(tmp_path, capsys, monkeypatch, out, fmt):
    """`export … --out .` (the current folder, from an empty one) ended in
    'unexpected ValueError … has an empty name … please report it'."""
    proj = tmp_path / "p.biaozhu"
    with Project.create(proj, annotator="alice") as p:
        doc, _ = p.add_document("比亚迪营收增长13.7%。")
        p.add_span(doc, 0, 3, "COMPANY")
        p.set_status(doc, "done")
    here = tmp_path / "empty"
    here.mkdir()
    monkeypatch.chdir(here)
    capsys.readouterr()
    assert main(["export", str(proj), "--format", fmt, "--out", out]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: --out") and "unexpected" not in err
    assert err.count("\n") == 1 and list(here.iterdir()) == []
