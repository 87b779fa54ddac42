"""A bare quote whose chance, wind or express the text seizes (抢抓“双碳”机遇,
借助“强省会”春风, 搭乘“陆海新通道”快车) is a national programme: a slogan
is no chance to grasp (pol17; the frames of the study gold found bare quotes
in 62 % of their fillers, and two gold names of the economy study half stand
so). A quote before a holiday's or a sale's chance (“五一”假期消费机遇,
“双11”机遇) and a quote that a 的 joins to a plain noun stay out. Sentences
written in the manner of news."""

from __future__ import annotations

import pytest

from models.suggest.pipeline import default_suggester


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


def policies(suggester, text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggester.suggest(text) if s.label == "POLICY"]


# pol17 wrote the rule (CHANCE_AFTER with a seizing verb before the quote in
# `_quotes`) and did not keep it: on the unlabelled texts it made the two
# economy-study names right and nothing wrong, but in the frames it found 1
# name more and took 7 unmarked quotes (“专精特新”, “绿水青山”…) for policies.
@pytest.mark.xfail(strict=True, reason="pol17's rule not kept: 7 false names in the frames for 1")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近年来，该市抢抓“双碳”机遇，加快布局光伏和储能产业。", "“双碳”"),
        ("乘着“数字丝路”东风，当地跨境电商企业加快出海。", "“数字丝路”"),
        ("园区企业抓住“新基建”发展机遇，订单同比增长三成。", "“新基建”"),
        ("借助“强省会”春风，新区项目建设提速。", "“强省会”"),
        ("企业搭乘“陆海新通道”快车，货物直达东盟。", "“陆海新通道”"),
    ],
)
def test_a_quote_whose_chance_is_seized_is_a_programme(suggester, text, expected):
    assert expected in policies(suggester, text)


@pytest.mark.parametrize(
    "text",
    [
        "商家纷纷抢抓“五一”假期消费机遇，推出优惠套餐。",
        "电商平台抓住“双11”机遇冲刺全年销量。",
        "球队终于迎来“翻身”的机会。",
        "他说，这是“家门口”就业的好机会。",
        "球队迎来“翻身”契机。",
    ],
)
def test_a_holiday_or_a_plain_word_stays_out(suggester, text):
    assert policies(suggester, text) == []
