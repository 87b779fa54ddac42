"""Bad input, thrown at every importer and at the project file.

Each bad file gets a clear one-line reason and leaves the project exactly as
it was (compared by a full SQL dump before and after)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions, import_paths
from models.io.registry import import_formats

SAMPLE = "抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地投产。"
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SUFFIX = {
    "txt": ".txt",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "docx": ".docx",
    "pdf": ".pdf",
    "label-studio": ".json",
    "brat": ".ann",
    "conll": ".conll",
    "cluener": ".jsonl",
    "prodigy": ".jsonl",
    "doccano": ".jsonl",
    "spacy": ".spacy",
}


@pytest.fixture
def fresh(tmp_path_factory):
    """A project with one document and one span, and a way to see if it changed."""
    path = tmp_path_factory.mktemp("fuzz") / "p.biaozhu"
    project = Project.create(path, annotator="fuzz")
    doc, _ = project.add_document(SAMPLE)
    project.add_span(doc, 0, 5, "COMPANY")
    yield project
    project.close()


def dump(project: Project) -> list[str]:
    return list(project.conn.iterdump())


def import_bad(project: Project, tmp_path, name: str, data: bytes, fmt: str = "auto"):
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(project)
    report = import_paths(project, [path], ImportOptions(fmt=fmt))
    return report, before


def assert_refused_cleanly(project, report, before):
    if report.failed:
        reason = report.failed[0][1]
        assert reason and "\n" not in reason and "Traceback" not in reason
        assert dump(project) == before
    assert project.verify().ok


@FUZZ
@given(data=st.binary(min_size=1, max_size=4000))
def test_random_bytes_into_every_format(fresh, tmp_path, data):
    for fmt in sorted(import_formats()):
        report, before = import_bad(fresh, tmp_path, f"x{SUFFIX.get(fmt, '.bin')}", data, fmt)
        assert_refused_cleanly(fresh, report, before)


@FUZZ
@given(
    cut=st.integers(min_value=1, max_value=len(SAMPLE.encode("gb18030")) - 1),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
)
def test_truncated_multibyte_text_is_refused_or_decoded_whole(fresh, tmp_path, cut, encoding):
    raw = ("另一篇:" + SAMPLE).encode(encoding)
    data = raw[: min(cut, len(raw) - 1)]
    report, before = import_bad(fresh, tmp_path, "cut.txt", data)
    assert_refused_cleanly(fresh, report, before)
    for doc_id in report.added:
        assert "\ufffd" not in fresh.document_text(doc_id)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(value=json_values)
def test_wrong_json_shapes(fresh, tmp_path, value):
    line = json.dumps(value, ensure_ascii=False).encode("utf-8")
    for fmt in ("jsonl", *(f for f in ("prodigy", "doccano", "cluener") if f in import_formats())):
        report, before = import_bad(fresh, tmp_path, "shape.jsonl", line + b"\n", fmt)
        assert_refused_cleanly(fresh, report, before)


@FUZZ
@given(start=st.integers(-50, 200), end=st.integers(-50, 200))
def test_spans_outside_or_reversed(fresh, tmp_path, start, end):
    text = "今年营收18亿元,增长5%。"
    line = json.dumps(
        {"text": text, "spans": [{"start": start, "end": end, "label": "METRIC"}]},
        ensure_ascii=False,
    )
    report, before = import_bad(fresh, tmp_path, "spans.jsonl", line.encode())
    valid = 0 <= start < end <= len(text) and not text[start].isspace()
    if not valid:
        assert report.failed and dump(fresh) == before
    assert_refused_cleanly(fresh, report, before)


def test_a_huge_single_line_and_a_50_mb_file(fresh, tmp_path):
    huge_line = ("营收" * 3_000_000).encode("utf-8")  # 6M characters on one line
    report, before = import_bad(fresh, tmp_path, "line.txt", huge_line)
    assert report.failed and "split it" in report.failed[0][1]
    assert dump(fresh) == before
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        for _ in range(50):
            fh.write(("一" * 349_525 + "\n").encode("utf-8"))  # ~1 MB a line, 50 MB
    report = import_paths(fresh, [big])
    assert report.failed and "too large" in report.failed[0][1]
    assert dump(fresh) == before
    big_jsonl = tmp_path / "big.jsonl"
    big_jsonl.write_text(json.dumps({"text": "营" * 5_000_000}), encoding="utf-8")
    report = import_paths(fresh, [big_jsonl])
    assert report.failed and "split it" in report.failed[0][1]
    assert dump(fresh) == before


@FUZZ
@given(data=st.binary(min_size=0, max_size=2000))
def test_a_project_file_that_is_not_sqlite(tmp_path, capsys, data):
    path = tmp_path / "junk.biaozhu"
    path.write_bytes(b"garbage!" + data)
    for argv in (["stats", str(path)], ["verify", str(path)], ["import", str(path), str(path)]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("biaozhu: error:") and err.count("\n") == 1
    assert path.read_bytes() == b"garbage!" + data


def test_a_project_from_a_newer_version_via_the_cli(tmp_path, capsys):
    path = tmp_path / "future.biaozhu"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('biaozhu', '0042_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["stats", str(path)]) == 1
    assert "newer Biaozhu" in capsys.readouterr().err
    assert path.read_bytes() == before


@pytest.mark.parametrize(("start", "end"), [(False, True), (0, True), (0.0, 3.0), ("0", "3")])
@pytest.mark.parametrize("fmt", ["jsonl", "prodigy"])
def test_span_offsets_must_be_integers(fresh, tmp_path, fmt, start, end):
    """JSON's true is not 1: "start": false, "end": true was imported as 0..1."""
    line = json.dumps({"text": SAMPLE, "spans": [{"start": start, "end": end, "label": "METRIC"}]})
    report, before = import_bad(fresh, tmp_path, "offsets.jsonl", line.encode(), fmt)
    assert report.added == [] and "offsets must be integers" in report.failed[0][1]
    assert dump(fresh) == before


def _gb2312_hanzi() -> list[str]:
    """The 6,763 characters of GB2312's two Han levels (rows 16-87)."""
    out = []
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                out.append(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


NEWS_ALPHABET = _gb2312_hanzi() + list("0123456789.%,，。、《》“”（）ABCDEFG ")


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(NEWS_ALPHABET), min_size=1, max_size=40),
    encoding=st.sampled_from(["gb18030", "utf-16-le", "utf-16-be", "utf-16", "utf-8"]),
)
def test_any_short_chinese_text_decodes_back_exactly_or_is_refused(text, encoding):
    from models.errors import InvalidInput
    from models.io.decode import decode_bytes

    try:
        decoded, _ = decode_bytes(text.encode(encoding), "x")
    except InvalidInput as exc:
        assert "--encoding" in str(exc) or "binary" in str(exc)
        return
    assert decoded == text
