"""POLICY rules for kinds of name that financial and property news uses, on
sentences written for these tests: short law titles in 《》, documents known
by their number, documents named in quotes or without their 《》, and what
is not an instrument (a body's internal rules, a quoted order, a bank's own
rules, a generic 国家规定)."""

from __future__ import annotations

import pytest

from models.suggest.policy import PolicySuggester
from tests.test_suggest_policy import names


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
        ("央行关于调整存款准备金率的通知昨日下发。", ["关于调整存款准备金率的通知"]),
        (
            "银监会关于加强信用卡业务风险管理的通知要求各行自查。",
            ["关于加强信用卡业务风险管理的通知"],
        ),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic or a date glued to 新政 names the one new policy on it
        ("央行上月出台的房贷新政效果初显。", ["房贷新政"]),
        ("北京楼市新政出台后，成交量明显回落。", ["楼市新政"]),
        ("杭州5.17新政出台后，二手房市场降温。", ["5.17新政"]),
        ("分析师认为市场将迎来“格林斯潘新政”。", ["“格林斯潘新政”"]),
        # bare 新政 names none; 新政细则 are the rules that carry it out
        ("各地新政频出，购房者观望。", []),
        ("某银行昨日出台房贷新政细则。", []),
    ],
)
def test_new_policies(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新 alone before a topic and one instrument's head: the revised one
        ("业内希望新成品油定价机制尽快落地。", ["新成品油定价机制"]),
        ("他是新拆迁条例的起草人之一。", ["新拆迁条例"]),
        ("新个税法明年起实施。", ["新个税法"]),
        # a topic of one word is too little for a mechanism; 新 as an
        # adjective of its own word (新型) is no mark of a revision
        ("新机制运行良好。", []),
        ("该行启用新考勤机制后效率提高。", []),
    ],
)
def test_renewed_instruments(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulation names itself with 条例, with no verb before it
        ("物业管理条例出台后，业主委员会纷纷成立。", ["物业管理条例"]),
        # its draft and a law's amendment are named with it
        ("放贷人条例草案已经提交国务院。", ["放贷人条例草案"]),
        ("人大常委会审议预算法修正案草案。", ["预算法修正案草案"]),
        ("反垄断法修正草案公开征求意见。", ["反垄断法修正草案"]),
        # a pronoun or a generic word names no regulation; nor do a body's own rules
        ("该条例明年施行。", []),
        ("相关条例正在修订。", []),
        ("公司内部奖惩条例规定了处罚标准。", []),
    ],
)
def test_regulations(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's head after the verb that issues it
        ("银监会昨日发布流动资金贷款管理办法。", ["流动资金贷款管理办法"]),
        ("金管会发布修正两地金融业务往来许可办法。", ["两地金融业务往来许可办法"]),
        # 办法 alone is a way of doing; an unnamed document is no name
        ("大家都在想办法解决融资难。", []),
        ("所谓“新办法”，是指上月公布的规定。", []),
    ],
)
def test_document_heads(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the zoning of one site is no instrument; a city's master plan is
        ("记者在《某新城东区控制性详细规划》中看到，该地块为住宅用地。", []),
        (
            "市政府印发《某市国土空间总体规划（2021—2035年）》。",
            ["《某市国土空间总体规划（2021—2035年）》"],
        ),
    ],
)
def test_site_plans(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two common words of a field and its means are a field of policy
        ("各地继续落实房地产调控政策。", []),
        ("银行严格落实住房信贷政策。", []),
        ("央行将继续实施适度宽松的货币政策。", []),
        # a rarer topic names one policy
        ("各行严格执行差别化住房信贷政策。", ["差别化住房信贷政策"]),
        ("银监会要求严格落实二套房贷政策。", ["二套房贷政策"]),
    ],
)
def test_fields_of_policy(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's name starts after the clause's verb, not after a verbal noun
        ("常委会今天审议证券法修订草案。", ["证券法修订草案"]),
        ("富豪们在高额遗产税法的压力下移居海外。", ["高额遗产税法"]),
    ],
)
def test_law_after_its_verb(policy: PolicySuggester, text: str, expected: list[str]) -> None:
    assert names(policy, text) == expected
