"""COMPANY, twelfth round: firms zone news names beside their projects, on
sentences written for these tests in the manner of local economy news
(invented firms)."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a project's name that opens with its firm's home, brand and trade
        # names the firm, in a list or not: the name keeps its trade
        ("活动暨江西瀚岚精密制造项目开工仪式在新干县举行。", ["江西瀚岚精密制造"]),
        ("由外地企业投资的30万锭新疆泓岳纺织项目一期厂房已经封顶。", ["新疆泓岳纺织"]),
        ("现场签约陕西隆岫精密制造生产基地等14个项目。", ["陕西隆岫精密制造"]),
        # the nearest place is the firm's home (江苏|南通…)
        ("总投资5.8亿元的江苏南通岚欣市政工程天然油脂深加工项目开工。", ["南通岚欣市政工程"]),
    ],
)
def test_a_firm_opening_its_project_with_home_brand_and_trade(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a home and a region or a sector open a public or a sector's project
        "总投资12亿元的四川攀西战略资源项目进展顺利。",
        "江西赣州稀土新材料项目加快推进。",
        "广东云浮新兴县食品加工项目正式投产。",
        "湖南湘江新区智能制造项目集中开工。",
    ],
)
def test_no_firm_where_a_place_opens_a_project(company, text):
    assert names(company, text) == []
