"""POLICY boundaries (issue 14 item 2: a place and a verb in front are never
part of the name): when a preposition opens the clause (在武汉, 按照…) and
a policy verb follows the place or scope it introduces, the name begins
after that verb (在武汉|推出|新能源汽车购置补贴政策), where the rules began
it after the preposition and kept the place and the verb (武汉推出…政策),
or a verb's last character (在武汉实施|好… gave 好…). Names a preposition
introduces with no verb after it, and clauses of a preposition and a verb
with no name, are as before. Sentences written for these tests in the
manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该部门在武汉推出新能源汽车购置补贴政策。", ["新能源汽车购置补贴政策"]),
        ("该部门在武汉实施好新能源汽车购置补贴政策。", ["新能源汽车购置补贴政策"]),
        ("该局在全市范围内执行小微企业房租减免政策。", ["小微企业房租减免政策"]),
        ("省里在12个县探索农村宅基地有偿退出机制。", ["农村宅基地有偿退出机制"]),
        ("该市在重点园区建立企业服务专员制度。", ["企业服务专员制度"]),
        ("该县在乡镇启动农村人居环境整治提升行动。", ["农村人居环境整治提升行动"]),
        ("人民银行在5个省份推动普惠小微贷款支持工具试点。", ["普惠小微贷款支持工具试点"]),
    ],
)
def test_the_name_begins_after_the_verb(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在城市更新行动中，该市改造老旧小区120个。", ["城市更新行动"]),
        ("在稳经济一揽子政策支持下，该市经济企稳回升。", ["稳经济一揽子政策"]),
        ("该县在研究制定政策时充分听取企业意见。", []),
        ("在推进城市更新行动中，该市改造老旧小区120个。", ["城市更新行动"]),
        ("在服务业扩大开放综合试点中，该市新增外资企业80家。", ["服务业扩大开放综合试点"]),
    ],
)
def test_names_after_a_preposition_unchanged(policy, text, expected):
    assert names(policy, text) == expected
