"""Each limit of models.io.limits at its edge: what is just within is read,
what is just over is refused with the limit named. (test_hostile.py sends
the attacks themselves through the command line.)"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from models.errors import InvalidInput
from models.io import limits
from models.io.importers import ImportOptions, import_paths
from models.io.jsontext import JsonTooDeep, load_json
from models.store.documents import MAX_DOCUMENT_CHARS

BODY = "比亚迪公司营收增长13.7%。"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_the_limits_agree_with_the_store():
    assert limits.DOCUMENT_CHARS == MAX_DOCUMENT_CHARS
    assert limits.MAX_CSV_FIELD_CHARS == MAX_DOCUMENT_CHARS


def test_json_at_the_nesting_limit_and_over_it():
    assert load_json(nested(limits.MAX_JSON_DEPTH), "x") is not None
    assert load_json(json.dumps({"a": [{"b": 1}] * 500}), "x")  # many brackets, shallow
    for depth in (limits.MAX_JSON_DEPTH + 1, 1025, 100_000):
        with pytest.raises(JsonTooDeep, match=f"limit {limits.MAX_JSON_DEPTH}"):
            load_json(nested(depth), "x")


def test_metadata_at_the_nesting_limit_is_stored_and_its_history_verifies(project, tmp_path):
    """The deepest JSON a file may hold still fits the store's JSON encoder."""
    meta = nested(limits.MAX_JSON_DEPTH - 2)  # the line is one level, meta another
    path = tmp_path / "deep.jsonl"
    path.write_text(f'{{"id": "d", "text": "{BODY}", "meta": {{"x": {meta}}}}}\n', "utf-8")
    report = import_paths(project, [path])
    assert report.failed == [] and project.verify().ok


def csv_with_columns(path: Path, columns: int) -> Path:
    header = ["text", *(f"c{n}" for n in range(columns - 1))]
    path.write_text(",".join(header) + "\n" + BODY + ",x" * (columns - 1) + "\n", "utf-8")
    return path


def test_a_csv_at_the_column_limit_and_over_it(project, tmp_path):
    at = csv_with_columns(tmp_path / "at.csv", limits.MAX_CSV_COLUMNS)
    over = csv_with_columns(tmp_path / "over.csv", limits.MAX_CSV_COLUMNS + 1)
    report = import_paths(project, [at, over])
    assert len(report.added) == 1
    assert report.failed == [(str(over), f"{over}:1: 1,001 columns (limit 1,000)")]


def docx_with(tmp_path: Path, name: str, data: bytes) -> Path:
    import docx

    made = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(BODY)
    document.save(made)
    path = tmp_path / f"{len(data)}.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr(name, data)
    return path


def test_a_docx_with_a_photo_and_a_small_well_compressed_part_is_read(project, tmp_path):
    photo = docx_with(tmp_path, "word/media/photo.jpg", os.urandom(3_000_000))
    small = docx_with(tmp_path, "word/glossary.xml", b"<a/>" * 200_000)  # 800 KB, ratio > 100
    report = import_paths(project, [photo, small])
    assert report.failed == [] and len(report.added) == 1 and len(report.skipped) == 1


def test_a_docx_part_over_the_compression_ratio_is_refused(project, tmp_path):
    zeros = docx_with(tmp_path, "word/media/blank.bmp", bytes(2_000_000))
    report = import_paths(project, [zeros])
    assert "(limit 100:1)" in report.failed[0][1]


def test_a_device_that_never_ends_is_cut_off_at_the_limit(project):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    report = import_paths(project, ["/dev/zero"], ImportOptions(fmt="txt"))
    assert "too large for one document (limit 16 MB)" in report.failed[0][1]


def test_a_file_just_under_the_single_document_limit_is_read_whole(tmp_path):
    from models.io.decode import read_file

    path = tmp_path / "at.txt"
    path.write_bytes(b"a" * limits.MAX_SINGLE_DOCUMENT_BYTES)
    assert (
        len(read_file(path, limits.MAX_SINGLE_DOCUMENT_BYTES)) == limits.MAX_SINGLE_DOCUMENT_BYTES
    )
    with path.open("ab") as fh:
        fh.write(b"a")
    with pytest.raises(InvalidInput, match="too large"):
        read_file(path, limits.MAX_SINGLE_DOCUMENT_BYTES)


def test_a_pdf_stops_being_read_once_it_holds_more_than_a_document(project, tmp_path, monkeypatch):
    from fpdf import FPDF

    import models.io.formats.office as office

    pdf = FPDF()
    for n in range(5):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text=f"Page {n} of a report on industrial revenue, 932.4 billion yuan.")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    monkeypatch.setattr(office, "DOCUMENT_CHARS", 150)  # two pages' worth
    report = import_paths(project, [path])
    assert "over 150 characters of text by page 3" in report.failed[0][1]
