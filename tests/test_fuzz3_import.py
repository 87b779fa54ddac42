"""Damaged files the importers met under the fuzzer (tests/fuzz/fuzz_import.py):
each is refused with the importer's one-line reason, through the command line
as in the window's import, and the project is left exactly as it was (its
SQL dump compared before and after)."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project
from models.errors import InvalidInput
from models.io.importers import ImportOptions, import_paths

TEXT = b"BT /F1 12 Tf (Hi) Tj ET"


def refusal(tmp_path, path, **options) -> str:
    """The one reason a new project's import of ``path`` gives, the project
    left exactly as it was."""
    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        before = list(project.conn.iterdump())
        report = import_paths(project, [path], ImportOptions(**options))
        assert list(project.conn.iterdump()) == before
    finally:
        project.close()
    [(_file, reason)] = report.failed
    return reason


def pdf(contents: bytes) -> bytes:
    """A one-page PDF whose page's content stream is the object ``contents``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        contents,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def test_the_pdf_builder_makes_a_pdf_that_imports(tmp_path):
    path = tmp_path / "ok.pdf"
    path.write_bytes(pdf(stream(TEXT)))
    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        report = import_paths(project, [path], ImportOptions())
        assert len(report.added) == 1 and not report.failed
    finally:
        project.close()


BROKEN_PDFS = {
    # a compression pypdf does not know (a damaged filter name)
    "unknown-filter": pdf(stream(TEXT, b"/Filter /FlateDecodeX ")),
    "unknown-filter-in-a-chain": pdf(stream(TEXT, b"/Filter [/FlateDecode /Foo] ")),
    # arrays nested 50,000 deep in the page's text operators
    "nested-arrays": pdf(stream(b"[" * 50_000 + b"]" * 50_000 + TEXT)),
}


@pytest.mark.parametrize("content", BROKEN_PDFS.values(), ids=BROKEN_PDFS.keys())
def test_a_damaged_pdf_is_refused_in_one_line_and_changes_nothing(tmp_path, capsys, content):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    with Project.open(project) as p:
        before = list(p.conn.iterdump())
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    capsys.readouterr()
    assert main(["import", str(project), str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a readable PDF" in err and "\n" not in err and "unexpected" not in err
    with Project.open(project) as p:
        assert list(p.conn.iterdump()) == before


def test_a_table_whose_header_holds_line_breaks_is_refused_in_one_short_line(tmp_path):
    """A CSV with no text column is refused naming its columns; a quoted
    header cell may hold line breaks and a whole article (a file that is no
    table: its first lines read as a header), which the reason showed as
    they were, over several lines."""
    article = "湖北联投与长江电力在武汉签署战略合作协议。" * 20
    path = tmp_path / "articles.csv"
    path.write_text(f'id,"\n1,{article}\n"\n1,2\n', encoding="utf-8")
    reason = refusal(tmp_path, path)
    assert "no 'text' column" in reason
    assert "\n" not in reason and "\r" not in reason
    assert len(reason) < 300


@pytest.mark.parametrize(
    "labels", [1.5, 7, True, {"COMPANY": 1}], ids=["float", "int", "bool", "object"]
)
def test_a_label_studio_region_whose_labels_are_no_list_is_refused(tmp_path, labels):
    """A region's "labels" is a list of names (or one name); a number there
    stopped the import with a TypeError, and an object gave its keys as labels."""
    task = {
        "data": {"text": "比亚迪营收增长"},
        "annotations": [
            {
                "result": [
                    {
                        "type": "labels",
                        "value": {"start": 0, "end": 3, "text": "比亚迪", "labels": labels},
                    }
                ]
            }
        ],
    }
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    reason = refusal(tmp_path, path)
    assert "label" in reason and "\n" not in reason


@pytest.mark.parametrize("offset", ["9" * 5000, "1" + "0" * 30])
def test_a_brat_offset_of_thousands_of_digits_is_refused_in_one_line(tmp_path, offset):
    """A damaged .ann whose offset has more digits than Python converts
    (4,300) stopped the import with a ValueError; one of 31 digits is
    refused as beyond the text, as a small one is."""
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("比亚迪营收增长", encoding="utf-8")
    (folder / "a.ann").write_text(f"T1\tCOMPANY 0 {offset}\t比亚迪\n", encoding="utf-8")
    reason = refusal(tmp_path, folder / "a.ann")
    assert "T1" in reason or "offsets" in reason
    assert "\n" not in reason and len(reason) < 400


@pytest.mark.parametrize("fmt", ["jsonl", "prodigy"])
@pytest.mark.parametrize("label", ["\nCOMPANY", "COMPANY\r\n", "COM\u2028PANY"])
def test_a_span_with_a_line_break_in_its_label_and_bad_offsets_is_refused_in_one_line(
    tmp_path, label, fmt
):
    """The reason names the span's label: one with a line break (a damaged
    or hand-edited file) broke the reason over two lines."""
    record = {"text": "比亚迪营收增长", "spans": [{"start": 5, "end": 99, "label": label}]}
    path = tmp_path / "spans.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    reason = refusal(tmp_path, path, fmt=fmt)
    assert "outside its text" in reason and not any(c in reason for c in "\n\r\u2028")


def test_a_cluener_type_with_a_line_break_is_named_on_one_line(tmp_path):
    """CLUENER's entity types are the keys of its "label" object; a damaged
    one with a line break split the reason of a bad entity over lines (the
    command line showed the first, cut inside the type)."""
    record = {"text": "比亚迪营收增长", "label": {"comp\nany": {"比亚迪": [[0, 99]]}}}
    path = tmp_path / "train.json"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        before = list(project.conn.iterdump())
        options = ImportOptions(fmt="cluener", extra={"label_map": {"company": "COMPANY"}})
        with pytest.raises(InvalidInput) as refused:  # the map's type is in no file read
            import_paths(project, [path], options)
        assert list(project.conn.iterdump()) == before
    finally:
        project.close()
    reason = str(refused.value)
    assert "比亚迪" in reason and "\n" not in reason
