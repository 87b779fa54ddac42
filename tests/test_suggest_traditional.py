"""News written in traditional characters (Hong Kong and Taiwan papers,
HKEX filings) is suggested as its simplified twin is: the rules read a
simplified copy, character for character, and every span is given in the
text's own characters at its own offsets."""

from __future__ import annotations

import json

from desktop.cli import main
from models.suggest.attributes import derived_attrs, follow_new_text
from models.suggest.pipeline import default_suggester
from models.suggest.project import project_ensemble
from models.suggest.segment import compact, written_in_traditional

RESULTS = "恆達集團2024年全年營業收入932.4億元，同比增長13.7%，淨利潤率下降1.2個百分點。"
FIRMS = "香港恆達集團與華信銀行、深圳市新鴻科技有限公司簽署合作協議，共同推進「專精特新」計劃。"
TITLE = "國務院印發《關於促進民營經濟發展壯大的意見》，提出實施「智改數轉」行動。"


def found(text: str) -> list[tuple[str, str]]:
    out = default_suggester().suggest(text)
    for s in out:
        assert text[s.start : s.end] == s.text  # the text's own characters
    return [(s.text, s.label) for s in out]


def metric(text: str, surface: str):
    return next(s for s in default_suggester().suggest(text) if s.text == surface)


def span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def test_figures_in_yi_and_percentage_points_are_metrics_with_their_values():
    got = found(RESULTS)
    assert ("932.4億元", "METRIC") in got
    assert ("13.7%", "METRIC") in got
    assert ("1.2個百分點", "METRIC") in got
    assert metric(RESULTS, "932.4億元").attrs["value"] == 93240000000.0
    assert metric(RESULTS, "932.4億元").attrs["unit"] == "元"


def test_groups_banks_and_limited_companies_are_companies():
    got = found(FIRMS)
    assert ("香港恆達集團", "COMPANY") in got
    assert ("華信銀行", "COMPANY") in got
    assert ("深圳市新鴻科技有限公司", "COMPANY") in got


def test_a_titled_policy_and_a_quoted_programme_are_policies():
    got = found(TITLE)
    assert ("《關於促進民營經濟發展壯大的意見》", "POLICY") in got
    assert ("「智改數轉」行動", "POLICY") in got
    assert ("「專精特新」計劃", "POLICY") in found(FIRMS)


def test_offsets_index_the_traditional_text_through_layout_white_space():
    text = "恆達集團全年營業收入\n932.4 億元，\n同比增長13.7%。"
    got = found(text)
    assert ("932.4 億元", "METRIC") in got


def test_a_simplified_text_with_a_traditional_character_is_read_as_written():
    text = "乾隆年间建成的老街如今成为文旅项目，後藤集团投资3亿元，营业收入增长8%。"
    assert not written_in_traditional(text)
    assert compact(text).text == text  # 乾 is not read as 干, nor 後 as 后
    assert ("後藤集团", "COMPANY") in found(text)


def test_traditional_text_is_told_by_its_characters():
    assert written_in_traditional(RESULTS)
    assert written_in_traditional(FIRMS)
    assert not written_in_traditional("恒达集团2024年全年营业收入932.4亿元，同比增长13.7%。")
    assert not written_in_traditional("")


def test_a_moved_boundary_rereads_the_value_in_a_traditional_text():
    text = "園區已集聚上下遊企業20餘家，其中年營收超10億元的企業達到9家，排名第33位。"
    assert derived_attrs(RESULTS, *span(RESULTS, "932.4億元"))["value"] == 93240000000.0
    assert derived_attrs(text, *span(text, "10億元"))["value"] == 1000000000.0  # too short alone
    grown = follow_new_text(
        {"value": 1e9, "unit": "元", "approx": ""},
        text,
        span(text, "10億元"),
        span(text, "超10億元"),
    )
    assert grown == {"value": 1000000000.0, "unit": "元", "approx": "超"}
    attrs = derived_attrs(text, *span(text, "20餘家"))
    assert attrs["value"] == 20.0
    moved = follow_new_text(attrs, text, span(text, "20餘家"), span(text, "20餘"))
    assert moved["unit"] == ""
    assert follow_new_text(moved, text, span(text, "20餘"), span(text, "20餘家")) == attrs


def test_a_name_accepted_in_a_traditional_document_is_found_in_another(project):
    first = "鑫旺達負責人介紹了今年的經營情況，營業收入增長兩成。"
    project.add_document(first, doc_id="d1")
    project.add_span("d1", 0, 3, "COMPANY")
    out = project_ensemble(project).suggest("鑫旺達與華睿光電簽署戰略合作協議。")
    hit = next(s for s in out if s.text == "鑫旺達")
    assert hit.label == "COMPANY" and "lexicon" in hit.attrs["sources"]


def test_a_name_accepted_in_simplified_is_found_in_traditional(project):
    project.add_document("鑫旺达负责人介绍了今年的经营情况，营业收入增长两成。", doc_id="d1")
    project.add_span("d1", 0, 3, "COMPANY")
    out = project_ensemble(project).suggest("鑫旺達與華睿光電簽署戰略合作協議。")
    hit = next(s for s in out if s.text == "鑫旺達")
    assert "lexicon" in hit.attrs["sources"]


def test_biaozhu_suggest_reads_a_traditional_jsonl(tmp_path, capsys):
    path = tmp_path / "hk.jsonl"
    path.write_text(json.dumps({"id": "hk1", "text": RESULTS}, ensure_ascii=False) + "\n")
    code = main(["suggest", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    assert doc["text"] == RESULTS
    spans = {s["text"]: s for s in doc["spans"]}
    assert spans["932.4億元"]["label"] == "METRIC"
    assert spans["932.4億元"]["attrs"]["value"] == 93240000000.0
    for s in doc["spans"]:
        assert RESULTS[s["start"] : s["end"]] == s["text"]


def test_hong_kong_and_taiwan_forms_are_read_as_the_standard_ones():
    # 衞 (Hong Kong's 衛), 枱 and 簷 are what those papers print
    text = "特區政府推出「衞生城市」計劃，餐廳枱面與屋簷改造投入12億元。"
    assert compact(text).text == "特区政府推出「卫生城市」计划，餐厅台面与屋檐改造投入12亿元。"


def test_without_opencc_installed_every_text_is_read_as_written(monkeypatch):
    from models import writings

    monkeypatch.setattr(writings.importlib.util, "find_spec", lambda name: None)
    writings.forget()
    try:
        assert not written_in_traditional(RESULTS)
        assert compact(RESULTS).text == RESULTS
    finally:
        monkeypatch.undo()
        writings.forget()
    assert written_in_traditional(RESULTS)
