"""Decoding that is right or refuses: every text comes back exactly as it
was written, or is refused with a message suggesting --encoding; none is
stored as mojibake."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from models.errors import InvalidInput
from models.io.decode import decode_bytes
from models.io.importers import ImportOptions, import_paths
from tests.conftest import shared_path

MIN_CHARS, MAX_CHARS = 2, 30
CLI = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())"]


def corpus_sentences() -> list[str]:
    """The sentences (and headlines) of the reference corpus, in order."""
    sentences = []
    for path in sorted(shared_path("corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [s.strip() for s in re.split(r"(?<=[。！？；!?;])|\n", text) if s.strip()]
    return sentences


def corpus_snippets() -> list[str]:
    """Every sentence of the reference corpus, cut to 2, 3, … 30 characters."""
    return [s[:n] for s in corpus_sentences() for n in range(MIN_CHARS, min(MAX_CHARS, len(s)) + 1)]


def outcomes(encoding: str) -> tuple[Counter, list[tuple[str, str]]]:
    """How each snippet, written in ``encoding``, is read: exact, refused or wrong."""
    counts: Counter = Counter()
    wrong = []
    for snippet in corpus_snippets():
        try:
            text, _ = decode_bytes(snippet.encode(encoding), "snippet")
        except InvalidInput as exc:
            assert "--encoding" in str(exc), str(exc)
            counts["refused"] += 1
            continue
        if text == snippet:
            counts["exact"] += 1
        else:
            counts["wrong"] += 1
            wrong.append((snippet, text))
    return counts, wrong


# Written with a byte-order mark, a text always says what it is; without one,
# a short text can be valid in two encodings, and is then refused. The
# ceilings keep the decoder honest: refusing everything would be no answer.
@pytest.mark.parametrize(
    ("encoding", "most_refused"),
    [
        ("gb18030", 0.01),
        ("utf-16", 0.0),  # Python writes the byte-order mark
        ("utf-16-le", 0.02),
        ("utf-16-be", 0.02),
        ("utf-8", 0.005),
        ("utf-8-sig", 0.0),
    ],
)
def test_short_corpus_texts_decode_back_exactly_or_are_refused(encoding, most_refused):
    counts, wrong = outcomes(encoding)
    assert wrong == []
    assert counts["refused"] <= most_refused * sum(counts.values()), counts
    assert counts["exact"] > 9000, counts


def test_the_four_character_gbk_snippets_of_the_issue_are_stored_right(project, tmp_path):
    """The issue found 37 of 40 four-character GBK snippets stored as mojibake:
    imported now, each is stored exactly or refused, and the refused ones
    import with --encoding gbk."""
    four = (s for s in corpus_snippets() if len(s) == 4 and in_gbk(s))
    snippets = list(dict.fromkeys(four))[:40]
    folder = tmp_path / "gbk"
    folder.mkdir()
    for n, snippet in enumerate(snippets):
        (folder / f"s{n:02d}.txt").write_bytes(snippet.encode("gbk"))
    report = import_paths(project, [folder])
    for doc_id in report.added:
        assert project.document_text(doc_id) == snippets[int(doc_id[1:])]
    assert all("--encoding" in reason for _, reason in report.failed)
    assert len(report.added) >= 35 and len(report.added) + len(report.failed) == 40
    refused = [Path(path) for path, _ in report.failed]
    again = import_paths(project, refused, ImportOptions(extra={"encoding": "gbk"}))
    assert again.failed == [] and len(again.added) == len(refused)
    for doc_id in again.added:
        assert project.document_text(doc_id) == snippets[int(doc_id[1:])]


def in_gbk(text: str) -> bool:
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def test_a_five_character_gbk_text_is_read_as_gbk(project, tmp_path):
    path = tmp_path / "byd.txt"
    path.write_bytes("比亚迪公司".encode("gbk"))
    report = import_paths(project, [path])
    assert report.failed == [] and project.document_text("byd") == "比亚迪公司"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_a_byte_order_mark_decides(encoding):
    mark = {"utf-8-sig": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    for text in ("体制", "SO6R", "目前", "营收932.4亿元"):
        assert decode_bytes(mark + text.encode(encoding), "x")[0] == text


def test_a_byte_order_mark_over_broken_text_is_refused():
    data = b"\xff\xfe" + "营收增长".encode("utf-16-le") + b"\x00"  # an odd byte at the end
    with pytest.raises(InvalidInput, match="corrupt utf-16"):
        decode_bytes(data, "x")


def test_ambiguous_bytes_name_both_readings():
    with pytest.raises(InvalidInput) as exc:
        decode_bytes("目前".encode("gbk"), "short.txt")
    message = str(exc.value)
    assert "'目前'" in message and "utf-8" in message and "--encoding" in message


def test_a_long_text_in_another_encoding_is_refused_with_a_hint(project, tmp_path):
    """Big5 is valid GB18030 byte for byte, but reads as nonsense there; without
    --encoding it is refused, never stored as GB18030 mojibake."""
    text = "臺灣積體電路製造公司營收創新高，較去年同期成長百分之三十。" * 5
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    report = import_paths(project, [path])
    assert report.added == [] and "--encoding" in report.failed[0][1]
    report = import_paths(project, [path], ImportOptions(extra={"encoding": "big5"}))
    assert report.failed == [] and project.document_text("big5") == text


def test_a_declared_encoding_is_strict(project, tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("比亚迪公司营收增长".encode("gbk"))
    report = import_paths(project, [path], ImportOptions(extra={"encoding": "utf-8"}))
    assert report.added == [] and "not utf-8 (byte 0" in report.failed[0][1]


def test_a_jsonl_in_two_encodings_is_refused(project, tmp_path):
    utf8 = json.dumps({"id": "a", "text": "比亚迪公司营收增长13.7%。"}, ensure_ascii=False)
    gbk = json.dumps({"id": "b", "text": "宁德时代营收增长二成。"}, ensure_ascii=False)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(utf8.encode("utf-8") + b"\n" + gbk.encode("gbk") + b"\n")
    before = list(project.conn.iterdump())
    report = import_paths(project, [path])
    assert report.added == []
    assert "line 1 is UTF-8 but line 2 is not" in report.failed[0][1]
    assert list(project.conn.iterdump()) == before


def test_a_short_gbk_jsonl_that_is_also_valid_utf8_is_not_stored_wrong(project, tmp_path):
    path = tmp_path / "short.jsonl"
    path.write_bytes('{"id": "m", "text": "目前"}\n'.encode("gbk"))  # valid UTF-8: Ŀǰ
    report = import_paths(project, [path])
    assert report.added == [] and "--encoding" in report.failed[0][1]
    report = import_paths(project, [path], ImportOptions(extra={"encoding": "gbk"}))
    assert report.failed == [] and project.document_text("m") == "目前"


def test_encoding_options_on_the_command_line(tmp_path):
    project = tmp_path / "p.biaozhu"
    text = "臺灣積體電路製造公司營收創新高。" * 8
    path = tmp_path / "tw.txt"
    path.write_bytes(text.encode("big5"))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)

    assert run("new", str(project)).returncode == 0
    unknown = run("import", str(project), str(path), "--encoding", "klingon")
    assert unknown.returncode == 1
    assert (
        unknown.stderr == "biaozhu: error: unknown encoding 'klingon' (try gb18030, big5, utf-16)\n"
    )
    assert run("import", str(project), str(path), "--encoding", "big5").returncode == 0
    refused = run("suggest", str(path))
    assert refused.returncode == 1 and "--encoding" in refused.stderr
    suggested = run("suggest", str(path), "--encoding", "big5")
    assert suggested.returncode == 0 and json.loads(suggested.stdout)["text"] == text


@pytest.mark.parametrize("cut", [1, 2])
def test_a_utf8_file_cut_short_says_so_and_suggests_no_other_encoding(tmp_path, cut):
    """A UTF-8 article cut inside its last character (a download or copy that
    did not finish) was refused as 'perhaps shift_jis_2004?', and taking that
    hint stored the article as mojibake."""
    text = "抚州高新区全年实现工业营收932.4亿元，同比增长13.7%。"
    data = text.encode("utf-8")[:-cut]
    with pytest.raises(InvalidInput) as caught:
        decode_bytes(data, "a.txt")
    message = str(caught.value)
    assert "cut short" in message and "perhaps" not in message, message


def test_a_json_lines_file_cut_short_says_so(tmp_path):
    """Its last line cut inside a character was refused as a file mixing
    encodings ('line 1 is UTF-8 but line 2 is not … convert it')."""
    lines = [
        json.dumps({"id": n, "text": f"第{n}篇：营收增长13.7%。"}, ensure_ascii=False)
        for n in (1, 2)
    ]
    path = tmp_path / "cut.jsonl"
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(data[: data.rindex("。".encode()) + 1])  # inside the last 。
    from models import Project

    with Project.create(tmp_path / "p.biaozhu") as project:
        report = import_paths(project, [path], ImportOptions())
        assert "cut short" in report.failed[0][1] and project.document_ids() == []
