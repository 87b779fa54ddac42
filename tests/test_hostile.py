"""Hostile input through the command line, as an attacker would send it: each
file is built here, and each command runs in its own process under a 1 GB
memory limit and a 30 s limit of processor time (the clock's limit is four
times that: on a machine shared with other jobs a 120 MB file's refusal took
over 30 s of wall time while its own work stayed near 10 s). What it must do: refuse in one line,
exit with status 1, and leave the project exactly as it was (its SQL dump
compared before and after)."""

from __future__ import annotations

import io
import json
import re
import resource
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import file_dump
from tests.test_decode import corpus_sentences, in_gbk

MEMORY_LIMIT = 1 << 30
TIME_LIMIT = 30
WALL_LIMIT = 4 * TIME_LIMIT
MB = 1 << 20
CLI = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())"]
DOCX_BODY = "比亚迪公司营收增长13.7%。"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT))


def biaozhu(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=WALL_LIMIT,
        preexec_fn=limited,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A project with an article already in it, shared by the attacks (each
    one leaves it as it was, which is what is tested)."""
    path = tmp_path_factory.mktemp("hostile") / "p.biaozhu"
    assert biaozhu("new", path).returncode == 0
    article = tmp_path_factory.mktemp("article") / "article.txt"
    article.write_text("抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。", encoding="utf-8")
    assert biaozhu("import", path, article).returncode == 0
    return path


def assert_refused(proc: subprocess.CompletedProcess, *expected: str) -> None:
    """Status 1, no traceback, and one line saying why, naming what was expected.
    (An import puts a line counting the failed files before the file's reason.)"""
    err = proc.stderr
    assert proc.returncode == 1, (proc.returncode, err[-2000:])
    assert not re.search(r"Traceback|\w(Error|Exception): ", err), err[-2000:]
    lines = err.strip().splitlines()
    assert len(lines) in (1, 2), err
    first = lines[0]
    assert first.startswith("biaozhu: error:") or first.endswith("files failed:"), err
    assert all(word in lines[-1] for word in expected), lines[-1]


def import_refused(project: Path, path: Path, *expected: str, args: tuple = ()) -> None:
    before = file_dump(project)
    assert_refused(biaozhu("import", project, path, *args), *expected)
    assert file_dump(project) == before


# -- .pdf: pypdf's own warnings are not the user's to read ------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<",  # truncated
        bytes(range(256)) * 12,  # not a PDF at all
    ],
    ids=["truncated", "not-a-pdf"],
)
def test_a_broken_pdf_is_refused_in_biaozhus_words_alone(project, tmp_path, content):
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    import_refused(project, path, "report.pdf", "not a readable PDF")


# -- .docx: zip bombs, entities, broken XML -------------------------------------------------


def deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def deflated_zeros(size: int) -> bytes:
    """A raw deflate stream of ``size`` zero bytes, made in a blink: a 1 MB block
    after a full flush stands on its own, so it can be repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * MB) + packer.flush(zlib.Z_FULL_FLUSH)
    return block * (size // MB) + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def docx_parts(document_xml: bytes | None = None) -> list[tuple[str, bytes, int, int]]:
    """(name, deflated data, CRC, size) of each part of a real one-paragraph .docx."""
    import docx

    made = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(DOCX_BODY)
    document.save(made)
    parts = []
    with zipfile.ZipFile(made) as package:
        for name in package.namelist():
            data = package.read(name)
            if name == "word/document.xml" and document_xml is not None:
                data = document_xml
            parts.append((name, deflated(data), zlib.crc32(data), len(data)))
    return parts


def write_zip(path: Path, parts: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip written byte by byte, so that its directory may say what it likes."""
    body, directory = bytearray(), bytearray()
    for name, data, crc, size in parts:
        encoded = name.encode()
        head = (8, 0, 0, crc, len(data), size, len(encoded))
        offset = len(body)
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, *head, 0) + encoded + data
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, *head, 0, 0, 0, 0, 0, offset
        )
        directory += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), len(body), 0
    )
    path.write_bytes(bytes(body + directory + end))
    return path


def test_a_docx_zip_bomb(project, tmp_path):
    """A megabyte whose document.xml inflates to a gigabyte (and says so)."""
    parts = docx_parts()
    document = next(n for n, part in enumerate(parts) if part[0] == "word/document.xml")
    parts[document] = ("word/document.xml", deflated_zeros(1 << 30), 0, 1 << 30)
    path = write_zip(tmp_path / "bomb.docx", parts)
    assert path.stat().st_size < 2 * MB
    import_refused(project, path, "inflates to", "limit 128 MB")


def test_a_docx_whose_directory_lies_about_sizes(project, tmp_path):
    """Declared small, inflating to a gigabyte: cut off at the declared size."""
    parts = docx_parts()
    document = next(n for n, part in enumerate(parts) if part[0] == "word/document.xml")
    parts[document] = ("word/document.xml", deflated_zeros(1 << 30), 0, 900)
    import_refused(project, write_zip(tmp_path / "lies.docx", parts), "not a readable .docx")


def test_a_docx_with_ten_thousand_parts_and_more(project, tmp_path):
    empty = [(f"customXml/item{n}.xml", deflated(b""), 0, 0) for n in range(20_000)]
    path = write_zip(tmp_path / "many.docx", [*docx_parts(), *empty])
    import_refused(project, path, "20,", "files in the .docx (limit 10,000)")


def test_a_docx_with_billion_laughs(project, tmp_path):
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)).encode()
    document = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">'
        + entities
        + b"]>"
        + f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
        + b"&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = write_zip(tmp_path / "laughs.docx", docx_parts(document))
    import_refused(project, path, "declares a DTD")


def test_a_docx_with_broken_xml(project, tmp_path):
    document = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p>'.encode()
    path = write_zip(tmp_path / "broken.docx", docx_parts(document))
    import_refused(project, path, "not a readable .docx")


def test_a_spacy_file_that_inflates_to_a_gigabyte(project, tmp_path):
    path = tmp_path / "bomb.spacy"
    path.write_bytes(b"\x78\xda" + deflated_zeros(1 << 30))
    import_refused(project, path, "inflates to over 100 times", "limit 100:1")


# -- JSON nested deep -------------------------------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [65, 100_000])
def test_deep_json_in_label_studio(project, tmp_path, depth):
    path = tmp_path / "tasks.json"
    task = {"data": {"text": DOCX_BODY, "extra": "@"}, "annotations": []}
    path.write_text(json.dumps([task]).replace('"@"', nested(depth)), encoding="utf-8")
    import_refused(project, path, "nested more than 64 levels deep (limit 64)")


def test_deep_json_in_a_brat_note(project, tmp_path):
    (tmp_path / "a.txt").write_text(DOCX_BODY, encoding="utf-8")
    note = '{"x": ' + nested(5000) + "}"
    ann = tmp_path / "a.ann"
    ann.write_text(f"T1\tCOMPANY 0 3\t比亚迪\n#1\tAnnotatorNotes T1\t{note}\n", encoding="utf-8")
    import_refused(project, ann, "nested more than 64 levels deep")


def test_deep_json_in_jsonl_metadata(project, tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(
        f'{{"text": "{DOCX_BODY}", "meta": {{"x": {nested(300)}}}}}\n', encoding="utf-8"
    )
    import_refused(project, path, "nested more than 64 levels deep")


def test_deep_json_as_new_labels(tmp_path):
    labels = tmp_path / "labels.json"
    labels.write_text('{"labels": ' + nested(100_000) + "}", encoding="utf-8")
    proc = biaozhu("new", tmp_path / "new.biaozhu", "--labels", labels)
    assert_refused(proc, "nested more than 64 levels deep")
    assert not list(tmp_path.glob("new.biaozhu*"))


# -- CSV wide and long --------------------------------------------------------------------------


def test_a_csv_with_a_million_columns(project, tmp_path):
    path = tmp_path / "wide.csv"
    header = "text," + ",".join(f"c{n}" for n in range(1_000_000))
    path.write_text(header + "\n" + DOCX_BODY + "," * 1_000_000 + "\n", encoding="utf-8")
    import_refused(project, path, "1,000,001 columns (limit 1,000)")


def test_a_csv_field_of_three_million_characters(project, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text('text,id\n"' + "营" * 3_000_000 + '",1\n', encoding="utf-8")
    import_refused(project, path, "a field of over 2,000,000 characters")


# -- spans ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(False, True), (0.0, 3.0), ("0", "3")])
def test_span_offsets_that_are_not_integers(project, tmp_path, start, end):
    path = tmp_path / "spans.jsonl"
    span = {"start": start, "end": end, "label": "COMPANY"}
    path.write_text(json.dumps({"text": DOCX_BODY, "spans": [span]}, ensure_ascii=False) + "\n")
    import_refused(project, path, "offsets must be integers")


# -- encodings ------------------------------------------------------------------------------------


def test_short_gbk_and_gb18030_texts_are_stored_right_or_refused(project, tmp_path):
    """Sentences of the corpus cut to 2-30 characters, one file each, in GBK
    and GB18030: each is stored exactly as written, or refused naming --encoding."""
    long_ones = [s for s in corpus_sentences() if len(s) >= 30 and in_gbk(s)]
    folder = tmp_path / "short"
    folder.mkdir()
    written: dict[str, str] = {}
    for n, sentence in enumerate(long_ones[:58]):
        snippet, encoding = sentence[: 2 + n // 2], ("gbk", "gb18030")[n % 2]  # 2-30 each
        if snippet not in written.values():
            name = f"s{n:02d}_{encoding}"
            (folder / f"{name}.txt").write_bytes(snippet.encode(encoding))
            written[name] = snippet
    proc = biaozhu("import", project, folder, "-v")
    assert "Traceback" not in proc.stderr
    committed = re.findall(r"^committed (\S+)$", proc.stdout, re.M)
    refused = re.findall(r"^  \S+/(s\d\d_\w+)\.txt: (.*)$", proc.stderr, re.M)
    assert all("--encoding" in reason for _, reason in refused), refused
    assert sorted(committed + [name for name, _ in refused]) == sorted(written)
    assert len(committed) >= 0.9 * len(written)
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    stored = dict(conn.execute("SELECT id, text FROM documents"))
    conn.close()
    assert {name: stored[name] for name in committed} == {name: written[name] for name in committed}


def test_a_jsonl_mixing_utf8_and_gbk_lines(project, tmp_path):
    path = tmp_path / "mixed.jsonl"
    first = json.dumps({"text": "比亚迪公司营收增长13.7%。"}, ensure_ascii=False)
    second = json.dumps({"text": "宁德时代营收增长二成。"}, ensure_ascii=False)
    path.write_bytes(first.encode() + b"\n" + second.encode("gbk") + b"\n")
    import_refused(project, path, "line 1 is UTF-8 but line 2 is not")


# -- titles and labels ------------------------------------------------------------------------------


def test_an_html_title_is_stored_as_the_characters_it_is(project, tmp_path):
    title = '<img src="x.png"><b>标题</b><a href="http://example.com">链接</a>'
    path = tmp_path / "titled.jsonl"
    record = {"id": "html", "text": "一篇标题是网页代码的文章。", "title": title}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert biaozhu("import", project, path).returncode == 0
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    assert conn.execute("SELECT title FROM documents WHERE id = 'html'").fetchone()[0] == title
    conn.close()


@pytest.mark.parametrize("label", ["MY COMPANY", "MY\tCOMPANY", "公司\u3000名", "A\u200bB"])
def test_a_span_label_with_white_space_or_an_invisible_character(project, tmp_path, label):
    path = tmp_path / "labelled.jsonl"
    span = {"start": 0, "end": 3, "label": label}
    path.write_text(json.dumps({"text": DOCX_BODY, "spans": [span]}, ensure_ascii=False) + "\n")
    import_refused(project, path, "in its name", "--label-map renames it")


def test_new_labels_and_label_maps_with_white_space(project, tmp_path):
    labels = tmp_path / "labels.json"
    labels.write_text('{"labels": [{"name": "MY COMPANY"}]}', encoding="utf-8")
    assert_refused(biaozhu("new", tmp_path / "n.biaozhu", "--labels", labels), "MY_COMPANY")
    assert not list(tmp_path.glob("n.biaozhu*"))
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps({"text": DOCX_BODY}, ensure_ascii=False) + "\n")
    import_refused(project, path, "--label-map", args=("--label-map", "company=MY COMPANY"))


# -- size ---------------------------------------------------------------------------------------------


def test_suggest_on_a_220_mb_line(tmp_path):
    path = tmp_path / "line.txt"
    with path.open("wb") as fh:  # sparse: the limit is read from its size, not its bytes
        fh.truncate(220_000_000)
    assert_refused(biaozhu("suggest", path), "220 MB is too large for one document (limit 16 MB)")


def test_suggest_on_a_line_of_five_million_characters(tmp_path):
    path = tmp_path / "line.jsonl"
    path.write_text(json.dumps({"text": "营收" * 2_500_000}) + "\n", encoding="utf-8")
    assert_refused(biaozhu("suggest", path), "5,000,000 characters, over the limit of 2,000,000")


def test_import_of_a_300_mb_file(project, tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.truncate(300_000_000)
    import_refused(project, path, "300 MB is too large for one file (limit 128 MB)")
