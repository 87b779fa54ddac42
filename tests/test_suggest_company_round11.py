"""COMPANY, eleventh round: a product, technology or business line written
right after a firm's short name is what the firm makes, not part of its name
(on sentences written for these tests in the manner of economy news)."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known firm, then a sector word jieba knows, then more of the
        # product or the plant: the firm is the name alone
        ("当日,特斯拉储能超级工厂签约仪式在上海举行。", ["特斯拉"]),
        ("去年,比亚迪储能电站订单同比增长三成。", ["比亚迪"]),
        ("百度智能驾驶出行服务已覆盖十多个城市。", ["百度"]),
        ("海尔智能家电出口额再创新高。", ["海尔"]),
        # a known firm and a tail that names a product line field by field:
        # the line ends in a field of products (系统, 技术…) within a word
        ("新车搭载了华为高阶智能驾驶系统,年内交付。", ["华为"]),
    ],
)
def test_product_after_short_name(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's own full short name, whatever follows it, stays whole
        ("比亚迪汽车有限公司在当地新建整车工厂。", ["比亚迪汽车有限公司"]),
        ("会上,宁德时代新能源科技股份有限公司代表发言。", ["宁德时代新能源科技股份有限公司"]),
        # a group and its subsidiary's coined brand and trade (华润|博雅生物)
        ("华润博雅生物血液制品智能工厂项目已投产。", ["华润博雅生物"]),
        # a sector word then the firm's base or plant: the name runs on
        ("天津港物流基地于年内启用。", ["天津港物流"]),
    ],
)
def test_firm_names_stay_whole(company, text, expected):
    assert names(company, text) == expected
