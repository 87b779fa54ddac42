"""Labelled corpora are gold as a whole: every document of an annotated
file becomes the importing annotator's finished gold, the ones without
spans too (they are the negatives a model learns from), unless
``--status todo``; a CLUENER file is known by its shape."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project
from tests.conftest import shared_path

CLUENER_LINES = [
    {
        "text": "浙商银行企业信贷部叶老桂博士对五道门槛进行了解读。",
        "label": {"company": {"浙商银行": [[0, 3]]}, "name": {"叶老桂": [[9, 11]]}},
    },
    {"text": "生生不息CSOL生化狂潮让你填弹狂扫", "label": {"game": {"CSOL": [[4, 7]]}}},
    {
        "text": "那不勒斯vs锡耶纳以及桑普vs热那亚之上呢？",
        "label": {"organization": {"那不勒斯": [[0, 3]]}},
    },
]


def write_lines(path, records):
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return path


def statuses(path, annotator="clue"):
    with Project.open(path, annotator=annotator) as project:
        return sorted(project.status(d, annotator) for d in project.document_ids())


def test_a_cluener_file_is_known_by_its_shape_and_every_sentence_is_gold(tmp_path, capsys):
    data = write_lines(tmp_path / "train.jsonl", CLUENER_LINES)
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path), "--annotator", "clue"]) == 0
    assert main(["import", str(path), str(data), "--annotator", "clue"]) == 0
    out = capsys.readouterr().out
    assert "imported 3 documents with 1 span" in out
    assert statuses(path) == ["done", "done", "done"]
    with Project.open(path, annotator="clue") as project:
        assert len(project.gold_layers()) == 3  # the two sentences without a company are negatives
        spans = [
            (a.text, a.label)
            for d in project.document_ids()
            for a in project.annotations(d, "clue")
        ]
        assert spans == [("浙商银行", "COMPANY")]  # company → COMPANY by name; other types dropped


def test_status_todo_keeps_a_labelled_file_out_of_the_gold(tmp_path):
    data = write_lines(tmp_path / "train.jsonl", CLUENER_LINES)
    path = tmp_path / "p.biaozhu"
    main(["new", str(path), "--annotator", "clue"])
    code = main(
        [
            "import",
            str(path),
            str(data),
            "--format",
            "cluener",
            "--label-map",
            "company=COMPANY",
            "--status",
            "todo",
            "--annotator",
            "clue",
        ]
    )
    assert code == 0
    assert statuses(path) == ["todo", "todo", "todo"]
    with Project.open(path, annotator="clue") as project:
        assert project.gold_layers() == []


def test_exchange_jsonl_with_spans_makes_its_documents_without_spans_gold_too(tmp_path):
    docs = [
        {
            "id": "a",
            "text": "华睿光电营收12亿元。",
            "spans": [{"start": 0, "end": 4, "label": "COMPANY"}],
        },
        {"id": "b", "text": "当地经济持续向好。", "spans": []},
    ]
    data = write_lines(tmp_path / "gold.jsonl", docs)
    path = tmp_path / "p.biaozhu"
    main(["new", str(path), "--annotator", "clue"])
    assert main(["import", str(path), str(data), "--annotator", "clue"]) == 0
    assert statuses(path) == ["done", "done"]
    plain = write_lines(tmp_path / "texts.jsonl", [{"id": "c", "text": "只是一段文字。"}])
    assert main(["import", str(path), str(plain), "--annotator", "clue"]) == 0
    assert statuses(path) == ["done", "done", "todo"]  # texts alone are work to do


def test_a_document_whose_spans_are_an_empty_list_is_gold_alone_too(tmp_path):
    """A curator's finished article that holds no name is still finished: a
    jsonl file of one such record (as a tool exports one document at a
    time) was imported as text to do, so the project's training never saw
    it as the negative it is ("trained on 3 gold documents" after 5)."""
    data = write_lines(
        tmp_path / "one.jsonl", [{"id": "b", "text": "当地经济持续向好。", "spans": []}]
    )
    path = tmp_path / "p.biaozhu"
    main(["new", str(path), "--annotator", "clue"])
    assert main(["import", str(path), str(data), "--annotator", "clue"]) == 0
    assert statuses(path) == ["done"]
    with Project.open(path, annotator="clue") as project:
        assert [doc for doc, _ in project.gold_layers()] == project.document_ids()
    again = write_lines(
        tmp_path / "two.jsonl", [{"id": "c", "text": "只是一段文字。", "spans": []}]
    )
    assert main(["import", str(path), str(again), "--annotator", "clue", "--status", "todo"]) == 0
    assert statuses(path) == ["done", "todo"]  # --status todo keeps it out of the gold


def test_the_shared_cluener_dev_split_imports_as_gold(tmp_path, capsys):
    dev = shared_path("data", "cluener", "dev.jsonl")
    path = tmp_path / "p.biaozhu"
    main(["new", str(path), "--annotator", "clue"])
    assert main(["import", str(path), str(dev), "--annotator", "clue"]) == 0
    assert "imported 1343 documents with 378 spans" in capsys.readouterr().out
    with Project.open(path, annotator="clue") as project:
        assert len(project.gold_layers()) == 1343


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("train.json", "utf-8"),  # as CLUENER2020 ships it: JSON lines named .json
        ("train.jsonl", "gb18030"),
        ("train.jsonl", "utf-16"),
        ("train.json", "utf-16-le"),
    ],
)
def test_a_cluener_file_as_shipped_or_in_another_encoding_is_known_too(tmp_path, name, encoding):
    """CLUENER's own train.json, or a CLUENER file saved in GB18030 or UTF-16,
    was read as plain texts: every label silently dropped, the sentences left to do."""
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in CLUENER_LINES) + "\n"
    data = tmp_path / name
    data.write_bytes(text.encode(encoding))
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path), "--annotator", "clue"]) == 0
    assert main(["import", str(path), str(data), "--annotator", "clue"]) == 0
    assert statuses(path) == ["done", "done", "done"]
    with Project.open(path, annotator="clue") as project:
        spans = [(a.text, a.label) for d in project.document_ids() for a in project.annotations(d)]
    assert spans == [("浙商银行", "COMPANY")]


def test_a_label_map_that_maps_one_type_twice_is_refused(tmp_path, capsys):
    """company=COMPANY,company=POLICY kept the last pair silently: the
    companies came in as POLICY."""
    data = write_lines(tmp_path / "train.jsonl", CLUENER_LINES)
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    twice = "company=COMPANY,company=POLICY"
    assert main(["import", str(path), str(data), "--label-map", twice]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error:") and "company" in err and err.count("\n") == 1
    with Project.open(path) as project:
        assert project.document_ids() == []
