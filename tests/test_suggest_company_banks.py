"""COMPANY rules on banks and firms whose brand is an ordinary dictionary word
(a region's name, a plain noun after a foreign place, a city before its
commercial bank), on sentences written for these tests; and the kinds of
bank and firm the press names as a class, which stay out."""

from __future__ import annotations

import pytest

from tests.conftest import company_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's commercial bank: the city is its brand
        ("湖州市商业银行与当地园区签署战略合作协议。", ["湖州市商业银行"]),
        ("据悉，温州商业银行将发行小微企业专项金融债。", ["温州商业银行"]),
        # a brand that is a region's name or a rare word, with nothing around it
        ("齐鲁银行当天发布公告称，拟增发新股。", ["齐鲁银行"]),
        ("据了解，邮政储蓄银行将继续下沉网点。", ["邮政储蓄银行"]),
        # a foreign place and a plain noun: the bank's name
        ("受市场波动影响，苏格兰皇家银行股价大跌。", ["苏格兰皇家银行"]),
        # a securities firm named as a bank is
        ("长江证券分析师认为，板块估值仍处低位。", ["长江证券"]),
        ("华林证券最新研报指出，行业景气回升。", ["华林证券"]),
        # a firm's regional division before an officer's title is not its name
        ("岚韵地产华东区总经理表示，销售回暖。", ["岚韵地产"]),
        # a county's rural cooperative bank or credit union, by its short name
        ("桓台农合行和高青农合行率先完成改制。", ["桓台农合行", "高青农合行"]),
        (
            "宁都农商行与瑞金市农村信用合作联社签署合作协议。",
            ["宁都农商行", "瑞金市农村信用合作联社"],
        ),
        # a state group named by its country and trade
        ("中国能源建设集团下属企业参与施工。", ["中国能源建设集团"]),
        # a bank's mainland subsidiary: the country belongs to the legal name
        ("华侨银行中国有限公司相关负责人表示，将继续支持实体经济。", ["华侨银行中国有限公司"]),
        # a foreign firm after its country: the country is not the name's
        ("日本北陆电力公司宣布上调电价。", ["北陆电力公司"]),
        ("沙特阿美石油公司与当地签署供应协议。", ["阿美石油公司"]),
        # a foreign firm's legal name opens with its country
        ("本届展会由德国慕尼黑展览有限公司主办。", ["德国慕尼黑展览有限公司"]),
        ("公司与日本丰田汽车株式会社签署合作协议。", ["日本丰田汽车株式会社"]),
        ("伊朗阿巴丹石油公司表示将扩大产能。", ["阿巴丹石油公司"]),
        # a legal name whose trade is a verb in the dictionary
        ("本届展会由上海博华展览有限公司主办。", ["上海博华展览有限公司"]),
        # a group's international arm: the legal name runs to its form
        ("香港锦华集团国际有限公司等企业参展。", ["香港锦华集团国际有限公司"]),
    ],
)
def test_banks_and_firms_named_by_ordinary_words(company, text, expected):
    assert names(company, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "多家外资银行、民营银行和村镇银行下调存款利率，中小银行、国有银行与投资银行也跟进。",
        "商业银行、股份制商业银行和城市商业银行加大信贷投放，各家银行积极响应。",
        "美国商业银行、欧洲大型银行和日本地方银行普遍承压，该银行表示将裁员。",
        "中国人民银行、世界银行和亚洲开发银行的专家出席论坛。",
        "日本汽车公司和美国科技公司纷纷布局，这家公司的子公司和分公司也参与其中。",
        "国内商业银行的净息差继续收窄，农村商业银行和农商行的不良率上升。",
        "政策性银行、开发性银行和储蓄银行的贷款增长较快。",
        "山东农商行改革稳步推进，县农村信用合作联社和各地农村信用社积极参与。",
        "中国汽车公司加快出海，中国企业集团化发展。",
        "充分发挥银行信贷主渠道作用。",
        "据上海证券报报道，深圳证券交易所决定，保险、证券、基金等行业投资有价证券。",
        "记者致电岚韵科技证券事务部。",
    ],
)
def test_kinds_of_bank_and_firm_stay_out(company, text):
    assert names(company, text) == []
