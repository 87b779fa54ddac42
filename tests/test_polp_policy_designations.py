"""POLICY precision (issue 14 item 2; the guideline: designations are no
POLICY, as 高新技术企业 is none): a known pilot or demonstration named
before the kind of place or body it designates (数字人民币试点|城市,
电子商务进农村综合示范|县) is that designation, not the programme, as the
head rule already reads 海绵城市建设试点城市 and the study gold leaves
“宽带中国”示范城市 and …示范基地 unmarked. The programme named alone
stays a name. Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    "text",
    [
        "该县被列为全国电子商务进农村综合示范县。",
        "该县入选全国电子商务进农村综合示范县名单。",
        "该市入选数字人民币试点城市，消费场景加快拓展。",
        "该市获批数字人民币试点地区。",
        "该市是中小企业数字化转型城市试点城市之一。",
    ],
)
def test_a_designation_is_no_programme(policy, text):
    assert names(policy, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该县开展电子商务进农村综合示范，建成服务站120个。", ["电子商务进农村综合示范"]),
        ("该市稳步推进数字人民币试点，累计交易额50亿元。", ["数字人民币试点"]),
        ("数字人民币试点范围进一步扩大。", ["数字人民币试点"]),
        ("该市积极推进中小企业数字化转型城市试点工作。", ["中小企业数字化转型城市试点"]),
    ],
)
def test_the_programme_named_alone_stays(policy, text, expected):
    assert names(policy, text) == expected
