"""POLICY rules for kinds of name that financial and property news uses, on
sentences written for these tests: short law titles in 《》, documents known
by their number, documents named in quotes or without their 《》, and what
is not an instrument (a body's internal rules, a quoted order, a bank's own
rules, a generic 国家规定)."""

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
        # a law word before 法 makes a short title a law's, marks kept
        ("法院依照《合同法》的有关规定作出判决。", ["《合同法》"]),
        ("律师认为此事应适用《物权法》。", ["《物权法》"]),
        ("双方按照《民法通则》和《担保法》协商解决。", ["《民法通则》", "《担保法》"]),
        # a short title that ends in 法 by chance is a work's
        ("他最近在读《魔法》这本小说。", []),
    ],
)
def test_short_law_titles(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("银监会265号文下发后，银信合作业务明显收缩。", ["265号文"]),
        ("市场仍在等待国务院“10号文”的细则。", ["“10号文”"]),
        # a bracketed year keeps the issuer's code (DOC_NUMBER)
        ("根据财建〔2023〕315号文要求，资金已下达。", ["财建〔2023〕315号文"]),
        # a document, not a count: 号文件 and 号文化 are other words
        ("该厂3号文化广场昨日开放。", []),
    ],
)
def test_numbered_documents(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document named in quotes instead of 《》
        ("这一项目已写入“某省金融业发展指导意见”。", ["“某省金融业发展指导意见”"]),
        ("央行表示要加快制定“放贷人条例”。", ["“放贷人条例”"]),
        # a generic document, a bank's own rules: no name
        ("这笔收费是否符合“国家规定”仍有争议。", []),
        ("客户关注银行“二套房细则”何时出台。", []),
        # a body's internal rules are not a public instrument
        ("公司按照内部“考勤条例”对其作出处分。", []),
    ],
)
def test_quoted_documents(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body that issues a title stands before its 关于; a title may
        # cite another in 《》
        (
            "市住建委关于执行《某市房屋租赁管理办法》有关问题的通知昨日公布。",
            ["关于执行《某市房屋租赁管理办法》有关问题的通知"],
        ),
        ("财政部关于调整部分产品出口退税率的通知已经下发。", ["关于调整部分产品出口退税率的通知"]),
        # inside a title with its marks, the marks are kept
        (
            "国务院印发《国务院关于加快发展现代物流业的若干意见》。",
            ["《国务院关于加快发展现代物流业的若干意见》"],
        ),
        # a bank's 关于 is no issuer's, and 出台 ends no title
        ("农行关于房贷细则的出台一波三折。", []),
    ],
)
def test_titles_without_marks(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    "text",
    ["全会提出“推进农村信用社改革”之后，各地纷纷行动。", "全会提出“积极推进农村信用社改革”之后。"],
)
def test_quoted_order_names_only_its_object(policy: PolicySuggester, text: str) -> None:
    # an order quoted from a meeting opens with a policy verb: the reform it
    # asks for is the name, not the order
    assert names(policy, text) == ["农村信用社改革"]
