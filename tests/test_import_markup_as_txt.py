"""``--format txt`` on a file whose ending says it is markup (a web page, a
JSON lines file, a Word document): refused in one line naming what to do,
instead of the markup imported as the article; a folder's such files are
left unread and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions, import_paths

NEWS = "抚州高新区工业总产值达1045亿元,同比增长27.1%。比亚迪抚州基地贡献率达61.8%。"


def dump(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as project:
        return list(project.conn.iterdump())


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    return path


def test_a_web_page_given_as_txt_is_refused_and_says_what_to_save(project_file, tmp_path, capsys):
    page = tmp_path / "news.html"
    page.write_text(f"<html><body><p>{NEWS}</p></body></html>", encoding="utf-8")
    before = dump(project_file)
    assert main(["import", str(project_file), str(page), "--format", "txt"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith(f"biaozhu: error: {page}: a web page")
    assert "save the article's text as .txt" in err
    assert dump(project_file) == before


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [
        ("gold.jsonl", json.dumps({"text": NEWS, "spans": []}, ensure_ascii=False), "jsonl"),
        ("rows.csv", f"id,text\n1,{NEWS}\n", "csv"),
        ("tasks.json", json.dumps([{"data": {"text": NEWS}}], ensure_ascii=False), "label-studio"),
    ],
)
def test_a_file_another_reader_reads_given_as_txt_names_that_reader(
    project_file, tmp_path, name, content, reader
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = dump(project_file)
    with Project.open(project_file) as project:
        report = import_paths(project, [path], ImportOptions(fmt="txt"))
    assert report.added == []
    ((where, reason),) = report.failed
    assert where == str(path)
    assert "which --format txt would take as one article, markup and all" in reason
    assert f"import it without --format (it is read as {reader})" in reason
    assert dump(project_file) == before


def test_plain_text_of_any_other_ending_is_still_read_as_txt(project_file, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NEWS, encoding="utf-8")
    plain = tmp_path / "a.txt"
    plain.write_text(NEWS + "又一篇。", encoding="utf-8")
    with Project.open(project_file) as project:
        report = import_paths(project, [notes, plain], ImportOptions(fmt="txt"))
        assert report.failed == [] and len(report.added) == 2
        assert project.document_text(report.added[0]) == NEWS


def test_a_folder_read_as_txt_leaves_its_pages_and_other_formats_unread(
    project_file, tmp_path, capsys
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    (folder / "b.htm").write_text(f"<p>{NEWS}又一篇。</p>", encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps({"text": "第三篇。"}) + "\n", encoding="utf-8")
    assert main(["import", str(project_file), str(folder), "--format", "txt"]) == 0
    out = capsys.readouterr().out
    assert "imported 1 document" in out
    assert f"left unread {folder / 'b.htm'}: a web page" in out
    assert f"left unread {folder / 'c.jsonl'}: a .jsonl file" in out
    with Project.open(project_file, readonly=True) as project:
        assert [project.document_text(d) for d in project.document_ids()] == [NEWS]
