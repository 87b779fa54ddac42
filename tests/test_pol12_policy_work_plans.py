"""POLICY, twelfth round (issue 14 item 2: quoted names take their head noun):
a quote's plan or mechanism of work named with the verb of that work
between (“…”工作推进方案, “…”工作落实机制): 工作 and its verb make one noun
with the head, no clause; on sentences written for these tests in the manner
of news, beside the same words that end in no head."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市工信局印发“智改数转”工作推进方案，积极争取省级资金。", ["“智改数转”工作推进方案"]),
        ("该区建立“一企一策”工作落实机制，解决企业难题。", ["“一企一策”工作落实机制"]),
        ("县里出台“万企兴万村”工作推进计划。", ["“万企兴万村”工作推进计划"]),
        # (with no verb between, as before)
        ("制定“双碳”工作实施方案。", ["“双碳”工作实施方案"]),
    ],
)
def test_a_work_plan_after_a_quote_is_named(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of the work, or the work going on: no plan named
        "召开“智改数转”工作推进会。",
        "“智改数转”工作推进有力，成效明显。",
    ],
)
def test_the_work_without_a_head(policy, text):
    assert not any("工作" in name for name in names(policy, text))
