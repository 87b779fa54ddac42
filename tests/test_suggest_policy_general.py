"""POLICY rules for kinds of language that economic news in general uses, on
sentences written for these tests: a pilot named before its work or its
members, a verb alone before a head, policies named by what they do for a
field, and a head that is a verb's object."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester
from tests.test_suggest_policy import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba joins 试点工作 and 试点单位; the pilot before them is named
        ("全力做好跨境贸易便利化试点工作，推动外贸提质。", ["跨境贸易便利化试点"]),
        ("该行成为首批普惠金融改革试点单位。", ["普惠金融改革试点"]),
        # without a topic there is no name, only a verb and its object
        ("各地要扎实做好试点工作。", []),
        ("全力做好改革试点，推动转型。", []),
        ("该县被确定为试点单位。", []),
    ],
)
def test_pilot_before_its_work(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected
