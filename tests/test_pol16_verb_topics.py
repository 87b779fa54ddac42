"""The words between a verb that issues or carries out a programme and the
programme's quoted name are its topic, verbs among them, when a noun opens
them (制定|科技成果转移转化“新十条”政策, 出台|人才引进培养“凤凰”计划): the
walk back from a quote stopped at the first common verb (转化, 培养) and cut
the topic in two (pol16; zone study gold: 科技成果转移转化“新十条”政策).
A verb that opens the words is the clause's predicate, not the topic
(实施|打造“一核两翼”战略). Sentences written in the manner of news."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def policies(suggester, text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggester.suggest(text) if s.label == "POLICY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该区制定科技成果转移转化“新十条”政策,推动成果落地。", ["科技成果转移转化“新十条”政策"]),
        ("该市出台人才引进培养“凤凰”计划,每年安排资金2亿元。", ["人才引进培养“凤凰”计划"]),
        ("该市启动文旅消费提振“百日”行动,发放消费券5000万元。", ["文旅消费提振“百日”行动"]),
    ],
)
def test_verbs_after_a_noun_are_the_topic(suggester, text, expected):
    assert policies(suggester, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb right after the policy verb is the predicate's, not the topic's
        ("该区实施打造“一核两翼”战略。", ["“一核两翼”战略"]),
        ("该市出台提升“十条”措施。", ["“十条”"]),
        # a firm before the words is their owner, the walk stops there
        ("该县深入实施企业培育壮大“雏鹰”行动,新增规上企业30家。", ["培育壮大“雏鹰”行动"]),
        # a topic with no verb was taken already
        ("东海县落实好招商引资优惠政策“双10条”。", ["招商引资优惠政策“双10条”"]),
        # no policy verb before the words: the walk is as before
        ("依托协同创新,企业推动成果转化“新十条”政策落地。", ["“新十条”政策"]),
    ],
)
def test_other_fronts_stay(suggester, text, expected):
    assert policies(suggester, text) == expected
