"""The rest of a newcomer's first hour: a mistyped label map source, a
``new`` over a file that is no project, ``--doc`` given several ids, the
files of the real world (a Word or PDF article, a CSV export of a news
site) and a project with nothing in it yet. Each slip is one line naming
the fix, exit status 1, and nothing changed in the project."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import Project
from models.errors import InvalidInput
from models.io import importers
from models.io.importers import ImportOptions, import_paths
from tests.test_cli_newcomer import dump, one_error_line, run


@pytest.fixture
def project_file(tmp_path, capsys) -> Path:
    path = tmp_path / "p.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    return path


def write_lines(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def cluener_file(path: Path) -> Path:
    return write_lines(
        path,
        [
            {"text": "浙商银行企业信贷部叶老桂博士", "label": {"company": {"浙商银行": [[0, 3]]}}},
            {"text": "比亚迪发布新车", "label": {"company": {"比亚迪": [[0, 2]]}}},
            {"text": "叶老桂认为", "label": {"name": {"叶老桂": [[0, 2]]}}},
        ],
    )


# -- a label map's source that no file holds -----------------------------------------------------


@pytest.mark.parametrize("fmt", [(), ("--format", "cluener")])
def test_a_mistyped_label_map_source_is_refused_naming_the_files_types(
    capsys, project_file, tmp_path, fmt
):
    """`--label-map compnay=COMPANY` dropped every span and imported the
    documents as finished gold with none: negatives that teach the model
    that 浙商银行 is no company."""
    data = cluener_file(tmp_path / "train.jsonl")
    before = dump(project_file)
    code, out, err = run(
        capsys, "import", project_file, data, *fmt, "--label-map", "compnay=COMPANY"
    )
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert "'compnay'" in line and "did you mean company?" in line
    assert "company, name" in line  # the types the file holds
    assert dump(project_file) == before
    code, out, _ = run(capsys, "import", project_file, data, "--label-map", "company=COMPANY")
    assert code == 0 and "imported 3 documents with 2 spans" in out


def test_a_label_map_source_of_another_format_is_refused(capsys, project_file, tmp_path):
    """A JSON-lines file of our own labels, mapped as if it held CLUENER's types."""
    data = write_lines(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "a",
                "text": "比亚迪营收增长。",
                "spans": [{"start": 0, "end": 3, "label": "COMPANY"}],
            }
        ],
    )
    before = dump(project_file)
    code, _, err = run(capsys, "import", project_file, data, "--label-map", "ORG=COMPANY")
    line = one_error_line(err)
    assert code == 1 and "'ORG'" in line and "COMPANY" in line
    assert dump(project_file) == before


def test_a_label_map_over_files_without_spans_is_refused(capsys, project_file, tmp_path):
    data = tmp_path / "a.txt"
    data.write_text("比亚迪营收增长。", encoding="utf-8")
    before = dump(project_file)
    code, _, err = run(capsys, "import", project_file, data, "--label-map", "company=COMPANY")
    line = one_error_line(err)
    assert code == 1 and "'company'" in line and "no spans" in line
    assert dump(project_file) == before


def test_a_source_held_by_a_later_file_only_is_taken(project, tmp_path, monkeypatch):
    """Every file's types count: the map names what the files hold together,
    and an import that commits as it goes still imports all of them."""
    monkeypatch.setattr(importers, "BATCH_SECONDS", 0.0)  # a commit after every file
    first = write_lines(
        tmp_path / "a.jsonl", [{"text": "叶老桂博士认为", "label": {"name": {"叶老桂": [[0, 2]]}}}]
    )
    second = cluener_file(tmp_path / "b.jsonl")
    options = ImportOptions(fmt="cluener", extra={"label_map": {"company": "COMPANY"}})
    report = import_paths(project, [first, second], options)
    assert report.failed == [] and len(report.added) == 4 and report.spans == 2


def test_a_source_no_file_holds_changes_nothing_though_files_were_written(
    project, tmp_path, monkeypatch
):
    """The types of every file are known only once the last one is read; the
    files written before it are not committed until then."""
    monkeypatch.setattr(importers, "BATCH_SECONDS", 0.0)
    paths = [cluener_file(tmp_path / f"{i}.jsonl") for i in range(3)]
    paths[1].write_text(
        paths[1].read_text("utf-8").replace("浙商银行企业", "招商银行企业"), "utf-8"
    )
    texts = tmp_path / "t.txt"
    texts.write_text("园区新增企业12家。", encoding="utf-8")
    before = list(project.conn.iterdump())
    committed: list[str] = []
    options = ImportOptions(
        extra={"label_map": {"company": "COMPANY", "nmae": "PERSON"}}, on_commit=committed.extend
    )
    with pytest.raises(InvalidInput, match=r"'nmae'.*did you mean name\?"):
        import_paths(project, [texts, *paths], options)
    assert list(project.conn.iterdump()) == before and committed == []
    assert project.document_ids() == []


# -- new over a file that is there -----------------------------------------------------------


def test_new_over_a_file_that_is_no_project_says_so_and_leaves_it(capsys, tmp_path):
    """`biaozhu new README.md` said "already exists; open it instead": no
    one can open a README in Biaozhu."""
    readme = tmp_path / "README.md"
    readme.write_text("# Notes\n\nnot a project\n", encoding="utf-8")
    code, out, err = run(capsys, "new", readme)
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert "not a Biaozhu project" in line and "not overwrite" in line
    assert "open it instead" not in line
    assert readme.read_text(encoding="utf-8") == "# Notes\n\nnot a project\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_new_over_a_project_says_to_open_it(capsys, project_file):
    before = dump(project_file)
    code, out, err = run(capsys, "new", project_file)
    line = one_error_line(err)
    assert (
        code == 1 and "is a Biaozhu project already" in line and f"biaozhu {project_file}" in line
    )
    assert dump(project_file) == before


def test_new_over_a_folder_names_a_file_to_make(capsys, tmp_path):
    code, out, err = run(capsys, "new", tmp_path)
    line = one_error_line(err)
    assert code == 1 and "is a folder" in line and "work.biaozhu" in line
    assert list(tmp_path.iterdir()) == []


# -- a screenshot that succeeded says nothing ----------------------------------------------------


def test_a_screenshot_prints_no_qt_noise(tmp_path):
    """Qt's offscreen plugin said "This plugin does not support
    propagateSizeHints()" twice on a screenshot that worked."""
    from tests.test_cli import NO_DISPLAY, biaozhu

    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    out = tmp_path / "shot.png"
    result = biaozhu("--screenshot", str(out), str(proj), env=NO_DISPLAY)
    assert result.returncode == 0 and result.stderr == ""
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_qt_warnings_other_than_that_one_are_still_shown(tmp_path):
    script = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import qWarning\n"
        "from desktop.gui.launch import quiet_known_qt_noise\n"
        "quiet_known_qt_noise()\n"
        "qWarning('This plugin does not support propagateSizeHints()')\n"
        "qWarning('QFont: a warning of its own')\n"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "QFont: a warning of its own\n"


# -- an option the README writes with ... takes several values ------------------------------------


@pytest.fixture
def three_docs(project_file, tmp_path, capsys) -> Path:
    data = write_lines(
        tmp_path / "docs.jsonl",
        [
            {"id": "a", "text": "比亚迪营业收入932.4亿元，同比增长13.7%。"},
            {"id": "b", "text": "园区新增规上工业企业12家。"},
            {"id": "c", "text": "全年实现工业营收1300亿元以上。"},
        ],
    )
    assert run(capsys, "import", project_file, data)[0] == 0
    return project_file


def suggested_documents(path: Path) -> set[str]:
    with Project.open(path, readonly=True) as project:
        return {d for d in project.document_ids() if project.suggestions(d)}


def test_suggest_doc_takes_several_ids_as_the_readme_writes_them(capsys, three_docs):
    """README: `suggest --project PROJECT [--doc ID...]`; `--doc a b` was
    refused as "--doc selects project documents; use it without FILE"."""
    code, out, err = run(capsys, "suggest", "--project", three_docs, "--doc", "a", "b")
    assert code == 0, err
    assert "suggested 2 documents" in out
    assert suggested_documents(three_docs) == {"a", "b"}
    code, out, err = run(capsys, "suggest", "--project", three_docs, "--doc", "b", "--doc", "c")
    assert code == 0 and "suggested 2 documents" in out
    assert suggested_documents(three_docs) == {"a", "b", "c"}


def test_suggest_doc_of_no_document_changes_nothing(capsys, three_docs):
    before = dump(three_docs)
    code, _, err = run(capsys, "suggest", "--project", three_docs, "--doc", "a", "nosuch")
    assert code == 1 and "'nosuch'" in one_error_line(err)
    assert dump(three_docs) == before


def test_agreement_doc_takes_several_ids(capsys, three_docs):
    code, out, err = run(capsys, "agreement", three_docs, "--doc", "a", "b", "--json")
    assert code == 0, err
    code, _, err = run(capsys, "agreement", three_docs, "--doc", "a", "nosuch")
    assert code == 1 and "'nosuch'" in one_error_line(err)


def test_every_option_the_readme_writes_with_dots_takes_several_values():
    """`--doc ID...` in the README is an option that takes one or more values,
    and an option that does is written so."""
    from desktop.cli import build_parser, subcommands
    from tests.test_cli_newcomer import readme_command_lines

    commands = subcommands(build_parser())
    for line in readme_command_lines():
        command = line.split()[1]
        if command not in commands:
            continue
        actions = commands[command]._option_string_actions
        for option, value in re.findall(r"(--[a-z-]+) ([A-Z][\w.,]*)", line):
            several = actions[option].nargs in ("+", "*")
            dots = value.endswith("...") and not value.endswith(",...")  # A,B,... is one value
            assert dots == several, (command, option, value)


# -- a project with nothing in it yet ----------------------------------------------------------


def test_stats_of_a_new_project_says_how_documents_come_in(capsys, project_file):
    code, out, err = run(capsys, "stats", project_file)
    assert code == 0 and err == ""
    assert all(line == line.rstrip() for line in out.splitlines()), out
    assert f"no documents yet: biaozhu import {project_file} PATH... adds them" in out
    code, out, _ = run(capsys, "stats", project_file, "--json")
    assert code == 0 and json.loads(out)["documents"] == 0  # JSON: the counts only


def test_queue_of_a_new_project_says_there_is_nothing_to_do_and_why(capsys, project_file):
    """`queue` printed nothing at all, as if it had not run."""
    code, out, err = run(capsys, "queue", project_file)
    assert code == 0 and err == ""
    assert (
        out
        == f"nothing to do: no documents yet (biaozhu import {project_file} PATH... adds them)\n"
    )
    code, out, _ = run(capsys, "queue", project_file, "--json")
    assert code == 0 and out == ""  # JSON lines: none


def test_queue_when_every_document_is_done_says_so(capsys, project_file, tmp_path):
    data = write_lines(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "a",
                "text": "比亚迪营收增长。",
                "spans": [{"start": 0, "end": 3, "label": "COMPANY"}],
            }
        ],
    )
    assert run(capsys, "import", project_file, data, "--annotator", "ann")[0] == 0
    code, out, _ = run(capsys, "queue", project_file, "--annotator", "ann")
    assert code == 0 and out == "nothing to do: ann has finished the only document\n"


def test_export_of_a_new_project_says_it_has_no_documents(capsys, project_file, tmp_path):
    out_path = tmp_path / "gold.jsonl"
    code, out, err = run(capsys, "export", project_file, "--format", "jsonl", "--out", out_path)
    line = one_error_line(err)
    assert code == 1 and "no documents yet" in line and f"biaozhu import {project_file}" in line
    assert not out_path.exists()


def test_a_format_named_by_part_of_its_name_is_named_in_full(capsys, project_file, tmp_path):
    """`export --format csv` listed eleven formats and named none."""
    code, _, err = run(
        capsys, "export", project_file, "--format", "csv", "--out", tmp_path / "x.csv"
    )
    line = one_error_line(err)
    assert code == 1 and "did you mean 'metrics-csv' or 'spans-csv'?" in line
    code, _, err = run(capsys, "export", project_file, "--format", "parquet", "--out", tmp_path)
    assert "did you mean 'metrics-parquet' or 'spans-parquet'?" in one_error_line(err)


# -- files of the real world ------------------------------------------------------------------

NEWS = "抚州高新区工业总产值达1045亿元,同比增长27.1%。比亚迪抚州基地贡献率达61.8%。"


def refused(capsys, project_file: Path, *argv) -> str:
    """The one line an import is refused with, the project unchanged."""
    before = dump(project_file)
    code, out, err = run(capsys, "import", project_file, *argv)
    line = one_error_line(err)
    assert code == 1 and out == "", out
    assert dump(project_file) == before
    return line


@pytest.mark.parametrize(
    "name, words",
    [
        ("article.doc", ("Word 97", "save it as .docx")),
        ("article.wps", ("WPS", "save it as .docx")),
        ("news.xlsx", ("spreadsheet", "CSV", "text")),
        ("news.xls", ("spreadsheet", "CSV", "text")),
        ("page.html", ("web page", ".txt")),
        ("page.htm", ("web page", ".txt")),
        ("article.rtf", ("rich text", ".docx")),
    ],
)
def test_a_file_of_a_kind_biaozhu_does_not_read_says_what_to_save_it_as(
    capsys, project_file, tmp_path, name, words
):
    """`unknown file type .doc; give --format (e.g. --format txt …)`: a Word
    file read as text is binary data, a web page read as text imports its
    markup as the article."""
    path = tmp_path / name
    path.write_bytes(b"<html><body><p>" + NEWS.encode() + b"</p></body></html>")
    line = refused(capsys, project_file, path)
    assert all(w in line for w in words), line
    assert "--format txt" not in line


def test_a_folder_says_which_files_it_left_unread_and_why(capsys, project_file, tmp_path):
    """A folder of .docx and .doc articles imported the .docx and said nothing
    of the .doc ones, which the walk passed over."""
    import docx

    folder = tmp_path / "in"
    folder.mkdir()
    document = docx.Document()
    document.add_paragraph(NEWS)
    document.save(str(folder / "a.docx"))
    (folder / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    (folder / "notes.md").write_text("# notes", encoding="utf-8")  # passed over, as before
    code, out, err = run(capsys, "import", project_file, folder)
    assert code == 0, err
    assert "imported 1 document" in out
    assert f"left unread {folder / 'b.doc'}: a Word 97" in out and "notes.md" not in out
    only_doc = tmp_path / "docs"
    only_doc.mkdir()
    (only_doc / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    line = refused(capsys, project_file, only_doc)
    assert "nothing to import" in line and "c.doc" in line and "save it as .docx" in line


def write_csv(
    path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    import csv

    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize(
    "delimiter, encoding",
    [("\t", "utf-16"), (";", "utf-8"), ("\t", "utf-8-sig")],
    ids=["excel-unicode-text", "semicolons", "tabs"],
)
def test_a_csv_separated_by_tabs_or_semicolons_is_read(
    capsys, project_file, tmp_path, delimiter, encoding
):
    """Excel's "Unicode Text" is tab-separated UTF-16, and Excel writes CSV
    with semicolons where the comma is the decimal mark; the articles' own
    commas then split them: 'Expected 1 fields in line 3, saw 8'."""
    rows = [["title", "text"], ["高新区", NEWS], ["第二篇", "规上工业企业达322家,营收增长13.7%。"]]
    path = write_csv(tmp_path / "news.csv", rows, encoding, delimiter)
    code, out, err = run(capsys, "import", project_file, path)
    assert code == 0, err
    with Project.open(project_file, readonly=True) as project:
        texts = sorted(project.document_text(d) for d in project.document_ids())
    assert texts == sorted([NEWS, "规上工业企业达322家,营收增长13.7%。"])


def test_a_csv_column_named_text_in_another_case_or_with_spaces_is_the_text(
    capsys, project_file, tmp_path
):
    path = write_csv(tmp_path / "news.csv", [[" Title", "Text "], ["高新区", NEWS]])
    code, out, err = run(capsys, "import", project_file, path)
    assert code == 0, err
    with Project.open(project_file, readonly=True) as project:
        [doc] = project.document_ids()
        assert project.document_text(doc) == NEWS


def test_a_csv_without_a_text_column_names_the_column_that_holds_the_articles(
    capsys, project_file, tmp_path
):
    rows = [
        ["标题", "正文", "来源"],
        ["高新区", NEWS, "江西日报"],
        ["第二篇", NEWS + "另一段。", "新华社"],
    ]
    path = write_csv(tmp_path / "news.csv", rows, "gb18030")
    line = refused(capsys, project_file, path)
    assert "no 'text' column" in line and "标题, 正文, 来源" in line
    assert "rename 正文" in line and "to text" in line


def test_a_json_lines_file_without_text_names_the_keys_it_has(capsys, project_file, tmp_path):
    path = write_lines(
        tmp_path / "scraped.jsonl", [{"title": "高新区", "content": NEWS, "url": "u"}]
    )
    line = refused(capsys, project_file, path)
    assert 'no "text"' in line and "title, content, url" in line


def test_a_json_list_of_articles_is_not_taken_for_label_studio_silently(
    capsys, project_file, tmp_path
):
    """A .json file is read as Label Studio's tasks: a list of articles was
    refused as 'task 0: no "data" object with the text'."""
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"title": "高新区", "content": NEWS}], ensure_ascii=False), "utf-8")
    line = refused(capsys, project_file, path)
    assert "Label Studio" in line and "title, content" in line and ".jsonl" in line


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NAMESPACES = (
    f"{W} xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'"
    " xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
    " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
    " xmlns:v='urn:schemas-microsoft-com:vml'"
)
# A newsroom's Word file: an edit still tracked (999 deleted, 1045 inserted),
# a paragraph and a name in content controls (a template's fields), a page
# field, a place in a smart tag, a caption in a text box (which Word writes
# twice: for new readers and, as VML, for old ones).
QUIRKS = [
    "<w:p><w:r><w:t>工业总产值达</w:t></w:r><w:del w:id='1' w:author='ed'><w:r>"
    "<w:delText>999亿元</w:delText></w:r></w:del><w:ins w:id='2' w:author='ed'><w:r>"
    "<w:t>1045亿元</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>",
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>比亚迪抚州基地贡献率达61.8%。</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt>",
    "<w:p><w:r><w:t>记者</w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>刘琴</w:t></w:r>"
    "</w:sdtContent></w:sdt><w:r><w:t>报道</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>见第</w:t></w:r><w:fldSimple w:instr='PAGE'><w:r><w:t>3</w:t></w:r>"
    "</w:fldSimple><w:r><w:t>版</w:t></w:r></w:p>",
    "<w:p><w:smartTag w:uri='x' w:element='place'><w:r><w:t>抚州</w:t></w:r></w:smartTag>"
    "<w:r><w:t>高新区</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>园区全景。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
    "<w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>图为高新区</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>图为高新区</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    "</w:r></w:p>",
]


def test_a_word_file_keeps_its_tracked_insertions_content_controls_and_text_boxes(
    capsys, project_file, tmp_path
):
    """python-docx's paragraph text holds only the runs directly in the
    paragraph: a tracked insertion (the 1045亿元 of the edit), a content
    control, a field and a smart tag were dropped without a word, and the
    figures with them."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for i, xml in enumerate(QUIRKS):
        body.insert(i, parse_xml(xml.replace(">", f" {NAMESPACES}>", 1)))
    path = tmp_path / "edited.docx"
    document.save(str(path))
    code, out, err = run(capsys, "import", project_file, path)
    assert code == 0, err
    with Project.open(project_file, readonly=True) as project:
        [doc] = project.document_ids()
        assert project.document_text(doc) == (
            "工业总产值达1045亿元。\n比亚迪抚州基地贡献率达61.8%。\n记者刘琴报道\n见第3版\n"
            "抚州高新区\n园区全景。\n图为高新区"
        )


def test_a_pdf_locked_with_a_password_says_how_to_unlock_it(capsys, project_file, tmp_path):
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(80, 8, "Revenue grew 13.7% to 932.4 million yuan.")
    pdf.set_encryption(
        owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.RC4
    )
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    line = refused(capsys, project_file, path)
    assert "password" in line and "without one" in line


def test_a_web_page_saved_as_pdf_is_named_as_such(capsys, project_file, tmp_path):
    """A news site's PDF link that needs a login downloads its login page."""
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html><html><body>请登录</body></html>", encoding="utf-8")
    line = refused(capsys, project_file, path)
    assert "not a PDF" in line and "web page" in line


def test_office_lock_files_and_mac_resource_forks_in_a_folder_are_passed_over(
    capsys, project_file, tmp_path
):
    """Word keeps `~$article.docx` beside a document while it is open, and a
    Mac copies `._article.docx` onto a USB stick beside each file: a folder
    import failed on both ('not a readable .docx file'), status 1."""
    import docx

    folder = tmp_path / "in"
    folder.mkdir()
    document = docx.Document()
    document.add_paragraph(NEWS)
    document.save(str(folder / "article.docx"))
    (folder / "~$article.docx").write_bytes(b"\x05alice" + bytes(156))
    (folder / "._article.docx").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X" + bytes(60))
    code, out, err = run(capsys, "import", project_file, folder)
    assert code == 0 and err == "", err
    assert "imported 1 document" in out and "~$" not in out and "._" not in out
    line = refused(capsys, project_file, folder / "~$article.docx")
    assert "lock file" in line and "article.docx" in line


def test_an_import_with_the_file_before_the_project_says_the_project_comes_first(
    capsys, project_file, tmp_path
):
    """`biaozhu import news.csv p.biaozhu` said 'news.csv is not a Biaozhu
    project (not a readable SQLite file: file is not a database)'."""
    data = write_csv(tmp_path / "news.csv", [["text"], [NEWS]])
    before, csv_bytes = dump(project_file), data.read_bytes()
    code, out, err = run(capsys, "import", data, project_file)
    line = one_error_line(err)
    assert code == 1 and "the project comes first" in line
    assert f"biaozhu import {project_file} {data}" in line
    assert dump(project_file) == before and data.read_bytes() == csv_bytes


def test_a_missing_project_named_like_another_still_says_how_to_make_it(capsys, project_file):
    """`import new.biaozhu …` (meaning to make it) was told only 'did you mean
    p.biaozhu?', a name 0.8 alike."""
    wanted = project_file.with_name("pp.biaozhu")
    code, _, err = run(capsys, "stats", wanted)
    line = one_error_line(err)
    assert code == 1 and f"did you mean {project_file}?" in line
    assert f"biaozhu new {wanted} makes one" in line


def test_an_export_out_written_as_a_folder_for_a_format_of_one_file_is_refused(
    capsys, project_file, tmp_path
):
    """`--format jsonl --out gold/` wrote a file named gold, its manifest
    beside it as gold.manifest.json."""
    rows = [{"id": "a", "text": NEWS}, {"id": "b", "text": "规上工业企业达322家。"}]
    data = write_lines(tmp_path / "texts.jsonl", rows)
    assert run(capsys, "import", project_file, data, "--status", "done")[0] == 0
    out = f"{tmp_path / 'gold'}/"
    code, _, err = run(capsys, "export", project_file, "--format", "jsonl", "--out", out)
    line = one_error_line(err)
    assert code == 1 and "folder" in line and f"--out {tmp_path / 'gold' / 'gold.jsonl'}" in line
    assert not (tmp_path / "gold").exists() and not (tmp_path / "gold.manifest.json").exists()
    code, _, err = run(
        capsys, "export", project_file, "--format", "jsonl", "--out", out, "--split", "1:1"
    )
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "gold").iterdir()) == [
        "dev.jsonl",
        "manifest.json",
        "train.jsonl",
    ]


def test_a_csv_with_old_mac_line_ends_is_read_by_its_rows(project, tmp_path):
    """Excel for the Mac saved 'CSV' with a carriage return alone between
    rows: its header line is the first row, not the whole file."""
    path = tmp_path / "articles.csv"
    path.write_bytes(
        "id;text\r一;园区新增企业20家，产值增长13.7%。\r二;比亚迪发布年报。\r".encode()
    )
    report = import_paths(project, [path], ImportOptions())
    assert len(report.added) == 2 and not report.failed
    assert sorted(project.document_text(doc_id) for doc_id in report.added) == [
        "园区新增企业20家，产值增长13.7%。",
        "比亚迪发布年报。",
    ]
