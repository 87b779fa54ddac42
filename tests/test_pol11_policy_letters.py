"""POLICY, eleventh round (issue 14 item 2): a title in 《》 that ends as a
letter a body addresses to those it binds or calls on (告…书, 倡议书,
责任书) names a document, as a notice does; a book, a journal or a
handbook of the same shape stays out. Sentences written for these tests in
the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("纪念《告全省农民朋友书》发表十周年座谈会在省城举行。", ["《告全省农民朋友书》"]),
        ("市节水办向全体市民发出《节约用水倡议书》。", ["《节约用水倡议书》"]),
        ("各县区与市政府签订《安全生产目标责任书》。", ["《安全生产目标责任书》"]),
    ],
)
def test_a_letter_of_a_body_is_a_document(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他把《三国演义》一书送给了学生。",
        "市民可在书店买到《城市记忆丛书》。",
        "《读书》杂志刊发了他的评论。",
        # a white paper is most often a report, as a 研究报告 is
        "研究院发布《全省数字经济发展白皮书》。",
    ],
)
def test_a_book_stays_out(policy, text):
    assert names(policy, text) == []
