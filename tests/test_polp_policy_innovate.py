"""POLICY boundaries (issue 14 item 2: a verb in front is never part of the
name): 创新 right before a quote, opening its clause or after an adverb, is
the verb "to innovate" what the quote names (。创新|“基金招商”模式, 全面创新|
“6+4”先行先试政策), as the economy study half's gold reads it; after a noun
it closes a topic that belongs to the name (科技创新“揭榜挂帅”制). Sentences
written for these tests in the manner of news, but the first, from the
study half's wording."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以基金招商为主抓手。创新“基金招商”模式，先后设立两支产业基金。", ["“基金招商”模式"]),
        ("该区全面创新“6+4”先行先试政策，国家技术转移中心成功落户。", ["“6+4”先行先试政策"]),
        ("该县持续创新“党建+”工作机制，带动村集体增收。", ["“党建+”工作机制"]),
    ],
)
def test_innovating_stays_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市深入实施科技创新“揭榜挂帅”制，发布榜单30项。", ["科技创新“揭榜挂帅”制"]),
        ("该市深化制度创新“一件事”改革，企业办事更便捷。", ["制度创新“一件事”改革"]),
        ("该行创新运用“资本领投+银团跟贷”投贷联动机制。", ["“资本领投+银团跟贷”投贷联动机制"]),
        ("该区创新开展“一链一网一平台”试点示范。", ["“一链一网一平台”试点示范"]),
    ],
)
def test_a_topic_in_innovation_stays(policy, text, expected):
    assert names(policy, text) == expected
