"""POLICY, eleventh round (issue 14 item 2): a quoted campaign named with its
活动 where no policy verb stands before it, on sentences written for these
tests in the manner of news; beside each, an event or a campaign's day or
office of the same shape that is no campaign's name."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the campaign is the clause's subject or a noun's modifier: no verb
        # before it, and its 活动 belongs to its name
        ("“千企万户大走访”活动开展得怎么样？记者走访了多家企业。", ["“千企万户大走访”活动"]),
        ("“科技助农”活动是全省乡村振兴工作的重要组成部分。", ["“科技助农”活动"]),
        ("今年以来，“干部进万企”活动覆盖全市规上企业。", ["“干部进万企”活动"]),
        # (发展 and 社会 end in 展 and 会 but hold no event)
        ("“助企高质量发展”活动的第二阶段随之启动。", ["“助企高质量发展”活动"]),
    ],
)
def test_a_quoted_campaign_keeps_its_activity(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an event a body holds or a person attends, or one titled as an event
        "县文旅局举办“金秋采摘”活动，吸引游客三万人次。",
        "上百家企业参加了“云上招聘”活动。",
        "此次“智造强市招商推介签约”活动邀请了上百位企业家。",
        "“缤纷夏日消费季”活动持续到八月底。",
    ],
)
def test_an_event_is_no_campaign(policy, text):
    assert not any(n.endswith("活动") for n in names(policy, text))


@pytest.mark.parametrize(
    "text",
    [
        # the campaign's day or office: the quote is the name, 活动 a modifier
        "3月5日是“万人助万企”活动日，各部门深入企业。",
        "市“万人助万企”活动办采取暗访方式督查。",
    ],
)
def test_a_campaigns_day_or_office_is_not_its_name(policy, text):
    got = names(policy, text)
    assert not any(n.endswith("活动") for n in got), got


def test_a_day_after_a_named_campaign_is_no_repeat(policy):
    text = (
        "“万人助万企”活动开展以来成效明显。3月5日是“万人助万企”活动日，市“万人助万企”活动办督查。"
    )
    got = [(s.start, s.text) for s in policy.suggest(text)]
    assert [n for _s, n in got if n.endswith("活动")] == ["“万人助万企”活动"], got
