"""Importing files: encodings, duplicates, bad files, concurrent writers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from models import Project
from models.io.importers import ImportOptions, import_paths


def dump(project: Project) -> list:
    return list(project.conn.iterdump())


def test_corpus_and_a_gb18030_copy_give_five_documents(project, corpus_dir, tmp_path):
    first = sorted(corpus_dir.glob("*.txt"))[0]
    gb = tmp_path / "copy_gb18030.txt"
    gb.write_bytes(first.read_text(encoding="utf-8").encode("gb18030"))
    report = import_paths(project, [corpus_dir, gb])
    assert len(report.added) == 5 and report.failed == []
    assert report.skipped == [(str(gb), first.stem)]
    doc = project.document(first.stem)
    assert doc.text == first.read_text(encoding="utf-8")
    assert doc.title == next(line.strip() for line in doc.text.splitlines() if line.strip())
    assert project.verify().ok


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected_from_the_bytes(project, tmp_path, encoding):
    text = "抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。\n比亚迪、江西铜博科技有限公司。"
    path = tmp_path / f"a_{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    report = import_paths(project, [path])
    assert report.failed == []
    assert project.document(report.added[0]).text == text


def test_a_binary_file_is_refused_and_nothing_is_written(project, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    before = dump(project)
    report = import_paths(project, [binary])
    assert report.added == [] and len(report.failed) == 1
    assert "binary" in report.failed[0][1]
    assert dump(project) == before


def test_valid_utf8_full_of_control_characters_is_refused_as_binary(project, tmp_path):
    article = "营业收入932.4亿元，同比增长13.7%。\n" * 20
    stray = tmp_path / "stray.txt"  # one stray control character: still an article
    stray.write_text(article + "\x01", encoding="utf-8")
    dump_file = tmp_path / "dump.txt"  # decodes as UTF-8, but 3 characters in 4 are control
    dump_file.write_text("".join(c + "\x02\x03\x1b" for c in article), encoding="utf-8")
    report = import_paths(project, [stray, dump_file])
    assert len(report.added) == 1
    assert report.failed == [(str(dump_file), "binary data, not a text file")]


def test_bad_files_are_listed_while_good_ones_stay(project, tmp_path, corpus_dir):
    good = tmp_path / "good.jsonl"
    text = "今年营收18亿元。"
    good.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": text,
                "spans": [{"start": 4, "end": 8, "label": "METRIC", "text": "18亿元"}],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    truncated = tmp_path / "truncated.jsonl"
    truncated.write_text(
        '{"id": "t1", "text": "第一行"}\n{"id": "t2", "text": "第二', encoding="utf-8"
    )
    outside = tmp_path / "outside.jsonl"
    outside.write_text(
        json.dumps(
            {"text": "短文本", "spans": [{"start": 1, "end": 9, "label": "METRIC"}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    report = import_paths(project, [good, truncated, outside])
    assert report.added == ["g1"]
    failed = dict(report.failed)
    assert "truncated" in failed[str(truncated)] and ":2" in failed[str(truncated)]
    assert "outside" in failed[str(outside)]
    # the truncated file's first (valid) line was not imported: all or nothing
    assert project.document_count() == 1


def test_jsonl_spans_become_the_annotators_gold_and_done(project, seeds_path):
    report = import_paths(project, [seeds_path], ImportOptions(annotator="gold"))
    expected = sum(len(json.loads(line)["spans"]) for line in seeds_path.open(encoding="utf-8"))
    assert report.spans == expected and len(report.added) == 5
    assert project.stats()["annotations"] == expected
    assert {project.status(d, "gold") for d in report.added} == {"done"}
    ann = project.annotations(report.added[0], "gold")[0]
    assert ann.origin == "imported"
    assert project.document_text(ann.doc_id)[ann.start : ann.end] == ann.text


def test_each_imported_span_has_its_own_event_and_the_chain_holds(project, seeds_path):
    report = import_paths(project, [seeds_path], ImportOptions(annotator="gold"))
    added = project.history(action="span.added")
    assert len(added) == report.spans
    ann = project.annotations(report.added[-1], "gold")[-1]
    event = next(e for e in added if e.target == str(ann.id))
    assert event.annotator == "gold" and event.doc_id == ann.doc_id
    assert (event.after["start"], event.after["end"], event.after["label"]) == (
        ann.start,
        ann.end,
        ann.label,
    )
    assert event.after["text"] == ann.text and event.after["origin"] == "imported"
    assert project.verify().ok


def test_overlapping_spans_in_one_line_fail_the_file_and_write_nothing(project, tmp_path):
    text = "江西铜博科技有限公司营收932.4亿元。"
    spans = [
        {"start": 0, "end": 10, "label": "COMPANY"},
        {"start": 2, "end": 4, "label": "COMPANY"},  # 铜博, inside the first
    ]
    path = tmp_path / "overlap.jsonl"
    path.write_text(json.dumps({"text": text, "spans": spans}, ensure_ascii=False), "utf-8")
    before = dump(project)
    report = import_paths(project, [path])
    assert len(report.failed) == 1
    assert report.failed[0][1].startswith(
        "line 1: span “铜博” (2..4): the span overlaps “江西铜博科技有限公司”"
    )
    assert dump(project) == before


def test_csv_with_text_id_and_title(project, tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'id,title,text,date\nn1,标题一,第一篇文章。,2024-01-01\nn2,,"第二篇\n文章。",\n',
        encoding="gb18030",
    )
    report = import_paths(project, [path])
    assert report.added == ["n1", "n2"]
    assert project.document("n1").title == "标题一"
    assert project.document("n1").meta == {"date": "2024-01-01"}
    assert project.document("n2").title == "第二篇"


def test_csv_without_text_column_is_refused(project, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,body\n1,正文\n", encoding="utf-8")
    report = import_paths(project, [path])
    assert "no 'text' column" in report.failed[0][1]


def test_unknown_labels_in_imported_spans_join_the_schema(project, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(
        json.dumps(
            {"text": "张三在北京。", "spans": [{"start": 0, "end": 2, "label": "PERSON"}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    import_paths(project, [path])
    assert "PERSON" in project.label_names()
    assert project.history(action="labels.changed")


def test_two_processes_importing_at_once_lose_nothing(tmp_path, corpus_dir):
    path = tmp_path / "shared.biaozhu"
    Project.create(path).close()
    sentences = [
        s
        for f in sorted(corpus_dir.glob("*.txt"))
        for s in f.read_text(encoding="utf-8").split("。")
        if len(s) > 10
    ]
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(40):
            (folder / f"{name}{i}.txt").write_text(
                f"{name}{i}\n" + "。".join(sentences[i : i + 5]), encoding="utf-8"
            )
        folders.append(folder)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "import", str(path), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folder in folders
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    with Project.open(path) as p:
        assert p.document_count() == 80
        assert len(p.history(action="doc.imported")) == 80
        assert p.verify().ok


def test_cancelling_keeps_the_files_read_before(project, tmp_path):
    from models.progress import Cancelled, NoProgress

    class CancelAfterThree(NoProgress):
        def __init__(self):
            self.done = 0

        def advance(self, n=1, note=""):
            self.done += n

        def cancelled(self):
            return self.done >= 3

    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"第{i}篇文章。", encoding="utf-8")
    with pytest.raises(Cancelled):
        import_paths(project, [tmp_path], progress=CancelAfterThree())
    assert project.document_count() == 3
    assert project.verify().ok


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
def test_jsonl_in_another_encoding_is_read_in_its_own(project, tmp_path, encoding):
    lines = [{"id": f"n{i}", "text": f"第{i}篇：营业收入932.4亿元。"} for i in range(3)]
    path = tmp_path / "news.jsonl"
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    path.write_bytes(body.encode(encoding))
    report = import_paths(project, [path])
    assert report.ok and report.added == ["n0", "n1", "n2"]
    assert project.document_text("n2") == "第2篇：营业收入932.4亿元。"


def test_a_jsonl_line_broken_mid_character_names_the_file_and_writes_nothing(project, tmp_path):
    good = json.dumps({"text": "比亚迪营业收入增长13.7%。"}, ensure_ascii=False).encode()
    path = tmp_path / "cut.jsonl"
    path.write_bytes(good + b"\n" + good[:-4] + b"\n")  # the second line ends inside 。
    before = dump(project)
    report = import_paths(project, [path])
    assert len(report.failed) == 1 and report.failed[0][0] == str(path)
    assert dump(project) == before


def test_every_batch_is_committed_when_the_import_returns(project, tmp_path, monkeypatch):
    """Batches commit in the background while the next files are read; none
    may still be on its way when import_paths returns."""
    import models.io.importers as importers

    monkeypatch.setattr(importers, "BATCH_SECONDS", 0.0)  # a commit after every file
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(f"第{i}篇文章。" * 200, encoding="utf-8")
    committed: list[str] = []
    options = ImportOptions(on_commit=committed.extend)
    report = import_paths(project, [tmp_path], options)
    assert sorted(committed) == sorted(report.added) and len(report.added) == 40
    assert not project.conn.in_transaction
    with Project.open(project.path) as other:  # another connection sees them all
        assert other.document_count() == 40
        assert other.verify().ok
