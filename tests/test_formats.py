"""Importing other tools' formats: Prodigy, doccano, Label Studio, brat, CoNLL,
CLUENER, .docx and .pdf, each through the real importer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import InvalidInput
from models.io.importers import ImportOptions, import_paths
from tests.conftest import write_column_pdf

TEXT = "深圳市1-6月工业营收932.4亿元，同比增长13.7%。"
ASTRAL = "𠮷野家营收932.4亿元，同比增长13.7%"  # 𠮷 takes two UTF-16 units


def spans_of(project: Project, doc_id: str, who: str = "alice") -> list[tuple]:
    return [(a.start, a.end, a.label, a.text) for a in project.annotations(doc_id, who)]


def run_import(project: Project, paths, fmt: str, **extra) -> object:
    options = ImportOptions(fmt=fmt, annotator="alice", extra=extra)
    report = import_paths(project, [Path(p) for p in paths], options)
    assert report.failed == [], report.failed
    return report


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


# -- Prodigy -------------------------------------------------------------------------------


def test_prodigy_accepts_and_skips_rejected_tasks(project, tmp_path):
    path = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "text": TEXT,
                "meta": {"source": "sz"},
                "_input_hash": 1,
                "_task_hash": 2,
                "answer": "accept",
                "_view_id": "ner_manual",
                "spans": [
                    {"start": 7, "end": 11, "label": "METRIC"},
                    {
                        "start": 11,
                        "end": 18,
                        "label": "METRIC",
                        "text": "932.4亿元",
                        "attrs": {"unit": "元"},
                    },
                ],
            },
            {"text": "拒绝的任务。", "answer": "reject", "spans": []},
            {
                "text": "比亚迪投资。",
                "answer": "accept",
                "tokens": [
                    {"text": "比亚迪", "start": 0, "end": 3, "id": 0},
                    {"text": "投资", "start": 3, "end": 5, "id": 1},
                ],
                "spans": [{"token_start": 0, "token_end": 0, "label": "COMPANY"}],
            },
        ],
    )
    report = run_import(project, [path], "prodigy")
    assert len(report.added) == 2 and report.spans == 3
    first = report.added[0]
    assert spans_of(project, first) == [
        (7, 11, "METRIC", "工业营收"),
        (11, 18, "METRIC", "932.4亿元"),
    ]
    assert project.annotations(first, "alice")[1].attrs == {"unit": "元"}
    assert project.document(first).meta["source"] == "sz"
    assert spans_of(project, report.added[1]) == [(0, 3, "COMPANY", "比亚迪")]


def test_prodigy_span_text_that_disagrees_fails_the_file(project, tmp_path):
    path = write_jsonl(
        tmp_path / "bad.jsonl",
        [{"text": TEXT, "spans": [{"start": 8, "end": 12, "label": "METRIC", "text": "工业营收"}]}],
    )
    report = import_paths(project, [path], ImportOptions(fmt="prodigy"))
    assert report.added == [] and ":1 span 0" in report.failed[0][1]


@pytest.mark.parametrize(("first", "last"), [(-2, -1), (True, 1), (0, -1)])
def test_prodigy_token_indices_that_are_not_tokens_fail_the_file(project, tmp_path, first, last):
    """A negative token_start/token_end was read from the end of the token
    list, as Python indexes: a span the file never marked came in as gold."""
    tokens = [{"text": c, "start": i, "end": i + 1, "id": i} for i, c in enumerate("比亚迪投资。")]
    task = {"text": "比亚迪投资。", "answer": "accept", "tokens": tokens}
    task["spans"] = [{"token_start": first, "token_end": last, "label": "COMPANY"}]
    path = write_jsonl(tmp_path / "tokens.jsonl", [task])
    report = import_paths(project, [path], ImportOptions(fmt="prodigy"))
    assert report.added == [] and "token_start/token_end" in report.failed[0][1]
    assert project.document_ids() == []


# -- doccano -------------------------------------------------------------------------------


def test_doccano_sequence_labelling_and_utf16_offsets(project, tmp_path):
    # doccano's browser counts UTF-16 units: after 𠮷 every offset is one more
    path = write_jsonl(
        tmp_path / "doccano.jsonl",
        [
            {"id": 7, "text": TEXT, "label": [[7, 11, "METRIC"], [11, 18, "METRIC"]]},
            {"text": ASTRAL, "label": [[0, 4, "COMPANY"], [6, 13, "METRIC"]], "username": "ann"},
            {
                "text": "比亚迪投资。",
                "entities": [{"id": 0, "start_offset": 0, "end_offset": 3, "label": "COMPANY"}],
                "relations": [],
            },
        ],
    )
    report = run_import(project, [path], "doccano")
    assert report.added[0] == "7"
    assert [s[3] for s in spans_of(project, "7")] == ["工业营收", "932.4亿元"]
    assert spans_of(project, report.added[1]) == [
        (0, 3, "COMPANY", "𠮷野家"),
        (5, 12, "METRIC", "932.4亿元"),
    ]
    assert project.document(report.added[1]).meta == {"username": "ann"}
    assert spans_of(project, report.added[2]) == [(0, 3, "COMPANY", "比亚迪")]


# -- Label Studio ------------------------------------------------------------------------


def region(start, end, label, text=None, **more):
    value = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {
        "id": f"r{start}",
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": value,
        **more,
    }


def test_label_studio_annotations_are_gold_predictions_are_not(project, tmp_path):
    tasks = [
        {
            "id": 11,
            "data": {"text": TEXT},
            "annotations": [
                {"id": 1, "result": [region(0, 3, "COMPANY")], "was_cancelled": True},
                {
                    "id": 2,
                    "result": [
                        region(7, 11, "METRIC", "工业营收"),
                        region(11, 18, "METRIC", "932.4亿元", meta={"text": ['{"unit": "元"}']}),
                    ],
                    "ground_truth": True,
                },
                {"id": 3, "result": [region(23, 28, "METRIC")]},
            ],
            "predictions": [
                {"model_version": "rules-v3", "score": 0.5, "result": [region(23, 28, "METRIC")]}
            ],
        },
        {
            "data": {"text": ASTRAL, "doc_id": "astral"},
            "annotations": [
                {
                    "result": [
                        region(0, 4, "COMPANY", "𠮷野家"),
                        {"type": "choices", "value": {"choices": ["x"]}},
                    ]
                }
            ],
        },
        {"data": {"text": "只有预测。"}, "predictions": [{"result": [region(0, 2, "POLICY")]}]},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = run_import(project, [path], "auto")  # .json is Label Studio
    assert report.added[:2] == ["11", "astral"] and report.spans == 3
    assert spans_of(project, "11") == [
        (7, 11, "METRIC", "工业营收"),
        (11, 18, "METRIC", "932.4亿元"),
    ]
    assert project.annotations("11", "alice")[1].attrs == {"unit": "元"}
    assert spans_of(project, "astral") == [(0, 3, "COMPANY", "𠮷野家")]
    assert spans_of(project, report.added[2]) == []
    assert project.status(report.added[2], "alice") == "todo"


def test_a_label_studio_task_without_a_text_field_takes_its_article_not_its_id(project, tmp_path):
    """A Label Studio config may name the text field anything ($article): the
    first string of the task's data was taken as the text, so the document
    held its id or a URL and the article went into its metadata."""
    article = "比亚迪公司营收增长13.7%，腾讯公司在深圳投资十亿元。"
    tasks = [
        {"id": 7, "data": {"doc_id": "news-1", "article": article}},
        {"id": 8, "data": {"url": "https://example.com/a", "article": article + "又"}},
    ]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = run_import(project, [path], "label-studio")
    assert [project.document_text(d) for d in report.added] == [article, article + "又"]


# -- brat ----------------------------------------------------------------------------------


def test_brat_folder_with_attributes_notes_and_fragments(project, tmp_path):
    folder = tmp_path / "brat"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tMETRIC 7 11\t工业营收\nT2\tMETRIC 11 18\t932.4亿元\nT3\tMETRIC 23 28\t13.7%\n"
        "R1\tHasValue Arg1:T1 Arg2:T2\nA1\tDirection T3 Increase\nA2\tEstimated T2\n"
        '#1\tAnnotatorNotes T2\t{"value": 93240000000.0, "unit": "元"}\n'
        "#2\tAnnotatorNotes T1\tindicator name\n",
        encoding="utf-8",
    )
    (folder / "sub" / "b.txt").write_text("比亚迪和宁德时代。\r\n第二行", encoding="utf-8")
    (folder / "sub" / "b.ann").write_text(
        "T1\tCOMPANY 0 3;4 8\t比亚迪 宁德时代\n", encoding="utf-8"
    )
    (folder / "annotation.conf").write_text("[entities]\nMETRIC\n", encoding="utf-8")
    report = run_import(project, [folder], "brat")
    assert report.added == ["a", "b"] and report.spans == 5
    anns = project.annotations("a", "alice")
    assert [a.text for a in anns] == ["工业营收", "932.4亿元", "13.7%"]
    assert anns[0].attrs == {"note": "indicator name"}
    assert anns[1].attrs == {"value": 93240000000.0, "unit": "元", "Estimated": True}
    assert anns[2].attrs == {"Direction": "Increase"}
    assert project.document_text("b") == "比亚迪和宁德时代。\r\n第二行"  # never modified
    assert [a.text for a in project.annotations("b", "alice")] == ["比亚迪", "宁德时代"]


def test_a_brat_id_given_twice_fails_the_file(project, tmp_path):
    """A line copied in a hand-edited .ann without a new id: the second T1
    replaced the first without a word, and its gold span was lost."""
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tMETRIC 7 11\t工业营收\nT1\tMETRIC 11 18\t932.4亿元\n", encoding="utf-8"
    )
    report = import_paths(project, [folder], ImportOptions(fmt="brat"))
    assert report.added == [] and "T1" in report.failed[0][1] and "twice" in report.failed[0][1]
    assert project.document_ids() == []


@pytest.mark.parametrize(
    "line",
    ['#1\tAnnotatorNotes T2\t{"value": 9.324e10}', "A1\tNegated T2"],
)
def test_a_brat_note_or_attribute_on_a_missing_id_fails_the_file(project, tmp_path, line):
    """A note whose T line was deleted or renumbered by hand: the note (often a
    METRIC's value) was dropped without a word."""
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(f"T1\tMETRIC 7 11\t工业营收\n{line}\n", encoding="utf-8")
    report = import_paths(project, [folder], ImportOptions(fmt="brat"))
    assert report.added == [] and "T2" in report.failed[0][1]
    assert "a.ann:2" in report.failed[0][1] and "\n" not in report.failed[0][1]
    assert project.document_ids() == []


def test_a_brat_note_on_a_relation_is_no_missing_id(project, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tMETRIC 7 11\t工业营收\nT2\tMETRIC 11 18\t932.4亿元\n"
        "R1\tValue Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\tchecked\n",
        encoding="utf-8",
    )
    report = import_paths(project, [tmp_path / "a.txt"], ImportOptions(fmt="brat"))
    assert not report.failed and len(report.added) == 1


def test_brat_single_ann_and_a_wrong_text_column(project, tmp_path):
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.ann").write_text("T1\tMETRIC 7 11\t工业营收\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(TEXT + "！", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tMETRIC 8 12\t工业营收\n", encoding="utf-8")
    report = import_paths(
        project, [tmp_path / "c.ann", tmp_path / "d.ann"], ImportOptions(annotator="alice")
    )
    assert report.added == ["c"]
    assert "T1 says “工业营收”" in dict(report.failed)[str(tmp_path / "d.ann")]


# -- CoNLL ---------------------------------------------------------------------------------

IOB2 = "".join(
    f"{c} {t}\n"
    for c, t in zip(
        TEXT,
        ["O"] * 7
        + ["B-METRIC"]
        + ["I-METRIC"] * 3
        + ["B-AMOUNT"]
        + ["I-AMOUNT"] * 6
        + ["O"] * 5
        + ["B-RATE"]
        + ["I-RATE"] * 4
        + ["O"],
        strict=True,
    )
)


def test_conll_character_iob2_with_docstart(project, tmp_path):
    path = tmp_path / "a.conll"
    path.write_text(
        f"-DOCSTART- -X- O O\n\n{IOB2}\n比 B-COMPANY\n亚 I-COMPANY\n迪 I-COMPANY\n"
        "\n-DOCSTART- -X- O O\n\n国 O\n",
        encoding="utf-8",
    )
    report = run_import(project, [path], "auto")
    assert report.added == ["a-1", "a-2"]
    assert project.document_text("a-1") == TEXT + "\n比亚迪"
    assert spans_of(project, "a-1") == [
        (7, 11, "METRIC", "工业营收"),
        (11, 18, "AMOUNT", "932.4亿元"),
        (23, 28, "RATE", "13.7%"),
        (30, 33, "COMPANY", "比亚迪"),
    ]
    assert {"AMOUNT", "RATE"} <= set(project.label_names())  # added to the schema


def test_conll_bmes_tokens_and_a_label_map(project, tmp_path):
    path = tmp_path / "b.bmes"
    path.write_text(
        "比\tB-ORG\n亚\tM-ORG\n迪\tE-ORG\n在\tO\n深\tS-LOC\n\n"
        "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n",
        encoding="utf-8",
    )
    report = run_import(project, [path], "conll", label_map={"ORG": "COMPANY"})
    # no -DOCSTART-: one document per sentence; LOC and MISC are not in the map
    assert spans_of(project, report.added[0]) == [(0, 3, "COMPANY", "比亚迪")]
    assert project.document_text(report.added[1]) == "EU rejects German"
    assert spans_of(project, report.added[1]) == [(0, 2, "COMPANY", "EU")]


def test_conll_bad_line_names_file_and_line(project, tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text("深 O\n圳 X-LOC\n", encoding="utf-8")
    report = import_paths(project, [path], ImportOptions(fmt="conll"))
    assert report.added == [] and "bad.conll:2" in report.failed[0][1]


# -- CLUENER -------------------------------------------------------------------------------


def test_cluener_dev_subset_with_inclusive_offsets(tmp_path, capsys):
    from tests.conftest import shared_path

    dev = shared_path("data", "cluener", "dev.jsonl")
    lines = dev.read_text(encoding="utf-8").splitlines()[:150]
    subset = tmp_path / "dev150.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = []
    for line in lines:
        obj = json.loads(line)
        for kind, target in (("company", "COMPANY"), ("government", "GOVERNMENT")):
            for entity, spots in obj.get("label", {}).get(kind, {}).items():
                expected += [(obj["text"], s, e + 1, target, entity) for s, e in spots]
    proj = str(tmp_path / "c.biaozhu")
    assert main(["new", proj]) == 0
    code = main(
        [
            "import",
            proj,
            str(subset),
            "--format",
            "cluener",
            "--annotator",
            "clue",
            "--label-map",
            "company=COMPANY,government=GOVERNMENT",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    with Project.open(proj) as project:
        got = []
        for doc_id in project.document_ids():
            text = project.document_text(doc_id)
            got += [
                (text, a.start, a.end, a.label, a.text) for a in project.annotations(doc_id, "clue")
            ]
            assert project.status(doc_id, "clue") in ("done", "todo")
        assert "GOVERNMENT" in project.label_names()  # not in the schema before: added
    assert sorted(got) == sorted(expected) and len(expected) > 20
    assert all(text[s:e] == entity for text, s, e, _, entity in got)


# -- Word and PDF --------------------------------------------------------------------------


def test_docx_paragraphs_and_tables(project, tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "抚州高新区年报"
    document.add_paragraph("抚州高新区全年实现工业营收932.4亿元。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "指标"
    table.rows[0].cells[1].text = "同比增长13.7%"
    document.add_paragraph("比亚迪投资建厂。")
    path = tmp_path / "report.docx"
    document.save(path)
    report = run_import(project, [path], "auto")
    doc = project.document(report.added[0])
    assert (
        doc.text == "抚州高新区全年实现工业营收932.4亿元。\n指标\t同比增长13.7%\n比亚迪投资建厂。"
    )
    assert doc.title == "抚州高新区年报"


PDF_TEXT = (
    "2024年，抚州高新区全年实现工业营收932.4亿元，同比增长13.7%，连续五年实现百亿元增长，"
    "总量稳居抚州市第一；完成规模以上工业总产值818.8亿元，同比增长12.4%。"
)


def test_pdf_with_clean_joins_the_broken_lines(project, tmp_path, capsys):
    path = tmp_path / "report.pdf"
    # a narrow column: lines break inside sentences
    write_column_pdf(path, [PDF_TEXT, "比亚迪在抚州投资建厂。"], width=60, title="抚州高新区年报")
    report = run_import(project, [path], "auto", clean=True)
    doc = project.document(report.added[0])
    assert doc.text == PDF_TEXT + "\n比亚迪在抚州投资建厂。"
    assert doc.title == "抚州高新区年报"
    original, offset_map = project.document_original(doc.id)
    assert original.count("\n") > 3 and len(offset_map) == len(doc.text) + 1
    # without --clean the layout's line breaks stay
    other = Project.create(tmp_path / "raw.biaozhu", annotator="alice")
    raw = run_import(other, [path], "pdf")
    assert other.document_text(raw.added[0]) == original
    other.close()


def test_a_broken_pdf_or_docx_is_refused(project, tmp_path):
    for name in ("x.pdf", "x.docx"):
        (tmp_path / name).write_bytes(b"not really " * 20)
    report = import_paths(project, [tmp_path / "x.pdf", tmp_path / "x.docx"])
    assert report.added == [] and len(report.failed) == 2


# -- imported gold is gold -----------------------------------------------------------------


def test_imported_spans_are_gold_unless_status_todo(tmp_path):
    path = write_jsonl(
        tmp_path / "d.jsonl",
        [{"text": TEXT, "label": [[7, 11, "METRIC"]]}, {"text": "没有标注。", "label": []}],
    )
    with Project.create(tmp_path / "a.biaozhu", annotator="alice") as project:
        report = run_import(project, [path], "doccano")
        assert project.status(report.added[0], "alice") == "done"
        # a document of an annotated file without spans is gold too: a negative
        assert project.status(report.added[1], "alice") == "done"
        assert project.gold_layers() == [(d, "alice") for d in report.added]
    with Project.create(tmp_path / "b.biaozhu", annotator="alice") as project:
        import_paths(
            project, [path], ImportOptions(fmt="doccano", annotator="alice", status="todo")
        )
        assert project.gold_layers() == []


@pytest.mark.parametrize(("fmt", "out"), [("label-studio", "gold.json"), ("hf", "gold")])
def test_a_gold_round_trip_keeps_the_documents_without_spans(tmp_path, fmt, out):
    """The gold's negatives (done, nothing to mark) came back from a Label
    Studio task with an empty annotation, or from an hf dataset, as
    documents to do: no longer gold, gone from the next export."""
    with Project.create(tmp_path / "a.biaozhu", annotator="alice") as project:
        doc, _ = project.add_document(TEXT)
        project.add_span(doc, 11, 18, "METRIC")
        empty, _ = project.add_document("这篇文章没有任何实体。")
        for d in (doc, empty):
            project.set_status(d, "done")
    path = tmp_path / out
    assert main(["export", str(tmp_path / "a.biaozhu"), "--format", fmt, "--out", str(path)]) == 0
    with Project.create(tmp_path / "b.biaozhu", annotator="alice") as project:
        run_import(project, [path], fmt)
        assert sorted(project.status(d, "alice") for d in project.document_ids()) == [
            "done",
            "done",
        ]
        assert len(project.gold_layers()) == 2


@pytest.mark.parametrize("split", [None, "3:1"])
def test_an_hf_dataset_folder_is_known_without_format(tmp_path, capsys, split):
    """`import P DATASET` (format auto) walked the saved dataset and read each
    of its JSON files as Label Studio tasks: one error per file, nothing imported."""
    with Project.create(tmp_path / "a.biaozhu", annotator="alice") as project:
        for n in range(4):
            doc, _ = project.add_document(f"第{n}篇：比亚迪营收增长13.7%。")
            project.add_span(doc, 4, 7, "COMPANY")
            project.set_status(doc, "done")
    out = tmp_path / "dataset"
    argv = ["export", str(tmp_path / "a.biaozhu"), "--format", "hf", "--out", str(out)]
    assert main(argv + (["--split", split] if split else [])) == 0
    assert main(["new", str(tmp_path / "b.biaozhu")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "b.biaozhu"), str(out)]) == 0
    assert "imported 4 documents with 4 spans" in capsys.readouterr().out


BLANK = "\u200b\u2060 \ufeff\u3000\u200d"  # zero-width characters and white space only


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("a.txt", BLANK, "a.txt: the file is empty"),
        ("a.jsonl", f'{{"text": "比亚迪营收18亿元。"}}\n{{"text": "{BLANK}"}}\n', "a.jsonl:2"),
        ("a.csv", f'text\n比亚迪营收18亿元。\n"{BLANK}"\n', "a.csv:3"),
    ],
)
def test_a_document_of_only_invisible_characters_fails_its_file_in_every_format(
    project, tmp_path, name, content, said
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report = import_paths(project, [path], ImportOptions())
    assert report.added == [] and project.document_ids() == []
    assert said in f"{report.failed[0][0]}: {report.failed[0][1]}"
    assert "\n" not in report.failed[0][1]


def test_the_store_takes_no_document_of_only_invisible_characters(project):
    with pytest.raises(InvalidInput, match="no text"):
        project.add_document(BLANK)
