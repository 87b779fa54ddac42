"""POLICY rules on the language of local economy and development-zone news
(sentences written for these tests): what a curator sees suggested, and
what is left alone, in a zone's reports on investment and its programmes."""

from __future__ import annotations

import pytest

from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 战略 before 合作 or 机遇 is an adjective: the quoted name stands alone
        ("市政府与两所高校签署共建“双一流”战略合作协议。", ["“双一流”"]),
        ("抢抓“一带一路”战略机遇，扩大对外开放。", ["“一带一路”"]),
        # …while a strategy deployed keeps its head noun
        ("深入实施“强省会”战略部署。", ["“强省会”战略"]),
    ],
)
def test_strategic_adjective(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quoted place to build or a status to reach is no programme
        "开发区正加快推进“东湖药谷”“东湖光谷”建设。",
        "为全省“工业强县”建设贡献力量。",
        # a list of what was done: each item opens with its own verb
        "该县通过印发专项行动方案、建立项目服务中心、举办招商推介会等举措优化服务。",
    ],
)
def test_not_a_programme(policy, text):
    assert names(policy, text) == []
