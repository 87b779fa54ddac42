"""COMPANY: a registered name whose business scope holds a word that
stands before names elsewhere (服务, 合作, 联合, 企业), issue 14, on
sentences written for these tests in the manner of zone news, with
invented firms of many shapes.

Found by `tests/benchmarks/company_frames.py` (round comp16): a legal name
put in the frames of the study material was lost whole when its scope
ended in 服务 (汽车销售服务有限公司, 技术服务有限公司: 服务 is a stop word,
as in 服务企业) and cut after 企业 (企业管理咨询有限公司 gave 管理咨询有限公司).
Between a brand and the legal form, such a word followed only by business
words is the scope's; before a brand, or with grammar before it, it is
still no name's."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester
from tests.conftest import company_names as names


@pytest.fixture(scope="module")
def product():
    return default_suggester()


def shown(product, text):
    return [s.text for s in product.suggest(text) if s.label == "COMPANY"]


NAMES = [
    "宏盛汽车销售服务有限公司",
    "北京鹏程汽车销售服务有限公司",
    "江苏瑞丰技术服务有限公司",
    "华宇物流服务有限公司",
    "成都凯德信息技术服务有限公司",
    "远安供应链管理服务有限公司",
    "金泰企业管理咨询有限公司",
    "深圳鼎盛企业管理有限公司",
    "恒通商务服务有限公司",
    "宁远技术合作有限公司",
    "蓝海环境服务股份有限公司",
    "华泰物业服务集团有限公司",
]

FRAMES = [
    "{}今年营收增长12%。",
    "区政府与{}签署战略合作协议。",
    "园区引进了{}等一批企业。",
    "{}在武汉签署合作协议。",
    "据悉，{}将投资5亿元建设生产基地。",
    "会上，{}、华宇电子股份有限公司等8家企业签约入驻。",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("firm", NAMES)
def test_the_rules_read_a_legal_name_with_its_scope(company, frame, firm):
    text = frame.format(firm)
    assert firm in names(company, text)


@pytest.mark.parametrize("firm", NAMES)
def test_the_product_shows_a_legal_name_with_its_scope(product, firm):
    text = f"区政府与{firm}签署战略合作协议，项目总投资10亿元。"
    assert firm in shown(product, text)


# The same words before a name or after grammar are not a name's.
NOT_SCOPE = [
    ("园区为企业服务有限公司提供场地。", "服务有限公司"),
    ("这家公司主动服务企业有限公司的说法并不准确。", "服务企业有限公司"),
    ("我们联合宏盛汽车有限公司开展研发。", "联合宏盛汽车有限公司"),
    ("该区坚持服务宏盛汽车有限公司等企业。", "服务宏盛汽车有限公司"),
    ("园区与企业合作有限公司的模式正在推广。", "企业合作有限公司"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_SCOPE)
def test_a_scope_word_after_grammar_is_no_name(company, text, wrong):
    assert wrong not in names(company, text)
