"""A firm known by name that launches or proposes a strategy, a plan or a
model makes it the firm's own, not a policy instrument (the guideline's
POLICY is a public instrument; pol16). The rules knew a firm only by its
ending (该公司推出…, 集团实施…); news names firms by their short names
(长安汽车提出的“新汽车、新生态”战略, 沃尔玛启动翻新计划), which the
company rules' known names (`company_names.txt`) already hold. Sentences
written in the manner of news."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def policies(suggester, text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggester.suggest(text) if s.label == "POLICY"]


@pytest.mark.parametrize(
    "text",
    [
        "该基地是落实比亚迪提出的“技术为王、创新为本”战略的重要一步。",
        "京东近日启动“春晓”计划,扶持中小商家。",
        "海尔推出“人单合一”模式,员工成为创客。",
        "华为实施国际化战略,海外收入占比过半。",
        "沃尔玛启动翻新计划,将出售翻新物品。",
        "宁德时代发布的“零碳”战略提出,2025年实现核心运营碳中和。",
    ],
)
def test_a_known_firms_own_plan_is_no_policy(suggester, text):
    assert policies(suggester, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm that carries out or answers a public programme: the programme stays
        ("比亚迪积极落实国家“双碳”战略,新能源汽车销量大增。", ["“双碳”战略"]),
        ("华为参与“东数西算”工程建设。", ["“东数西算”工程"]),
        ("京东物流响应国家乡村振兴战略。", ["乡村振兴战略"]),
        # a public body's strategy, as before
        ("该市提出“强省会”战略,带动全省发展。", ["“强省会”战略"]),
        # the firm is the object of the body that launches the programme
        ("省政府联合华为启动“数字政府”计划。", ["“数字政府”计划"]),
    ],
)
def test_a_public_programme_beside_a_firm_stays(suggester, text, expected):
    assert policies(suggester, text) == expected
