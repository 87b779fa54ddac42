"""POLICY precision and boundaries (issue 14 item 2: a place or a verb in
front is never part of the name): 开展, like 实施 or 推行, carries a
programme out and never stands inside its name, so the words after it are
the name when a place, a count of places or a scope stands before it
(在上海|开展|服务业扩大开放综合试点, 在20个乡镇开展…行动). Before, the name
began after 在 and kept the place and the verb, or was dropped for the
count in front. Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院同意在上海开展服务业扩大开放综合试点。", ["服务业扩大开放综合试点"]),
        ("国务院批复同意在北京开展服务贸易创新发展试点。", ["服务贸易创新发展试点"]),
        ("该市在20个乡镇开展农村人居环境整治提升行动。", ["农村人居环境整治提升行动"]),
        ("财政部在5个省份开展政府采购制度改革试点。", ["政府采购制度改革试点"]),
        # the other verbs of carrying out, spreading or starting a programme
        ("国务院同意在上海推广服务业扩大开放综合试点。", ["服务业扩大开放综合试点"]),
        ("该省在全省复制推广“亩均论英雄”改革。", ["“亩均论英雄”改革"]),
        ("该省在武汉试行农村集体经营性建设用地入市改革。", ["农村集体经营性建设用地入市改革"]),
        ("该市在全市启动老旧厂区改造提升行动。", ["老旧厂区改造提升行动"]),
        ("该县在全县执行城乡居民养老保险缴费补贴政策。", ["城乡居民养老保险缴费补贴政策"]),
    ],
)
def test_the_verb_and_the_place_before_it_stay_out(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb opens the clause: nothing to cut, as before
        ("该市开展海绵城市建设试点，完成投资20亿元。", ["海绵城市建设试点"]),
        ("该区在全市率先开展工程建设项目审批制度改革试点。", ["工程建设项目审批制度改革试点"]),
        # a title keeps every word of its own, 开展 among them
        (
            "市政府印发关于开展消费品以旧换新工作的通知。",
            ["关于开展消费品以旧换新工作的通知"],
        ),
        # a campaign with no head stays none
        ("全省各地开展安全生产大检查，排查隐患1200处。", []),
    ],
)
def test_names_around_the_verb_unchanged(policy, text, expected):
    assert names(policy, text) == expected
