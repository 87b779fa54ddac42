"""--clean: layout white space out of Chinese text, with a map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.domain import Span
from models.io.clean import clean_text, stored_map, to_original
from models.io.importers import ImportOptions, import_paths
from models.io.model import ExchangeDoc
from models.io.reading import clean_doc


def check_map(original: str, clean: str, offset_map: list[int]) -> None:
    assert len(offset_map) == len(clean) + 1
    assert all(a < b for a, b in zip(offset_map, offset_map[1:], strict=False))
    for i, ch in enumerate(clean):
        if not ch.isspace():
            assert original[offset_map[i]] == ch


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a line broken inside a sentence is joined
        (
            "全年实现工业营收932.4\n亿元，同比增\n长13.7%。",
            "全年实现工业营收932.4亿元，同比增长13.7%。",
        ),
        # spaces the layout put between Chinese characters go
        ("工 业 营 收 932.4 亿元", "工业营收932.4亿元"),
        ("\u3000\u3000抚州高新区\u3000实现", "抚州高新区实现"),
        # a sentence that ends a line, a blank line, a list item keep their break
        ("增长13.7%。\n下一段", "增长13.7%。\n下一段"),
        ("第一段\n\n\n第二段", "第一段\n第二段"),
        ("主要措施：\n一、强攻工业\n（二）大抓产业", "主要措施：\n一、强攻工业\n（二）大抓产业"),
        # a number the layout wrapped in Chinese text stays one number
        (
            "全区实现地区生产总值8\n18.8亿元，增长6.1%。",
            "全区实现地区生产总值818.8亿元，增长6.1%。",
        ),
        ("合同金额1,\n200万元", "合同金额1,200万元"),
        # Latin words keep one space, also across a line break
        ("GDP  growth\nrate 比亚迪 BYD", "GDP growth rate比亚迪BYD"),
        ("  \n 前后的空白 \n ", "前后的空白"),
    ],
)
def test_clean_text(raw, expected):
    clean, offset_map = clean_text(raw)
    assert clean == expected
    check_map(raw, clean, offset_map)


def test_spans_map_back_to_the_original():
    raw = "抚州高新区全年实现工业营收932.4\n亿元，同比增长\n13.7%。"
    clean, offset_map = clean_text(raw)
    start = clean.index("932.4亿元")
    o_start, o_end = to_original(offset_map, start, start + len("932.4亿元"))
    assert raw[o_start:o_end] == "932.4\n亿元"


def test_an_imported_span_moves_onto_the_clean_text():
    """import --clean (``clean_doc``): a span marked on the layout text lands
    on the same characters of the clean text, and the store keeps the map."""
    raw = "抚州高新区全年实现工业营收932.4\n亿元，同比增长\n13.7%。"
    start = raw.index("932.4")
    span = Span(start, start + len("932.4\n亿元"), "METRIC", "932.4\n亿元")
    doc = clean_doc(ExchangeDoc(None, raw, [span]))
    (moved,) = doc.spans
    assert (moved.start, moved.end, moved.text) == (start, start + 7, "932.4亿元")
    assert doc.meta["_original"] == raw and len(doc.meta["_offset_map"]) == len(doc.text) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="抚州营收亿元。，ab1. \n\u3000\t", max_size=80))
def test_the_map_always_points_at_the_same_characters(raw):
    clean, offset_map = clean_text(raw)
    check_map(raw, clean, offset_map)
    assert clean == clean.strip()
    assert "  " not in clean and "\n\n" not in clean


def test_import_clean_keeps_the_original_and_moves_spans(project, tmp_path):
    path = tmp_path / "paper.jsonl"
    raw = "抚州高新区全年实现工业营收932.4\n亿元，同 比增长13.7%。"
    start = raw.index("932.4")
    path.write_text(
        '{"id": "p1", "text": '
        + __import__("json").dumps(raw, ensure_ascii=False)
        + f', "spans": [{{"start": {start}, "end": {start + 8}, "label": "METRIC"}}]}}\n',
        encoding="utf-8",
    )
    report = import_paths(project, [path], ImportOptions(annotator="alice", extra={"clean": True}))
    assert report.failed == []
    text = project.document_text("p1")
    assert text == "抚州高新区全年实现工业营收932.4亿元，同比增长13.7%。"
    [span] = project.annotations("p1", "alice")
    assert span.text == "932.4亿元"
    original, offset_map = project.document_original("p1")
    assert original == raw
    o_start, o_end = to_original(offset_map, span.start, span.end)
    assert original[o_start:o_end] == "932.4\n亿元"


def test_import_clean_of_a_newspaper_text_file(project, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("  抚州高新区 打造核心\n增长极。\n\n比 亚 迪投资。\n", encoding="utf-8")
    report = import_paths(project, [path], ImportOptions(extra={"clean": True}))
    assert report.failed == []
    assert project.document_text(report.added[0]) == "抚州高新区打造核心增长极。\n比亚迪投资。"
    assert project.document_original(report.added[0])[0].startswith("  抚州高新区 打造")


@pytest.mark.parametrize(
    "original, offset_map",
    [
        (None, "[0, 1, 2]"),  # the original is gone
        ("a b", None),  # the map is gone
        ("a b", "[0, 2]"),  # one entry short of the text
        ("a b", "[0, 2, 3, 4]"),  # one entry too many
        ("a b", "[2, 0, 3]"),  # not increasing
        ("a b", "[0, 2, 9]"),  # past the end of the original
        ("a b", "[0, 2, 3"),  # JSON cut short
    ],
)
def test_a_damaged_stored_map_is_not_used(original, offset_map):
    """Exports read the map back from the store: one that cannot point into the
    original gives no original offsets instead of wrong ones."""
    assert stored_map("ab", original, offset_map) is None
    assert stored_map("ab", "a b", "[0, 2, 3]") == [0, 2, 3]
