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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national programmes that local news names bare or in quotes
        ("该镇入选全国“一村一品”示范村镇。", ["“一村一品”"]),
        ("信贷资金重点投向“两重”“两新”领域。", ["“两重”", "“两新”"]),
        ("新区推行“标准地”出让，项目实现“一窗受理”。", ["“标准地”", "“一窗受理”"]),
        ("园区按照工业上楼的思路建设标准厂房。", ["工业上楼"]),
        ("全县加快推进城市棚户区改造。", ["城市棚户区改造"]),
    ],
)
def test_national_programmes(policy, text, expected):
    assert names(policy, text) == expected


def test_new_organisations_are_no_programme(policy):
    # “两新”党组织: the party's cells in new firms and associations
    assert names(policy, "全区新建“两新”党组织12个。") == []
