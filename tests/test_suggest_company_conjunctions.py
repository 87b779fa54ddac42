"""和, 与 and 及 join the members of a list of firms, but they also stand
inside firms' trade names (长江和记, 和邦生物, 中和): on sentences written for
these tests, a name that holds one is proposed whole, and a list joined by
one is still cut into its firms."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester
from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 记 alone is no trade name: 和 is the name's, not a list's
        ("长江和记实业有限公司今年上半年营业收入同比增长5%。", ["长江和记实业有限公司"]),
        ("四川和邦生物科技股份有限公司发布2024年年度报告。", ["四川和邦生物科技股份有限公司"]),
        # nothing at all between 和 or 与 and the trade word
        ("中和科技有限公司完成新一轮融资。", ["中和科技有限公司"]),
        ("天与投资有限公司宣布增资扩股。", ["天与投资有限公司"]),
        # two conjunctions never stand side by side: the second opens a name
        ("宁波港与和利时科技集团有限公司签署合作协议。", ["和利时科技集团有限公司"]),
        # the firm named again with the others in a list
        (
            "长江和记实业有限公司与比亚迪股份有限公司签署合作协议。",
            ["长江和记实业有限公司", "比亚迪股份有限公司"],
        ),
    ],
)
def test_a_trade_name_holding_a_conjunction_is_proposed_whole(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比亚迪、长江和记实业等企业参加了展会。", ["比亚迪", "长江和记实业"]),
        (
            "比亚迪、长江和记实业和宁德时代3家企业参加了展会。",
            ["比亚迪", "长江和记实业", "宁德时代"],
        ),
        ("展会吸引了和邦生物、岚沣科技等企业参展。", ["和邦生物", "岚沣科技"]),
        # between two firms, with nothing closing the list
        ("比亚迪、长江和记实业、宁德时代的代表出席。", ["比亚迪", "长江和记实业", "宁德时代"]),
        ("岚沣科技、和邦生物、鑫晟电子的代表出席。", ["岚沣科技", "和邦生物", "鑫晟电子"]),
    ],
)
def test_a_list_member_holding_a_conjunction_is_one_member(company, text, expected):
    assert names(company, text) == expected


def test_a_holder_in_a_headline_holding_a_conjunction_is_named_whole(company):
    text = "岚芯科技：长江和记实业、岚沣投资拟减持不超过2%"
    assert names(company, text) == ["岚芯科技", "长江和记实业", "岚沣投资"]


def test_a_party_to_a_contract_holding_a_conjunction_is_named_whole(company):
    text = "比亚迪与长江和记实业签署合作协议。"
    assert names(company, text) == ["比亚迪", "长江和记实业"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "比亚迪和宁德时代新能源科技股份有限公司签署战略合作协议。",
            ["比亚迪", "宁德时代新能源科技股份有限公司"],
        ),
        ("岚沣集团和鑫晟电子科技有限公司签署合作协议。", ["岚沣集团", "鑫晟电子科技有限公司"]),
        ("瑞铂新材与鑫晟电子科技有限公司签署合作协议。", ["瑞铂新材", "鑫晟电子科技有限公司"]),
        # a kind of firm after the conjunction, and no brand before it: no name
        ("中国银行与信托公司开展合作。", ["中国银行"]),
        ("煤和电力公司签订了长期协议。", []),
    ],
)
def test_a_list_joined_by_a_conjunction_is_still_cut_into_its_firms(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("长江和记实业有限公司今年上半年营业收入同比增长5%。", "长江和记实业有限公司"),
        ("長江和記實業有限公司今年上半年營業收入同比增長5%。", "長江和記實業有限公司"),
    ],
)
def test_the_app_suggests_the_firm_whole_in_simplified_and_traditional_text(text, firm):
    found = [(s.text, s.label) for s in default_suggester().suggest(text)]
    assert (firm, "COMPANY") in found
