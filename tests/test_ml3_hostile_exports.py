"""Exports of texts that real news exports hold: characters outside the BMP
(emoji, a ZWJ sequence, CJK Extension B), combining marks, zero-width
characters, byte-order marks inside and at the head of a text, CRLF and lone
CR, control characters, fullwidth digits, white space inside spans. Each
format is exported, loaded with the library an ML engineer loads it with,
and imported into a fresh project: the same spans come back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before datasets is imported

from models import Project  # noqa: E402
from models.io.export import export_project  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402
from models.io.limits import SPACY_IMPORT_CHARS  # noqa: E402

# (id, text, span texts): each span is the first occurrence of its text.
HOSTILE = [
    (
        "astral",
        "😀🎉𠮷野家科技有限公司营收932.4亿元，👨\u200d👩\u200d👧比亚迪增长13.7%。",
        ["𠮷野家科技有限公司", "932.4亿元", "比亚迪", "13.7%"],
    ),
    (
        "combining",
        "Cafe\u0301集团与Ａｐｐｌｅ公司合作，营收１３．７％。",
        ["Cafe\u0301集团", "Ａｐｐｌｅ公司", "１３．７％"],
    ),
    ("bom-head", "\ufeff比亚迪股份有限公司发布年报。", ["比亚迪股份有限公司"]),
    ("bom-inside", "前文\ufeff比亚迪股份有限公司发布\u200b年报\u200d。", ["比亚迪股份有限公司"]),
    (
        "crlf",
        "第一段\r\n比亚迪\r\n营收\r增长13.7%\r\n宁德\r时代",
        ["比亚迪", "13.7%", "宁德\r时代", "营收\r增长"],
    ),
    (
        "controls",
        "比亚迪\x07公司\x1b发布\x0c新款\x1c汽车\x85销量\u2028增长5%\u2029完",
        ["比亚迪\x07公司", "汽车\x85销量", "5%"],
    ),
    ("spaces", "比亚迪\t公司 营收\u3000增长 5%", ["比亚迪\t公司", "5%"]),
]


def label_of(surface: str) -> str:
    return "METRIC" if any(c in surface for c in "%％亿") else "COMPANY"


def build(path: Path, docs: list[tuple[str, str, list[str]]] = HOSTILE) -> Path:
    with Project.create(path, annotator="gold") as project:
        for doc_id, text, surfaces in docs:
            project.add_document(text, doc_id=doc_id)
            for surface in surfaces:
                start = text.index(surface)
                project.add_span(doc_id, start, start + len(surface), label_of(surface))
            project.set_status(doc_id, "done")
    return path


def contents(project: Project) -> dict[str, tuple[str, list[tuple[int, int, str, str]]]]:
    out = {}
    for doc_id, who in project.gold_layers():
        spans = sorted((a.start, a.end, a.label, a.text) for a in project.annotations(doc_id, who))
        out[doc_id] = (project.document_text(doc_id), spans)
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("hostile") / "h.biaozhu")


def round_trip(project_path: Path, fmt: str, out: Path) -> tuple[dict, dict]:
    with Project.open(project_path, readonly=True) as project:
        before = contents(project)
        export_project(project, fmt, out)
    with Project.create(out.parent / f"again-{fmt}.biaozhu", annotator="gold") as again:
        report = import_paths(again, [out], ImportOptions(fmt=fmt, annotator="gold"))
        assert report.failed == []
        return before, contents(again)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("jsonl", "h.jsonl"),
        ("doccano", "h.doccano.jsonl"),
        ("label-studio", "h.json"),
        ("brat", "brat"),
        ("spacy", "h.spacy"),
        ("hf", "hf"),
        ("conll", "h.conll"),
    ],
)
def test_hostile_texts_come_back_with_the_same_spans(hostile, tmp_path, fmt, name):
    before, after = round_trip(hostile, fmt, tmp_path / name)
    assert after == before


def test_label_studio_offsets_are_code_points_as_label_studio_counts_them(hostile, tmp_path):
    """Label Studio's editor stores a Text region's start and end in code points
    (its own test, web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts: "🐱
    Warning: This is a test text" gives "test" 21..25), not the browser's
    UTF-16 units: text[start:end] in Python is the region's text."""
    out = tmp_path / "h.json"
    with Project.open(hostile, readonly=True) as project:
        export_project(project, "label-studio", out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    astral = next(t for t in tasks if t["data"]["doc_id"] == "astral")
    regions = astral["annotations"][0]["result"]
    assert len(regions) == 4
    for region in regions:
        value = region["value"]
        assert astral["data"]["text"][value["start"] : value["end"]] == value["text"]
    manifest = json.loads((tmp_path / "h.json.manifest.json").read_text(encoding="utf-8"))
    assert manifest["offsets"] == "code points"


def label_studio_task(text: str, start: int, end: int, shown: str) -> dict:
    region = {
        "id": "r1",
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": shown, "labels": ["COMPANY"]},
    }
    return {"id": 1, "data": {"text": text}, "annotations": [{"result": [region]}]}


@pytest.mark.parametrize(
    ("start", "end"),
    [(2, 7), (3, 8)],  # code points, as Label Studio counts; UTF-16, as versions before 1.6 did
)
def test_label_studio_tasks_of_either_count_are_read(tmp_path, start, end):
    text = "𠮷，比亚迪公司\n发布。"
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([label_studio_task(text, start, end, "比亚迪公司")]), "utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="gold") as project:
        assert import_paths(project, [path], ImportOptions(annotator="gold")).failed == []
        [span] = project.annotations(project.document_ids()[0], "gold")
        assert (span.start, span.end, span.text) == (2, 7, "比亚迪公司")


def test_label_studio_region_text_across_a_line_break_is_read(tmp_path):
    r"""Label Studio writes a region's text with each line break as the two
    characters \n (selectionText.replace(/[\n\r]/g, "\\n")): a span that
    crosses a line break is the same span."""
    text = "富联精\r\n密公司投产。"
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([label_studio_task(text, 0, 8, "富联精\\n\\n密公司")]), "utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="gold") as project:
        assert import_paths(project, [path], ImportOptions(annotator="gold")).failed == []
        [span] = project.annotations(project.document_ids()[0], "gold")
        assert span.text == "富联精\r\n密公司"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps([label_studio_task(text, 0, 8, "富联精\\n\\n密集团")]), "utf-8")
    with Project.create(tmp_path / "q.biaozhu", annotator="gold") as project:
        [(_, reason)] = import_paths(project, [wrong], ImportOptions(annotator="gold")).failed
        assert "“富联精\\n\\n密集团”" in str(reason) and project.document_ids() == []


def test_brat_counts_a_byte_order_mark_at_the_head_of_the_text_as_brat_does(tmp_path):
    """brat opens a .txt with Python's 'utf8' codec, which keeps a leading
    U+FEFF as the text's first character: its offsets count it."""
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("\ufeff比亚迪发布年报。", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tCOMPANY 1 4\t比亚迪\n", encoding="utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="gold") as project:
        assert import_paths(project, [folder], ImportOptions(annotator="gold")).failed == []
        [span] = project.annotations("a", "gold")
        assert span.text == "比亚迪"


def test_a_spacy_file_biaozhu_cannot_read_back_is_named_in_the_notes(tmp_path):
    """A .spacy inflates whole when read; Biaozhu's import refuses one that
    inflates past its bounds (128 MB, 100 times its size: a project of some
    three million characters, or an article with a long run of one character,
    which compresses a thousandfold). spaCy loads it; the export says that
    Biaozhu's import will not."""
    from models.io.archive import check_zlib

    run = build(tmp_path / "run.biaozhu", [("run", "比亚迪" + "—" * 60_000 + "。", ["比亚迪"])])
    with Project.open(run, readonly=True) as project:
        report = export_project(project, "spacy", tmp_path / "run.spacy")
    assert report.notes["spacy_not_importable"] == 1
    # said in characters, as the import's refusal says it, not in bytes alone
    chars = f"{SPACY_IMPORT_CHARS:,} characters"  # 2,500,000
    assert any(chars in line for line in report.note_lines())
    with pytest.raises(Exception, match="zip bomb"):
        check_zlib((tmp_path / "run.spacy").read_bytes(), "run.spacy", ".spacy")
    with Project.create(tmp_path / "again.biaozhu", annotator="gold") as again:
        [(_, reason)] = import_paths(again, [tmp_path / "run.spacy"], ImportOptions()).failed
        assert "zip bomb" in str(reason)
    with Project.open(build(tmp_path / "h.biaozhu"), readonly=True) as project:
        report = export_project(project, "spacy", tmp_path / "h.spacy")
    assert "spacy_not_importable" not in report.notes


# -- loaded as they are, by the libraries an ML engineer loads them with -----------------------


@pytest.mark.parametrize("unit", ["doc", "paragraph", "sentence"])
@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_spacy_docs_hold_the_texts_and_spans_at_their_offsets(hostile, tmp_path, unit, segmenter):
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "h.spacy"
    with Project.open(hostile, readonly=True) as project:
        expected = contents(project)
        export_project(project, "spacy", out, options={"unit": unit, "segmenter": segmenter})
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("zh").vocab))
    got: dict[str, list[tuple[int, int, str, str]]] = {}
    for doc in docs:
        offset = doc.user_data.get("offset", 0)
        text = expected[doc.user_data["id"]][0]
        assert text[offset : offset + len(doc.text)] == doc.text
        for span in doc.spans["sc"]:
            aligned = doc.char_span(span.start_char, span.end_char)  # on token edges
            assert aligned is not None and (aligned.start, aligned.end) == (span.start, span.end)
            start, end = offset + span.start_char, offset + span.end_char
            got.setdefault(doc.user_data["id"], []).append((start, end, span.label_, span.text))
    assert {k: sorted(v) for k, v in got.items()} == {k: v[1] for k, v in expected.items()}


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_hf_rows_hold_the_texts_tokens_and_spans(hostile, tmp_path, segmenter):
    from datasets import load_from_disk

    out = tmp_path / "hf"
    with Project.open(hostile, readonly=True) as project:
        expected = contents(project)
        export_project(project, "hf", out, options={"segmenter": segmenter})
    rows = [row for split in load_from_disk(str(out)).values() for row in split]
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        text, spans = expected[row["id"]]
        assert row["text"] == text
        assert sorted((s["start"], s["end"], s["label"], s["text"]) for s in row["spans"]) == spans
        for token, start in zip(row["tokens"], row["token_starts"], strict=True):
            assert text[start : start + len(token)] == token


@pytest.mark.parametrize(("fmt", "name"), [("jsonl", "h.jsonl"), ("doccano", "h.doccano.jsonl")])
def test_json_lines_load_in_datasets_and_pandas_with_their_texts(hostile, tmp_path, fmt, name):
    import pandas as pd
    from datasets import load_dataset

    out = tmp_path / name
    with Project.open(hostile, readonly=True) as project:
        expected = contents(project)
        export_project(project, fmt, out)
    data = load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "c"))
    frame = pd.read_json(out, lines=True, dtype={"id": str})
    for rows in (list(data), frame.to_dict("records")):
        assert {row["id"]: row["text"] for row in rows} == {k: v[0] for k, v in expected.items()}


@pytest.mark.parametrize("name", ["s.parquet", "s.csv"])
def test_span_tables_slice_the_texts_at_their_offsets(hostile, tmp_path, name):
    import pandas as pd

    out = tmp_path / name
    with Project.open(hostile, readonly=True) as project:
        expected = contents(project)
        export_project(project, "spans-" + name.split(".")[1], out)
    if name.endswith(".csv"):
        manifest = json.loads((tmp_path / f"{name}.manifest.json").read_text(encoding="utf-8"))
        frame = pd.read_csv(
            out, dtype=manifest["table"]["columns"], keep_default_na=False, na_values=[""]
        )
    else:
        frame = pd.read_parquet(out)
    got: dict[str, list[tuple[int, int, str, str]]] = {}
    for row in frame.itertuples():
        assert expected[row.document][0][row.start : row.end] == row.text
        got.setdefault(row.document, []).append((row.start, row.end, row.label, row.text))
    assert {k: sorted(v) for k, v in got.items()} == {k: v[1] for k, v in expected.items()}


@pytest.mark.parametrize(("fmt", "name"), [("jsonl", "h.jsonl"), ("doccano", "h.doccano.jsonl")])
def test_each_record_is_one_line_to_every_line_splitter(hostile, tmp_path, fmt, name):
    r"""U+2028, U+2029 and NEL (\x85) end a line for Python's str.splitlines
    (and U+2028/9 for JavaScript before ES2019), though JSON lets a string hold
    them raw: written escaped (\u2028), each record stays one line, the same
    JSON to every parser."""
    out = tmp_path / name
    with Project.open(hostile, readonly=True) as project:
        export_project(project, fmt, out)
    raw = out.read_text(encoding="utf-8")
    lines = raw.splitlines()
    assert len(lines) == len(HOSTILE) == raw.count("\n")
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in lines}
    assert texts == {doc_id: text for doc_id, text, _ in HOSTILE}


def test_a_brat_ann_whose_span_text_holds_a_line_separator_is_read_as_brat_reads_it(tmp_path):
    """brat reads a .ann line by line with universal newlines (\\n, \\r\\n, \\r):
    U+2028 or NEL inside a span's text, as scraped pages hold them, is part of
    the line, not the end of it."""
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "比亚迪\u2028汽车\x85公司发布年报。"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.ann").write_text(
        'T1\tCOMPANY 0 9\t比亚迪\u2028汽车\x85公司\r\n#1\tAnnotatorNotes T1\t{"note": "ok"}\r\n',
        encoding="utf-8",
        newline="",
    )
    with Project.create(tmp_path / "p.biaozhu", annotator="gold") as project:
        assert import_paths(project, [folder], ImportOptions(annotator="gold")).failed == []
        [span] = project.annotations("a", "gold")
        assert (span.start, span.end, span.text, span.attrs) == (0, 9, text[:9], {"note": "ok"})


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_json_lines_holding_a_raw_line_separator_are_read_line_by_line(tmp_path, encoding):
    r"""A JSON-lines file of another tool may hold U+2028 or NEL raw inside a
    string (JSON allows it): the records are the \n-separated lines, in any
    encoding, and in Label Studio's JSON-lines tasks too."""
    text = "比亚迪\u2028汽车\x85公司发布年报。"
    records = {
        "jsonl": {"id": "a", "text": text, "spans": [{"start": 0, "end": 9, "label": "COMPANY"}]},
        "label-studio": label_studio_task(text, 0, 9, "比亚迪\u2028汽车\x85公司"),
    }
    for fmt, record in records.items():
        path = tmp_path / f"{fmt}.jsonl"
        line = json.dumps(record, ensure_ascii=False)
        path.write_bytes((line + "\n" + line.replace('"a"', '"b"') + "\n").encode(encoding))
        with Project.create(tmp_path / f"{fmt}-{encoding}.biaozhu", annotator="gold") as project:
            options = ImportOptions(fmt=fmt, annotator="gold", extra={"encoding": encoding})
            assert import_paths(project, [path], options).failed == []
            [doc_id, *_] = project.document_ids()
            assert [a.text for a in project.annotations(doc_id, "gold")] == [text[:9]]
