"""POLICY rules for the language of government work reports and the policy
news that quotes them, on sentences written for these tests: national rules,
initiatives and connect programmes known by name, negative lists, counted
slogans, mechanisms described by what they do, and the words in front of a
name (a verb, a batch) that are not its own."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester


@pytest.fixture(scope="module")
def policy():
    return PolicySuggester()


def names(suggester: PolicySuggester, text: str) -> list[str]:
    return [s.text for s in suggester.suggest(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national rules and initiatives that news names without a head noun
        ("全市党员干部严格遵守中央八项规定精神。", ["中央八项规定"]),
        ("两国表示愿共同落实全球发展倡议。", ["全球发展倡议"]),
        ("论坛围绕全球文明倡议展开讨论。", ["全球文明倡议"]),
        ("该区持续推动大众创业、万众创新。", ["大众创业、万众创新"]),
        ("园区新建一批“双创”示范基地。", ["“双创”"]),
        ("长江十年禁渔实施以来，江豚数量回升。", ["长江十年禁渔"]),
        ("人民银行通过碳减排支持工具发放贷款。", ["碳减排支持工具"]),
        ("第二轮中央生态环境保护督察进驻该省。", ["中央生态环境保护督察"]),
        # the connect programmes between the mainland and Hong Kong, quoted or not
        ("“深港通”开通后，两地资金往来更加活跃。", ["“深港通”"]),
        ("北向资金通过沪港通净买入50亿元。", ["沪港通"]),
    ],
)
def test_names_known_in_reports(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected
