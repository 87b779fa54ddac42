"""COMPANY, tenth round: firms the press names by their short names, on
sentences written for these tests in the manner of local economy news."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # well-known firms by the short names the press uses, with no legal
        # form and no business word: retail, ports, materials, foreign firms
        ("节假日期间,胖东来、永辉超市等商超客流明显回升。", ["胖东来", "永辉超市"]),
        ("一季度,合盛硅业在石河子的工业硅项目满负荷生产。", ["合盛硅业"]),
        ("会上,上港集团与宁波舟山港签署了战略合作协议。", ["上港集团", "宁波舟山港"]),
        ("新加坡吉宝、美国罗克韦尔等外资企业代表参加座谈。", ["吉宝", "罗克韦尔"]),
        ("华晨宝马第六代动力电池项目正在加紧建设。", ["华晨宝马"]),
        # a name that is also a common word stays a firm only where the
        # sentence shows one
        ("该店坚持物美价廉,深受附近居民欢迎。", []),
        ("物美、家乐福等超市纷纷推出年货专区。", ["物美", "家乐福"]),
    ],
)
def test_well_known_short_names(company, text, expected):
    assert names(company, text) == expected
