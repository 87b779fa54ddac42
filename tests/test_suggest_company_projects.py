"""COMPANY in the lists of projects and firms of zone and local economy news,
on sentences written for these tests with names invented for them: what a
curator sees suggested in 招引落地A、B等9个项目, A、B等60多家企业, and in a
project's name that opens with its firm's home, brand and trade."""

from __future__ import annotations

import pytest

from tests.test_suggest_company import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that a count of projects closes names the firms behind them,
        # however bare their names (no legal form, no business word)
        (
            "高新区今年已招引落地澜屹、启芮源、博纳维、韦林克等9个项目,总投资42亿元。",
            ["澜屹", "启芮源", "博纳维", "韦林克"],
        ),
        # …and so does a count of firms, 多 and all
        (
            "在机器人小镇,斯坦德福、欧瑞翎等60多家企业相继入驻。",
            ["斯坦德福", "欧瑞翎"],
        ),
        # a member may carry its trade after its brand
        (
            "今年先后引进了岭澳电梯、华翔涂料、博纳维等一批项目。",
            ["岭澳电梯", "华翔涂料", "博纳维"],
        ),
        # a bare 等 closes a list of investors that 包括 opens; a country
        # before a member says where the firm is from
        (
            "今年新签约的外资项目包括德国凯博森、日本澜屹、博纳维等。",
            ["凯博森", "澜屹", "博纳维"],
        ),
        # a project that opens with its firm's home, brand and trade: the firm
        # keeps its home and its trade, not the project's product
        (
            "本次集中开工的项目有总投资6亿元的浙江澜屹涂料年产5万吨水性涂料项目,"
            "总投资3亿元的湖北禾瑞精密制造汽车零部件项目。",
            ["浙江澜屹涂料", "湖北禾瑞精密制造"],
        ),
        # its trade ends where a word ends: 科技|电子产品, not 科技电子|产品
        ("其中,总投资4亿元的浙江禾瑞科技电子产品生产项目,年内投产。", ["浙江禾瑞科技"]),
    ],
)
def test_the_firms_of_a_list_of_projects_are_suggested(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # products, sectors and public works close lists of projects too
        "今年先后引进了光刻胶、锂电隔膜、电子特气等一批项目。",
        "重点推进汽车、电子、生物医药等8个产业项目。",
        "今年引进的产业包括新能源、新材料、生物医药等。",
        "开工建设紫荆水厂扩建项目、凤凰路改造项目、滨江广场商业综合体项目等12个项目。",
    ],
)
def test_products_sectors_and_sites_in_a_list_of_projects_are_no_firms(company, text):
    assert names(company, text) == []
