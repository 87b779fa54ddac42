"""POLICY precision and boundaries (issue 14 item 2; left by pol14): 服务
before 贸易, 业 and the other nouns of services is a noun (服务贸易), not
the policy verb 服务 (服务国家战略), at the start of a clause as well as
inside it: 服务贸易创新发展试点 opening a sentence was cut to
贸易创新发展试点. Sentences written for these tests in the manner of news."""

from __future__ import annotations

import pytest

from tests.conftest import policy_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("服务贸易创新发展试点取得积极成效。", ["服务贸易创新发展试点"]),
        ("去年，服务贸易创新发展试点取得积极成效。", ["服务贸易创新发展试点"]),
        ("服务业扩大开放综合试点稳步推进，新增外资企业80家。", ["服务业扩大开放综合试点"]),
        ("该市获批全面深化服务贸易创新发展试点。", ["服务贸易创新发展试点"]),
    ],
)
def test_services_open_the_name(policy, text, expected):
    assert names(policy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 服务 the verb, a programme its object
        ("服务区域协调发展战略，该市加快融入长三角。", ["区域协调发展战略"]),
        # 服务企业 opening a clause is most often the verb and its object
        ("服务企业纾困专项行动持续推进，走访企业300家。", ["企业纾困专项行动"]),
        ("该行主动服务乡村振兴战略，投放涉农贷款50亿元。", ["乡村振兴战略"]),
    ],
)
def test_serving_a_programme_unchanged(policy, text, expected):
    assert names(policy, text) == expected
