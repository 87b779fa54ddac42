"""``biaozhu suggest`` and ``biaozhu evaluate`` through desktop.cli.main."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project

TEXT = "2024年，龙头企业华睿光电实现营收12亿元，同比增长8%，深入实施“智改数转”行动。"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def spans_of(line):
    doc = json.loads(line)
    return doc, [(s["text"], s["label"]) for s in doc["spans"]]


EXPECTED = [
    ("华睿光电", "COMPANY"),
    ("12亿元", "METRIC"),
    ("8%", "METRIC"),
    ("“智改数转”行动", "POLICY"),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_suggest_txt_in_any_encoding(tmp_path, capsys, encoding):
    path = tmp_path / "news.txt"
    path.write_bytes(TEXT.encode(encoding))
    code, out, err = run(capsys, "suggest", str(path))
    assert code == 0, err
    (line,) = out.splitlines()
    doc, got = spans_of(line)
    assert doc["id"] == "news" and doc["text"] == TEXT and doc["meta"] == {}
    assert got == EXPECTED
    for s in doc["spans"]:
        assert set(s) == {"start", "end", "label", "text", "score", "source", "attrs"}
        assert TEXT[s["start"] : s["end"]] == s["text"]
    metric = doc["spans"][1]
    assert metric["source"] == "model" and 0.5 < metric["score"] <= 1  # the model that scored it
    assert "metric" in metric["attrs"].pop("sources")  # ... and the rule that proposed it
    metric["attrs"].pop("rule", None)
    assert metric["attrs"] == {
        "indicator": "营收",
        "value": 1.2e9,
        "unit": "元",
        "approx": "",
        "period": "2024",
    }


def test_offsets_index_the_uncleaned_text(tmp_path, capsys):
    raw = "\ufeff  园区规上企业达 322家，\r\n实现产值153.62 亿元。\r\n"
    path = tmp_path / "layout.txt"
    path.write_bytes(raw.encode("utf-8"))
    code, out, _ = run(capsys, "suggest", str(path))
    doc = json.loads(out)
    assert code == 0
    for s in doc["spans"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]
    assert [s["text"] for s in doc["spans"]] == ["322家", "153.62 亿元"]


def test_suggest_jsonl_one_line_per_document(tmp_path, capsys):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(d, ensure_ascii=False)
            for d in [
                {"id": "a", "text": TEXT},
                {"id": "b", "text": "全年新增就业岗位1.2万个。"},
                {"text": "营收5亿元。"},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    txt = tmp_path / "c.txt"
    txt.write_text("营收7亿元。", encoding="utf-8")
    code, out, _ = run(capsys, "suggest", str(path), str(txt))
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert [d["id"] for d in lines] == ["a", "b", "batch-3", "c"]
    assert [s["text"] for s in lines[1]["spans"]] == ["1.2万个"]


def test_suggest_gives_each_document_its_meta_as_written(tmp_path, capsys):
    """A line's meta comes back as the file wrote it: the importer's own
    marks (how far its annotator got, that it was annotated) are not data
    of the user's, and "status" came back as "_status"."""
    meta = {"source": "wire", "status": "done"}
    path = tmp_path / "batch.jsonl"
    line = {"id": "a", "text": TEXT, "spans": [], "meta": meta}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "suggest", str(path))
    assert code == 0
    assert json.loads(out)["meta"] == meta


def test_suggest_with_project_lexicon(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    project = Project.create(proj, annotator="alice")
    # A name the curator marked in two finished documents: one mark alone is
    # weak evidence, which the shipped scorer may leave under the threshold.
    for n, text in enumerate(["鑫旺达负责人介绍了情况。", "鑫旺达今年新增订单。"]):
        doc_id, _ = project.add_document(text, doc_id=f"d{n}")
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.set_status(doc_id, "done")
    project.close()
    path = tmp_path / "new.txt"
    path.write_text("鑫旺达的新产品受到市场欢迎。", encoding="utf-8")
    assert ("鑫旺达", "COMPANY") not in spans_of(run(capsys, "suggest", str(path))[1])[1]
    code, out, _ = run(capsys, "suggest", "--project", str(proj), str(path))
    assert code == 0 and ("鑫旺达", "COMPANY") in spans_of(out)[1]


def test_suggest_into_project(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    project = Project.create(proj, annotator="alice")
    project.add_document(TEXT, doc_id="d1")
    project.add_document("营收5亿元。", doc_id="d2")
    project.close()
    code, out, _ = run(capsys, "suggest", "--project", str(proj), "--doc", "d1")
    assert code == 0
    assert out.strip() == (
        "suggested 1 document: 4 suggestions, 4 added, 0 updated, 0 unchanged, 0 removed"
    )
    code, out, _ = run(capsys, "suggest", "--project", str(proj))
    assert "suggested 2 documents" in out and "1 added, 0 updated, 4 unchanged" in out
    with Project.open(proj) as project:
        assert len(project.suggestions("d1")) == 4


@pytest.mark.parametrize(
    "argv",
    [
        ["suggest"],
        ["suggest", "missing.txt"],
        ["suggest", "--doc", "d1", "x.txt"],
    ],
)
def test_suggest_bad_input(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("营收5亿元。", encoding="utf-8")
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.startswith("biaozhu: error: ") and len(err.splitlines()) == 1


def test_suggest_unknown_document(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    Project.create(proj, annotator="alice").close()
    code, _, err = run(capsys, "suggest", "--project", str(proj), "--doc", "nope")
    assert code == 1 and "nope" in err


def write_jsonl(path, docs):
    path.write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8"
    )


GOLD_TEXT = "华睿光电营收12亿元，增长8%。"
GOLD = [
    {
        "id": "g1",
        "text": GOLD_TEXT,
        "spans": [
            {"start": 0, "end": 4, "label": "COMPANY"},
            {"start": 6, "end": 10, "label": "METRIC"},
            {"start": 13, "end": 15, "label": "METRIC"},
        ],
    }
]


def test_evaluate_with_predictions(tmp_path, capsys):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold, GOLD)
    write_jsonl(
        pred,
        [
            {
                "id": "g1",
                "text": GOLD_TEXT,
                "spans": [
                    {"start": 0, "end": 2, "label": "COMPANY"},
                    {"start": 6, "end": 10, "label": "METRIC"},
                ],
            },
            {"id": "other", "text": "x", "spans": []},
        ],
    )
    code, out, _ = run(capsys, "evaluate", str(gold), str(pred), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["exact"]["METRIC"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "gold": 2,
        "predicted": 1,
        "correct": 1,
    }
    assert report["exact"]["COMPANY"]["f1"] == 0.0
    assert report["overlap"]["COMPANY"]["f1"] == 1.0
    assert report["exact"]["ALL"]["gold"] == 3 and report["extra_documents"] == 1
    code, out, _ = run(capsys, "evaluate", str(gold), str(pred))
    assert code == 0 and "METRIC" in out and "overlap" in out and "0.667" in out


def test_evaluate_runs_the_suggesters_without_predictions(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, GOLD)
    code, out, _ = run(capsys, "evaluate", str(gold), "--json")
    report = json.loads(out)
    assert code == 0 and report["exact"]["ALL"]["f1"] == 1.0


def test_evaluate_bad_input(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "text": "abc", "spans": [{"start": 0, "end": 9, "label": "M"}]}\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "evaluate", str(bad))
    assert code == 1 and err.startswith("biaozhu: error: ") and "bad.jsonl:1" in err
    code, _, err = run(capsys, "evaluate", str(tmp_path / "none.jsonl"))
    assert code == 1 and "no such file" in err
