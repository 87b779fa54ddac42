"""POLICY, ninth round (issue 14 item 2): kinds of things the rules took
for programmes that are none, on sentences written for these tests in the
manner of news; beside each, a name of the same shape that stays."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 开启/进入…模式: a firm or a place goes into a mode, no model is named
        ("订单排到年底，工厂上半年开启“满产”模式。", []),
        ("假期一到，景区进入“火爆”模式。", []),
        # (a model a policy verb introduces stays)
        ("全面推行“拿地即开工”模式。", ["“拿地即开工”模式"]),
    ],
)
def test_going_into_a_mode_names_no_model(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words before a head that are all generic name nothing (重点建设|工程)
        ("该工厂作为全省重点建设工程，年内将建成投产。", []),
        ("项目列入市级重大建设工程。", []),
        # (a topic of its own before the same head stays)
        ("深入实施数字乡村建设工程。", ["数字乡村建设工程"]),
    ],
)
def test_generic_words_before_a_head_name_nothing(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 等 closes a list before 新: the class of support for what it lists
        ("改革完善跨境电商等新业态扶持政策。", []),
        # (新 before a topic and the head of one instrument stays)
        ("新成品油定价机制自明日起执行。", ["新成品油定价机制"]),
    ],
)
def test_a_class_after_a_list_is_no_renewed_instrument(policy, text, expected):
    assert names(policy, text) == expected
