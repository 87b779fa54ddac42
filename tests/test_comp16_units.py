"""COMPANY: a kind of unit or project that jieba glues into one word before
a legal name (施工单位|华宇建设有限公司, 重点项目|华宇电子有限公司), issue 14, on
sentences written for these tests in the manner of zone and project news,
with invented firms.

Found by `tests/benchmarks/company_frames.py` (round comp16: the frame
``重点项目有…`` of the study material) and in the readable texts
(会员单位|华谊兄弟传媒股份有限公司, CLUENER train): the legal name's walk
leftwards stopped at 龙头企业, 知名企业 (a kind of firm introduces a name),
but went on over 施工单位, 会员单位, 重点项目. Where jieba cuts the kind
apart (成员|单位, 参建|单位) the walk stopped already.

The frame goes on with 有 (重点项目有纬景储能科技有限公司…): 有 cut alone
after a word is the clause's verb, not a brand's first character, when two
characters or more of trade name follow it (有|华宇, 有|纬景); a brand that
opens with 有 and one character more (有友食品, 有道) keeps it."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester
from tests.conftest import company_names as names


@pytest.fixture(scope="module")
def product():
    return default_suggester()


CASES = [
    ("该工程的施工单位华宇建设有限公司已进场。", "华宇建设有限公司"),
    ("协会表示支持会员单位宏盛传媒股份有限公司维权。", "宏盛传媒股份有限公司"),
    ("市重点项目华宇电子有限公司二期开工。", "华宇电子有限公司"),
    ("省重点项目瑞丰新材料股份有限公司年产5万吨项目投产。", "瑞丰新材料股份有限公司"),
    ("本次招标的中标单位鼎泰建设集团有限公司将于下月进场。", "鼎泰建设集团有限公司"),
    ("集团成员单位鼎泰科技有限公司获评省级专精特新企业。", "鼎泰科技有限公司"),
]


@pytest.mark.parametrize(("text", "firm"), CASES)
def test_the_name_starts_after_the_kind(company, text, firm):
    got = names(company, text)
    assert firm in got
    assert not any(x.endswith(firm) and x != firm for x in got)


@pytest.mark.parametrize(("text", "firm"), CASES[2:4])
def test_the_product_shows_the_name_alone(product, text, firm):
    got = [s.text for s in product.suggest(text) if s.label == "COMPANY"]
    assert firm in got


# Names whose own words end so stay whole.
WHOLE = [
    ("苏州工业园区华宇电子有限公司今年营收增长。", "苏州工业园区华宇电子有限公司"),
    ("华宇项目管理有限公司承担监理工作。", "华宇项目管理有限公司"),
]


@pytest.mark.parametrize(("text", "firm"), WHOLE)
def test_a_name_whose_words_end_so_stays_whole(company, text, firm):
    assert firm in names(company, text)


HAS = [
    ("目前，重点项目有瑞祥储能科技有限公司示范一期、华能正宁电厂等。", "瑞祥储能科技有限公司"),
    ("园区有华宇电子有限公司等企业。", "华宇电子有限公司"),
    ("该县已有纬景新材料股份有限公司等3家企业投产。", "纬景新材料股份有限公司"),
]


@pytest.mark.parametrize(("text", "firm"), HAS)
def test_a_verb_has_before_the_name_is_the_clauses(company, text, firm):
    got = names(company, text)
    assert firm in got
    assert not any(x.endswith(firm) and x != firm for x in got)


HAS_OWN = [
    ("有友食品股份有限公司今年营收增长。", "有友食品股份有限公司"),
    ("据悉，有道科技有限公司发布新品。", "有道科技有限公司"),
    ("重庆有友食品股份有限公司今年营收增长。", "重庆有友食品股份有限公司"),
    ("北京有研科技集团有限公司今年营收增长。", "北京有研科技集团有限公司"),
]


@pytest.mark.parametrize(("text", "firm"), HAS_OWN)
def test_a_brand_opening_with_has_keeps_it(company, text, firm):
    assert firm in names(company, text)
