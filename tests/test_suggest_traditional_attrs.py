"""A METRIC suggested in a text written in traditional characters carries
its attributes (indicator, unit, approx, period) in the text's own
characters, as a Hong Kong or Taiwan curator reads and exports them: the
rules read a simplified copy, and each character they took from the text is
given back as the text wrote it."""

from __future__ import annotations

import json

from desktop.cli import main
from models.suggest.attributes import derived_attrs, follow_new_text
from models.suggest.metric import MetricSuggester
from models.suggest.pipeline import default_suggester
from models.suggest.segment import to_simplified

REPORT = (
    "華運控股2023年營業收入156.8億元，同比增長9.2%，毛利率上升0.8個百分點，員工總數達3200餘人。"
)
REPORT_SIMPLIFIED = (
    "华运控股2023年营业收入156.8亿元，同比增长9.2%，毛利率上升0.8个百分点，员工总数达3200余人。"
)
STORES = "集團旗下擁有門店120餘家，去年淨利潤率下降1.5個百分點。"
TEXT_ATTRS = ("indicator", "unit", "approx", "period")


def metrics(text: str) -> dict[str, dict]:
    """The METRIC suggestions' attributes by surface, sources left out."""
    return {
        s.text: {k: v for k, v in s.attrs.items() if k not in ("sources", "rule")}
        for s in default_suggester().suggest(text)
        if s.label == "METRIC"
    }


def span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def test_indicator_unit_and_approx_are_in_the_articles_own_characters():
    got = metrics(REPORT)
    assert got["156.8億元"]["indicator"].endswith("營業收入")
    assert got["156.8億元"]["unit"] == "元"  # the rules' unit, the same in both writings
    assert got["9.2%"]["indicator"].endswith("營業收入同比增長")
    assert got["0.8個百分點"]["unit"] == "個百分點"
    assert got["3200餘人"]["approx"] == "餘"
    assert got["3200餘人"]["indicator"] == "員工總數"
    assert got["156.8億元"]["value"] == 15680000000.0  # the number is untouched


def test_every_attribute_reads_as_its_simplified_twins_once_simplified():
    traditional = metrics(REPORT)
    simplified = metrics(REPORT_SIMPLIFIED)
    assert len(traditional) == len(simplified)
    for (surface, attrs), twin in zip(traditional.items(), simplified.values(), strict=True):
        assert to_simplified(surface) in simplified
        for name in TEXT_ATTRS:
            assert to_simplified(attrs.get(name, "")) == twin.get(name, "")
        assert attrs["value"] == twin["value"]


def test_a_simplified_sentence_keeps_its_attributes_as_the_rules_write_them():
    got = metrics(REPORT_SIMPLIFIED)
    assert got["156.8亿元"]["indicator"].endswith("营业收入")
    assert got["9.2%"]["indicator"].endswith("营业收入同比增长")
    assert got["0.8个百分点"]["unit"] == "个百分点"
    assert got["3200余人"]["approx"] == "余"
    assert got["3200余人"]["indicator"] == "员工总数"


def test_the_metric_rules_alone_give_the_articles_characters_too():
    hits = {s.text: s.attrs for s in MetricSuggester().suggest(STORES)}
    assert hits["120餘家"]["approx"] == "餘"
    assert hits["120餘家"]["indicator"].endswith("門店")
    assert hits["1.5個百分點"]["unit"] == "個百分點"
    assert hits["1.5個百分點"]["indicator"].endswith("淨利潤率下降")


def test_a_character_written_two_ways_is_given_as_written_nearest_the_figure():
    # 发 stands for 髮 (hair) four times and for 發 (develop) once, in the
    # words the indicator is read from: the nearest writing, not the commonest
    text = "美髮連鎖品牌「髮型屋」旗下髮廊遍佈全港，理髮師逾千名，今年研發投入2.5億元。"
    assert metrics(text)["2.5億元"]["indicator"] == "研發投入"


def test_a_moved_boundary_rereads_unit_and_approx_in_the_texts_characters():
    assert derived_attrs(STORES, *span(STORES, "120餘家"))["approx"] == "餘"
    assert derived_attrs(STORES, *span(STORES, "1.5個百分點"))["unit"] == "個百分點"
    moved = follow_new_text(
        {"value": 1.5, "unit": "個百分點", "approx": ""},
        STORES,
        span(STORES, "1.5個百分點"),
        span(STORES, "1.5個"),
    )
    assert moved["unit"] != "個百分點"  # the rules' reading followed the new text
    back = follow_new_text(moved, STORES, span(STORES, "1.5個"), span(STORES, "1.5個百分點"))
    assert back["unit"] == "個百分點"
    grown = follow_new_text(
        {"value": 120.0, "unit": "", "approx": "餘"},
        STORES,
        span(STORES, "120餘"),
        span(STORES, "120餘家"),
    )
    assert grown == {"value": 120.0, "unit": "家", "approx": "餘"}


def test_a_moved_boundary_in_a_simplified_text_rereads_as_before():
    text = "集团旗下拥有门店120余家，去年净利润率下降1.5个百分点。"
    assert derived_attrs(text, *span(text, "120余家"))["approx"] == "余"
    assert derived_attrs(text, *span(text, "1.5个百分点"))["unit"] == "个百分点"


def test_biaozhu_suggest_prints_a_traditional_articles_attributes_in_its_characters(
    tmp_path, capsys
):
    path = tmp_path / "hk.jsonl"
    path.write_text(json.dumps({"id": "hk1", "text": REPORT}, ensure_ascii=False) + "\n")
    code = main(["suggest", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    spans = {s["text"]: s for s in json.loads(out)["spans"]}
    assert spans["9.2%"]["attrs"]["indicator"].endswith("營業收入同比增長")
    assert spans["0.8個百分點"]["attrs"]["unit"] == "個百分點"
    assert spans["3200餘人"]["attrs"]["approx"] == "餘"
    assert "餘" in out and "个百分点" not in out  # as printed, not escaped


def test_attributes_across_layout_white_space_are_in_the_texts_characters():
    text = "恆達集團公佈，全年營業收入932.4\n億元，同比增長13.7%，淨利潤率下降1.2個\n百分點。"
    got = metrics(text)
    assert got["932.4\n億元"]["indicator"] == "營業收入"
    assert got["13.7%"]["indicator"] == "營業收入同比增長"
    assert got["1.2個\n百分點"]["unit"] == "個百分點"
    assert got["1.2個\n百分點"]["indicator"] == "淨利潤率下降"
