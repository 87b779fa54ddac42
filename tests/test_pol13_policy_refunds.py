"""POLICY, thirteenth round (issue 14 item 2): a tax refund named alone is
the money refunded or the refunding done (办理留抵退税, 全年留抵退税超过…亿元),
no instrument; the policy that grants it keeps its name (增值税留抵退税政策).
Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    "text",
    [
        "今年以来，全市累计办理留抵退税18.6亿元，惠及企业1200户。",
        "全年增值税留抵退税超过2000亿元，新增减税降费超过1000亿元。",
        "税务部门加快为小微企业办理留抵退税，缓解资金压力。",
    ],
)
def test_a_refund_paid_is_no_instrument(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面落实增值税留抵退税政策，扩大全额退还范围。", ["增值税留抵退税政策"]),
        ("该市用足用好留抵退税政策，为企业送去“真金白银”。", ["留抵退税政策"]),
    ],
)
def test_the_refund_policy_stays(policy, text, expected):
    assert names(policy, text) == expected
