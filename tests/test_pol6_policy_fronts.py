"""A POLICY name never takes the zone, place or level in front of it (issue 14
item 2: 省, 市, 江西省, 高新区 say where a programme runs, not which it is), and
never starts or ends inside a word or a zone's name (经开区 split as 经|开|区 gave
开区“…”战略). Sentences written for these tests, through the suggester a
curator sees (the bundled model over the rules) and the command line."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from models.suggest.pipeline import default_suggester
from models.suggest.segment import analyse

# Zones and development areas a name may follow (the kinds of front words).
ZONES = re.compile("高新区|经开区|开发区|新区|园区|自贸区|综保区|保税区|自治区|试验区|示范区")


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def policies(suggester, text: str) -> list[str]:
    out = [s for s in suggester.suggest(text) if s.label == "POLICY"]
    for s in out:
        assert text[s.start : s.end] == s.text
    return [s.text for s in out]


FRONTS = [
    # a zone or development area before a quoted name
    ("今年以来，高新区“双倍增”行动扎实推进。", ["“双倍增”行动"]),
    ("经开区“千企升级”行动计划进展顺利。", ["“千企升级”行动计划"]),
    ("开发区“亩均论英雄”改革全面铺开。", ["“亩均论英雄”改革"]),
    ("新区“一网通办”改革持续深化。", ["“一网通办”改革"]),
    ("园区“拎包入住”工程加快实施。", ["“拎包入住”工程"]),
    ("自贸区“证照分离”改革全面推开。", ["“证照分离”改革"]),
    ("综保区“两步申报”改革成效初显。", ["“两步申报”改革"]),
    # a zone whose name jieba does not know, with a place before it
    ("南昌经开区“四大攻坚”行动全面启动。", ["“四大攻坚”行动"]),
    ("鹰潭高新区“链上招商”行动吸引项目落户。", ["“链上招商”行动"]),
    # a zone after the policy verb, words of the name after the zone
    ("推动高新区“亩产效益”综合评价改革落地。", ["“亩产效益”综合评价改革"]),
    ("积极推进经开区科技“双创”工程。", ["科技“双创”工程"]),
    # a level on its own
    ("省“千名博士进企业”行动启动。", ["“千名博士进企业”行动"]),
    ("市“百企帮百村”行动持续开展。", ["“百企帮百村”行动"]),
    ("县“领导包联”机制运行良好。", ["“领导包联”机制"]),
    ("区“一企一策”帮扶机制不断完善。", ["“一企一策”帮扶机制"]),
    # a full place name
    ("江西省“1269”行动计划深入实施。", ["“1269”行动计划"]),
    ("南昌市“8810”行动计划取得进展。", ["“8810”行动计划"]),
    ("赣江新区“三年倍增”行动加快推进。", ["“三年倍增”行动"]),
    ("深入实施赣江新区“三年倍增”行动。", ["“三年倍增”行动"]),
]

OWN_WORDS = [
    # a title keeps the place its own words begin with
    (
        "省政府印发《江西省未来产业培育发展行动方案（2024—2026年）》。",
        ["《江西省未来产业培育发展行动方案（2024—2026年）》"],
    ),
    ("全力推进国家科技重大项目04专项。", ["国家科技重大项目04专项"]),
    # a modifier that is no place stays with the quote it belongs to
    ("坚持把乡村治理“积分超市”行动作为重要抓手。", ["乡村治理“积分超市”行动"]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTS)
def test_a_zone_place_or_level_in_front_is_left_out(suggester, text, expected):
    assert policies(suggester, text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_WORDS)
def test_a_name_that_begins_with_a_place_keeps_it(suggester, text, expected):
    assert policies(suggester, text) == expected


def test_a_zone_named_after_a_programme_is_no_programme(suggester):
    # 全面创新改革试验 is a programme; 试验区 ends a zone's name, and a span
    # ending at 试验 would stop inside it
    assert policies(suggester, "建设一批全面创新改革试验区。") == []


# a head noun that a word makes an adjective (战略性, 机制化) ends no name
ADJECTIVES = [
    "培育“链主”企业和战略性新兴产业。",
    "支持“小巨人”企业发展战略性新兴产业。",
    "推动“三链融合”机制化运行。",
    "推动“链长”工作制度化、规范化。",
    "推进“一网通办”模式化复制。",
]
# the work done on a name that jieba joins to its head (“强省会”战略部署) is
# the one word a name may end inside
WORK_ON_IT = ("部署", "建设", "实施", "推进")


@pytest.mark.parametrize("text", ADJECTIVES[:3])
def test_a_head_made_an_adjective_ends_no_name(suggester, text):
    assert policies(suggester, text) == []


@pytest.mark.parametrize(
    "text", [t for t, _ in FRONTS + OWN_WORDS] + ["建设一批全面创新改革试验区。", *ADJECTIVES]
)
def test_no_span_starts_inside_a_word_or_a_zone(suggester, text):
    a = analyse(text)
    for s in suggester.suggest(text):
        if s.label != "POLICY":
            continue
        assert a.is_start(s.start), f"{s.text} starts inside a word"
        assert a.is_start(s.end) or text.startswith(WORK_ON_IT, s.end), (
            f"{s.text} ends inside a word"
        )
        for m in ZONES.finditer(text):
            assert not m.start() < s.start < m.end(), f"{s.text} starts inside {m.group()}"
            assert not m.start() < s.end < m.end(), f"{s.text} ends inside {m.group()}"


def test_the_command_line_leaves_zones_and_places_out(tmp_path, capsys):
    text = (
        "高新区“两新”行动成效明显，江西省“1269”行动计划深入实施，"
        "南昌市“8810”行动计划取得进展，经开区“三区”战略稳步推进。"
    )
    path = tmp_path / "zones.jsonl"
    path.write_text(json.dumps({"id": "z1", "text": text}, ensure_ascii=False) + "\n", "utf-8")
    assert main(["suggest", str(path)]) == 0
    out, _err = capsys.readouterr()
    (line,) = out.splitlines()
    spans = [s["text"] for s in json.loads(line)["spans"] if s["label"] == "POLICY"]
    assert spans == ["“两新”行动", "“1269”行动计划", "“8810”行动计划", "“三区”战略"]
