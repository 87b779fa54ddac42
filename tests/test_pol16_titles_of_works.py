"""A short title in 《》 ending in 行动 with nothing of a document in it is
a game's, a film's or a book's (《反恐行动》, 《半条命蓝色行动》); a title
ending in 通报 with no 关于 and no 的 before it is a journal (《药理学通报》,
《科学通报》): documents are named 《…行动计划》, 《…行动方案》,
《关于…的通报》 (pol16; CLUENER's news shows such titles as policies, no
gold of ours holds one). Sentences written in the manner of news."""

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
        "昨日,歌手现身上海助阵《幽灵行动》首映。",
        "这一情节出自《黑色行动》,由此正式揭开序幕。",
        "该研究发表在《科学通报》上,引起广泛关注。",
        "论文刊于波兰《药理学通报》,随后被撤回。",
        "《零点行动》、《蓝色行动》等作品陆续推出。",
    ],
)
def test_a_works_title_is_no_policy(suggester, text):
    assert policies(suggester, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "省政府办公厅印发《关于2023年全省开发区综合考核评价结果的通报》。",
            ["《关于2023年全省开发区综合考核评价结果的通报》"],
        ),
        ("该省印发《制造业数字化转型三年行动计划》。", ["《制造业数字化转型三年行动计划》"]),
        (
            "国务院办公厅发布《国务院大督查发现的典型经验做法的通报》。",
            ["《国务院大督查发现的典型经验做法的通报》"],
        ),
        ("该市印发《“无废城市”建设三年行动》,推进固废减量。", ["《“无废城市”建设三年行动》"]),
    ],
)
def test_documents_stay(suggester, text, expected):
    assert policies(suggester, text) == expected
