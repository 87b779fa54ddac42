"""POLICY boundaries, ninth round (issue 14 item 2): what stands in front
of a name and is no part of it, and names jieba's tags cut short. Each on
sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word jieba tags as an adverb right before the head noun describes
        # it (更新|工程): it opens no predicate, so the name runs on before it
        (
            "今年将深入实施老旧设备淘汰和大规模设备更新工程，带动投资增长。",
            ["老旧设备淘汰和大规模设备更新工程"],
        ),
        (
            "全面推进城市燃气管网更新工程，年内完工。",
            ["城市燃气管网更新工程"],
        ),
    ],
)
def test_an_adverb_tagged_word_before_the_head_describes_it(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who a quoted instrument is for stands before it: its object, not its name
        ("县里全面落实残疾人“两项补贴”制度，惠及群众三千余人。", ["“两项补贴”制度"]),
        ("今年继续落实困难群众“一户一策”帮扶机制。", ["“一户一策”帮扶机制"]),
        # a topic glued to a quote is still its name's (unchanged)
        ("坚持把乡村治理“积分超市”行动作为重要抓手。", ["乡村治理“积分超市”行动"]),
    ],
)
def test_a_beneficiary_or_a_listed_item_before_a_quote_is_not_the_names(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year inside the words before a head: what stands before it is a
        # clause (谋划 when), the name starts after it
        (
            "会议要求提前谋划2026年消费品以旧换新城市试点，做好项目储备。",
            ["消费品以旧换新城市试点"],
        ),
        # a policy verb alone before a head that names a programme on its
        # own is never the name's first word
        ("全市上下凝心聚力，打赢三年行动收官之战。", ["三年行动"]),
    ],
)
def test_a_year_or_a_verb_in_front_is_not_the_names(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bodies that adopted a strategy, listed with 、 after the verb,
        # stand in front of its name and are none of it
        ("全市上下全面贯彻市委、市政府工业强市战略，狠抓项目建设。", ["工业强市战略"]),
        ("我们将认真落实省委、省政府科技兴农行动，助农增收。", ["科技兴农行动"]),
    ],
)
def test_listed_issuers_before_a_name_are_not_the_names(policy, text, expected):
    assert names(policy, text) == expected


def test_a_known_name_never_opens_with_the_verb_that_carries_it_out(policy):
    # the verb in front is the sentence's, even for a strategy known by name
    assert names(policy, "继续推动中部地区崛起，支持东部地区率先发展。") == ["中部地区崛起"]


def test_no_known_name_opens_with_a_policy_verb():
    from models.suggest.lexicon import load_list
    from models.suggest.policy import PREFIX_VERBS, resources

    verbs = resources().trigger_words | set(PREFIX_VERBS)
    opening = [n for n in load_list("policy_names") if any(n.startswith(v) for v in verbs)]
    assert opening == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name in single quotes (a quote inside a quotation) keeps
        # its marks, as one in double quotes does
        ("他说：“我们是‘一带一路’倡议的参与者。”", ["‘一带一路’"]),
        ("积极融入共建“一带一路”。", ["“一带一路”"]),
    ],
)
def test_a_known_name_in_single_quotes_keeps_them(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document that carries out another is named to its own ending
        # (…的实施方案|若干措施, …的意见|实施细则)
        (
            "省发改委印发关于进一步落实全省加快数字经济发展的实施方案若干措施，从六方面发力。",
            ["关于进一步落实全省加快数字经济发展的实施方案若干措施"],
        ),
        (
            "市政府印发关于促进民营经济发展壮大的意见，要求抓好落实。",
            ["关于促进民营经济发展壮大的意见"],
        ),
    ],
)
def test_an_issued_title_runs_to_its_last_ending(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition before a head that names a campaign on its own (大会战,
        # 攻坚战) introduces it well enough: the topic may be one short word
        ("该县在全市2024年度项目大会战中位列第一。", ["项目大会战"]),
    ],
)
def test_a_preposition_introduces_a_campaign_named_by_its_head(policy, text, expected):
    assert names(policy, text) == expected
